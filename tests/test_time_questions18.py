"""Session 18: 'How long ago ...' asks WHEN something happened, not for how long (issue 9, time questions).

question._TYPES read 'how long' as a duration (quantity) even before 'ago', so a sentence dating the event carried no
answer of the asked type and the figure check refused ('no passage gives an amount that answers it'); measures.asked_kind
already read 'how long ago' as no duration. Plain sentences, made-up names.
"""
from __future__ import annotations

from briefing.answerability import evidence_failures
from briefing.candidates import Scored, carries_type
from briefing.measures import asked_kind
from briefing.question import analyse

from .test_slots_fill10 import _pool  # a real EvidencePool over plain sentences


def _ranked(texts: list[str], question: str) -> list[Scored]:
    shape = analyse(question)
    return [Scored(index=i, score=1.0 - 0.01 * i, similarity=0.7, coverage=0.5, typed=carries_type(t, shape)) for i, t in enumerate(texts)]


def test_how_long_ago_is_a_date_question_and_how_long_a_duration() -> None:
    assert analyse("How long ago did Velmar and Dorn ink their partnership?").answer_type == "date"
    assert analyse("how long ago was the Korvath bridge reopened").answer_type == "date"
    assert analyse("How long did the siege of Dorn last?").answer_type == "quantity"
    assert analyse("How long is the Korvath bridge?").answer_type == "quantity"
    assert asked_kind("How long ago did Velmar and Dorn ink their partnership?") != "duration"  # the two readings agree
    assert asked_kind("How long did the siege of Dorn last?") == "duration"


def test_a_how_long_ago_question_answered_by_a_dated_sentence_is_not_refused_for_want_of_an_amount() -> None:
    question = "How long ago did Velmar and Dorn ink their partnership?"
    texts = ["Last September, Velmar and Dorn inked a partnership deal, pledging to work together."]
    pool = _pool(texts)
    assert carries_type(texts[0], analyse(question))  # the month dates the event: an answer of the asked type
    assert [k for k, _ in evidence_failures(analyse(question), pool.evidence, pool, _ranked(texts, question))] == []


def test_a_duration_question_answered_only_by_a_date_is_still_refused() -> None:
    question = "How long did the siege of Dorn last?"
    texts = ["The siege of Dorn by Velmar forces began last September."]
    pool = _pool(texts)
    assert [k for k, _ in evidence_failures(analyse(question), pool.evidence, pool, _ranked(texts, question))] == ["figure"]
