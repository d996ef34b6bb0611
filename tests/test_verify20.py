"""Verifier rules of session 20, one sentence at a time: an attributive hedge doubts the noun phrase it describes, a
count ends at a preposition or another number, a span of time said without a number ('for a week') must be the
evidence's, and middle initials tell people apart. Names are invented."""
from __future__ import annotations

import pytest

from briefing.claims import attributive_scope, described_phrase, hedge_scopes, quantities
from briefing.claims import _HEDGE, decompose
from briefing.counts import check_durations, spans
from briefing.matching import check_initials, initials
from briefing.verify import rules


# ---- attributive hedges ----


@pytest.mark.parametrize(
    "text, scope",
    [
        # an adjective before a noun doubts the noun phrase, not the clause's verb
        ("The bodies were found two days after suspected Kalder militants kidnapped them in Zenda province.", {"kalder", "militant"}),
        # an 'of' complement belongs to the phrase
        ("Its record, including alleged use of chemical weapons, is debated.", {"use", "chemical", "weapon"}),
        # 'what are said to be X': X is doubted, not the strikes
        ("Jets have been striking what are said to be militant targets inside Zenda since 2019.", {"militant", "target"}),
    ],
)
def test_attributive_scope_is_the_described_phrase(text: str, scope: set[str]) -> None:
    assert hedge_scopes(text) == [(hedge_scopes(text)[0][0], scope)]


@pytest.mark.parametrize(
    "text",
    [
        "He was suspected of killing five guards in Zenda.",  # a verb with its complement: the statement is doubted
        "The rebels reportedly killed five guards in Zenda.",  # an adverb hedges the clause
        "Police have alleged that the guards were bribed.",  # 'alleged that': a statement
    ],
)
def test_a_hedge_of_a_statement_keeps_its_clause(text: str) -> None:
    m = next(_HEDGE.finditer(text))
    assert attributive_scope(text, m) is None
    assert len(hedge_scopes(text)[0][1]) >= 2


def test_described_phrase_stops_at_a_participle_and_a_preposition() -> None:
    text = "suspected Kalder militants kidnapped them"
    assert described_phrase(text, len("suspected")) == ["kalder", "militants"]
    text = "suspected militant camps near Zenda"
    assert described_phrase(text, len("suspected")) == ["militant", "camps"]
    assert described_phrase("suspected of fraud", len("suspected")) is None


def test_a_claim_without_the_hedged_phrase_is_supported() -> None:
    evidence = ["Jets have been conducting strikes against what are said to be militant targets inside Zenda since May 2019 without a UN mandate."]
    verdict, _, problems = rules("Since May 2019 jets have been conducting strikes inside Zenda without a UN mandate.", evidence)
    assert not [p for p in problems if p.kind == "hedge"], problems


def test_a_claim_stating_the_hedged_phrase_as_fact_is_not_supported() -> None:
    evidence = ["Voss's record, including alleged use of chemical weapons, makes him a pariah in much of the world."]
    verdict, _, problems = rules("Voss has used chemical weapons.", evidence)
    assert verdict != "supported"


# ---- what a number counts ends at a preposition or another number ----


def test_a_number_before_a_preposition_counts_nothing_after_it() -> None:
    (q,) = quantities("A motorbike bomber kills 16 outside a bakery in Zenda")
    assert q.unit is None and not q.nouns


def test_a_number_before_another_number_does_not_take_its_noun() -> None:
    qs = quantities("Kalder Energy will invest $83.7 billion over 20 years in Zenda")
    assert qs[0].unit is None
    assert qs[1].unit == "year"


def test_a_counted_noun_still_follows_its_number() -> None:
    (q,) = quantities("Jets killed 30 Zendan fighters near the town")
    assert "fighters" in q.nouns


# ---- spans of time ----


def test_spans_in_days() -> None:
    assert [d for _, d in spans("He spent two days in court and a week in Zenda; a 20-year deal; 48 hours")] == [2.0, 7.0, 7300.0, 2.0]
    assert spans("last week, several days, this year") == []


def test_a_span_the_evidence_gives_otherwise_is_not_stated() -> None:
    claim = decompose("Voss was cross-examined for a week.")
    unit = "Mr Voss has spent two days being cross-examined by lawyers."
    assert check_durations(claim, unit, unit)


@pytest.mark.parametrize(
    "claim, unit",
    [
        ("Voss was cross-examined for a week.", "Mr Voss has spent seven days being cross-examined."),  # the same span in days
        ("The deal runs for a year.", "The deal runs for 12 months."),  # within SAME_SPAN
        ("Voss was cross-examined for a week.", "Mr Voss was cross-examined by lawyers."),  # the evidence states no span
    ],
)
def test_the_same_span_or_none_in_the_evidence_passes(claim: str, unit: str) -> None:
    assert check_durations(decompose(claim), unit, unit) == []


def test_a_span_in_a_neighbouring_sentence_passes() -> None:
    claim = decompose("Voss was questioned for a week.")
    unit = "Voss spent two days in Tarnow."
    assert check_durations(claim, unit, unit + " He was then questioned for a week.") == []


# ---- middle initials ----


def test_initials_of_each_mention() -> None:
    assert initials("Edgar", "Voss", "Edgar H.W. Voss and Edgar Voss met.") == {"H.W.", ""}


