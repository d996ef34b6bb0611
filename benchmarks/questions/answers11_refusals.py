"""Session 11 (issue 9): do unanswerable questions stay refused? Runs `Corpus.ask` on a chosen subset of the labelled sets'
unanswerable questions and records whether each was refused (the counterpart of losses8.py --outcomes-only, which
runs answerable questions only).

Usage:
  .venv/bin/python benchmarks/questions/answers11_refusals.py --examples STORE_EX --fakes STORE_FK --only ONLY.json --out OUT.json
  .venv/bin/python benchmarks/questions/answers11_refusals.py --compare BASE.json NEW.json

ONLY is a JSON {set: [question ids]} (losses8.SETS names). --compare prints refused before -> after per set, the
blind-written sets (losses8.BLIND) apart, and every question that changed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import BLIND, SETS  # noqa: E402


def run(args: argparse.Namespace) -> None:
    from briefing.corpus import Corpus
    from briefing.settings import load_settings

    def corpus_for(path: Path, name: str) -> Corpus:
        settings = load_settings()
        settings.store.path = path
        settings.store.corpus = name
        return Corpus(settings)

    corpora = {"examples": corpus_for(args.examples, "default"), "fakes": corpus_for(args.fakes, "fakes")}
    only = json.loads(args.only.read_text())
    out: dict[str, list[dict]] = {}
    for name, path, default_corpus in SETS:
        if name not in only or not path.exists():
            continue
        rows = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if q.get("answerable", True) or q["id"] not in only[name]:
                continue
            a = corpora[q.get("corpus") or default_corpus].ask(q["question"])
            rows.append({"id": q["id"], "form": q.get("form"), "refused": a.insufficient_evidence, "answer": a.answer[:400]})
        out[name] = rows
        args.out.write_text(json.dumps({"sets": out}))
        print(f"{name:<12} n={len(rows):>4} refused={sum(r['refused'] for r in rows)}", file=sys.stderr, flush=True)


def compare(base: Path, new: Path) -> None:
    b, n = (json.loads(p.read_text())["sets"] for p in (base, new))
    print("| set | unanswerable | refused before | after |")
    print("|---|---:|---:|---:|")
    tot = {"all": [0, 0, 0], "blind": [0, 0, 0]}
    changed = []
    for name in b:
        rb = {r["id"]: r for r in b[name]}
        rn = {r["id"]: r for r in n.get(name, [])}
        ids = [i for i in rb if i in rn]
        before, after = sum(rb[i]["refused"] for i in ids), sum(rn[i]["refused"] for i in ids)
        print(f"| {name} | {len(ids)} | {before} | {after} |")
        for key in ("all", "blind") if name in BLIND else ("all",):
            tot[key][0] += len(ids)
            tot[key][1] += before
            tot[key][2] += after
        changed += [f"- {name} {i}: refused {rb[i]['refused']} -> {rn[i]['refused']}" for i in ids if rb[i]["refused"] != rn[i]["refused"]]
    for key, (k, x, y) in tot.items():
        print(f"| pooled {key} | {k} | {x} | {y} |")
    print("\n".join(changed))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path)
    ap.add_argument("--fakes", type=Path)
    ap.add_argument("--only", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path)
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
    else:
        run(args)


if __name__ == "__main__":
    main()
