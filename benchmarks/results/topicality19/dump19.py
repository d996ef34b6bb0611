"""Write briefs and dump, per brief, every timeline candidate and bottom-line pick with features (session 19 analysis)."""
import json, sys
from briefing import Corpus, Settings
import briefing.brief as B
import briefing.plan as P
from briefing.dates import recalled, month_count

captured = {}
orig_sentences = B._sentences
def _sentences(pool, topic, embed=True):
    s = orig_sentences(pool, topic, embed)
    if embed:
        captured['pool'] = pool; captured['topic'] = topic
    return s
B._sentences = _sentences
orig_plan = B.extractive_plan
def plan_hook(s, actors, reports, period=None):
    p = orig_plan(s, actors, reports, period)
    captured['s'] = s; captured['reports'] = reports; captured['period'] = period; captured['plan'] = p
    return p
B.extractive_plan = plan_hook

def features(topic, corpus):
    b = corpus.brief(topic)
    s, pool, reports, period, plan = captured['s'], captured['pool'], captured['reports'], captured['period'], captured['plan']
    emb = pool.embedder
    tv = emb.embed([topic])[0]
    n = len(s.texts)
    cos = [float(pool.vector(i) @ tv) for i in range(n)]
    titles = [pool.evidence[s.evidence[i]].document.title or "" for i in range(n)]
    uniq = sorted(set(titles))
    tvecs = dict(zip(uniq, emb.embed(uniq))) if uniq else {}
    tcos = [float(tvecs[t] @ tv) for t in titles]
    cands = []
    for i in range(n):
        if s.usable[i] and s.relevance[i] >= P.TIMELINE_RELEVANCE and i not in s.other_day:
            ds = P.event_dates(s, i, reports[i])
            if not ds or recalled(ds[0].iso, reports[i]):
                continue
            if s.days and not s.days[0] <= ds[0].iso <= s.days[1]:
                continue
            if period and not period[0] <= month_count(ds[0].iso) <= period[1]:
                continue
            cands.append((ds[0].iso, i))
    tl = {t.draft.quote_hint for t in plan.timeline}
    bl = [d.quote_hint for d in plan.bottom_line]
    rows = []
    def row(i, kind, d=None):
        return {"kind": kind, "i": i, "date": d, "text": s.texts[i], "title": titles[i], "doc": pool.evidence[s.evidence[i]].document.doc_id,
                "rel": s.relevance[i], "cos": cos[i], "tcos": tcos[i], "shown": (i in tl) if kind == "tl" else True,
                "art": P.article_closeness(s, s.groups[i]) if hasattr(P, "article_closeness") else None}
    for d, i in cands:
        rows.append(row(i, "tl", d))
    for i in bl:
        rows.append(row(i, "bl"))
    usable = [i for i in range(n) if s.usable[i]]
    best_art = max(P.article_closeness(s, g) for g in {s.groups[i] for i in range(n) if s.usable[i]}) if hasattr(P, "article_closeness") else None
    return {"topic": topic, "best_art": best_art, "best_cos": s.best_cos, "top_rel": max(s.relevance[i] for i in usable), "cos_all": sorted((cos[i] for i in usable), reverse=True),
            "rel_all": sorted((s.relevance[i] for i in usable), reverse=True), "rows": rows, "markdown": b.markdown}

if __name__ == "__main__":
    store, name, out = sys.argv[1], sys.argv[2], sys.argv[3]
    topics = json.loads(sys.argv[4])
    corpus = Corpus(Settings(store={"path": store, "corpus": name}, generate={"backend": "extractive"}))
    res = [features(t, corpus) for t in topics]
    json.dump(res, open(out, "w"), indent=1)
