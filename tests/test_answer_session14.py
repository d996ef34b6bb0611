"""Session-14 reader: a date question's main verb is its event. Made-up names."""
from __future__ import annotations

from briefing.question import analyse


def test_a_date_questions_main_verb_is_its_event() -> None:
    from briefing.answerability import asked_event, question_verbs, states_event

    shape = analyse("On what date did Jane Roe file the agent report that prosecutors say contained false statements?")
    answer = "Roe also filed false statements in her March 7, 2017, agent report, according to the court papers."
    assert "file" in asked_event(shape)
    assert not states_event(question_verbs(shape), answer)  # the relative clause's verb alone asks for 'contained'
    assert states_event(question_verbs(shape) | asked_event(shape), answer)
    assert not states_event(question_verbs(shape) | asked_event(shape), "Roe was interviewed on March 7, 2017.")
