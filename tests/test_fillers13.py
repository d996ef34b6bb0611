"""Session 13: the number OF WHAT, IN WHICH EVENT (briefing.fillers, shipped as answerability's count_role veto for
weak answers), and the measured, unshipped role readings of benchmarks/questions/candidates13.py.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import importlib.util
import sys

from briefing.answerability import COUNT_ROLE_SCORE, judge, refusal_model, weak_answer_failures
from briefing.candidates import Scored
from briefing.fillers import asked_count_event, count_event_failure, count_event_filled
from briefing.question import analyse

from .conftest import ROOT
from .test_slots_fill10 import _pool  # the session-10 fixture: a real EvidencePool over plain sentences

_spec = importlib.util.spec_from_file_location("candidates13", ROOT / "benchmarks" / "questions" / "candidates13.py")
assert _spec is not None and _spec.loader is not None
candidates13 = importlib.util.module_from_spec(_spec)
sys.modules["candidates13"] = candidates13  # its dataclass looks its module up by name
_spec.loader.exec_module(candidates13)


def test_the_asked_count_is_a_noun_and_the_verb_of_its_event() -> None:
    assert asked_count_event(analyse("How many civilians have been killed since the raids on Velmar?")) == (["civilians"], "killed")
    assert asked_count_event(analyse("How many likely voters did the Velmar Gazette interview for its poll?")) == (["likely", "voters"], "interview")
    assert asked_count_event(analyse("How many ballots were still uncounted in Korvath?")) == (["ballots"], "uncounted")


def test_questions_without_an_event_or_with_a_dropped_noun_ask_no_count_role() -> None:
    assert asked_count_event(analyse("How many tanks are there in Velmar?")) is None
    assert asked_count_event(analyse("How many people were injured in Velmar?")) is None  # reports drop 'people': count_bound reads it
    assert asked_count_event(analyse("Who ordered the raid on Velmar?")) is None


def test_a_number_of_the_noun_in_another_event_does_not_fill_the_slot() -> None:
    asked = (["civilians"], "killed")
    assert count_event_filled("More than 600,000 civilians have fled the province since August.", *asked) is False
    assert count_event_filled("With 99 percent of the civilians counted, the census ended.", *asked) is False


def test_a_number_of_the_noun_in_the_asked_event_fills_it_either_side() -> None:
    asked = (["civilians"], "killed")
    assert count_event_filled("At least 400 civilians were killed in Velmar.", *asked) is True
    assert count_event_filled("Soldiers killed at least 400 civilians in Velmar.", *asked) is True
    assert count_event_filled("Eleven civilians are believed to have been killed there.", *asked) is True  # a number in words, a control verb between
    assert count_event_filled("At least 20 soldiers were wounded and 50 civilians killed.", *asked) is True


def test_a_number_without_a_verb_fills_it_unless_strict_and_no_number_is_unknown() -> None:
    asked = (["tanks"], "destroyed")
    assert count_event_filled("A convoy of 12 tanks entered Velmar.", *asked) is False  # 'entered' is another event
    assert count_event_filled("Rebels captured 12 tanks near Velmar.", *asked) is False  # "captured" before the number
    assert count_event_filled("The column, 12 tanks", *asked) is True
    assert count_event_filled("The column, 12 tanks", *asked, strict=True) is False
    assert count_event_filled("Tanks were destroyed in Velmar.", *asked) is None


def test_the_failure_names_the_event_and_reads_every_sentence() -> None:
    shape = analyse("How many civilians have been killed since the raids on Velmar?")
    why = count_event_failure(shape, ["More than 600,000 civilians have fled the province."])
    assert why is not None and "civilians killed" in why
    assert count_event_failure(shape, ["More than 600,000 civilians have fled.", "Some 40 civilians were killed."]) is None
    assert count_event_failure(shape, ["The raids went on for hours."]) is None  # no count of civilians: count_bound's question


def test_the_decision_refuses_a_weak_answer_counting_another_event_and_says_why() -> None:
    shape = analyse("How many civilians have been killed since the raids on Velmar?")
    pool = _pool(["More than 600,000 civilians have fled Velmar since soldiers killed its mayor in the raids."])
    weak = [Scored(index=0, score=COUNT_ROLE_SCORE - 0.1, similarity=0.7, coverage=0.5)]
    strong = [Scored(index=0, score=COUNT_ROLE_SCORE + 0.1, similarity=0.7, coverage=0.5)]
    fired = dict(weak_answer_failures(shape, pool, weak, [0]))
    assert "do not say how many civilians killed" in fired["count_role"]
    assert "count_role" not in dict(weak_answer_failures(shape, pool, strong, [0]))
    assert "count_role" in refusal_model().vetoes
    assert judge(shape, pool.evidence, pool, weak, [0]) is not None


# ---- measured, not shipped (benchmarks/questions/candidates13.py) ----


def test_candidate_agent_role_reads_active_and_passive_clauses() -> None:
    asked = candidates13.asked_role(analyse("Who analysed the handwriting in the Velmar case?"))
    assert asked is not None and (asked.verb, asked.role) == ("analysed", "agent")
    assert candidates13.role_filled("The handwriting was analysed by Jana Torvik of the Velmar bureau.", asked) is True
    assert candidates13.role_filled("Jana Torvik analysed the handwriting.", asked) is True
    assert candidates13.role_filled("Mayor Olsen said the handwriting was analysed.", asked) is False  # a name, in another role
    assert candidates13.role_filled("A senior Ruritanian expert analysed it.", asked) is False  # a demonym qualifies, names no one
    assert candidates13.role_filled("The signature was checked.", asked) is None


def test_candidate_patient_role_and_head_noun_name() -> None:
    asked = candidates13.asked_role(analyse("Who was arrested after the Velmar attack?"))
    assert asked is not None and asked.role == "patient"
    assert candidates13.role_filled("Police arrested Tomas Ekberg after the attack.", asked) is True
    assert candidates13.role_filled("Police arrested a man after the attack.", asked) is False
    q = "Which law firm represents Jana Torvik?"
    assert candidates13.asked_noun(analyse(q)) == "firm"
    assert candidates13.head_named("The statement was issued by the law firm representing her.", "firm", q) is False
    assert candidates13.head_named("Her law firm, Berg & Lund, issued the statement.", "firm", q) is True
    assert candidates13.head_named("She issued a statement.", "firm", q) is None
