"""Session 20: measures.kind_failure over the answer's chosen sentences, for each reach x best-score cap, on bind20.py dumps.

Usage: python benchmarks/questions/bind20_grid.py DUMP...   (prints +unanswerable/-answerable(facts lost) per dump)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from briefing.measures import kind_failure, asked_kind
rows={p:[r for r in json.load(open(p)) if not r['refused'] and r.get('chosen')] for p in sys.argv[1:]}
for reach in (3,5,8,10,12,15):
  for cap in (None,1.0,1.1,1.2):
    out=[]
    for p,rr in rows.items():
        u=a=f=0; ids=[]
        for r in rr:
            if cap and r['ranked'][0]['score']>cap: continue
            if kind_failure(r['question'],[c['text'] for c in r['chosen']],reach):
                if r['answerable']: a+=1; f+=r['facts_ok']; ids.append(r['id'])
                else: u+=1
        out.append(f"+{u}/-{a}(f-{f})")
    print(reach,cap,out)
n=sum(1 for rr in rows.values() for r in rr if asked_kind(r['question']))
print('rows asking a kind',n)
