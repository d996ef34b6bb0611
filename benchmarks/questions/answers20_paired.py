"""Session 20 (issue 9): the reader's list/comparison assembly under named variants, every question retrieved once.

Usage:
  .venv/bin/python benchmarks/questions/answers20_paired.py --sets holdout9-tune,holdout10-tune --variants base,defer,slack,both
      [--h9 STORE_H9 --h10 STORE_H10 --fakes STORE_FK --examples STORE_EX] [--ids a,b] [--out FILE.json]

As answers17_paired.py (each question retrieved once, answered under each variant from the same evidence); the
variants switch assembly.DEFER_SIDE and assembly.FOCUS_SLACK, which exist in commit 6c94a83 of branch wt-answer (not
shipped: docs/benchmarks.md, "Session 20: answers"); run it on that commit's briefing/assembly.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers15_paired import each_set  # noqa: E402
from answers17_paired import run_variants  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

VARIANTS: dict[str, dict] = {
    "base": {"DEFER_SIDE": False, "FOCUS_SLACK": False},  # main before session 20
    "defer": {"DEFER_SIDE": True, "FOCUS_SLACK": False},  # a same-article sentence passed over for another side is taken once it joined
    "slack": {"DEFER_SIDE": False, "FOCUS_SLACK": True},  # a further sentence's article may miss one of 3+ question names
    "both": {"DEFER_SIDE": True, "FOCUS_SLACK": True},
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", required=True)
    ap.add_argument("--variants", default="base,both")
    ap.add_argument("--examples", type=Path, default=None)
    ap.add_argument("--fakes", type=Path, default=None)
    ap.add_argument("--h9", type=Path, default=None)
    ap.add_argument("--h10", type=Path, default=None)
    ap.add_argument("--ids", default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/answers20/paired20.json")
    args = ap.parse_args()

    from briefing import assembly
    from briefing.generate import answer

    def set_variant(v: str) -> None:
        for name, value in VARIANTS[v].items():
            setattr(assembly, name, value)

    run_variants(each_set(args), args.variants.split(","), set_variant, answer, args.out)


if __name__ == "__main__":
    main()
