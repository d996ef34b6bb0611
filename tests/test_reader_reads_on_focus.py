"""Session-17 reader: a best sentence that states the question's names but not the asked answer introduces it, and the
next sentence of its article joins (assembly.READ_ON_FOCUS, states_focus); the best-matching sentence that a typed one
displaced is read on from too.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import assembly
from briefing.assembly import READ_ON_COVERAGE, reads_on, states_focus
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.question import analyse
from .sentences import evidence

QUESTION = "Which outfit came out of nowhere to snap up Velmar Oil's crown jewel at the Dorn sale?"
LEAD = "A little-known company has bought the main production unit of Velmar Oil at auction in Dorn."
ANSWER = "Tarn Holdings outbid the favourite, the state gas firm, to buy the unit."
AFTER = "Officials in Dorn declined to comment."
FEW_WORDS = READ_ON_COVERAGE / 5  # a paraphrase: the lead states few of the question's words


class _Originals:
    """The one store read neighbours make: an article's text, to tell adjacent sentences."""

    def __init__(self, *articles: list[str]) -> None:
        self.texts = {f"d{k + 1}": " ".join(a) for k, a in enumerate(articles)}

    def original(self, doc_id: str) -> str:
        return self.texts[doc_id]


def _pool(sentences: list[str]) -> EvidencePool:
    return EvidencePool([evidence(sentences, "d1")], embedder=None, store=_Originals(sentences))  # type: ignore[arg-type]


def test_a_sentence_states_the_focus_when_it_names_every_name_the_question_asks_about() -> None:
    shape = analyse(QUESTION)
    assert shape.focus
    assert states_focus(shape, LEAD)
    assert not states_focus(shape, "A little-known company has bought the main production unit at auction.")
    assert not states_focus(shape, ANSWER)


def test_a_question_naming_nothing_has_no_focus_to_state() -> None:
    shape = analyse("what happened at the auction yesterday?")
    assert not shape.focus
    assert not states_focus(shape, "A little-known company has bought the unit at auction yesterday.")


def test_a_lead_stating_the_names_but_not_the_asked_answer_is_read_on() -> None:
    shape = analyse(QUESTION)
    assert reads_on(shape, _pool([LEAD, ANSWER, AFTER]), Scored(0, 0.8, 0.55, FEW_WORDS)) == 1


def test_without_the_switch_a_paraphrasing_lead_is_not_read_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assembly, "READ_ON_FOCUS", False)
    assert reads_on(analyse(QUESTION), _pool([LEAD, ANSWER, AFTER]), Scored(0, 0.8, 0.55, FEW_WORDS)) is None


def test_a_lead_missing_one_of_the_names_is_not_read_on() -> None:
    shape = analyse(QUESTION)
    lead = "A little-known company has bought the main production unit at auction in Dorn."
    assert reads_on(shape, _pool([lead, ANSWER, AFTER]), Scored(0, 0.8, 0.55, FEW_WORDS)) is None


def test_a_lead_that_gives_the_asked_answer_is_not_read_on() -> None:
    # 'How many ...': the lead counts the asked noun; it answers, whatever names it states.
    shape = analyse("How many bidders turned up at the Velmar Oil auction in Dorn?")
    lead = "Four bidders turned up at the Velmar Oil auction in Dorn on Sunday."
    assert reads_on(shape, _pool([lead, AFTER]), Scored(0, 0.8, 0.55, FEW_WORDS)) is None


def test_the_displaced_best_match_is_read_on_from() -> None:
    from briefing.assembly import choose
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    quote = ['"You cannot sue the Velmar government," said Jane Roe, a strategist at Dorn Securities.',
             '"The Velmar government has sovereign immunity."']
    other = ["Tarn's lawyers will try to freeze the buyer's assets after the Velmar government ignored a court order."]
    pool = EvidencePool([evidence(quote, "d1"), evidence(other, "d2")], embedder=get_embedder(Settings()),
                        store=_Originals(quote, other))  # type: ignore[arg-type]
    shape = analyse("why can't Tarn sue the Velmar government according to Jane Roe")
    assert shape.answer_type == "reason"
    # The quote matches best but gives no reason; the typed sentence of the other article leads (choose's type preference).
    ranked = [Scored(0, 1.0, 0.78, 0.71, typed=False), Scored(2, 0.93, 0.63, 0.23, typed=True), Scored(1, 0.58, 0.5, 0.18, typed=False)]
    chosen = choose(shape, pool, ranked, Settings())
    assert chosen[0] == 2
    assert 1 in chosen


def test_a_read_on_sentence_the_ranking_shows_already_adds_no_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.assembly import choose
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    article = [LEAD, "The buyer paid 9 billion for the unit.", AFTER]
    other = ["Velmar Oil's shares fell in Dorn after the auction.", "Velmar Oil said it would appeal against the sale in Dorn."]
    pool = EvidencePool([evidence(article, "d1"), evidence(other, "d2")], embedder=get_embedder(Settings()),
                        store=_Originals(article, other))  # type: ignore[arg-type]
    shape = analyse("Why was Velmar Oil's main production unit sold at the Dorn auction?")
    # The lead's next sentence ranks second: the ranking shows it, so reading on changes nothing (no fourth sentence).
    ranked = [Scored(0, 1.0, 0.6, FEW_WORDS, typed=False), Scored(1, 0.95, 0.6, FEW_WORDS, typed=False),
              Scored(3, 0.9, 0.6, FEW_WORDS, typed=False), Scored(4, 0.85, 0.6, FEW_WORDS, typed=False)]
    assert reads_on(shape, pool, ranked[0]) == 1  # the lead states the names and no reason: it is read on
    on = choose(shape, pool, ranked, Settings())
    monkeypatch.setattr(assembly, "READ_ON_FOCUS", False)
    assert on == choose(shape, pool, ranked, Settings())
    assert 1 in on and 4 not in on
