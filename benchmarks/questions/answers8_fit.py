"""Fit the reader's candidate-scorer weights (candidates.py) on the cached candidates of losses8.py, leave one set out.

Usage:
  .venv/bin/python benchmarks/questions/answers8_fit.py CACHE.json[.gz] [CACHE2.json ...] [--loss pairwise|listwise]
      [--write-folds FOLDS.json] [--write-changed CHANGED.json] [--write-all ALL.json]
  .venv/bin/python benchmarks/questions/answers8_fit.py CACHE.json[.gz] --end-to-end RERUNS.json   # the left-out table

Session 8 (docs/benchmarks.md): cache benchmarks/results/answers8/losses8-cache.json.gz, reruns loso-reruns.json.

Each question's candidates are the sentences the reader scored (embedded, and kept by the date/attribution/instruction
filters). A candidate's label: it states one of the question's facts (the regexes). The model is a pairwise logistic
ranker over the scorer's own features (similarity, word coverage, focus, typed, headline, count and pattern bonuses):
for every (fact sentence, other sentence) pair of a question, P(fact sentence above) = sigmoid(w . (x_fact - x_other)),
with L2 toward today's weights; each question weighs the same. No intercept: the score's scale is set so the meaning
and word weights sum to 1, as today's do (the assembly's ratio rules read scores relative to the best).

Leave-one-set-out: for each set, weights fitted on all other sets; measured on the left-out set with a proxy of the
reader's choice (the best candidate, plus the next ones within MORE_RATIO of it that are not headlines, up to
answer_sentences): the share of non-refused questions whose facts all stand in the chosen sentences, and the share
whose best candidate states a fact. The end-to-end check runs losses8.py --weights FOLDS.json.
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np

FEATURES = ["sim", "cov", "focus", "typed", "headline", "count", "pattern"]
NAMES = ["W_MEANING", "W_WORDS", "FOCUS_WEIGHT", "TYPE_BONUS", "HEADLINE_PENALTY", "COUNT_BONUS", "PATTERN_BONUS"]
SIGN = np.array([1, 1, 1, 1, -1, 1, 1], dtype=float)  # the headline weight is a penalty: subtracted
L2 = 1.0  # pull toward today's weights (per question-pair mean loss); 0.1 and 10 were tried: see the printout
STEPS = 3000
RATE = 0.5
MORE_RATIO = 0.75  # assembly.MORE_RATIO
SENTENCES = 3  # settings.generate.answer_sentences


def load(paths: list[Path]) -> tuple[dict[str, list[dict]], np.ndarray]:
    sets: dict[str, list[dict]] = {}
    w0 = None
    for p in paths:
        d = json.loads(gzip.open(p, "rt").read() if p.suffix == ".gz" else p.read_text())
        sets.update(d["sets"])
        w0 = np.array([d["weights"][n] for n in NAMES]) * SIGN
    assert w0 is not None
    return sets, w0


def matrix(row: dict) -> tuple[np.ndarray, list[dict]]:
    cands = [c for c in row["candidates"] if c["embedded"] and c["kept"]]
    return np.array([[float(c[f]) for f in FEATURES] for c in cands]).reshape(-1, len(FEATURES)), cands


def pairs(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Differences x_fact - x_other and their per-question weights."""
    diffs, weights = [], []
    for r in rows:
        X, cands = matrix(r)
        pos = [k for k, c in enumerate(cands) if c["facts"]]
        neg = [k for k, c in enumerate(cands) if not c["facts"]]
        if not pos or not neg:
            continue
        d = (X[pos][:, None, :] - X[neg][None, :, :]).reshape(-1, len(FEATURES))
        diffs.append(d)
        weights.append(np.full(len(d), 1.0 / len(d)))
    D = np.concatenate(diffs)
    W = np.concatenate(weights)
    return D, W / W.sum()


