"""Session 7: a brief on one event keeps to that event (topicality), dates its 'as of' from its findings, and reads glued datelines."""
from __future__ import annotations

import pytest

from briefing.dates import dateline
from briefing.layout import as_of
from briefing.topicality import BACKGROUND, CONTEXT, EVENT_MIN, OFF, ON, article_about, event_of, event_score, place_key, topic_places

# Invented places and groups: the mechanism must not depend on one story's names.
TOWN_TOPIC = "the truck bombing in Marvella in July 2016"


@pytest.mark.parametrize("a,b", [("Hasakeh", "Hasaka"), ("Hasakah", "Hassakeh"), ("Qamishli", "al-Qameshli"), ("Marvella", "Marvela"), ("Ruqqa", "Ruqa"), ("al-Sabb", "Sab")])
def test_one_place_in_two_spellings_has_one_key(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize("a,b", [("Homs", "Hama"), ("al-Bab", "Abu"), ("Marvella", "Morvan"), ("Ruqqa", "Riqa")])
def test_different_places_have_different_keys(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


def test_the_topic_places_its_event_but_a_theme_has_no_place() -> None:
    assert topic_places(TOWN_TOPIC) == ["Marvella"]
    assert topic_places("the barrel bomb attacks on the Islamic State-held town of al-Dorra in 2015") == ["al-Dorra"]
    assert topic_places("international backing for the Ruritanian government") == []
    theme = event_of("international backing for the Ruritanian government", [])
    assert event_score("Separately planes bombed Kestrel on Monday.", theme, False) == ON  # no place: nothing is filtered


def test_a_sentence_naming_the_place_is_on_the_event_another_place_is_off() -> None:
    event = event_of(TOWN_TOPIC, [])
    assert event_score("A truck bomb killed 44 people in Marvella on Wednesday.", event, False) == ON
    assert event_score("A suicide bomb killed at least 16 people in the city of Kestrel on Tuesday.", event, True) == OFF
    assert event_score("Two pilots were killed when their helicopter was shot down near Dunmore.", event, True) == OFF


def test_a_sentence_without_a_place_continues_its_article() -> None:
    event = event_of(TOWN_TOPIC, [])
    assert event_score("The attacker detonated his explosives at a checkpoint.", event, True) == CONTEXT
    assert event_score("The attacker detonated his explosives at a checkpoint.", event, False) == OFF  # an article on another event
    assert event_score("Separately planes intensified their bombing on Saturday.", event, True) == OFF  # it turns away
    assert event_score("Three officers were killed on Friday when their helicopter crashed in the south.", event, True) == OFF
    assert event_score("The blast hit the western district of the town.", event, True) == CONTEXT


def test_recalling_past_attacks_is_background_not_the_event() -> None:
    event = event_of(TOWN_TOPIC, [])
    score = event_score("The group has targeted areas of the province in the past including Marvella.", event, True)
    assert score == BACKGROUND and score < EVENT_MIN


def test_a_town_event_is_not_another_town_in_the_region_named_after_it() -> None:
    texts = ["A bomb killed 16 outside a bakery in Marvella city on Tuesday.", "Marvella city is the capital of the province."]
    event = event_of(TOWN_TOPIC, texts)
    assert event.town
    assert event_score("A car bomb killed 44 on Wednesday in Dunmore city in Marvella province.", event, True) == OFF
    assert event_score("In July a bomb killed at least 16 people in Marvella.", event, True) == ON


def test_a_district_of_the_town_stays_on_its_event() -> None:
    texts = ["A bomber blew himself up in the Old Quarter neighbourhood of Marvella city.", "Marvella city is the capital.",
             "A car bomb killed 44 in Dunmore city in Marvella province."]
    event = event_of(TOWN_TOPIC, texts)
    assert event.town
    assert event_score("The attack occurred in the neighbourhood of Old Quarter ahead of the festival.", event, True) == CONTEXT
    assert event_score("A car bomb killed 44 on Wednesday in Dunmore.", event, True) == OFF


def test_places_the_evidence_puts_inside_a_city_stay_on_its_event() -> None:
    texts = ["Jets struck the Old Quarter district of Kestrel on Monday.", "The siege of Kestrel province goes on."]
    event = event_of("the air raids on Kestrel in May 2017", texts)
    assert not event.town
    assert event_score("At least 12 civilians were killed in Old Quarter on Monday.", event, True) >= EVENT_MIN
    assert event_score("At least 12 civilians were killed in Dunmore on Monday.", event, True) == OFF


def test_an_article_is_about_the_event_when_its_headline_or_lead_names_the_place() -> None:
    event = event_of(TOWN_TOPIC, [])
    assert article_about("Truck bomb kills 44 in Marvella", "Officials said ...", event)
    assert not article_about("Two pilots killed as chopper downed", "Two pilots were killed near Dunmore ...", event)


def test_as_of_is_the_latest_report_of_the_dates_given() -> None:
    # layout.render passes the findings' report dates first: a later article cited only in an actor row does not move it.
    assert as_of(["2016-07-02", "2016-07-03"], "2026-01-01", None)[0] == "2016-07-03"
    assert as_of(["2016-07-02", "2016-07-03", "2016-09-22"], "2026-01-01", None)[0] == "2016-09-22"


@pytest.mark.parametrize("text,iso", [
    ("Last updated at Jul 282016 MARVELLA A massive bomb", "2016-07-28"),
    ("Last updated at Jul 172015 Barrel bombs dropped", "2015-07-17"),
    ("Published July 5 2016 A motorcycle bomber", "2016-07-05"),
])
def test_datelines_whose_comma_and_space_were_lost_are_read(text: str, iso: str) -> None:
    assert dateline(text) == iso


def test_a_bracketed_picture_credit_marks_a_caption() -> None:
    from briefing.clean import is_caption

    assert is_caption("Images of the captured pilot were released [Twitter] In a Friday statement the army said it would respond.", None)
    assert not is_caption("The Syrian Democratic Force [SDF] besieged the town on June 10.", None)


def test_a_topic_around_a_place_spans_its_area() -> None:
    texts = ["Jets struck Marvella city on Monday.", "Marvella city is the capital.", "Strikes hit Dunmore town in the western part of the Marvella province."]
    assert event_of(TOWN_TOPIC, texts).town
    area = event_of("the air strikes in and around Marvella in 2017", texts)
    assert not area.town
    assert event_score("Strikes killed 10 in Dunmore town in the western part of the Marvella province.", area, True) == ON


def test_a_headline_naming_the_place_makes_the_article_about_it() -> None:
    event = event_of(TOWN_TOPIC, ["Marvella city was hit.", "Marvella city is the capital."])
    assert article_about("Death toll in strike on Marvella rises to 20", "The toll in the province of Marvella rose after strikes on Dunmore village.", event)
