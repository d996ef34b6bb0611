"""Session 19 probe: ask plain-text questions of a store and, when a gold file is given, score them.

    python benchmarks/questions/probe19.py STORE CORPUS QUESTIONS.txt [--gold GOLD.json] > answers.txt

QUESTIONS.txt holds one question a line. GOLD.json holds one entry a question: a list of regexes that must all be
in the answer, or null for a question the articles do not answer (it must be refused). The tuning files
(probe19-tune-a.txt, probe19-tune-b.txt) were read to find failures; probe19-test.txt was written from six other
FA-KES articles and only scored, before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import textwrap


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("store")
    p.add_argument("corpus")
    p.add_argument("questions")
    p.add_argument("--gold")
    args = p.parse_args()
    os.environ["BRIEFING_STORE__PATH"], os.environ["BRIEFING_STORE__CORPUS"] = args.store, args.corpus
    from briefing import Corpus

    corpus = Corpus()
    questions = [q.strip() for q in open(args.questions, encoding="utf-8") if q.strip()]
    gold = json.load(open(args.gold, encoding="utf-8")) if args.gold else [None] * len(questions)
    facts = refused_wrongly = unanswerable_refused = 0
    for q, g in zip(questions, gold):
        a = corpus.ask(q)
        print("Q:", q)
        print(textwrap.indent(textwrap.fill(("REFUSED: " if a.insufficient_evidence else "") + a.answer[:900], 150), "  "))
        if args.gold:
            if g is None:
                unanswerable_refused += a.insufficient_evidence
            else:
                facts += not a.insufficient_evidence and all(re.search(x, a.answer, re.I) for x in g)
                refused_wrongly += a.insufficient_evidence
        print()
    if args.gold:
        n_unans = sum(g is None for g in gold)
        print(f"facts {facts}/{len(gold) - n_unans}  false refusals {refused_wrongly}  unanswerable refused {unanswerable_refused}/{n_unans}")


if __name__ == "__main__":
    main()
