"""Conflict matching, sentence by sentence: false pairs (different events or different counted things) and real pairs.

The sentences are taken from real news reports (FA-KES) read by an analyst; each false pair was shown as a
"conflicting report" by an earlier version. Similarity comes from the real offline embedder, as in a brief.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.brief import lead_day, unglue
from briefing.conflicts import Claim, figure_conflicts, figures, months_meet, scope, stated_months


def _similar(texts: list[str]) -> Callable[[int, int], float]:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    vec = get_embedder(Settings()).embed(texts)
    return lambda i, j: float(vec[i] @ vec[j])


def _conflicts(*claims: Claim) -> list[list[str]]:
    """The figures each found conflict sets side by side."""
    found = figure_conflicts(list(claims), _similar([c.text for c in claims]))
    return [[v for _, v in c.sides] for c in found]


# ---- what a figure counts ----


@pytest.mark.parametrize(
    "sentence",
    [
        "Regime bombardment of Eastern Ghouta in the last two weeks has killed more than 100 people according to the Observatory.",
        "Two weeks of shelling killed 40 people in the town.",
        "The siege has lasted three months and killed dozens.",
    ],
)
def test_a_duration_is_not_a_count(sentence: str) -> None:
    assert all(v not in (2, 3) for _, v, _ in figures(sentence)), figures(sentence)


def test_number_words_through_the_teens() -> None:
    assert figures("Fourteen people died in the strikes.") == [("killed", 14, "people")]


def test_verb_first_figure_keeps_its_whole_counted_noun() -> None:
    assert figures("Turkish jets killed 25 Kurdish YPG fighters in the raid on Thursday.") == [("killed", 25, "kurdish ypg fighters")]
    assert figures("Air strikes killed 20 civilians on Monday.") == [("killed", 20, "civilians")]


def test_a_part_of_a_toll_is_not_a_toll() -> None:
    assert figures("But most of the victims - 14 - died in air strikes on an area between the opposition-held towns of Hammuriyah and Saqba.") == []
    assert ("killed", 31, "") in figures("The shelling killed 31, of them 12 children.")


def test_fighters_and_civilians_are_different_counts() -> None:
    fighters = Claim(0, "Turkish jets killed 25 Kurdish YPG fighters in the villages south of the town on Thursday.", "a", "2016-08-26")
    civilians = Claim(1, "Turkish air strikes killed 20 civilians in the villages south of the town on Thursday.", "b", "2016-08-26")
    assert _conflicts(fighters, civilians) == []


# ---- one event: one time ----

GHOUTA_TUESDAY = "Regime air strikes on rebel-held towns near Damascus killed at least 19 civilians a monitoring group said."
GHOUTA_MONDAY = "Air strikes by Syrian regime on a rebel-held region near Damascus killed at least 22 civilians on Monday the Syrian Observatory for Human Rights said."


def test_a_figure_without_its_own_day_takes_its_articles_lead_day() -> None:
    # The first was reported on Tuesday 4 April by an article whose lead speaks of Tuesday; the second is Monday's toll.
    tuesday = Claim(0, GHOUTA_TUESDAY, "a", "2017-04-04", lead_day="2017-04-04")
    monday = Claim(1, GHOUTA_MONDAY, "b", "2017-04-03", lead_day="2017-04-03")
    assert _conflicts(tuesday, monday) == []
    # Without the lead's day, a report of Tuesday might speak of Monday: the pair would be taken for one event.
    assert _conflicts(Claim(0, GHOUTA_TUESDAY, "a", "2017-04-04"), Claim(1, GHOUTA_MONDAY, "b", "2017-04-03")) == [["19", "22"]]


def test_lead_day_skips_the_dateline() -> None:
    lead = "Date of publication 4 April 2017 At least 19 people were killed near the Syrian capital on Tuesday including six children."
    assert lead_day("Shelling of rebel bastion near Syrian capital kills 19", lead, "2017-04-05") == "2017-04-04"
    assert lead_day("A title", "Officials met to discuss the plan.", "2017-04-05") is None


def test_a_month_stated_is_the_figures_time() -> None:
    assert stated_months("In early April at least 88 civilians were killed in a suspected chemical attack.", "2017-04-27") == {"2017-04 early"}
    assert stated_months("In April at least 88 civilians were killed in a suspected chemical attack.", "2017-04-27") == {"2017-04"}
    assert stated_months("In December at least 88 civilians were killed.", "2017-04-27") == {"2016-12"}
    assert stated_months("Officials said they may return on Tuesday.", "2017-04-27") == set()
    assert not months_meet({"2017-03"}, set(), None, set(), {"2017-04-25"}, "2017-04-27")
    assert months_meet({"2017-04"}, set(), None, set(), {"2017-04-25"}, "2017-04-27")
    assert not months_meet({"2017-04 early"}, set(), None, set(), {"2017-04-25"}, "2017-04-27")
    assert months_meet({"2017-04"}, set(), None, set(), set(), "2017-05-03")  # a report the month after may revise it


def test_an_earlier_attack_recalled_is_not_todays_toll() -> None:
    early = Claim(0, "In early April at least 88 civilians were killed in a suspected chemical attack on Khan Sheikhun a town further south in Idlib province.", "a", "2017-04-25")
    today = Claim(1, "Syrian regime or Russian air strikes in and around a town in opposition-held Idlib province on Tuesday killed 26 people and severely damaged a hospital.", "b", "2017-04-27")
    assert _conflicts(early, today) == []


# ---- real disagreements stay ----


def test_two_outlets_disagree_on_an_air_base_strike_toll() -> None:
    six = Claim(0, '"All aircraft located there have been damaged you can say it is completely destroyed" regime TV reported while state news agency SANA said that six people were killed in the attack.',
                "alaraby", "2017-04-07", lead_day="2017-04-07")
    five = Claim(1, '"According to preliminary data five people were killed in the attack seven others injured" Barazi was quoted as saying by Al Mayadeen TV channel.',
                 "sputnik", "2017-04-07", lead_day="2017-04-07")
    assert _conflicts(six, five) == [["6", "5"]]


def test_a_wedding_bombing_with_two_tolls() -> None:
    ahram = Claim(0, "A suicide bomber has struck a wedding in northeast Syria as the bride and groom were exchanging vows killing 32 people and wounding dozens a medical source and witnesses said.",
                  "ahram", "2016-10-03", lead_day="2016-10-03")
    trt = Claim(1, "At least 20 people were killed and 55 wounded during a suicide bombing that struck a wedding in the northeastern Syrian city of Hasakah on Monday Syrian Observatory for Human Rights reported.",
                "trt", "2016-10-03", lead_day="2016-10-03")
    found = _conflicts(ahram, trt)
    assert found and sorted(found[0]) == ["20", "32"]


def test_one_source_never_conflicts_with_itself() -> None:
    a = Claim(0, "At least 20 people were killed in a suicide bombing at a wedding in the city of Hasakah on Monday.", "trt", "2016-10-03")
    b = Claim(1, "A suicide bomber blew himself up during a wedding in the city of Hasakah on Monday killing at least 22 civilians.", "trt", "2016-10-03")
    assert _conflicts(a, b) == []


# ---- glued sentences ----


def test_glued_sentences_are_cut_where_the_source_glued_them() -> None:
    text = "Kurdish forces in Syria have been battling IS since 2014.In recent months the Kurds have inflicted a series of defeats on the militants in the north."
    a, b = unglue(text, text)  # type: ignore[misc]
    assert text[a:b] == "In recent months the Kurds have inflicted a series of defeats on the militants in the north."
    assert unglue("The U.S. Army said so. Then it left.", "The U.S. Army said so. Then it left.") is None


def test_a_total_over_several_places_and_the_toll_of_one_part_are_not_one_count() -> None:
    total = Claim(0, "Activist groups say airstrikes by the coalition targeting areas controlled by the militants have killed at least 21 civilians.", "ap", "2016-07-19", lead_day="2016-07-18")
    part = Claim(1, "The monitor said Monday that at least 15 people were killed as the coalition carried out raids in a northern district of the city.", "ahram", "2016-07-18", lead_day="2016-07-18")
    assert _conflicts(total, part) == []
    assert scope(total.text) == "several" and scope(part.text) == "part"
    assert scope("At least 20 people were killed in a suicide bombing at a wedding in the city on Monday.") == ""


def test_the_same_disagreement_told_twice_by_each_source_is_listed_once() -> None:
    # Each report states its toll twice (lead and body): one conflict, 43 against 31, not two.
    claims = [
        Claim(0, "The regime has killed at least 43 people in the town of Zenda in a revenge shelling attack.", "a", "2016-07-03"),
        Claim(1, "At least 43 people have been killed by regime shelling in the rebel-held town of Zenda.", "a", "2016-07-03"),
        Claim(2, "Government shelling of the rebel-held town of Zenda killed 31 people including two medics.", "b", "2016-07-02"),
        Claim(3, "Two medics were among at least 31 people killed in government shelling of the town of Zenda.", "b", "2016-07-02"),
    ]
    assert sorted(sorted(c) for c in _conflicts(*claims)) == [["31", "43"]]
