"""Verifier rules of session 17, one sentence at a time: the claim's word stated in another form of English word
formation -- as the noun of a light verb ('gave her a kiss' for 'kissed her', not another word in the claim word's place)
and as the root of an '-ful' word ('Hopefully ...' for 'hoped'). Each rule has its faithful and its false side. Names
are invented."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest


@pytest.fixture(scope="module")
def embed() -> Callable[[list[str]], np.ndarray]:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    e = get_embedder(Settings())
    return lambda texts: np.asarray(e.embed(texts))


@pytest.mark.parametrize(
    "word, verb, after, expected",
    [
        ("kissed", "gave", "her an unexpected clumsy kiss", True),
        ("decided", "took", "the decision", False),  # 'decision' is not a form of 'decided': the noun must be the verb's
        ("talked", "held", "talks with the council", True),
        ("kissed", "slapped", "her and then kissed", False),  # not a light verb
        ("kissed", "gave", "her a slap in the lobby then a kiss", False),  # the noun too far: another action first
    ],
)
def test_light_verb_phrase(word: str, verb: str, after: str, expected: bool) -> None:
    from briefing.matching import light_verb_phrase

    assert light_verb_phrase(word, verb, after.split()) is expected


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Varga said Orlan kissed her twice in the hotel lobby.", "In the hotel lobby, Varga said Orlan gave her an unexpected, \"clumsy\" kiss twice."),
        ("Ostra said the envoy warned them twice about the floods.", "Ostra said the envoy gave them a warning twice about the floods."),
    ],
)
def test_a_light_verb_and_the_claims_verb_as_its_noun_is_no_replacement(claim: str, evidence: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.matching import check_slots, slot_pairs
    from briefing.verify import decompose, judge

    assert slot_pairs(decompose(claim), [evidence]) == []
    assert check_slots(decompose(claim), [evidence], embed) == []
    assert judge(claim, [evidence], embed=embed).verdict == "supported"


@pytest.mark.parametrize(
    "claim, evidence",
    [
        # another verb in the claim verb's place
        ("Varga said Orlan kissed her twice in the hotel lobby.", "Varga said Orlan slapped her twice in the hotel lobby."),
        # a light verb whose noun is another action; the claim's word comes later, of something else
        ("Varga said Orlan kissed her twice in the hotel lobby.", "Varga said Orlan gave her a slap twice in the hotel lobby, not a kiss."),
    ],
)
def test_another_word_in_the_claim_verbs_place_is_still_a_replacement(claim: str, evidence: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.matching import slot_pairs
    from briefing.verify import decompose, judge

    assert slot_pairs(decompose(claim), [evidence]) != []
    assert judge(claim, [evidence], embed=embed).verdict != "supported"


# ---- an '-ful' word states its short root ----------------------------------------------------------------------------


@pytest.mark.parametrize("word, root", [("hopefully", "hope"), ("hopeful", "hope"), ("harmful", "harm"), ("useful", "use")])
def test_ful_root(word: str, root: str) -> None:
    from briefing.lemmas import forms, ful_root

    assert ful_root(word) == frozenset({root})
    assert root in forms(word)


@pytest.mark.parametrize("word", ["awful", "hopeless", "hope", "fulfil", "Varga"])
def test_no_ful_root(word: str) -> None:
    from briefing.lemmas import ful_root

    assert ful_root(word) == frozenset()


def test_a_ful_adverb_states_the_claims_verb_of_its_root() -> None:
    from briefing.matching import coverage

    claim = "Ostra said she hoped to reach the coast by night."
    assert coverage(claim, '"Hopefully we reach the coast by night," Ostra said.') == (1.0, [])
    # its opposite in '-less' is no statement of it
    assert coverage(claim, '"It is hopeless to reach the coast by night," Ostra said.')[1] == ["hoped"]


def test_a_claim_stated_through_a_ful_adverb_is_supported(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import judge

    evidence = ['"I am proud of the crew," said Ms Ostra.', '"Hopefully I will be out of hospital soon - I have been ill for two days and want to see the launch."']
    assert judge("Ostra said she had been ill for two days and hoped to see the launch.", evidence, embed=embed).verdict == "supported"
