from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from briefing import Brief, Corpus

from .conftest import EXAMPLES, ROOT, TOPIC


@pytest.fixture(scope="module")
def brief(example_store: Path) -> Brief:
    from briefing import Settings

    return Corpus(Settings(store={"path": example_store})).brief(TOPIC)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def test_brief_has_every_section(brief: Brief) -> None:
    md = brief.markdown
    for heading in ("# Brief:", "## Bottom line", "## Key actors", "| Actor | Backs | Form of support | Evidence | Latest development |", "## Timeline", "## Conflicting reports", "## Sources", "## Quotes"):
        assert heading in md
    assert brief.as_of == "2024-12-02" and "As of 2024-12-02" in md
    bottom = [s for s in brief.sentences if s.section == "bottom line"]
    assert 2 <= len(bottom) <= 4


def test_no_sentence_is_repeated(brief: Brief) -> None:
    counts = Counter(_norm(s.text) for s in brief.sentences)
    assert max(counts.values()) == 1, counts.most_common(3)


def test_rewrite_is_counted_once(brief: Brief) -> None:
    assert "5 articles, 4 independent sources" in brief.markdown
    assert brief.independent_sources == 4
    sources = brief.markdown.split("## Sources")[1].split("## Quotes")[0]
    assert re.search(r"near-duplicate, not counted again: .*001_", sources)


def test_markers_are_source_numbers(brief: Brief) -> None:
    numbered = {int(n): doc for n, doc in re.findall(r"^(\d+)\. .*doc `([^`]+)`", brief.markdown.split("## Sources")[1], re.M)}
    for s in brief.sentences:
        for q in s.quotes:
            assert numbered[q.source] == q.doc_id or q.doc_id.startswith("001")
            assert _norm(q.quote) in _norm((EXAMPLES / f"{q.doc_id}.txt").read_text(encoding="utf-8"))


def test_one_actor_per_party(brief: Brief) -> None:
    rows = re.findall(r"^\| ([^|]+) \| [^|]+ \| [^|]+ \|", brief.markdown, re.M)
    actors = [r.strip() for r in rows if r.strip() not in {"Actor", "---"}]
    assert "Beijing" not in actors and "China" in actors
    assert len(actors) == len(set(actors))


def test_turkey_is_shown_backing_the_rebels(brief: Brief) -> None:
    opponents = brief.markdown.split("opponents**")[1].split("**Other")[0]
    row = next(line for line in opponents.splitlines() if line.startswith("| Turkey |"))
    assert re.search(r"Turkey-backed rebels|supported by Turkey|opposition-supporter Turkey", row)
    subject = brief.markdown.split("**Backers of Assad**")[1].split("opponents**")[0]
    assert "| Russia |" in subject and "| Iran |" in subject


def test_old_op_ed_is_dated(brief: Brief) -> None:
    for line in brief.markdown.split("## Sources")[0].splitlines():
        ids = {int(i) for i in re.findall(r"(?<!\\)\[(\d+)\]", line)}
        old = {s.number for s in brief.sources if s.doc_id.startswith("004")}
        if ids & old:  # any line citing it, a table row citing it beside newer reports too
            assert "2018" in line, line


def test_no_headline_as_sentence(brief: Brief) -> None:
    titles = {_norm(c.title or "") for c in brief.citations}
    assert not [s.text for s in brief.sentences if _norm(s.text) in titles]


def test_every_brief_sentence_was_checked(brief: Brief) -> None:
    assert brief.support.checked >= len(brief.sentences) > 8
    assert brief.support.supported + brief.support.repaired == len(brief.sentences)


def test_no_actor_or_place_is_named_in_the_code() -> None:
    names = re.compile(r"\b(Syria|Syrian|Assad|Damascus|Russia|Iran|China|Hezbollah|Turkey|Egypt|Iraq|Aleppo|Idlib|Beijing|Moscow|Kremlin)\b")
    for path in (ROOT / "briefing").glob("*.py"):
        assert not names.search(path.read_text()), path.name
    for path in (ROOT / "prompts").glob("*.md"):
        assert not names.search(path.read_text()), path.name


def test_planted_future_date_is_reported_not_used_for_as_of(writable_corpus: Corpus, tmp_path: Path) -> None:
    planted = tmp_path / "planted"
    planted.mkdir()
    (planted / "future.md").write_text(
        "---\ntitle: Envoy report\ndate: 9999-12-31\nsource: planted\n---\n"
        "China has expressed strong support for the Assad government, the envoy said on Monday. "
        "Beijing will send advisers to help the Assad government, officials said.\n",
        encoding="utf-8",
    )
    writable_corpus.ingest([planted])
    b = writable_corpus.brief(TOPIC)
    assert b.as_of == "2024-12-02" and "9999" not in b.markdown.split("\n")[2]
    assert any("9999-12-31" in n and "as of" in n for n in b.notes)
    timeline = b.markdown.split("## Timeline")[1].split("## Conflicting")[0]
    assert "9999" not in timeline
