"""Session-7 question analysis: a scene-setting question's names, outlets stored by their acronym. Made-up names."""
from __future__ import annotations

from briefing.question import analyse
from briefing.retrieve import outlet_matches


def test_the_question_sentence_names_what_the_evidence_must_state_not_the_scene() -> None:
    q = ("I am reading about the winter offensive. Several governments said they backed the capital; one of them, "
         "according to ZTV, made an appeal to Nordic nations. What did Velmar urge the northern countries to do?")
    shape = analyse(q)
    assert shape.focus == ["velmar"]  # 'Nordic' is the asker's word for it, not a name the answer must state
    assert shape.outlets == ["ZTV"]  # the scene's outlet is still a constraint
    # A question sentence that names nothing refers to the scene ('that attack'): the scene's names stay.
    scene = analyse("For a note on the siege of Port Elbon: rebels fired shells on the city. How many people were injured in that attack?")
    assert "port elbon" in scene.focus
    assert analyse("Which town did Velmar shell?").focus == ["velmar"]


def test_an_outlet_named_with_more_words_than_its_stored_acronym_is_that_outlet() -> None:
    assert outlet_matches("ZTV World", {"ztv", "daily elbon"}) == ["ztv"]
    assert outlet_matches("Daily Elbon", {"ztv", "dailyelbon"}) == ["dailyelbon"]
    assert outlet_matches("Ztv World", {"ztv"}) == []  # not an acronym: the whole name must match


def test_each_compared_side_is_its_own_query() -> None:
    from briefing.retrieve import side_queries

    shape = analyse("How many people were injured in Velmar, and how many were injured in Dorn and Karsk?")
    assert side_queries(shape) == ["How many people were injured in Velmar", "how many were injured in Dorn and Karsk"]
    bare = analyse("How many children and how many women were among the dead of the attack on Port Elbon?")
    assert side_queries(bare)[0] == "How many children port elbon"  # a side that names nothing carries the question's names
