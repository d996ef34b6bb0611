"""Session 17: a qualified opposing noun ('Ruritanian opposition') names the opponents (invented names)."""
from __future__ import annotations

from briefing.actors import OPPONENTS, SUBJECT, find_actors, opposing_name, subject_of


def test_a_qualified_opposing_noun_names_the_opponents() -> None:
    assert opposing_name("Ruritanian opposition")
    assert opposing_name("moderate rebels")
    assert not opposing_name("opposition")  # the bare noun is OPPOSING_NOUNS' own case
    assert not opposing_name("Opposition Council of Velmar")


def test_a_backer_of_the_qualified_opposition_backs_the_opponents() -> None:
    sentences = [
        "Chilean rebels backed by Norway advanced on the town held by Chile President Olen Vask.",
        "Norway has strongly backed the Chilean opposition.",
        "Russia is the closest ally of Chile President Olen Vask and supports his government with troops.",
        "The Chilean opposition said it would attend the talks in Chile.",
        "The Chilean opposition rejected the offer of Vask on Monday.",
    ]
    subject = subject_of("international backing for the Vask government", sentences)
    assert subject.side("Chilean opposition") == OPPONENTS
    actors = {a.name: a for a in find_actors(sentences, [0.5] * len(sentences), subject, limit=5)}
    assert actors["Norway"].side == OPPONENTS  # 'other' when only the bare noun named the opponents
    assert actors["Russia"].side == SUBJECT
    assert "Chilean opposition" not in actors
