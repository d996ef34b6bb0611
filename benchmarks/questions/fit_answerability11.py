"""Session 11: refusal signals judged leave one set out over 14 question sets (issue 9).

Extends session 10 (fit_answerability10.py) with holdout7 (session 10's blind set, now tuning data; labelled blind
here as it was written blind) and judges the session-11 candidate signals against the SHIPPED decision (answerability8.json
vetoes plus the session-10 slot-fill check, replayed on the cache by fit_answerability10.shipped).

  features  as fit_answerability9 features, for holdout7, into benchmarks/results/answerability-features11.json.gz
            (the session-10 rows copied, holdout7's computed with today's code).
  today     the session-10 decision per set and pooled, blind-written sets separately.
  signals   each session-11 signal alone added to the session-10 decision: per set, unanswerable newly refused vs
            answerable newly refused, its variant (sentences read, reach, answer types, a cap on the reader's best score)
            chosen on the OTHER sets. The signals not shipped (qualified_count, figure_month, prospective, unnamed_head) live in
            candidates11.py.
  shipped   the session-11 decision (session 10 + answerability.subcount_failures and weak_answer_failures, as the
            reader runs them) replayed on the cache, against the session-10 one.

Usage (from the worktree root):
  python benchmarks/questions/fit_answerability11.py features --fakes-store DIR --examples-store DIR
  python benchmarks/questions/fit_answerability11.py today|signals [--show]|shipped
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability10 as s10  # noqa: E402
import fit_answerability9 as s9  # noqa: E402

CACHE = ROOT / "benchmarks" / "results" / "answerability-features11.json.gz"
WORK = Path("/tmp/answerability-features11.json")
TEXTS = Path("/tmp/answerability-texts11.json.gz")  # retrieved chunk texts (not read by the signals; not committed)
BLIND = (*s10.BLIND, "holdout7")

_S10_SETS = s10.question_sets


def question_sets() -> dict[str, list[Path]]:
    sets = _S10_SETS()
    sets["holdout7"] = [Path(p) for p in sorted(glob.glob(str(ROOT / "benchmarks" / "holdout7" / "questions-*.jsonl")))]
    return sets


s9.question_sets = question_sets
s10.question_sets = question_sets
s9.SET_SESSION["holdout7"] = 10


def load_rows() -> list[dict]:
    """The session-11 cache's rows (every set), in set order."""
    rows = json.loads(gzip.decompress(CACHE.read_bytes()))["rows"]
    order = list(question_sets())
    return sorted(rows, key=lambda r: order.index(r["set"]))


def features_main(args: argparse.Namespace) -> None:
    if not WORK.exists():
        WORK.write_bytes(gzip.decompress((CACHE if CACHE.exists() else s10.CACHE).read_bytes()))
    args.cache, args.texts = WORK, TEXTS
    s9.features(args)
    CACHE.write_bytes(gzip.compress(WORK.read_bytes()))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--fakes-store", type=Path, required=True)
    f.add_argument("--examples-store", type=Path, required=True)
    f.add_argument("--only", default="holdout7")
    sub.add_parser("today")
    sg = sub.add_parser("signals")
    sg.add_argument("--show", action="store_true", help="the questions each signal (fitted on every set) newly refuses")
    sg.add_argument("--ship", default="subcount,speaker,tight_count", help="the signals whose left-out refusals are combined in the last table")
    sub.add_parser("shipped")
    args = ap.parse_args()
    s9.BLIND = BLIND
    s10.BLIND = BLIND
    if args.cmd == "features":
        features_main(args)
    elif args.cmd == "today":
        rows = load_rows()
        s9.table(rows, s10.shipped(rows), "the shipped decision (session 10)")
    elif args.cmd == "signals":
        signals_main(args)
    elif args.cmd == "shipped":
        rows = load_rows()
        s9.table(rows, s10.shipped(rows), "the session-10 decision")
        s9.table(rows, shipped(rows), "the session-11 decision (+ subcount)")



