"""The verifier's matching layer, one sentence at a time: what makes a true claim meet its evidence
(number words, acronyms, a hedge on the wrong sentence of a pair, a place named by 'the country',
a sentence pointing back with 'these') and, for each, the false claim it must still reject."""
from __future__ import annotations

import pytest

from briefing.claims import decompose, directions, quantities
from briefing.relations import extract
from briefing.verify import (
    check_binding,
    check_hedge,
    check_numbers,
    expands,
    hedge_unit,
    judge,
    place_reference,
    stated,
    states_number,
)


# ---- acronyms stated by the name they stand for ----------------------------------------------


@pytest.mark.parametrize(
    "term, text, expected",
    [
        ("ZDF", "after taking the village from the Zendan Democratic Forces.", True),
        ("ZOHR", "the Zendan Observatory for Human Rights said.", True),
        ("ZDF", "US-backed Zendan Democratic Forces took the town.", True),
        ("ZDF", "the Zendan Liberation Army took the town.", False),
        ("UK", "Umm Kalaf was shelled.", False),  # two letters: too many runs spell them
    ],
)
def test_expands(term: str, text: str, expected: bool) -> None:
    assert expands(term, text) is expected
    assert stated(term.lower(), text) is expected


# ---- numbers written in words ---------------------------------------------------------------


def test_states_number_in_words() -> None:
    assert states_number("92", "Ninety-two civilians were killed on Saturday.")
    assert states_number("5000", "some 5,000 people fled")
    assert not states_number("93", "Ninety-two civilians were killed on Saturday.")


def test_binding_reads_number_words() -> None:
    claim = decompose("Official Jan Roe said 92 civilians were killed and 273 injured on Saturday in Alphaville.")
    ev = ["Ninety-two civilians were killed and 273 others injured Saturday in Alphaville, an official said.",
          "Speaking to reporters Jan Roe said the warplanes targeted six districts."]
    assert check_binding(claim, ev) == []
    wrong = decompose("Official Jan Roe said 93 civilians were killed on Saturday in Alphaville.")
    assert check_binding(wrong, ev)


def test_more_than_a_number_word_is_an_amount() -> None:
    assert directions("Some estimates put the number of fighters at more than forty thousand.") == set()
    assert directions("The number of fighters grew.") == {"up"}


# ---- a sentence that points back with 'these' ------------------------------------------------


def test_demonstrative_binds_count_and_place_of_two_sentences() -> None:
    ev = ["At least 15 civilians were killed in fresh air strikes on Thursday morning.",
          "These civilians were targeted in the town of Betaville, the monitor said."]
    assert check_binding(decompose("Air strikes on the town of Betaville killed at least 15 civilians on Thursday."), ev) == []
    # without the pointer the two sentences are two facts: a count of one and a place of the other do not bind
    ev2 = [ev[0], "Two soldiers were targeted in the town of Betaville, the monitor said."]
    assert check_binding(decompose("Air strikes on the town of Betaville killed at least 15 civilians on Thursday."), ev2)


# ---- a hedge in the other sentence of a pair -------------------------------------------------


def test_hedge_unit_keeps_the_core_sentence() -> None:
    claim = decompose("The coalition last month acknowledged over 700 civilian deaths in its strikes since 2014.")
    ev = ["The coalition says it takes all measures to avoid civilian casualties and investigates each credible allegation.",
          "Last month it acknowledged the deaths of over 700 civilians in its strikes since 2014."]
    unit = hedge_unit(claim, ev)
    assert unit == ev[1]
    assert check_hedge(claim, unit) == []


def test_hedge_unit_keeps_a_hedged_sentence_that_states_the_claim() -> None:
    claim = decompose("Ruritanian jets bombed the market in Alphaville on Monday.")
    ev = ["Ruritanian jets reportedly bombed the market in Alphaville.", "The strikes came on Monday, residents said."]
    assert "reportedly" in hedge_unit(claim, ev)
    assert check_hedge(claim, hedge_unit(claim, ev))


# ---- a place named by 'the country' ----------------------------------------------------------


