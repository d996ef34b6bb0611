"""Session-6 verifier signals (issue 8): roles in any voice, contrastive and relative-clause negation scopes, places
located inside others, passive attribution, a claim's own phrase stated beside a replacement, and claims that sum up
several sentences of one article. Each false claim has a faithful one beside it, so a rule that rejects true claims
fails too."""
from __future__ import annotations

import pytest

from briefing.attribution import said_by
from briefing.claims import decompose, negation_scopes
from briefing.location import check_within, within_pairs
from briefing.matching import phrase_stated
from briefing.polarity import check_polarity, negated_heads
from briefing.roles import action_word, check_swapped_roles, clause_roles, role_phrases, swapped_roles
from briefing.verify import judge, summary_parts

# ---- roles in any voice ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, agent, patient",
    [
        ("The Zendan League called upon the United Nations to act.", "called", "league", "nations"),
        ("The town was shelled by Ruritanian forces on Monday.", "shelled", "ruritanian", "town"),
        ("Shelling by the Elbonian army on the rebel-held area of Zenda killed ten.", "shelling", "elbonian", "zenda"),
        ("Ruritanian jets struck the depot near Zenda.", "struck", "jets", "depot"),
    ],
)
def test_clause_roles_reads_agent_and_patient_in_any_voice(text: str, word: str, agent: str, patient: str) -> None:
    roles = clause_roles(text, word)
    assert roles and any(agent in " ".join(a) and patient in " ".join(p) for a, p in roles), roles


def test_role_phrases_end_an_agent_at_the_next_passive() -> None:
    text = "The capture of Zenda was announced by the Ruritanian militia and confirmed by the Elbonian monitor."
    (agent, patient), = role_phrases(text, "announced")
    assert "Ruritanian militia" in agent and "Elbonian" not in agent and "capture of Zenda" in patient


@pytest.mark.parametrize("word, expected", [("called", True), ("shelling", True), ("fought", True), ("militia", False), ("citizens", False), ("deadliest", False)])
def test_action_word(word: str, expected: bool) -> None:
    assert action_word(word) is expected


EVIDENCE_CALL = "The Zendan League called upon the United Nations and aid groups to act urgently to save the residents of Zenda."


def test_reversed_roles_contradict() -> None:
    assert swapped_roles("The United Nations called upon the Zendan League to save the residents of Zenda.", EVIDENCE_CALL) == ("called", True)
    problems = check_swapped_roles(decompose("The United Nations called upon the Zendan League to save the residents of Zenda."), [EVIDENCE_CALL])
    assert problems and problems[0].contradicts


def test_same_roles_in_other_words_pass() -> None:
    assert swapped_roles("The Zendan League called upon the United Nations to save the residents of Zenda.", EVIDENCE_CALL) is None
    assert swapped_roles("The Zendan League urgently called upon the United Nations to act.", EVIDENCE_CALL) is None


EVIDENCE_SHELL = "Shelling by the Elbonian army on the rebel-held area of East Zenda killed at least 10 civilians on Friday."


def test_an_actor_the_evidence_gives_as_the_target_is_not_stated() -> None:
    problems = check_swapped_roles(decompose("Rebel shelling on East Zenda killed at least 10 civilians on Friday."), [EVIDENCE_SHELL])
    assert problems and problems[0].kind == "relation" and not problems[0].contradicts
    assert check_swapped_roles(decompose("Elbonian army shelling on East Zenda killed at least 10 civilians."), [EVIDENCE_SHELL]) == []


def test_a_place_where_the_actor_stands_is_not_its_role() -> None:
    evidence = "Fighting between Ruritanian militants and Elbonian troops has forced 13000 residents to flee the city of Zenda."
    assert swapped_roles("Fighting around Zenda has forced 13000 residents to flee the city.", evidence) is None


def test_swapped_roles_decide_the_verdict() -> None:
    assert judge("The United Nations called upon the Zendan League to save the residents of Zenda.", [EVIDENCE_CALL]).verdict == "contradicted"
    assert judge("The Zendan League called upon the United Nations to save the residents of Zenda.", [EVIDENCE_CALL]).verdict == "supported"


# ---- negation scopes --------------------------------------------------------------------------------


def test_a_relative_clause_after_a_negated_noun_phrase_is_not_negated() -> None:
    (_, scope), = negation_scopes("Aid must be left to aid groups not to Elbonian forces that seized earlier shipments of aid.")
    assert "seiz" not in scope and "shipment" not in scope
    (_, scope), = negation_scopes("The ministry denied that troops seized the town.")
    assert {"troop", "seiz", "town"} <= scope  # close to the cue, 'that' opens what is denied


def test_a_contrastive_not_negates_no_predicate() -> None:
    (_, _, heads), = negated_heads("Aid must be left to aid groups, not to Elbonian forces.", set())
    assert heads == []
    evidence = "Aid must be left to aid groups not to Elbonian forces that seized earlier shipments of aid, Zed said."
    assert judge("Zed said Elbonian forces seized earlier shipments of aid.", [evidence]).verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    ["The rocket attacks did not damage any houses.", "The rocket attacks never damaged houses."],
)
def test_a_negated_claim_against_the_stated_positive_contradicts(claim: str) -> None:
    evidence = "A police source said the rocket attacks damaged houses and burned a number of cars."
    problems = check_polarity(decompose(claim), evidence)
    assert problems and problems[0].contradicts
    assert check_polarity(decompose("The rocket attacks damaged houses."), evidence) == []


