"""Session-11 reader: a misspelt question word, 'per X' as an outlet, and the best match kept beside a typed lead.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.assembly import kept_top
from briefing.candidates import Scored
from briefing.question import analyse, correct_typos, question_word_typo


def test_a_misspelt_opening_question_word_is_corrected_and_is_no_name() -> None:
    vocab = {"worker": 2, "there": 3, "velmar": 1}
    assert question_word_typo("Wich aid worker did the militants free?", vocab) == "Which aid worker did the militants free?"
    assert question_word_typo("whats the name of the envoy", vocab) == "what the name of the envoy"
    assert "wich" not in analyse(correct_typos("Wich aid worker was freed in Velmar?", vocab)).focus


def test_a_real_word_or_an_ambiguous_misspelling_is_kept() -> None:
    vocab = {"there": 3}
    assert question_word_typo("There was a raid on Velmar; who led it?", vocab).startswith("There")  # the evidence writes it
    assert question_word_typo("Hwo many died?", vocab) == "Hwo many died?"  # one edit from both 'who' and 'how'
    assert question_word_typo("Velmar: who led the raid?", vocab).startswith("Velmar")


def test_per_an_outlet_attributes_the_answer() -> None:
    shape = analyse("How many civilians were killed in Velmar, per ZTV?")
    assert shape.outlets == ["ZTV"] and "ztv" not in shape.focus
    assert analyse("How many per cent of Velmar was destroyed?").outlets == []


def test_the_best_match_displaced_by_a_typed_lead_may_still_answer() -> None:
    top, typed, other = Scored(0, 0.93, 0.8, 0.6, typed=False), Scored(2, 0.84, 0.5, 0.2, typed=True), Scored(1, 0.86, 0.6, 0.5, typed=False)
    assert kept_top(top, top, typed)
    assert not kept_top(other, top, typed)  # another untyped sentence is still not added beside a typed lead
    assert not kept_top(top, top, top)  # nothing was displaced
    headline = Scored(0, 0.9, 0.8, 0.6, typed=False, headline=True)
    assert not kept_top(headline, headline, typed)  # a headline never answers beside a body sentence