def test_place_reference() -> None:
    q = quantities("The regime holds roughly sixty per cent of Ruritania.")[0]
    e = quantities("the regime controls around 60 per cent of the country and the rest is split")[0]
    assert place_reference(q, e)
    claim = decompose("The regime holds roughly sixty per cent of Ruritania.")
    ev = "Ruritania's regime controls around 60 per cent of the country."
    assert check_numbers(claim, ev, ev) == []
    # 'of the fighters' is not a place: the counts still differ
    other = quantities("the regime controls around 60 per cent of the fighters")[0]
    assert not place_reference(q, other)


# ---- a day is no party -----------------------------------------------------------------------


def test_day_before_verb_is_not_an_agent() -> None:
    rels = extract("Airstrikes by the Alpha army and Beta air forces earlier on Wednesday hit a schools complex in Gammaville.")
    assert all((r.agent or "").lower() != "wednesday" for r in rels)


def test_judge_true_claim_with_day_before_verb() -> None:
    ev = ["Airstrikes by the Alpha army and Beta air forces earlier on Wednesday hit a schools complex and a public market in the town of Gammaville."]
    assert judge("Airstrikes by Beta and Alpha army aircraft hit a schools complex and a public market in Gammaville.", ev).verdict == "supported"


def test_same_place_binds_two_sentences() -> None:
    ev = ["In the area of the city of Alphaville we destroyed a command post and ten armoured vehicles.",
          "In the same place we destroyed 18 off-road vehicles and three ammunition depots, the spokesman said."]
    assert check_binding(decompose("The strikes also destroyed 18 off-road vehicles near Alphaville."), ev) == []
    ev2 = [ev[0], "In Betaville we destroyed 18 off-road vehicles and three ammunition depots, the spokesman said."]
    assert check_binding(decompose("The strikes also destroyed 18 off-road vehicles near Alphaville."), ev2)


def test_time_word_opening_a_claim_is_no_name() -> None:
    from briefing.claims import real_names

    assert real_names("Today, airstrikes by Ruritania killed 26 civilians.") == {"ruritania"}
    assert "alphaville" in real_names("Alphaville was shelled today.")


def test_meta_lead_in_is_stripped() -> None:
    from briefing.claims import strip_meta

    assert strip_meta("In the article, the army left Alphaville.") == "The army left Alphaville."
    assert strip_meta("In the north, the army left Alphaville.") == "In the north, the army left Alphaville."


def test_hedge_unit_keeps_the_sentence_a_name_comes_from() -> None:
    claim = decompose("The Elbonian ambassador said his army was willing to fight alongside the Ruritanian army in Alphaville.")
    ev = ["The military is willing to take part alongside the Ruritanian army fighting in Alphaville, the ambassador said.",
          "Rumours of a major Ruritanian-Elbonian offensive to take back Alphaville have been swirling."]
    assert "Rumours" in hedge_unit(claim, ev)
    assert check_hedge(claim, hedge_unit(claim, ev))


def test_demonstrative_does_not_lend_a_place_of_the_earlier_sentence() -> None:
    ev = ["Planes of the Ruritanian Air Force, with the support of the Elbonian Aerospace Forces, carried out strikes on Monday.",
          "11 civilians are believed to have died in these strikes carried out on the outskirts of the village of Alphaville."]
    assert check_binding(decompose("11 civilians died in these strikes on the outskirts of Alphaville in Elbonia."), ev)
    ev2 = ["Rocket shells hit the city, claiming the life of a woman and injuring 19 in the Beta neighbourhood.",
           "Earlier the source said that terrorists fired rocket shells at the New Gamma neighbourhood, killing 2 people."]
    assert check_binding(decompose("A woman was killed and 19 people were injured in the neighborhood of New Gamma."), ev2)


def test_hedge_unit_keeps_the_sentence_whose_doubt_the_claim_takes() -> None:
    claim = decompose("A helicopter dropped a chlorine barrel on Alphaville.")
    ev = ["Three civilians were killed after a toxic gas believed to be chlorine was released by a helicopter.",
          "A medical source said the helicopter dropped a barrel containing toxic gas on Alphaville on Wednesday."]
    assert "believed" in hedge_unit(claim, ev)
