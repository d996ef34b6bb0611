"""Session-11 question analysis: one figure asked of two sources is a comparison whose sides are the sources. Made-up names."""
from __future__ import annotations

from briefing.question import analyse, attribution_sides
from briefing.retrieve import asked_event, side_queries


def test_according_to_a_and_according_to_b_is_a_comparison_of_two_sources() -> None:
    shape = analyse("How many people were killed in the Velmar bombing, according to ZTV, and according to the Elbon Monitor?")
    assert shape.answer_type == "comparison"
    assert shape.sides == ["ZTV", "the Elbon Monitor"]
    # A source written in lower case is a side too; a time or place after it qualifies the report, it is no part of the source.
    assert attribution_sides("How many died in Dorn according to state media, and according to the Monitor on the day of the attack?") == ["state media", "the Monitor"]


def test_two_outlets_asked_for_their_figures_is_a_comparison() -> None:
    assert analyse("What death tolls did ZTV and Radio Elbon give for the Dorn blast?").answer_type == "comparison"


def test_one_report_cited_by_another_outlet_is_no_comparison() -> None:
    shape = analyse("On what date did the truce begin, according to ZTV as cited by Radio Elbon?")
    assert shape.answer_type == "date" and shape.sides == []
    assert attribution_sides("How many were killed in Velmar, according to ZTV?") == []
    assert analyse("How many were killed in Velmar, according to ZTV?").answer_type == "number"


def test_each_source_side_is_searched_with_the_asked_event() -> None:
    shape = analyse("How many people were killed in the Velmar bombing, according to ZTV, and according to the Elbon Monitor?")
    assert asked_event(shape) == "How many people were killed in the Velmar bombing"
    assert side_queries(shape) == ["How many people were killed in the Velmar bombing ZTV", "How many people were killed in the Velmar bombing the Elbon Monitor"]
    assert asked_event(analyse("How many were wounded in Velmar, and how many in Dorn?")) is None
