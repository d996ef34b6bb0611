"""Verifier rule of session 19, one sentence at a time: a claim two adjacent evidence sentences state between them,
each of its statements stated whole by one of the two ('split support'), is read as two one-sentence units by the
verdict model, not as a stitched pair. Names are invented."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest


@pytest.fixture(scope="module")
def embed() -> Callable[[list[str]], np.ndarray]:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    e = get_embedder(Settings())
    return lambda texts: np.asarray(e.embed(texts))


@pytest.mark.parametrize(
    "claim, parts",
    [
        # a relative clause between commas is a statement about the subject
        ("Judge Mira Voss, who presided over the Kalder trial, was removed from the case.",
         ["Judge Mira Voss was removed from the case", "Judge Mira Voss presided over the Kalder trial"]),
        # a subordinate clause of time after the main one
        ("Four guards died when rebels attacked the Tarnow depot.", ["Four guards died", "rebels attacked the Tarnow depot"]),
        # ... and before it
        ("After rebels shelled Zenda, army jets struck the Tarnow hills.", ["army jets struck the Tarnow hills", "rebels shelled Zenda"]),
        # two clauses, the second taking the first's subject
        ("Ruritanian forces captured Zenda on Friday and are now combing the city for mines.",
         ["Ruritanian forces captured Zenda on Friday", "Ruritanian forces are now combing the city for mines"]),
        # one statement stays one
        ("Doug Varga beat Anna Kell in the Zenda election.", ["Doug Varga beat Anna Kell in the Zenda election"]),
    ],
)
def test_split_parts(claim: str, parts: list[str]) -> None:
    from briefing.verify import split_parts

    assert split_parts(claim) == parts


CLAIM = "Judge Mira Voss, who presided over the Kalder fraud trial, was removed from the case on Monday."
PAIR = [
    "Judge Mira Voss presided over the Kalder fraud trial, which ended in a conviction last year.",
    "Voss was removed from the case on Monday, a court spokesman said.",
]


def test_each_statement_stated_by_one_sentence_is_split_support(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import split_support

    assert split_support(CLAIM, PAIR, " ".join(PAIR), embed)


def test_a_statement_neither_sentence_states_is_no_split_support(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import split_support

    stitched = [PAIR[0], "Judge Tomas Brill was removed from the case on Monday, a court spokesman said."]
    assert not split_support(CLAIM, stitched, " ".join(stitched), embed)


def test_a_negated_statement_is_no_split_support(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import split_support

    negated = [PAIR[0], "Voss was not removed from the case on Monday, a court spokesman said."]
    assert not split_support(CLAIM, negated, " ".join(negated), embed)


def test_one_sentence_stating_every_part_is_no_split(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import split_support

    both = ["Judge Mira Voss, who presided over the Kalder fraud trial, was removed from the case on Monday.", "The court gave no reason."]
    assert not split_support(CLAIM, both, " ".join(both), embed)


def test_a_single_statement_is_no_split(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import split_support

    claim = "Voss was removed from the Kalder fraud trial on Monday."
    assert not split_support(claim, PAIR, " ".join(PAIR), embed)


def test_assess_reads_a_split_pair_as_two_single_units(embed: Callable[[list[str]], np.ndarray]) -> None:
    from briefing.verify import assess

    evidence = ["The Zenda court sat for three days.", *PAIR, "Lawyers for Kalder declined to comment."]
    a = assess(CLAIM, evidence, " ".join(evidence), embed=embed)
    assert a.verdict == "supported" and a.evidence == [1, 2]
    assert a.signals["split"] is True and a.signals["pair_unit"] is False


def test_assess_keeps_a_stitched_pair_a_pair(embed: Callable[[list[str]], np.ndarray]) -> None:
    """The rules accept this pair (Kalder's words given to Voss), and the gate keeps its pair penalty: the second
    statement is no sentence's whole ('Voss said she would appeal' is Kalder's)."""
    from briefing.verify import assess

    claim = "Voss presided over the Kalder fraud trial and said she would appeal the ruling."
    evidence = [
        "Judge Mira Voss presided over the Kalder fraud trial, which ended in a conviction last year.",
        "Kalder said he would appeal the ruling.",
    ]
    a = assess(claim, evidence, " ".join(evidence), embed=embed)
    assert a.verdict == "supported" and a.evidence == [0, 1]
    assert "split" not in a.signals and a.signals["pair_unit"] is True
