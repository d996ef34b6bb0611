"""Session 12's verifier rules, one sentence at a time: words a sentence opens with that are not names ('Besides
Ruritania', 'Speaking in Zenda, X said'), a reported claim against reported evidence ('..., the Observatory said'
against 'reportedly'), and a count whose name modifier the evidence gives apart ('10 Velmar Front members' against
'10 members of the group'). Each rule has its faithful and its false side."""
from __future__ import annotations

from briefing.certainty import check_hedge, check_modality, claimed_by_speaker, reports_speech
from briefing.claims import decompose, lead_participle, quantities, real_names
from briefing.counts import check_numbers, name_modifiers
from briefing.verify import judge

# ---- words a sentence opens with -------------------------------------------------------------------------------


def test_leading_preposition_is_no_name() -> None:
    assert real_names("Besides Ruritania and Elbonia, the Tilia-backed militia fights on.") == {"ruritania", "elbonia", "tilia-backed"}
    assert real_names("Near the brick factory east of Zenda, army units destroyed three vehicles.") == {"zenda"}
    assert real_names("Among the 270 civilians killed were 51 children.") == set()


def test_leading_number_word_is_no_part_of_a_name() -> None:
    assert real_names("Four Ruritanian airstrikes north of Zenda killed three civilians.") == {"ruritanian", "zenda"}
    assert real_names("Seven Velmar members were killed.") == {"velmar"}


def test_leading_participle_phrase_is_no_name() -> None:
    assert lead_participle("Speaking in Zenda, Karl Osman said he hoped the attack would end.") == "speaking"
    assert real_names("Speaking in Zenda, Karl Osman said he hoped the attack would end.") == {"zenda", "karl osman"}
    assert real_names("Backed from the air, the Ruritanian army repelled the attacks.") == {"ruritanian"}


def test_a_name_that_opens_a_sentence_stays_a_name() -> None:
    # '-ing' names are names when no introductory phrase follows them
    assert lead_participle("Beijing has backed the president.") is None
    assert "beijing" in real_names("Beijing has backed the president.")
    # an opening verb in -ing is no part of the name after it (claims.lead_gerund, session 14): 'taking' is 'take'
    assert real_names("Taking Zenda would strengthen the army.") == {"zenda"}


def test_opening_words_no_longer_stop_a_faithful_claim() -> None:
    evidence = ["Karl Osman said in Zenda that he hoped the attack would wake the regime's supporters up."]
    v = judge("Speaking in Zenda, Karl Osman said he hoped the attack would wake the regime's supporters up.", evidence)
    assert not any("speaking" in r for r in v.reasons)


# ---- a reported claim against reported evidence ----------------------------------------------------------------


def test_claim_with_a_neutral_speaker_reports_speech() -> None:
    assert reports_speech(decompose("Air strikes killed 20 people, the Observatory said."))
    assert reports_speech(decompose("The army visited Zenda on Monday, according to the institute."))
    assert not reports_speech(decompose("The Observatory confirmed that air strikes killed 20 people."))
    assert not reports_speech(decompose("Air strikes killed 20 people."))


def test_reportedly_does_not_reject_a_reported_claim() -> None:
    unit = "Air strikes by the army on the town of Salma reportedly killed at least 20 people."
    assert check_hedge(decompose("Air strikes by the army on the town of Salma killed at least 20 people, the Observatory said."), unit) == []


def test_reportedly_still_rejects_a_certain_or_confirmed_claim() -> None:
    unit = "Air strikes by the army on the town of Salma reportedly killed at least 20 people."
    assert check_hedge(decompose("Air strikes by the army on the town of Salma killed at least 20 people."), unit)
    assert check_hedge(decompose("The Observatory confirmed that air strikes on the town of Salma killed at least 20 people."), unit)


def test_a_doubting_hedge_still_rejects_a_reported_claim() -> None:
    unit = "The gas used in the attack on Zenda was suspected to be chlorine."
    assert check_hedge(decompose("The gas used in the attack on Zenda was chlorine, the rescuers said."), unit)


def test_claimed_that_needs_the_claims_speaker_as_its_claimant() -> None:
    unit = "Ruritanian opposition forces on Sunday claimed that jets hit an outpost in Zenda, killing one fighter."
    same = decompose("Opposition forces said jets had hit an outpost in Zenda, killing one fighter.")
    other = decompose("The Observatory said jets had hit an outpost in Zenda, killing one fighter.")
    assert claimed_by_speaker(same, unit) and check_hedge(same, unit) == []
    assert not claimed_by_speaker(other, unit) and check_hedge(other, unit)


# ---- a count's name modifier given apart -----------------------------------------------------------------------


def test_name_modifiers_of_a_count() -> None:
    q = quantities("A bomb killed at least 10 Velmar Front members, a monitor said.")[0]
    assert name_modifiers(q) == {"velmar", "front"}
    assert name_modifiers(quantities("Police arrested 3 Ruritanians.")[0]) == set()  # a count of names alone keeps them


def test_count_of_the_group_states_the_named_members() -> None:
    claim = decompose("A bomb at a mosque killed at least 10 Velmar Front members.")
    unit = "Protests against the Velmar Front were suppressed, and a bomb at a mosque killed at least 10 members of the group."
    assert check_numbers(claim, unit, unit) == []


def test_count_of_another_named_group_still_rejects() -> None:
    claim = decompose("At least 132 Tilian fighters have been killed in fighting in Zenda.")
    unit = "At least 132 Velmar State fighters have been killed since Saturday by Tilian forces in Zenda."
    assert check_numbers(claim, unit, unit)
    claim = decompose("The militia killed at least 175 Tilian fighters in an offensive.")
    unit = "Tilian forces killed at least 175 members and commanders of the hardline Velmarist militants in an offensive."
    assert check_numbers(claim, unit, unit)


# ---- a claim that states a fear or a condition -----------------------------------------------------------------


def test_a_feared_or_conditional_claim_asserts_less_than_the_evidence() -> None:
    unit = "The Observatory said the toll from the Zenda car bomb would rise because dozens of people were missing."
    assert check_modality(decompose("The Observatory warned that the Zenda car bomb toll would rise because dozens were missing."), unit) == []
    unit = "The Observatory said it did not know who carried out the strike on the Zenda hospital."
    assert check_modality(decompose("The Observatory said it did not know whether Tilian or Velmar jets carried out the strike on the Zenda hospital."), unit) == []


def test_a_planned_claim_still_needs_planned_evidence() -> None:
    unit = "The army captured the town of Zenda on Monday."
    assert check_modality(decompose("The army will capture the town of Zenda on Monday."), unit)