def test_other_initials_name_another_person() -> None:
    claim = decompose("Tarn was appointed by Edgar W. Voss.")
    assert check_initials(claim, "Tarn served under appointments by Edgar H.W. Voss.")


@pytest.mark.parametrize(
    "unit",
    [
        "Tarn served under appointments by Edgar W. Voss.",  # the same initials
        "Tarn served under appointments by Edgar Voss.",  # no initials: nothing against it
        "Tarn served under appointments by Edgar W. Voss, son of Edgar H.W. Voss.",  # one mention is the claim's
    ],
)
def test_same_or_no_initials_pass(unit: str) -> None:
    assert check_initials(decompose("Tarn was appointed by Edgar W. Voss."), unit) == []


# ---- verbs of preventing deny like 'not' ----

from briefing.polarity import check_polarity, preventing, prevented  # noqa: E402


def test_preventing_and_prevented() -> None:
    assert preventing("Tarnow is willing to stop the crisis from deepening.")
    assert not preventing("Tarnow is willing to end the crisis.")
    assert prevented("gather", "Activists called on residents to avoid gathering near the square.")
    assert prevented("identifi", "Ten bodies are yet to be identified.")
    assert not prevented("gather", "Activists called on residents to gather near the square.")


def test_a_claim_saying_the_prevention_in_other_words_is_not_contradicted() -> None:
    claim = decompose("Tarnow is willing to make efforts to stop the situation in Zenda from deteriorating further.")
    unit = "Tarnow is willing to make positive efforts to prevent further deterioration of the situation in Zenda, said its spokesman."
    assert check_polarity(claim, unit) == []


def test_a_positive_claim_against_a_prevention_is_still_contradicted() -> None:
    unit = "The army prevented the rebels from entering the town of Tarnow."
    assert check_polarity(decompose("The rebels entered the town of Tarnow."), unit)
    # the prevention said with roles swapped: the claim's negation of 'army' is still read against the evidence
    assert check_polarity(decompose("The rebels stopped the army from entering the town of Tarnow."), unit)


def test_a_negated_claim_the_evidence_denies_with_a_preventing_verb_is_not_contradicted() -> None:
    claim = decompose("Local activists urged residents not to gather for fear of further attacks.")
    assert check_polarity(claim, "Local activists called on residents to avoid gathering for fear of more attacks.") == []
    # without the preventing verb the evidence states the gathering: the claim's negation contradicts it
    assert check_polarity(claim, "Local activists called on residents to keep gathering despite fear of more attacks.")


# ---- vague plural counts ----


@pytest.mark.parametrize("text", ["tens of others were wounded", "scores of people fled", 'said "tens" of people were hurt'])
def test_tens_and_scores_of_count_like_dozens(text: str) -> None:
    assert [q.value for q in quantities(text)] == [q.value for q in quantities("dozens of people")]


def test_scores_as_a_verb_counts_nothing() -> None:
    assert [q.value for q in quantities("The striker scores 3 goals")] == [3.0]


def test_dozens_is_stated_by_tens_of() -> None:
    evidence = ['State television said "tens of fighters" had been killed in the ambush near Tarnow.']
    verdict, _, problems = rules("State television said dozens of fighters had been killed in the ambush near Tarnow.", evidence)
    assert not [p for p in problems if p.kind in ("value", "number")], problems


# ---- a statement the claim only names ----

from briefing.polarity import unasserted_removed  # noqa: E402


def test_unasserted_removed() -> None:
    assert "ask" not in unasserted_removed("Voss called the idea that Kalder could ask Tarn to do anything absurd.")
    assert unasserted_removed("Voss said Kalder asked Tarn to leave.") == "Voss said Kalder asked Tarn to leave."


def test_a_denied_deed_the_claim_only_names_is_no_contradiction() -> None:
    unit = "Kalder was not in a position to ask Tarn to do anything, said Voss, calling the idea absurd."
    assert check_polarity(decompose("Voss called the idea that Kalder could ask Tarn to do anything absurd."), unit) == []
    # asserted, the same deed is contradicted
    assert check_polarity(decompose("Voss said Kalder asked Tarn to do something."), unit)


# ---- a second 'that' clause, and a modal hedge followed by its verb phrase ----

from briefing.claims import modality_scopes  # noqa: E402

_TWO_THAT = ("Voss wrote to Tarn saying there were concerns that the Kalder office may not be complying with the law "
             "and that the decision sent a powerful message to these towns.")


def test_a_modal_hedge_with_its_verb_phrase_governs_that_phrase_only() -> None:
    (cue, scope), = hedge_scopes(_TWO_THAT)
    assert cue == "may" and "decision" not in scope and "voss" not in scope


def test_a_hedge_ending_its_clause_governs_the_words_before() -> None:
    (cue, scope), = hedge_scopes("Kalder forces shelled the town of Tarnow, reportedly.")
    assert "town" in scope and "tarnow" in scope


def test_a_fear_does_not_reach_a_second_that_clause() -> None:
    scopes = [s for fam, s, _ in modality_scopes(_TWO_THAT) if fam == "fear"]
    assert scopes and all("decision" not in s and "message" not in s for s in scopes)
