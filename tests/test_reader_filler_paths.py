"""Session-18 reader (second round): the read-on and article-answer paths read a count of a kind of people as a count
of people, and no time word as a reason.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import assembly
from briefing.assembly import answer_spans, article_answer, reads_on, reason_spans
from briefing.candidates import Scored, counts_kind
from briefing.cite import EvidencePool
from briefing.lexical import names
from briefing.question import analyse
from .sentences import evidence


class _Originals:
    """The one store read neighbours make: an article's text, to tell adjacent sentences."""

    def __init__(self, sentences: list[str]) -> None:
        self.text = " ".join(sentences)

    def original(self, doc_id: str) -> str:
        return self.text


def test_a_count_of_a_kind_of_people_counts_people() -> None:
    assert counts_kind("11 civilians are believed to have died in the strikes.", "people")
    assert counts_kind("Two soldiers and a child were killed.", "people")
    assert counts_kind("At least 40 people were hurt.", "people")
    # Only a generic asked noun takes its kinds: 'How many children' is not answered by a count of soldiers.
    assert not counts_kind("Two soldiers were killed.", "children")
    # A count of things is no count of people.
    assert not counts_kind("Eleven buildings collapsed in Velmar.", "people")


def test_the_lead_counting_a_kind_of_people_states_the_asked_count(monkeypatch: pytest.MonkeyPatch) -> None:
    shape = analyse("How many people were killed in the attack on Velmar?")
    lead = "11 civilians are believed to have died in the strikes on the outskirts of Velmar."
    assert answer_spans(lead, shape, set(names(shape.text)), lead=True) == {"11"}
    # Another sentence to be added must still count the asked noun itself.
    assert answer_spans(lead, shape, set(names(shape.text))) == set()
    monkeypatch.setattr(assembly, "LEAD_KINDS", False)
    assert answer_spans(lead, shape, set(names(shape.text)), lead=True) == set()


def test_no_sentence_is_read_on_after_a_lead_counting_a_kind_of_people(monkeypatch: pytest.MonkeyPatch) -> None:
    shape = analyse("How many people were killed in the attack on Velmar?")
    text = [
        "Eleven civilians were killed in the attack on Velmar, the monitor said.",
        "This is the first time since the start of the war that the army has lost control of the city of Velmar.",
    ]
    pool = EvidencePool([evidence(text, "d1")], embedder=None, store=_Originals(text))  # type: ignore[arg-type]
    assert reads_on(shape, pool, Scored(0, 1.4, 0.8, 1.0)) is None
    monkeypatch.setattr(assembly, "LEAD_KINDS", False)
    assert reads_on(shape, pool, Scored(0, 1.4, 0.8, 1.0)) == 1  # main before: the lead 'did not count people'


def test_a_time_word_is_no_reason_for_a_sentence_to_be_added() -> None:
    text = "At one point the army had lost half the country but, following the intervention in 2015, it took back most cities."
    assert reason_spans(text) == {"following"}
    assert reason_spans(text, strict=True) == set()
    assert reason_spans("The firm closed the plant because demand fell.", strict=True) == {"because"}
    assert reason_spans("The talks stalled after the vote, in retaliation for the sanctions.", strict=True) == {"in retaliation"}


def test_the_best_articles_time_word_sentence_does_not_join_a_why_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    shape = analyse("Why did Ostria back the Velmar opposition?")
    text = [
        "Ostria has backed the Velmar opposition for years.",
        "Aid workers said the roads were closed.",
        "Following the intervention of Dorn in 2015, the army took back most of the Velmar cities.",
    ]
    pool = EvidencePool([evidence(text, "d1")], embedder=None, store=None)  # type: ignore[arg-type]
    at = {s.text: i for i, s in enumerate(pool.sentences)}
    ranked = [Scored(at[text[0]], 0.9, 0.7, 0.5), Scored(at[text[2]], 0.6, 0.5, 0.3)]
    assert article_answer(shape, pool, ranked, ranked[0]) is None
    monkeypatch.setattr(assembly, "STRICT_REASON", False)
    assert article_answer(shape, pool, ranked, ranked[0]) == at[text[2]]
    # A sentence with a reason marker still joins.
    monkeypatch.setattr(assembly, "STRICT_REASON", True)
    reason = text[:2] + ["Ostria backed the opposition because it feared the Dorn army on its border."]
    pool = EvidencePool([evidence(reason, "d1")], embedder=None, store=None)  # type: ignore[arg-type]
    ranked = [Scored(0, 0.9, 0.7, 0.5), Scored(2, 0.6, 0.5, 0.3)]
    assert article_answer(shape, pool, ranked, ranked[0]) == 2
