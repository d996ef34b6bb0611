"""Session-15 reader: a best sentence that only restates the question is completed by the next sentence of its article.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import assembly
from briefing.assembly import READ_ON_COVERAGE, reads_on
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.question import analyse
from .sentences import evidence

ECHO = "A little-known company has bought the main production unit of Velmar Oil at auction in Dorn."
ANSWER = "Tarn Holdings outbid the favourite, the state gas firm, to buy the unit."
AFTER = "Officials in Dorn declined to comment."


class _Originals:
    """The one store read neighbours make: an article's text, to tell adjacent sentences."""

    def __init__(self, sentences: list[str]) -> None:
        self.text = " ".join(sentences)

    def original(self, doc_id: str) -> str:
        return self.text


def _pool(sentences: list[str] | None = None) -> EvidencePool:
    sentences = sentences or [ECHO, ANSWER, AFTER]
    return EvidencePool([evidence(sentences, "d1")], embedder=None, store=_Originals(sentences))  # type: ignore[arg-type]


def test_the_next_sentence_completes_a_best_sentence_that_restates_the_question() -> None:
    shape = analyse("Which little-known company bought Velmar Oil's main production unit at the Dorn auction?")
    pool = _pool()
    assert reads_on(shape, pool, Scored(0, 1.4, 0.8, 1.0)) == 1


def test_a_best_sentence_stating_few_of_the_questions_words_is_no_restatement(monkeypatch: pytest.MonkeyPatch) -> None:
    # The coverage rule alone (session 17's READ_ON_FOCUS off: it reads on from a lead stating the names, see
    # test_reader_reads_on_focus.py).
    monkeypatch.setattr(assembly, "READ_ON_FOCUS", False)
    shape = analyse("Which little-known company bought Velmar Oil's main production unit at the Dorn auction?")
    assert reads_on(shape, _pool(), Scored(0, 1.0, 0.6, READ_ON_COVERAGE - 0.1)) is None


def test_a_best_sentence_that_states_the_asked_span_is_an_answer() -> None:
    # 'How many ...': the best sentence gives a count of the asked noun: nothing to read on for.
    shape = analyse("How many bidders turned up at the Dorn auction?")
    assert reads_on(shape, _pool(["Four bidders turned up at the Dorn auction on Sunday.", AFTER]), Scored(0, 1.4, 0.8, 1.0)) is None
    # Without the count it restates the question and the next sentence is read.
    assert reads_on(shape, _pool(["Bidders turned up at the Dorn auction on Sunday.", "There were four of them."]), Scored(0, 1.4, 0.8, 1.0)) == 1


def test_the_last_sentence_has_no_next_one() -> None:
    shape = analyse("Why did officials in Dorn decline to comment?")
    pool = _pool()
    assert reads_on(shape, pool, Scored(2, 1.4, 0.8, 1.0)) is None  # the previous sentence is not read on to
