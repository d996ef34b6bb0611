"""Reproduce holdout10's seeded extra sample (the four cluster neighbourhoods were chosen by hand; see README).

  python3 benchmarks/holdout10/sample.py

Walks the 2092 h10 ids in random.Random(20261124) order and keeps the first 6 articles of 150-600 words that are
not cited by any item written for the four hand-chosen clusters (the Yukos/Yugansk sale, the WorldCom/Ebbers trial,
the 2005 Oscars and awards season, Kilroy-Silk / UKIP / Veritas) - i.e. not in CLUSTER_DOCS below.
"""
import csv
import os
import random
from pathlib import Path

CORPUS = Path(os.environ.get("H10_CORPUS", "/work/notes/holdout10-corpus/h10-corpus.csv"))
CLUSTER_DOCS = {
    "h10-0003", "h10-0025", "h10-0059", "h10-0077", "h10-0087", "h10-0100", "h10-0114", "h10-0127", "h10-0164",
    "h10-0196", "h10-0245", "h10-0312", "h10-0316", "h10-0330", "h10-0397", "h10-0419", "h10-0436", "h10-0457",
    "h10-0564", "h10-0577", "h10-0584", "h10-0679", "h10-0811", "h10-0838", "h10-0850", "h10-0851", "h10-0852",
    "h10-0853", "h10-0977", "h10-0991", "h10-1023", "h10-1103", "h10-1132", "h10-1146", "h10-1150", "h10-1154",
    "h10-1179", "h10-1185",
}


def sample(n=6, lo=150, hi=600):
    with CORPUS.open(encoding="utf-8") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    order = random.Random(20261124).sample(sorted(rows), len(rows))
    out = []
    for i in order:
        w = len(rows[i]["text"].split())
        if i not in CLUSTER_DOCS and lo <= w <= hi:
            out.append(i)
            if len(out) == n:
                break
    return out


if __name__ == "__main__":
    print(" ".join(sample()))
