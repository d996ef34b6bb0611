"""Verifier rule of session 18, one sentence at a time: a claim noun in the place of an evidence noun that names another
kind of thing (WordNet's lexicographer files: 'the government' for 'a businessman' is a group for a person), and the
nouns of the same kind or of no fixed kind that stay paraphrases. Names are invented."""
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
    "word, kinds",
    [
        ("businessman", {"person"}),
        ("week", {"time"}),
        ("merger", {"act", "event"}),
        ("lawyers", {"person", "group"}),  # a plural of persons also names a group, as 'people' does
        ("people", {"group"}),
        ("bombing", set()),  # '-ing': read as the verb
        ("drove", set()),  # a past tense of 'drive', not the noun 'drove' (a herd)
        ("despite", set()),  # a WordNet noun never tagged as one: a preposition
        ("work", set()),  # a verb as often as a noun
    ],
)
def test_noun_kinds(word: str, kinds: set[str]) -> None:
    from briefing.kinds import noun_kinds

    assert noun_kinds(word) == kinds


def test_the_kinds_table_carries_the_wordnet_licence() -> None:
    from importlib import resources

    head = resources.files("briefing").joinpath("noun_kinds.txt").read_text(encoding="utf-8").splitlines()[:3]
    assert "WordNet 3.0" in head[0] and "Princeton University" in head[1]


@pytest.mark.parametrize(
    "claim, evidence",
    [
        # a group where the evidence names a person
        ("Orlan was paid by the Zendan government for his lobbying.", "Orlan was paid by a Zendan businessman for his lobbying work."),
        # a made thing where the evidence names a group
        ("The envoy said the Zendan airport was shelled on Monday.", "The envoy said the Zendan army was shelled on Monday."),
    ],
)
def test_a_noun_of_another_kind_in_the_claim_nouns_place(claim: str, evidence: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.kinds import check_kinds
    from briefing.verify import decompose, judge

    found = check_kinds(decompose(claim), [evidence])
    assert found and found[0].kind == "substitution" and "another kind of thing" in found[0].reason
    assert judge(claim, [evidence], embed=embed).verdict != "supported"


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Ostra said the Zendan merger was approved on Monday.", "Ostra said the Zendan deal was approved on Monday."),  # two acts
        ("Orlan was paid by the Zendan firm for his lobbying.", "Orlan was paid by the Zendan company for his lobbying."),  # two groups
        ("The sale renationalised a big part of the Zendan oil industry.", "The sale renationalised a big chunk of the Zendan oil industry."),  # partitives
        ("Two children were among the people hurt in the Ostra blast.", "Two children were among the persons hurt in the Ostra blast."),  # a plural of persons
        ("Ostra said a government operation hit the village.", "Ostra said government troops hit the village."),  # an act names no thing
    ],
)
def test_nouns_of_one_kind_or_partitives_are_no_replacement(claim: str, evidence: str) -> None:
    from briefing.kinds import check_kinds
    from briefing.verify import decompose

    assert check_kinds(decompose(claim), [evidence]) == []


def test_a_verb_in_the_place_is_left_to_the_slot_check() -> None:
    from briefing.kinds import kind_pairs
    from briefing.verify import decompose

    # 'drove' / 'pushed': verbs, no common nouns; the embedder's slot check weighs them
    assert kind_pairs(decompose("The rebels drove Zendan forces out of Ostra."), ["The rebels pushed Zendan forces out of Ostra."]) == []
