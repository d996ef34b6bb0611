"""The CLI as a user runs it: real processes, JSON on stdout, errors on stderr."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, TOPIC

pytestmark = pytest.mark.slow


def run(*args: str, store: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEFING_STORE__PATH": str(store)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    out = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert out.returncode == 0, out.stderr
    return out


def test_help_lists_every_command(tmp_path: Path) -> None:
    out = run("--help", store=tmp_path)
    for cmd in ("ingest", "ask", "brief", "sources", "show", "reset"):
        assert cmd in out.stdout


def test_ask_json_contract_and_quotes(example_store: Path) -> None:
    out = run("ask", "What kind of deal did the two presidents sign last September?", "--json", store=example_store)
    data = json.loads(out.stdout)
    assert {"question", "answer", "insufficient_evidence", "citations", "backend"} <= set(data)
    assert data["backend"] == "extractive" and "strategic partnership" in data["answer"]
    for c in data["citations"]:
        assert {"id", "doc_id", "chunk_id", "title", "source", "published", "quote"} <= set(c)
        text = re.sub(r"\s+", " ", (EXAMPLES / f"{c['doc_id']}.txt").read_text()).lower()
        assert re.sub(r"\s+", " ", c["quote"]).lower().strip() in text


def test_ingest_then_brief_to_files(tmp_path: Path) -> None:
    store = tmp_path / "s"
    out = run("ingest", str(EXAMPLES), "--json", store=store)
    report = json.loads(out.stdout)
    assert report["new"] == 5 and report["duplicates"] == [["001_4efe01105d93e776", "000_c2cd9c9f4bf8ec9d"]]
    assert "5 new" in out.stderr
    md = tmp_path / "brief.md"
    run("brief", TOPIC, "-o", str(md), store=store)
    assert md.read_text().startswith("# Brief: ")
    js = tmp_path / "brief.json"
    run("brief", TOPIC, "-o", str(js), "--format", "json", store=store)
    data = json.loads(js.read_text())
    assert data["markdown"] == md.read_text() and data["sentences"] and data["citations"]
    listing = json.loads(run("sources", "--json", store=store).stdout)
    assert len(listing["documents"]) == 5
    shown = json.loads(run("show", "002_ff6499cc7a25c720", "--json", store=store).stdout)
    assert shown["text"].startswith("Beijing is willing") and shown["chunks"]
    run("reset", "--yes", store=store)
    assert json.loads(run("sources", "--json", store=store).stdout)["documents"] == []


def test_errors_go_to_stderr_with_nonzero_exit(example_store: Path, tmp_path: Path) -> None:
    out = run("show", "no-such-doc", store=example_store, check=False)
    assert out.returncode == 1 and "no document 'no-such-doc'" in out.stderr and out.stdout == ""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00\x00")
    out = run("ingest", str(bad), store=tmp_path / "s2", check=False)
    assert out.returncode == 2 and "x.txt" in out.stderr and "binary" in out.stderr
    env_out = subprocess.run([sys.executable, "-m", "briefing", "sources"], capture_output=True, text=True,
                             env={**os.environ, "BRIEFING_STORE__PATH": str(tmp_path / "s3"), "BRIEFING_RETRIEVE__K": "zero"})
    assert env_out.returncode == 1 and "BRIEFING_RETRIEVE__K" in env_out.stderr and "Traceback" not in env_out.stderr


def test_undecodable_arguments_are_a_usage_error(example_store: Path) -> None:
    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store), "LC_ALL": "C.UTF-8"}
    for args in ([b"ask", b"who won \xff\xfe"], [b"ask", b"who won", b"--source", b"R\xe9T"], [b"brief", b"caf\xe9 talks"], [b"ask", b"who", b"--since", b"20\xff"]):
        out = subprocess.run([sys.executable.encode(), b"-m", b"briefing", *args], env=env, capture_output=True, timeout=120)
        err = out.stderr.decode("utf-8")
        assert out.returncode == 2 and "not valid Unicode" in err and "Traceback" not in err, (args, err)
        assert out.stdout == b""
