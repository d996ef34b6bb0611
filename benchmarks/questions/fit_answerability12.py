"""Session 12: refusal signals judged leave one set out over 15 question sets (issue 9).

Extends session 11 (fit_answerability11.py) with holdout8 (session 11's blind set, now tuning data; labelled blind
here as it was written blind) and judges the session-12 candidate: the question's presupposition checked against
the passage the reader answers from (candidates12.py, not shipped).

  features  as fit_answerability9 features, for holdout8, into benchmarks/results/answerability-features12.json.gz
            (the session-11 rows copied, holdout8's computed with today's code).
  today     the session-11 decision per set and pooled, blind-written sets separately.
  signals11 session 11's unshipped candidate signals re-judged with holdout8 added (their base is the session-10
            decision, as in fit_answerability11.py).
  daydate   (exploratory) a day-precise date of the question against the best answer's article's report and text dates.
  presup    the presupposition signal (candidates12.py) added to the session-11 decision: per left-out set, unanswerable newly
            refused vs answerable newly refused, its variant chosen on the OTHER sets.

Usage (from the worktree root):
  python benchmarks/questions/fit_answerability12.py features --fakes-store DIR --examples-store DIR
  python benchmarks/questions/fit_answerability12.py today|signals11
  python benchmarks/questions/fit_answerability12.py presup|daydate --fakes-store DIR --examples-store DIR [--show]
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability10 as s10  # noqa: E402
import fit_answerability11 as s11  # noqa: E402
import fit_answerability9 as s9  # noqa: E402

CACHE = ROOT / "benchmarks" / "results" / "answerability-features12.json.gz"
WORK = Path("/tmp/answerability-features12.json")
TEXTS = Path("/tmp/answerability-texts12.json.gz")  # retrieved chunk texts (read by the presupposition signal; not committed)
BLIND = (*s11.BLIND, "holdout8")

_S11_SETS = s11.question_sets


def question_sets() -> dict[str, list[Path]]:
    sets = _S11_SETS()
    sets["holdout8"] = [Path(p) for p in sorted(glob.glob(str(ROOT / "benchmarks" / "holdout8" / "questions-*.jsonl")))]
    return sets


for _m in (s9, s10, s11):
    _m.question_sets = question_sets
s9.SET_SESSION["holdout8"] = 11


S11_CACHE, S11_TEXTS = s11.CACHE, s11.TEXTS
s11.CACHE = CACHE  # s11.load_rows (and its signals) read the 15-set cache from here on
load_rows = s11.load_rows


def features_main(args: argparse.Namespace) -> None:
    """As fit_answerability11 features: the cached rows copied, the sets not yet cached (holdout8) computed."""
    if not WORK.exists():
        WORK.write_bytes(gzip.decompress((CACHE if CACHE.exists() else S11_CACHE).read_bytes()))
    if not TEXTS.exists() and S11_TEXTS.exists():
        TEXTS.write_bytes(S11_TEXTS.read_bytes())
    args.cache, args.texts = WORK, TEXTS
    s9.features(args)
    CACHE.write_bytes(gzip.compress(WORK.read_bytes()))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--fakes-store", type=Path, required=True)
    f.add_argument("--examples-store", type=Path, required=True)
    f.add_argument("--only", default="holdout8")
    sub.add_parser("today")
    sub.add_parser("signals11", help="session 11's candidate signals (fit_answerability11.py signals) re-judged on the 15-set cache")
    pr = sub.add_parser("presup")
    pr.add_argument("--fakes-store", type=Path, required=True)
    pr.add_argument("--examples-store", type=Path, required=True)
    pr.add_argument("--show", action="store_true")
    pr.add_argument("--variant", default=None, help="scope:kinds to show (default: the one fitted on every set)")
    dd = sub.add_parser("daydate")
    dd.add_argument("--fakes-store", type=Path, required=True)
    dd.add_argument("--examples-store", type=Path, required=True)
    dd.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for m in (s9, s10, s11):
        m.BLIND = BLIND
    if args.cmd == "features":
        features_main(args)
    elif args.cmd == "today":
        rows = load_rows()
        s9.table(rows, s11.shipped(rows), "the shipped decision (session 11)")
    elif args.cmd == "signals11":
        s11.signals_main(argparse.Namespace(show=False, ship="unnamed_head,speaker,figure_month,prospective,qualified_count"))
    elif args.cmd == "presup":
        presup_main(args)
    elif args.cmd == "daydate":
        daydate_main(args)



# ---- the presupposition signal ----
COST = 2.0  # choosing a variant on the training sets: one answerable question refused must be paid for by two unanswerable ones caught (as session 11)
SCOPES = ("chosen", "best", "article")  # what the statement is checked against: the chosen answer sentences, the best one, or the best one's whole article
KIND_SETS = {
    "contradicted": frozenset(),
    "+name": frozenset({"name"}),
    "+date": frozenset({"date"}),
    "+number": frozenset({"number", "value"}),
    "+name+date": frozenset({"name", "date"}),
    "+constraints": frozenset({"name", "date", "number", "value"}),
    "+place": frozenset({"name", "date", "number", "value", "place"}),
}


def articles(rows: list[dict], stores: dict[str, Path]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(corpus, doc id) -> (title, chunk texts in order) of every best-answer article, read from the stores."""
    from briefing import Corpus, Settings

    out: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for corpus, (store, name) in stores.items():
        c = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
        ids = sorted({r["chosen"][0]["doc"] for r in rows if r["corpus"] == corpus and r.get("chosen")})
        docs = c.store.get_documents(ids)
        for d in ids:
            chunks = c.store.doc_chunks(d)
            out[(corpus, d)] = ((docs[d].title or "") if d in docs else "", [ch.text for ch in chunks])
    return out


