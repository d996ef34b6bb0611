"""Session 9's sentence signals for the reader's scorer (issue 9): each fed plain sentences."""
from __future__ import annotations

from briefing.candidates import event_words, lead_position, states_event, type_near_words, type_token_mask
from briefing.question import analyse


def test_type_near_words_counts_question_words_next_to_a_number():
    shape = analyse("How many soldiers were killed in the attack?")
    assert type_near_words("Rebels killed 25 soldiers in the attack on Monday.", shape) == 1.0


def test_type_near_words_ignores_a_number_far_from_the_question_words():
    shape = analyse("How many soldiers were killed in the attack?")
    far = "Soldiers were killed in the attack on Monday, officials said, and the town where it happened has 25 schools."
    assert type_near_words(far, shape) < type_near_words("The attack killed 25 soldiers.", shape)


def test_type_near_words_stops_at_a_clause_break():
    shape = analyse("How many soldiers were killed?")
    assert type_near_words("Soldiers were killed; 12 people fled.", shape) == 0.0
    assert type_near_words("12 soldiers were killed.", shape) == 1.0


def test_type_near_words_reads_a_name_for_a_who_question_with_the_verb_in_another_form():
    shape = analyse("Who leads the provisional government?")
    assert type_near_words("It is led by Jane Roe, elected last year.", shape) > 0
    assert type_near_words("The provisional government was formed in late 2013.", shape) == 0.0


def test_type_near_words_is_zero_for_a_yes_no_question():
    shape = analyse("Did the army enter the town?")
    assert type_token_mask("The army entered the town on Monday.", shape) is None
    assert type_near_words("The army entered the town on Monday.", shape) == 0.0


def test_dates_in_a_count_sentence_are_no_count():
    shape = analyse("How many people were killed?")
    mask = type_token_mask("On July 11 2015 people were killed.", shape)
    assert mask is not None and not any(mask)


def test_lead_position_falls_with_the_offset():
    assert lead_position(0) == 1.0
    assert 0.4 < lead_position(400) < 0.6
    assert lead_position(3000) < 0.01 < lead_position(1000)


def test_event_words_finds_the_verb_in_its_forms():
    assert event_words("How many people were killed in the strike?") == ["killed"]
    assert "leads" in event_words("Who leads the provisional government?")
    assert "enter" in event_words("When did the army enter Velmar?")
    assert "comment" in event_words("Did the US-led coalition comment immediately on the reports?")
    assert event_words("What is the capital of Ostria?") == []


def test_states_event_matches_irregular_forms_and_not_other_verbs():
    assert states_event("It is led by Jane Roe.", ["leads"]) == 1.0
    assert states_event("The army entered Velmar on Monday.", ["enter"]) == 1.0
    assert states_event("The army left Velmar on Monday.", ["enter"]) == 0.0
    assert states_event("Anything at all.", []) == 0.0
