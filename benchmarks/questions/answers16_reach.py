"""Session 16 (issue 9): retrieval proxy, the answerable questions whose every fact stands in some retrieved chunk, per
retrieval variant (the variants are defined here; none is shipped).

Usage: .venv/bin/python benchmarks/questions/answers16_reach.py tune|test anch2,anch3,anch4,tail3,tail4,tail5 [h9,h10,fk]
Stores: STORE_H9, STORE_H10, STORE_FK environment variables (copies; corpora h9, h10, fakes).
  anchN  retrieve.LEXICAL_ANCHORS = N: the first N lexical passages in place of the last fused ones (main: 2)
  tailN  the first N lexical passages (past the per-document cap) appended beyond the first pass; not for comparisons
         or outlet-filtered questions
The first variant is the base of the gained/lost lists.
"""
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path
from briefing import retrieve
from briefing.corpus import Corpus
from briefing.settings import load_settings
from briefing.question import analyse

ROOT = Path(__file__).resolve().parents[2]
def is_tune(q): return int(hashlib.sha1(q.encode()).hexdigest(), 16) % 2 == 0
SETS = {
 "h9": (os.environ.get("STORE_H9", ""), "h9", [ROOT/"benchmarks/holdout9/questions-h9.jsonl"]),
 "h10": (os.environ.get("STORE_H10", ""), "h10", [ROOT/"benchmarks/holdout10/questions-h10.jsonl"]),
 "fk": (os.environ.get("STORE_FK", ""), "fakes", [ROOT/f"benchmarks/holdout{i}/questions-fakes.jsonl" for i in (5,6,7,8)]),
}
half = sys.argv[1]; variants = sys.argv[2].split(",") ; only = sys.argv[3].split(",") if len(sys.argv) > 3 else list(SETS)
orig_search = retrieve.search
orig_fp = retrieve.first_pass
def apply(v):
    retrieve.LEXICAL_ANCHORS = 2; retrieve.search = orig_search; retrieve.first_pass = orig_fp
    if v.startswith("anch"):
        retrieve.LEXICAL_ANCHORS = int(v[4:])
    if v.startswith("tail"):  # lexical hits appended beyond the first pass
        n = int(v[4:])
        def fp(question, shape, store, embedder, settings, filters=None, _f=orig_fp):
            ev = _f(question, shape, store, embedder, settings, filters)
            base = retrieve.question_filters(shape, store, filters)
            if retrieve.compared(shape, store, filters) or base.sources:
                return ev
            seen = {e.chunk.chunk_id for e in ev}
            more = orig_search(shape.text, store, embedder, settings, k=n, filters=base, anchors=n, per_doc=n)
            return ev + [e for e in more[:n] if e.chunk.chunk_id not in seen]
        retrieve.first_pass = fp
res = {}
for name in only:
    path, cname, files = SETS[name]
    settings = load_settings(); settings.store.path = Path(path); settings.store.corpus = cname
    corpus = Corpus(settings)
    qs = [json.loads(l) for f in files for l in open(f) if l.strip()]
    qs = [q for q in qs if q.get("answerable", True) and q.get("facts") and (q.get("corpus") in (None, cname, "fakes")) and is_tune(q["id"]) == (half == "tune")]
    for v in variants:
        apply(v); t = time.time(); ok = 0; nev = 0; per = {}
        for q in qs:
            shape = analyse(q["question"])
            ev = retrieve.search_question(q["question"], shape, corpus.store, corpus.embedder, settings)
            nev += len(ev)
            text = " ".join(e.chunk.text for e in ev)
            r = all(re.search(f, text, re.I) for f in q["facts"]); ok += r; per[q["id"]] = r
        res[(name, v)] = per
        print(f"{name} {half} {v}: reach {ok}/{len(qs)} mean_ev {nev/len(qs):.2f} ({time.time()-t:.0f}s)", flush=True)
    base = res[(name, variants[0])]
    for v in variants[1:]:
        gain = [i for i in base if res[(name, v)][i] and not base[i]]; loss = [i for i in base if base[i] and not res[(name, v)][i]]
        print(f"   {v} vs {variants[0]}: +{gain} -{loss}")
