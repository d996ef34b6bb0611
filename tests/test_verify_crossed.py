"""Session 11's verifier rules, one sentence at a time: details given crosswise to two parties ('A ..., while B ...'),
origin and target swapped ('from X to Y'), opposites in plural, comparative and 'non-' forms, and a number bound to
the noun it counts ('five suicide bombers')."""
from __future__ import annotations

from briefing.claims import decompose
from briefing.matching import check_counted, counts
from briefing.polarity import check_opposites, negated_form
from briefing.roles import (
    check_crossed,
    check_relations,
    check_swapped_slots,
    crossed_details,
    origin_target,
    roles_agree,
    segments,
    swapped_slots,
)
from briefing.verify import judge

WARS = "Elbonia and Ruritania, key allies of the regime, are embroiled in their own conflicts—Elbonia's war in Zenda and Ruritania's escalating tensions with Tilia."


# ---- crossed details ---------------------------------------------------------------------------------------------


def test_segments_split_at_coordination() -> None:
    parts = segments("Zenda's war in Tilia and Korvath's tensions with Velmar, while the rest wait")
    assert len(parts) == 3
    assert "tilia" in parts[0] and "velmar" in parts[1] and "rest" in parts[2]


def test_crossed_details_found_when_each_party_has_the_others_detail() -> None:
    hit = crossed_details("Ruritania is embroiled in the war in Zenda, while Elbonia faces escalating tensions with Tilia.", WARS)
    assert hit is not None
    a, x, b, y = hit
    assert (a, b) == ("ruritania", "elbonia")


def test_crossed_details_none_when_each_party_keeps_its_detail() -> None:
    assert crossed_details("Elbonia is fighting a war in Zenda, while Ruritania faces escalating tensions with Tilia.", WARS) is None


def test_crossed_details_reversed_movement() -> None:
    evidence = "Rebel militants prevent civilians from entering regime-held parts while regime forces prevent civilians from leaving parts of the city."
    claim = "Rebel militants stop civilians from leaving the regime-held parts while regime forces prevent civilians from entering them."
    assert crossed_details(claim, evidence) is not None
    faithful = "Rebel militants stop civilians from entering regime-held parts while regime forces keep civilians from leaving the city."
    assert crossed_details(faithful, evidence) is None


def test_crossed_details_east_and_west() -> None:
    evidence = "Velmar has been divided since 2012 between government control in the west and rebel control in the east."
    assert crossed_details("Velmar has been divided since 2012, with the government in the east and rebels in the west.", evidence) is not None
    assert crossed_details("Velmar has been divided since 2012, with the government in the west and rebels in the east.", evidence) is None


def test_crossed_details_ignore_floating_words() -> None:
    # who said it and when float between the parts of a coordination: no party's detail
    evidence = "A bomb exploded in Velmar on Wednesday killing six and wounding 32 people, state television reported."
    assert crossed_details("A bomb in Velmar killed six people and wounded 32 on Wednesday, state television said.", evidence) is None


def test_crossed_details_reordered_conjuncts_are_not_crossed() -> None:
    evidence = "The Tilia monitor said 45 opposition fighters and 43 regime forces had been killed in the fighting."
    assert crossed_details("According to the Tilia monitor, 43 regime forces and 45 opposition fighters were killed in the fighting.", evidence) is None
    evidence = "The evacuation brokered by regime ally Zenda and rebel backer Korvath is set to see 30000 people evacuated."
    assert crossed_details("The evacuation brokered by Korvath and Zenda is set to move 30000 people.", evidence) is None


def test_check_crossed_contradicts() -> None:
    claim = decompose("Ruritania is embroiled in the war in Zenda, while Elbonia faces escalating tensions with Tilia.")
    problems = check_crossed(claim, [WARS])
    assert problems and problems[0].contradicts and problems[0].kind == "relation"


def test_judge_contradicts_crossed_claim() -> None:
    v = judge("Ruritania is embroiled in the war in Zenda, while Elbonia faces escalating tensions with Tilia.", [WARS])
    assert v.verdict == "contradicted"


# ---- origin and target -------------------------------------------------------------------------------------------


def test_origin_target_reads_from_and_to_phrases() -> None:
    origin, target = origin_target("Rockets fired from Zenda hit Tilia and Korvath.")
    assert "zenda" in origin and {"tilia", "korvath"} <= target
    origin, target = origin_target("The price rose to 350 pounds from 500 the week before.")
    assert "500" in origin and "350" in target


def test_origin_target_to_before_a_verb_is_no_target() -> None:
    assert origin_target("The rebels moved to capture the town.") == (set(), set())


def test_swapped_slots_numbers() -> None:
    evidence = "The price of a loaf had risen to 500 pounds ($1) from 350 pounds last week."
    assert swapped_slots("The price of a loaf rose to 350 pounds from 500 the week before.", evidence) is not None
    assert swapped_slots("The price of a loaf rose from 350 pounds to 500 last week.", evidence) is None


