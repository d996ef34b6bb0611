"""Regenerate the holdout8 JSONL files from items_fakes.py / items_examples.py and check them.

  python benchmarks/holdout8/build.py            # from the repository root

The checks and the near-duplicate expansion of `docs` are in benchmarks/holdout/build_set.py.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
from build_set import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
