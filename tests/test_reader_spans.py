"""Sentence-level tests of the session-3 reader signals: new answer spans, units, spellings, qualifiers, outlets, quotes.

Made-up names only: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.answerability import _HOW_MANY, _MEASURE, qualifiers
from briefing.assembly import named_span, open_quote
from briefing.candidates import answer_pattern, carries_type, new_number, number_values, spelling_variants, unit_span
from briefing.question import analyse


def test_numbers_in_words_and_digits_are_one_value() -> None:
    assert {"11", "4"} <= number_values("At least eleven people, four of them children")
    assert "330000" in number_values("More than 330,000 people")


def test_a_number_the_question_states_is_not_the_answer() -> None:
    q = "How far from Port Elbon is the village where raids killed at least eleven civilians, four of them women?"
    shape = analyse(q)
    assert shape.answer_type == "quantity"
    assert not carries_type("At least 11 civilians, among them four women, were killed in raids on the village.", shape)
    assert carries_type("The village is some 30 kilometres southeast of Port Elbon.", shape)
    assert new_number("Twelve people were evacuated.", "How many people were evacuated?")


def test_how_far_wants_a_distance_and_how_much_money_wants_money() -> None:
    assert unit_span("It lies 30 kilometres to the south.", "How far is it?")
    assert not unit_span("Three weeks later it fell.", "How far is it?")
    assert unit_span("They said they were paid $400 a month.", "How much money did they say they were paid?")
    assert not _HOW_MANY.search("How much money did they receive?")  # a mass noun is stated by its unit, not named


def test_which_noun_patterns_take_any_past_tense_verb_and_both_spellings() -> None:
    assert spelling_variants("neighbourhood") == "neighbou?rhood"
    p = answer_pattern("Which Elbon neighbourhoods besides Old Town were hit by shells?")
    assert p is not None and p.search("Other shells hit the neighborhoods of al-Zarqa and Mount Tabor")
    p = answer_pattern("Which activist group listed the names of the dead?")
    assert p is not None and p.search("The names were listed by Port Elbon Today activist group.")


def test_neighbour_that_names_the_asked_noun_is_the_answer() -> None:
    shape = analyse("In which district of Port Elbon did a missile kill eighteen civilians?")
    assert named_span("A missile killed at least 18 civilians in a residential neighbourhood of Port Elbon.", shape) is False
    assert named_span("The missile struck people still inside their homes in the Zarqa district.", shape)
    assert named_span("Twelve died.", analyse("How many died?")) is None


def test_sentence_cut_inside_a_quotation_is_open() -> None:
    assert open_quote('"The flag is flying over Tel Zarqa.')
    assert open_quote('We are now combing the city for mines" the spokesman said.')
    assert not open_quote('"The flag is flying" he said.')


def test_qualifiers_of_the_asked_person_must_stand_by_the_answer() -> None:
    assert qualifiers(analyse("Which Elbonian foreign ministry spokesman commented on the Zarqa offensive?")) == ["elbonian"]
    assert qualifiers(analyse("Which coalition spokesman called the strikes significant?")) == []


def test_measured_noun_rule_is_for_figures_not_acts() -> None:
    m = _MEASURE.search("What is the deliberate targeting of civilians aimed at?")
    assert m and m.group(1).endswith("ing")  # skipped by constraint_failure: an act, not a measure
    m = _MEASURE.search("What is the monthly salary of a conscript?")
    assert m and m.group(1) == "salary"


def test_since_and_after_give_a_reason_only_when_no_time_follows() -> None:
    from briefing.candidates import _REASON

    assert not _REASON.search("Since July 11 the bombardment has cost 136 lives")
    assert not _REASON.search("They left after 3 days")
    assert _REASON.search("The town has been closed since the attack")
    assert _REASON.search("In retaliation for the shelling, rebels fired rockets")
    assert _REASON.search("The regime was trying to distance the threat from the city")


def test_which_group_question_mentioning_a_toll_still_asks_for_a_name() -> None:
    q = "After the strike on Zarqa, which activist group listed the names of the dead and warned the death toll could rise?"
    assert analyse(q).answer_type != "number"
    assert analyse("What was the death toll of the Zarqa strike?").answer_type == "number"


def test_a_purpose_noun_with_to_gives_a_reason() -> None:
    # Session 17: 'was an effort by the regime to ...' states why as 'in a bid to' does; the doer may stand between.
    shape = analyse("Why does the Velmar council shell the northern villages?")
    assert carries_type('Dorn told reporters the shelling was an effort by the council "to turn residents against the militia".', shape)
    assert carries_type("The curfew is an attempt to keep the roads clear.", shape)
    assert carries_type("The raid was a bid by the guards to free the hostages.", shape)
    assert not carries_type("The council made an effort last year and the villages were shelled.", shape)
