"""Session 8: the party that claims an attack is an actor; a backing relation's form comes from its own predicate."""
from __future__ import annotations

from briefing.actors import Subject, agents, claimants, find_actors
from briefing.backing import backings, predicate_form


def test_claimants_are_the_parties_that_claim_or_own_an_attack() -> None:
    assert claimants("The Kestrel Front said three of its fighters carried out an attack on a police station on Monday.") == {"Kestrel Front"}
    assert claimants("The attack was claimed by Jaish al-Osprey on its channel.") == {"Jaish al-Osprey"}
    assert claimants("The Kestrel Front has not claimed the attack.") == set()
    assert claimants("No group has claimed responsibility for the blast.") == set()
    assert claimants("The Kestrel Front said the strikes hit militants.") == set()
    assert "Kestrel Front" in agents("The Kestrel Front claimed the bombing in a statement.")


def test_a_party_named_once_that_claimed_the_attack_gets_an_actor_row() -> None:
    sentences = [
        "At least 17 people were killed on Monday by suicide bombings that targeted a police station in Ruritown.",
        "The Kestrel Front said three of its fighters carried out an attack on a Ruritown police station on Monday.",
        "Police said the attackers blew themselves up inside the building.",
    ]
    subject = Subject(names=set(), country=None, government=False)
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), subject)]
    assert "Kestrel Front" in names


def test_the_form_of_support_is_read_from_the_backing_predicate_not_the_whole_sentence() -> None:
    text = 'Air strikes were in a buffer zone agreed under a deal between the regime allies Ruritania and Osprey and opposition backer Elbonia.'
    forms = {b.backer: b.form for b in backings(text)}
    assert forms.get("Elbonia") == ""  # not the air strikes' 'military'; 'backer' says nothing of how (session 12: not 'political statement')
    assert {b.form for b in backings("Elbonia-backed rebels launched a military offensive on the town.")} == {"military"}
    assert predicate_form("Strikes hit the town. Elbonia backs the rebels", 21, 45) == ""


def test_a_capitalised_opener_is_not_a_party() -> None:
    from briefing.actors import opener_only

    assert opener_only("Elsewhere", ["Elsewhere in the country the monitor reported shelling on rebel positions."])
    assert opener_only("Officials", ["Officials say there are 110000 of them in the north."])
    assert not opener_only("Kestrel", ["Kestrel fighters attacked the town.", "Its ally Kestrel sent fighters."])
    assert not opener_only("Kestrel Front", ["Kestrel Front fighters attacked the town."])


def test_a_claimant_named_only_at_a_sentence_start_keeps_its_row() -> None:
    sentences = [
        "At least 17 people were killed on Monday by suicide bombings that targeted a police station in Ruritown.",
        "Kestrelia said three of its fighters carried out an attack on a Ruritown police station on Monday.",
        "Elsewhere in the country the monitor reported shelling.",
    ]
    subject = Subject(names=set(), country=None, government=False)
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), subject)]
    assert "Kestrelia" in names and "Elsewhere" not in names


def test_the_party_nearest_the_claim_verb_claims_not_a_word_qualifying_it() -> None:
    assert "Ospreyan" not in claimants("For its part the Ospreyan KFL group claimed responsibility for the attack.")
    assert claimants("The Kestrel Front group claimed responsibility for the attack.") == {"Kestrel Front"}
