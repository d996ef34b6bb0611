"""Metrics for holdout2's `--json` outputs: the same report as benchmarks/holdout/report.py (same file formats)."""

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "holdout" / "report.py"), run_name="__main__")
