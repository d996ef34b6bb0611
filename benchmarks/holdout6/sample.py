"""Reproduce the holdout6 FA-KES sample order (H-holdout6, session 9).

  python3 benchmarks/holdout6/sample.py     # from the repository root; prints the kept unit_ids in walk order

Excluded: every 10-digit unit_id named in any file under benchmarks/ (except benchmarks/holdout6/ itself and
benchmarks/results/answerability-features8.json, a retrieval-feature cache that lists 779 of the 792 ids
because the system retrieved them, not because any item is about them) and under /work/notes/h2tune/, plus
their near-duplicate partners (5-word shingle overlap > 0.5), plus texts under 80 or over 600 words.
"""
import csv
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSV = "/work/shared/corpora/fa-kes/FA-KES-Dataset.csv"
SEED = 20261126


def shingles(t):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}


def main():
    rows = {}
    with open(CSV, encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            rows[r["unit_id"]] = r["article_content"]
    named = set()
    for root in (ROOT / "benchmarks", Path("/work/notes/h2tune")):
        for dp, _dn, fn in os.walk(root):
            if "benchmarks/holdout6" in dp:
                continue
            for f in fn:
                if f == "answerability-features8.json":
                    continue
                text = open(os.path.join(dp, f), encoding="utf-8", errors="replace").read()
                named |= set(re.findall(r"(?<!\d)(\d{10})(?!\d)", text)) & set(rows)
    sh = {u: shingles(t) for u, t in rows.items()}
    excluded = set(named)
    for u in named:
        for v in rows:
            if v not in excluded and sh[u] and sh[v] and len(sh[u] & sh[v]) / min(len(sh[u]), len(sh[v])) > 0.5:
                excluded.add(v)
    kept = [u for u in random.Random(SEED).sample(sorted(rows), len(rows))
            if u not in excluded and 80 <= len(rows[u].split()) <= 600]
    print(f"named {len(named)}, excluded {len(excluded)}, kept {len(kept)}")
    print(" ".join(kept))


if __name__ == "__main__":
    main()
