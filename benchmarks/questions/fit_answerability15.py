"""Session 15: refusal signals on the two newest corpora (issue 9), judged on split halves and leave one set out.

Extends session 13 (fit_answerability13.py) with holdout10 (BBC 2004-05, corpus h10) and recomputes holdout9 (corpus
h9) with today's code. holdout9 and holdout10 are split ONCE by item id (`tune_half`): signals are read and their
thresholds chosen on the tune halves only; the test halves and the older sets (leave one set out) are reported.

  features  as fit_answerability9 features, for holdout9 and holdout10 on their own stores, into
            /tmp/answerability-features15.json (the session-13 rows of the older sets copied; holdout9 recomputed).
  today     the shipped decision (session 13) per set, with holdout9/10 split into tune and test halves.
  tune      the tune halves' unanswerable questions the decision answers, with the answer read (for classifying).
  kinds     measures.kind_failure added to the shipped decision (--bound: the figure within a reach of the question's
            words); its variant chosen on the tune halves and the older sets, each older set also left out.
  heads     candidates13.head_failure (the asked noun named) re-judged the same way.
  roles     the asked person noun ('Which judge', 'Who was the auctioneer') stated in the answer sentences, the same way.

Usage (from the worktree root):
  python benchmarks/questions/fit_answerability15.py features --fakes-store DIR --examples-store DIR --h9-store DIR --h10-store DIR
  python benchmarks/questions/fit_answerability15.py today|tune|kinds [--bound] [--show]|heads|roles [--show]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability10 as s10  # noqa: E402
import fit_answerability11 as s11  # noqa: E402
import fit_answerability12 as s12  # noqa: E402
import fit_answerability13 as s13  # noqa: E402
import fit_answerability9 as s9  # noqa: E402

CACHE = ROOT / "benchmarks" / "results" / "answerability-features15.json.gz"
WORK = Path("/tmp/answerability-features15.json")
TEXTS = Path("/tmp/answerability-texts15.json.gz")  # retrieved chunk texts of holdout9/10 (not committed)
NEW = ("holdout9", "holdout10")  # the two newest corpora, split into tune and test halves
BLIND = (*s13.BLIND, "holdout10")

_S13_SETS = s13.question_sets


def question_sets() -> dict[str, list[Path]]:
    sets = _S13_SETS()
    sets["holdout10"] = [ROOT / "benchmarks" / "holdout10" / "questions-h10.jsonl"]
    return sets


for _m in (s9, s10, s11, s12, s13):
    _m.question_sets = question_sets
s9.SET_SESSION["holdout10"] = 14


def tune_half(item_id: str) -> bool:
    """The brief's one split of holdout9/holdout10 by item id: even sha1 is the tune half."""
    return int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 2 == 0


def group(r: dict) -> str:
    """The row's set, holdout9/10 split into '<set>/tune' and '<set>/test'."""
    if r["set"] in NEW:
        return f"{r['set']}/{'tune' if tune_half(r['id']) else 'test'}"
    return r["set"]


def features_main(args: argparse.Namespace) -> None:
    """The older sets' rows copied from the session-13 cache; holdout9 and holdout10 computed with today's code."""
    if not WORK.exists():
        rows = [r for r in json.loads(gzip.decompress(s13.CACHE.read_bytes()))["rows"] if r["set"] not in NEW]
        WORK.write_text(json.dumps({"rows": rows}) + "\n")
    args.cache, args.texts = WORK, TEXTS
    args.stores = (("h9", args.h9_store, "h9"), ("h10", args.h10_store, "h10"))
    s9.features(args)


def load_rows() -> list[dict]:
    """The session-15 rows (the work file while it is written, else the committed cache), in set order."""
    data = WORK.read_text() if WORK.exists() else gzip.decompress(CACHE.read_bytes()).decode()
    rows = json.loads(data)["rows"]
    order = list(question_sets())
    return sorted(rows, key=lambda r: order.index(r["set"]))


def split_table(rows: list[dict], refused: list[bool], title: str) -> None:
    """Unanswerable refused and answerable refused per group (holdout9/10 halves apart), blind sets, pooled."""
    groups = list(dict.fromkeys(group(r) for r in rows))
    print(f"{title}\n{'group':16} {'unans':>5} {'refused':>10} {'ans':>5} {'refused':>10}")
    old = [g for g in groups if g.split("/")[0] not in NEW]
    for name, gs in [(g, [g]) for g in groups] + [("older (LOSO)", old), ("pooled", groups)]:
        rr = [(r, f) for r, f in zip(rows, refused) if group(r) in gs]
        u = [f for r, f in rr if not r["answerable"]]
        a = [f for r, f in rr if r["answerable"]]
        print(f"{name:16} {len(u):5d} {sum(u):4d} ({sum(u) / max(len(u), 1):.2f}) {len(a):5d} {sum(a):4d} ({sum(a) / max(len(a), 1):.3f})")
    print()


