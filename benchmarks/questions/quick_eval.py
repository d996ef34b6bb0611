"""`briefing eval --json` without the retrieval-rank and ALCE passes: one `Corpus.ask` per question (half the time).

Usage:
  .venv/bin/python benchmarks/questions/quick_eval.py QUESTIONS.jsonl --store STORE [--corpus NAME] > EVAL.json

The output has the fields benchmarks/holdout/report.py reads ("results": id, insufficient_evidence, facts_ok,
gold_citations, quotes_ok, citations), computed as briefing/evaluate.py computes them.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--corpus", default=None)
    args = ap.parse_args()

    from briefing.corpus import Corpus
    from briefing.evaluate import _gold, _norm, load_questions
    from briefing.settings import load_settings

    settings = load_settings()
    settings.store.path = args.store
    if args.corpus:
        settings.store.corpus = args.corpus
    corpus = Corpus(settings)
    results = []
    for q in load_questions(args.questions):
        a = corpus.ask(q.question)
        quotes = sum(bool(c.quote.strip()) and _norm(c.quote) in _norm(corpus.store.original(c.doc_id) or "") for c in a.citations)
        results.append({
            "id": q.id, "answerable": q.answerable, "insufficient_evidence": a.insufficient_evidence,
            "facts_ok": all(re.search(f, a.answer, re.I) for f in q.facts) if q.answerable else None,
            "citations": len(a.citations), "gold_citations": sum(_gold(c.doc_id, q.docs) for c in a.citations),
            "quotes_ok": quotes, "answer": a.answer,
        })
    print(json.dumps({"results": results}, indent=1))


if __name__ == "__main__":
    main()
