"""Session 15 (issue 9): where holdout9/holdout10's answerable questions lose their facts, on one half of each split.

Usage:
  .venv/bin/python benchmarks/questions/losses15.py --h9 STORE_H9 --h10 STORE_H10 [--half tune|test]
      [--out benchmarks/results/answers15/losses-tune15.json] [--outcomes-only]

The split is the common one: tune = int(sha1(id), 16) % 2 == 0, test = the rest. Each answerable question with facts
is run through losses8.run_question (the reader's own steps) and each lost question is put in one class:
  a  retrieval   no retrieved passage states a missed fact
  b  choice      a pool sentence states it and another sentence was chosen (losses8 ranking/filtered/assembly-skip)
  c  neighbour   the sentence stating it sits next to a chosen sentence in the same passage, or no single sentence
                 states it (split), or it was chosen and cut
  d  refused     the reader refused
  label          the answer states every missed fact, but the gold regex cannot match it: an unescaped '$' ('$37 billion')
                 or a straight apostrophe where the text has a curly one ("Cox's" for 'Cox’s'); no reader change wins these
The answer's sentence count (citations shown) is recorded for the before/after answer length.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import run_question  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SETS = [("holdout9", ROOT / "benchmarks/holdout9/questions-h9.jsonl", "h9"),
        ("holdout10", ROOT / "benchmarks/holdout10/questions-h10.jsonl", "h10")]


def is_tune(qid: str) -> bool:
    """The common split rule of session 15."""
    return int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0


def questions(path: Path, half: str | None = None) -> list[dict]:
    """The labelled questions of a JSON Lines file, only one half of the split when `half` is 'tune' or 'test'."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [q for q in rows if half is None or is_tune(q["id"]) == (half == "tune")]


def literal_match(fact: str, text: str) -> bool:
    """Does a text state a fact read literally: '$' as a dollar sign, curly quotes as straight ones?"""
    straight = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return bool(re.search(fact.replace("$", r"\$") if "$" in fact[:-1] else fact, straight, re.I) or re.search(re.escape(fact), straight, re.I))


def loss_class(row: dict) -> str | None:
    """One of a/b/c/d/label for a lost question (None when all facts are in the answer)."""
    if row["all_ok"]:
        return None
    if all(literal_match(f, row["answer"]) for f, ok in row["facts_ok"].items() if not ok):
        return "label"
    if row["refused"]:
        return "d"
    kinds = set(row["losses"].values())
    if "retrieval" in kinds:
        return "a"
    if "split" in kinds:
        return "c"
    chosen = set(row["chosen"])
    by_i = {c["i"]: c for c in row["candidates"]}
    for f, kind in row["losses"].items():
        k = row["facts"].index(f)
        bearing = [c for c in row["candidates"] if k in c["facts"]]
        if any(c["chosen"] for c in bearing):
            return "c"  # chosen and cut
        for c in bearing:
            for j in (c["i"] - 1, c["i"] + 1):
                o = by_i.get(j)
                if j in chosen and o is not None and o["doc"] == c["doc"] and o["chunk"] == c["chunk"]:
                    return "c"
    return "b"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--h9", type=Path, required=True)
    ap.add_argument("--h10", type=Path, required=True)
    ap.add_argument("--half", default="tune", choices=["tune", "test"])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--outcomes-only", action="store_true")
    ap.add_argument("--ids", type=Path, default=None, help="a file of question ids, one a line: run only these")
    args = ap.parse_args()
    out_path = args.out or ROOT / f"benchmarks/results/answers15/losses-{args.half}15.json"

    from briefing import candidates
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    ids = set(args.ids.read_text().split()) if args.ids else None
    weights = candidates.scorer_weights()
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, path, corpus_name in SETS:
        settings = load_settings()
        settings.store.path = getattr(args, corpus_name)
        settings.store.corpus = corpus_name
        corpus = Corpus(settings)
        rows = []
        for q in questions(path, args.half):
            if not q.get("answerable", True) or not q.get("facts"):
                continue
            if ids is not None and q["id"] not in ids:
                continue
            row = run_question(q, corpus, settings, weights, args.outcomes_only)
            if not args.outcomes_only:
                row["class"] = loss_class(row)
                if row["all_ok"]:
                    row.pop("candidates")  # keep the file small: only lost questions keep their candidates
            rows.append(row)
        out[name] = rows
        cls = Counter(r.get("class") for r in rows if not r["all_ok"])
        n = len(rows)
        answered = [r for r in rows if not r["refused"]]
        print(f"{name:<10} {args.half} n={n} facts={sum(r['all_ok'] for r in rows)} "
              f"hit={sum(r['gold_citations'] > 0 for r in rows)} refused={n - len(answered)} "
              f"mean_sentences={sum(r['citations'] for r in answered) / max(1, len(answered)):.2f} "
              + " ".join(f"{k}={cls.get(k, 0)}" for k in ("a", "b", "c", "d", "label")) + f" ({time.time() - t0:.0f}s)", flush=True)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
