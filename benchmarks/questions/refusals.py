"""Refusals on every tuning set at once: unanswerable refused and false refusal per set, through the reader's own path.

Sets: refusals6.jsonl (session 6, both halves), the holdout2 tune half (given with --h2tune DIR, never the test half), forms.jsonl (both halves), dev.jsonl,
fakes.jsonl and benchmarks/holdout/ (both halves: tuning data since session 4). For each question the evidence is
retrieved as `briefing ask` retrieves it and the extractive reader decides (assembly.read); the refusal reason is kept.
Usage: python benchmarks/questions/refusals.py --fakes-store DIR --examples-store DIR [--h2tune DIR] --out FILE.json
Compare two runs: python benchmarks/questions/refusals.py --compare BEFORE.json AFTER.json
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def question_sets(h2tune: Path | None) -> list[tuple[str, Path, str | None]]:
    sets = [("refusals6", HERE / "refusals6.jsonl", "fakes"), ("forms", HERE / "forms.jsonl", None), ("dev", HERE / "dev.jsonl", "examples"), ("fakes", HERE / "fakes.jsonl", "fakes"),
            ("holdout", ROOT / "benchmarks/holdout/questions-examples.jsonl", "examples"), ("holdout", ROOT / "benchmarks/holdout/questions-fakes.jsonl", "fakes")]
    if h2tune:
        sets += [("h2tune", h2tune / "questions-examples.jsonl", "examples"), ("h2tune", h2tune / "questions-fakes.jsonl", "fakes")]
    return sets


def run(args: argparse.Namespace) -> None:
    from briefing import Corpus, Settings, assembly
    from briefing.cite import EvidencePool
    from briefing.question import analyse
    from briefing.retrieve import search_question

    stores = {"fakes": (args.fakes_store, "fakes"), "examples": (args.examples_store, "default")}
    corpora = {k: Corpus(Settings.model_validate({"store": {"path": str(p), "corpus": n}, "generate": {"backend": "extractive"}})) for k, (p, n) in stores.items()}
    out = []
    for name, path, corpus in question_sets(args.h2tune):
        if args.only and name not in args.only:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            c = corpora[corpus or q["corpus"]]
            ev = search_question(q["question"], analyse(q["question"]), c.store, c.embedder, c.settings)
            reading = assembly.read(q["question"], ev, EvidencePool(ev, c.embedder, c.store, c.settings), c.settings)
            answer = " ".join(d[0] for d in reading.drafts)
            out.append({"set": name, "split": q.get("split"), "id": q["id"], "form": q.get("form"), "answerable": q.get("answerable", True),
                        "refusal": reading.refusal, "answer": answer[:300], "facts_ok": bool(answer) and all(re.search(f, answer, re.I) for f in q.get("facts", []))})
    args.out.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    table(out)


def table(rows: list[dict]) -> None:
    g: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        s = g[f"{r['set']} {r['split'] or ''}".strip()]
        if r["answerable"]:
            s[0] += 1
            s[1] += bool(r["refusal"])
        else:
            s[2] += 1
            s[3] += bool(r["refusal"])
    print("| set | unanswerable refused | false refusal |\n|---|---|---|")
    for k in sorted(g):
        a, fr, u, ur = g[k]
        print(f"| {k} | {ur}/{u} | {fr}/{a} |")


def compare(before: Path, after: Path) -> None:
    b = {(r["set"], r["id"]): r for r in json.loads(before.read_text())}
    for r in json.loads(after.read_text()):
        o = b.get((r["set"], r["id"]))
        if o and bool(o["refusal"]) != bool(r["refusal"]):
            print(f"{r['set']} {r['id']} ({'answerable' if r['answerable'] else 'unanswerable'}): {'refused' if r['refusal'] else 'answered'} now; {r['refusal'] or ''}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fakes-store", type=Path)
    ap.add_argument("--examples-store", type=Path)
    ap.add_argument("--h2tune", type=Path, help="folder with the holdout2 TUNE half (questions-examples.jsonl, questions-fakes.jsonl)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--only", nargs="*", help="run only these sets (refusals6, forms, dev, fakes, holdout, h2tune)")
    ap.add_argument("--compare", nargs=2, type=Path)
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
    else:
        run(args)


if __name__ == "__main__":
    main()
