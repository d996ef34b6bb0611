"""Session 5 brief fixes, sentence by sentence: backing named by apposition, the passive's object, the bottom line's length."""
from __future__ import annotations

import pytest

from briefing.backing import backings
from briefing.plan import BOTTOM_LINE_WORDS, fits_bottom_line


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return {(b.backer, b.backed) for b in backings(sentence)}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The zone was agreed at talks backed by rebel backer Turkey and others.", ("Turkey", "rebels")),
        ("A truce agreed by regime allies Iran and Russia has held since July.", ("Iran", "government")),
        ("The strike was carried out by jets of government ally Russia.", ("Russia", "government")),
        ("Syria and its ally Russia deny the attack.", ("Russia", "Syria")),
        ("The town is often targeted by the Assad regime and its Russian ally.", ("Russia", "government")),
    ],
)
def test_a_backer_named_by_its_role(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(sentence), _pairs(sentence)


def test_what_is_sponsored_is_the_thing_before_the_verb_not_a_party_further_back() -> None:
    pairs = _pairs("The zones were agreed at talks on the Syrian conflict sponsored by rebel backer Turkey and regime supporters Russia and Iran.")
    assert ("Turkey", "Syria") not in pairs
    assert {("Turkey", "rebels"), ("Russia", "government"), ("Iran", "government")} <= pairs


def test_the_passive_still_reads_a_party_and_its_forces() -> None:
    assert ("Russia", "government") in _pairs("Syrian government forces, backed by Russian fighter jets, launched a counteroffensive.")
    assert ("Turkey", "rebels") in _pairs("The rebels, who are backed by Turkey, advanced on the town.")


def test_bottom_line_takes_short_statements_only() -> None:
    short = "Government forces cut the last supply road into the east of the city on Thursday, a monitor said."
    assert fits_bottom_line(short)
    assert not fits_bottom_line("Will the truce hold?")
    long = " ".join(["word"] * (BOTTOM_LINE_WORDS + 1)) + "."
    assert not fits_bottom_line(long)


def test_a_byline_and_the_headline_after_it_are_cut() -> None:
    from briefing.clean import lead_debris

    s = 'by Jan Roe Ann Poe and Lee Doe "Chemical" Massacre in the Valley Defies the World Capital London- Warplanes releasing toxic gas hit the town on Tuesday.'
    assert s[lead_debris(s, "Chemical Massacre in the Valley Defies the World") :].startswith("Warplanes releasing")
    plain = "By the end of the day, the troops had withdrawn from the town and the river crossing."
    assert lead_debris(plain, "Troops withdraw from the town") == 0


def test_an_all_capitals_place_dateline_with_its_country_is_cut() -> None:
    from briefing.clean import lead_debris

    s = "KHAN TUMAN Ruritania A suspected chemical attack in the rebel-held north killed dozens of civilians."
    assert s[lead_debris(s) :].startswith("A suspected")
    s = "CAPITAL Rebels seized the town on Monday after heavy fighting."
    assert s[lead_debris(s) :].startswith("Rebels seized")


def test_a_monitor_that_only_reports_is_a_source_not_an_actor() -> None:
    from briefing.actors import only_reports

    monitor = [
        "The Ruritanian Observatory for Human Rights said at least 17 people were injured in the strike.",
        "At least 58 people died, according to the Ruritanian Observatory for Human Rights.",
    ]
    assert only_reports("Ruritanian Observatory for Human Rights", monitor)
    assert not only_reports("Elbonia", ["Elbonia said it would respond.", "Elbonia launched strikes on the town."])
    assert not only_reports("Elbonia", ["The town lies in Elbonia."])  # never acts: other rules decide
    assert only_reports("Ruritanian Observatory", ["The so-called Ruritanian Observatory announced on Sunday that militants mounted an attack."])


def test_one_day_gets_at_most_timeline_per_day_lines() -> None:
    from briefing.plan import TIMELINE_PER_DAY, Sentences, timeline_events

    texts = [
        "Jets bombed the northern market at dawn.",
        "Rebels shelled a school near the river.",
        "The minister resigned over the budget.",
        "Floods closed the coastal highway.",
        "Talks opened in the capital on aid deliveries.",
    ]
    different = Sentences(
        texts=texts, evidence=list(range(5)), groups=[f"g{i}" for i in range(5)], published=["2017-04-04"] * 5,
        relevance=[0.9, 0.8, 0.7, 0.6, 0.5], usable=[True] * 5, similar=lambda i, j: 1.0 if i == j else 0.1,
    )
    chosen = timeline_events(different, [("2017-04-04", i) for i in range(4)] + [("2017-04-05", 4)])
    assert sum(1 for d, _ in chosen if d == "2017-04-04") == TIMELINE_PER_DAY
    assert ("2017-04-05", 4) in chosen


def test_a_models_figure_conflict_must_be_one_quantity_of_one_event() -> None:
    from briefing.brief import one_quantity
    from briefing.plan import Draft, Sentences

    texts = [
        "Turkish jets killed 25 Kurdish fighters in the villages south of the town on Thursday.",
        "Turkish air strikes killed 20 civilians in the villages south of the town on Thursday.",
        "Turkish air strikes killed 35 civilians in the villages south of the town on Thursday.",
    ]
    s = Sentences(
        texts=texts, evidence=[0, 1, 2], groups=["a", "b", "c"], published=["2016-08-26"] * 3,
        relevance=[0.9] * 3, usable=[True] * 3, similar=lambda i, j: 0.9,
    )
    reports: list[str | None] = ["2016-08-26"] * 3
    assert not one_quantity(s, [Draft(texts[0], [0], 0), Draft(texts[1], [1], 1)], reports)  # fighters vs civilians
    assert one_quantity(s, [Draft(texts[1], [1], 1), Draft(texts[2], [2], 2)], reports)  # 20 vs 35 civilians, one day


def test_a_wire_credit_after_the_full_stop_is_cut() -> None:
    from briefing.clean import trail_debris

    s = "The fighters were killed trying to reopen the road, the monitor said.--AFP"
    assert s[: len(s) - trail_debris(s)] == "The fighters were killed trying to reopen the road, the monitor said."
    assert trail_debris("Officials met AFP reporters on Monday.") == 0
    assert trail_debris("The town fell on Monday. (Reuters)") == len(" (Reuters)")


def test_a_states_own_people_are_rows_of_that_state() -> None:
    from briefing.actors import member_aliases

    sentences = [
        "French President Jean Dupont said the talks would go on.",
        "French President Jean Dupont met the envoy on Monday.",
        "Dupont backs the government of Freedonia.",
        "Mayor Ann Lee of Oldtown said the market was hit.",
    ]
    aliases = member_aliases(["France", "Dupont", "President Jean Dupont", "Lee"], sentences)
    assert aliases == {"Dupont": "France", "President Jean Dupont": "France"}
    # named once after the state is not enough to make a person its party
    assert member_aliases(["France", "Dupont"], sentences[:1] + sentences[2:]) == {}