COST = 2.0  # choosing a variant: one answerable question refused must be paid for by two unanswerable ones caught (sessions 11-13)
SCOPES = {"best": None, "chosen": 0, "top3": 3}  # sentences read: the best chosen one, every chosen one, or those and the top three ranked (as slot_fill)
CAPS = (None, 1.0, 1.1, 1.2, 1.3)  # refuse only when the reader's best sentence scores at most this (None: always), as slot_fill


def parts(r: dict, scope: str) -> list[str]:
    if SCOPES[scope] is None:
        return [c["text"] for c in r.get("chosen", [])[:1]]
    return [c["text"] for c in r.get("chosen", [])] + [t["text"] for t in r.get("top", [])[: SCOPES[scope]]]


def gain(rows: list[dict], flags: list[bool], base: list[bool], groups: set[str], cap: float | None) -> tuple[int, int]:
    """(unanswerable newly refused, answerable newly refused) over the groups, under the score cap."""
    c = lost = 0
    for r, f, b in zip(rows, flags, base):
        if f and not b and group(r) in groups and (cap is None or s11.score_of(r) <= cap):
            lost += r["answerable"]
            c += not r["answerable"]
    return c, lost


def signal_main(name: str, variants: dict[tuple, list[bool]], rows: list[dict], base: list[bool], show: bool) -> list[bool]:
    """A signal added to the shipped decision: every variant per group; the variant chosen on the two tune halves;
    leave one older set out (its variant chosen on the tune halves and the other older sets)."""
    groups = list(dict.fromkeys(group(r) for r in rows))
    tune = {g for g in groups if g.endswith("/tune")}
    test = {g for g in groups if g.endswith("/test")}
    old = [g for g in groups if g.split("/")[0] not in NEW]
    print(f"== {name}: unanswerable / answerable newly refused: tune halves | test halves | older sets")
    for key, v in variants.items():
        for cap in CAPS:
            t, te, o = gain(rows, v, base, tune, cap), gain(rows, v, base, test, cap), gain(rows, v, base, set(old), cap)
            print(f"   {str(key):28} cap {str(cap):4}: +{t[0]}/-{t[1]}  |  +{te[0]}/-{te[1]}  |  +{o[0]}/-{o[1]}")

    def pick(train: set[str]) -> tuple[tuple, float | None] | None:
        best, choice = 0.0, None
        for key, v in variants.items():
            for cap in CAPS:
                c, lo = gain(rows, v, base, train, cap)
                if c - COST * lo > best:
                    best, choice = c - COST * lo, (key, cap)
        return choice

    refused = list(base)
    choice = pick(tune | set(old))
    print(f"chosen on the tune halves and the older sets: {choice}")
    picks = {g: choice for g in [*tune, *test]}
    for g in old:
        picks[g] = pick(tune | (set(old) - {g}))
    for i, r in enumerate(rows):
        c = picks[group(r)]
        if c and variants[c[0]][i] and (c[1] is None or s11.score_of(r) <= c[1]):
            refused[i] = True
    for g in groups:
        c, lo = sum(1 for i, r in enumerate(rows) if group(r) == g and refused[i] and not base[i] and not r["answerable"]), sum(1 for i, r in enumerate(rows) if group(r) == g and refused[i] and not base[i] and r["answerable"])
        if c or lo:
            print(f"   {g:16} {str(picks[g]):40} +{c}/-{lo}")
    split_table(rows, refused, f"shipped + {name} (tune-half choice on holdout9/10; older sets left out)")
    if show:
        for i, r in enumerate(rows):
            if refused[i] and not base[i] and group(r).split("/")[-1] != "test":
                print(f"   {'A' if r['answerable'] else 'U'} {group(r):16} {r['answer_type']:10} {s11.score_of(r):.2f} {r['question'][:110]} || {r['chosen'][0]['text'][:150]}")
    return refused


def kind_variants(rows: list[dict], reaches: tuple) -> dict[tuple, list[bool]]:
    """measures.kind_failure over the best chosen sentence, the chosen ones, or those and the top three; the figure
    anywhere in a sentence (reach None) or bound to the question's words within each reach (a second signal)."""
    from briefing.measures import kind_failure

    out = {}
    for scope in SCOPES:
        for reach in reaches:
            fails = [bool(r.get("chosen")) and r["english"] and kind_failure(r["question"], parts(r, scope), reach) is not None for r in rows]
            for tname, types in KIND_TYPES.items():
                out[(scope, reach, tname)] = [f and (types is None or r["answer_type"] in types) for f, r in zip(fails, rows)]
    return out


