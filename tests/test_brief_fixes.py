"""Session-4 brief fixes fed sentences directly: organisations named after a country, glued furniture,
run-ons and captions, the topic's period and the as-of date, conflicts by meaning, denial headings, revised copies."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefing.actors import places
from briefing.brief import lead_figures, tidy
from briefing.clean import is_caption, is_run_on, lead_debris
from briefing.conflicts import Claim, denial_conflicts, denied_object, figure_conflicts
from briefing.dates import main_period, month_count, month_label, topic_period
from briefing.entities import mentions
from briefing.layout import as_of
from briefing.plan import shared_words


# ---- an organisation whose name holds a country's demonym is not that country ----

@pytest.mark.parametrize("sentence, name", [
    ("The Chinese Coalition condemned the massacre.", "Chinese Coalition"),
    ("The Chinese Observatory for Human Rights said ten died.", "Chinese Observatory for Human Rights"),
    ("The Britain-based Chinese Observatory for Human Rights said ten died.", "Chinese Observatory for Human Rights"),
    ("Chinese Civil Defence workers pulled bodies out.", "Chinese Civil Defence"),
])
def test_organisation_named_after_a_country_is_its_own_party(sentence: str, name: str) -> None:
    found = [(m.name, m.kind) for m in mentions(sentence)]
    assert (name, "org") in found and ("China", "country") not in found


@pytest.mark.parametrize("sentence", ["The Chinese Foreign Ministry said it.", "The Chinese Army advanced.", "The Chinese Defence Ministry said it."])
def test_state_organs_still_are_the_state(sentence: str) -> None:
    assert [m.name for m in mentions(sentence)] == ["China"]


def test_a_road_or_farms_is_a_place_not_an_actor() -> None:
    sentences = ["The Kafr Road was cut by the army.", "Fighters tried to reopen the Kafr Road.", "The Kafr Road leads north."]
    assert "Kafr Road" in places(sentences)


# ---- furniture glued to a sentence's start is cut; run-ons and captions are not sentences ----

@pytest.mark.parametrize("text, rest", [
    ("Last updated at Apr 092017 At least 15 civilians were killed.", "At least 15 civilians were killed."),
    ("Last updated at Oct 032017 BEIRUT A strike killed 18 civilians.", "A strike killed 18 civilians."),
    ("AFP A barrage of rockets killed 14.", "A barrage of rockets killed 14."),
    ("Capital- Rebel groups raged an assault.", "Rebel groups raged an assault."),
    ("August 21 (The Associated Press) Troops fired rockets.", "Troops fired rockets."),
    ("03.10.2017 The air force killed 30 fighters.", "The air force killed 30 fighters."),
    ("01.10.2017Get short URL 4016 At least 12 civilians died.", "At least 12 civilians died."),
    ("Regional NNA - Twin blasts killed 18.", "Twin blasts killed 18."),
])
def test_leading_furniture_is_cut(text: str, rest: str) -> None:
    assert text[lead_debris(text):] == rest


@pytest.mark.parametrize("text", ["NATO Secretary General said it.", "US-led strikes killed 10.", "UN inspectors arrived on Monday.", "ISIS militants attacked the base."])
def test_a_sentence_opening_with_an_acronym_keeps_it(text: str) -> None:
    assert lead_debris(text) == 0


def test_the_headline_glued_before_the_first_sentence_is_cut_but_not_a_short_title() -> None:
    text = 'Car bomb kills 10 in the city Governor "Ten people were killed and 22 wounded" said the governor.'
    assert text[lead_debris(text, "Car bomb kills 10 in the city Governor - Region - World"):].startswith('"Ten people')
    assert lead_debris("The army advanced on Monday and took the town in the north.", "The army advanced") == 0


def test_run_ons_pull_quotes_and_doubled_sentences_are_not_sentences() -> None:
    doubled = "Airstrikes by coalition jets have killed at least 21 civilians in the north Airstrikes by coalition jets have killed at least 21 civilians"
    assert is_run_on(doubled)
    assert is_run_on("There is nowhere for people here to go - Jan Roe medic in the east Aid distribution threatened On Tuesday")
    assert is_run_on(" ".join(["word"] * 61))
    assert not is_run_on("The army said on Monday that it had taken the town after three days of fighting - a key supply route.")


def test_a_photo_caption_names_its_own_days_full_date_and_quotes_nobody() -> None:
    assert is_caption("A man sells parsley at an empty market on July 10 2016 after the road closed.", "2016-07-12")
    assert is_caption("Men search the scene of a reported air strike in the city on September 10 2016.", "2016-09-13")
    assert not is_caption("On July 10 2016 the army said it had closed the road.", "2016-07-12")
    assert not is_caption("On August 21 2013 rockets hit the suburbs.", "2013-10-01")  # a past date recalled, not the day's photo


def test_tidy_keeps_the_quote_verbatim() -> None:
    original = "Last updated at Apr 09,2017 \u201cAt least 15 civilians were killed,\u201d a monitor said."
    cleaned = "Last updated at Apr 092017 \u201cAt least 15 civilians were killed\u201d a monitor said."
    ps = SimpleNamespace(evidence=0, text=cleaned, orig_start=0, orig_end=len(original))
    pool = SimpleNamespace(sentences=[ps], evidence=[SimpleNamespace(document=SimpleNamespace(doc_id="d", title=None))], original=lambda doc_id: original)
    tidy(pool)  # type: ignore[arg-type]
    assert ps.text.startswith("\u201cAt least 15") and original[ps.orig_start : ps.orig_end].startswith("\u201cAt least 15 civilians")


# ---- the brief's period: the topic's own, else the median of the evidence ----

def test_topic_period_from_the_topic_words() -> None:
    assert tuple(map(month_label, topic_period("a chemical attack in August 2013"))) == ("2013-08", "2013-08")  # type: ignore[arg-type]
    assert tuple(map(month_label, topic_period("car bombs in 2014"))) == ("2014-01", "2014-12")  # type: ignore[arg-type]
    assert tuple(map(month_label, topic_period("strikes in October and November 2017"))) == ("2017-10", "2017-11")  # type: ignore[arg-type]
    assert topic_period("attacks on hospitals") is None


def test_as_of_is_the_latest_report_of_the_period_not_of_a_stray_one() -> None:
    cited = ["2013-08-21", "2013-08-24", "2013-08-25", "2017-04-04", "2011-02-02"]
    date, window, span = as_of(cited, "2026-01-01", topic_period("an attack in August 2013"))
    assert date == "2013-08-25" and window and "2011-02 to 2017-04" in span
    date, _, span = as_of(["2024-12-02", "2024-12-01", "2018-08"], "2026-01-01")
    assert date == "2024-12-02" and "2018-08" in span  # the old op-ed is outside the median's year, so it is labelled
    assert as_of(["2030-01-01"], "2026-01-01")[0] is None  # a date after today is never 'as of'
    assert main_period(["2016-07-01", "2016-07-09", "2012-01-01"]) == (month_count("2016-07") - 12, month_count("2016-07") + 12)


# ---- conflicts: one incident by meaning; different sides of a front line or days are different incidents ----

def _claims(a: str, b: str, pa: str = "2016-07-19", pb: str = "2016-07-19") -> list[Claim]:
    return [Claim(0, a, "g1", pa), Claim(1, b, "g2", pb)]


def _close(i: int, j: int) -> float:
    return 0.6


def test_tolls_of_one_incident_close_in_meaning_disagree() -> None:
    claims = _claims("Children were among at least 56 civilians killed in strikes by the coalition early on Tuesday.",
                     "Airstrikes on held villages in the north killed at least 85 civilians on Tuesday as fighting went on.")
    found = figure_conflicts(claims, _close)
    assert [v for _, v in found[0].sides] == ["56", "85"]
    assert figure_conflicts(claims) == []  # without a shared place, no meaning: no conflict


def test_a_gas_attack_toll_may_differ_by_far_more() -> None:
    claims = _claims("Activists said a nerve gas attack killed at least 213 people on Wednesday.",
                     "The chemical weapons attack near the capital on August 21 killed more than 1400 people.", "2013-08-21", "2013-09-10")
    assert figure_conflicts(claims, _close)


def test_rebels_and_terrorists_are_one_count_of_fighters() -> None:
    claims = _claims("At least 29 Syrian rebels were killed during a failed counter-offensive to reopen the supply route.",
                     "Nearly 75 terrorists were killed in an offensive they had unsuccessfully launched to reopen the supply route.", "2016-07-10", "2016-07-11")
    assert figure_conflicts(claims, _close)


@pytest.mark.parametrize("a, b", [
    ("Rebel shelling of government-held districts killed five people on Monday.", "Air raids on the opposition-held districts killed 13 civilians on Monday."),
    ("Strikes killed 21 civilians on Monday in the area.", "Strikes killed at least 85 civilians on Tuesday in the villages."),
    ("Rocket attacks killed one person on Monday.", "Air raids killed 10 civilians on Monday."),
])
def test_different_sides_days_or_orders_are_different_incidents(a: str, b: str) -> None:
    assert figure_conflicts(_claims(a, b, "2016-07-19", "2016-07-19"), _close) == []


def test_a_denial_with_a_sentence_run_on_after_it_is_no_denial() -> None:
    claims = [Claim(0, "The monitor says more than 300 people have been killed in air strikes and bombardment of the city since April.", "a", "2016-06-15"),
              Claim(1, "Rebels do not trust the Militia because it cooperates with the capital an accusation the Militia has denied Heavy bombardment Sheikh Maqsoud has been under bombardment.", "b", "2016-06-18")]
    assert denial_conflicts(claims) == []
    assert denied_object(" the reports of Wednesdays chemical weapons attack as baseless.") == "the reports of Wednesdays chemical weapons attack"


# ---- timeline: one event of a day told twice in other words; copies with other figures are independent ----

def test_same_day_retellings_share_their_words() -> None:
    a = "Ten civilians were killed Wednesday in airstrikes by coalition aircraft on tents for displaced people north of the city."
    b = "Local sources said coalition aircraft bombed Wednesday evening tents for displaced people north of the city claiming the lives of more than 10 civilians."
    c = "The foreign minister met his counterpart in the capital on Wednesday to discuss trade."
    assert shared_words(a, b) >= 0.3 > shared_words(a, c)


def test_lead_figures_tell_a_revised_copy_from_a_copy() -> None:
    assert lead_figures("US airstrikes kill 23 civilians", "The strikes killed 23 civilians.") == {("killed", 23)}
    assert not lead_figures("At least 45 killed in US airstrike", "...") & lead_figures("US airstrikes kill 23 civilians", "")


def test_x_is_ys_ally_makes_x_the_backer_and_a_clause_after_ally_names_no_ally() -> None:
    from briefing.backing import backings

    found = [(b.backer, b.backed) for b in backings("China is Russias closest ally and is supporting Smit against the rebels.")]
    assert found == [("China", "Russia")]
    assert [(b.backer, b.backed) for b in backings("Smit’s allies Russia and China sent troops.")] == [("Russia", "Smit"), ("China", "Smit")]
