"""Hostile inputs, generated here: each is skipped with a line naming it and the reason; good files beside them ingest."""
from __future__ import annotations

import codecs
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


def _round2_tree(root: Path) -> dict[str, str]:
    """Round-2 hostile inputs -> words their reason must contain ('' for files that must ingest)."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> None:
        (root / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = reason

    put("good.txt", GOOD, "")
    put("deep.json", "[" * 50_000 + "]" * 50_000, "nested too deeply")
    put("deep.jsonl", json.dumps({"text": "A fine record about the ferry timetable changing in the autumn."}) + "\n" + "{\"text\": " + "[" * 5000 + "]" * 5000 + "}\n", "nested too deeply")
    put("bigint.jsonl", json.dumps({"id": "big", "text": "The port handled a record tonnage of grain this year."}).replace('"big"', "1" * 5000) + "\n"
        + json.dumps({"text": "1" * 0 + "A second record about the bridge tolls going up in spring."}) + "\n"
        + '{"text": ' + "9" * 5000 + "}\n", "a number, not text")
    put("types.jsonl", "\n".join(json.dumps(r) for r in (
        {"id": "t-list", "text": ["A", "list"]}, {"id": "t-dict", "text": {"a": 1}}, {"id": "t-num", "text": 42},
        {"id": "t-ok", "text": "The library extended its opening hours to eight in the evening.", "title": ["not", "a", "title"], "url": "javascript:alert(1)"},
        {"id": "t-long", "text": "The market square was repaved with granite from the local quarry.", "title": "T" * 5000, "source": "S" * 1000},
        {"id": "t-nul", "text": "The tram\u0000 line was extended to the\u0000 hospital.", "title": "Tram\u0000 news", "source": "Wire\u001b[2J"},
    )) + "\n", "is a list, not text")
    put("bomb.md", "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: *f\n---\nThe body of a note that should not be read.\n", "aliases")
    put("deep-yaml.md", "---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\nBody text here.\n", "nested too deeply")
    put("huge-front.md", "---\ntitle: x\nnotes: " + "y" * 100_000 + "\n---\nBody text here.\n", "front matter")
    put("utf16.txt", "The ministry published its annual budget review on Friday morning.".encode("utf-16"), "")
    put("utf16be.txt", codecs.BOM_UTF16_BE + "The town council approved a new cycle lane along the river.".encode("utf-16-be"), "")
    put("utf32.txt", "The weather service issued a warning for heavy snow in the hills.".encode("utf-32"), "")
    put("semicolon.csv", "id;title;text\ns1;Semi;The harbour master reported calm seas for the regatta.\n", "")
    put("tabbed.csv", "id\ttitle\ttext\nt1\tTabbed\tThe school opened a new science wing with three laboratories.\n", "")
    put("wrongfield.csv", "id;headline;body\nw1;Head;Some body text here about the river.\n", "semicolon-delimited")
    put("late-nul.txt", "The orchestra announced its winter season. " * 300 + "\u0000\u0000 The opening concert sold out.", "")
    return expect


def test_round2_hostile_inputs_skip_with_a_reason_and_good_files_ingest(tmp_path: Path) -> None:
    expect = _round2_tree(tmp_path / "in")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    c = Corpus(Settings(store={"path": tmp_path / "store"}))
    report = c.ingest([tmp_path / "in", fifo])
    problems: dict[str, str] = {}
    for p in report.problems:
        name = Path(p.where.split(":")[0]).name
        problems[name] = problems.get(name, "") + " | " + p.reason
    for name, reason in expect.items():
        if reason:
            assert name in problems and reason in problems[name], (name, problems.get(name))
    assert "FIFO" in problems["pipe.txt"]
    docs = {d.doc_id: d for d in c.sources()}
    assert {"good", "utf16", "utf16be", "utf32", "s1", "t1", "t-ok", "t-long", "t-nul", "late-nul", "deep-1"} <= set(docs), sorted(docs)
    assert "bomb" not in docs and "huge-front" not in docs and not {"t-list", "t-dict", "t-num"} & set(docs)
    assert "bigint-3" not in docs and "bigint-2" in docs  # the good record beside the 5,000-digit number is stored
    assert "1" * 5000 not in docs  # a 5,000-digit id is refused as an id
    assert "budget review" in c.show("utf16")[1] and "snow" in c.show("utf32")[1]
    assert docs["s1"].title == "Semi" and docs["t1"].title == "Tabbed"
    assert docs["t-ok"].title is None and docs["t-ok"].url is None
    assert "field 'title' is a list" in problems["types.jsonl"] and "not an http(s) address" in problems["types.jsonl"]
    assert len(docs["t-long"].title or "") == 500 and len(docs["t-long"].source or "") == 200 and "cut to 500" in problems["types.jsonl"]
    assert docs["t-nul"].title == "Tram news" and docs["t-nul"].source == "Wire" and "\x00" not in c.show("t-nul")[1]
    assert "\x00" not in c.show("late-nul")[1] and "NUL bytes removed" in problems["late-nul.txt"]