def head_variants(rows: list[dict]) -> dict[tuple, list[bool]]:
    """candidates13.head_failure (the asked noun named in an answer sentence; `absent`: a noun no sentence mentions
    counts as unnamed) over the chosen sentences, or those and the top three."""
    from briefing.question import analyse
    from candidates13 import head_failure

    shapes = [analyse(r["question"]) for r in rows]
    out = {}
    for scope in SCOPES:
        for absent in (False, True):
            fails = [bool(r.get("chosen")) and r["english"] and head_failure(sh, parts(r, scope), absent) is not None for r, sh in zip(rows, shapes)]
            for tname, types in s13.HEAD_TYPES.items():
                out[(scope, absent, tname)] = [f and (types is None or sh.answer_type in types) for f, sh in zip(fails, shapes)]
    return out


REACHES = (3, 5, 8, 12)  # 'kinds --bound': words between the asked kind of figure and one of the question's words
# Session 15 candidate for class C: 'Which judge / Who was the auctioneer ...' asks for a person by a role noun; the
# answer sentences should state that role (any form). Person nouns: answerability.PERSON_ROLES, or (variant 'agent') an
# agent noun's ending (auction-eer, arbitrat-or, design-er, actr-ess, confid-ant), English morphology.
_AGENT = re.compile(r"[a-z]{3,}(?:eer|or|er|ist|ess|ant|ian)s?$")
_NOT_AGENT = frozenset("number border power order paper center centre quarter letter member matter water other after under over together whether however never either neither ever cancer river computer".split())
_ROLE_Q = re.compile(r"\b(?:which|what|who (?:is|was|were|are) the|name the|names? of the)\s+((?:[\w.'’-]+\s*){1,4})", re.I)
ROLE_WORDS = 4  # words after 'which' / 'who was the' where the asked noun stands ('Which assistant US attorney')


def asked_role_noun(question: str, agent: bool) -> str | None:
    """The person noun a who/which question names its answer by ('Which arbitrator was appointed' -> 'arbitrator'):
    the first of the ROLE_WORDS words after the frame that is a person role (or, with `agent`, an agent noun)."""
    from briefing.answerability import PERSON_ROLES

    m = _ROLE_Q.search(question)
    if not m:
        return None
    for w in m.group(1).split()[:ROLE_WORDS]:
        low = w.lower().strip(".,?")
        if low in PERSON_ROLES or low.rstrip("s") in PERSON_ROLES or (agent and w.islower() and low not in _NOT_AGENT and _AGENT.search(low)):
            return low
    return None


def role_variants(rows: list[dict]) -> dict[tuple, list[bool]]:
    """The asked role noun stated in none of the sentences read (the chosen ones, or those and the top three)."""
    from briefing.lemmas import forms, tokens

    out = {}
    for agent in (False, True):
        nouns = [asked_role_noun(r["question"], agent) for r in rows]
        for scope in SCOPES:
            out[(scope, "agent" if agent else "roles")] = [
                bool(n) and bool(r.get("chosen")) and r["english"] and not any(forms(t) & forms(n) for p in parts(r, scope) for t in tokens(p))
                for n, r in zip(nouns, rows)
            ]
    return out


KIND_TYPES = {"all": None, "figure": ("number", "quantity"), "figure+other": ("number", "quantity", "other")}


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--fakes-store", type=Path, required=True)
    f.add_argument("--examples-store", type=Path, required=True)
    f.add_argument("--h9-store", type=Path, required=True)
    f.add_argument("--h10-store", type=Path, required=True)
    f.add_argument("--only", default="holdout10,holdout9")
    sub.add_parser("today")
    sub.add_parser("tune")
    k = sub.add_parser("kinds")
    k.add_argument("--show", action="store_true")
    k.add_argument("--bound", action="store_true", help="the figure bound to the question's words (REACHES) instead of anywhere")
    ro = sub.add_parser("roles")
    ro.add_argument("--show", action="store_true")
    h = sub.add_parser("heads")
    h.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for m in (s9, s10, s11, s12, s13):
        m.BLIND = BLIND
    if args.cmd == "features":
        features_main(args)
    elif args.cmd == "today":
        rows = load_rows()
        split_table(rows, s13.shipped(rows), "the shipped decision (session 13) replayed")
    elif args.cmd == "kinds":
        rows = load_rows()
        reaches = REACHES if args.bound else (None,)
        signal_main(f"measures.kind_failure{' bound' if args.bound else ''}", kind_variants(rows, reaches), rows, s13.shipped(rows), args.show)
    elif args.cmd == "roles":
        rows = load_rows()
        signal_main("the asked role noun stated", role_variants(rows), rows, s13.shipped(rows), args.show)
    elif args.cmd == "heads":
        rows = load_rows()
        signal_main("candidates13.head_failure", head_variants(rows), rows, s13.shipped(rows), args.show)
    elif args.cmd == "tune":
        rows = load_rows()
        for r, refused in zip(rows, s13.shipped(rows)):
            if group(r).endswith("/tune") and not r["answerable"] and not refused:
                best = r["chosen"][0]["text"] if r.get("chosen") else ""
                print(f"{r['set']:9} {r['form'] or '':20} {s11.score_of(r):.2f} {r['question']}\n    -> {best}\n")


if __name__ == "__main__":
    main()
