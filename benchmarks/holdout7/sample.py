"""Reproduce the holdout7 FA-KES sample order (H-holdout7, session 10).

  python3 benchmarks/holdout7/sample.py     # from the repository root; prints the kept unit_ids in walk order

Excluded: every 10-digit unit_id named in any file under benchmarks/ (except benchmarks/holdout7/ itself and
the retrieval caches
benchmarks/results/answerability-features8.json, answerability-features9.json and answerability-texts9.json.gz,
which list what the system retrieved, not what any item is about) and under /work/notes/h2tune/, plus
their near-duplicate partners (5-word shingle overlap > 0.5), plus texts under 80 or over 600 words.
"""
import csv
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSV = "/work/shared/corpora/fa-kes/FA-KES-Dataset.csv"
SEED = 20261127
# Retrieval caches: per-question lists of what the system RETRIEVED (evidence_docs / texts), not what any item is
# about. features8 lists 779 of the 792 ids, features9 515 (39 named nowhere else), texts9 785 (gzip; its raw
# bytes hold no readable ids anyway). Every id they hold as an item's docs/about is also in the items' own files.
RETRIEVAL_CACHES = {"answerability-features8.json", "answerability-features9.json", "answerability-texts9.json.gz"}
MIN_WORDS, MAX_WORDS = 80, 600


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
            if "benchmarks/holdout7" in dp:
                continue
            for f in fn:
                if f in RETRIEVAL_CACHES:
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
            if u not in excluded and MIN_WORDS <= len(rows[u].split()) <= MAX_WORDS]
    print(f"named {len(named)}, excluded {len(excluded)}, kept {len(kept)}")
    print(" ".join(kept))


if __name__ == "__main__":
    main()
