"""Reproduce holdout9's seeded extra sample (the four cluster neighbourhoods were chosen by hand; see README).

  python3 benchmarks/holdout9/sample.py

Walks the 982 h9 ids in random.Random(20261124) order and keeps the first 4 articles of 150-600 words that are
not cited by any item written for the four hand-chosen clusters (Alabama Senate race, Flynn plea, Trump in
Beijing, Rohingya / child soldiers) - i.e. not in CLUSTER_DOCS below.
"""
import csv
import os
import random
from pathlib import Path

CORPUS = Path(os.environ.get("H9_CORPUS", "/work/notes/holdout9-corpus/h9-corpus.csv"))
CLUSTER_DOCS = {
    "h9-0011", "h9-0031", "h9-0138", "h9-0184", "h9-0191", "h9-0365", "h9-0509", "h9-0590", "h9-0603",
    "h9-0690", "h9-0199", "h9-0254", "h9-0324", "h9-0356", "h9-0363", "h9-0374", "h9-0389", "h9-0394", "h9-0399",
    "h9-0406", "h9-0407", "h9-0408", "h9-0409", "h9-0410", "h9-0688", "h9-0709", "h9-0719", "h9-0721", "h9-0723",
    "h9-0729", "h9-0731", "h9-0733", "h9-0756", "h9-0547", "h9-0550", "h9-0557", "h9-0570", "h9-0573", "h9-0874",
}


def sample(n=4, lo=150, hi=600):
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
