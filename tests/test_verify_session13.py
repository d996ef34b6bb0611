"""Verifier rules written in session 13 and measured and kept in session 14, one sentence at a time: a speaker the
stating sentence gives as a pronoun or a participle ('Nevertheless, he said ...'), the end of a negation's scope, an
opening gerund that is no name, a relative clause outside a modal's plan, and an age that is no count. Each rule has
its faithful and its false side."""
from __future__ import annotations



# ---- claimed_by_speaker (its claimant's words computed once) ----------------------------------------------------


def test_claimed_by_speaker_reads_the_claimant_before_claimed_that() -> None:
    from briefing.certainty import claimed_by_speaker
    from briefing.claims import decompose

    assert claimed_by_speaker(decompose("Opposition forces said they took the town."), "Ruritanian opposition forces claimed that they took the town.")
    assert not claimed_by_speaker(decompose("The monitor said the town fell."), "State media claimed that the town fell.")


# ---- a speaker given as a pronoun or a participle ---------------------------------------------------------------

_UNIT = ("Osman cited the mayor's popularity with Zenda's voters, who he said would distrust the reports. "
         "Nevertheless, he said the opposition would seize on the scandal to raise money.")
_CORE = "Nevertheless, he said the opposition would seize on the scandal to raise money."


def test_a_pronoun_speaker_stands_for_the_subject_of_the_sentence_before() -> None:
    from briefing.attribution import check_speaker, pronoun_speaker
    from briefing.claims import decompose

    assert pronoun_speaker("Karl Osman", _CORE, _UNIT)
    claim = decompose("Karl Osman said the opposition would use the scandal to raise money.")
    assert check_speaker(claim, _UNIT, _UNIT, _CORE) == []


def test_a_pronoun_speaker_does_not_stand_for_another_name() -> None:
    from briefing.attribution import check_speaker, pronoun_speaker
    from briefing.claims import decompose

    assert not pronoun_speaker("Lin", _CORE, _UNIT)
    claim = decompose("Minister Lin said the opposition would use the scandal to raise money.")
    assert [p.kind for p in check_speaker(claim, _UNIT, _UNIT, _CORE)] == ["speaker"]


def test_a_pronoun_after_the_content_does_not_make_its_subject_the_speaker() -> None:
    from briefing.attribution import pronoun_speaker

    # 'he' is Osman: the opposition is what he spoke about, not who spoke
    tail = "The opposition would seize on the scandal to raise money, he said."
    assert not pronoun_speaker("the opposition", tail, "Osman cited the mayor's popularity. " + tail)
    opening = "He said the opposition would seize on the scandal."
    assert not pronoun_speaker("the opposition", opening, "Osman cited the mayor's popularity. " + opening)
    assert pronoun_speaker("Osman", opening, "Osman cited the mayor's popularity. " + opening)


def test_a_participle_of_saying_takes_its_sentence_subject() -> None:
    from briefing.attribution import pronoun_speaker

    core = "Ruritania has pushed back at suggestions it should do more to rein in Elbonia, saying it is fully enforcing the sanctions."
    assert pronoun_speaker("Ruritania", core, core)
    assert not pronoun_speaker("Elbonia", core, core)
    assert not pronoun_speaker("Ruritania", "Ruritania has pushed back at suggestions.", "Ruritania has pushed back at suggestions.")


def test_names_in_order_keep_the_order_names_stand_in() -> None:
    from briefing.lexical import names, names_in_order

    text = "But Osman's aide met Lin in Zenda."
    assert names_in_order(text) == ["osman's", "lin", "zenda"]
    assert names(text) == {"osman", "lin", "zenda"}


# ---- where a negation's scope ends -------------------------------------------------------------------------------


def test_not_saying_why_leaves_the_why_clause_true() -> None:
    from briefing.claims import decompose
    from briefing.polarity import check_polarity

    unit = "A court spokeswoman did not say why Judge Osman was recused, and added that the case was randomly reassigned."
    assert check_polarity(decompose("Judge Osman was recused from the case and it was randomly reassigned."), unit) == []
    # the negation still governs what it denies
    denied = "A court spokeswoman said Judge Osman was not recused from the case."
    assert [p.kind for p in check_polarity(decompose("Judge Osman was recused from the case."), denied)] == ["polarity"]


def test_a_second_that_clause_is_outside_the_negation() -> None:
    from briefing.claims import negation_scopes

    scopes = negation_scopes("Osman said the ministry was not complying and that the decision sent a message to the countries.")
    assert scopes == [("not", {"comply"})]
    # one 'that' clause stays under its negation
    assert {"decision", "sent"} <= negation_scopes("Osman did not say that the decision sent a message.")[0][1]


# ---- an opening gerund is no part of a name -------------------------------------------------------------------------


def test_an_opening_gerund_is_no_part_of_a_name() -> None:
    from briefing.claims import lead_gerund, real_names

    assert real_names("Keeping Tilia, Velmar and Zenda off the list makes it easier to send them aid.") == {"tilia", "velmar", "zenda"}
    assert real_names("Taking Zabadani would open the road to the border.") == {"zabadani"}
    assert lead_gerund("Beijing Daily said the talks went well.", "beijing daily") == "beijing daily"  # no verb in -ing
    assert lead_gerund("The army was taking Zabadani.", "taking zabadani") == "taking zabadani"  # not the opening word


# ---- a relative clause is outside the plan before it ---------------------------------------------------------------


def test_a_relative_clause_is_not_under_the_modal_before_it() -> None:
    from briefing.certainty import check_modality
    from briefing.claims import decompose

    unit = ("Osman offered no hint that Ruritania would change tack on Elbonia, with which it fought side-by-side in the "
            "1950-53 war against Tilia-led forces.")
    assert check_modality(decompose("Ruritania and Elbonia fought together against Tilia-led forces in the 1950-53 war."), unit) == []
    assert [p.kind for p in check_modality(decompose("Ruritania changed tack on Elbonia."), unit)] == ["modality"]


def test_before_relative_cuts_a_non_restrictive_clause_only() -> None:
    from briefing.claims import before_relative

    assert before_relative(" change tack on Elbonia, with which it fought in the war") == " change tack on Elbonia"
    assert before_relative(" meet the envoy, who had fled Zenda") == " meet the envoy"
    assert before_relative(" meet the envoy who had fled Zenda") == " meet the envoy who had fled Zenda"  # restrictive: no comma


# ---- an age is no count bound to a place ------------------------------------------------------------------------


def test_an_age_need_not_stand_with_the_place() -> None:
    from briefing.claims import decompose
    from briefing.location import ages, check_binding

    assert ages("Karl Osman, a 63-year-old former prosecutor, won; his rival, aged 70, lost.") == {"63", "70"}
    sentences = ["Karl Osman won Zenda's election for the Senate on Tuesday.", "Osman, 63, a former prosecutor, prevailed over his rival."]
    assert check_binding(decompose("Karl Osman, a 63-year-old former prosecutor, won Zenda's Senate election."), sentences) == []
    # a count and its place are still one fact
    stitched = ["Twelve people were killed in Tilia on Monday.", "In Zenda 40 houses were destroyed."]
    assert [p.kind for p in check_binding(decompose("40 houses were destroyed in Tilia."), stitched)] == ["binding"]
