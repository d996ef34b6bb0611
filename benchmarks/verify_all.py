"""Every labeled claim set in one run: the holdout claims (now tuning data) and benchmarks/claims (claims.jsonl,
claims2.jsonl, tune/test halves). Each claim goes through Corpus.check(claim, doc_ids) -- the function
`briefing check --file` and every generated sentence use.

    python benchmarks/verify_all.py --examples STORE --fakes STORE [--h9 STORE] --out results.json
    python benchmarks/verify_all.py --compare BEFORE.json AFTER.json   # markdown: totals and per kind, before -> after

False accept: an unsupported or contradicted claim judged supported. False reject: a supported claim judged
anything else (partial counts as a reject).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
BAD = ("unsupported", "contradicted")
SETS = {
    "holdout": [HERE / "holdout" / "claims-examples.jsonl", HERE / "holdout" / "claims-fakes.jsonl"],
    "claims.jsonl": [HERE / "claims" / "claims.jsonl"],
    "claims2.jsonl": [HERE / "claims" / "claims2.jsonl"],
    "holdout9": [HERE / "holdout9" / "claims-h9.jsonl"],  # Reuters (corpus h9): run only with --h9 STORE
}


def load(with_h9: bool = True) -> list[dict[str, object]]:
    rows = []
    for name, files in SETS.items():
        if name == "holdout9" and not with_h9:
            continue
        for f in files:
            for line in f.read_text().splitlines():
                if line.strip():
                    item = json.loads(line)
                    rows.append({**item, "set": name, "split": item.get("split", "all")})
    return rows


def run(examples: Path, fakes: Path, h9: Path | None = None) -> list[dict[str, object]]:
    from briefing import Corpus, Settings

    corpora = {"examples": Corpus(Settings(store={"path": examples, "corpus": "default"})), "fakes": Corpus(Settings(store={"path": fakes, "corpus": "fakes"}))}
    if h9 is not None:
        corpora["h9"] = Corpus(Settings(store={"path": h9, "corpus": "h9"}))
    out = []
    for it in sorted(load(h9 is not None), key=lambda i: (str(i["set"]), str(i["corpus"]), list(i["doc_ids"]))):  # type: ignore[arg-type]
        v = corpora[str(it["corpus"])].check(str(it["claim"]), doc_ids=list(it["doc_ids"]))  # type: ignore[arg-type]
        out.append({**it, "verdict": v.verdict, "reasons": v.reasons})
    return out


def _rate(rows: list[dict[str, object]]) -> tuple[int, int, int, int]:
    bad = [r for r in rows if r["label"] in BAD]
    good = [r for r in rows if r["label"] == "supported"]
    return sum(r["verdict"] == "supported" for r in bad), len(bad), sum(r["verdict"] != "supported" for r in good), len(good)


def _cell(fa: int, n: int, fr: int, p: int) -> str:
    parts = ([f"FA {fa}/{n}"] if n else []) + ([f"FR {fr}/{p}"] if p else [])
    return ", ".join(parts) or "–"


def compare(before: list[dict[str, object]], after: list[dict[str, object]]) -> str:
    """Markdown: per set and split, totals then per kind (label/kind), before -> after."""
    lines = []
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(after):
        groups[(str(r["set"]), str(r["split"]))].append(i)
    key = lambda r: (r["set"], r["claim"], tuple(r["doc_ids"]))  # noqa: E731
    b_by = {key(r): r for r in before}
    for (name, split), idx in sorted(groups.items()):
        a_rows = [after[i] for i in idx]
        b_rows = [b_by[key(r)] for r in a_rows if key(r) in b_by]
        fa, n, fr, p = _rate(b_rows)
        fa2, n2, fr2, p2 = _rate(a_rows)
        lines += [f"**{name} {split}** ({len(a_rows)} claims): false accepts {fa}/{n} = {fa / max(1, n):.1%} -> {fa2}/{n2} = {fa2 / max(1, n2):.1%}; "
                  f"false rejects {fr}/{p} = {fr / max(1, p):.1%} -> {fr2}/{p2} = {fr2 / max(1, p2):.1%}", "",
                  "| label / kind | claims | before | after |", "| --- | --- | --- | --- |"]
        kinds = sorted({(str(r["label"]), str(r["kind"])) for r in a_rows})
        for label, kind in kinds:
            ka = [r for r in a_rows if (r["label"], r["kind"]) == (label, kind)]
            kb = [b_by[key(r)] for r in ka if key(r) in b_by]
            lines.append(f"| {label} / {kind} | {len(ka)} | {_cell(*_rate(kb))} | {_cell(*_rate(ka))} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path)
    ap.add_argument("--fakes", type=Path)
    ap.add_argument("--h9", type=Path, help="store of holdout9's Reuters stories (corpus h9): adds the holdout9 claims")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        print(compare(json.loads(args.compare[0].read_text()), json.loads(args.compare[1].read_text())))
        return
    if not (args.examples and args.fakes and args.out):
        ap.error("--examples, --fakes and --out are needed to run the sets")
    rows = run(args.examples, args.fakes, args.h9)
    args.out.write_text(json.dumps(rows) + "\n")
    for (name, split) in sorted({(str(r["set"]), str(r["split"])) for r in rows}):
        fa, n, fr, p = _rate([r for r in rows if (r["set"], r["split"]) == (name, split)])
        print(f"{name} {split}: false accepts {fa}/{n}, false rejects {fr}/{p}")


if __name__ == "__main__":
    main()
