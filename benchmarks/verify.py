"""Claim-verifier benchmark: false accepts and false rejects on benchmarks/claims/claims.jsonl.

Each item is checked with Corpus.check(claim, doc_ids) -- the same function
`briefing check --file` and every generated sentence use -- against a copy of
the example store (corpus default) or the FA-KES store (corpus fakes).

- false accept: an unsupported or contradicted claim judged 'supported';
- false reject: a supported claim judged anything else.

Reported per split (tune / test: by source article) and per kind. Thresholds in
briefing/verify.py were adjusted on tune errors only; test was run once at the end.

    python benchmarks/verify.py --examples STORE --fakes STORE [--split test] [--out benchmarks/results/verify.json]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from briefing import Corpus, Settings

HERE = Path(__file__).parent
BAD = ("unsupported", "contradicted")


def rates(rows: list[dict[str, object]]) -> dict[str, object]:
    bad = [r for r in rows if r["label"] in BAD]
    good = [r for r in rows if r["label"] == "supported"]
    fa = sum(r["verdict"] == "supported" for r in bad)
    fr = sum(r["verdict"] != "supported" for r in good)
    return {
        "items": len(rows),
        "false_accepts": fa,
        "false_accept_rate": round(fa / len(bad), 3) if bad else None,
        "negatives": len(bad),
        "false_rejects": fr,
        "false_reject_rate": round(fr / len(good), 3) if good else None,
        "positives": len(good),
    }


DOCS = HERE.parent / "docs" / "benchmarks.md"
START, END = "<!-- claim-verifier:start -->", "<!-- claim-verifier:end -->"


def markdown(results: dict[str, object]) -> str:
    """The 'Claim verifier' section of docs/benchmarks.md from a results object."""
    lines = [START, "## Claim verifier", "",
             "`python benchmarks/verify.py --examples STORE --fakes STORE --out benchmarks/results/verify.json` "
             "(set: `benchmarks/claims/claims.jsonl`, built by `benchmarks/claims/build.py`). Each claim is checked by "
             "`Corpus.check(claim, doc_ids)` against its cited article. False accept: an unsupported or contradicted claim "
             "judged supported. False reject: a supported claim judged anything else. Split by source article; the thresholds "
             "and rules in `briefing/verify.py` were looked at and adjusted on **tune** errors only; **test** was run once at the end. "
             "Stores: the five example articles (corpus `default`) and FA-KES (corpus `fakes`, 793 documents) ingested with the current code.", ""]
    for split in ("tune", "test"):
        part = results.get(split)
        if not isinstance(part, dict):
            continue
        a = part["all"]
        lines += [f"**{split}**: {a['items']} claims; false accepts {a['false_accepts']}/{a['negatives']} = {a['false_accept_rate']:.1%}; "
                  f"false rejects {a['false_rejects']}/{a['positives']} = {a['false_reject_rate']:.1%}", "",
                  "| kind | claims | false accepts | false rejects |", "| --- | --- | --- | --- |"]
        for kind, r in part["by_kind"].items():
            fa = f"{r['false_accepts']}/{r['negatives']}" if r["negatives"] else "–"
            fr = f"{r['false_rejects']}/{r['positives']}" if r["positives"] else "–"
            lines.append(f"| {kind} | {r['items']} | {fa} | {fr} |")
        lines.append("")
    lines += ["Kinds: verbatim (the article's sentence), paraphrase (written by hand), smollm2 (real SmolLM2-135M-Instruct "
              "sentences from `benchmarks/claims/smol.py`, labeled by hand: supported / partial / unsupported / contradicted), and "
              "one-change perturbations written by rules: negation, swap (backer and target exchanged), number, number_unit "
              "(what the number counts, or killed/wounded), date, speaker, certainty (a hedge removed), added_claim (a clause "
              "of another article appended), added_place. The perturbation rules are crude and some items are noisy (a changed "
              "day that the sentence also names elsewhere); the errors are listed by `--errors`.", END]
    return "\n".join(lines)


def write_docs(results: dict[str, object]) -> None:
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n"
    section = markdown(results)
    if START in text and END in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text)


START2, END2 = "<!-- claim-verifier-2:start -->", "<!-- claim-verifier-2:end -->"


def _cell(r: dict[str, object] | None) -> str:
    if not r:
        return "–"
    parts = []
    if r["negatives"]:
        parts.append(f"FA {r['false_accepts']}/{r['negatives']}")
    if r["positives"]:
        parts.append(f"FR {r['false_rejects']}/{r['positives']}")
    return ", ".join(parts)


def compare_markdown(sets: list[tuple[str, dict[str, object], dict[str, object]]]) -> str:
    """The before -> after section (issue 8 follow-up) for each labeled set: totals and per kind, tune and test."""
    lines = [START2, "## Claim verifier, before -> after the meaning rules (issue 8 follow-up)", "",
             "Sets: `benchmarks/claims/claims.jsonl` (rule-made perturbations, paraphrases, SmolLM2 sentences) and "
             "`benchmarks/claims/claims2.jsonl` (265 claims written by hand from 24 FA-KES articles not used in the first set, "
             "`benchmarks/claims/claims2.txt` -> `build2.py`; kinds the first set lacks: actor_sub, role_swap, passive_role, quantifier, "
             "modality, causal, comparison, place_swap, time_shift, wrong_speaker, added_invented, merged_false; 40% supported paraphrases). "
             "Split by article (same hash as build.py). Rules were changed looking at **tune** errors; claims2 **test** was run once "
             "(FA 9.4%, FR 30.2%), its error reasons were read, and three rule bugs they showed were fixed (binding reduced to counts and "
             "places, the named person of the stating sentence accepted as speaker, 'fought on Saturday to' as an attempt): claims2 test is therefore "
             "no longer unseen. FA: unsupported/contradicted judged supported; FR: supported judged otherwise.", ""]
    for name, before, after in sets:
        for split in ("tune", "test"):
            b, a = before.get(split), after.get(split)
            if not isinstance(b, dict) or not isinstance(a, dict):
                continue
            ba, aa = b["all"], a["all"]
            lines += [f"**{name} {split}** ({aa['items']} claims): false accepts {ba['false_accepts']}/{ba['negatives']} = {ba['false_accept_rate']:.1%} -> "
                      f"{aa['false_accepts']}/{aa['negatives']} = {aa['false_accept_rate']:.1%}; false rejects {ba['false_rejects']}/{ba['positives']} = "
                      f"{ba['false_reject_rate']:.1%} -> {aa['false_rejects']}/{aa['positives']} = {aa['false_reject_rate']:.1%}", "",
                      "| kind | claims | before | after |", "| --- | --- | --- | --- |"]
            for kind in sorted(set(b["by_kind"]) | set(a["by_kind"])):
                rb, ra = b["by_kind"].get(kind), a["by_kind"].get(kind)
                lines.append(f"| {kind} | {(ra or rb)['items']} | {_cell(rb)} | {_cell(ra)} |")
            lines.append("")
    lines.append(END2)
    return "\n".join(lines)


def write_compare(sets: list[tuple[str, dict[str, object], dict[str, object]]]) -> None:
    text = DOCS.read_text()
    section = compare_markdown(sets)
    if START2 in text and END2 in text:
        text = text[: text.index(START2)] + section + text[text.index(END2) + len(END2):]
    elif END in text:
        i = text.index(END) + len(END)
        text = text[:i] + "\n\n" + section + text[i:]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", nargs=3, action="append", metavar=("NAME", "BEFORE", "AFTER"), help="write the before -> after section from results files and stop")
    ap.add_argument("--examples", type=Path, required=True)
    ap.add_argument("--fakes", type=Path, required=True)
    ap.add_argument("--claims", type=Path, default=HERE / "claims" / "claims.jsonl")
    ap.add_argument("--split", choices=["tune", "test", "all"], default="all")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="print the misjudged items")
    ap.add_argument("--report-only", action="store_true", help="rewrite the docs section from --out and stop")
    args = ap.parse_args()
    if args.compare:
        write_compare([(n, json.loads(Path(b).read_text()), json.loads(Path(a).read_text())) for n, b, a in args.compare])
        return
    if args.report_only and args.out:
        write_docs(json.loads(args.out.read_text()))
        return
    corpora = {
        "examples": Corpus(Settings(store={"path": args.examples, "corpus": "default"})),
        "fakes": Corpus(Settings(store={"path": args.fakes, "corpus": "fakes"})),
    }
    items = [json.loads(line) for line in args.claims.read_text().splitlines() if line.strip()]
    if args.split != "all":
        items = [i for i in items if i["split"] == args.split]
    items.sort(key=lambda i: (i["corpus"], i["doc_ids"]))  # one document's claims together: its sentences are embedded once
    rows: list[dict[str, object]] = []
    t0 = time.perf_counter()
    for it in items:
        v = corpora[it["corpus"]].check(it["claim"], doc_ids=it["doc_ids"])
        rows.append({**it, "verdict": v.verdict, "reasons": v.reasons, "judge": v.judge})
    seconds = time.perf_counter() - t0
    out: dict[str, object] = {"seconds": round(seconds, 1), "per_claim_ms": round(1000 * seconds / max(1, len(rows)), 1)}
    for split in ("tune", "test"):
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        kinds: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in part:
            kinds[str(r["kind"])].append(r)
        out[split] = {"all": rates(part), "by_kind": {k: rates(v) for k, v in sorted(kinds.items())}}
    print(json.dumps(out, indent=2))
    if args.errors:
        for r in rows:
            wrong = (r["label"] in BAD and r["verdict"] == "supported") or (r["label"] == "supported" and r["verdict"] != "supported")
            if wrong:
                print(f"[{r['split']} {r['kind']} {r['label']}->{r['verdict']}] {r['claim'][:230]}\n    {r['reasons']}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")
        write_docs(out)


if __name__ == "__main__":
    main()
