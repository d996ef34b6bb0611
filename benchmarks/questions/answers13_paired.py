"""Session 13 (issue 9): the reader before and after each session-13 change, on every labelled question, retrieving once.

Usage:
  .venv/bin/python benchmarks/questions/answers13_paired.py --examples STORE_EX --fakes STORE_FK --h9 STORE_H9
      [--changes SHORT_MONTHS,SHARED_SOURCE] [--sets holdout9,...] [--out benchmarks/results/answers13/paired13.json]

Like answers12_paired.py (same sets, same tally, holdout9 added on its own store), but a change may be a regex swap as
well as an assembly switch: SHORT_MONTHS swaps candidates.DATE_SPAN (and the copies other modules imported) between
the date spans without and with abbreviated month-days ('Oct. 30'); SHARED_SOURCE, TEXT_OUTLET and ARTICLE_SPEAKER are
assembly switches; SPELLED_OUT, COUNT_SENTENCES, COUNT_WORDS and EVENT_HEAD answerability switches (session 14). --off
holds other changes off on both sides (one change measured on its own); a change that moves retrieval needs
--retrieve-each (session 13's question.PHRASE_TYPES did: measured and dropped). The changes are turned on one after
another (before: none; after: all; between: the first ones). Nothing is fitted: every set is a left-out set, and the
per-set lines are the leave-one-set-out result.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers12_paired import line_of  # noqa: E402
from losses8 import BLIND, SETS  # noqa: E402


def setters() -> dict:
    """Each change's name -> a function(on: bool) that turns it on or off."""
    from briefing import assembly, candidates

    old_dates = re.compile(candidates.DATE_SPAN_WORDS, re.I)
    new_dates = candidates.DATE_SPAN

    def short_months(on: bool) -> None:
        span = new_dates if on else old_dates
        candidates.DATE_SPAN = span
        assembly.DATE_SPAN = span  # imported by name

    def switch(name: str):
        return lambda on: setattr(assembly, name, on)

    from briefing import answerability

    return {"SHORT_MONTHS": short_months, "SHARED_SOURCE": switch("SHARED_SOURCE"), "TEXT_OUTLET": switch("TEXT_OUTLET"),
            "ARTICLE_SPEAKER": switch("ARTICLE_SPEAKER"),
            "SPELLED_OUT": lambda on: setattr(answerability, "SPELLED_OUT", on),
            "COUNT_SENTENCES": lambda on: setattr(answerability, "COUNT_SENTENCES", on),
            "COUNT_WORDS": lambda on: setattr(answerability, "COUNT_WORDS", on),
            "EVENT_HEAD": lambda on: setattr(answerability, "EVENT_HEAD", on)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=True)
    ap.add_argument("--fakes", type=Path, required=True)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--changes", default="SHORT_MONTHS,SHARED_SOURCE")
    ap.add_argument("--sets", default=None)
    ap.add_argument("--off", default="", help="changes held off on both sides (to measure one change on its own)")
    ap.add_argument("--only", type=Path, default=None, help="JSON {set: [ids]}: run only these questions (the ones a change can touch)")
    ap.add_argument("--retrieve-each", action="store_true", help="retrieve again for each side (a change that moves retrieval)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "results/answers13/paired13.json")
    args = ap.parse_args()

    from briefing.cite import EvidencePool
    from briefing.corpus import Corpus
    from briefing.evaluate import _gold
    from briefing.generate import answer
    from briefing.question import analyse
    from briefing.retrieve import search_question
    from briefing.settings import load_settings

    def corpus_for(path: Path, name: str) -> tuple:
        settings = load_settings()
        settings.store.path = path
        settings.store.corpus = name
        return Corpus(settings), settings

    corpora = {"examples": corpus_for(args.examples, "default"), "fakes": corpus_for(args.fakes, "fakes")}
    if args.h9:
        corpora["h9"] = corpus_for(args.h9, "h9")
    every = setters()
    changes = args.changes.split(",")
    for ch in filter(None, args.off.split(",")):
        every[ch](False)
    wanted = set(args.sets.split(",")) if args.sets else None
    only = json.loads(args.only.read_text()) if args.only else None
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, path, default_corpus in SETS:
        if (wanted and name not in wanted) or not path.exists() or default_corpus not in corpora:
            continue
        rows = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            answerable = bool(q.get("answerable", True))  # h2tune's answerable questions have no facts: their refusals count
            if only is not None and q["id"] not in only.get(name, ()):
                continue
            corpus, settings = corpora[q.get("corpus") or default_corpus]
            for ch in changes:
                every[ch](False)
            evidence = search_question(q["question"], analyse(q["question"]), corpus.store, corpus.embedder, settings)
            pool = EvidencePool(evidence, corpus.embedder, corpus.store, settings)
            row = {"id": q["id"], "form": q.get("form"), "question": q["question"], "answerable": answerable}
            for k in range(len(changes) + 1):
                for j, ch in enumerate(changes):
                    every[ch](j < k)
                side = "before" if k == 0 else "after" if k == len(changes) else f"with {'+'.join(changes[:k])}"
                if args.retrieve_each and k:
                    evidence = search_question(q["question"], analyse(q["question"]), corpus.store, corpus.embedder, settings)
                    pool = EvidencePool(evidence, corpus.embedder, corpus.store, settings)
                a = answer(q["question"], evidence, pool, settings)
                row[side] = {"facts": answerable and bool(q.get("facts")) and all(re.search(f, a.answer, re.I) for f in q["facts"]), "refused": a.insufficient_evidence,
                             "hit": any(_gold(c.doc_id, [str(d) for d in q.get("docs", [])]) for c in a.citations),
                             "answer": a.answer}
            rows.append(row)
        out[name] = rows
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out))
        print(line_of(name, rows) + f"  ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    for label, names in (("pooled", list(out)), ("pooled blind-written", [n for n in out if n in BLIND]),
                         ("pooled other", [n for n in out if n not in BLIND])):
        print(line_of(label, [r for n in names for r in out[n]]))


if __name__ == "__main__":
    main()
