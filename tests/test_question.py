"""Question analysis on plain sentences: answer type, focus names, outlets, dates, language."""
from __future__ import annotations

import pytest

from briefing.question import analyse, answer_type, date_constraint, language_of, outlet_phrases


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who replaced the commander of the northern garrison?", "person"),
        ("Which spokesman of the ministry announced the curfew?", "person"),
        ("How many people were evacuated from the port?", "number"),
        ("How far is the dam from the city?", "quantity"),
        ("When did the offensive begin?", "date"),
        ("Why did the council close the bridge?", "reason"),
        ("Did the mayor travel to the capital?", "yesno"),
        ("Which countries sent aid to the flooded region?", "list"),
        ("Did the two agencies report the same figure?", "comparison"),
        ("In which village did the floods start?", "place"),
    ],
)
def test_answer_type(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_outlet_is_a_constraint_not_a_name() -> None:
    shape = analyse("According to Al-Araby, how many families left Qaryatein?")
    assert shape.outlets == ["Al-Araby"]
    assert "al-araby" not in shape.focus and "qaryatein" in shape.focus
    assert outlet_phrases("Did Daily Sabah and the Syrian Coalition report the same toll?") == ["Daily Sabah", "Syrian Coalition"]


def test_dates_are_constraints() -> None:
    assert date_constraint("What happened in the port in March 2015?") == (2015, 3)
    assert date_constraint("How many people live in the port?") == (None, None)
    shape = analyse("Who led the council in 2019?")
    assert shape.year == 2019 and shape.date_label() == "2019"


def test_question_words_and_first_words_are_not_focus_names() -> None:
    shape = analyse("Looking back at the Ruritanian floods, who opened the dam?")
    assert shape.focus == ["ruritanian"] and shape.first_word_name == "looking"


def test_language() -> None:
    assert language_of("Qui a remplacé le commandant des forces russes ?") == "fr"
    assert language_of("¿Quién dirige el gobierno provisional?") == "es"
    assert language_of("Who leads the provisional government?") == "en"
    shape = analyse("Qui a remplacé Sergei Kisel ?")
    assert shape.language == "fr" and shape.answer_type == "person"


def test_a_question_pasted_many_times_is_one_question() -> None:
    q = "Which official opened the new bridge in Elbonia? "
    shape = analyse(q * 80)
    assert shape.text == q.strip() and shape.focus == ["elbonia"]
