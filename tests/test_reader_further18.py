"""Session-18 reader: a further ranked sentence from another article than the lead's joins the answer only when it
scores nearly as high as the lead (assembly.keeps_further, FURTHER_RATIO); one of the lead's own article, and the
further sentences of list, comparison and 'Compare A with B' questions, keep the older bar (MORE_RATIO).

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import assembly
from briefing.assembly import FURTHER_RATIO, MORE_RATIO, keeps_further
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.question import analyse
from .sentences import evidence

LEAD = "Eleven civilians died in the strikes on the outskirts of Karsk, south of Dorn."
SAME = "The army said it was targeting rebel hideouts near Karsk and denied bombing civilians."
OTHER = "The coming battle for Velmar province is expected to be the bloodiest of the war, similar to Dorn in 2016."
BETWEEN = (MORE_RATIO + FURTHER_RATIO) / 2  # a share of the lead's score the older bar lets in and the new one keeps out


class _Originals:
    """The one store read neighbours make: an article's text, to tell adjacent sentences."""

    def __init__(self, *articles: list[str]) -> None:
        self.texts = {f"d{k + 1}": " ".join(a) for k, a in enumerate(articles)}

    def original(self, doc_id: str) -> str:
        return self.texts[doc_id]


def _pool(first: list[str], second: list[str], embedder: object = None) -> EvidencePool:
    return EvidencePool([evidence(first, "d1"), evidence(second, "d2")], embedder=embedder,  # type: ignore[arg-type]
                        store=_Originals(first, second))  # type: ignore[arg-type]


def test_another_articles_sentence_scoring_well_below_the_lead_is_filler() -> None:
    shape = analyse("How many people were killed in the strikes on Dorn?")
    pool = _pool([LEAD, SAME], [OTHER])
    lead = Scored(0, 1.0, 0.6, 0.5)
    assert not keeps_further(shape, pool, Scored(2, BETWEEN, 0.4, 0.5), lead)
    assert keeps_further(shape, pool, Scored(2, FURTHER_RATIO, 0.5, 0.5), lead)


def test_a_sentence_of_the_leads_own_article_keeps_the_older_bar() -> None:
    shape = analyse("How many people were killed in the strikes on Dorn?")
    pool = _pool([LEAD, SAME], [OTHER])
    assert keeps_further(shape, pool, Scored(1, BETWEEN, 0.4, 0.5), Scored(0, 1.0, 0.6, 0.5))


def test_list_comparison_and_compare_instructions_gather_from_several_articles() -> None:
    pool = _pool([LEAD, SAME], [OTHER])
    lead, other = Scored(0, 1.0, 0.6, 0.5), Scored(2, BETWEEN, 0.4, 0.5)
    for question in ("Which countries sent aid to Dorn?",
                     "Which killed more people: the strikes on Karsk or the shelling of Velmar?",
                     "How many civilians died in Karsk? Compare the Dorn Times report with the Velmar Post report."):
        shape = analyse(question)
        assert shape.answer_type in ("list", "comparison") or shape.sides or shape.reports, question
        assert keeps_further(shape, pool, other, lead), question


def test_choose_leaves_another_events_sentence_out_and_keeps_it_with_the_bar_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.assembly import choose
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    pool = _pool([LEAD], [OTHER], get_embedder(Settings()))
    shape = analyse("How many people were killed in the strikes on Dorn?")
    ranked = [Scored(0, 1.0, 0.6, 0.5), Scored(1, BETWEEN, 0.4, 0.5)]
    assert choose(shape, pool, ranked, Settings()) == [0]
    # what the refusal checks read (assembly.read): the answer as chosen before filler is left out
    assert choose(shape, pool, ranked, Settings(), drop_filler=False) == [0, 1]
    monkeypatch.setattr(assembly, "FURTHER_RATIO", MORE_RATIO)
    assert choose(shape, pool, ranked, Settings()) == [0, 1]