def shipped(rows: list[dict], speaker: bool = False) -> list[bool]:
    """The session-11 decision replayed on the cache: session 10's, then answerability.subcount_failures (the chosen
    sentences, number questions) and weak_answer_failures (tight_count when the best score is low). `speaker=True`
    adds unstated_speaker (candidates11.py), shipped in session 11 and withdrawn after holdout8."""
    from briefing.answerability import SLOT_FILL_CANDIDATES, SUBCOUNT_TYPES, TIGHT_COUNT_SCORE, counted_words
    from briefing.question import analyse
    from briefing.slots import subcount_failure, tight_count_failure
    from candidates11 import SPEAKER_SCORE, unstated_speaker_failure

    out = []
    for r, refused in zip(rows, s10.shipped(rows)):
        if not refused and r.get("chosen") and r["english"]:
            chosen = [c["text"] for c in r["chosen"]]
            top = chosen + [t["text"] for t in r["top"][:SLOT_FILL_CANDIDATES]]
            score = score_of(r)
            refused = (r["answer_type"] in SUBCOUNT_TYPES and subcount_failure(r["question"], chosen) is not None) or (
                r["answer_type"] in ("number", "quantity") and score <= TIGHT_COUNT_SCORE and tight_count_failure(counted_words(analyse(r["question"])), top) is not None
            ) or (speaker and score <= SPEAKER_SCORE and unstated_speaker_failure(r["question"], chosen) is not None)
        out.append(refused)
    return out


COST = 2.0  # choosing a variant on the training sets: one answerable question refused must be paid for by two unanswerable ones caught (the brief: more than 2 for 1)
SCOPES = {"chosen": 0, "top3": 3}  # the sentences read: the chosen answer sentences, or those and the top three ranked (as slot_fill)
TYPE_SETS = {"all": None, "other": ("other",), "other+place": ("other", "place"), "named": ("other", "place", "organisation", "person")}


def parts_of(r: dict, scope: str) -> list[str]:
    return [c["text"] for c in r.get("chosen", [])] + [t["text"] for t in r.get("top", [])[: SCOPES[scope]]]


def signal_variants(rows: list[dict]) -> dict[str, dict[tuple, list[bool]]]:
    """Per signal, per variant: does it refuse the row (rows with an answer only; False otherwise)."""
    from briefing.answerability import counted_words
    from briefing.question import analyse
    from briefing.slots import subcount_failure, tight_count_failure
    from candidates11 import figure_month_failure, prospective_event_failure, qualified_count_failure, unnamed_head_failure, unstated_speaker_failure

    out: dict[str, dict[tuple, list[bool]]] = {"subcount": {}, "subcount_any_type": {}, "qualified_count": {}, "speaker": {}, "tight_count": {}, "figure_month": {}, "prospective": {}, "unnamed_head": {}}
    shapes = [analyse(r["question"]) for r in rows]
    for scope in SCOPES:
        # any answer type (a diagnostic: it refuses two answerable compound questions, '..., and how many of them were
        # ...', typed comparison, whose parts the reader gathers item by item), and number questions only (shipped)
        out["subcount_any_type"][(scope,)] = [bool(r.get("chosen")) and subcount_failure(r["question"], parts_of(r, scope)) is not None for r in rows]
        out["subcount"][(scope, "number")] = [f and sh.answer_type == "number" for f, sh in zip(out["subcount_any_type"][(scope,)], shapes)]
        for before in (2, 4, 6):
            out["speaker"][(scope, before)] = [bool(r.get("chosen")) and unstated_speaker_failure(r["question"], parts_of(r, scope), before) is not None for r in rows]
        for reach in (1, 2, 3):
            out["tight_count"][(scope, reach)] = [bool(r.get("chosen")) and sh.answer_type in ("number", "quantity") and tight_count_failure(counted_words(sh), parts_of(r, scope), reach) is not None for r, sh in zip(rows, shapes)]
            out["prospective"][(scope, reach)] = [bool(r.get("chosen")) and prospective_event_failure(sh, parts_of(r, scope), reach) is not None for r, sh in zip(rows, shapes)]
        for slack in (0, 1):
            out["figure_month"][(scope, slack)] = [bool(r.get("chosen")) and figure_month_failure(sh, parts_of(r, scope), slack) is not None for r, sh in zip(rows, shapes)]
        for reach in (0, 4, 8, 60):
            out["qualified_count"][(scope, reach)] = [bool(r.get("chosen")) and sh.answer_type in ("number", "quantity") and qualified_count_failure(r["question"], counted_words(sh), parts_of(r, scope), reach) is not None for r, sh in zip(rows, shapes)]
        for reach in (2, 3, 5):
            for mentioned in (True, False):
                base = [bool(r.get("chosen")) and unnamed_head_failure(r["question"], parts_of(r, scope), reach, mentioned) is not None for r in rows]
                for tname, types in TYPE_SETS.items():
                    out["unnamed_head"][(scope, reach, "mentioned" if mentioned else "any", tname)] = [b and (types is None or sh.answer_type in types) for b, sh in zip(base, shapes)]
    # The two count readings together (either fails): one family, its scope and reach chosen on the other sets.
    out["count_detail"] = {(scope, reach): [a or b for a, b in zip(out["subcount"][(scope, "number")], out["qualified_count"][(scope, reach)])] for scope in SCOPES for reach in (4, 8)}
    return out


