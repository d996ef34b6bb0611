"""Session 20 (issue 9): where one half of holdout9 or holdout10 loses its facts, one corpus at a time.

Usage:
  .venv/bin/python benchmarks/questions/answers20_losses.py --set holdout9 --store STORE_H9 [--half tune] [--out F.json]

losses15's classes (a retrieval, b choice, c neighbour, d refused, label) over losses8.run_question, for one set, so a
run needs one store copy. Lost questions keep their candidates (the reader's features of every pool sentence).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import run_question  # noqa: E402
from losses15 import SETS, loss_class, questions  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", required=True, choices=[s[0] for s in SETS])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--half", default="tune", choices=["tune", "test"])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--ids", default=None, help="comma-separated ids: only these")
    args = ap.parse_args()

    from briefing import candidates
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    name, path, corpus_name = next(s for s in SETS if s[0] == args.set)
    settings = load_settings()
    settings.store.path = args.store
    settings.store.corpus = corpus_name
    corpus = Corpus(settings)
    weights = candidates.scorer_weights()
    ids = set(args.ids.split(",")) if args.ids else None
    rows, t0 = [], time.time()
    for q in questions(path, args.half):
        if not q.get("answerable", True) or not q.get("facts") or (ids and q["id"] not in ids):
            continue
        row = run_question(q, corpus, settings, weights)
        row["class"] = loss_class(row)
        if row["all_ok"]:
            row.pop("candidates")
        rows.append(row)
    cls = Counter(r["class"] for r in rows if not r["all_ok"])
    answered = [r for r in rows if not r["refused"]]
    print(f"{name} {args.half} n={len(rows)} facts={sum(r['all_ok'] for r in rows)} hit={sum(r['gold_citations'] > 0 for r in rows)} "
          f"refused={len(rows) - len(answered)} mean_sentences={sum(r['citations'] for r in answered) / max(1, len(answered)):.2f} "
          + " ".join(f"{k}={cls.get(k, 0)}" for k in ("a", "b", "c", "d", "label")) + f" ({time.time() - t0:.0f}s)")
    args.out.write_text(json.dumps(rows, indent=0))


if __name__ == "__main__":
    main()
