"""Session 17: does a shown sentence carry an answer of the ASKED TYPE in the asked role? (issue 9)

One signal, `answer_types17.type_match`, read two ways on the session-15 cache (fit_answerability15.load_rows;
holdout9/10 split once by id, tune = even sha1):
  refuse   the shipped decision (fit_answerability13.shipped) plus: no sentence of the scope carries it -> refuse.
  choose   the reader's best sentence does not carry it but a ranked one does: would the facts be shown?
Scopes: best / chosen / chosen + top 8 ranked / every retrieved sentence ('evidence': needs session 15's uncommitted
/tmp/answerability-texts15.json.gz for holdout9/10, else it reads chosen + top 8 as the older rows without texts do).

Usage: python benchmarks/questions/fit_types17.py list | refuse [--kinds K] | select [--kinds K] | choose [--ratio R] [--show] | show --variant SCOPE,CAP,KIND
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability11 as s11  # noqa: E402
import fit_answerability13 as s13  # noqa: E402
import fit_answerability15 as s15  # noqa: E402

TEXTS15 = Path("/tmp/answerability-texts15.json.gz")  # holdout9/10 retrieved chunks (session 15, not committed)
COST = 3.0  # the brief: at most one answerable refused per three unanswerable caught
FIGURES = ("money", "share", "duration", "count")
FACTS: dict[str, list[str]] = {}


def load() -> tuple[list[dict], list[bool]]:
    if TEXTS15.exists() and TEXTS15 not in s13.TEXT_FILES:
        s13.TEXT_FILES = (*s13.TEXT_FILES, TEXTS15)
    rows = s15.load_rows()
    return rows, s13.shipped(rows)


def facts_of(r: dict) -> list[str]:
    if not FACTS:
        for name, paths in s15.question_sets().items():
            for p in paths:
                for line in Path(p).read_text().splitlines():
                    if line.strip():
                        q = json.loads(line)
                        FACTS[f"{name}/{q['id']}"] = q.get("facts") or []
    return FACTS.get(f"{r['set']}/{r['id']}", [])


def scope_parts(r: dict, scope: str) -> list[str]:
    chosen = [c["text"] for c in r.get("chosen", [])]
    if scope == "best":
        return chosen[:1]
    if scope == "chosen":
        return chosen
    if scope == "top":
        return chosen + [t["text"] for t in r.get("top", [])]
    return chosen + [t["text"] for t in r.get("top", [])] + s13.evidence_sentences(r)


def newly_refused(rows: list[dict], base: list[bool], flags: list[bool], groups: set[str]) -> tuple[int, int]:
    """(unanswerable, answerable) questions of the groups the flags refuse and the shipped decision answers."""
    new = [r for r, f, b in zip(rows, flags, base) if f and not b and s15.group(r) in groups]
    return sum(not r["answerable"] for r in new), sum(bool(r["answerable"]) for r in new)


def main() -> None:
    from answer_types17 import asked_type, type_match

    ap = argparse.ArgumentParser()
    ap.add_argument("cmd")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--kinds", default="")
    ap.add_argument("--variant", default="evidence,1.1,person", help="show: scope,cap,kind")
    ap.add_argument("--ratio", type=float, default=0.0, help="choose: the typed sentence must score at least this share of the best")
    args = ap.parse_args()
    rows, base = load()
    asked = [asked_type(r["question"]) if r["english"] else None for r in rows]
    if args.cmd == "list":
        for r, b, a in zip(rows, base, asked):
            if s15.group(r).endswith("/tune") and a and not b:
                hits = {sc: any(type_match(a, p, r["question"]) for p in scope_parts(r, sc)) for sc in ("best", "chosen", "top", "evidence")}
                print(f"{'A' if r['answerable'] else 'U'} {s15.group(r):15} {a} {s11.score_of(r):.2f} {' '.join(k for k, v in hits.items() if v) or '-'} | {r['question'][:100]}\n     -> {r['chosen'][0]['text'][:140] if r.get('chosen') else ''}")
        return
    groups = list(dict.fromkeys(s15.group(r) for r in rows))
    tune = {g for g in groups if g.endswith("/tune")}
    test = {g for g in groups if g.endswith("/test")}
    old = {g for g in groups if g.split("/")[0] not in s15.NEW}
    if args.cmd == "show":
        scope, cap, kinds = args.variant.split(",")
        cap_v = None if cap == "None" else float(cap)
        for r, a, b in zip(rows, asked, base):
            if b or not a or not r.get("chosen") or s15.group(r).endswith("/test") or (kinds != "None" and a[0] != kinds) or (cap_v is not None and s11.score_of(r) > cap_v):
                continue
            if not any(type_match(a, p, r["question"]) for p in scope_parts(r, scope)):
                print(f"{'A' if r['answerable'] else 'U'} {s15.group(r):15} {a} {s11.score_of(r):.2f} | {r['question'][:110]}\n     -> {r['chosen'][0]['text'][:160]}")
        return
    if args.cmd == "select":
        variants = {}
        for scope in ("best", "chosen", "top", "evidence"):
            hit = [bool(a) and bool(r.get("chosen")) and not any(type_match(a, p, r["question"]) for p in scope_parts(r, scope)) for r, a in zip(rows, asked)]
            for cap in (None, 1.2, 1.1, 1.0):
                for kinds in (args.kinds.split(",") if args.kinds else (None, "person", "org", "figure")):
                    kinds = None if kinds == "None" else kinds
                    variants[(scope, cap, kinds)] = [h and (kinds is None or a[0] == kinds or (kinds == "figure" and a[0] in FIGURES)) and (cap is None or s11.score_of(r) <= cap)
                                                     for h, r, a in zip(hit, rows, asked)]

        def gain(v: list[bool], gs: set[str]) -> tuple[int, int]:
            return newly_refused(rows, base, v, gs)

        def pick(train: set[str]) -> tuple | None:
            """The variant with the largest positive (caught - COST * answerable refused) on the training groups."""
            net = {key: (lambda g: g[0] - COST * g[1])(gain(v, train)) for key, v in variants.items()}
            key = max(net, key=lambda k: net[k])
            return key if net[key] > 0 else None

        main_pick = pick(tune | old)
        print(f"chosen on the tune halves and the older sets (COST {COST}): {main_pick}")
        for g in sorted(tune | test):
            print(f"   {g:16} +{gain(variants[main_pick], {g})[0]}/-{gain(variants[main_pick], {g})[1]}")
        tot = [0, 0]
        for g in sorted(old):
            c = pick(tune | (old - {g}))
            u, lo = gain(variants[c], {g}) if c else (0, 0)
            tot[0] += u
            tot[1] += lo
            print(f"   LOSO {g:12} {str(c):32} +{u}/-{lo}")
        print(f"   LOSO pooled +{tot[0]}/-{tot[1]}")
        return
    if args.cmd == "refuse":
        for scope in ("best", "chosen", "top", "evidence"):
            for cap in (None, 1.2, 1.1, 1.0):
                for kinds in (args.kinds.split(",") if args.kinds else (None, "person", "org", "figure")):
                    flags = [bool(a) and bool(r.get("chosen")) and (kinds is None or a[0] == kinds or (kinds == "figure" and a[0] in ("money", "share", "duration", "count"))) and (cap is None or s11.score_of(r) <= cap)
                             and not any(type_match(a, p, r["question"]) for p in scope_parts(r, scope)) for r, a in zip(rows, asked)]
                    res = ["+{}/-{}".format(*newly_refused(rows, base, flags, gs)) for gs in (tune, test, old)]
                    print(f"{scope:9} cap {str(cap):4} {str(kinds):7}: tune {res[0]:8} test {res[1]:8} older {res[2]}")
        return
    if args.cmd == "choose":
        moved = {"gain": 0, "loss": 0, "same": 0}
        for r, b, a in zip(rows, base, asked):
            if not a or b or not r["answerable"] or not r.get("chosen"):
                continue
            best = r["chosen"][0]["text"]
            if type_match(a, best, r["question"]):
                continue
            top_score = max([t["score"] for t in r.get("top", [])] or [0.0])
            alt = next((t["text"] for t in r.get("top", []) if t["score"] >= args.ratio * top_score and type_match(a, t["text"], r["question"])), None)
            if alt is None:
                continue
            facts = facts_of(r)
            if not facts:
                continue
            before = all(re.search(f, " ".join(c["text"] for c in r["chosen"]), re.I) for f in facts)
            after = all(re.search(f, " ".join([alt, *[c["text"] for c in r["chosen"]]]), re.I) for f in facts)
            after_only = all(re.search(f, alt, re.I) for f in facts)
            k = "gain" if after and not before else ("loss" if before and not after_only else "same")
            moved[k] += 1
            if args.show and s15.group(r).split("/")[-1] != "test":
                print(f"{k:5} {s15.group(r):15} {a} | {r['question'][:90]}\n   best: {best[:120]}\n   alt:  {alt[:120]}")
        print(f"ratio {args.ratio}: replace the best sentence by the first typed ranked one: {moved}")


if __name__ == "__main__":
    main()
