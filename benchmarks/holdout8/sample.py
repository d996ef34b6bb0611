"""Reproduce the holdout8 FA-KES sample order (H-holdout8, session 11).

  python3 benchmarks/holdout8/sample.py     # from the repository root; prints the kept unit_ids in walk order

Excluded: every 10-digit unit_id named in any file under benchmarks/ (INCLUDING holdout7; except
benchmarks/holdout8/ itself and the caches listed below, which list what the system retrieved or stored, not what
any item is about) and under /work/notes/h2tune/, plus their near-duplicate partners (5-word shingle overlap > 0.5).
Kept: texts over 600 words (LONG), then, as a fallback pool, texts of 40-79 words (SHORT); holdout7 took 80-600.
"""
import csv
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSV = "/work/shared/corpora/fa-kes/FA-KES-Dataset.csv"
SEED = 20261128
# Retrieval caches: per-question lists of what the system RETRIEVED (evidence_docs / texts), not what any item is
# about (holdout7's three, plus session 10's answerability-features10.json.gz, gzip like texts9). dedup-s10.json
# (session 10, issue 13) is the duplicate_of map of ALL 793 stored FA-KES documents: a store listing that names
# every id, not an item's subject. Every id these files hold as an item's docs/about is also in the items' files.
RETRIEVAL_CACHES = {"answerability-features8.json", "answerability-features9.json", "answerability-texts9.json.gz",
                    "answerability-features10.json.gz", "dedup-s10.json"}
LONG_OVER = 600          # holdout7 used 80-600 words and left only these ends
SHORT_MIN, SHORT_MAX = 40, 79


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
            if "benchmarks/holdout8" in dp:
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
    order = [u for u in random.Random(SEED).sample(sorted(rows), len(rows)) if u not in excluded]
    n = {u: len(rows[u].split()) for u in order}
    long_ = [u for u in order if n[u] > LONG_OVER]
    short = [u for u in order if SHORT_MIN <= n[u] <= SHORT_MAX]
    print(f"named {len(named)}, excluded {len(excluded)}, left {len(order)}: long {len(long_)}, short {len(short)}")
    print("long:", " ".join(long_))
    print("short:", " ".join(short))
    print("other:", " ".join(f"{u}({n[u]})" for u in order if u not in long_ and u not in short))


if __name__ == "__main__":
    main()
