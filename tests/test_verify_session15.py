"""Verifier rules of session 15, one sentence at a time: negative implicative verbs in every inflection ('asked him to
refrain from escalating', 'has held back on penalties', 'turned down an offer') and an opening 'he' or 'she' read as
the subject an earlier sentence names ('He broke down in tears' after 'Jamie Foxx paid tribute ...'). Each rule has
its faithful and its false side. Names are invented."""
from __future__ import annotations

import pytest

# ---- negative implicatives: the complement did not happen -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Osman asked Varga to refrain from escalating the dispute.", "refrain from"),
        ("The rebels were abstaining from releasing the detainees.", "abstaining from"),
        ("But he has since held back on any major trade penalties.", "held back on"),
        ("The delegation was blocked from travelling to the camps.", "blocked from"),
        ("Varga has turned down an approach from Osman to be his coach.", "turned down"),
        ("The ministry is declining to comment on the report.", "declining to"),
        ("They refuse to leave the building.", "refuse to"),
    ],
)
def test_negative_implicatives_are_negation_cues(text: str, cue: str) -> None:
    from briefing.claims import negations

    assert cue in negations(text)


def test_plain_verbs_near_the_implicatives_are_no_cues() -> None:
    from briefing.claims import negations

    assert negations("Osman held talks on trade penalties and turned to the press.") == []
    assert negations("The army held back the crowd.") == []


@pytest.mark.parametrize(
    "claim, evidence",
    [
        ("Osman asked Varga to escalate the diplomatic dispute with Zenda over the sanctions.",
         "Osman asked Varga to refrain from escalating a diplomatic dispute with Zenda over the sanctions."),
        ("Varga accepted Osman's offer to be his full-time coach.",
         "Coach Varga has turned down an approach from Osman to be his new full-time coach, say reports."),
        ("The ministry has imposed major trade penalties on Zenda since the election.",
         "The ministry threatened action against Zenda. But it has since held back on any major trade penalties on Zenda."),
    ],
)
def test_a_positive_claim_against_a_negative_implicative_is_contradicted(claim: str, evidence: str) -> None:
    from briefing.verify import rules

    verdict, _, problems = rules(claim, [evidence])
    assert verdict == "contradicted", problems


def test_the_implicative_on_both_sides_agrees() -> None:
    from briefing.verify import rules

    verdict, _, problems = rules("The rebels accused the army of refusing to release the detainees.",
                                 ["The rebels accused the army of the ceasefire breach by abstaining from releasing the detainees."])
    assert not any(p.contradicts for p in problems), problems


# ---- an opening 'he' or 'she': the subject an earlier sentence names ----------------------------------------------------


_FOXX = [
    "And Jamie Varga, who had two nominations this year, paid tribute to the legacy of Ray Osman.",
    "\"You took a chance, man,\" he said.",
    "\"That love for Ray Osman was deep down in the earth and you opened it up.",
    "Thank you for waiting 15 years to get me to do it.\"",
    "He broke down in tears when speaking about his grandmother.",
]


def test_an_opening_pronoun_reaches_back_over_quoted_speech_to_its_subject() -> None:
    from briefing.attribution import antecedent, resolve_pronouns

    assert antecedent(_FOXX, 4, ["Varga"]) == "Varga"
    assert resolve_pronouns(_FOXX, ["Varga"])[4] == "Varga broke down in tears when speaking about his grandmother."
    # the quote's own 'he said' does not open its sentence: nothing is replaced there
    assert resolve_pronouns(_FOXX, ["Varga"])[1] == _FOXX[1]


def test_an_opening_pronoun_is_not_read_as_a_name_the_subject_is_not() -> None:
    from briefing.attribution import antecedent

    # the subject is Varga: 'he' is not Osman, who is named later in the sentence
    assert antecedent(_FOXX, 4, ["Osman"]) is None
    # a sentence with a subject of its own ends the search: 'he' is not the Varga of two sentences back
    ev = ["Varga praised the film.", "Critics disliked the ending.", "He said it was too long."]
    assert antecedent(ev, 2, ["Varga"]) is None
    # a pronoun inside the sentence is left alone
    assert antecedent(["Varga praised the film.", "The film, he said, was too long."], 1, ["Varga"]) is None


def test_a_speaker_given_as_an_opening_pronoun_is_the_claims_speaker() -> None:
    from briefing.verify import rules

    ev = ["Mowery cited the governor's popularity with rural voters.",
          "Nevertheless, he said the opposition would seize on the scandal to boost fund-raising."]
    verdict, _, problems = rules("David Mowery said the opposition would seize on the scandal to boost fund-raising.", ev)
    assert not any(p.kind in ("speaker", "name") for p in problems), problems
    # another speaker is not read into the pronoun
    verdict, _, problems = rules("Kessler said the opposition would seize on the scandal to boost fund-raising.", ev)
    assert verdict != "supported"
