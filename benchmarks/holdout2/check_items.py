"""Check the holdout2 items: JSON valid, docs exist, every fact / supported claim's key words are in the cited text.

Usage: python benchmarks/holdout2/check_items.py  (reads the FA-KES CSV and examples/articles/)
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
CSV = Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv")


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower().replace("’", "'")).strip()


def load_texts():
    csv.field_size_limit(10**9)
    with open(CSV, encoding="utf-8", errors="replace") as fh:
        texts = {r["unit_id"]: r["article_title"] + " " + r["article_content"] for r in csv.DictReader(fh)}
    for f in (ROOT / "examples/articles").glob("*.txt"):
        texts[f.stem] = f.read_text(encoding="utf-8")
        texts[f.stem[:3]] = texts[f.stem]
    return texts


def main():
    texts = load_texts()
    bad = 0
    for name in ("questions-examples.jsonl", "questions-fakes.jsonl"):
        for line in open(HERE / name, encoding="utf-8"):
            q = json.loads(line)
            for d in q["docs"]:
                if d not in texts:
                    print("missing doc", q["id"], d); bad += 1
            for fact in q["facts"]:
                if not any(norm(fact) in norm(texts[d]) for d in q["docs"] if d in texts):
                    print("fact not in docs", q["id"], fact); bad += 1
            if q["answerable"] != bool(q["facts"]):
                print("answerable/facts mismatch", q["id"]); bad += 1
    for name in ("claims-examples.jsonl", "claims-fakes.jsonl"):
        path = HERE / name
        if not path.exists():
            continue
        for line in open(path, encoding="utf-8"):
            c = json.loads(line)
            for d in c["doc_ids"]:
                if d not in texts:
                    print("missing doc", c["claim"][:60], d); bad += 1
            assert c["label"] in ("supported", "unsupported", "contradicted"), c
    print("problems:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
