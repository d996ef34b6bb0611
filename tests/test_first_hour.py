"""The first hour of a new user: version, JSON briefs, the ingest summary and progress, Ctrl-C, sources, help, dev commands."""
from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from briefing import Corpus, Settings
from briefing.cli import _IngestProgress, app, ingest_summary
from briefing.store import collection_base
from briefing.types import IngestReport

from .conftest import ROOT, TOPIC


def invoke(*args: str, columns: int = 100, code: int = 0) -> tuple[str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)}, catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.stdout, result.stderr


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout == f"briefing {version('briefing')}\n"


def test_brief_format_json_without_output_prints_json(example_store: Path) -> None:
    out, _ = invoke("brief", TOPIC, "--format", "json", "--store", str(example_store))
    data = json.loads(out)
    assert data["topic"] == TOPIC and data["markdown"].startswith("# Brief: ") and data["citations"]


def test_ingest_summary_is_one_short_line_with_singulars() -> None:
    one = IngestReport(new=1, chunks=1, duplicates=[("a", "b")], seconds=0.04)
    assert ingest_summary(one) == "documents: 1 new, 0 skipped; 1 chunk; 1 duplicate; 0.0 s"
    again = IngestReport(unchanged=5, seconds=1.0)
    assert ingest_summary(again) == "documents: 5 unchanged, 0 skipped; 0 chunks; 1.0 s"
    fakes = IngestReport(new=804, chunks=3_512, duplicates=[("a", "b")] * 71, seconds=127.7)  # the FA-KES corpus
    assert len(ingest_summary(fakes, prune=True)) <= 80  # one line on an 80-column terminal
    big = IngestReport(new=9, updated=9, unchanged=9, skipped=9, pruned=9, chunks=9, duplicates=[("a", "b")] * 9, seconds=9)
    assert not re.search(r"[,;] *$|[,;] *[,;]", ingest_summary(big, prune=True))


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def _story(i: int) -> str:
    return f"Report {i}: the harbour council met on day {i} and agreed to repair {i + 3} bridges before the rains. The mayor said work starts in week {i + 1}."


def test_repeated_records_are_notes_and_a_missing_field_is_one_line(tmp_path: Path) -> None:
    rows = [{"uid": str(i), "body": _story(i)} for i in range(6)] + [{"uid": "2", "body": _story(2)}]
    data = _csv(tmp_path / "news.csv", rows)
    _, err = invoke("ingest", str(data), "--id-field", "uid", "--text-field", "body", "--store", str(tmp_path / "s"), columns=60)
    assert not re.search(r"^skip", err, re.M) and re.search(r"^note .*news\.csv:8: repeats record '2'", err, re.M)
    assert "6 new, 0 skipped" in err
    many = _csv(tmp_path / "many.csv", [{"uid": str(i), "body": _story(i)} for i in range(30)])
    _, err = invoke("ingest", str(many), "--store", str(tmp_path / "s2"), code=2)
    hints = [ln for ln in err.splitlines() if "pass --text-field" in ln]
    assert len(hints) == 1 and "30 records" in hints[0] and "30 skipped" in err


def test_summary_never_splits_a_number_on_a_narrow_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"d{i}.txt").write_text(_story(i))
    _, err = invoke("ingest", str(src), "--store", str(tmp_path / "s"), columns=24)
    summary = err[err.index("documents:"):]
    lines = summary.rstrip("\n").split("\n")
    assert len(lines) > 1  # it had to wrap ...
    for a, b in zip(lines, lines[1:]):  # ... and did so between words, never inside a number
        assert not (re.search(r"[\d.]$", a) and re.match(r"[\d.]", b)), (a, b)
    assert " ".join(x.strip() for x in lines).startswith("documents: 3 new, 0 skipped; ")


