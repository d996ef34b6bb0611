"""Rebuild h10-corpus.csv from the fetched snapshot of github.com/dejanbatanjac/bbc-article-classify-bert.

  python3 make_corpus.py [OUT]   # needs /work/.mirror/dejanbatanjac+bbc-article-classify-bert/repo (the search tool's fetch)

Session 20 rewrote this script (the session-13 original lived outside the repository and was lost with /work/notes).
It gives the same 2,092 rows, ids, titles and, ingested, the same 7,187 chunks and 97 duplicate pairs as the session-13
store, but not the sha256 the README records (the original's exact text layout is unknown). Rows: bbc/<category>/NNN.txt
in category order business, entertainment, politics, sport, tech, then file order; line 1 is the title, the rest
(stripped) the text; a text already seen is dropped; ids h10-0001 ...; date empty; source "BBC News".
"""
import csv
import subprocess
import sys
from pathlib import Path

REPO = "/work/.mirror/dejanbatanjac+bbc-article-classify-bert/repo"
COMMIT = "8265dc84e88b82b87ce7f5b2df5bbbb1159ae922"
CATS = ["business", "entertainment", "politics", "sport", "tech"]
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/notes/holdout10-corpus/h10-corpus.csv")

names = subprocess.run(["git", "-C", REPO, "ls-tree", "-r", "--name-only", COMMIT, "bbc/"], capture_output=True, text=True,
                       check=True).stdout.split()
seen, out = set(), []
for cat in CATS:
    for name in sorted(n for n in names if n.startswith(f"bbc/{cat}/") and n.endswith(".txt")):
        raw = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:{name}"], capture_output=True, check=True).stdout
        lines = raw.decode("utf-8", errors="replace").split("\n")
        title, text = lines[0].strip(), "\n".join(lines[1:]).strip()
        if text in seen:
            continue
        seen.add(text)
        out.append({"id": f"h10-{len(out) + 1:04d}", "title": title, "date": "", "source": "BBC News", "category": cat,
                    "file": name[len("bbc/"):], "text": text})
OUT.parent.mkdir(parents=True, exist_ok=True)
with OUT.open("w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(out[0]))
    w.writeheader()
    w.writerows(out)
print(len(out), "rows written to", OUT)
