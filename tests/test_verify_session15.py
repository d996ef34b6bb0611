"""Verifier rules of session 15, one sentence at a time: negative implicative verbs in every inflection ('asked him to
refrain from escalating', 'has held back on penalties', 'turned down an offer'). Each rule has its faithful and its
false side. Names are invented."""
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
