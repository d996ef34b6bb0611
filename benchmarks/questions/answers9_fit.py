"""Judge session 9's new sentence signals for the reader's scorer, leave one set out (issue 9).

Usage:
  .venv/bin/python benchmarks/questions/answers9_fit.py CACHE.json[.gz] [--signals near,lead,event] [--features-cache F.json]
      [--write-folds FOLDS.json] [--write-changed CHANGED.json] [--write-all ALL.json]

CACHE is a losses8.py cache (session 9: benchmarks/results/answers9/losses9-cache.json, 17 sets with holdout5; its
candidates carry 'start', the sentence's offset in its article). For every cached candidate this computes the new
signals with the reader's own functions (briefing/candidates.py):
  near   type_near_words: share of the question's words within TYPE_NEAR_WINDOW words of an asked-type span, same clause
  lead   lead_position: how near the top of its article the sentence stands
  event  states_event(event_words(question)): the sentence states the question's event (lemma or synonym of its verb)
and fits the scorer's weights with them (answers8_fit.py's pairwise logistic ranker, L2 toward today's weights, new
weights starting at 0), leave one set out; reports the proxy of the reader's choice per left-out set, the blind-written
sets (losses8.BLIND) apart, beside today's weights. A signal ships only if the pooled left-out proxy improves and the
blind-written sets do not get worse; then the end-to-end check: losses8.py --weights FOLDS.json --only CHANGED.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import answers8_fit as a8  # noqa: E402
from losses8 import BLIND  # noqa: E402

SIGNALS = {"near": "NEAR_WEIGHT", "lead": "LEAD_WEIGHT", "event": "EVENT_WEIGHT"}


def add_signals(sets: dict[str, list[dict]], cache: Path | None) -> None:
    """Compute the new signals of every embedded, kept candidate (cached by question id and sentence text)."""
    from briefing.candidates import event_words, lead_position, states_event, type_near_words
    from briefing.lexical import names
    from briefing.question import analyse

    memo = json.loads(cache.read_text()) if cache and cache.exists() else {}
    for name, rows in sets.items():
        for r in rows:
            if "candidates" not in r:
                continue
            shape = analyse(r["question"])
            known = set(names(shape.text))
            ev = event_words(r["question"])
            for c in r["candidates"]:
                if not (c["embedded"] and c["kept"]):
                    continue
                key = f"{name}|{r['id']}|{c['text'][:80]}"
                if key not in memo:
                    memo[key] = [round(type_near_words(c["text"], shape, known), 4), round(states_event(c["text"], ev), 4)]
                c["near"], c["event"] = memo[key]
                c["lead"] = round(lead_position(c.get("start", 10**6)), 4)
    if cache:
        cache.write_text(json.dumps(memo))


def add_starts(sets: dict[str, list[dict]], stores: list[tuple[Path, str]]) -> None:
    """Session-8 caches lack a candidate's 'start' (its offset in the article): find it in the stored original."""
    from briefing.store import Store
    from briefing.settings import load_settings

    opened = []
    for path, corpus in stores:
        settings = load_settings()
        settings.store.path = path
        settings.store.corpus = corpus
        opened.append(Store(settings))
    originals: dict[str, str] = {}
    found = missing = 0
    for rows in sets.values():
        for r in rows:
            for c in r.get("candidates", []):
                if "start" in c:
                    continue
                doc = str(c["doc"])
                if doc not in originals:
                    originals[doc] = next((t for st in opened if (t := st.original(doc))), "")
                k = originals[doc].find(c["text"][:60])
                if k < 0:
                    k = originals[doc].find(c["text"][:25])
                c["start"] = k if k >= 0 else 10**6
                found += k >= 0
                missing += k < 0
    print(f"start offsets found in the originals: {found}, not found (lead 0): {missing}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("caches", type=Path, nargs="+")
    ap.add_argument("--signals", default="near,lead,event")
    ap.add_argument("--features-cache", type=Path, default=None)
    ap.add_argument("--write-folds", type=Path, default=None)
    ap.add_argument("--write-changed", type=Path, default=None)
    ap.add_argument("--write-all", type=Path, default=None)
    ap.add_argument("--l2", type=float, default=a8.L2)
    ap.add_argument("--grid", action="store_true", help="today's weights kept; only the new signals' weights chosen, on a grid, by the training sets' proxy")
    ap.add_argument("--examples", type=Path, default=None, help="examples store copy: start offsets for session-8 caches")
    ap.add_argument("--fakes", type=Path, default=None, help="FA-KES store copy: start offsets for session-8 caches")
    args = ap.parse_args()
    sets, w0 = a8.load(args.caches)
    if args.examples and args.fakes:
        add_starts(sets, [(args.fakes, "fakes"), (args.examples, "default")])
    add_signals(sets, args.features_cache)
    extra = [s for s in args.signals.split(",") if s]
    a8.FEATURES = a8.FEATURES[:7] + extra
    names = a8.NAMES[:7] + [SIGNALS[s] for s in extra]
    a8.SIGN = np.concatenate([a8.SIGN[:7], np.ones(len(extra))])
    w0 = np.concatenate([w0, np.zeros(len(extra))])
    if args.grid:
        grid_only(sets, w0, names, extra, args)
        return
    folds = {}
    print(f"signals: {extra or 'none'}")
    print("| left-out set | n | proxy facts today | fitted | best states a fact today | fitted |")
    print("|---|---:|---:|---:|---:|---:|")
    sums = {"all": np.zeros(5), "blind": np.zeros(5)}
    for name in sets:
        train = [r for s, rows in sets.items() if s != name for r in rows]
        w = a8.fit(train, w0, args.l2)
        folds[name] = {n: round(float(x * sg), 4) for n, x, sg in zip(names, w, a8.SIGN)}
        p0, t0, n = a8.proxy(sets[name], w0)
        p1, t1, _ = a8.proxy(sets[name], w)
        v = np.array([n, n * p0, n * p1, n * t0, n * t1])
        sums["all"] += v
        if name in BLIND:
            sums["blind"] += v
        print(f"| {name}{' (blind)' if name in BLIND else ''} | {n} | {p0:.3f} | {p1:.3f} | {t0:.3f} | {t1:.3f} |")
    for k, v in sums.items():
        print(f"| pooled left-out, {k} | {int(v[0])} | {v[1] / v[0]:.3f} | {v[2] / v[0]:.3f} | {v[3] / v[0]:.3f} | {v[4] / v[0]:.3f} |")
    every = [r for rows in sets.values() for r in rows]
    w_all = a8.fit(every, w0, args.l2)
    fitted = {n: round(float(x * sg), 4) for n, x, sg in zip(names, w_all, a8.SIGN)}
    print("fitted on all:", fitted)
    if args.write_folds:
        args.write_folds.write_text(json.dumps(folds, indent=1))
    if args.write_changed:
        changed = {}
        for name, rows in sets.items():
            w = np.array([folds[name][n] for n in names]) * a8.SIGN
            changed[name] = [r["id"] for r in rows if "candidates" in r and a8.reorders(r, w0, w)]
        print("questions whose top candidates the fold weights reorder:", {k: len(v) for k, v in changed.items()})
        args.write_changed.write_text(json.dumps(changed, indent=1))
    if args.write_all:
        args.write_all.write_text(json.dumps({"weights": fitted, "fit": {"by": "benchmarks/questions/answers9_fit.py", "signals": extra,
                                                                         "l2": args.l2, "sets": {k: len(v) for k, v in sets.items()}}}, indent=1) + "\n")


GRID = [0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]  # the new weights' scale: today's bonuses are 0.06-0.12


def grid_only(sets: dict[str, list[dict]], w0: np.ndarray, names: list[str], extra: list[str], args: argparse.Namespace) -> None:
    """Today's seven weights unchanged; each new signal's weight picked from GRID (one signal at a time, in order) to
    maximise the proxy on the training sets (ties: the smaller weight); measured on the left-out set."""
    import itertools

    def choose(rows: list[dict]) -> np.ndarray:
        best, best_v = -1.0, w0
        for combo in itertools.product(GRID, repeat=len(extra)):
            w = w0.copy()
            w[7:] = combo
            p, _, _ = a8.proxy(rows, w)
            if p > best + 1e-9:
                best, best_v = p, w
        return best_v

    print(f"signals: {extra}, today's weights kept, grid {GRID}")
    print("| left-out set | n | proxy facts today | with the signal | best states a fact today | with the signal | weight |")
    print("|---|---:|---:|---:|---:|---:|---|")
    sums = {"all": np.zeros(5), "blind": np.zeros(5)}
    folds = {}
    for name in sets:
        train = [r for s, rows in sets.items() if s != name for r in rows]
        w = choose(train)
        folds[name] = {n: round(float(x), 4) for n, x in zip(names[7:], w[7:])}
        p0, t0, n = a8.proxy(sets[name], w0)
        p1, t1, _ = a8.proxy(sets[name], w)
        v = np.array([n, n * p0, n * p1, n * t0, n * t1])
        sums["all"] += v
        if name in BLIND:
            sums["blind"] += v
        print(f"| {name}{' (blind)' if name in BLIND else ''} | {n} | {p0:.3f} | {p1:.3f} | {t0:.3f} | {t1:.3f} | {folds[name]} |")
    for k, v in sums.items():
        print(f"| pooled left-out, {k} | {int(v[0])} | {v[1] / v[0]:.3f} | {v[2] / v[0]:.3f} | {v[3] / v[0]:.3f} | {v[4] / v[0]:.3f} | |")
    w = choose([r for rows in sets.values() for r in rows])
    print("chosen on all:", {n: round(float(x), 4) for n, x in zip(names[7:], w[7:])})
    if args.write_folds:
        args.write_folds.write_text(json.dumps(folds, indent=1))


if __name__ == "__main__":
    main()
