"""Session 18 (issue 9): further ("filler") sentences of extractive answers, read and measured.

Runs against the measured reader of commit 62686e4..463a54d on branch wt-refuse (assembly.keeps_further,
FURTHER_RATIO, FURTHER_COSINE, FURTHER_NEEDS_SPAN, choose(drop_filler=...)); the change was not shipped and is not in
the package (docs/benchmarks.md, "Session 18: answer filler"): `git checkout 463a54d -- briefing/assembly.py` first.
The second round's variants (main18, kinds, reasons, both, nouns: LEAD_KINDS, STRICT_REASON, OTHER_NEEDS_NOUN) run on
the package's reader as it is ("Session 18: answer filler, second round").

Usage:
  .venv/bin/python benchmarks/questions/filler18.py dump --sets holdout9-tune,holdout10-tune --h9 S --h10 S --out F.json
  .venv/bin/python benchmarks/questions/filler18.py paired --sets ... --variants base,VARIANT,... [--examples S --fakes S]
      [--h9 S --h10 S] [--ids a,b] --out F.json

dump: every sentence that assembly.choose's ranked loop would add as a further sentence (it passed every older check),
with the signals measured for it (its score, word coverage and the question's focus names against the lead's; same
article as the lead; cosine to the lead) and its label read from the question's gold: it states a fact regex the rest
of the answer does not ('fact'), it states a fact the lead states too ('repeat'), it is from a gold article but states
no fact ('gold'), or neither ('off': filler).

paired: named variants of assembly's constants, each question retrieved once (answers15_paired.each_set); per set:
fact recall, citation hit, citation precision (score.py: citations of answerable questions that point at a gold doc),
false refusals, unanswerable refused, sentences per answer.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers15_paired import each_set as paired_sets, retrieved  # noqa: E402
from answers17_paired import run_variants  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# variant -> {briefing.assembly attribute: value}
VARIANTS: dict[str, dict] = {
    "base": {"FURTHER_RATIO": 0.0, "FURTHER_NEEDS_SPAN": False, "FURTHER_COSINE": 2.0},  # main: every further sentence within MORE_RATIO of the lead
    "other80": {"FURTHER_RATIO": 0.80, "FURTHER_NEEDS_SPAN": False},
    "other85": {"FURTHER_RATIO": 0.85, "FURTHER_NEEDS_SPAN": False},
    "other88": {"FURTHER_RATIO": 0.88},
    "other90": {"FURTHER_RATIO": 0.90},
    "cos85": {"FURTHER_RATIO": 0.85, "FURTHER_COSINE": 0.6},
    "cos90": {"FURTHER_RATIO": 0.90, "FURTHER_COSINE": 0.6},
    "span85": {"FURTHER_RATIO": 0.85, "FURTHER_NEEDS_SPAN": True},
    "span88": {"FURTHER_RATIO": 0.88, "FURTHER_NEEDS_SPAN": True},
    # second round (on main's reader, no FURTHER_* constants): the read-on and article-answer paths
    "main18": {"LEAD_KINDS": False, "STRICT_REASON": False},  # main before the second round
    "kinds": {"LEAD_KINDS": True, "STRICT_REASON": False},  # the lead counting '11 civilians' states how many people
    "reasons": {"LEAD_KINDS": False, "STRICT_REASON": True},  # article_answer: no time word as a reason
    "both": {"LEAD_KINDS": True, "STRICT_REASON": True},
    # article_answer: 'what <noun>' needs the noun; measured off at commit 767a9f1 and then taken out of the package
    # (as the FURTHER_* variants above): run it on that commit
    "nouns": {"LEAD_KINDS": True, "STRICT_REASON": True, "OTHER_NEEDS_NOUN": True},
}


def each_set(args: argparse.Namespace):
    """answers15_paired's sets, or (--file, corpus 'examples' unless a row names one) one question file as set 'probe'."""
    if args.file is None:
        yield from paired_sets(args)
        return
    stores = {"examples": (args.examples, "default"), "fakes": (args.fakes, "fakes"), "h9": (args.h9, "h9"), "h10": (args.h10, "h10")}
    yield "probe", retrieved(args.file, None, "examples", stores, {})


def gold(doc_id: str, docs: list) -> bool:
    from briefing.evaluate import _gold

    return _gold(doc_id, [str(d) for d in docs])


def outcome(q: dict, a) -> dict:
    """One answer's tally: facts, hit, citations to gold docs of all, sentences, refused."""
    row = {"id": q["id"], "refused": a.insufficient_evidence, "sentences": 0 if a.insufficient_evidence else len(a.sentences)}
    if q.get("answerable", True) and q.get("facts"):
        row["ok"] = all(re.search(f, a.answer, re.I) for f in q["facts"])
        golds = [gold(c.doc_id, q.get("docs", [])) for c in a.citations]
        row["hit"] = any(golds)
        row["cites"] = len(golds)
        row["gold_cites"] = sum(golds)
        # filler as the gold reads it: a shown sentence that states none of the facts and cites no gold article
        docs = {c.id: c.doc_id for c in a.citations}
        row["filler"] = 0 if a.insufficient_evidence else sum(
            not any(re.search(f, t.text, re.I) for f in q["facts"]) and not any(gold(docs[i], q.get("docs", [])) for i in t.citations if i in docs)
            for t in a.sentences)
    return row


