"""Session 7: one disagreement is one conflict item; a toll later reports raised is an update, not a disagreement."""
from __future__ import annotations

from briefing.conflicts import Claim, Conflict, find_conflicts, group_figures, is_update


def _claims(*rows: tuple[str, str, str]) -> list[Claim]:
    return [Claim(i, text, group, day) for i, (text, group, day) in enumerate(rows)]


def test_two_items_on_one_toll_sharing_a_figure_merge_into_one() -> None:
    a = Conflict("figures", "killed in the shelling (Kestrel)", [(0, "43"), (1, "31")])
    b = Conflict("figures", "killed in the attack", [(2, "43"), (3, "30")])
    other = Conflict("figures", "wounded in the attack", [(4, "100"), (5, "140")])
    out = group_figures([a, b, other], [])
    assert len(out) == 2
    assert [w for _, w in out[0].sides] == ["43", "31", "30"]


def test_items_on_different_quantities_or_figures_stay_apart() -> None:
    a = Conflict("figures", "killed in the attack", [(0, "43"), (1, "31")])
    b = Conflict("figures", "killed in the attack", [(2, "16"), (3, "12")])
    assert len(group_figures([a, b], [])) == 2


def test_a_lower_count_a_report_calls_raised_is_an_update() -> None:
    claims = _claims(
        ("State TV has raised the death toll from the car bombing saying 22 people died.", "a", "2016-07-27"),
        ("A twin bombing struck a crowd on Wednesday killing 44 people.", "b", "2016-07-27"),
    )
    assert is_update(Conflict("figures", "killed", [(0, "22"), (1, "44")]), claims)


def test_a_provisional_lower_count_and_a_later_higher_one_is_an_update() -> None:
    claims = _claims(
        ("At least 14 were killed and the number was expected to rise.", "a", "2016-10-03"),
        ("A suicide bomber killed 30 people on Monday.", "b", "2016-10-04"),
    )
    assert is_update(Conflict("figures", "killed", [(0, "14"), (1, "30")]), claims)


def test_two_sources_giving_different_tolls_the_same_day_disagree() -> None:
    claims = _claims(
        ("The regime killed at least 43 people in the town on Saturday.", "a", "2016-07-02"),
        ("Shelling of the town killed 31 people including two medics on Saturday.", "b", "2016-07-02"),
    )
    assert not is_update(Conflict("figures", "killed", [(0, "43"), (1, "31")]), claims)


def test_an_earlier_higher_figure_is_no_rising_toll_even_with_revision_words() -> None:
    claims = _claims(
        ("A suicide bomber killed 32 people, a medical source said.", "a", "2016-10-03"),
        ("The toll rose to 22 on Tuesday, the monitor said.", "b", "2016-10-04"),
    )
    assert not is_update(Conflict("figures", "killed", [(0, "32"), (1, "22")]), claims)


def test_find_conflicts_marks_a_raised_toll_as_an_update() -> None:
    claims = _claims(
        ("State television raised the toll from the car bombing in Marvella on Wednesday saying 22 people were killed.", "a", "2016-07-27"),
        ("A car bombing in Marvella on Wednesday killed 44 people, state media said.", "b", "2016-07-27"),
    )
    found = [c for c in find_conflicts(claims) if c.kind == "figures"]
    assert found and found[0].update
