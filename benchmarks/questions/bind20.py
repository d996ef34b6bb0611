"""Session 20: is the asked figure or detail bound to the question's focus party? (issue 9, refusals)

  dump   run the package's reader (Corpus.ask) on the questions of one half of a question file and keep, per question,
         what the refusal checks read: the decision, the chosen sentences, the top ranked sentences with their scores,
         the retrieved passages of the answer's articles and the checks that fired (answerability.judge wrapped).
         Only the tune half (sha1(id) even) is dumped with texts; --half test keeps counts only (no texts written).
  show   print the answered unanswerable questions of a dump with their answer sentences (tune halves only).
  replay a candidate check (bind20.CHECKS) over a dump: newly refused unanswerable / answerable questions.

Usage: python benchmarks/questions/bind20.py dump QFILE STORE CORPUS OUT [--half tune|test]
       python benchmarks/questions/bind20.py show DUMP [--answerable]
       python benchmarks/questions/bind20.py replay DUMP...
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

TOP = 8  # ranked sentences kept per question


def half(qid: str) -> str:
    """The half of a holdout item: sha1 of its id, even = tune."""
    return "tune" if int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0 else "test"


def dump(qfile: Path, store: Path, corpus: str, out: Path, which: str, ids: set[str] | None = None, kinds_only: bool = False) -> None:
    """Run the reader on one half ('all' for an older, unsplit set) of a question file and keep what the checks read."""
    from briefing import answerability
    from briefing.measures import asked_kind
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    s = load_settings()
    s.store.path, s.store.corpus = store, corpus
    c = Corpus(s)
    seen: dict = {}
    original = answerability.judge

    def wrapped(shape, evidence, pool, ranked, chosen, question=""):  # type: ignore[no-untyped-def]
        why = original(shape, evidence, pool, ranked, chosen, question)
        post = [*answerability.answer_failures(shape, pool, chosen), *answerability.slot_fill_failures(shape, pool, ranked, chosen),
                *answerability.subcount_failures(shape, pool, chosen), *answerability.weak_answer_failures(shape, pool, ranked, chosen),
                *answerability.figure_kind_failures(shape, pool, chosen), *answerability.slot_noun_failures(shape, pool, ranked, chosen, question)]
        seen["row"] = {
            "type": shape.answer_type, "focus": shape.focus, "shape_text": shape.text,
            "chosen": [{"text": pool.sentences[i].text, "doc": pool.doc_id(i)} for i in chosen],
            "ranked": [{"text": pool.sentences[r.index].text, "doc": pool.doc_id(r.index), "score": r.score, "chosen": r.index in chosen} for r in ranked[:TOP]],
            "article": answerability.article_texts(pool, chosen),
            "sentences": [{"text": p.text, "doc": pool.doc_id(j)} for j, p in enumerate(pool.sentences)],
            "fired": [k for k, _ in post], "judge": why,
        }
        return why

    answerability.judge = wrapped
    rows = []
    for line in qfile.read_text().splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        if (which != "all" and half(q["id"]) != which) or (ids and q["id"] not in ids):
            continue
        if kinds_only and asked_kind(q["question"]) is None:
            continue
        seen.clear()
        a = c.ask(q["question"])
        facts = q.get("facts") or []
        row = {"id": q["id"], "question": q["question"], "answerable": q.get("answerable", True),
               "refused": bool(a.insufficient_evidence), "pre_refused": bool(a.insufficient_evidence) and "row" not in seen,
               "answer": a.answer, "facts": facts,
               "facts_ok": sum(bool(re.search(f, a.answer, re.I)) for f in facts) if not a.insufficient_evidence else 0,
               **seen.get("row", {})}
        if which == "test":  # counts only: never keep the test half's texts
            row = {k: row[k] for k in ("id", "answerable", "refused", "pre_refused", "facts_ok")}
            row["replay"] = {name: bool(f(row_full)) for name, f in CHECKS.items()} if (row_full := {**row, **seen.get("row", {}), "question": q["question"]}).get("chosen") else {}
        rows.append(row)
        out.write_text(json.dumps(rows))
    print(f"{len(rows)} questions -> {out}")


def show(paths: list[Path], answerable: bool) -> None:
    for p in paths:
        for r in json.loads(p.read_text()):
            if r["answerable"] != answerable or r["refused"]:
                continue
            best = r["ranked"][0]["score"] if r.get("ranked") else None
            print(f"== {r['id']} [{r.get('type')}] score={best and round(best, 2)} focus={r.get('focus')} facts_ok={r['facts_ok']}/{len(r['facts'])}")
            print(f"   Q: {r['question']}")
            for c in r.get("chosen", []):
                print(f"   A: ({c['doc']}) {c['text'][:400]}")
            flags = {name: f(r) for name, f in CHECKS.items()}
            print(f"   fired={r.get('fired')} new={ {k: v for k, v in flags.items() if v} }")


def _texts(r: dict) -> list[str]:
    return [c["text"] for c in r.get("chosen", [])]


def _kind(reach: int | None, cap: float | None = None):  # type: ignore[no-untyped-def]
    def f(r: dict) -> bool:
        from briefing.measures import kind_failure

        if cap is not None and r["ranked"][0]["score"] > cap:
            return False
        return kind_failure(r["question"], _texts(r), reach) is not None
    return f


# Measured and dropped (docs/benchmarks.md, session 20): the asked slot noun stated only in answer sentences that name
# another party and none of the question's names.
OWNER_TYPES = frozenset({"number", "quantity", "date", "other", "yesno", "reason", "place"})


def other_party(focus: list[str], question: str, sentence: str) -> list[str]:
    from briefing.candidates import name_found
    from briefing.lexical import names
    from briefing.question import CALENDAR

    if any(name_found(n, sentence) for n in focus):
        return []
    asked = names(question)
    return [n for n in names(sentence) if n not in CALENDAR and not any(n in q or q in n for q in asked)]


def other_party_failure(question: str, answer_type: str, focus: list[str], sentences: list[str]) -> str | None:
    from briefing.question import CALENDAR, YEAR
    from briefing.slots import asked_slot, slot_stated

    slot = asked_slot(question)
    about = [n for n in focus if n not in CALENDAR and not YEAR.fullmatch(n) and len(n) > 3]
    if slot is None or answer_type not in OWNER_TYPES or not about:
        return None
    stating = [s for s in sentences if slot_stated(slot, [s])]
    others = [other_party(about, question, s) for s in stating]
    if not stating or not all(others):
        return None
    return f"the articles state the {slot} for {others[0][0]}, not for {' or '.join(about)}"


def _owner(r: dict) -> bool:
    return other_party_failure(r["question"], r.get("type", ""), r.get("focus", []), _texts(r)) is not None


CHECKS: dict = {
    "kind_chosen": _kind(None), "kind_chosen_cap1.1": _kind(None, 1.1),
    "kind_reach3": _kind(3), "kind_reach5": _kind(5), "kind_reach8": _kind(8), "kind_reach5_cap1.1": _kind(5, 1.1),
    "owner": _owner,
    "figure_bound": lambda r: "figure_bound" in _post(r),
    "figure_scope": lambda r: "figure_scope" in _post(r),
}


def _post(r: dict) -> list[str]:
    """The shipped figure_bound and figure_scope checks over a dumped row (the chosen sentences as the answer's)."""
    from briefing.answerability import FIGURE_BOUND_REACH
    from briefing.measures import unbound_figure, unstated_group

    return ["figure_bound"] * bool(unbound_figure(r["question"], _texts(r), FIGURE_BOUND_REACH)) + ["figure_scope"] * bool(unstated_group(r["question"], _texts(r)))


def replay(paths: list[Path]) -> None:
    for name, f in CHECKS.items():
        for p in paths:
            rows = json.loads(p.read_text())
            ans = [r for r in rows if not r["refused"]]
            if rows and "replay" in rows[0] or any("replay" in r for r in rows):
                hit = [r for r in ans if r.get("replay", {}).get(name)]
            else:
                hit = [r for r in ans if r.get("chosen") and f(r)]
            u = [r["id"] for r in hit if not r["answerable"]]
            a = [r["id"] for r in hit if r["answerable"]]
            lost = sum(r["facts_ok"] for r in hit if r["answerable"])
            print(f"{name:18} {p.name:24} +{len(u)} unanswerable / -{len(a)} answerable (facts -{lost})  U={u if 'test' not in p.name else ''} A={a if 'test' not in p.name else ''}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("qfile", type=Path)
    d.add_argument("store", type=Path)
    d.add_argument("corpus")
    d.add_argument("out", type=Path)
    d.add_argument("--half", default="tune", choices=("tune", "test", "all"))
    d.add_argument("--kinds", action="store_true", help="only questions that ask a kind of figure (measures.asked_kind)")
    d.add_argument("--ids", default="")
    s = sub.add_parser("show")
    s.add_argument("dumps", type=Path, nargs="+")
    s.add_argument("--answerable", action="store_true")
    r = sub.add_parser("replay")
    r.add_argument("dumps", type=Path, nargs="+")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.qfile, args.store, args.corpus, args.out, args.half, set(args.ids.split(",")) - {""}, args.kinds)
    elif args.cmd == "show":
        show(args.dumps, args.answerable)
    else:
        replay(args.dumps)


if __name__ == "__main__":
    main()
