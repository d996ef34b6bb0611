"""The claim verifier on sentences: each rule, each perturbation kind, paraphrases accepted."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from briefing import Settings
from briefing.verify import judge

EVIDENCE = [
    "Government forces, backed by Ruritanian fighter jets, launched a counteroffensive on Thursday and reportedly eliminated hundreds of militants.",
    "The army, with its Ruritanian ally, said it was targeting rebel hideouts and denied bombing civilians.",
    "The rebellion is led by a coalition of armed groups supported by Elbonia.",
    "Freedonia has long supported Osman along with Ruritania in the region.",
    "At least 12 people were killed in Zenda on Monday, the Observatory said.",
    "Minister Lin told a press briefing that Freedonia is willing to help.",
]


@pytest.fixture(scope="module")
def embed() -> Callable[[list[str]], np.ndarray]:
    from briefing.embed import get_embedder

    e = get_embedder(Settings())
    return lambda texts: np.asarray(e.embed(texts))


def verdict(claim: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> str:
    return judge(claim, EVIDENCE, embed=embed).verdict


def test_a_verbatim_sentence_supports_itself() -> None:
    for s in EVIDENCE:
        v = judge(s, EVIDENCE)
        assert v.verdict == "supported" and v.judge == "rules" and v.quotes[0].quote == s


def test_two_adjacent_sentences_together_support_a_stitched_claim() -> None:
    v = judge("Freedonia has long supported Osman, and at least 12 people were killed in Zenda on Monday.", EVIDENCE)
    assert v.verdict == "supported" and len(v.evidence) == 2


@pytest.mark.parametrize(
    "claim, expected, reason",
    [
        ("Osman has long supported Freedonia.", "contradicted", "the evidence says Freedonia"),  # swapped backer/target
        ("The rebellion is led by armed groups that Elbonia does not support.", "contradicted", "negat"),
        ("Freedonia has never supported Osman.", "contradicted", "negates"),  # negation added
        ("The army bombed civilians.", "contradicted", "negated in the evidence"),  # denial dropped
        ("At least 15 people were killed in Zenda on Monday.", "unsupported", "number '15'"),  # changed number
        ("At least 12 soldiers were killed in Zenda on Monday.", "partial", "counts"),  # number counts something else
        ("At least 12 people were wounded in Zenda on Monday.", "contradicted", "wound"),  # another outcome: killed is not wounded
        ("At least 12 people were killed in Zenda on Tuesday.", "unsupported", "tuesday"),  # changed date
        ("Government forces eliminated hundreds of militants.", "partial", "reportedly"),  # certainty removed
        ("Minister Lin told a press briefing that Freedonia is willing to help Elbonia.", "unsupported", "elbonia"),  # added claim with a name
        ("Freedonia has long supported Osman and has sent troops to the border.", "partial", "troop"),  # added clause
    ],
)
def test_one_change_perturbations_are_not_supported(claim: str, expected: str, reason: str) -> None:
    v = judge(claim, EVIDENCE)
    assert v.verdict == expected, v.reasons
    assert any(reason.lower() in r.lower() for r in v.reasons), v.reasons


def test_changed_speaker_is_not_supported() -> None:
    v = judge("Minister Wang told a press briefing that Freedonia is willing to help.", EVIDENCE)
    assert v.verdict != "supported"
    v = judge("The Observatory said at least 12 people were killed in Zenda on Monday.", EVIDENCE)
    assert v.verdict == "supported", v.reasons
    v = judge("Zenda officials said at least 12 people were killed on Monday.", EVIDENCE)
    assert v.verdict != "supported"


def test_a_hedged_claim_keeps_its_hedge() -> None:
    assert verdict("Government forces reportedly eliminated hundreds of militants.") == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Freedonia has long backed Osman.",
        "Ruritanian fighter jets backed government forces in a counteroffensive launched on Thursday.",
        "The Observatory said at least 12 people were killed in Zenda on Monday.",
        "A coalition of armed groups supported by Elbonia leads the rebellion.",
        "The army said it was targeting rebel hideouts.",
        "Minister Lin said Freedonia is willing to help.",
    ],
)
def test_faithful_paraphrases_are_supported(claim: str, embed: Callable[[list[str]], np.ndarray]) -> None:
    v = judge(claim, EVIDENCE, embed=embed)
    assert v.verdict == "supported", v.reasons


def test_no_evidence_is_unsupported() -> None:
    v = judge("Freedonia backs Osman.", [])
    assert v.verdict == "unsupported" and v.reasons


def test_unrelated_evidence_is_unsupported(embed: Callable[[list[str]], np.ndarray]) -> None:
    v = judge("The central bank raised interest rates by half a point.", EVIDENCE, embed=embed)
    assert v.verdict == "unsupported"
