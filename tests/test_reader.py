from __future__ import annotations

import json
from pathlib import Path

from briefing.reader import FieldMap, discover, read_file
from briefing.types import Article, Problem


def _read(path: Path, fields: FieldMap | None = None) -> tuple[list[Article], list[Problem]]:
    items = list(read_file(path, fields or FieldMap()))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    p = tmp_path / "note.md"
    p.write_text("---\nid: n1\ntitle: A title\nsource: Wire\ndate: 3 March 2021\n---\nBody text of the note here.\n")
    (a,), problems = _read(p)
    assert (a.doc_id, a.title, a.source, a.published) == ("n1", "A title", "Wire", "2021-03-03")
    assert a.text.startswith("Body text") and not problems


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    body = " ".join(f"Sentence number {i} of the report says the army moved north." for i in range(12))
    p.write_text(f"<html><head><title>Report</title><script>alert('x')</script><style>p{{}}</style></head><body><nav>Home | About</nav><article><p>{body}</p></article></body></html>")
    (a,), _ = _read(p)
    assert "army moved north" in a.text and "alert" not in a.text


def test_records_with_field_mapping(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"uid": "a1", "body": "First article text.", "headline": "H1", "when": "1/2/2017", "outlet": "X"}) + "\n{broken\n"
                 + json.dumps({"uid": "a2", "headline": "no body"}) + "\n")
    arts, problems = _read(p, FieldMap(id="uid", text="body", title="headline", date="when", source="outlet"))
    assert [(a.doc_id, a.title, a.published, a.source) for a in arts] == [("a1", "H1", "2017-01-02", "X")]
    reasons = " | ".join(f"{p.where}: {p.reason}" for p in problems)
    assert "line 2: malformed JSON" in reasons and "feed.jsonl:3" in reasons and "no 'body' field" in reasons


def test_csv_and_json_arrays(tmp_path: Path) -> None:
    c = tmp_path / "a.csv"
    c.write_text('id,text\nx1,"Some text, with a comma."\nx2,\n')
    arts, problems = _read(c, FieldMap(id="id"))
    assert [a.doc_id for a in arts] == ["x1"] and "empty 'text'" in problems[0].reason
    j = tmp_path / "b.json"
    j.write_text(json.dumps([{"text": "One."}, {"text": "Two."}, 3]))
    arts, problems = _read(j)
    assert [a.doc_id for a in arts] == ["b-1", "b-2"] and "not an object" in problems[0].reason


def test_bad_files_are_named_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners said the caf\xe9 reopened in the town. ".encode("cp1252") * 40)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    files, manifests, problems = discover([tmp_path, tmp_path / "missing"])
    out = {f.name: _read(f) for f in files}
    assert "binary" in out["bin.txt"][1][0].reason
    assert "empty" in out["empty.txt"][1][0].reason
    latin_articles, latin_notes = out["latin.txt"]
    assert latin_articles and "café" in latin_articles[0].text and "Windows-1252" in latin_notes[0].reason
    reasons = {Path(p.where).name: p.reason for p in problems}
    assert "unsupported" in reasons["image.png"] and "no such file" in reasons["missing"]


def test_symlink_loops_are_reported(tmp_path: Path) -> None:
    sub = tmp_path / "a"
    sub.mkdir()
    (sub / "doc.txt").write_text("A document in a folder.")
    (sub / "loop").symlink_to(tmp_path)
    files, _, problems = discover([tmp_path])
    assert [f.name for f in files] == ["doc.txt"]
    assert any("loop" in p.reason for p in problems)
