"""compare_sets.py BASE_DIR NEW_DIR [REPO]: per set and half (sha1(id) even = tune): facts, cite hits, false refusals,
unanswerable refused, claims FA/FR; and the ids that moved. Dirs hold benchmarks/eval_sets.sh outputs."""
import hashlib, json, sys
from pathlib import Path
base, new = Path(sys.argv[1]), Path(sys.argv[2])
repo = Path(sys.argv[3] if len(sys.argv) > 3 else "/work/main") / "benchmarks"
def half(i): return "tune" if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0 else "test"
def jl(p): return [json.loads(l) for l in open(p) if l.strip()]
QS = {"eval-h9": repo/"holdout9/questions-h9.jsonl", "eval-h10": repo/"holdout10/questions-h10.jsonl",
      **{f"fk{n}": repo/f"holdout{n}/questions-fakes.jsonl" for n in (5, 6, 7, 8)}}
def qrows(d, name):
    p = d / f"{name}.json"
    if not p.exists(): return None
    qs = {q["id"]: q for q in jl(QS[name])}
    out = {}
    for r in json.load(open(p))["results"]:
        q = qs[r["id"]]
        out[r["id"]] = dict(ans=q["answerable"], ref=bool(r["insufficient_evidence"]), fact=bool(r.get("facts_ok")),
                            cite=(r.get("gold_citations") or 0) > 0)
    return out
def stats(rows, ids):
    a = [rows[i] for i in ids if rows[i]["ans"]]; u = [rows[i] for i in ids if not rows[i]["ans"]]
    return (sum(r["fact"] for r in a), sum(r["cite"] for r in a), sum(r["ref"] for r in a), len(a), sum(r["ref"] for r in u), len(u))
print("| set | half | facts | cite hits | false refusals | unanswerable refused |\n|---|---|---|---|---|---|")
moved = []
for name in QS:
    b, n = qrows(base, name), qrows(new, name)
    if not b or not n: continue
    halves = [("tune", [i for i in b if half(i) == "tune"]), ("test", [i for i in b if half(i) == "test"])] if name.startswith("eval") else [("all", list(b))]
    for h, ids in halves:
        sb, sn = stats(b, ids), stats(n, ids)
        f = lambda k: f"{sb[k]} -> {sn[k]}" if sb[k] != sn[k] else f"{sb[k]} ="
        print(f"| {name} | {h} | {f(0)} | {f(1)} | {f(2)}/{sb[3]} | {f(4)}/{sb[5]} |")
    for i in b:
        if b[i] != n[i]:
            moved.append(f"{name} {half(i)} {i} ans={b[i]['ans']} ref {b[i]['ref']}->{n[i]['ref']} fact {b[i]['fact']}->{n[i]['fact']} cite {b[i]['cite']}->{n[i]['cite']}")
for name, cp in (("check-h9", repo/"holdout9/claims-h9.jsonl"), ("check-h10", repo/"holdout10/claims-h10.jsonl")):
    if not (base/f"{name}.jsonl").exists() or not (new/f"{name}.jsonl").exists(): continue
    items = jl(cp)
    for d, lab in ((base, "base"), (new, "new")):
        v = jl(d/f"{name}.jsonl")
        for h in ("tune", "test"):
            sel = [(c, x) for c, x in zip(items, v) if half(c["claim"]) == h]
            neg = [x for c, x in sel if c["label"] != "supported"]; pos = [x for c, x in sel if c["label"] == "supported"]
            print(f"{name} {lab} {h}: FA {sum(x['verdict']=='supported' for x in neg)}/{len(neg)} FR {sum(x['verdict']!='supported' for x in pos)}/{len(pos)}")
print("\nmoved:"); print("\n".join(moved))
