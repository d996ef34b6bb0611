"""Score the forms question set per form and per half (tune/test) on the two corpora.

Usage: python benchmarks/questions/forms_report.py --fakes-store DIR --examples-store DIR --label after [--split tune]
Writes benchmarks/results/forms-<label>.json (metrics and every answer) and prints a Markdown table.
The stores are copies of corpora ingested with the current code: FA-KES through the CSV mapping
(corpus 'fakes') and examples/articles (corpus 'default').
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from briefing import Corpus, Settings  # noqa: E402
from briefing.evaluate import Question, evaluate, summarize  # noqa: E402

METRICS = ("fact_recall", "cite_hit", "cite_precision", "quote_valid", "refusal_ok", "false_refusal")


def run(store: Path, corpus_name: str, rows: list[dict]) -> tuple[list, dict[str, dict]]:
    settings = Settings.model_validate({"store": {"path": str(store), "corpus": corpus_name}, "generate": {"backend": "extractive"}})
    corpus = Corpus(settings)
    answers: dict[str, dict] = {}
    ask = corpus.ask

    def recording_ask(question: str, *a: object, **kw: object):
        ans = ask(question, *a, **kw)  # type: ignore[arg-type]
        answers[question] = {"answer": ans.answer, "refused": ans.insufficient_evidence, "cited": [c.doc_id for c in ans.citations]}
        return ans

    corpus.ask = recording_ask  # type: ignore[method-assign]
    report = evaluate(corpus, [Question.model_validate(r) for r in rows])
    return report.results, {r["id"]: answers.get(r["question"], {}) for r in rows}


def table(groups: dict[str, list]) -> list[str]:
    lines = ["| group | n | fact recall | cite hit | cite precision | quote valid | unanswerable refused | false refusal |", "|---|---|---|---|---|---|---|---|"]
    for name, results in groups.items():
        rep = summarize(results, "")
        cells = ["—" if getattr(rep, m) is None else f"{getattr(rep, m):.2f}" for m in METRICS]
        lines.append(f"| {name} | {len(results)} | " + " | ".join(cells) + " |")
    return lines


def compare(before: str, after: str) -> list[str]:
    """A Markdown table of 'before → after' per half and form, from two saved runs."""
    from briefing.evaluate import QuestionResult

    def load(label: str) -> dict[str, list]:
        data = json.loads((ROOT / "benchmarks" / "results" / f"forms-{label}.json").read_text(encoding="utf-8"))
        groups: dict[str, list] = {}
        for r in data["results"]:
            res = QuestionResult.model_validate({k: v for k, v in r.items() if k in QuestionResult.model_fields})
            groups.setdefault(f"**{r['split']} (all)**", []).append(res)
            groups.setdefault(f"{r['split']} / {r['form']}", []).append(res)
        return groups

    b, a = load(before), load(after)
    shown = ("fact_recall", "cite_hit", "cite_precision", "refusal_ok", "false_refusal")
    lines = ["| group | n | fact recall | cite hit | cite precision | unanswerable refused | false refusal |", "|---|---|---|---|---|---|---|"]
    order = sorted(a, key=lambda g: (g.split()[0].strip("*") != "tune", "(all)" not in g, g))
    for g in order:
        rb, ra = summarize(b.get(g, []), ""), summarize(a[g], "")

        def cell(m: str) -> str:
            x, y = getattr(rb, m), getattr(ra, m)
            f = lambda v: "—" if v is None else f"{v:.2f}"  # noqa: E731
            return f"{f(x)} → {f(y)}"

        lines.append(f"| {g} | {len(a[g])} | " + " | ".join(cell(m) for m in shown) + " |")
    return lines


def main() -> None:
    if sys.argv[1:2] == ["--compare"]:
        print("\n".join(compare(sys.argv[2], sys.argv[3])))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--fakes-store", type=Path, required=True)
    ap.add_argument("--examples-store", type=Path, required=True)
    ap.add_argument("--questions", type=Path, default=HERE / "forms.jsonl")
    ap.add_argument("--label", default="run")
    ap.add_argument("--split", choices=["tune", "test", "all"], default="all")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    results: list = []
    answers: dict[str, dict] = {}
    for corpus, store, name in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default")):
        part = [r for r in rows if r["corpus"] == corpus]
        if part:
            res, ans = run(store, name, part)
            results += res
            answers.update(ans)
    meta = {r["id"]: r for r in rows}
    groups: dict[str, list] = {}
    for split in ("tune", "test"):
        sub = [x for x in results if meta[x.id]["split"] == split]
        if sub:
            groups[f"**{split} (all)**"] = sub
    for split in ("tune", "test"):
        for form in sorted({r["form"] for r in rows}):
            sub = [x for x in results if meta[x.id]["split"] == split and meta[x.id]["form"] == form]
            if sub:
                groups[f"{split} / {form}"] = sub
    lines = table(groups)
    print("\n".join(lines))
    out = ROOT / "benchmarks" / "results" / f"forms-{args.label}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    per = [{**x.model_dump(), **answers.get(x.id, {}), "form": meta[x.id]["form"], "split": meta[x.id]["split"], "question": meta[x.id]["question"][:300]} for x in results]
    out.write_text(json.dumps({"table": lines, "results": per}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