KINDS_SEEN: Counter = Counter()  # (scope, problem kind, contradicts, answerable) -> rows: which verifier problems fire on which questions


def presup_flags(rows: list[dict], base: list[bool], arts: dict) -> dict[tuple[str, str], list[bool]]:
    """Per (scope, kinds) variant: does the presupposition check refuse the row (rows the base decision answers).
    Tallies the verifier's problem kinds per scope in KINDS_SEEN."""
    from candidates12 import failing, presupposition_problems

    out = {(s, k): [False] * len(rows) for s in SCOPES for k in KIND_SETS}
    for i, (r, b) in enumerate(zip(rows, base)):
        if b or not r.get("chosen") or not r["english"]:
            continue
        title, chunks = arts.get((r["corpus"], r["chosen"][0]["doc"]), ("", []))
        evid = {"chosen": [c["text"] for c in r["chosen"]], "best": [r["chosen"][0]["text"]], "article": chunks or [r["chosen"][0]["text"]]}
        for s in SCOPES:
            found = presupposition_problems(r["question"], evid[s], title)
            for kind in {(p.kind, p.contradicts) for p in (found[1] if found else [])}:
                KINDS_SEEN[(s, *kind, r["answerable"])] += 1
            for k, kinds in KIND_SETS.items():
                out[(s, k)][i] = bool(found and failing(found[1], kinds))
    return out


def presup_main(args: argparse.Namespace) -> None:
    rows = load_rows()
    sets = list(dict.fromkeys(r["set"] for r in rows))
    base = s11.shipped(rows)
    s9.table(rows, base, "the shipped decision (session 11)")
    arts = articles(rows, {"fakes": (args.fakes_store, "fakes"), "examples": (args.examples_store, "default")})
    flags = presup_flags(rows, base, arts)
    print("verifier problems on the statements of the questions the decision answers (rows with the problem): unanswerable / answerable")
    for s, kind, contra in sorted({k[:3] for k in KINDS_SEEN}):
        print(f"   {s:8} {kind:12} {'contradicts' if contra else 'unstated':11} {KINDS_SEEN[(s, kind, contra, False)]:4d} / {KINDS_SEEN[(s, kind, contra, True)]:4d}")
    print("pooled, unanswerable newly refused / answerable newly refused (blind-written sets in brackets); cap: refuse only when the reader's best score is at most this")
    for key, v in flags.items():
        for cap in s11.SCORE_CAPS:
            c, lo = s11.gain(rows, v, base, set(sets), cap)
            cb, lb = s11.gain(rows, v, base, set(BLIND), cap)
            print(f"   {key} cap {cap}: +{c}/-{lo}   [+{cb}/-{lb}]")
    refused, picks = list(base), {}
    for s in [*sets, None]:
        train = set(sets) - {s}
        best, fewest = (0.0, None), 0
        for key, v in flags.items():
            for cap in s11.SCORE_CAPS:
                c, lo = s11.gain(rows, v, base, train, cap)
                g = c - COST * lo
                if g > best[0] or (g == best[0] and best[1] is not None and c + lo < fewest):
                    best, fewest = (g, (key, cap)), c + lo
        picks[s] = best
        if s is not None and best[1] is not None:
            (key, cap) = best[1]
            for i, r in enumerate(rows):
                if r["set"] == s and flags[key][i] and (cap is None or s11.score_of(r) <= cap):
                    refused[i] = True
    print(f"fitted on every set: {picks[None][1]} (train gain {picks[None][0]})")
    for s in sets:
        c = sum(1 for i, r in enumerate(rows) if r["set"] == s and refused[i] and not base[i] and not r["answerable"])
        lo = sum(1 for i, r in enumerate(rows) if r["set"] == s and refused[i] and not base[i] and r["answerable"])
        print(f"   {s:9} {'blind' if s in BLIND else '     '} {str(picks[s][1]):32} +{c}/-{lo}")
    s9.table(rows, refused, "session 11 + presupposition (variant left out)")
    if args.show:
        key = tuple(args.variant.split(":")) if args.variant else (picks[None][1] or (None,))[0]
        for i, r in enumerate(rows):
            if key and flags[key][i]:
                from candidates12 import presupposition
                print(f"   {'U' if not r['answerable'] else 'A'} {r['set']:9} {r['question'][:110]} -> {presupposition(r['question'])} || {r['chosen'][0]['text'][:110]}")
    json.dump({"rows": [[r["set"], r["id"]] for r in rows], "flags": {f"{s}:{k}": v for (s, k), v in flags.items()}}, open("/tmp/refuse/presup-flags.json", "w"))



