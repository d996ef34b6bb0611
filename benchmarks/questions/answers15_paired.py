"""Session 15 (issue 9): the reader with assembly.READ_ON off and on, every question retrieved once.

Usage:
  .venv/bin/python benchmarks/questions/answers15_paired.py --sets holdout9-tune,holdout10-tune
      [--examples STORE_EX --fakes STORE_FK] [--h9 STORE_H9 --h10 STORE_H10] [--variant beside|instead]
      [--out benchmarks/results/answers15/paired15.json]

Sets: holdout9-tune, holdout9-test, holdout10-tune, holdout10-test (the common split rule, losses15.is_tune) and every
set of losses8.SETS (the older labelled sets, each a left-out set: READ_ON_COVERAGE was measured on the tune halves
only). For each question: answerable ones record all facts in the answer, a gold citation, refused, and the answer's
sentence count; unanswerable ones record refused. --variant instead keeps the sentence limit when reads_on fires (the
read-on sentence takes the last ranked slot) instead of adding a slot; --variant both records before, beside (after)
and instead.
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import SETS  # noqa: E402
from losses15 import SETS as NEW_SETS, questions  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def all_sets() -> list[tuple[str, Path, str, str | None]]:
    """(name, file, corpus, half) for the split halves and the older sets."""
    out = [(f"{name}-{half}", path, corpus, half) for name, path, corpus in NEW_SETS for half in ("tune", "test")]
    return out + [(name, path, corpus, None) for name, path, corpus in SETS if name != "holdout9"]


def retrieved(path: Path, half: str | None, default_corpus: str, stores: dict, corpora: dict, ids: set[str] | None = None):
    """Each scored question of one set (answerable ones need facts; only `ids` when given) with its settings, evidence
    and pool; a corpus is opened once per store name and kept in `corpora`."""
    from briefing.cite import EvidencePool
    from briefing.corpus import Corpus
    from briefing.question import analyse
    from briefing.retrieve import search_question
    from briefing.settings import load_settings

    for q in questions(path, half):
        if q.get("answerable", True) and not q.get("facts") or ids is not None and q["id"] not in ids:
            continue
        cname = q.get("corpus") or default_corpus
        cname = {"default": "examples"}.get(cname, cname)
        if cname not in corpora:
            store, corpus_name = stores[cname]
            settings = load_settings()
            settings.store.path = store
            settings.store.corpus = corpus_name
            corpora[cname] = (Corpus(settings), settings)
        corpus, settings = corpora[cname]
        shape = analyse(q["question"])
        evidence = search_question(q["question"], shape, corpus.store, corpus.embedder, settings)
        yield q, settings, evidence, EvidencePool(evidence, corpus.embedder, corpus.store, settings)


def each_set(args: argparse.Namespace):
    """(set name, its retrieved questions) for each set of `args.sets` whose file exists, the stores taken from args."""
    stores = {"examples": (args.examples, "default"), "fakes": (args.fakes, "fakes"), "h9": (args.h9, "h9"), "h10": (args.h10, "h10")}
    corpora: dict[str, tuple] = {}
    wanted = args.sets.split(",")
    ids = set(args.ids.split(",")) if getattr(args, "ids", None) else None
    for name, path, default_corpus, half in all_sets():
        if name in wanted and path.exists():
            yield name, retrieved(path, half, default_corpus, stores, corpora, ids)


def outcome(q: dict, a) -> dict:
    from briefing.evaluate import _gold

    row = {"id": q["id"], "refused": a.insufficient_evidence, "sentences": 0 if a.insufficient_evidence else len(a.sentences)}
    if q.get("answerable", True) and q.get("facts"):
        row["ok"] = all(re.search(f, a.answer, re.I) for f in q["facts"])
        row["hit"] = any(_gold(c.doc_id, [str(d) for d in q.get("docs", [])]) for c in a.citations)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", required=True)
    ap.add_argument("--examples", type=Path, default=None)
    ap.add_argument("--fakes", type=Path, default=None)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--h10", type=Path, default=None)
    ap.add_argument("--variant", default="beside", choices=["beside", "instead", "both"])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/answers15/paired15.json")
    args = ap.parse_args()

    from briefing import assembly
    from briefing.generate import answer

    instead_on = {"on": args.variant == "instead"}
    if args.variant in ("instead", "both"):
        choose = assembly.choose

        def instead(shape, pool, ranked, settings):
            """choose() with one sentence fewer by rank whenever reads_on changed its choice."""
            if not assembly.READ_ON or not instead_on["on"]:
                return choose(shape, pool, ranked, settings)
            assembly.READ_ON = False
            base = choose(shape, pool, ranked, settings)
            assembly.READ_ON = True
            on = choose(shape, pool, ranked, settings)
            if on == base:
                return on
            fewer = copy.deepcopy(settings)
            fewer.generate.answer_sentences = max(1, settings.generate.answer_sentences - 1)
            return choose(shape, pool, ranked, fewer)

        assembly.choose = instead

    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, items in each_set(args):
        rows = []
        for q, settings, evidence, pool in items:
            row = {}
            sides = [("before", False, False), ("after", True, args.variant == "instead")]
            if args.variant == "both":
                sides.append(("instead", True, True))
            for side, on, fewer in sides:
                assembly.READ_ON, instead_on["on"] = on, fewer
                row[side] = outcome(q, answer(q["question"], evidence, pool, settings))
            assembly.READ_ON = True
            row["id"] = q["id"]
            row["answerable"] = "ok" in row["before"]
            rows.append(row)
        out[name] = rows
        print(line_of(name, rows) + f"  ({time.time() - t0:.0f}s)", flush=True)
        if args.variant == "both":
            print("  instead: " + line_of(name, [{**r, "after": r["instead"]} for r in rows]), flush=True)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out))
    pooled = [r for rows in out.values() for r in rows]
    print(line_of("pooled", pooled))
    if args.variant == "both":
        print("  instead: " + line_of("pooled", [{**r, "after": r["instead"]} for r in pooled]))


def line_of(name: str, rows: list[dict]) -> str:
    """One set's tally, before -> after."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]

    def n(side: str, key: str, group: list[dict]) -> int:
        return sum(bool(r[side].get(key)) for r in group)

    def mean(side: str) -> float:
        shown = [r[side]["sentences"] for r in ans if not r[side]["refused"]]
        return sum(shown) / max(1, len(shown))

    gained = [r["id"] for r in ans if r["after"]["ok"] and not r["before"]["ok"]]
    lost = [r["id"] for r in ans if r["before"]["ok"] and not r["after"]["ok"]]
    return (f"{name:<16} answerable={len(ans)} facts {n('before', 'ok', ans)}->{n('after', 'ok', ans)} "
            f"hit {n('before', 'hit', ans)}->{n('after', 'hit', ans)} false_refused {n('before', 'refused', ans)}->{n('after', 'refused', ans)} "
            f"sentences {mean('before'):.2f}->{mean('after'):.2f} | unanswerable={len(una)} refused {n('before', 'refused', una)}->{n('after', 'refused', una)}"
            f" | gained {gained} lost {lost}")


if __name__ == "__main__":
    main()
