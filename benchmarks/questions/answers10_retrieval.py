"""Session 10 (issue 9): how often the second retrieval pass (retrieve.within_articles) brings a missing fact to the reader.

Usage:
  .venv/bin/python benchmarks/questions/answers10_retrieval.py --examples STORE_EX --fakes STORE_FK \
      [--out benchmarks/results/answers10/retrieval10.json] [--sets a,b]

For every answerable question of losses8.SETS: the first pass (retrieve.first_pass), then for each of its three best
articles (retrieve.article_docs) that article's passages the first pass left out, in the second pass's order. A fact
"reaches the reader" when its regex matches a retrieved passage. Reported per variant (SECOND_DOCS articles read again,
SECOND_SLOTS passages added): questions whose every fact reaches the reader, beside the first pass alone, per set and
pooled, the blind-written sets (losses8.BLIND) apart. This is a retrieval proxy: the end-to-end check is losses8.py
--outcomes-only with and without the second pass.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import BLIND, SETS, has  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PROBE_DOCS = 3
PROBE_PER_DOC = 3


def probe(q: dict, corpus, settings) -> dict:
    from briefing.question import analyse
    from briefing.retrieve import article_docs, first_pass, question_filters, search

    shape = analyse(q["question"])
    ev = first_pass(q["question"], shape, corpus.store, corpus.embedder, settings)
    base = question_filters(shape, corpus.store)
    seen = {e.chunk.chunk_id for e in ev}
    ids = article_docs(ev, PROBE_DOCS)
    found = search(shape.text, corpus.store, corpus.embedder, settings, k=len(seen) + 12,
                   filters=replace(base, doc_ids=tuple(ids)), per_doc=len(seen) + 12) if ids else []
    facts = q["facts"]
    extra = [{"doc": ids.index(e.document.duplicate_of or e.document.doc_id), "facts": [k for k, f in enumerate(facts) if has(f, e.chunk.text)]}
             for e in found if e.chunk.chunk_id not in seen]
    first = sorted({k for e in ev for k, f in enumerate(facts) if has(f, e.chunk.text)})
    return {"id": q["id"], "n_facts": len(facts), "first": first, "extra": extra, "n_first": len(ev)}


def variant(row: dict, docs: int, slots: int) -> set[int]:
    got = set(row["first"])
    taken: set[int] = set()
    n = 0
    for e in row["extra"]:
        if n >= slots:
            break
        if e["doc"] >= docs or e["doc"] in taken:
            continue
        taken.add(e["doc"])
        n += 1
        got |= set(e["facts"])
    return got


def table(out: dict[str, list[dict]]) -> None:
    variants = [(0, 0)] + [(d, s) for d in (1, 2, 3) for s in (1, 2, 3) if s <= d]
    print("| sets | n | " + " | ".join("first pass" if v == (0, 0) else f"docs {v[0]} slots {v[1]}" for v in variants) + " |")
    print("|---|---:|" + "---:|" * len(variants))
    groups = {name: [name] for name in out} | {"pooled": list(out), "blind-written": [n for n in out if n in BLIND],
                                               "other": [n for n in out if n not in BLIND]}
    for g, names in groups.items():
        rows = [r for n in names for r in out[n]]
        cells = [sum(len(variant(r, d, s)) == r["n_facts"] for r in rows) for d, s in variants]
        print(f"| {g} | {len(rows)} | " + " | ".join(str(c) for c in cells) + " |")


def write_only(out: dict[str, list[dict]], path: Path, sample: int) -> None:
    """Questions to rerun end to end: those the second pass can help (a fact reaches the reader only with it) and a
    seeded sample of the rest (where it can only hurt, by adding sentences that outrank the answer)."""
    import random

    from briefing.retrieve import SECOND_DOCS, SECOND_SLOTS

    gain = [(n, r["id"]) for n, rows in out.items() for r in rows if len(variant(r, SECOND_DOCS, SECOND_SLOTS)) > len(r["first"])]
    rest = [(n, r["id"]) for n, rows in out.items() for r in rows if (n, r["id"]) not in set(gain)]
    picked = gain + random.Random(10).sample(rest, min(sample, len(rest)))
    only: dict[str, list[str]] = {}
    for n, i in picked:
        only.setdefault(n, []).append(i)
    path.write_text(json.dumps({"gain": len(gain), "sampled": len(picked) - len(gain), "of": len(rest), **only}))
    print(f"{len(gain)} questions gain a fact; {len(picked) - len(gain)} of {len(rest)} others sampled -> {path}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=False)
    ap.add_argument("--fakes", type=Path, required=False)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/answers10/retrieval10.json")
    ap.add_argument("--sets", default=None)
    ap.add_argument("--table", action="store_true", help="print the table of an existing --out and stop")
    ap.add_argument("--write-only", type=Path, default=None,
                    help="with --table: write {set: [ids]} for losses8.py --only: every question the shipped variant "
                         "(retrieve.SECOND_DOCS/SECOND_SLOTS) gives a fact the first pass lacks, plus a seeded sample of the others")
    ap.add_argument("--sample", type=int, default=200, help="with --write-only: questions sampled from the unchanged ones")
    args = ap.parse_args()
    if args.table:
        out = json.loads(args.out.read_text())
        table(out)
        if args.write_only:
            write_only(out, args.write_only, args.sample)
        return
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    def corpus_for(path: Path, name: str) -> tuple:
        settings = load_settings()
        settings.store.path = path
        settings.store.corpus = name
        return Corpus(settings), settings

    corpora = {"examples": corpus_for(args.examples, "default"), "fakes": corpus_for(args.fakes, "fakes")}
    wanted = set(args.sets.split(",")) if args.sets else None
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, path, default_corpus in SETS:
        if wanted and name not in wanted:
            continue
        rows = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if not q.get("answerable", True) or not q.get("facts"):
                continue
            corpus, settings = corpora[q.get("corpus") or default_corpus]
            rows.append(probe(q, corpus, settings))
        out[name] = rows
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out))
        print(f"{name} {len(rows)} ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    table(out)


if __name__ == "__main__":
    main()
