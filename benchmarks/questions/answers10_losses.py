"""Session 10 (issue 9): where the reader loses answerable questions, per set and per question form, from losses8.py caches.

Usage:
  .venv/bin/python benchmarks/questions/answers10_losses.py CACHE.json[.gz] [CACHE2 ...]   # later caches win per set

Session 10: benchmarks/results/answers8/losses8-cache.json.gz (15 sets, session-8 code), answers9/losses9-holdout5.json.gz
(holdout5, session-9 code) and answers10/losses10-holdout6.json.gz (holdout6, today's code). Loss kinds as losses8.py
(refused, retrieval, split, filtered, ranking, assembly): a question's kind is the first of its missed facts' kinds.
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import BLIND, KINDS, question_kind  # noqa: E402


def main() -> None:
    sets: dict[str, list[dict]] = {}
    for p in map(Path, sys.argv[1:]):
        d = json.loads(gzip.open(p, "rt").read() if p.suffix == ".gz" else p.read_text())
        sets.update(d["sets"])

    def rows_table(title: str, groups: dict[str, list[dict]]) -> None:
        print(f"| {title} | answerable | all facts | citation hit | " + " | ".join(KINDS) + " |")
        print("|---|---:|---:|---:|" + "---:|" * len(KINDS))
        for g, rows in groups.items():
            kinds = Counter(question_kind(r) for r in rows if not r["all_ok"])
            n = len(rows)
            print(f"| {g} | {n} | {sum(r['all_ok'] for r in rows) / max(1, n):.3f} | {sum(r['gold_citations'] > 0 for r in rows) / max(1, n):.3f} | "
                  + " | ".join(str(kinds.get(k, 0)) for k in KINDS) + " |")

    every = [r for rows in sets.values() for r in rows]
    rows_table("set", {**sets, "pooled": every, "pooled blind-written": [r for n, rows in sets.items() if n in BLIND for r in rows],
                       "pooled other": [r for n, rows in sets.items() if n not in BLIND for r in rows]})
    print()
    forms: dict[str, list[dict]] = defaultdict(list)
    for r in every:
        forms[r.get("form") or "?"].append(r)
    rows_table("form", dict(sorted(forms.items(), key=lambda kv: -sum(not r["all_ok"] for r in kv[1]))))


if __name__ == "__main__":
    main()
