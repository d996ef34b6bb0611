"""How the outputs in items_smol.py were produced (run from the repository root with SmolLM2 served on 127.0.0.1:8951).

Prints one JSON line per passage (doc, passage, output) and writes smol_out.json in the current directory.
Labelling was done by hand afterwards; this script does not label.
"""
import csv, json, re, urllib.request, glob
ids = """1965495332 1923102921 1923848231 1923102855 1923102901 1965511146 1965495349 1923848226 1926478968 1926479219 1923102952 1965511183 1962495663 1923848291 1926479259 1926479006 1965495326 1965495329 1965511111 1965495328 1926479080 1923848198 1965511132 1923102906 1965511198 1965511144 1926479070 1923848199 1924058144 1965495374 1962495640 1923848172 1926479015 1923102962 1965511119 1926479072 1923848203 1965511185 1962495656 1965511179 1965511128 1926478934 1926478986 1926478981 1965495354 1926479240 1965511178 1924058155 1965511173 1962495679""".split()  # the 50 sampled articles, in sample order
rows = {}
for r in csv.DictReader(open("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv", encoding="utf-8", errors="replace")):
    rows[r["unit_id"]] = r["article_content"]
def sents(t):
    return [s.strip() for s in re.split(r"(?<=[a-z0-9\"])\. (?=[A-Z\"])", t) if len(s.split()) > 8]
items = []
for i, u in enumerate(ids[:50:]):
    ss = sents(rows[u])
    k = 1 + (i % 3)  # a different sentence position per article
    if len(ss) < k + 2: k = 1
    items.append((u, ". ".join(ss[k:k + 2]) + "."))
for p in sorted(glob.glob("examples/articles/*.txt")):
    ss = sents(open(p).read().replace("\n", " "))
    items.append((p.split("/")[-1][:-4], ". ".join(ss[3:5]) + "."))
out = []
for u, passage in items:
    body = {"messages": [{"role": "user", "content": "Restate the following news passage in one sentence.\n\n" + passage}],
            "max_tokens": 90, "temperature": 0.2, "seed": 7}
    req = urllib.request.Request("http://127.0.0.1:8951/v1/chat/completions", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    ans = json.load(urllib.request.urlopen(req, timeout=120))["choices"][0]["message"]["content"].strip()
    out.append({"doc": u, "passage": passage, "output": ans})
    print(json.dumps(out[-1], ensure_ascii=False), flush=True)
json.dump(out, open("smol_out.json", "w"), indent=1, ensure_ascii=False)
