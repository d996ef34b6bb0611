"""Claim decomposition: each rule on single sentences."""
from __future__ import annotations

from briefing.claims import attributions, clauses, date_mentions, decompose, hedge_scopes, hedges, negation_scopes, negations, places, quantities, strip_hedges


def test_negation_cues() -> None:
    assert negations("Elbonia did not send troops.") == ["not"]
    assert negations("The army denied bombing civilians.") == ["denied"]
    assert negations("Ruritania never backed the rebels.") == ["never"]
    assert negations("Freedonia refused to arm the militia.") == ["refused to"]
    assert negations("Ruritania backs the rebels.") == []


def test_negation_scope_is_its_clause() -> None:
    (cue, scope), = negation_scopes("The army denied bombing civilians, but it shelled the town.")
    assert cue == "denied" and "civilian" in scope and "town" not in scope


def test_hedges() -> None:
    assert hedges("Militias are reportedly active in the north.") == ["reportedly"]
    assert "is believed" in hedges("The general is believed to have fled.")
    assert hedges("The ministry is said to have replaced him.") == ["is said"]
    assert hedges("Troops may be sent.") == ["may"]
    assert hedges("Troops were sent.") == []


def test_hedge_scope_stops_at_a_subordinate_clause() -> None:
    (cue, scope), = hedge_scopes("Militias are reportedly active in the north since rebels launched an offensive on November 27.")
    assert cue == "reportedly" and "north" in scope and "offensive" not in scope


def test_strip_hedges() -> None:
    assert strip_hedges("Militias are reportedly active.") == "Militias are active."


def test_quantities_count_something() -> None:
    (q,) = quantities("At least 12 people were killed on Monday.")
    assert q.value == 12 and q.unit == "people" and q.event == "kill"
    (q,) = quantities("12 Ruritanian soldiers died.")
    assert q.unit == "soldier"
    (q,) = quantities("Around 5,000 fighters remain.")
    assert q.value == 5000 and q.unit == "fighter"
    (q,) = quantities("Dozens of civilians were wounded.")
    assert q.event == "wound"
    (q,) = quantities("The government controls 60% of the country.")
    assert q.percent and q.value == 60
    assert quantities("The war began in 2011.") == []  # a year is a date
    assert quantities("On December 1, the ministry spoke.") == []  # a day of a month


def test_dates() -> None:
    assert date_mentions("Rebels attacked on Monday, December 2, 2024.") == ["Monday", "December 2, 2024"]
    assert date_mentions("The war began in 2011.") == ["2011"]


def test_places() -> None:
    assert places("Strikes hit rebel areas in northwestern Carpathia and near Zenda.") == ["Carpathia", "Zenda"]


def test_attributions() -> None:
    (a,) = attributions("Rebels seized the town, the Observatory said.")
    assert a.speaker == "Observatory"
    assert [x.speaker for x in attributions("Elbonia backs the rebels, according to the New Ledger.")] == ["New Ledger"]
    assert [x.speaker for x in attributions("Minister Lin told a press briefing that talks continue.")] == ["Minister Lin"]


def test_clauses() -> None:
    assert len(clauses("Ruritania backs the government and has sent troops to the border.")) == 2
    assert len(clauses("Ruritania backs the government, but Elbonia arms the rebels.")) == 2
    assert len(clauses("Ruritania backs the government.")) == 1


def test_decompose_collects_every_part() -> None:
    c = decompose("Elbonia reportedly did not send 300 troops to Zenda on Monday, the ministry said.")
    assert c.negated and c.hedged
    assert [q.value for q in c.quantities] == [300]
    assert c.dates == ["Monday"] and "Zenda" in c.places
    assert any(r.kind == "send" and r.negated for r in c.relations)
    assert {"elbonia", "zenda"} <= c.actors
