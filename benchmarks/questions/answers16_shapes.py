"""Session 16 (issue 9): which labelled questions a change of question reading moves, and how they are answered.

Usage (run each step once with the base package and once with the branch, e.g. PYTHONPATH=/tmp/main-export):
  .venv/bin/python benchmarks/questions/answers16_shapes.py shapes OUT.json
      every question of every labelled set -> [answer_type, asks_person, asked_name, question, answerable]
  .venv/bin/python benchmarks/questions/answers16_shapes.py changed BASE.json BRANCH.json IDS.json
      the questions whose reading differs (file::id keys)
  .venv/bin/python benchmarks/questions/answers16_shapes.py run IDS.json --examples S --fakes S --h9 S --h10 S > OUT.jsonl
      each listed question retrieved and answered: refused, all facts, gold citation, half (sha1 split), the answer
A question whose reading is the same on both sides goes through the same steps with the same inputs, so only the
listed ones can change.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = [*glob.glob(str(ROOT / "benchmarks/*/questions*.jsonl")), *glob.glob(str(ROOT / "benchmarks/questions/*.jsonl")),
         *glob.glob("/work/notes/h2tune/*.jsonl")]


def rows(path: str) -> list[dict]:
    out = []
    for line in open(path):
        try:
            q = json.loads(line)
        except ValueError:
            continue
        if isinstance(q, dict) and "question" in q and "id" in q:
            out.append(q)
    return out


def shapes(out: Path) -> None:
    from briefing.answerability import asks_person
    from briefing.question import analyse
    from briefing.slots import asked_name

    got = {f"{f}::{q['id']}": [analyse(q["question"]).answer_type, asks_person(q["question"]), str(asked_name(q["question"])),
                               q["question"], q.get("answerable", True)] for f in sorted(FILES) for q in rows(f)}
    out.write_text(json.dumps(got))


def run(ids: list[str], stores: dict[str, tuple[Path, str]]) -> None:
    from briefing.cite import EvidencePool
    from briefing.corpus import Corpus
    from briefing.evaluate import _gold
    from briefing.generate import answer
    from briefing.question import analyse
    from briefing.retrieve import search_question
    from briefing.settings import load_settings

    corpora: dict[str, tuple] = {}
    for key in ids:
        path, qid = key.split("::")
        q = next(r for r in rows(path) if r["id"] == qid)
        c = {"default": "examples"}.get(q.get("corpus") or ("examples" if "examples" in path else "fakes"), q.get("corpus") or "")
        c = c or ("examples" if "examples" in path else "fakes")
        if c not in corpora:
            settings = load_settings()
            settings.store.path, settings.store.corpus = stores[c]
            corpora[c] = (Corpus(settings), settings)
        corpus, settings = corpora[c]
        evidence = search_question(q["question"], analyse(q["question"]), corpus.store, corpus.embedder, settings)
        a = answer(q["question"], evidence, EvidencePool(evidence, corpus.embedder, corpus.store, settings), settings)
        print(json.dumps({"id": qid, "tune": int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0,
                          "answerable": q.get("answerable", True), "refused": a.insufficient_evidence,
                          "ok": all(re.search(f, a.answer, re.I) for f in q["facts"]) if q.get("facts") else None,
                          "hit": any(_gold(x.doc_id, [str(d) for d in q.get("docs", [])]) for x in a.citations),
                          "answer": a.answer[:300]}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["shapes", "changed", "run"])
    ap.add_argument("files", nargs="+", type=Path)
    for name in ("examples", "fakes", "h9", "h10"):
        ap.add_argument(f"--{name}", type=Path, default=None)
    args = ap.parse_args()
    if args.step == "shapes":
        shapes(args.files[0])
    elif args.step == "changed":
        a, b = (json.loads(p.read_text()) for p in args.files[:2])
        args.files[2].write_text(json.dumps([k for k in a if k in b and a[k][:3] != b[k][:3]]))
    else:
        stores = {"examples": (args.examples, "default"), "fakes": (args.fakes, "fakes"), "h9": (args.h9, "h9"), "h10": (args.h10, "h10")}
        run(json.loads(args.files[0].read_text()), stores)


if __name__ == "__main__":
    main()
