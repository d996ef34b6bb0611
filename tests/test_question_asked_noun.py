"""Session 16: 'Which <noun> did <role> ...?' asks for the noun, not for the role after the verb (question.ASKED_WORD).
Plain questions, made-up names."""
from __future__ import annotations

from briefing.answerability import asks_person
from briefing.question import analyse
from briefing.slots import asked_name


def test_a_role_after_the_question_s_verb_is_its_subject_not_the_asked_person() -> None:
    for q in ("Which newspaper did economy minister Ivo Brandt speak to about the sale?",
              "Which hospitals did the agency's reporter visit after the shelling?",
              "For which publication did the journalist killed in the blast work?",
              "What margin did election officials give before certification?"):
        assert not asks_person(q), q
        assert analyse(q).answer_type != "person", q
        assert asked_name(q) is None or asked_name(q)[0] != "person", q


def test_the_noun_before_the_verb_is_still_asked_for() -> None:
    shape = analyse("Which group does activist Ana Roe think was behind the Dorn car bomb?")
    assert shape.answer_type == "organisation"
    assert asked_name(shape.text) == ("group", "group")


def test_a_role_before_the_verb_is_the_asked_person() -> None:
    for q in ("Which Elbonian minister did the president meet in Dorn?",
              "Which spokesman announced the toll?",
              "Which senior army commander was killed in the strike?"):
        assert asks_person(q), q
        assert analyse(q).answer_type == "person", q


def test_a_capitalised_acronym_is_no_verb() -> None:
    # 'IS' names a group here, not the verb 'is': the commander is still the asked person.
    q = "Which IS commander was killed in the strikes near Dorn?"
    assert asks_person(q)
    assert analyse(q).answer_type == "person"
    assert asked_name(q) == ("person", "commander")


def test_a_group_or_list_noun_after_the_verb_is_not_asked_for_either() -> None:
    # 'What did the militia spokesman say ...' asks what was said, not for a militia; 'What were people ... short of'
    # asks for things, not for a list of people.
    assert asked_name("According to the agency, what did the militia spokesman say the fighters were doing in Dorn?") is None
    assert analyse("What were people in the besieged part of Dorn running short of?").answer_type != "list"
    assert analyse("Which villages did the army shell on Monday?").answer_type == "list"
    assert analyse("Which town did the rebels take?").answer_type == "place"
