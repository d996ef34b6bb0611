"""Write claims-smol-{fakes,examples}.jsonl from items_smol.py (real SmolLM2 outputs, labelled by hand) and check them.

  python3 benchmarks/holdout6/build_smol.py      # from the repository root
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CSV = Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv")
sys.path.insert(0, str(HERE))
import items_smol  # noqa: E402


def main():
    with CSV.open(encoding="utf-8", errors="replace") as fh:
        fakes = {r["unit_id"] for r in csv.DictReader(fh)}
    examples = {p.stem for p in (ROOT / "examples/articles").glob("*.txt")}
    errors, out = [], {"fakes": [], "examples": []}
    for c in items_smol.CLAIMS:
        doc = c["doc_ids"][0]
        corpus = "fakes" if doc in fakes else "examples" if doc in examples else None
        if corpus is None:
            errors.append(f"unknown doc {doc}")
            continue
        if c["label"] not in ("supported", "unsupported", "contradicted"):
            errors.append(f"bad label {c['label']}")
        out[corpus].append({"claim": c["claim"], "doc_ids": c["doc_ids"], "label": c["label"], "kind": c["kind"],
                            "corpus": corpus, "split": "test", "passage": c["passage"]})
    for corpus, items in out.items():
        if len({c["claim"] for c in items}) != len(items):
            errors.append(f"{corpus}: duplicate claims")
        with (HERE / f"claims-smol-{corpus}.jsonl").open("w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if errors:
        sys.exit("\n".join(errors))
    print("ok", {k: len(v) for k, v in out.items()})


if __name__ == "__main__":
    main()
