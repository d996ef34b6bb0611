"""Session 17: the same sentence stored in two retrieved articles is one answer; the question's names may stand in the
article of either copy (a re-published report whose retrieved passage is the other paragraph)."""
from __future__ import annotations

from briefing.answerability import answer_doc_ids, answer_failure
from types import SimpleNamespace

from briefing.cite import EvidencePool
from briefing.question import analyse
from briefing.types import Chunk, Document, Evidence, Span


def _ev(text: str, doc_id: str) -> Evidence:
    cut = text.index(". ") + 1 if ". " in text else len(text)  # two sentences: one span each
    spans = [Span(start=0, end=cut, orig_start=0, orig_end=cut)] + ([Span(start=cut + 1, end=len(text), orig_start=cut + 1, orig_end=len(text))] if cut < len(text) else [])
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=spans)
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, content_hash=doc_id), score=1.0)


SENTENCE = "Another man and a woman were killed in shelling of the nearby village of Dorvan."
QUESTION = "Which village was hit by shelling that killed a man and a woman near Velmaro?"


def _pool(evidence: list[Evidence]) -> EvidencePool:
    # answer_failure reads sentence texts, neighbours (the stored original) and passages: no embedder needed.
    originals = {e.document.doc_id: e.chunk.text for e in evidence}
    return EvidencePool(evidence, embedder=None, store=SimpleNamespace(original=originals.get))  # type: ignore[arg-type]


def test_a_verbatim_copy_in_another_article_counts_as_the_answers_article() -> None:
    # d1: a re-published copy whose retrieved passage does not name Velmaro; d2: the report that does.
    pool = _pool([
        _ev(f"Rescue workers searched the rubble on Monday. {SENTENCE}", "d1"),
        _ev(f"Five people were killed in raids on Velmaro further north. {SENTENCE}", "d2"),
    ])
    first = next(i for i, s in enumerate(pool.sentences) if s.text == SENTENCE)
    assert pool.doc_id(first) == "d1"
    assert answer_doc_ids(pool, [first]) == {"d1", "d2"}
    assert answer_failure(analyse(QUESTION), pool, [first]) is None


def test_an_article_without_a_copy_still_does_not_state_the_name() -> None:
    pool = _pool([
        _ev(f"Rescue workers searched the rubble on Monday. {SENTENCE}", "d1"),
        _ev("Five people were killed in raids on Velmaro further north.", "d2"),
    ])
    first = next(i for i, s in enumerate(pool.sentences) if s.text == SENTENCE)
    assert answer_doc_ids(pool, [first]) == {"d1"}
    assert "velmaro" in (answer_failure(analyse(QUESTION), pool, [first]) or "")