def fit(rows: list[dict], w0: np.ndarray, l2: float = L2, loss: str = "pairwise") -> np.ndarray:
    if loss == "listwise":
        return fit_listwise(rows, w0, l2)
    D, W = pairs(rows)
    scale = np.abs(D).max(axis=0) + 1e-9
    Dn = D / scale
    v0 = w0 * scale / (w0[0] + w0[1])  # today's weights in the fit's units, at the fitted scale
    v = v0.copy()
    for _ in range(STEPS):
        z = Dn @ v
        p = 1 / (1 + np.exp(np.clip(z, -30, 30)))  # P(wrong order)
        grad = -(Dn * (W * p)[:, None]).sum(axis=0) + l2 * (v - v0) * 0.01
        v -= RATE * grad
    w = v / scale
    return w / (w[0] + w[1])  # meaning + words = 1, as today


def fit_listwise(rows: list[dict], w0: np.ndarray, l2: float = L2) -> np.ndarray:
    """Softmax over each question's candidates: maximise the probability mass on its fact sentences (the top choice)."""
    lists = []
    for r in rows:
        X, cands = matrix(r)
        pos = np.array([bool(c["facts"]) for c in cands])
        if pos.any() and not pos.all():
            lists.append((X, pos))
    scale = np.abs(np.concatenate([x for x, _ in lists])).max(axis=0) + 1e-9
    v0 = w0 * scale / (w0[0] + w0[1]) * 10  # temperature: today's scores x10 spread the softmax over ~0.1 score gaps
    v = v0.copy()
    for _ in range(STEPS // 3):
        grad = np.zeros_like(v)
        for X, pos in lists:
            z = (X / scale) @ v
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * pos / max(1e-12, (p * pos).sum())
            grad += ((p - q)[:, None] * (X / scale)).sum(axis=0)
        grad = grad / len(lists) + l2 * (v - v0) * 0.01
        v -= RATE * grad
    w = v / scale
    return w / (w[0] + w[1])


def proxy(rows: list[dict], w: np.ndarray) -> tuple[float, float, int]:
    """(all facts in the proxy's chosen sentences, best candidate states a fact, n) over the non-refused questions."""
    ok = top = n = 0
    for r in rows:
        if r["refused"]:
            continue
        X, cands = matrix(r)
        if not cands:
            n += 1
            continue
        s = X @ w
        order = np.argsort(-s, kind="stable")
        best = order[0]
        chosen = [best]
        for k in order[1:]:
            if len(chosen) >= SENTENCES:
                break
            if cands[k]["headline"] or s[k] < MORE_RATIO * s[best] or cands[k]["focus"] < cands[best]["focus"]:
                continue
            chosen.append(k)
        got = set().union(*(cands[k]["facts"] for k in chosen))
        ok += len(got) == len(r["facts"])
        top += bool(cands[best]["facts"])
        n += 1
    return ok / max(1, n), top / max(1, n), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("caches", type=Path, nargs="+")
    ap.add_argument("--write-folds", type=Path, default=None, help="per-set weights fitted without the set (losses8.py --weights)")
    ap.add_argument("--write-all", type=Path, default=None, help="weights fitted on every set")
    ap.add_argument("--write-changed", type=Path, default=None, help="{set: [ids]} whose top candidates the fold weights reorder (losses8.py --only)")
    ap.add_argument("--end-to-end", type=Path, default=None, help="a losses8.py cache run with --weights (and --only): the left-out sets' real outcomes")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--loss", choices=["pairwise", "listwise"], default="pairwise")
    args = ap.parse_args()
    sets, w0 = load(args.caches)
    if args.end_to_end:
        end_to_end(sets, json.loads(args.end_to_end.read_text())["sets"])
        return
    # How well the proxy agrees with the reader's real outcome under today's weights.
    agree = tot = 0
    for rows in sets.values():
        for r in rows:
            if r["refused"]:
                continue
            X, cands = matrix(r)
            if not cands:
                continue
            agree += _proxy_one(r, w0) == r["all_ok"]
            tot += 1
    print(f"proxy agrees with the reader's outcome on {agree}/{tot} non-refused questions (today's weights)")
    folds = {}
    print("| left-out set | n | proxy facts today | proxy facts fitted | best states a fact today | fitted |")
    print("|---|---:|---:|---:|---:|---:|")
    sums = np.zeros(4)
    ntot = 0
    for name in sets:
        train = [r for s, rows in sets.items() if s != name for r in rows]
        w = fit(train, w0, args.l2, args.loss)
        folds[name] = {n: round(float(x * sg), 4) for n, x, sg in zip(NAMES, w, SIGN)}
        a0, t0, n = proxy(sets[name], w0)
        a1, t1, _ = proxy(sets[name], w)
        sums += n * np.array([a0, a1, t0, t1])
        ntot += n
        print(f"| {name} | {n} | {a0:.3f} | {a1:.3f} | {t0:.3f} | {t1:.3f} |")
    p = sums / max(1, ntot)
    print(f"| pooled left-out | {ntot} | {p[0]:.3f} | {p[1]:.3f} | {p[2]:.3f} | {p[3]:.3f} |")
    every = [r for rows in sets.values() for r in rows]
    w_all = fit(every, w0, args.l2, args.loss)
    a0, t0, n = proxy(every, w0)
    a1, t1, _ = proxy(every, w_all)
    print(f"in-sample (fitted on all): proxy facts {a0:.3f} -> {a1:.3f}, best states a fact {t0:.3f} -> {t1:.3f}")
    print("today :", {n: round(float(x * sg), 4) for n, x, sg in zip(NAMES, w0, SIGN)})
    print("fitted:", {n: round(float(x * sg), 4) for n, x, sg in zip(NAMES, w_all, SIGN)})
    if args.write_folds:
        args.write_folds.write_text(json.dumps(folds, indent=1))
    if args.write_changed:
        changed = {}
        for name, rows in sets.items():
            w = np.array([folds[name][n] for n in NAMES]) * SIGN
            changed[name] = [r["id"] for r in rows if reorders(r, w0, w)]
        print("questions whose top candidates the fold weights reorder:", {k: len(v) for k, v in changed.items()})
        args.write_changed.write_text(json.dumps(changed, indent=1))
    if args.write_all:
        record = {
            "weights": {n: round(float(x * sg), 4) for n, x, sg in zip(NAMES, w_all, SIGN)},
            "fit": {"by": "benchmarks/questions/answers8_fit.py", "loss": args.loss, "l2": args.l2,
                    "sets": {name: len(rows) for name, rows in sets.items()},
                    "label": "the candidate sentence states one of the question's facts",
                    "proxy_leave_one_set_out_pooled": {"today": round(float(p[0]), 4), "fitted": round(float(p[1]), 4)}},
        }
        args.write_all.write_text(json.dumps(record, indent=1) + "\n")


TOP = 8  # candidates whose order decides the reader's choice (assembly looks at most SPAN_LOOKAHEAD=12 down, mostly 4-6)


def reorders(row: dict, w0: np.ndarray, w: np.ndarray) -> bool:
    """Do weights w order a question's best candidates differently from w0 (else the reader's answer is the same)?"""
    X, cands = matrix(row)
    if not cands:
        return False
    a, b = np.argsort(-(X @ w0), kind="stable")[: TOP + 4], np.argsort(-(X @ w), kind="stable")[: TOP + 4]
    return list(a) != list(b)


def end_to_end(base: dict[str, list[dict]], folds: dict[str, list[dict]]) -> None:
    """Fact recall and citation hit per left-out set: today's weights (base) vs the fold's (re-run questions replace theirs)."""
    print("| left-out set | n | fact recall today | fitted without it | citation hit today | fitted without it |")
    print("|---|---:|---:|---:|---:|---:|")
    tot = np.zeros(5)
    for name, rows in base.items():
        new = {r["id"]: r for r in folds.get(name, [])}
        after = [new.get(r["id"], r) for r in rows]
        n = len(rows)
        v = np.array([n, sum(r["all_ok"] for r in rows), sum(r["all_ok"] for r in after),
                      sum(r["gold_citations"] > 0 for r in rows), sum(r["gold_citations"] > 0 for r in after)])
        tot += v
        print(f"| {name} | {n} | {v[1] / n:.3f} | {v[2] / n:.3f} | {v[3] / n:.3f} | {v[4] / n:.3f} |")
    n = tot[0]
    print(f"| pooled left-out | {int(n)} | {tot[1] / n:.3f} | {tot[2] / n:.3f} | {tot[3] / n:.3f} | {tot[4] / n:.3f} |")


def _proxy_one(row: dict, w: np.ndarray) -> bool:
    a, _, _ = proxy([row], w)
    return a == 1.0


if __name__ == "__main__":
    main()