def test_swapped_slots_places() -> None:
    evidence = "A sniper from the militia positioned in Upper Zenda neighborhood shot on the locals of Tilia neighborhood, leaving two civilians dead."
    assert swapped_slots("A sniper positioned in Tilia shot at residents of Upper Zenda.", evidence) is not None
    assert swapped_slots("A sniper positioned in Upper Zenda shot at residents of Tilia.", evidence) is None


def test_check_swapped_slots_contradicts() -> None:
    evidence = "Rocket shells were launched by militants positioned in Korvath and Velmar on Tilia and Zenda."
    problems = check_swapped_slots(decompose("Rockets fired from Tilia hit Korvath and Velmar."), [evidence])
    assert problems and problems[0].contradicts
    assert check_swapped_slots(decompose("Rockets fired from Korvath hit Tilia."), [evidence]) == []


# ---- opposites ---------------------------------------------------------------------------------------------------


def test_opposites_in_the_plural() -> None:
    evidence = "After suffering a string of military defeats in the province of Zenda the militants have turned to Tilia."
    problems = check_opposites(decompose("The militants turned to Tilia after a string of military victories in Zenda."), [evidence])
    assert problems and problems[0].contradicts
    assert check_opposites(decompose("The militants turned to Tilia after a string of military defeats in Zenda."), [evidence]) == []


def test_opposites_of_degree_and_ease() -> None:
    assert check_opposites(decompose("The envoy said the appeal was more than half funded."), ["The envoy said the appeal is less than half funded."])
    assert check_opposites(decompose("The director said it would be easy for the militia to overcome the forces at the airport."),
                           ["The director noted that it would be tough for the militia to overcome the forces at the airport."])
    # 'over' states 'more': no opposite
    assert check_opposites(decompose("The clashes killed more than 350 fighters in Zenda."), ["The clashes in Zenda killed over 350 fighters."]) == []


def test_negated_form() -> None:
    assert negated_form("Syrians") == frozenset({"non-syrians"})
    assert negated_form("non-state") == frozenset({"state"})
    assert negated_form("at") == frozenset()


def test_opposites_non_prefix() -> None:
    evidence = 'The strike on Zenda killed "at least 18 fighters, most of them non-Elbonians" the monitor said.'
    assert check_opposites(decompose("Most of the 18 fighters killed in Zenda were Elbonians, the monitor said."), [evidence])
    assert check_opposites(decompose("Most of the 18 fighters killed in Zenda were non-Elbonians, the monitor said."), [evidence]) == []


# ---- a number bound to the noun it counts ------------------------------------------------------------------------


def test_counts_read_digits_words_and_bare_numbers() -> None:
    assert counts("Four suicide bombers killed 15 people including five policemen.") == [(4, "bombers"), (15, "people"), (5, "policemen")]
    assert counts("Seven hundred people and six other civilians") == [(700, "people"), (6, "civilians")]
    assert (2200, None) in counts("5000 people left along with 2200 evacuated from Zenda.")


def test_counts_leave_out_measures_and_one() -> None:
    assert counts("for five years, 20 km away, at one point") == []


def test_check_counted_same_noun_other_number() -> None:
    evidence = "In early October four suicide bombers blew themselves up in Zenda killing 15 people including five policemen."
    problems = check_counted(decompose("In early October five suicide bombers blew themselves up in Zenda."), [evidence])
    assert problems and problems[0].kind == "value"
    assert check_counted(decompose("In early October four suicide bombers blew themselves up in Zenda."), [evidence]) == []


def test_check_counted_spelled_out_number_is_the_digit() -> None:
    evidence = "An official said 700 people including 47 wounded had crossed into Zenda overnight."
    assert check_counted(decompose("Seven hundred people, 47 of them wounded, crossed into Zenda overnight."), [evidence]) == []


def test_check_counted_bare_number_in_evidence_is_not_counted_otherwise() -> None:
    evidence = "More than 5000 people left the two towns along with 2200 evacuated from Zenda and Tilia on Friday."
    assert check_counted(decompose("Some 2200 people were evacuated from Zenda and Tilia on Friday."), [evidence]) == []


# ---- a relation whose parties the extraction misread, read again around its verb --------------------------------------


def test_roles_agree_across_an_appositive() -> None:
    # as the stored text has it, without the appositive's commas (with them the clause reading sees no patient)
    evidence = "Zenda just across the frontier from a militia-held region of Tilia has been hit by rockets more than 70 times this year."
    claim = decompose("Zenda has been hit by rockets more than 70 times this year.")
    assert claim.relations and roles_agree(claim.relations[0], evidence)
    assert check_relations(claim, evidence) == []


def test_roles_agree_not_when_reversed() -> None:
    claim = decompose("Korvath shelled Velmar on Monday.")
    assert claim.relations
    assert not roles_agree(claim.relations[0], "Velmar shelled Korvath on Monday.")
