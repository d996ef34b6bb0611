"""False accepts (issue 8, session 5): rules that see the polarity of the evidence clause a claim matches, compass
directions, opposite predicates, what a count counts, and descriptions bound to names. One sentence at a time, with a
faithful claim beside each false one so a rule that rejects true claims fails too."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from briefing.claims import bearings, decompose, opposite_bearing, opposites
from briefing.verify import (
    check_compass,
    check_count_events,
    check_count_nouns,
    check_count_places,
    check_descriptors,
    check_elliptic_negation,
    check_opposites,
    check_pairs,
    check_polarity,
    check_slots,
    counted_noun,
    descriptors,
    judge,
    name_pairs,
    negated_heads,
    slot_pairs,
)


def kinds(problems: list) -> list[str]:
    return [p.kind for p in problems]


# ---- polarity of the matched evidence clause ------------------------------------------------------


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Ruritania immediately claimed responsibility for the bombing.", "There was no immediate claim of responsibility for the bombing."),
        ("Army units have recaptured the eastern parts of Zenda.", "They have been unable to recapture the eastern parts of Zenda which rebels stormed last year."),
        ("The spokesman confirmed the use of gas in Zenda.", "The spokesman said that he is not in a position to confirm the reports of gas use in Zenda."),
        ("The alliance agreed to halt the bombing of Zenda.", "The alliance has rejected calls by opposition figures after the raid to halt the bombings of Zenda."),
    ],
)
def test_negated_evidence_clause_contradicts_positive_claim(claim: str, evidence: str) -> None:
    problems = check_polarity(decompose(claim), evidence)
    assert kinds(problems) == ["polarity"] and problems[0].contradicts


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("The alliance rejected calls to halt the bombing of Zenda.", "The alliance has rejected calls by opposition figures to halt the bombings of Zenda."),
        ("There was no immediate claim of responsibility for the bombing.", "There was no immediate claim of responsibility for the bombing."),
        ("The militia claimed responsibility for the bombing.", "The militia claimed responsibility for the bombing, which did not kill anyone."),
        ("The army captured the town.", "The army did not capture the village but captured the town."),
    ],
)
def test_polarity_leaves_agreeing_claims(claim: str, evidence: str) -> None:
    assert check_polarity(decompose(claim), evidence) == []


def test_negated_heads_reads_the_verb_a_negated_noun_takes() -> None:
    ((cue, _, heads),) = negated_heads("The alliance rejected calls by the opposition to halt the raids.", set())
    assert cue == "rejected" and heads == ["call", "halt"]
    ((_, _, heads2),) = negated_heads("He is not in a position to confirm it.", set())
    assert "confirm" in heads2


def test_elliptic_negation_denies_the_predicate_of_the_sentence_before() -> None:
    evidence = "Sarin is a nerve agent. Chlorine and mustard gas which were also used in the past are not."
    problems = check_elliptic_negation(decompose("Chlorine and mustard gas are nerve agents like sarin."), evidence)
    assert kinds(problems) == ["polarity"] and problems[0].contradicts
    assert check_elliptic_negation(decompose("Sarin is a nerve agent."), evidence) == []
    assert check_elliptic_negation(decompose("Chlorine and mustard gas are not nerve agents."), evidence) == []


# ---- compass directions ---------------------------------------------------------------------------


def test_bearings_read_direction_and_anchor() -> None:
    (b,) = bearings("The shells were fired from areas east of the city.")
    assert b.parts == {"east"} and "city" in b.anchor
    (b,) = bearings("Biggest destruction is in Zenda's southern Hamdan.")
    assert b.parts == {"south"} and "hamdan" in b.anchor
    (b,) = bearings("Fighting raged in north-east Carpathia.")
    assert b.parts == {"north", "east"}
    assert opposite_bearing(frozenset({"north"}), frozenset({"south", "west"}))
    assert not opposite_bearing(frozenset({"north"}), frozenset({"north", "east"}))


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("The shells were fired from areas east of the city.", "Gunmen fired a number of shells from areas west of the city."),
        ("Hassa is 40 km north of Zenda.", "The bomb had gone off in Hassa 40 km (25 miles) south of Zenda on a bus."),
        ("The army is fighting on the eastern side of the river.", "One campaign on the western side of the river is led by the army. The second is fought by the militia on the eastern bank of the river."),
        ("The biggest destruction was in Zenda's northern Hamdan.", "Biggest destruction is in Zendas southern Hamdan."),
    ],
)
def test_opposite_compass_direction_contradicts(claim: str, evidence: str) -> None:
    problems = check_compass(decompose(claim), evidence)
    assert kinds(problems) == ["place"] and problems[0].contradicts


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Fighting raged in northern Carpathia.", "Fighting raged in north-east Carpathia."),
        ("The militia fights on the eastern bank.", "The army fights on the western side of the river. The militia fights on the eastern bank of the river."),
        ("Gunmen fired shells from west of the city.", "Gunmen fired shells from areas west of the city towards the eastern districts."),
    ],
)
def test_compass_leaves_agreeing_directions(claim: str, evidence: str) -> None:
    assert check_compass(decompose(claim), evidence) == []


# ---- opposite predicates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("The government declared the start of a week-long ceasefire.", "Since the government declared the end of the week-long ceasefire, 300 civilians have been killed."),
        ("The ministry regards the militia as the least effective force.", "The militia is regarded by the ministry as the most effective fighting force."),
        ("The barrels fell far from where the helicopter was shot down.", "Barrels containing gas fell close to where a helicopter had been shot down."),
    ],
)
def test_opposite_predicate_contradicts(claim: str, evidence: str) -> None:
    problems = check_opposites(decompose(claim), [evidence])
    assert kinds(problems) == ["polarity"] and problems[0].contradicts


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("The barrels fell not far from the helicopter.", "Barrels containing gas fell close to where a helicopter had been shot down."),
        ("The talks started on Monday in Geneva.", "The talks in Geneva started on Monday and ended on Friday."),
        ("The militia is the most effective force.", "The militia is regarded as the most effective fighting force."),
    ],
)
def test_opposites_leave_agreeing_claims(claim: str, evidence: str) -> None:
    assert check_opposites(decompose(claim), [evidence]) == []


def test_opposites_table_is_symmetric() -> None:
    assert "end" in opposites("started") and "start" in opposites("ended")
    assert opposites("militia") == frozenset()


# ---- what a count counts --------------------------------------------------------------------------


def test_count_bound_to_another_event_behind_a_measure_of_the_same_value() -> None:
    evidence = "A woman was killed and 25 others on a bus were wounded. The bomb had gone off in Hassa 40 km (25 miles) south of Zenda."
    problems = check_count_events(decompose("The bomb killed 25 people on a bus in Hassa."), evidence)
    assert kinds(problems) == ["number"] and problems[0].contradicts
    assert check_count_events(decompose("The bomb wounded 25 people on a bus."), evidence) == []


def test_the_number_of_what() -> None:
    text = "This raises the total number of breaches to 465, while the number of towns that joined the truce rose to 83."
    qs = {q.value: q for q in decompose(text).quantities}
    assert counted_noun(text, qs[465]) == "breaches" and counted_noun(text, qs[83]) == "towns"
    problems = check_count_nouns(decompose("The total number of breaches reached 83."), text)
    assert kinds(problems) == ["number"]
    assert check_count_nouns(decompose("The number of towns that joined the truce reached 83."), text) == []


def test_counts_swapped_between_two_places() -> None:
    evidence = "More than 5000 people left Alpha and Beta along with 2200 evacuated from Gamma and Delta on Friday."
    problems = check_count_places(decompose("More than 2200 people left Alpha and Beta while 5000 were evacuated from Gamma and Delta."), evidence)
    assert kinds(problems) == ["number"] and problems[0].contradicts
    assert check_count_places(decompose("More than 5000 people left Alpha and Beta while 2200 were evacuated from Gamma and Delta."), evidence) == []
    # one clause holding both counts binds neither ('66 civilians, among them 13 children, ... in Gamma')
    assert check_count_places(decompose("At least 66 civilians, among them 13 children, died in Gamma."), "In Gamma strikes killed at least 66 civilians including 13 children.") == []


# ---- descriptions bound to names ------------------------------------------------------------------


def test_descriptions_swapped_between_names() -> None:
    evidence = "The evacuation brokered by regime ally Ruritania and rebel backer Elbonia is set to see 30000 people leave."
    assert descriptors(evidence) == {"ruritania": {"regime", "ally"}, "elbonia": {"rebel", "backer"}}
    problems = check_descriptors(decompose("Rebel ally Ruritania and regime backer Elbonia brokered the evacuation."), evidence)
    assert kinds(problems) == ["relation"] and problems[0].contradicts
    assert check_descriptors(decompose("Regime ally Ruritania and rebel backer Elbonia brokered the evacuation."), evidence) == []


# ---- through the whole verifier -------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim, evidence, verdict",
    [
        ("Hassa is 40 km north of Zenda.", ["The bomb had gone off in Hassa 40 km (25 miles) south of Zenda on a bus."], "contradicted"),
        ("Hassa is 40 km south of Zenda.", ["The bomb had gone off in Hassa 40 km (25 miles) south of Zenda on a bus."], "supported"),
        ("Ruritania immediately claimed responsibility for the bombing.", ["There was no immediate claim of responsibility for the bombing."], "contradicted"),
    ],
)
def test_judge_verdicts(claim: str, evidence: list[str], verdict: str) -> None:
    assert judge(claim, evidence).verdict == verdict


# ---- a word replaced in the same words ------------------------------------------------------------


@pytest.fixture(scope="module")
def embed() -> Callable[[list[str]], np.ndarray]:
    from briefing import Settings
    from briefing.embed import get_embedder

    e = get_embedder(Settings())
    return lambda texts: np.asarray(e.embed(texts))


def test_slot_pairs_align_a_replaced_word() -> None:
    pairs = slot_pairs(decompose("Zenda's capital is out of government control."), ["Most of Zendas countryside is out of government control but its capital remains in army hands."])
    assert ("capital", "countryside") in pairs
    assert slot_pairs(decompose("The envoy called the strikes an outrage."), ["The envoy called the strikes an outrage."]) == []


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Minister Lin called the airstrikes an accident.", 'Minister Lin has called the airstrikes an "outrage" tantamount to a war crime.'),
        ("Zenda's capital is out of government control.", "Most of Zendas countryside is out of government control but its capital remains in army hands."),
        ("The government cancelled the deal with Elbonia.", "The government decided to suspend the deal with Elbonia."),
    ],
)
def test_replaced_word_is_not_supported(claim: str, evidence: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    problems = check_slots(decompose(claim), [evidence], embed)
    assert kinds(problems) == ["substitution"]
    assert judge(claim, [evidence], embed=embed).verdict != "supported"


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Fourteen fighters were killed as they tried to enter Alpha.", "Fourteen fighters were killed as they attempted to enter Alpha."),
        ("The agency said some victims showed signs consistent with exposure to chemicals.", "Some victims showed symptoms consistent with exposure to chemicals, the agency said."),
        ("A bomb on a bus carrying workers killed a woman.", "A bomb on a bus transporting workers killed a woman."),
    ],
)
def test_synonym_in_the_same_place_is_not_a_replacement(claim: str, evidence: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    assert check_slots(decompose(claim), [evidence], embed) == []


def test_slots_say_nothing_without_an_embedder() -> None:
    assert check_slots(decompose("Minister Lin called the airstrikes an accident."), ["Minister Lin called the airstrikes an outrage."], None) == []


def test_direction_the_evidence_states_nowhere_is_an_addition() -> None:
    problems = check_compass(decompose("Alpha is the northernmost part of the country bordering Elbonia."), "Alpha borders Elbonia and civilians have fled into the province.")
    assert kinds(problems) == ["place"] and not problems[0].contradicts
    assert check_compass(decompose("Alpha is in northern Ruritania."), "Alpha lies in the province.", context="Fighting in northern Ruritania") == []


def test_name_joined_to_another_name() -> None:
    evidence = "The conflict froze after opposition-supporter Elbonia and army-supporter Freedonia reached a ceasefire deal."
    assert name_pairs(evidence) == [("elbonia", "freedonia")]
    problems = check_pairs(decompose("Ruritania and Elbonia reached the ceasefire deal."), [evidence])
    assert kinds(problems) == ["name"]
    assert check_pairs(decompose("Freedonia and Elbonia reached the ceasefire deal."), [evidence]) == []


def test_name_before_every_count_is_bound_to_none() -> None:
    evidence = "Rocket attacks killed seven people in Alpha and injured 72 others in the city of Alpha on Monday."
    claim = "Rocket attacks on neighbourhoods of Alpha killed seven people and injured 72 others on Monday."
    assert check_count_places(decompose(claim), evidence) == []


def test_slots_skip_adverbs_number_words_and_insertions() -> None:
    assert slot_pairs(decompose("Government forces cut the route on Thursday."), ["Government forces effectively cutting the route on Thursday."]) == []
    assert slot_pairs(decompose("The monitor said seven other people were wounded."), ["The monitor said several other people were wounded."]) == []


def test_positive_clause_without_the_negated_word_leaves_the_negation() -> None:
    evidence = "A report says President Osman visited Zenda on November 30, although spokesman Lin refused to confirm the information."
    problems = check_polarity(decompose("Spokesman Lin confirmed that Osman had visited Zenda on November 30."), evidence)
    assert kinds(problems) == ["polarity"]
