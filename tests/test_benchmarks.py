"""The benchmark code paths on the example articles: the comparison runs and the report is written."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _load() -> object:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


def test_benchmark_pipeline_on_the_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = _load()
    monkeypatch.setattr(run, "DOCS", tmp_path / "docs")
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    ingest, corpus, lc_store = run.bench_ingest("examples", None, tmp_path)
    assert ingest["documents"] == 5 and ingest["chunks"] > 0 and ingest["langchain"]["chunks"] > 0
    assert 0 < ingest["briefing_vs_raw_chunks_per_s"] < 5
    retrieval = run.bench_retrieval("examples", corpus, lc_store, run.DEV_QUESTIONS)
    assert retrieval["questions"] == 11 and 0 <= retrieval["briefing"]["recall@5"] <= 1
    tokens = run.bench_tokens(corpus, run.DEV_QUESTIONS)
    assert tokens["questions"] > 5 and tokens["ours_prompt_tokens_mean"] > 0
    results = {"machine": run.machine(), "ingest": [ingest], "retrieval": [retrieval], "latency": [], "tokens": tokens, "scale": []}
    run.report_md(results, run.plots(results))
    md = (tmp_path / "docs" / "benchmarks.md").read_text()
    assert "## Ingest" in md and "| examples |" in md and "## Targets" in md and (tmp_path / "docs" / "ingest.png").exists()


def test_ingest_subset_keeps_every_row_the_questions_need_then_fills_in_csv_order(tmp_path: Path) -> None:
    import csv
    import json

    run = _load()
    gold = sorted({d for line in run.FAKES_QUESTIONS.read_text().splitlines() if line.strip() for d in json.loads(line).get("docs") or []})
    assert gold
    rows = [{"unit_id": f"x{i}", "article_title": f"t{i}", "article_content": f"text {i}", "source": "s", "date": "1/1/2017", "labels": "1"} for i in range(5)]
    rows += [{"unit_id": g, "article_title": g, "article_content": f"gold {g}", "source": "s", "date": "1/1/2017", "labels": "1"} for g in gold]
    src = tmp_path / "in.csv"
    with src.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = run.subset_csv(src, len(gold) + 2, tmp_path / "out.csv")
    kept = [r["unit_id"] for r in csv.DictReader(out.open(newline=""))]
    assert kept == ["x0", "x1", *gold]
