"""Session 15: the KIND of figure a question asks for against the kinds an answer sentence states (briefing/measures.py;
session 17 ships it as answerability.figure_kind_failures, tested in tests/test_answer_types17.py).

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing import measures
COUNT, DURATION, MONEY, SHARE = measures.COUNT, measures.DURATION, measures.MONEY, measures.SHARE
asked_kind, kind_failure, stated_kinds = measures.asked_kind, measures.kind_failure, measures.stated_kinds


def test_the_asked_kind_is_read_from_the_question_frame() -> None:
    assert asked_kind("How much did the film Velmar Nights cost to make?") == MONEY
    assert asked_kind("How much bail did Jon Berg post after pleading guilty?") == MONEY
    assert asked_kind("Was Ana Roe paid as a witness, and how much?") == MONEY
    assert asked_kind("What annual salary did Jon Berg earn as chief executive?") == MONEY
    assert asked_kind("How many roubles did Korvath Group pay?") == MONEY  # a count in a currency is money
    assert asked_kind("What share of the Velmar electorate voted?") == SHARE
    assert asked_kind("What interest rate did the banks charge on the loan?") == SHARE
    assert asked_kind("How long did the Velmar ceremony run?") == DURATION
    assert asked_kind("How many likely voters did the Velmar Gazette interview?") == COUNT


def test_questions_that_ask_no_plain_kind_are_left_alone() -> None:
    assert asked_kind("How much oil did Korvath pump last year?") is None  # an amount, not money
    assert asked_kind("How long ago did Velmar join the union?") is None
    assert asked_kind("Two reports give the price: how many does the first give, and how many the second?") is None  # elided noun
    assert asked_kind("Two reports give the total: how many does the first give?") is None  # the counted noun elided
    assert asked_kind("Who chairs the Velmar council?") is None


def test_a_sentence_states_money_shares_durations_and_counts_by_their_units() -> None:
    assert stated_kinds("Korvath agreed to pay 260.75bn roubles for the unit.") == {MONEY}
    assert stated_kinds("The deal was worth $12 billion.") == {MONEY}
    assert stated_kinds("Roe led Berg 49 to 43 percent among likely voters.") == {SHARE}  # a range has one unit
    assert stated_kinds("The trial is expected to last two months.") == {DURATION}
    assert stated_kinds("Velmar Nights has seven nominations.") == {COUNT}
    assert stated_kinds("Million Dollar Nights has seven nominations.") == {COUNT}  # a capitalised name is no currency
    assert stated_kinds("Just 250 guests attended, paying $5 each.") == {COUNT, MONEY}
    assert stated_kinds("The vote was held on 12 March 2005.") == set()  # dates are not figures


def test_the_failure_needs_a_figure_of_the_asked_kind_in_some_sentence() -> None:
    question = "How much did the film Velmar Nights cost to make?"
    assert kind_failure(question, ["Velmar Nights has seven nominations.", "It won two awards."]) == "no sentence that answers it gives an amount of money"
    assert kind_failure(question, ["Velmar Nights has seven nominations.", "The film cost $30m to make."]) is None
    assert kind_failure("How many likely voters did the Gazette interview?", ["Roe led Berg 49 to 43 percent among likely voters."]) is not None
    assert kind_failure("How many likely voters did the Gazette interview?", ["The Gazette interviewed 1,200 likely voters."]) is None
    assert kind_failure("Who chairs the Velmar council?", ["Ana Roe chairs it."]) is None


def test_a_reach_binds_the_figure_to_the_question_words() -> None:
    question = "What annual salary did Jon Berg earn as chief executive?"
    sentence = "Under Berg, Korvath grew into a $160bn telecoms giant."
    assert kind_failure(question, [sentence]) is None  # money is stated ...
    assert kind_failure(question, [sentence], reach=5) is not None  # ... but not by the salary
    assert kind_failure(question, ["Berg earned a salary of $2m a year."], reach=5) is None
