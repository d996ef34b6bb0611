"""Rebuild h9-corpus.csv from the fetched snapshot of github.com/Vatshayan/Fake-News-Prediction.

  python3 make_corpus.py     # needs /work/.mirror/Vatshayan+Fake-News-Prediction/repo (fetched with the search tool)

Source file: True.csv at commit be794ed4fd40ea715d134873ed91609063953a9a (989 rows, columns title,text,subject,date):
a subset of the "real" (Reuters) half of the ISOT Fake News dataset, Oct-Dec 2017 US politics and world news.
Output columns: id (h9-0001 ... in file order), title, date (ISO, from the CSV date), source ("Reuters"),
dateline (the text's opening "CITY (Reuters) -" place, if any), subject (the CSV's label), text.
Rows with an empty text are dropped; exact duplicate texts keep their first row only.
"""
import csv
import re
import subprocess
from datetime import datetime
from pathlib import Path

REPO = "/work/.mirror/Vatshayan+Fake-News-Prediction/repo"
COMMIT = "be794ed4fd40ea715d134873ed91609063953a9a"
OUT = Path(__file__).resolve().parent / "h9-corpus.csv"

raw = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:True.csv"], capture_output=True, check=True).stdout
rows = list(csv.DictReader(raw.decode("utf-8", errors="replace").splitlines(keepends=True)))
seen, out = set(), []
for r in rows:
    text = (r["text"] or "").strip()
    if not text or text in seen:
        continue
    seen.add(text)
    d = datetime.strptime(r["date"].strip(), "%B %d, %Y").date().isoformat()
    m = re.match(r"^\s*([A-Z][A-Z .,'/-]*?)\s*\(Reuters\)", text)
    out.append({"id": f"h9-{len(out) + 1:04d}", "title": r["title"].strip(), "date": d, "source": "Reuters",
                "dateline": m.group(1).strip() if m else "", "subject": r["subject"].strip(), "text": text})
with OUT.open("w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(out[0]))
    w.writeheader()
    w.writerows(out)
print(len(rows), "rows read,", len(out), "written to", OUT)
