"""Score `briefing check --file` output against a labeled claims file, per split: false accepts and false rejects.

Usage: python benchmarks/claims3/score.py CLAIMS.jsonl OUT.jsonl [-v]
"""
import json, sys, collections
items = [json.loads(l) for l in open(sys.argv[1])]
outs = [json.loads(l) for l in open(sys.argv[2])]
for split in ("tune", "test"):
    fa = fr = na = nr = 0; kinds = collections.defaultdict(lambda: [0, 0])
    for it, o in zip(items, outs):
        assert it["claim"] == o["claim"]
        if it.get("split", "tune") != split: continue
        v = o["verdict"]
        if it["label"] == "supported":
            nr += 1; bad = v != "supported"; fr += bad
        else:
            na += 1; bad = v == "supported"; fa += bad
        k = kinds[(it["label"][:4], it["kind"])]; k[0] += 1; k[1] += bad
        if bad and "-v" in sys.argv: print(f"  [{split}] {it['label'][:4]} {it['kind']}: {v}: {it['claim']} || {o.get('reasons')}")
    print(f"{split}: false accepts {fa}/{na} = {fa/max(na,1):.2f}; false rejects {fr}/{nr} = {fr/max(nr,1):.2f}  " + " ".join(f"{a}/{b}:{e}/{n}" for (a, b), (n, e) in sorted(kinds.items()) if e))
