"""Regenerate the holdout10 JSONL files from items_h10.py and check them (corpus h10).

  python3 benchmarks/holdout10/build.py            # from the repository root

The corpus is not in the repository: /work/notes/holdout10-corpus/h10-corpus.csv (rebuild it with that folder's
make_corpus.py; override the path with H10_CORPUS=...). The checks are holdout's `build_set.py` checks, with its
own `norm`/`shingles` and threshold imported from there: valid ids, every answer fact occurs (case/punctuation-
insensitive) in the article TEXT of one of the question's `docs` (not the title), every cited article exists,
unanswerable questions carry no facts/docs, no duplicate ids or claims, labels in supported/unsupported/
contradicted. Near-duplicate copies of a cited article (5-word shingle overlap > 0.5 over all 2092 texts, plus those
partners in the store's duplicate map `h10-duplicates.json` beside this file, taken from `briefing sources --json`,
whose text also contains every fact of the question - the map joins many h10 stories that are not copies) are
added to a question's `docs` so that citing a copy counts. Claims keep only the article they were judged against.
"""
import csv
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
from build_set import SHINGLE_OVERLAP, norm, shingles  # noqa: E402

CORPUS = Path(os.environ.get("H10_CORPUS", "/work/notes/holdout10-corpus/h10-corpus.csv"))
NAME = "h10"


def main():
    sys.path.insert(0, str(HERE))
    import items_h10 as mod

    with CORPUS.open(encoding="utf-8") as fh:
        texts = {r["id"]: r["text"] for r in csv.DictReader(fh)}
    dupfile = HERE / "h10-duplicates.json"
    dupmap = json.loads(dupfile.read_text()) if dupfile.exists() else {}
    sh = {u: shingles(t) for u, t in texts.items()}

    def copies(u):
        out, mapped = set(), set()
        for v in texts:
            if v != u and sh[u] and sh[v] and len(sh[u] & sh[v]) / min(len(sh[u]), len(sh[v])) > SHINGLE_OVERLAP:
                out.add(v)
        for a, b in dupmap.items():
            if u in (a, b):
                mapped |= {a, b}
        out.discard(u)
        mapped.discard(u)
        return sorted(out), sorted(mapped - out)

    errors, cache, qs = [], {}, []
    for q in mod.QUESTIONS:
        for d in q["docs"] + ([q["about"]] if q["about"] else []):
            if d not in texts:
                errors.append(f"{q['id']}: unknown doc {d}")
        if q["answerable"]:
            if not q["facts"] or not q["docs"]:
                errors.append(f"{q['id']}: answerable without facts/docs")
            for f in q["facts"]:
                if not any(norm(f) in norm(texts[d]) for d in q["docs"] if d in texts):
                    errors.append(f"{q['id']}: fact {f!r} not in {q['docs']}")
        elif q["facts"] or q["docs"]:
            errors.append(f"{q['id']}: unanswerable with facts/docs")
        docs = list(q["docs"])
        for d in q["docs"]:
            if d in texts:
                if d not in cache:
                    cache[d] = copies(d)
                near, mapped = cache[d]
                docs += [c for c in near if c not in docs]
                # the store's map also joins texts that are not copies (h10 has no dates); such a partner counts
                # only if it too contains every fact of the question
                docs += [c for c in mapped if c not in docs and q["facts"]
                         and all(norm(f) in norm(texts[c]) for f in q["facts"])]
        qs.append({"id": q["id"], "question": q["question"], "answerable": q["answerable"], "facts": q["facts"],
                   "docs": docs, "form": q["form"], "corpus": NAME, "split": "test", "about": q["about"]})
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        errors.append(f"duplicate question ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    if len({q["question"] for q in qs}) != len(qs):
        errors.append("duplicate question texts")
    cs = []
    for c in mod.CLAIMS:
        for d in c["doc_ids"]:
            if d not in texts:
                errors.append(f"claim {c['claim'][:50]!r}: unknown doc {d}")
        if c["label"] not in ("supported", "unsupported", "contradicted"):
            errors.append(f"claim {c['claim'][:50]!r}: bad label")
        cs.append({"claim": c["claim"], "doc_ids": c["doc_ids"], "label": c["label"], "kind": c["kind"],
                   "corpus": NAME, "split": "test"})
    if len({c["claim"] for c in cs}) != len(cs):
        errors.append("duplicate claims")
    for name, items in ((f"questions-{NAME}.jsonl", qs), (f"claims-{NAME}.jsonl", cs)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if errors:
        sys.exit("\n".join(errors))
    print(f"ok: {len(qs)} questions ({sum(not q['answerable'] for q in qs)} unanswerable), {len(cs)} claims")


if __name__ == "__main__":
    main()
