"""Fit the answerability model (briefing/answerability.json) on tuning questions only.

Training rows: the tune half of forms.jsonl plus the older dev and FA-KES sets (never the test half).
For each question that passes the hard constraints, the four signals of answerability.signals are
computed on the real pipeline; the label is whether the question is answerable. A logistic
regression with L2 penalty (numpy, gradient descent) gives one weight per signal and a bias.
Usage: python benchmarks/questions/fit_answerability.py --fakes-store DIR --examples-store DIR
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from briefing import Corpus, Settings  # noqa: E402
from briefing.answerability import SIGNALS, WEIGHTS_FILE, constraint_failure, signals  # noqa: E402
from briefing.assembly import READ_CANDIDATES, _attributed, _dated  # noqa: E402
from briefing.candidates import excluded, score_sentences  # noqa: E402
from briefing.cite import EvidencePool  # noqa: E402
from briefing.question import analyse  # noqa: E402
from briefing.retrieve import search_question  # noqa: E402

L2 = 0.01  # light ridge: ~100 rows and 4 signals; keeps weights finite when a signal separates the rows
NEGATIVE_WEIGHT = 2.0  # an unanswerable question answered costs twice a false refusal: few negatives get past the hard constraints
CACHE = ROOT / "benchmarks" / "results" / "answerability-features.json"


def rows_for(corpus_name: str) -> list[dict]:
    forms = [json.loads(x) for x in (HERE / "forms.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    out = [r for r in forms if r["split"] == "tune" and r["corpus"] == corpus_name]
    old = HERE / ("fakes.jsonl" if corpus_name == "fakes" else "dev.jsonl")
    out += [json.loads(x) for x in old.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def features(store: Path, name: str, rows: list[dict]) -> tuple[list[np.ndarray], list[int]]:
    c = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
    X, y = [], []
    for r in rows:
        shape = analyse(r["question"])
        ev = search_question(r["question"], shape, c.store, c.embedder, c.settings)
        if constraint_failure(shape, ev):
            continue
        pool = EvidencePool(ev, c.embedder, c.store)
        scored = score_sentences(pool, r["question"], c.embedder.embed([shape.text])[0], limit=READ_CANDIDATES, shape=shape)
        ranked = [s for s in _attributed(shape, pool, _dated(shape, pool, scored)) if not excluded(pool, s.index)]  # as assembly.read ranks
        if not ranked:
            continue
        X.append(signals(shape, pool, ranked).vector())
        y.append(int(r.get("answerable", True)))
    return X, y


def fit(X: np.ndarray, y: np.ndarray, steps: int = 20000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    w = np.zeros(X.shape[1])
    b = 0.0
    cw = np.where(y == 1, 1.0, NEGATIVE_WEIGHT)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = (p - y) * cw
        w -= lr * (X.T @ g / len(y) + L2 * w)
        b -= lr * g.mean()
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fakes-store", type=Path, required=True)
    ap.add_argument("--examples-store", type=Path, required=True)
    ap.add_argument("--cached", action="store_true", help="re-fit from the signals saved by the last run")
    args = ap.parse_args()
    X, y = [], []
    if args.cached:
        saved = json.loads(CACHE.read_text())
        X, y = [np.array(v) for v in saved["X"]], saved["y"]
    else:
        for corpus, store, name in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default")):
            xs, ys = features(store, name, rows_for(corpus))
            X += xs
            y += ys
        CACHE.write_text(json.dumps({"signals": list(SIGNALS), "X": [list(map(float, v)) for v in X], "y": y}) + "\n")
    Xa, ya = np.stack(X), np.array(y, dtype=float)
    w, b = fit(Xa, ya)
    p = 1 / (1 + np.exp(-(Xa @ w + b)))
    acc = float(((p >= 0.5) == (ya == 1)).mean())
    data = {
        "weights": {s: round(float(v), 3) for s, v in zip(SIGNALS, w)},
        "bias": round(float(b), 3),
        "fitted_on": f"{len(ya)} tuning questions past the hard constraints ({int(ya.sum())} answerable): forms.jsonl tune half + dev.jsonl + fakes.jsonl",
        "l2": L2,
        "negative_weight": NEGATIVE_WEIGHT,
        "train_accuracy": round(acc, 3),
    }
    WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))
    for s, col in zip(SIGNALS, Xa.T):
        print(f"{s}: answerable mean {col[ya == 1].mean():.2f}, unanswerable mean {col[ya == 0].mean() if (ya == 0).any() else float('nan'):.2f}")


if __name__ == "__main__":
    main()