def test_progress_reports_every_stage_and_counts_records(tmp_path: Path) -> None:
    data = _csv(tmp_path / "news.csv", [{"id": str(i), "text": _story(i)} for i in range(12)])
    events: list[tuple[str, int, int]] = []
    Corpus(Settings(store={"path": tmp_path / "s"}, chunk={"ingest_batch": 4})).ingest([data], progress=lambda *e: events.append(e))
    stages = [s for s, _, _ in events]
    assert set(stages) == {"read", "clean", "chunk", "embed", "write", "index"}
    reads = [(d, t) for s, d, t in events if s == "read"]
    assert reads[:3] == [(1, 0), (2, 0), (3, 0)] and reads[-1] == (12, 12)  # records, not files
    assert [d for s, d, _ in events if s == "write"] == sorted(d for s, d, _ in events if s == "write") and ("write", 12, 12) in events
    # The bars on a terminal: a bar per stage, the count, a rate and the time left.
    buf = io.StringIO()
    bars = _IngestProgress(Console(file=buf, force_terminal=True, width=120))
    with bars as progress:
        for e in events:
            progress(*e)
            time.sleep(0.01)
        bars.bar.refresh()
    screen = buf.getvalue()
    for label in ("reading records", "cleaning", "chunking", "embedding chunks", "committing documents", "indexing"):
        assert label in screen
    assert "12/12" in screen and re.search(r"\d/s", screen) and "eta" in screen


@pytest.mark.slow
def test_ctrl_c_says_how_many_documents_are_committed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(150):  # enough that the write phase outlasts the second below on a fast machine
        (src / f"doc{i:03d}.txt").write_text(" ".join(_story(i * 100 + j) for j in range(6)))
    store = tmp_path / "store"
    env = {**os.environ, "BRIEFING_STORE__PATH": str(store), "BRIEFING_CHUNK__INGEST_BATCH": "8"}
    lock = store / f".lock-{collection_base('default')}"
    # A shell without job control starts background commands with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: a test run from such a job (a CI script started with `&`) would hand that on.
    # The user this test stands for pressed Ctrl-C in a terminal, where SIGINT has its default action.
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "ingest", str(src)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            break
        time.sleep(0.02)
    time.sleep(1.0)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    m = re.search(r"interrupted: (\d+) documents? committed; re-run the same command to finish", err)
    assert m, err
    assert len(Corpus(Settings(store={"path": store})).sources()) == int(m.group(1))
    again = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(src)], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(Corpus(Settings(store={"path": store})).sources()) == 150


@pytest.mark.parametrize("columns", [30, 80, 200])
def test_sources_shows_whole_doc_ids_at_any_width(corpus: Corpus, example_store: Path, columns: int) -> None:
    out, _ = invoke("sources", "--store", str(example_store), columns=columns)
    docs = corpus.sources()
    for d in docs:
        assert re.search(rf"(^|[\s│]){re.escape(d.doc_id)}([\s│]|$)", out, re.M), (columns, d.doc_id, out)
    assert max(len(line) for line in out.splitlines()) <= max(columns, max(len(d.doc_id) for d in docs))


def test_eval_help_shows_its_example() -> None:
    out, _ = invoke("eval", "--help", columns=200)
    assert '"facts": ["' in out and '"docs": ["' in out and "benchmarks/questions/dev.jsonl" in out


def test_readme_development_command_needs_only_the_clone(example_store: Path, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    dev = readme[readme.index("## Development"):]
    assert "../" not in dev
    commands = re.findall(r"briefing eval (\S+)", dev)
    assert commands and all((ROOT / c).is_file() for c in commands)
    assert re.search(r"tests take about \d+ minutes?", dev)
    # The scorer the README names, on three of the dev questions (the whole set runs in the same way).
    subset = tmp_path / "dev3.jsonl"
    subset.write_text("\n".join((ROOT / commands[0]).read_text().splitlines()[:3]) + "\n")
    out, _ = invoke("eval", str(subset), "--json", "--store", str(example_store))
    report = json.loads(out)
    assert report["questions"] == 3 and report["quote_valid"] == 1.0


def test_regenerate_help_does_not_regenerate() -> None:
    outputs = sorted((ROOT / "examples" / "output").iterdir())
    before = {p: p.stat().st_mtime_ns for p in outputs}
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "regenerate.py"), "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("usage:") and "wrote" not in out.stdout
    assert {p: p.stat().st_mtime_ns for p in outputs} == before