def score_of(r: dict) -> float:
    return (r["extra"] or {}).get("score", 0.0)


SCORE_CAPS = (None, 1.0, 1.1, 1.2, 1.3)  # the signal refuses only when the reader's best sentence scores at most this (None: always), as slot_fill's SLOT_FILL_SCORE


def gain(rows, flags, base, sets, cap) -> tuple[int, int]:
    c = lost = 0
    for r, f, b in zip(rows, flags, base):
        if f and not b and r["set"] in sets and (cap is None or score_of(r) <= cap):
            lost += r["answerable"]
            c += not r["answerable"]
    return c, lost


def signals_main(args: argparse.Namespace) -> None:
    rows = load_rows()
    sets = list(dict.fromkeys(r["set"] for r in rows))
    base = s10.shipped(rows)
    s9.table(rows, base, "the shipped decision (session 10)")
    variants = signal_variants(rows)
    chosen_all: dict[str, dict] = {}
    combined = list(base)
    for name, vals in variants.items():
        print(f"\n== {name}: pooled over all sets, unanswerable newly refused / answerable newly refused")
        for key, v in vals.items():
            for cap in SCORE_CAPS:
                c, lo = gain(rows, v, base, set(sets), cap)
                if c or lo:
                    print(f"   {key} cap {cap}: +{c}/-{lo}")
        picks, refused = {}, list(base)
        for s in [*sets, None]:
            train = set(sets) - {s}
            best, fewest = (0.0, None), 0
            for key, v in vals.items():
                for cap in SCORE_CAPS:
                    c, lo = gain(rows, v, base, train, cap)
                    g = c - COST * lo
                    # ties go to the variant that refuses fewer training questions (the narrower reading)
                    if g > best[0] or (g == best[0] and best[1] is not None and c + lo < fewest):
                        best, fewest = (g, (key, cap)), c + lo
            picks[s] = best
            if s is None or best[1] is None:
                continue
            key, cap = best[1]
            for i, r in enumerate(rows):
                if r["set"] == s and vals[key][i] and (cap is None or score_of(r) <= cap):
                    refused[i] = True
                    if name in args.ship.split(","):
                        combined[i] = True
        print(f"   fitted on every set: {picks[None][1]} (train gain {picks[None][0]})")
        print("   per left-out set: variant chosen on the others -> unanswerable newly refused / answerable newly refused")
        for s in sets:
            g, pick = picks[s]
            c = sum(1 for i, r in enumerate(rows) if r["set"] == s and refused[i] and not base[i] and not r["answerable"])
            lo = sum(1 for i, r in enumerate(rows) if r["set"] == s and refused[i] and not base[i] and r["answerable"])
            print(f"     {s:9} {'blind' if s in BLIND else '     '} {str(pick):40} +{c}/-{lo}")
        chosen_all[name] = picks[None]
        s9.table(rows, refused, f"shipped + {name} (left out)")
        if args.show:
            key, cap = picks[None][1] if picks[None][1] else (None, None)
            if key:
                for i, r in enumerate(rows):
                    if variants[name][key][i] and not base[i] and (cap is None or score_of(r) <= cap):
                        print(f"   {'U' if not r['answerable'] else 'A'} {r['set']:9} {r['answer_type']:12} {r['question'][:100]} || {(r['chosen'] or [{'text': ''}])[0]['text'][:120]}")
    s9.table(rows, combined, f"session 10 + {args.ship} (each left out)")
    per = {}
    for r, c, b in zip(rows, combined, base):
        if c and not b:
            u, a = per.get(r["set"], (0, 0))
            per[r["set"]] = (u + (not r["answerable"]), a + r["answerable"])
    print("   per set, unanswerable newly refused / answerable newly refused: " + " ".join(f"{s}{'*' if s in BLIND else ''} +{u}/-{a}" for s, (u, a) in per.items()) + "  (* blind)")


if __name__ == "__main__":
    main()
