"""The verdict model's session-9 signals (briefing/signals.py), fed sentences directly."""
from __future__ import annotations

from briefing.signals import role_order, unbound_details, verb_polarity_flips, window_coverage
from briefing.verdict_model import FEATURES, features
from briefing.verify import FAMILIES, assess


def test_window_coverage_reads_a_claim_spread_over_adjacent_sentences():
    evidence = ["Rebels seized the town on Monday.", "The weather was fine.", "Later the army shelled the market.", "Nothing else happened."]
    single, window = window_coverage("Rebels seized the town and the army shelled the market.", evidence)
    assert single < 0.7
    assert window == 1.0


def test_window_coverage_does_not_join_sentences_further_apart_than_the_window():
    evidence = ["Rebels seized the town.", "One.", "Two.", "Three.", "The army shelled the market."]
    single, window = window_coverage("Rebels seized the town and the army shelled the market.", evidence)
    assert window == single < 1.0


def test_window_coverage_of_no_evidence_is_zero():
    assert window_coverage("Rebels seized the town.", []) == (0.0, 0.0)


def test_verb_polarity_flip_when_the_claim_negates_what_the_evidence_states():
    assert verb_polarity_flips("The army did not shell the market.", ["The army shelled the market on Monday."]) == 1
    assert verb_polarity_flips("The army never shelled the market.", ["The army shelled the market on Monday."]) == 1


def test_verb_polarity_flip_when_the_evidence_negates_what_the_claim_states():
    assert verb_polarity_flips("The army shelled the market.", ["The army did not shell the market, officials said."]) == 1


def test_verb_polarity_agrees_and_a_negation_of_another_verb_is_not_a_flip():
    assert verb_polarity_flips("The army shelled the market.", ["The army shelled the market on Monday."]) == 0
    assert verb_polarity_flips("The army shelled the market.", ["The army shelled the market but did not enter the town."]) == 0


def test_role_order_reversed_agent_and_patient():
    assert role_order("Ruritania attacked Elbonia on Monday.", ["Ruritania", "Elbonia"], ["Elbonia attacked Ruritania on Monday."]) == -1


def test_role_order_reads_passive_and_active_alike():
    names = ["Ruritania", "Elbonia"]
    assert role_order("Ruritania attacked Elbonia on Monday.", names, ["Elbonia was attacked by Ruritania on Monday."]) == 1
    assert role_order("Elbonia was attacked by Ruritania.", names, ["Ruritania attacked Elbonia on Monday."]) == 1
    assert role_order("Elbonia was attacked by Ruritania.", names, ["Elbonia attacked Ruritania on Monday."]) == -1


def test_role_order_unknown_without_both_parties_around_a_shared_verb():
    assert role_order("Ruritania attacked Elbonia.", ["Ruritania", "Elbonia"], ["Ruritania and Elbonia held talks."]) == 0
    assert role_order("Ruritania attacked the town.", ["Ruritania"], ["Ruritania attacked the town."]) == 0


def test_unbound_details_a_number_from_another_event():
    evidence = ["Jets struck the city of Aleppo.", "Separately, 12 people died in Homs."]
    assert unbound_details("Jets struck Aleppo, wounding 12.", ["Aleppo"], evidence) == 0.5


def test_unbound_details_bound_to_the_claims_event():
    assert unbound_details("Jets struck Aleppo, wounding 12.", ["Aleppo"], ["Jets struck Aleppo and wounded 12 people."]) == 0.0
    assert unbound_details("Talks went well.", [], ["Talks went well."]) == 0.0


def test_assess_reports_the_new_signals_and_the_model_reads_them():
    a = assess("Ruritania attacked Elbonia on Monday.", ["Elbonia attacked Ruritania on Monday.", "Nothing else."])
    assert a.signals["role_order"] == -1
    f = features(a.signals)
    assert f["roles_reversed"] == 1.0 and f["roles_agree"] == 0.0
    assert {"window_cov", "window_gain", "verb_flips", "unbound_details"} <= set(FEATURES)


def test_one_family_tuple_for_the_rules_and_the_model():
    assert {f"fired_{f}" for f in FAMILIES} <= set(FEATURES)
    a = assess("Ruritania attacked Elbonia with 40 tanks on Monday.", ["Ruritania attacked Elbonia on Monday."])
    assert set(a.signals["families"]) <= set(FAMILIES)  # type: ignore[arg-type]
