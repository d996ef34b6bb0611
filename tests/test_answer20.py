"""Session-20 reader: the further sentences of a multi-part answer (assembly.DEFER_SIDE, assembly.FOCUS_SLACK, on_focus).

A list or comparison passes over a second sentence of the best one's article to keep a slot for another article's side;
once another article has joined, that sentence is taken in its rank order. A question asking for parts and naming three
things or more is answered in part by articles that state all but one of them: such an article may give a further
sentence.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import assembly
from briefing.assembly import asks_parts, choose, on_focus
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.question import analyse
from briefing.settings import Settings
from .sentences import evidence

MANY_NAMES = "After the Dorn unit of Velmar Oil was sold, which Tarn firm bought the buyer, and what share of Ostria's output will it hold?"
TWO_NAMES = "Which firm bought the Dorn unit of Velmar Oil?"
ONE_ASK = "Which Tarn firm bought the Dorn unit of Velmar Oil from Ostria's government?"


class _Originals:
    """The one store read neighbours make: an article's text, to tell adjacent sentences."""

    def __init__(self, *articles: list[str]) -> None:
        self.texts = {f"d{k + 1}": " ".join(a) for k, a in enumerate(articles)}

    def original(self, doc_id: str) -> str:
        return self.texts[doc_id]


def _focus(shape, stated: int) -> float:
    return stated / len(shape.focus)


def test_a_question_naming_three_things_or_more_has_as_many_focus_names() -> None:
    assert len(analyse(MANY_NAMES).focus) >= assembly.FOCUS_MANY
    assert len(analyse(TWO_NAMES).focus) < assembly.FOCUS_MANY


def test_an_article_missing_one_of_many_names_may_give_a_further_sentence() -> None:
    shape = analyse(MANY_NAMES)
    n = len(shape.focus)
    best = Scored(0, 1.0, 0.6, 0.3, focus=1.0)
    assert on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=_focus(shape, n - 1)), best)
    assert not on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=_focus(shape, n - 2)), best)


def test_a_question_asks_for_parts_by_two_question_words_a_list_a_comparison_or_a_compare_instruction() -> None:
    assert asks_parts(analyse(MANY_NAMES))
    assert asks_parts(analyse("How big was the Velmar Oil tax bill? Compare the Dorn story with the Tarn story."))
    assert asks_parts(analyse("Which villages did the army take in Ostria?"))
    assert not asks_parts(analyse(ONE_ASK))


def test_a_single_ask_naming_many_things_keeps_further_sentences_on_articles_stating_them_all() -> None:
    shape = analyse(ONE_ASK)
    n = len(shape.focus)
    assert n >= assembly.FOCUS_MANY
    assert not on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=_focus(shape, n - 1)), Scored(0, 1.0, 0.6, 0.3, focus=1.0))


def test_without_the_switch_an_article_missing_a_name_gives_no_further_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assembly, "FOCUS_SLACK", False)
    shape = analyse(MANY_NAMES)
    n = len(shape.focus)
    assert not on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=_focus(shape, n - 1)), Scored(0, 1.0, 0.6, 0.3, focus=1.0))


def test_a_question_naming_two_things_keeps_further_sentences_on_articles_stating_both() -> None:
    shape = analyse(TWO_NAMES)
    best = Scored(0, 1.0, 0.6, 0.3, focus=1.0)
    assert not on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=0.5), best)
    assert on_focus(shape, Scored(1, 0.9, 0.6, 0.3, focus=1.0), best)


LIST = "Which villages did the army take in Ostria?"
HOME = ["The army took the villages of Karsk and Lome in Ostria on Monday, the defence ministry said.",
        "Its soldiers entered the last of them at dawn after a night of shelling."]
OTHERS = [["Aid workers counted hundreds of families fleeing the fighting near Dorn."],
          ["The foreign minister of Tarn called for talks between both sides."],
          ["Schools in the capital of Ruritania stayed closed for a week."]]


def _compare_pool() -> EvidencePool:
    from briefing.embed import get_embedder

    articles = [HOME, *OTHERS]
    return EvidencePool([evidence(a, f"d{k + 1}") for k, a in enumerate(articles)], embedder=get_embedder(Settings()),
                        store=_Originals(*articles))  # type: ignore[arg-type]


# Ranked: the best article's two sentences first, then one sentence of each other article.
_RANKED = [Scored(0, 1.0, 0.7, 0.5), Scored(1, 0.95, 0.7, 0.4), Scored(2, 0.9, 0.5, 0.3), Scored(3, 0.85, 0.5, 0.3),
           Scored(4, 0.8, 0.5, 0.3)]


def test_a_same_article_side_passed_over_for_another_article_is_taken_once_that_article_joined() -> None:
    shape = analyse(LIST)
    assert shape.answer_type == "list"
    chosen = choose(shape, _compare_pool(), _RANKED, Settings())
    assert chosen[:2] == [0, 2]  # the other article's sentence takes the kept slot first
    assert 1 in chosen and 4 not in chosen  # then the passed-over sentence, before a lower-ranked third article's


def test_without_the_switch_a_passed_over_sentence_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assembly, "DEFER_SIDE", False)
    chosen = choose(analyse(LIST), _compare_pool(), _RANKED, Settings())
    assert chosen[:2] == [0, 2]
    assert 1 not in chosen and 4 in chosen