# ---- places inside places ---------------------------------------------------------------------------


def test_within_pairs() -> None:
    assert ("al-zeta", "zenda") in within_pairs("A rocket hit the al-Zeta neighborhood in Zenda on Friday.")
    assert within_pairs("Two people were killed on Friday in Zenda.") == []


def test_a_place_put_inside_another_contradicts() -> None:
    evidence = "Two people were killed by a rocket attack on the al-Zeta neighborhood in Zenda city."
    problems = check_within(decompose("Two people were killed in a rocket attack on al-Zeta neighborhood in Ostia."), evidence)
    assert problems and problems[0].contradicts
    assert check_within(decompose("Two people were killed in a rocket attack on al-Zeta neighborhood in Zenda."), evidence) == []


# ---- attribution and replaced words -----------------------------------------------------------------


def test_said_by_reads_a_passive_speaker() -> None:
    evidence = "The capture of Zenda was announced by the Ruritanian militia and confirmed by the Elbonian Observatory which monitors the war."
    assert said_by("Ruritanian militia", evidence) and said_by("Elbonian Observatory", evidence)
    assert not said_by("Ostia", evidence)
    assert judge("The Ruritanian militia announced the capture of Zenda, and the Elbonian Observatory confirmed it.", [evidence]).verdict == "supported"


def test_phrase_stated_beside_a_replacement() -> None:
    theirs = "the regime continues to brutalize people and refuses to implement resolutions".split()
    assert phrase_stated("refuses", ["the", "regime"], ["to", "implement"], theirs)
    assert not phrase_stated("refuses", ["the", "regime"], ["to", "leave"], theirs)


# ---- summaries of several sentences ----------------------------------------------------------------


def test_summary_parts_give_each_clause_a_subject() -> None:
    parts = summary_parts(decompose("Ruritanian forces captured Zenda on Friday and are now combing the city for mines."))
    assert parts == ["Ruritanian forces captured Zenda on Friday", "Ruritanian forces are now combing the city for mines"]


SUMMED = [
    "Ruritanian forces captured the town of Zenda on Friday, the army said.",
    "The Elbonian envoy arrived in Ostia for talks on Tuesday.",
    "Ruritanian forces are now combing the town of Zenda for mines, a spokesman said.",
]


def test_a_claim_summing_up_two_distant_sentences_is_supported() -> None:
    v = judge("Ruritanian forces captured the town of Zenda on Friday, and they are now combing the town of Zenda for mines.", SUMMED)
    assert v.verdict == "supported" and v.evidence == [0, 2]


def test_a_summary_with_an_unstated_part_is_not() -> None:
    v = judge("Ruritanian forces captured the town of Zenda on Friday, and they executed 40 prisoners in Ostia.", SUMMED)
    assert v.verdict != "supported"


def test_a_negated_position_to_act_still_negates_the_act() -> None:
    evidence = "Its spokesman Zed Ortho said that he is not in a position to confirm the veracity of the reports."
    (_, _, heads), = negated_heads(evidence, set())
    assert "confirm" in heads
    assert judge("Zed Ortho confirmed the veracity of the reports.", [evidence]).verdict == "contradicted"


def test_an_action_noun_takes_its_target_after_the_agent() -> None:
    evidence = "Witnesses said three civilians were killed in mortar shelling by Ostian militants on the regime-held parts of Zenda."
    (agent, patient), = clause_roles(evidence, "shelling")
    assert "ostian" in agent and "regime-held" in patient
    claim = decompose("Regime forces launched mortar shelling on the regime-held parts of Zenda.")
    assert check_swapped_roles(claim, [evidence])
    assert check_swapped_roles(decompose("Ostian mortar shelling killed three civilians in the regime-held parts of Zenda."), [evidence]) == []


def test_a_certainty_the_evidence_does_not_give_is_an_addition() -> None:
    from briefing.certainty import check_booster

    evidence = "Zed said a transitional body is the only way to win support for the fight against the Ostian militants."
    assert check_booster(decompose("Zed said a transitional body would certainly defeat the Ostian militants."), evidence)
    assert check_booster(decompose("Zed said a transitional body is the only way to win support for the fight."), evidence) == []
    assert check_booster(decompose("The report was proven false."), "Officials said the report was proven false.") == []


def test_a_shared_title_part_is_no_moved_role() -> None:
    evidence = "The ministry is said to have replaced Lieutenant-General Ivo Kasel over the weekend with Colonel-General Ari Zenko."
    assert swapped_roles("Colonel-General Ari Zenko reportedly replaced Lieutenant-General Ivo Kasel as commander.", evidence) is None


def test_a_plural_noun_before_by_is_no_passive_verb() -> None:
    from briefing.claims import decompose
    from briefing.roles import check_roles

    evidence = ("Terrorist groups positioned in the eastern neighborhoods of Zenda City on Tuesday attacked with shells "
                "the building of Strel hotel in al-Varna neighborhood in Zenda.")
    assert check_roles(decompose("The Strel hotel building in al-Varna neighborhood was attacked with shells by terrorist groups."), evidence) == []
    assert check_roles(decompose("The Zenda hotel was shelled by the army."), "The army shelled the Zenda hotel.") == []


def test_a_part_named_inside_the_whole_is_no_other_party() -> None:
    from briefing.claims import decompose
    from briefing.roles import check_relations

    evidence = "Five civilians including three children were also killed by regime bombs that landed on eastern Zenda."
    assert check_relations(decompose("Regime bombs killed five civilians in eastern Zenda."), evidence) == []
