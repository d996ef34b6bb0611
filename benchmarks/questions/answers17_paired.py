"""Session 17 (issue 9): the extractive reader under named variants, every question retrieved once.

Usage:
  .venv/bin/python benchmarks/questions/answers17_paired.py --sets holdout9-tune,holdout10-tune --variants base,VARIANT,...
      [--examples STORE_EX --fakes STORE_FK] [--h9 STORE_H9 --h10 STORE_H10] [--out FILE.json]

Sets as answers15_paired.all_sets (holdout9/10 halves by the common split, and the older labelled sets). Each variant
is a set of module constants (VARIANTS below); 'base' is today's reader. For each question and variant: answerable ones
record all facts in the answer, a gold citation, refused, the answer's sentence count; unanswerable ones record refused.
Every variant is compared with the first one named.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers15_paired import each_set, outcome  # noqa: E402
from answers15_paired import line_of as paired_line  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# variant -> {module attribute: value}; attributes are looked up in briefing.assembly.
VARIANTS: dict[str, dict] = {
    "base": {"READ_ON_FOCUS": False},  # today's main (session 16)
    "focus": {"READ_ON_FOCUS": True},  # session 17: a best sentence stating the question's focus and no asked span is read on
}


def apply(variant: str, saved: dict) -> None:
    """Set a variant's constants (after restoring the saved defaults)."""
    from briefing import assembly

    for name, value in saved.items():
        setattr(assembly, name, value)
    for name, value in VARIANTS[variant].items():
        setattr(assembly, name, value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", required=True)
    ap.add_argument("--variants", default="base")
    ap.add_argument("--examples", type=Path, default=None)
    ap.add_argument("--fakes", type=Path, default=None)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--h10", type=Path, default=None)
    ap.add_argument("--ids", default=None, help="comma-separated question ids: run only these")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/answers17/paired17.json")
    args = ap.parse_args()

    from briefing import assembly
    from briefing.generate import answer

    variants = args.variants.split(",")
    names = {n for v in variants for n in VARIANTS[v]}
    saved = {n: getattr(assembly, n) for n in names}
    run_variants(each_set(args), variants, lambda v: apply(v, saved), answer, args.out)


def line_of(name: str, rows: list[dict], a: str, b: str) -> str:
    """One set's tally, variant a -> variant b (answers15_paired's line), with the questions whose gold citation or
    refusal of an unanswerable question moved."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    hit_moved = [("+" if r[b]["hit"] else "-") + r["id"] for r in ans if bool(r[a]["hit"]) != bool(r[b]["hit"])]
    una_moved = [("+" if r[b]["refused"] else "-") + r["id"] for r in una if r[a]["refused"] != r[b]["refused"]]
    tally = paired_line(f"{name} [{b}]", [{**r, "before": r[a], "after": r[b]} for r in rows])
    return f"{tally} hit {hit_moved} unans {una_moved}"


def run_variants(sets, variants: list[str], set_variant, answer, out_path: Path, outcome=outcome, line_of=line_of) -> None:
    """Every question of every set answered under each variant (set_variant(v) puts it in place; the first variant is
    the baseline): per set, rows of outcome(q, answer) written to out_path as they come and one line_of per variant;
    then pooled. filler18.py runs it with its own outcome and line."""
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    for name, items in sets:
        rows = []
        for q, settings, evidence, pool in items:
            row: dict = {"id": q["id"]}
            for v in variants:
                set_variant(v)
                row[v] = outcome(q, answer(q["question"], evidence, pool, settings))
            set_variant(variants[0])
            row["answerable"] = "ok" in row[variants[0]]
            rows.append(row)
        out[name] = rows
        for v in variants[1:]:
            print(line_of(name, rows, variants[0], v) + f"  ({time.time() - t0:.0f}s)", flush=True)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(out))
    pooled = [r for rows in out.values() for r in rows]
    for v in variants[1:]:
        print(line_of("pooled", pooled, variants[0], v))


if __name__ == "__main__":
    main()
