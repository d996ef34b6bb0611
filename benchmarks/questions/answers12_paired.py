"""Session 12 (issue 9): the reader with and without one assembly switch, on every answerable question, retrieving once.

Usage:
  .venv/bin/python benchmarks/questions/answers12_paired.py --examples STORE_EX --fakes STORE_FK --switch ARTICLE_ANSWER
      [--sets holdout8-fk,...] [--out benchmarks/results/answers12/paired12.json]

Each question of losses8.SETS (answerable ones with `facts`, and the unanswerable ones) is retrieved once; generate.answer runs with
assembly.<SWITCH> = False (before) and True (after) on the same evidence pool; with several switches (comma-separated)
they are turned on one after another (before: none; after: all; between: the first ones). Per set: facts (all facts in the answer),
citation hit (a cited document is a gold one), false refusals; unanswerable questions refused; the questions that
changed are listed (+/- facts gained/lost; R/A an unanswerable question now refused/answered). A constant-free rule
judged this way is judged left one set out too: nothing is fitted, so every set is a left-out set.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import BLIND, SETS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=True)
    ap.add_argument("--fakes", type=Path, required=True)
    ap.add_argument("--h9", type=Path, default=None, help="a copy of holdout9's store (corpus 'h9'); without it holdout9 is skipped")
    ap.add_argument("--switch", default="ARTICLE_ANSWER", help="comma-separated: runs with none, the first, the first two, ... on")
    ap.add_argument("--sets", default=None)
    ap.add_argument("--answerable-only", action="store_true", help="skip the unanswerable questions (faster)")
    ap.add_argument("--newest-first", action="store_true", help="the newest sets first (a cut-short run has the blind sets)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "results/answers12/paired12.json")
    args = ap.parse_args()

    from briefing import assembly
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
    wanted = set(args.sets.split(",")) if args.sets else None
    switches = args.switch.split(",")
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, path, default_corpus in (SETS[::-1] if args.newest_first else SETS):
        if (wanted and name not in wanted) or not path.exists() or default_corpus not in corpora:
            continue
        rows = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            answerable = bool(q.get("answerable", True) and q.get("facts"))
            if q.get("answerable", True) and not q.get("facts"):
                continue  # answerable but with no facts to check (h2tune): nothing to measure here
            if args.answerable_only and not answerable:
                continue
            corpus, settings = corpora[q.get("corpus") or default_corpus]
            evidence = search_question(q["question"], analyse(q["question"]), corpus.store, corpus.embedder, settings)
            pool = EvidencePool(evidence, corpus.embedder, corpus.store, settings)
            row = {"id": q["id"], "form": q.get("form"), "question": q["question"], "answerable": answerable}
            for k in range(len(switches) + 1):
                for j, sw in enumerate(switches):
                    setattr(assembly, sw, j < k)
                side = "before" if k == 0 else "after" if k == len(switches) else f"with {'+'.join(switches[:k])}"
                a = answer(q["question"], evidence, pool, settings)
                row[side] = {"facts": answerable and all(re.search(f, a.answer, re.I) for f in q["facts"]), "refused": a.insufficient_evidence,
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


def line_of(name: str, rows: list[dict]) -> str:
    mids = [k for k in (rows[0] if rows else {}) if k.startswith("with ")]
    return "\n".join([one_line(name, rows, "after")] + [one_line(f"  {k}", rows, k) for k in mids])


def one_line(name: str, every: list[dict], after: str) -> str:
    rows = [r for r in every if r["answerable"]]
    nots = [r for r in every if not r["answerable"]]

    def tally(side: str, key: str, of: list[dict] = rows) -> int:
        return sum(r[side][key] for r in of)
    changed = [r["id"] + ("+" if r[after]["facts"] else "-") for r in rows if r["before"]["facts"] != r[after]["facts"]]
    changed += [r["id"] + ("R" if r[after]["refused"] else "A") for r in nots if r["before"]["refused"] != r[after]["refused"]]
    return (f"{name:<22} n={len(rows):>4} facts {tally('before', 'facts')}->{tally(after, 'facts')} "
            f"hit {tally('before', 'hit')}->{tally(after, 'hit')} false refusals {tally('before', 'refused')}->{tally(after, 'refused')} "
            f"unanswerable {len(nots)} refused {tally('before', 'refused', nots)}->{tally(after, 'refused', nots)} "
            + " ".join(changed))


if __name__ == "__main__":
    main()