# ---- a day-precise date constraint (exploratory) ----
REPORT_LAG = 3  # days after an event that its report may be dated (wire reports the same or the next days)
EVENT_SLACK = 1  # days between the question's date and a date the article's text resolves to (time zones, 'overnight')


def question_day(question: str):
    """The day a question names with its month and year ('on 24 July 2015', 'July 24, 2015'), or None."""
    import re
    from datetime import date

    from briefing.dates import _DAY_MONTH, MONTHS

    m = _DAY_MONTH.search(question)
    if not m:
        return None
    d1, mon1, mon2, d2, y = m.groups()
    year = y or (re.search(r"\b(?:19|20)\d\d\b", question) or [None])[0]
    try:
        return date(int(year), MONTHS[(mon1 or mon2).lower().rstrip(".")], int(d1 or d2)) if year else None
    except ValueError:
        return None


def daydate_main(args: argparse.Namespace) -> None:
    """Questions with a day-precise date that today's decision answers: does the best answer's article have a report
    date (metadata, opening dateline) from the day to REPORT_LAG days after, or a sentence resolving to within
    EVENT_SLACK days of it? Counts the answers that fail, unanswerable / answerable."""
    from briefing import Corpus, Settings
    from briefing.dates import as_date, dateline, parse_date, resolve_dates
    from briefing.matching import split_sentences
    from briefing.retrieve import numeric_dateline

    rows = load_rows()
    base = s11.shipped(rows)
    corpora = {c: Corpus(Settings.model_validate({"store": {"path": str(st), "corpus": n}, "generate": {"backend": "extractive"}}))
               for c, st, n in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default"))}
    seen = fails = 0
    per = Counter()
    for r, b in zip(rows, base):
        day = question_day(r["question"]) if r.get("chosen") and not b else None
        if day is None:
            continue
        c, doc = corpora[r["corpus"]], r["chosen"][0]["doc"]
        d = c.store.get_documents([doc]).get(doc)
        chunks = [ch.text for ch in c.store.doc_chunks(doc)]
        reports = [x for x in (parse_date(d.published) if d and d.published else None, dateline(chunks[0]) if chunks else None, numeric_dateline(chunks[0]) if chunks else None) if x]
        dated = [x for x in (as_date(i) for i in reports) if x]
        events = [x for ch in chunks for sent in split_sentences(ch) for rp in (reports or [None]) for e in resolve_dates(sent, rp) if e.precision == "day" and (x := as_date(e.iso))]
        ok = any(0 <= (x - day).days <= REPORT_LAG or -EVENT_SLACK <= (x - day).days < 0 for x in dated) or any(abs((x - day).days) <= EVENT_SLACK for x in events)
        seen += 1
        if not ok:
            fails += 1
            per[r["answerable"]] += 1
            if args.show:
                print(f"   {'A' if r['answerable'] else 'U'} {r['set']:9} {day} report {[str(x) for x in dated]} {r['question'][:100]}")
    print(f"{seen} answered questions with a day-precise date; the best answer's article is not of that day: unanswerable {per[False]}, answerable {per[True]}")


if __name__ == "__main__":
    main()
