"""Regenerate a blind set's JSONL files from its items_fakes.py / items_examples.py and check them
(shared by holdout3 and holdout4; each folder's build.py calls `main(its folder)`).

Checks: valid ids, every answer fact occurs (case/punctuation-insensitive) in one of the question's
`docs`, every cited article exists, no duplicate ids or claims. Near-duplicate copies of a cited
FA-KES article (5-word shingle overlap > 0.5 over all texts, plus the store's duplicate map
`fakes-duplicates.json` beside this file, byte-identical to holdout2's) are added to a question's `docs`
so that citing a copy counts. Claims keep only the article they were judged against.
"""
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSV = Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv")

SHINGLE_OVERLAP = 0.5  # same threshold as holdout2's copy search


def norm(t):
    return " " + " ".join(re.findall(r"\w+", t.lower())) + " "


def shingles(t):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}


def main(here):
    """Write questions-/claims-{fakes,examples}.jsonl in `here` from its items modules; exit with the errors if any."""
    here = Path(here).resolve()
    sys.path.insert(0, str(here))
    import items_examples
    import items_fakes

    rows = {}
    with CSV.open(encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            rows[r["unit_id"]] = r["article_content"]  # the title is metadata, not text
    ex = {p.name[:3]: p.read_text(encoding="utf-8") for p in (ROOT / "examples/articles").glob("*.txt")}
    ex_full = {p.stem for p in (ROOT / "examples/articles").glob("*.txt")}
    dupmap = json.loads((ROOT / "benchmarks/holdout/fakes-duplicates.json").read_text())
    sh = {u: shingles(t) for u, t in rows.items()}

    def copies(u):
        out = set()
        for v in rows:
            if v != u and sh[u] and sh[v] and len(sh[u] & sh[v]) / min(len(sh[u]), len(sh[v])) > SHINGLE_OVERLAP:
                out.add(v)
        for a, b in dupmap.items():
            if u in (a, b):
                out |= {a, b}
        out.discard(u)
        return sorted(out)

    errors = []
    copy_cache = {}
    for corpus, mod, texts in (("fakes", items_fakes, rows), ("examples", items_examples, ex)):
        qs = []
        for q in mod.QUESTIONS:
            for d in q["docs"]:
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
            if corpus == "fakes":
                for d in q["docs"]:
                    if d not in copy_cache:
                        copy_cache[d] = copies(d)
                    docs += [c for c in copy_cache[d] if c not in docs]
            qs.append({"id": q["id"], "question": q["question"], "answerable": q["answerable"], "facts": q["facts"],
                       "docs": docs, "form": q["form"], "corpus": corpus, "split": "test", "about": q["about"]})
        ids = [q["id"] for q in qs]
        if len(ids) != len(set(ids)):
            errors.append(f"{corpus}: duplicate question ids")
        cs = []
        for c in mod.CLAIMS:
            for d in c["doc_ids"]:
                if d not in (rows if corpus == "fakes" else ex_full):
                    errors.append(f"claim {c['claim'][:50]!r}: unknown doc {d}")
            if c["label"] not in ("supported", "unsupported", "contradicted"):
                errors.append(f"claim {c['claim'][:50]!r}: bad label")
            cs.append({"claim": c["claim"], "doc_ids": c["doc_ids"], "label": c["label"], "kind": c["kind"],
                       "corpus": corpus, "split": "test"})
        if len({c["claim"] for c in cs}) != len(cs):
            errors.append(f"{corpus}: duplicate claims")
        for name, items in ((f"questions-{corpus}.jsonl", qs), (f"claims-{corpus}.jsonl", cs)):
            with (here / name).open("w", encoding="utf-8") as fh:
                for it in items:
                    fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if errors:
        sys.exit("\n".join(errors))
    print("ok")

