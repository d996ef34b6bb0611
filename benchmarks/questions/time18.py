"""Session 18 (issue 9): time questions ('When ...', 'What year ...', 'On which day ...', 'How long ago ...', 'Since when ...').

Usage:
  .venv/bin/python benchmarks/questions/time18.py --sets holdout9-tune,holdout10-tune,time18-tune [--variants base,VARIANT,...]
      [--examples STORE_EX --fakes STORE_FK --h9 STORE_H9 --h10 STORE_H10] [--ids ID,...] [--retyped] [--diagnose]
      [--out FILE.json]
  .venv/bin/python benchmarks/questions/time18.py --count     # time questions and retyped ones per set, no store needed

Sets as answers15_paired.all_sets plus 'time18-tune' / 'time18-test' (benchmarks/questions/time18.jsonl, split by the
common rule). Only the questions `is_time` reads are run (--retyped: only those whose answer type the 'types' variant
changes); each is retrieved once and answered under every variant; every variant is compared with the first named.

The variants are the session's experiments, kept here and not in the package (docs/benchmarks.md, "Session 18: answers
(time questions)"; only the 'How long ago' reading of 'types' shipped):
- main: main before this session (52e3b92): 'How long ago' typed a duration; base: the package as it is ('How long ago'
  typed a date: shipped);
- types: a time question is typed 'date' by its asked time noun ('On which day ...', 'In what month and year ...',
  'On what earlier date ...', 'Since which year ...') or 'How long ago' (a time, not a duration), not only by main's
  'when / what year / on what date / since when' openings (question._TYPES patched);
- scoring: main's types, but a sentence with a date span carries the type of a question `asks_time` reads
  (candidates.carries_type patched where it is imported);
- event, event75: types, and a sentence that dates the asked event (`dates_event`: a date in the clause of the event's
  verb or its event noun, derivations.event_forms) leads over a best sentence that dates nothing of it, when it scores
  0.85 (0.75) of it and is no less on focus (assembly.choose patched: the ranking it reads starts with that sentence).
--diagnose records, for the first variant, the ranked candidates (text, date span, event-tied date, every gold fact)
and the chosen sentences, to classify misses; use it on tune halves only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers15_paired import all_sets, outcome, retrieved  # noqa: E402
from answers15_paired import line_of as paired_line  # noqa: E402
from losses15 import questions  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TIME18 = ROOT / "benchmarks/questions/time18.jsonl"
DEVSET = Path("/work/shared/eval/seed_questions.jsonl")
# Openings that ask for a time, as written in the labelled sets.
TIME = re.compile(r"^\s*(when|what year|in what year|which year|in which year|what date|on what date|how long ago|since when|"
                  r"since what year|at what time|what time|what day|on which day|which day|in which month|what month|in what month)\b", re.I)
# The 'types' variant: a preposition before 'what / which' and the asked time noun, one describing word allowed, or
# 'How long ago'. A clock time ('At what time') is left out: no date span states '3 a.m.'.
DATE_QUESTION = re.compile(r"^\s*(?:when|since when|how long ago|(?:(?:on|in|since|by|from|until)\s+)?(?:what|which)\s+(?:[a-z]+\s+)?(?:date|day|month|year)s?)\b", re.I)
NEW_QUANTITY = re.compile(r"\b(how (?:far|long(?!\s+ago\b)|big|large|high|wide|heavy|much)|what (?:distance|size|area|length))\b", re.I)
EVENT_DATE_WINDOW = 6  # tokens between the date and the event word: one clause of a news sentence (candidates.TYPE_NEAR_WINDOW)
TIME_WORDS = frozenset("year years date day days month months time times ago long".split())  # name the asked time, never its event
EVENT_DATE_LOOKAHEAD = 6  # as assembly.NAMED_LOOKAHEAD

# Main before session 18: the date and quantity patterns read 'How long ago' as a duration.
MAIN_DATE = re.compile(r"^\s*(when|in what year|what year|on what date|what date|since when|since what year|in which year|which year)\b", re.I)
MAIN_QUANTITY = re.compile(r"\b(how (?:far|long|big|large|high|wide|heavy|much)|what (?:distance|size|area|length))\b", re.I)

VARIANTS: dict[str, dict] = {
    "main": {"main": True},  # main at 52e3b92
    "base": {},  # the package as it is (session 18 shipped: 'How long ago' is a date question)
    "types": {"types": True},
    "scoring": {"main": True, "scoring": True},
    "event": {"types": True, "event": 0.85},
    "event75": {"types": True, "event": 0.75},
}


def is_time(question: str) -> bool:
    """Does a question open by asking for a time (main's openings above, or the 'types' variant's)?"""
    return bool(TIME.search(question) or DATE_QUESTION.search(question))


def time_event_words(question: str) -> list[str]:
    """The words naming the event a time question asks about ('When did the offensive start?' -> offensive, start)."""
    from briefing.candidates import event_words

    return [w for w in event_words(question) if w not in TIME_WORDS]


def dates_event(text: str, question: str) -> bool:
    """Does a sentence state a date in the same clause as, and within EVENT_DATE_WINDOW words of, a word stating the
    question's event (its verb in any form or the verb's event noun)?"""
    from briefing.candidates import _CLAUSE_BREAK, _TOKEN, DATE_SPAN
    from briefing.derivations import event_forms
    from briefing.lemmas import forms, tokens

    words = time_event_words(question)
    dates = [(m.start(), m.end()) for m in DATE_SPAN.finditer(text)]
    if not words or not dates:
        return False
    wanted = set().union(*(event_forms(w) for w in words))
    toks = list(_TOKEN.finditer(text))
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    clause = [sum(b < m.start() for b in breaks) for m in toks]
    dated = [k for k, m in enumerate(toks) if any(a < m.end() and m.start() < b for a, b in dates)]
    for k, m in enumerate(toks):
        if k in dated or not wanted & set().union(*(forms(w) for w in tokens(m.group()))):
            continue
        if any(clause[j] == clause[k] and abs(j - k) <= EVENT_DATE_WINDOW for j in dated):
            return True
    return False


_ORIGINAL: dict = {}


def apply(variant: str) -> None:
    """Put main's reader back, then patch in a variant's experiments."""
    from briefing import answerability, assembly, candidates, question

    if not _ORIGINAL:
        _ORIGINAL["types"] = list(question._TYPES)
        _ORIGINAL["carries_type"] = candidates.carries_type
        _ORIGINAL["choose"] = assembly.choose
    question._TYPES[:] = _ORIGINAL["types"]
    carries, choose = _ORIGINAL["carries_type"], _ORIGINAL["choose"]
    spec = VARIANTS[variant]
    if spec.get("main"):
        question._TYPES[:] = [(k, MAIN_DATE if k == "date" else MAIN_QUANTITY if k == "quantity" else p) for k, p in _ORIGINAL["types"]]
    if spec.get("types"):
        question._TYPES[:] = [(k, DATE_QUESTION if k == "date" else NEW_QUANTITY if k == "quantity" else p) for k, p in _ORIGINAL["types"]]
    if spec.get("scoring"):
        def carries(text, shape, known=None, _orig=_ORIGINAL["carries_type"]):
            if shape.answer_type == "other" and DATE_QUESTION.search(shape.text):
                return bool(candidates.DATE_SPAN.search(text))
            return _orig(text, shape, known)
    if spec.get("event"):
        ratio = spec["event"]

        def choose(shape, pool, ranked, settings, _orig=_ORIGINAL["choose"]):
            if shape.answer_type == "date" and ranked and not dates_event(pool.sentences[ranked[0].index].text, shape.text):
                best = ranked[0]
                for s in ranked[1:EVENT_DATE_LOOKAHEAD]:
                    if not s.headline and s.score >= ratio * best.score and s.focus >= best.focus and dates_event(pool.sentences[s.index].text, shape.text):
                        ranked = [s] + [r for r in ranked if r is not s]
                        break
            return _orig(shape, pool, ranked, settings)
    for mod in (candidates, assembly, answerability):  # the modules that read carries_type
        mod.carries_type = carries
    assembly.choose = choose


def table() -> list[tuple[str, Path, str, str | None]]:
    return all_sets() + [("time18-tune", TIME18, "examples", "tune"), ("time18-test", TIME18, "examples", "test")]


def retyped(qs: list[dict]) -> set[str]:
    """Ids of the questions whose answer type the 'types' variant changes (against main)."""
    from briefing.question import analyse

    apply("main")
    old = {q["id"]: analyse(q["question"]).answer_type for q in qs}
    apply("types")
    new = {q["id"]: analyse(q["question"]).answer_type for q in qs}
    apply("base")
    return {i for i in old if old[i] != new[i]}


def count() -> None:
    """Time questions per set (answerable / unanswerable) and how many the 'types' variant retypes."""
    for name, path, _, half in table() + [("devset", DEVSET, "examples", None)]:
        if not path.exists():
            continue
        qs = questions(path, half)
        t = [q for q in qs if is_time(q["question"])]
        a = sum(q.get("answerable", True) for q in t)
        print(f"{name:15} questions {len(qs):4} time {len(t):3} (answerable {a:3}, unanswerable {len(t) - a:2}) retyped {len(retyped(qs))}")


def sets_of(args: argparse.Namespace):
    stores = {"examples": (args.examples, "default"), "fakes": (args.fakes, "fakes"), "h9": (args.h9, "h9"), "h10": (args.h10, "h10")}
    corpora: dict = {}
    wanted = args.sets.split(",")
    for name, path, corpus, half in table():
        if name in wanted and path.exists():
            qs = questions(path, half)
            ids = retyped(qs) if args.retyped else {q["id"] for q in qs if is_time(q["question"])}
            if args.ids:
                ids &= set(args.ids.split(","))
            yield name, retrieved(path, half, corpus, stores, corpora, ids)


def diagnose(q: dict, evidence, pool, settings) -> dict:
    """The ranked candidates and the chosen sentences of the reader as patched now, for one question."""
    from briefing import assembly, candidates
    from briefing.question import analyse, correct_typos

    shape = analyse(correct_typos(q["question"], assembly.vocabulary(pool)))
    qvec = pool.embedder.embed([shape.text])[0]
    ranked = [s for s in assembly._attributed(shape, pool, assembly._dated(shape, pool, candidates.score_sentences(
        pool, q["question"], qvec, limit=assembly.READ_CANDIDATES, shape=shape))) if not candidates.excluded(pool, s.index)]
    chosen = assembly.choose(shape, pool, assembly.day_first(shape, pool, ranked), settings) if ranked else []
    facts = q.get("facts") or []
    rows = []
    for r, s in enumerate(ranked[:25]):
        text = pool.sentences[s.index].text
        rows.append({"rank": r, "i": s.index, "score": round(s.score, 3), "date": bool(candidates.DATE_SPAN.search(text)),
                     "event_date": dates_event(text, shape.text),
                     "facts": all(re.search(f, text, re.I) for f in facts) if facts else None,
                     "doc": pool.evidence[pool.sentences[s.index].evidence].document.doc_id, "text": text[:300]})
    nb = {j: pool.sentences[j].text[:300] for i in chosen[:1] for j in pool.neighbours(i)}
    in_pool = [j for j, s in enumerate(pool.sentences) if facts and all(re.search(f, s.text, re.I) for f in facts)]
    return {"type": shape.answer_type, "chosen": chosen, "ranked": rows, "lead_neighbours": nb,
            "fact_sentences_in_pool": [pool.sentences[j].text[:300] for j in in_pool[:3]], "n_fact_in_pool": len(in_pool)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="")
    ap.add_argument("--variants", default="base")
    ap.add_argument("--examples", type=Path, default=None)
    ap.add_argument("--fakes", type=Path, default=None)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--h10", type=Path, default=None)
    ap.add_argument("--ids", default=None)
    ap.add_argument("--retyped", action="store_true")
    ap.add_argument("--diagnose", action="store_true")
    ap.add_argument("--count", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/time18.json")
    args = ap.parse_args()
    if args.count:
        count()
        return

    from briefing.generate import answer

    variants = args.variants.split(",")
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, items in sets_of(args):
        rows = []
        for q, settings, evidence, pool in items:
            row: dict = {"id": q["id"], "question": q["question"], "facts": q.get("facts")}
            for v in variants:
                apply(v)
                a = answer(q["question"], evidence, pool, settings)
                row[v] = outcome(q, a)
                row[v]["answer"] = a.answer[:1200]
                lead = a.sentences[0].text if a.sentences and not a.insufficient_evidence else ""
                row[v]["lead_ok"] = bool(q.get("facts")) and all(re.search(f, lead, re.I) for f in q["facts"])
                if args.diagnose and v == variants[0]:
                    row["diagnosis"] = diagnose(q, evidence, pool, settings)
            apply(variants[0])
            row["answerable"] = "ok" in row[variants[0]]
            rows.append(row)
        out[name] = rows
        lead = {v: sum(r[v].get("lead_ok", False) for r in rows) for v in variants}
        for v in variants[1:]:
            print(paired_line(name, [{"id": r["id"], "answerable": r["answerable"], "before": r[variants[0]], "after": r[v]} for r in rows])
                  + f" lead {lead[variants[0]]}->{lead[v]} [{v}] ({time.time() - t0:.0f}s)", flush=True)
        if len(variants) == 1:
            ok = sum(r[variants[0]].get("ok", False) for r in rows)
            print(f"{name}: {len(rows)} time questions, answerable {sum(r['answerable'] for r in rows)}, facts {ok}, lead {lead[variants[0]]} ({time.time() - t0:.0f}s)", flush=True)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=1))
    apply("base")


if __name__ == "__main__":
    main()
