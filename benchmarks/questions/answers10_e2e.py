"""Session 10 (issue 9): the second retrieval pass end to end, on the questions it can help and a sample of the rest.

Usage:
  .venv/bin/python benchmarks/questions/answers10_e2e.py ONLY.json BASE.json SECOND.json

ONLY is answers10_retrieval.py --write-only (the questions a second-pass passage brings a missing fact to, and a seeded
sample of the others); BASE and SECOND are losses8.py --outcomes-only --only ONLY runs without the second pass (the
session-start code) and with it. Prints fact recall (all facts), citation hit, refusals and citations per answer, for
the 'gain' questions, the sample (per set group), and the sample's change scaled to all unchanged questions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import BLIND  # noqa: E402


def main() -> None:
    only, base, new = (json.loads(Path(p).read_text()) for p in sys.argv[1:4])
    gains = json.loads((Path(__file__).resolve().parents[2] / "benchmarks/results/answers10/retrieval10.json").read_text())
    from answers10_retrieval import variant

    from briefing.retrieve import SECOND_DOCS, SECOND_SLOTS

    gain_ids = {(n, r["id"]) for n, rows in gains.items() for r in rows if len(variant(r, SECOND_DOCS, SECOND_SLOTS)) > len(r["first"])}
    rows = {}
    for tag, d in (("base", base), ("second", new)):
        for n, rs in d["sets"].items():
            for r in rs:
                rows.setdefault((n, r["id"]), {})[tag] = r
    both = {k: v for k, v in rows.items() if len(v) == 2}
    groups = {
        "gain (all)": [k for k in both if k in gain_ids],
        "sample (all)": [k for k in both if k not in gain_ids],
        "sample blind-written": [k for k in both if k not in gain_ids and k[0] in BLIND],
        "sample other": [k for k in both if k not in gain_ids and k[0] not in BLIND],
    }
    print("| questions | n | all facts base -> second | citation hit | refused | citations per answered |")
    print("|---|---:|---:|---:|---:|---:|")
    for g, keys in groups.items():
        def tot(tag: str, f) -> int:
            return sum(f(both[k][tag]) for k in keys)

        def cites(tag: str) -> str:
            answered = [both[k][tag] for k in keys if not both[k][tag]["refused"]]
            return f"{sum(r['citations'] for r in answered) / max(1, len(answered)):.2f}"
        print(f"| {g} | {len(keys)} | {tot('base', lambda r: r['all_ok'])} -> {tot('second', lambda r: r['all_ok'])} | "
              f"{tot('base', lambda r: r['gold_citations'] > 0)} -> {tot('second', lambda r: r['gold_citations'] > 0)} | "
              f"{tot('base', lambda r: r['refused'])} -> {tot('second', lambda r: r['refused'])} | {cites('base')} -> {cites('second')} |")
    print()
    for k in sorted(both):
        b, s = both[k]["base"], both[k]["second"]
        if (b["all_ok"], b["gold_citations"] > 0, b["refused"]) != (s["all_ok"], s["gold_citations"] > 0, s["refused"]):
            print(f"- {k[0]} {k[1]} {'gain' if k in gain_ids else 'sample'}: all facts {b['all_ok']} -> {s['all_ok']}, "
                  f"citation hit {b['gold_citations'] > 0} -> {s['gold_citations'] > 0}, refused {b['refused']} -> {s['refused']}")
    sampled, of = only.get("sampled", 0), only.get("of", 0)
    if sampled:
        keys = groups["sample (all)"]
        delta = sum(both[k]["second"]["all_ok"] - both[k]["base"]["all_ok"] for k in keys)
        print(f"\nsample change in all-facts {delta:+d} of {len(keys)}; scaled to the {of} unchanged questions: {delta * of / max(1, len(keys)):+.1f}")


if __name__ == "__main__":
    main()
