"""Session 8: figures grouped by the incident they count (place, kind, time), a source's speaking day is not the
event's, a side placed elsewhere leaves an item; the latest count of a rising toll joins its update."""
from __future__ import annotations

from briefing.conflicts import Claim, Conflict, event_days, find_conflicts, kinds_compatible, same_incident, spoken, stray_sides


def _claims(*rows: tuple[str, str, str]) -> list[Claim]:
    return [Claim(i, text, group, day) for i, (text, group, day) in enumerate(rows)]


def test_a_bombing_and_an_explosion_may_be_one_incident_a_gas_attack_and_an_explosion_not() -> None:
    assert kinds_compatible({"attack"}, {"blast"})
    assert kinds_compatible(set(), {"chemical"})
    assert kinds_compatible({"attack", "blast"}, {"blast"})
    assert not kinds_compatible({"chemical"}, {"blast"})


def test_a_month_that_holds_the_other_figures_day_places_both_in_one_incident() -> None:
    a = ({"Kestrel"}, {"attack"}, {"2017-10-02"}, set(), "2017-10-03")
    b = ({"Kestrel"}, set(), set(), {"2017-10 early"}, "2017-10-11")
    assert same_incident(a, b, broad=set())
    late = ({"Kestrel"}, set(), set(), {"2017-10 late"}, "2017-10-30")
    assert not same_incident(a, late, broad=set())  # late October does not hold 2 October
    assert not same_incident(a, b, broad={"Kestrel"})  # a place most figures name pins no incident
    elsewhere = ({"Osprey"}, set(), set(), {"2017-10 early"}, "2017-10-11")
    assert not same_incident(a, elsewhere, broad=set())


def test_two_tolls_of_one_district_attack_told_a_week_apart_are_a_conflict() -> None:
    claims = _claims(
        ("At least 17 people were killed on Monday by suicide bombings that targeted a police station in the Kestrel neighbourhood of Ruritown.", "a", "2017-10-03"),
        ("In early October four suicide bombers blew themselves up in the al Kestrel district of Ruritown killing 15 people including five policemen.", "b", "2017-10-11"),
    )
    out = find_conflicts(claims)
    assert len(out) == 1 and sorted(w for _, w in out[0].sides) == ["15", "17"]


def test_the_day_a_source_spoke_is_not_the_event_day() -> None:
    text = "Air strikes that ripped through a market in a rebel-held town have killed at least 61 people a war monitor said on Tuesday."
    assert event_days(text, "2017-11-14") == set()
    assert spoken(text, "Tuesday")
    assert event_days("Air strikes on a market killed at least 29 civilians on Monday.", "2017-11-13") == {"2017-11-13"}
    assert event_days("The monitor said Monday that strikes on Sunday killed 12 people.", "2017-11-13") == {"2017-11-12"}


def test_the_later_higher_count_said_the_next_day_joins_the_rising_toll() -> None:
    claims = [
        Claim(0, "Air strikes on a market killed at least 29 civilians including children in a town in northern Ruritania on Monday a monitor said.", "a", "2017-11-13"),
        Claim(1, "Air strikes that ripped through a market in a rebel-held town have killed at least 61 people mostly civilians a war monitor said on Tuesday.", "b", "2017-11-14"),
    ]
    out = find_conflicts(claims, similar=lambda i, j: 0.8)
    assert out and sorted(int(w) for _, w in out[0].sides) == [29, 61]


def test_a_side_that_names_only_another_place_leaves_the_item() -> None:
    claims = _claims(
        ("Rescuers said 35 people were killed by the attack on a school complex in the village of Xville.", "a", "2016-10-26"),
        ("The local network gave a lower toll of 17 people killed at the school.", "b", "2016-10-26"),
        ("Initial reports of 6 killed after Yburg in the province was targeted with an airstrike.", "c", "2016-10-26"),
        ("A team of first responders said 22 people were killed in the raids on the village of Xville.", "d", "2016-10-26"),
    )
    item = Conflict("figures", "killed", [(0, "35"), (1, "17"), (2, "6"), (3, "22")])
    assert stray_sides(item, claims) == {2}
    assert stray_sides(Conflict("figures", "killed", [(0, "35"), (1, "17")]), claims) == set()  # no place to clash with


def test_an_update_reads_in_the_order_the_count_rose() -> None:
    from briefing.conflicts import update_order

    claims = _claims(
        ("Initial reports said over 40 were killed.", "a", "2017-11-13"),
        ("The toll rose to 61.", "b", "2017-11-14"),
        ("Strikes killed 29.", "c", "2017-11-13"),
    )
    item = Conflict("figures", "killed", [(0, "40"), (1, "61"), (2, "29")], update=True)
    assert [w for _, w in update_order(item, claims)] == ["29", "40", "61"]
