"""Summarise held-out runs per split/form (questions) and per kind (claims).

Usage:
  .venv/bin/python benchmarks/holdout/report.py questions QUESTIONS.jsonl EVAL.json [...pairs]
  .venv/bin/python benchmarks/holdout/report.py claims CLAIMS.jsonl CHECK.jsonl [...pairs]

EVAL.json is the output of `briefing eval ... --json` (its "results" list is in question order,
matched by id); CHECK.jsonl is the output of `briefing check --file ... --json` (one verdict a
line, in claim order).
"""
import json
import sys
from collections import defaultdict


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pct(num, den):
    return f"{num}/{den} ({num / den:.2f})" if den else "-"


def question_rows(pairs):
    rows = []
    for qpath, epath in pairs:
        questions = {q["id"]: q for q in load_jsonl(qpath)}
        with open(epath, encoding="utf-8") as fh:
            results = json.load(fh)["results"]
        for r in results:
            q = questions[r["id"]]
            rows.append({**q, "refused": bool(r["insufficient_evidence"]), "facts_ok": bool(r.get("facts_ok")),
                         "cite_hit": (r.get("gold_citations") or 0) > 0})
    return rows


def question_table(rows, key):
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    print(f"| {'group':<34} | n | fact recall | citation hit | false refusal | unanswerable refused |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in sorted(groups):
        g = groups[name]
        ans = [r for r in g if r["answerable"]]
        una = [r for r in g if not r["answerable"]]
        print(f"| {name:<34} | {len(g)} | {pct(sum(r['facts_ok'] for r in ans), len(ans))} | "
              f"{pct(sum(r['cite_hit'] for r in ans), len(ans))} | {pct(sum(r['refused'] for r in ans), len(ans))} | "
              f"{pct(sum(r['refused'] for r in una), len(una))} |")


def questions(pairs):
    rows = question_rows(pairs)
    print("### By corpus and split\n")
    question_table(rows, lambda r: f"{r['corpus']}/{r['split']}")
    print("\n### By split (both corpora)\n")
    question_table(rows, lambda r: r["split"])
    print("\n### By form (both corpora, both splits)\n")
    question_table(rows, lambda r: r["form"])
    print("\n### By form, test split only\n")
    question_table([r for r in rows if r["split"] == "test"], lambda r: r["form"])


def claims(pairs):
    rows = []
    for cpath, vpath in pairs:
        items, verdicts = load_jsonl(cpath), load_jsonl(vpath)
        if len(items) != len(verdicts):
            sys.exit(f"{vpath}: {len(verdicts)} verdicts for {len(items)} claims in {cpath}")
        for c, v in zip(items, verdicts):
            if c["claim"] != v["claim"]:
                sys.exit(f"{vpath}: verdict order does not match {cpath} at {c['claim']!r}")
            rows.append({**c, "verdict": v["verdict"]})
    by = defaultdict(list)
    for r in rows:
        by[(r["label"], r["kind"])].append(r)
    print("| label | kind | n | judged supported | partial | unsupported | contradicted | error rate |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for (label, kind) in sorted(by):
        g = by[(label, kind)]
        counts = {v: sum(r["verdict"] == v for r in g) for v in ("supported", "partial", "unsupported", "contradicted")}
        wrong = len(g) - counts["supported"] if label == "supported" else counts["supported"]
        print(f"| {label} | {kind} | {len(g)} | {counts['supported']} | {counts['partial']} | {counts['unsupported']} | "
              f"{counts['contradicted']} | {wrong / len(g):.2f} |")
    for corpus in sorted({r["corpus"] for r in rows}) + ["all"]:
        sel = [r for r in rows if corpus in ("all", r["corpus"])]
        neg = [r for r in sel if r["label"] != "supported"]
        pos = [r for r in sel if r["label"] == "supported"]
        con = [r for r in sel if r["label"] == "contradicted"]
        print(f"\n**{corpus}**: false accept (unsupported/contradicted judged supported) "
              f"{pct(sum(r['verdict'] == 'supported' for r in neg), len(neg))}; "
              f"false reject (supported judged anything else) {pct(sum(r['verdict'] != 'supported' for r in pos), len(pos))}; "
              f"supported judged partial {pct(sum(r['verdict'] == 'partial' for r in pos), len(pos))}; "
              f"contradicted judged contradicted {pct(sum(r['verdict'] == 'contradicted' for r in con), len(con))}")


def main(argv):
    if len(argv) < 3 or len(argv) % 2 != 1 or argv[0] not in ("questions", "claims"):
        sys.exit(__doc__)
    pairs = list(zip(argv[1::2], argv[2::2]))
    (questions if argv[0] == "questions" else claims)(pairs)


if __name__ == "__main__":
    main(sys.argv[1:])
