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
