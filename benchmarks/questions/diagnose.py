"""Where each missed fact of an answerable question is lost: retrieval, scoring, assembly, verification or refusal.

Usage:
  .venv/bin/python benchmarks/questions/diagnose.py QUESTIONS.jsonl --store STORE [--corpus NAME] [--only-missed] [--json OUT]

For every answerable question it runs the reader's own steps (retrieve.search_question, EvidencePool,
assembly.read, generate.answer) and, for each fact the final answer lacks, names the first step where
the fact stops being present:
  not-retrieved  no retrieved passage holds the fact
  not-ranked     a passage holds it, but no candidate sentence after the reader's filters does
  refused        the reader refused (the fact's best candidate rank is shown)
  not-chosen     a candidate holds it, the chosen sentences do not (rank of the best such candidate shown)
  not-verified   a chosen sentence holds it, the final answer does not
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--only", default=None, help="comma-separated question ids")
    args = ap.parse_args()

    from briefing import assembly
    from briefing.cite import EvidencePool
    from briefing.corpus import Corpus
    from briefing.generate import answer
    from briefing.question import analyse, correct_typos
    from briefing.retrieve import search_question
    from briefing.settings import load_settings

    settings = load_settings()
    settings.store.path = args.store
    if args.corpus:
        settings.store.corpus = args.corpus
    corpus = Corpus(settings)
    only = set(args.only.split(",")) if args.only else None
    rows = []
    stages: Counter[str] = Counter()
    qs = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    for q in qs:
        if not q.get("answerable", True) or (only and q["id"] not in only):
            continue
        question = q["question"]
        shape = analyse(question)
        evidence = search_question(question, shape, corpus.store, corpus.embedder, settings)
        pool = EvidencePool(evidence, corpus.embedder, corpus.store, settings)
        a = answer(question, evidence, pool, settings)
        missed = [f for f in q["facts"] if not re.search(f, a.answer, re.I)]
        row = {"id": q["id"], "form": q.get("form"), "question": question, "answer_type": shape.answer_type,
               "refused": a.insufficient_evidence, "missed": {}, "answer": a.answer[:400]}
        if missed:
            rshape = analyse(correct_typos(question, assembly.vocabulary(pool)))
            qvec = pool.embedder.embed([rshape.text])[0]
            ranked = [s for s in assembly._attributed(rshape, pool, assembly._dated(rshape, pool, assembly.score_sentences(
                pool, question, qvec, limit=assembly.READ_CANDIDATES, shape=rshape))) if not assembly.excluded(pool, s.index)]
            reading = assembly.read(question, evidence, pool, settings)
            chosen_text = " ".join(d[0] for d in reading.drafts)
            for f in missed:
                in_ev = any(re.search(f, e.chunk.text, re.I) for e in evidence)
                rank = next((r for r, s in enumerate(ranked) if re.search(f, pool.sentences[s.index].text, re.I)), None)
                any_sentence = any(re.search(f, s.text, re.I) for s in pool.sentences)
                if not in_ev:
                    stage = "not-retrieved"
                elif rank is None:
                    stage = "not-ranked" if any_sentence else "not-ranked(split)"
                elif a.insufficient_evidence:
                    stage = "refused"
                elif not re.search(f, chosen_text, re.I):
                    stage = "not-chosen"
                else:
                    stage = "not-verified"
                stages[stage] += 1
                row["missed"][f] = {"stage": stage, "rank": rank, "n_ranked": len(ranked),
                                    "best": pool.sentences[ranked[rank].index].text[:200] if rank is not None else None}
            row["refusal"] = reading.refusal
            row["chosen"] = [d[0][:200] for d in reading.drafts]
        rows.append(row)
        if row["missed"]:
            print(f"{q['id']} [{q.get('form')}/{shape.answer_type}] {question}", file=sys.stderr)
            for f, m in row["missed"].items():
                print(f"   {m['stage']:<16} rank={m['rank']} fact={f!r}", file=sys.stderr)
    n = len(rows)
    ok = sum(not r["missed"] for r in rows)
    print(f"answerable {n}, all facts {ok}; missed facts by stage: {dict(stages)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
