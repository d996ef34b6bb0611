"""Session 17: does a shown or ranked sentence carry an answer of the ASKED TYPE (issue 9)?

Shipped: answerability.figure_kind_failures, the kind of figure asked (measures.asked_kind) stated by no retrieved
sentence -> refuse, saying which kind is missing. Measured and not shipped: the same question
for a person or organisation asked by its role (benchmarks/questions/answer_types17.py, role_filled), tested here so
its reading is pinned. Plain sentences, made-up names.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from briefing.answerability import figure_kind_failures, judge, refusal_model
from briefing.candidates import Scored
from briefing.question import analyse

from .test_slots_fill10 import _pool  # a real EvidencePool over plain sentences

_spec = importlib.util.spec_from_file_location("answer_types17", Path(__file__).resolve().parents[1] / "benchmarks" / "questions" / "answer_types17.py")
assert _spec and _spec.loader
types17 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(types17)


def _ranked(n: int) -> list[Scored]:
    return [Scored(index=i, score=1.0 - 0.01 * i, similarity=0.7, coverage=0.5) for i in range(n)]


def test_a_cost_question_answered_only_by_counts_is_refused_and_says_which_kind() -> None:
    shape = analyse("How much did the film Velmar Nights cost to make?")
    pool = _pool(["Velmar Nights has seven nominations while Korvath Road has 11.", "The film opened in 300 cinemas."])
    fired = list(figure_kind_failures(shape, pool, [0]))
    assert [k for k, _ in fired] == ["figure_kind"]
    assert "money" in fired[0][1]
    assert "figure_kind" in refusal_model().vetoes
    why = judge(shape, pool.evidence, pool, _ranked(2), [0])
    assert why is not None and "money" in why


def test_a_figure_of_the_asked_kind_in_any_retrieved_sentence_keeps_the_answer() -> None:
    shape = analyse("What interest rate did the banks charge on the loan?")
    texts = ["The banks lent $6bn to Korvath Oil."] * 12 + ["The rate was 4.5% a year."]
    assert list(figure_kind_failures(shape, _pool(texts), [0])) == []  # the share stands in the 13th sentence, unchosen
    assert [k for k, _ in figure_kind_failures(shape, _pool(texts[:12]), [0])] == ["figure_kind"]


def test_a_length_of_time_needs_a_time_unit_and_a_count_any_number() -> None:
    assert [k for k, _ in figure_kind_failures(analyse("How long did the Velmar ceremony run?"), _pool(["The Velmar ceremony drew 250 guests."]), [0])] == ["figure_kind"]
    assert list(figure_kind_failures(analyse("How long did the Velmar ceremony run?"), _pool(["The Velmar ceremony ran for three hours."]), [0])) == []
    assert list(figure_kind_failures(analyse("How many guests came to the Velmar ceremony?"), _pool(["The Velmar ceremony drew 250 guests."]), [0])) == []


def test_questions_asking_no_kind_of_figure_are_never_refused_by_it() -> None:
    for q in ("Who directed Velmar Nights?", "How many does the story give?", "Why did Korvath Oil sell its stake?"):
        assert list(figure_kind_failures(analyse(q), _pool(["Velmar Nights has seven nominations."]), [0])) == []


def test_a_role_question_names_its_role_noun() -> None:
    assert types17.asked_type("Which trial judge presided over Jon Berg's trial?") == ("person", "judge")  # a compound's last role noun
    # 'attorney' has no agent ending and is in no role list: the compound stops at 'assistant' (as measured)
    assert types17.asked_type("Which assistant US attorney led the prosecution of Jon Berg?") == ("person", "assistant")
    assert types17.asked_type("Who was the auctioneer who conducted the sale?") == ("person", "auctioneer")
    assert types17.asked_type("Which law firm represents Korvath Oil?") == ("org", "firm")
    assert types17.asked_type("What earlier battle did the op-ed compare it to?") is None  # a comparative, no agent noun
    assert types17.asked_type("How much did the film cost?") == ("money", "")


def test_a_name_fills_the_role_in_apposition_or_by_a_copula() -> None:
    q = "Who was the auctioneer who conducted the sale?"
    assert types17.role_filled("auctioneer", "The sale was run by auctioneer Jane Doe on Sunday.", q)
    assert types17.role_filled("auctioneer", "Jane Doe, the court's auctioneer, opened the bidding.", q)
    assert types17.role_filled("auctioneer", "Jane Doe was appointed auctioneer last week.", q)
    assert types17.role_filled("official", "said Idris Vossi a Kurdish official still in Velmar", "Which Kurdish official spoke?")
    assert not types17.role_filled("auctioneer", "The auctioneer said bids opened at $1bn.", q)
    assert not types17.role_filled("auctioneer", "Korvath Oil was sold at auction on Sunday.", q)


def test_a_generic_role_is_filled_by_any_titled_name() -> None:
    q = "Which Velmar official called the deals a miracle?"
    assert types17.type_match(("person", "official"), "This is a miracle, Velmar's Commerce Minister Ana Roe said.", q)
