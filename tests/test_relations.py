"""Relation extraction: who does what to whom, one sentence at a time."""
from __future__ import annotations

import pytest

from briefing.relations import Relation, extract, kind_of, same_party


def triples(sentence: str) -> set[tuple[str | None, str, str | None, bool]]:
    return {(r.agent, r.kind, r.target, r.negated) for r in extract(sentence)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Elbonia-backed rebels seized the town.", ("Elbonia", "back", "rebels", False)),
        ("Government forces, backed by Ruritanian fighter jets, launched a counteroffensive.", ("Ruritanian fighter jets", "back", "Government forces", False)),
        ("Osman-supporter Ruritania sent jets.", ("Ruritania", "back", "Osman", False)),
        ("Ruritania supports Elbonia.", ("Ruritania", "back", "Elbonia", False)),
        ("Support for the opposition from Freedonia grew.", ("Freedonia", "back", "opposition", False)),
        ("The rebels were attacked by the army.", ("army", "attack", "rebels", False)),
        ("Ruritania has long supported Osman along with Elbonia.", ("Ruritania", "back", "Osman", False)),
        ("Elbonia and Ruritania, key allies of Osman, are busy elsewhere.", ("Elbonia", "back", "Osman", False)),
        ("Osman depends heavily on Ruritania for survival.", ("Ruritania", "back", "Osman", False)),
        ("Ruritania’s unwavering support for Osman highlights the alliance.", ("Ruritania", "back", "Osman", False)),
        ("Planes of the Borduria Air Force, with the support of the Syldavian Aerospace Forces, struck rebel areas.", ("Syldavian Aerospace Forces", "back", "Borduria Air Force", False)),
        ("Since the loss of the city, the army has received support from Freedonia.", ("Freedonia", "back", "army", False)),
        ("Ruritania indicated on Monday that it supports the Elbonian government in its efforts.", ("Ruritania", "back", "Elbonian government", False)),
    ],
)
def test_backing_constructions(sentence: str, expected: tuple[str, str, str, bool]) -> None:
    assert expected in triples(sentence)


def test_lists_of_backers_each_get_a_relation() -> None:
    got = triples("Ruritania, Elbonia and Freedonia back the government.")
    assert {("Ruritania", "back", "government", False), ("Elbonia", "back", "government", False), ("Freedonia", "back", "government", False)} <= got
    got = triples("Now Osman’s allies Ruritania, Elbonia, and Elbonia-backed Freedonia are distracted.")
    assert {("Ruritania", "back", "Osman", False), ("Elbonia", "back", "Osman", False), ("Elbonia", "back", "Freedonia", False)} <= got
    got = triples("Several nations, including Ruritania, Elbonia and Freedonia, have expressed support for the capital.")
    assert {(a, "back", "capital", False) for a in ("Ruritania", "Elbonia", "Freedonia")} <= got


def test_direction_is_kept() -> None:
    assert ("Ruritania", "back", "rebels", False) in triples("Ruritania backs the rebels.")
    assert ("rebels", "back", "Ruritania", False) in triples("The rebels back Ruritania.")
    assert ("Ruritania", "back", "rebels", False) not in triples("The rebels back Ruritania.")


@pytest.mark.parametrize(
    "sentence, agent, kind, target",
    [
        ("Elbonia did not send troops to the border.", "Elbonia", "send", "troops"),
        ("Ruritania denied bombing civilians.", "Ruritania", "attack", "civilians"),
        ("The army, with its Elbonian ally, said it was targeting hideouts and denied bombing civilians.", "army", "attack", "civilians"),
        ("Ruritania never supported the rebels.", "Ruritania", "back", "rebels"),
        ("Ruritania ended its support for the rebels.", "Ruritania", "back", "rebels"),
    ],
)
def test_negation_and_denial(sentence: str, agent: str, kind: str, target: str) -> None:
    rels = [r for r in extract(sentence) if r.kind == kind and r.target == target]
    assert rels and all(r.negated for r in rels)
    assert any(r.agent == agent for r in rels)


def test_passive_without_agent_keeps_the_target() -> None:
    assert (None, "attack", "civilians", False) in triples("At least 25 civilians have been killed in airstrikes on Thursday.")


def test_forms_of_backing() -> None:
    form = {r.kind: r.form for r in extract("Elbonia armed the rebels.")}
    assert form["arm"] == "military"
    assert {r.form for r in extract("Freedonia funds the opposition.")} == {"economic"}
    assert {r.form for r in extract("In a statement, the foreign ministry of Ruritania expressed support for Elbonia.") if r.kind == "back"} == {"diplomatic"}
    assert {r.form for r in extract("Ruritania supports Elbonia.")} == {"unspecified"}


def test_relation_fields_and_spans() -> None:
    s = "Elbonia-backed rebels seized the town."
    r = next(r for r in extract(s) if r.kind == "back")
    assert isinstance(r, Relation) and r.backing and r.verb == "backed"
    assert s[r.start : r.end].startswith("Elbonia-backed rebels")


def test_no_relation_in_a_plain_sentence() -> None:
    assert extract("The weather in the capital was mild on Tuesday.") == []


def test_kind_of_word_forms() -> None:
    assert kind_of("backed") == "back" and kind_of("airstrikes") == "attack" and kind_of("funded") == "fund"
    assert kind_of("opposition") is None and kind_of("fighter") is None and kind_of("army") is None and kind_of("background") is None


def test_same_party() -> None:
    assert same_party("Ruritanian fighter jets", "Ruritania")
    assert same_party("the government", "government forces")
    assert not same_party("Ruritania", "Elbonia")
    assert not same_party("Osman's allies", "Osman")
    assert not same_party("Elbonia-backed rebels", "Elbonia")


def test_long_unpunctuated_text_stays_fast() -> None:
    import time

    text = " ".join(["Ruritania Elbonia Freedonia Borduria backed supported the forces of Syldavia and"] * 60)
    t = time.perf_counter()
    extract(text)
    assert time.perf_counter() - t < 2.0
