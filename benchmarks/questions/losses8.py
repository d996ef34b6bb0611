"""Where the default reader loses answerable questions, over every labelled question set; caches each question's candidates.

Usage:
  .venv/bin/python benchmarks/questions/losses8.py --examples STORE_EX --fakes STORE_FK [--out benchmarks/results/losses8.json]
      [--sets dev,fakes,...] [--weights WEIGHTS.json]

For every answerable question (it has `facts` and `docs`) it runs the reader's own steps (retrieve.search_question,
EvidencePool, candidates.score_sentences, assembly.read, generate.answer) and records:
  - the answer, whether each fact is in it, whether it was refused;
  - every pool sentence with the scorer's features (similarity, word coverage, focus, typed, headline, count and
    pattern bonuses), whether the reader embedded it (READ_CANDIDATES), whether it survived the date/attribution/
    instruction filters, its rank, whether it was chosen, and which facts it states.
For each missed fact it names where it was lost (the first step at which the fact stops being present):
  refused     the reader refused (H-refuse's area: counted only)
  retrieval   no retrieved passage states the fact
  split       a passage states it, no single pool sentence does (the fact spans sentences or the sentence split)
  filtered    a sentence states it, but the date/attribution/instruction filters dropped every such sentence
  ranking     a candidate states it, ranked below every chosen sentence (or never embedded: below READ_CANDIDATES by words)
  assembly    a candidate states it and ranked above a chosen sentence, but choose() skipped it; or chosen and then
              cut by verification
A question's loss is the first of its missed facts' kinds in the order above.

--weights applies scorer weights per set (a JSON {set: {NAME: value}} as written by answers8_fit.py), for the
leave-one-set-out end-to-end check.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
H2TUNE = Path("/work/notes/h2tune")

# (set name, file, default corpus of its rows: 'examples' or 'fakes'; a row's own 'corpus' field wins)
SETS = [
    ("dev", ROOT / "benchmarks/questions/dev.jsonl", "examples"),
    ("fakes", ROOT / "benchmarks/questions/fakes.jsonl", "fakes"),
    ("forms", ROOT / "benchmarks/questions/forms.jsonl", "fakes"),
    ("answers6", ROOT / "benchmarks/questions/answers6.jsonl", "fakes"),
    ("answers7", ROOT / "benchmarks/questions/answers7.jsonl", "fakes"),
    ("refusals6", ROOT / "benchmarks/questions/refusals6.jsonl", "fakes"),
    ("refusals7", ROOT / "benchmarks/questions/refusals7.jsonl", "fakes"),
    ("holdout-ex", ROOT / "benchmarks/holdout/questions-examples.jsonl", "examples"),
    ("holdout-fk", ROOT / "benchmarks/holdout/questions-fakes.jsonl", "fakes"),
    ("h2tune-ex", H2TUNE / "questions-examples.jsonl", "examples"),
    ("h2tune-fk", H2TUNE / "questions-fakes.jsonl", "fakes"),
    ("holdout3-ex", ROOT / "benchmarks/holdout3/questions-examples.jsonl", "examples"),
    ("holdout3-fk", ROOT / "benchmarks/holdout3/questions-fakes.jsonl", "fakes"),
    ("holdout4-ex", ROOT / "benchmarks/holdout4/questions-examples.jsonl", "examples"),
    ("holdout4-fk", ROOT / "benchmarks/holdout4/questions-fakes.jsonl", "fakes"),
    ("holdout5-ex", ROOT / "benchmarks/holdout5/questions-examples.jsonl", "examples"),
    ("holdout5-fk", ROOT / "benchmarks/holdout5/questions-fakes.jsonl", "fakes"),
    ("holdout6-ex", ROOT / "benchmarks/holdout6/questions-examples.jsonl", "examples"),
    ("holdout6-fk", ROOT / "benchmarks/holdout6/questions-fakes.jsonl", "fakes"),
    ("holdout7-ex", ROOT / "benchmarks/holdout7/questions-examples.jsonl", "examples"),
    ("holdout7-fk", ROOT / "benchmarks/holdout7/questions-fakes.jsonl", "fakes"),
    ("holdout8-ex", ROOT / "benchmarks/holdout8/questions-examples.jsonl", "examples"),
    ("holdout8-fk", ROOT / "benchmarks/holdout8/questions-fakes.jsonl", "fakes"),
    ("holdout9", ROOT / "benchmarks/holdout9/questions-h9.jsonl", "h9"),  # Reuters corpus; needs --h9 STORE
]
BLIND = ("holdout-ex", "holdout-fk", "h2tune-ex", "h2tune-fk", "holdout3-ex", "holdout3-fk", "holdout4-ex", "holdout4-fk",
         "holdout5-ex", "holdout5-fk", "holdout6-ex", "holdout6-fk", "holdout7-ex", "holdout7-fk",
         "holdout8-ex", "holdout8-fk", "holdout9")  # written blind, by people who never saw the reader's code
KINDS = ["refused", "retrieval", "split", "filtered", "ranking", "assembly"]


def has(fact: str, text: str) -> bool:
    return bool(re.search(fact, text, re.I))


def features(s, sim_all: float, weights: dict[str, float]) -> dict[str, float]:
    """The scorer's features of one Scored; the count and pattern bonuses are read off the score's remainder."""
    base = (weights["W_MEANING"] * sim_all + weights["W_WORDS"] * s.coverage + weights["FOCUS_WEIGHT"] * s.focus
            + weights["TYPE_BONUS"] * s.typed - weights["HEADLINE_PENALTY"] * s.headline)
    rest = s.score - base
    count = pattern = 0
    for c in (0, 1):
        for p in (0, 1):
            if abs(rest - c * weights["COUNT_BONUS"] - p * weights["PATTERN_BONUS"]) < 1e-6:
                count, pattern = c, p
    return {"sim": round(sim_all, 5), "cov": round(s.coverage, 5), "focus": round(s.focus, 4), "typed": int(s.typed),
            "headline": int(s.headline), "count": count, "pattern": pattern}


def run_question(q: dict, corpus, settings, weights: dict[str, float], outcomes_only: bool = False) -> dict:
    from briefing import assembly, candidates
    from briefing.cite import EvidencePool
    from briefing.generate import answer
    from briefing.question import analyse, correct_typos
    from briefing.evaluate import _gold
    from briefing.retrieve import search_question

    question = q["question"]
    shape = analyse(question)
    evidence = search_question(question, shape, corpus.store, corpus.embedder, settings)
    pool = EvidencePool(evidence, corpus.embedder, corpus.store, settings)
    a = answer(question, evidence, pool, settings)
    facts = q["facts"]
    ok = {f: has(f, a.answer) for f in facts}
    row = {"id": q["id"], "form": q.get("form"), "question": question, "refused": a.insufficient_evidence,
           "answer": a.answer, "facts": facts, "facts_ok": ok, "all_ok": all(ok.values()),
           "gold_citations": sum(_gold(c.doc_id, [str(d) for d in q.get("docs", [])]) for c in a.citations),
           "citations": len(a.citations)}
    if outcomes_only:
        return row
    # The reader's own ranking (as assembly.read computes it) and the same scorer over every pool sentence.
    rshape = analyse(correct_typos(question, assembly.vocabulary(pool)))
    qvec = pool.embedder.embed([rshape.text])[0]
    read_ranked = candidates.score_sentences(pool, question, qvec, limit=assembly.READ_CANDIDATES, shape=rshape, weights=weights)
    embedded = {s.index for s in read_ranked}
    kept = [s for s in assembly._attributed(rshape, pool, assembly._dated(rshape, pool, read_ranked)) if not assembly.excluded(pool, s.index)]
    rank = {s.index: r for r, s in enumerate(kept)}
    every = candidates.score_sentences(pool, question, qvec, limit=None, shape=rshape, weights=weights)
    every_kept = {s.index for s in assembly._attributed(rshape, pool, assembly._dated(rshape, pool, every)) if not assembly.excluded(pool, s.index)}
    reading = assembly.read(question, evidence, pool, settings)
    chosen_text = [d[0] for d in reading.drafts]
    chosen = [next((j for j, s in enumerate(pool.sentences) if s.text == t), -1) for t in chosen_text]
    docs = {str(d) for d in q.get("docs", [])}
    cands = []
    for s in every:
        sent = pool.sentences[s.index]
        doc = pool.evidence[sent.evidence].document
        c = {"i": s.index, "text": sent.text, "doc": doc.doc_id, "gold_doc": _gold(doc.doc_id, sorted(docs)),
             "embedded": s.index in embedded, "kept": s.index in every_kept, "rank": rank.get(s.index),
             "chosen": s.index in chosen, "score": round(s.score, 5),
             # where the sentence stands in its article (session 9: the lead-position signal): character offset, chunk index
             "start": sent.orig_start, "chunk": pool.evidence[sent.evidence].chunk.index, "facts": [k for k, f in enumerate(facts) if has(f, sent.text)]}
        c.update(features(s, s.similarity, weights))
        cands.append(c)
    row["candidates"] = cands
    row["chosen"] = chosen
    row["refusal"] = reading.refusal
    row["losses"] = {}
    if row["all_ok"]:
        return row
    chosen_ranks = [rank[i] for i in chosen if i in rank]
    for k, f in enumerate(facts):
        if ok[f]:
            continue
        bearing = [c for c in cands if k in c["facts"]]
        if a.insufficient_evidence:
            kind = "refused"
        elif not any(has(f, e.chunk.text) for e in evidence) and not bearing:
            kind = "retrieval"
        elif not bearing:
            kind = "split"
        elif not any(c["kept"] for c in bearing):
            kind = "filtered"
        elif any(c["chosen"] for c in bearing):
            kind = "assembly"  # chosen, then cut (verification)
        else:
            best = min((c["rank"] for c in bearing if c["rank"] is not None), default=None)
            kind = "assembly" if best is not None and chosen_ranks and best < max(chosen_ranks) else "ranking"
        row["losses"][f] = kind
    return row


def question_kind(row: dict) -> str | None:
    if row["all_ok"]:
        return None
    kinds = set(row["losses"].values())
    return next(k for k in KINDS if k in kinds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=True, help="a copy of the examples store (corpus 'default')")
    ap.add_argument("--fakes", type=Path, required=True, help="a copy of the FA-KES store (corpus 'fakes')")
    ap.add_argument("--h9", type=Path, default=None, help="a copy of holdout9's Reuters store (corpus 'h9'); without it holdout9 is skipped")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/losses8.json")
    ap.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    ap.add_argument("--weights", type=Path, default=None, help="per-set scorer weights (answers8_fit.py --write-folds)")
    ap.add_argument("--outcomes-only", action="store_true", help="record answers and facts only, no candidates (faster)")
    ap.add_argument("--only", type=Path, default=None, help="JSON {set: [question ids]}: run only these (answers8_fit.py --write-changed)")
    args = ap.parse_args()

    from briefing import candidates
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    def corpus_for(path: Path, name: str) -> tuple:
        settings = load_settings()
        settings.store.path = path
        settings.store.corpus = name
        return Corpus(settings), settings

    corpora = {"examples": corpus_for(args.examples, "default"), "fakes": corpus_for(args.fakes, "fakes")}
    if args.h9:
        corpora["h9"] = corpus_for(args.h9, "h9")
    default_weights = candidates.scorer_weights()
    per_set = json.loads(args.weights.read_text()) if args.weights else {}
    wanted = set(args.sets.split(",")) if args.sets else None
    only = json.loads(args.only.read_text()) if args.only else None
    if only is not None:
        wanted = (wanted or set(only)) & set(only)
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, path, default_corpus in SETS:
        if (wanted and name not in wanted) or (default_corpus not in corpora):
            continue
        weights = candidates.scorer_weights({**default_weights, **per_set.get(name, {})})
        for n, v in weights.items():
            setattr(candidates, n, v)  # the reader scores with this set's weights (scorer_weights reads the constants)
        rows = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if not q.get("answerable", True) or not q.get("facts") or (only is not None and q["id"] not in only[name]):
                continue
            corpus, settings = corpora[q.get("corpus") or default_corpus]
            rows.append(run_question(q, corpus, settings, weights, args.outcomes_only))
        out[name] = rows
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"weights": default_weights, "per_set_weights": per_set, "sets": out}))  # after each set: a long run keeps what it did
        kinds = Counter(question_kind(r) for r in rows if not r["all_ok"] and "losses" in r)
        print(f"{name:<12} n={len(rows):>4} facts_ok={sum(r['all_ok'] for r in rows) / max(1, len(rows)):.3f} "
              f"cite_hit={sum(r['gold_citations'] > 0 for r in rows) / max(1, len(rows)):.3f} "
              + " ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS) + f"  ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    for n, v in default_weights.items():
        setattr(candidates, n, v)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"weights": default_weights, "per_set_weights": per_set, "sets": out}))
    print_table(out)


def print_table(out: dict[str, list[dict]]) -> None:
    print("| set | answerable | all facts | citation hit | " + " | ".join(KINDS) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(KINDS))
    tot: Counter[str] = Counter()
    for name, rows in out.items():
        kinds = Counter(question_kind(r) for r in rows if not r["all_ok"] and "losses" in r)
        n, ok, hit = len(rows), sum(r["all_ok"] for r in rows), sum(r["gold_citations"] > 0 for r in rows)
        tot.update({"n": n, "ok": ok, "hit": hit, **kinds})
        print(f"| {name} | {n} | {ok / max(1, n):.3f} | {hit / max(1, n):.3f} | " + " | ".join(str(kinds.get(k, 0)) for k in KINDS) + " |")
    print(f"| pooled | {tot['n']} | {tot['ok'] / max(1, tot['n']):.3f} | {tot['hit'] / max(1, tot['n']):.3f} | " + " | ".join(str(tot.get(k, 0)) for k in KINDS) + " |")


if __name__ == "__main__":
    main()
