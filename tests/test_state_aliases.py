"""Session 19: a country is one focus under all its names ('When did Paris begin ...' asks about France, and an article
saying 'French jets' or 'Paris' states France), while a capital used as a city stays that city."""
from __future__ import annotations

from briefing.candidates import name_found
from briefing.entities import capital_as_state, is_state_form, states_country
from briefing.question import analyse


def test_a_country_or_nationality_word_names_its_state_but_a_capital_does_not() -> None:
    assert is_state_form("france") == "France"
    assert is_state_form("French") is None  # a nationality describes someone: "Which French official ..."
    assert is_state_form("Paris") is None  # a capital is a city too
    assert is_state_form("aleppo") is None


def test_a_capital_stands_for_its_state_only_as_subject_or_owner() -> None:
    assert capital_as_state("paris", "When did Paris begin its air campaign?") == "France"
    assert capital_as_state("tokyo", "What did Tokyo's envoy say about the talks?") == "Japan"
    assert capital_as_state("paris", "Which venue in Paris held the auction?") is None
    assert capital_as_state("paris", "How many people attended the Paris summit?") is None
    assert capital_as_state("france", "When did France begin its campaign?") is None  # not a capital


def test_the_question_focus_reads_the_capital_as_its_state() -> None:
    assert analyse("When did Paris begin its air campaign over Velmar?").focus == ["france", "velmar"]
    assert "paris" in analyse("Which venue in Paris held the auction?").focus


def test_any_form_of_a_country_states_it() -> None:
    assert states_country("France", "Paris stepped up its support on 30 September.")
    assert states_country("France", "French jets struck the town.")
    assert not states_country("France", "Tokyo stepped up its support.")
    assert name_found("france", "Paris began its air campaign on 30 September.")
    assert not name_found("french", "Paris began its air campaign on 30 September.")
    assert not name_found("france", "Tokyo began its air campaign on 30 September.")
    assert not name_found("paris", "France began its air campaign on 30 September.")  # the city is not the state


def test_a_site_section_label_opens_debris_not_reporting() -> None:
    from briefing.candidates import is_debris as answer_debris
    from briefing.clean import is_debris

    label = "Category News The rise of the new coalition Ministers dissolve parliament Summit in Velmar calls for talks."
    assert is_debris(label) and answer_debris(label)
    assert not is_debris("Category 5 storms hit the coast on Monday.")
    assert not is_debris("The category of weapons was not disclosed.") and not answer_debris("The category of weapons was not disclosed.")
