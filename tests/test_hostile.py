"""Hostile inputs, generated here: each is skipped with a line naming it and the reason; good files beside them ingest."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import Corpus, Settings

GOOD = "The council met on Tuesday and agreed to reopen the northern bridge to traffic after repairs."


def _hostile_tree(root: Path) -> dict[str, str]:
    """Files -> the words the skip reason must contain ('' for files that must ingest)."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> None:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = reason

    put("good.txt", GOOD, "")
    put("binary.txt", bytes(range(256)) * 40, "binary")
    put("empty.txt", b"", "empty")
    put("blank.md", b"   \n\n  ", "empty")
    put("invalid-utf8.txt", b"\xff\xfe\xfa" * 4000 + b"\x81\x8d\x8f\x90\x9d" * 2000, "not")
    put("mojibake.txt", "The minister said: \u00e2\u20ac\u0153We will rebuild the port.\u00e2\u20ac\u009d The port reopened in May.", "")
    put("bad.jsonl", '{"text": "A valid record about the harbour reopening in the spring."}\n{"text": \n[1, 2]\n', "malformed")
    put("bad.csv", 'id,text\n1,"An unterminated quote field that runs on\n2,ok\n', "")
    put("page.html", "<html><head><script>document.write('pwned')</script><style>body{}</style></head><body><article><p>"
        + " ".join(["The mayor opened the new clinic in the old quarter on Monday."] * 6) + "</p></article><script>alert(1)</script></body></html>", "")
    put("script-only.html", "<html><body><script>var x = 1;</script></body></html>", "no article text")
    put("weird.bin", b"\x00\x01", "unsupported")
    put("/".join(f"d{i}" for i in range(40)) + "/deep.txt", "A deeply nested note says the road was closed for three days in winter.", "")
    put("dups.csv", "id,text\n7,First text about the river.\n7,Second different text about the mountain pass.\n", "")
    big = root / "huge.txt"
    with big.open("wb") as fh:
        line = (b"This line repeats to make a fifty megabyte file that is not one article. " * 20) + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    expect["huge.txt"] = "limit"
    (root / "loop").symlink_to(root)
    (root / "dangling.txt").symlink_to(root / "missing-target.txt")
    expect["dangling.txt"] = "not a regular file"
    return expect


def test_hostile_inputs_are_named_skipped_and_good_files_ingest(tmp_path: Path) -> None:
    expect = _hostile_tree(tmp_path / "in")
    c = Corpus(Settings(store={"path": tmp_path / "store"}))
    report = c.ingest([tmp_path / "in"])
    problems: dict[str, str] = {}
    for p in report.problems:
        name = Path(p.where.split(":")[0]).name
        problems[name] = problems.get(name, "") + " | " + p.reason
    for name, reason in expect.items():
        base = Path(name).name
        if reason:
            assert base in problems, f"{name} was not reported"
            assert reason in problems[base].lower() or reason in problems[base], (name, problems[base])
    assert any("loop" in p.reason for p in report.problems)
    ids = {d.doc_id for d in c.sources()}
    assert {"good", "mojibake", "page", "deep", "bad-1"} <= ids
    assert {"7", "7.2"} <= ids  # the same id with two texts is kept apart
    assert "binary" not in ids and "huge" not in ids and "script-only" not in ids
    page = c.show("page")[1]
    assert "pwned" not in page and "alert" not in page
    assert "“We will rebuild the port.”" in " ".join(ch.text for ch in c.show("mojibake")[2])
    assert report.skipped >= 8


@pytest.mark.slow
def test_cli_exit_status_says_something_failed(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(GOOD)
    env = {**os.environ, "BRIEFING_STORE__PATH": str(tmp_path / "store")}
    ok = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(root), "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["new"] == 1
    (root / "bad.txt").write_bytes(b"\x00" * 10)
    bad = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(root)], env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "bad.txt" in bad.stderr and "binary" in bad.stderr and "1 unchanged" in bad.stderr