def dump(args: argparse.Namespace) -> None:
    from briefing import assembly
    from briefing.candidates import name_found
    from briefing.lexical import names
    from briefing.generate import answer

    assembly.FURTHER_RATIO = 0.0  # main's choice: every further sentence the older checks let in is recorded
    original = assembly.keeps_further
    seen: list[dict] = []

    def record(shape, pool, s, best):
        lead = pool.sentences[best.index].text
        text = pool.sentences[s.index].text
        seen.append({
            "text": text, "lead": lead, "ratio": s.score / best.score if best.score else 0.0,
            "coverage": s.coverage, "lead_coverage": best.coverage,
            "share": s.coverage / best.coverage if best.coverage > 0 else 1.0,
            "same_article": assembly._group(pool, s.index) == assembly._group(pool, best.index),
            "cos_lead": float(pool.vector(s.index) @ pool.vector(best.index)),
            "similarity": s.similarity, "lead_similarity": best.similarity,
            "focus_names": sum(name_found(f, text) for f in shape.focus), "lead_focus_names": sum(name_found(f, lead) for f in shape.focus),
            "n_focus": len(shape.focus), "type": shape.answer_type, "typed": s.typed, "lead_typed": best.typed,
            "lead_spans": None if (sp := assembly.answer_spans(lead, shape, set(names(shape.text)))) is None else len(sp),
            "doc": pool.evidence[pool.sentences[s.index].evidence].document.doc_id,
        })
        return original(shape, pool, s, best)

    assembly.keeps_further = record
    out: dict[str, list[dict]] = {}
    for name, items in each_set(args):
        rows = []
        for q, settings, evidence, pool in items:
            seen.clear()
            a = answer(q["question"], evidence, pool, settings)
            row = {"id": q["id"], "question": q["question"], "answerable": bool(q.get("answerable", True) and q.get("facts")),
                   "refused": a.insufficient_evidence, "answer": [s.text for s in a.sentences], "further": []}
            for f in seen:
                shown = f["text"] in a.answer
                rest = " ".join(t for t in row["answer"] if t != f["text"])
                facts = q.get("facts") or []
                states = [x for x in facts if re.search(x, f["text"], re.I)]
                label = ("fact" if any(not re.search(x, rest, re.I) for x in states) else "repeat" if states
                         else "gold" if gold(f["doc"], q.get("docs", [])) else "off")
                row["further"].append({**f, "shown": shown, "label": label if row["answerable"] else "unanswerable"})
            rows.append(row)
        out[name] = rows
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=0))
        print(name, len(rows), flush=True)


def paired(args: argparse.Namespace) -> None:
    from briefing import assembly
    from briefing.generate import answer

    variants = args.variants.split(",")
    names = {n for v in variants for n in VARIANTS[v]}
    saved = {n: getattr(assembly, n) for n in names}

    def apply(v: str) -> None:
        for n, value in {**saved, **VARIANTS[v]}.items():
            setattr(assembly, n, value)

    run_variants(each_set(args), variants, apply, answer, args.out, outcome=outcome, line_of=line_of)


def tally(rows: list[dict], v: str) -> dict:
    """Totals of one variant over rows."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    shown = [r[v]["sentences"] for r in ans if not r[v]["refused"]]
    return {"facts": sum(r[v]["ok"] for r in ans), "hit": sum(r[v]["hit"] for r in ans),
            "gold_cites": sum(r[v]["gold_cites"] for r in ans), "cites": sum(r[v]["cites"] for r in ans),
            "false_refused": sum(r[v]["refused"] for r in ans), "unans_refused": sum(r[v]["refused"] for r in una),
            "sentences": sum(shown) / max(1, len(shown)), "n_ans": len(ans), "n_unans": len(una),
            "filler": sum(r[v].get("filler", 0) for r in ans if not r[v]["refused"]) / max(1, len(shown))}


def line_of(name: str, rows: list[dict], a: str, b: str) -> str:
    """One set's tally, variant a -> b, with the questions whose fact, hit or refusal moved."""
    x, y = tally(rows, a), tally(rows, b)
    ans = [r for r in rows if r["answerable"]]
    moved = [("+" if r[b]["ok"] else "-") + r["id"] for r in ans if r[a]["ok"] != r[b]["ok"]]
    hit = [("+" if r[b]["hit"] else "-") + r["id"] for r in ans if r[a]["hit"] != r[b]["hit"]]
    ref = [("+" if r[b]["refused"] else "-") + r["id"] for r in rows if r[a]["refused"] != r[b]["refused"]]
    prec = lambda t: t["gold_cites"] / max(1, t["cites"])  # noqa: E731
    return (f"{name:<15} [{b}] answerable={x['n_ans']} facts {x['facts']}->{y['facts']} hit {x['hit']}->{y['hit']} "
            f"precision {prec(x):.3f}->{prec(y):.3f} false_refused {x['false_refused']}->{y['false_refused']} "
            f"sentences {x['sentences']:.2f}->{y['sentences']:.2f} filler {x['filler']:.2f}->{y['filler']:.2f} | unanswerable={x['n_unans']} refused "
            f"{x['unans_refused']}->{y['unans_refused']} | facts {moved} hit {hit} refusal {ref}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["dump", "paired"])
    ap.add_argument("--sets", default="")
    ap.add_argument("--variants", default="base")
    ap.add_argument("--examples", type=Path, default=None)
    ap.add_argument("--fakes", type=Path, default=None)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--h10", type=Path, default=None)
    ap.add_argument("--ids", default=None)
    ap.add_argument("--file", type=Path, default=None, help="one question file instead of --sets (corpus 'examples' by default)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    (dump if args.mode == "dump" else paired)(args)


if __name__ == "__main__":
    main()
