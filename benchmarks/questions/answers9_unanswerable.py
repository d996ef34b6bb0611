import json, sys
sys.path.insert(0, 'benchmarks/questions')
from briefing import candidates
from briefing.corpus import Corpus
from briefing.settings import load_settings
from briefing.cite import EvidencePool
from briefing.generate import answer
from briefing.question import analyse
from briefing.retrieve import search_question
OLD = {"W_MEANING": 0.55, "W_WORDS": 0.45, "FOCUS_WEIGHT": 0.1, "TYPE_BONUS": 0.08, "HEADLINE_PENALTY": 0.12, "COUNT_BONUS": 0.12, "PATTERN_BONUS": 0.06}
NEW = {n: getattr(candidates, n) for n in OLD}
out = {}
for path, store, corpus in [("benchmarks/holdout5/questions-fakes.jsonl", "/tmp/answer-fk", "fakes"), ("benchmarks/holdout5/questions-examples.jsonl", "/tmp/answer-ex", "default")]:
    s = load_settings(); s.store.path = store; s.store.corpus = corpus
    c = Corpus(s)
    for line in open(path):
        q = json.loads(line)
        if q.get("answerable", True):
            continue
        ev = search_question(q["question"], analyse(q["question"]), c.store, c.embedder, s)
        res = []
        for W in (OLD, NEW):
            for n, v in W.items():
                setattr(candidates, n, v)
            pool = EvidencePool(ev, c.embedder, c.store, s)
            res.append(answer(q["question"], ev, pool, s).insufficient_evidence)
        out[q["id"]] = res
        print(q["id"], res, flush=True)
n = len(out)
print("unanswerable", n, "refused old", sum(r[0] for r in out.values()) / n, "new", sum(r[1] for r in out.values()) / n)
