"""Session 20: the asked KIND of figure BOUND to the question in the answer's own sentences (issue 9, class B refusals).

measures.unbound_figure reads whether the sentences an answer shows give a figure of the asked kind (money, a share, a
length of time, a count) within a reach of one of the question's own words; answerability.figure_bound_failures
refuses when none does and says which figure the answer gives for something else. Plain sentences, made-up names.
"""
from __future__ import annotations

from briefing.answerability import FIGURE_BOUND_REACH, figure_bound_failures, judge, refusal_model
from briefing.measures import unbound_figure
from briefing.question import analyse

from .test_slots_fill10 import _pool, _ranked

SALARY = "What annual salary did Jon Berg earn as Korvath chief executive?"


def test_a_figure_of_the_asked_kind_for_something_else_is_unbound() -> None:
    found = unbound_figure(SALARY, ["Under Mr Berg's leadership, Korvath became a $160bn telecoms giant."], FIGURE_BOUND_REACH)
    assert found == ("amount of money", "$160bn")
    fee = "Was Ana Lind paid as a defence witness, and how much?"
    assert unbound_figure(fee, ["Her warnings led to the discovery of an $11bn accounting fraud."], FIGURE_BOUND_REACH) is not None


def test_a_figure_near_the_questions_own_words_is_bound() -> None:
    assert unbound_figure(SALARY, ["Mr Berg earned an annual salary of $2m at Korvath."], FIGURE_BOUND_REACH) is None
    deal = "Which company agreed to buy Velmar Telecom and for how much?"
    # the figure eleven words after 'agreed': within the reach
    assert unbound_figure(deal, ["Last week, Velmar Telecom agreed to a buyout by Korvath Communications in a deal valued at $6.75bn."], FIGURE_BOUND_REACH) is None
    share = "What share of Ruritanians have been driven from their homes?"
    assert unbound_figure(share, ["Over half of Ruritania's prewar population of 22 million have been forced to leave their homes."], FIGURE_BOUND_REACH) is None


def test_no_figure_of_the_asked_kind_at_all_is_unbound_with_no_figure_named() -> None:
    cost = "How much did Velmar Nights cost to make?"
    assert unbound_figure(cost, ["Velmar Nights has seven nominations while Korvath has 11."], FIGURE_BOUND_REACH) == ("amount of money", None)
    count = "How many likely voters did the Tilia Post interview for its poll?"
    assert unbound_figure(count, ["Berg was leading 49 to 43 percent among voters likely to cast ballots."], FIGURE_BOUND_REACH) == ("count", None)


def test_how_long_is_answered_by_a_distance_and_questions_without_a_kind_are_never_unbound() -> None:
    length = "How long is the area from Tilia to Velmar where the state wanted a safe zone?"
    assert unbound_figure(length, ["It wanted a safe zone in the 98-kilometer area stretching from Tilia to Velmar."], FIGURE_BOUND_REACH) is None
    assert unbound_figure("Who leads Korvath?", ["Korvath became a $160bn telecoms giant."], FIGURE_BOUND_REACH) is None
    assert unbound_figure(SALARY, [], FIGURE_BOUND_REACH) is None


def test_the_answer_giving_another_figure_is_refused_and_says_what_it_is_not() -> None:
    shape = analyse(SALARY)
    pool = _pool(["Under Mr Berg's leadership, Korvath became a $160bn telecoms giant.", "Jon Berg denied the fraud charges."])
    fired = list(figure_bound_failures(shape, pool, [0, 1], SALARY))
    assert [k for k, _ in fired] == ["figure_bound"]
    assert "$160bn for something else" in fired[0][1] and "salary for Jon Berg" in fired[0][1]
    assert "figure_bound" in refusal_model().vetoes
    why = judge(shape, pool.evidence, pool, _ranked(2, 1.3), [0, 1], SALARY)
    assert why is not None and "$160bn for something else" in why  # this check, not another


def test_a_bound_figure_in_any_answer_sentence_keeps_the_answer() -> None:
    shape = analyse(SALARY)
    pool = _pool(["Korvath became a $160bn telecoms giant.", "Mr Berg earned an annual salary of $2m."])
    assert list(figure_bound_failures(shape, pool, [0, 1], SALARY)) == []
    count = "How many likely voters did the Tilia Post interview?"
    voters = _pool(["The Tilia Post interviewed 1,067 likely voters by telephone."])
    assert list(figure_bound_failures(analyse(count), voters, [0], count)) == []


def test_the_group_a_share_is_asked_of() -> None:
    from briefing.measures import share_group

    assert share_group("What share of white evangelical voters backed Jon Berg?") == (["white", "evangelical"], "voters")
    assert share_group("What percentage of Tilia's registered voters turned out in the election?") == (["registered"], "voters")
    assert share_group("What share of the national vote did the Velmar party win?") == (["national"], "vote")
    assert share_group("What share of Tilia Republicans told the Post the charges were false?") == ([], "Republicans")  # a name, no describing word
    assert share_group("How many voters backed Jon Berg?") is None


def test_a_share_of_another_group_is_refused_and_a_share_of_the_asked_group_kept() -> None:
    from briefing.measures import unstated_group

    question = "What share of white evangelical voters backed Jon Berg?"
    other = ["Berg was leading 49 to 43 percent among voters likely to cast ballots."]
    assert unstated_group(question, other) == ["white", "evangelical"]
    assert unstated_group(question, ["Exit polls showed 80 percent of white evangelical voters backed Berg."]) == []
    assert unstated_group(question, ["Berg led among evangelical voters, the poll said."]) == []  # no share given: figure_bound's case
    shape = analyse(question)
    fired = dict(figure_bound_failures(shape, _pool(other), [0], question))
    assert "figure_scope" in fired and "not of white evangelical voters" in fired["figure_scope"]
    assert "figure_scope" in refusal_model().vetoes
