"""Session 7: no backing read from a request or its rejection; a party acting under several aliases fills an actor row."""
from __future__ import annotations

import pytest

from briefing.actors import find_actors, subject_of
from briefing.backing import backings


@pytest.mark.parametrize("sentence", [
    "The assault by aircraft from the Ruritanian regime its Elbonian allies or both made it clear that they had rejected a plea by the Freedonian envoy.",
    "The opposition urged Freedonia to arm the rebels.",
    "Elbonia turned down a request to back the rebels in the north.",
])
def test_a_request_or_its_rejection_states_no_backing(sentence: str) -> None:
    assert backings(sentence) == []


@pytest.mark.parametrize("sentence,pair", [
    ("Rebels backed by France advanced on the town.", ("France", "rebels")),
    ("Freedonia-backed rebels advanced on the town.", ("Freedonia", "rebels")),
])
def test_plain_backing_is_still_read(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in {(b.backer, b.backed) for b in backings(sentence)}


def test_a_party_acting_under_two_names_gets_one_row() -> None:
    sentences = [
        "Valdorian forces pressed ahead with their offensive on the town on Wednesday.",
        "Valdorian officials said the attack was carried out by a suicide bomber.",
        "The Valdorian Freedom Front captured three villages.",
        "A truck bomb killed 44 people in the town.",
    ]
    actors = find_actors(sentences, [0.5] * len(sentences), subject_of("the truck bombing in the town in July 2016", sentences), limit=5)
    names = [a.name for a in actors]
    assert sum(1 for n in names if n.startswith("Valdorian")) == 1
