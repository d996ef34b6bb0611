"""Session 10: sentences the source cut off, bracketed page labels between sentences, a party's verdict and history kept
out of the bottom line's lead, a weekday that only fits the day after the report's date, notes about reports the brief
does not list. Sentences are invented (fictional places) unless a test says otherwise."""
from __future__ import annotations

from briefing.actors import SUBJECT, Actor, member_aliases
from briefing.brief import bracket_cut
from briefing.dates import next_day_news, resolve_dates, weekday_name
from briefing.layout import listed_notes
from briefing.plan import Sentences, cut_off, extractive_plan, history, partisan, usable_sentence


# ---- complete sentences only ----


def test_a_sentence_ending_on_an_article_is_cut_off() -> None:
    # FA-KES 1962495668 ends a sentence so in the source itself.
    text = "The capture of the road came in the wake of the recapture of the farms area by the army in the."
    assert cut_off(text)
    assert not usable_sentence(text, None)


def test_a_sentence_ending_on_a_word_that_can_end_one_is_complete() -> None:
    for text in ["Xville fell to IS.", "The militants moved in.", "The army won the battle.", "It was Plan A."]:
        assert not cut_off(text), text
        assert usable_sentence(text, None), text


def test_a_page_label_between_two_sentences_goes_with_the_shorter_part() -> None:
    text = ("The regime is also attempting to cut the road a key supply route to the eastern suburbs of Xville. "
            "[Click to enlarge] The pro-regime website reported that the army withdrew from the farms as they faced a counter-offensive.")
    a, b = bracket_cut(text)  # type: ignore[misc]
    assert text[a:b].startswith("The pro-regime website") and "[" not in text[a:b]


def test_a_photo_credit_after_a_caption_goes_with_the_caption() -> None:
    text = "The aftermath of an airstrike in east Xville on Sunday [Jan Smit] Speaking on Sunday the minister said the talks had failed again."
    a, b = bracket_cut(text)  # type: ignore[misc]
    assert text[a:b].startswith("Speaking on Sunday")


def test_a_bracket_inside_a_sentence_stays() -> None:
    assert bracket_cut("Strikes killed at least 22 Red Crescent [RC] volunteers including a senior official.") is None


# ---- the bottom line: reported facts first ----


def _sentences(texts: list[str], relevance: list[float]) -> Sentences:
    return Sentences(
        texts=texts, evidence=list(range(len(texts))), groups=[f"doc{i}" for i in range(len(texts))],
        published=["2017-11-14"] * len(texts), relevance=relevance, usable=[True] * len(texts),
        similar=lambda i, j: 1.0 if i == j else 0.0,
    )


def test_a_partys_verdict_and_a_history_do_not_lead_the_bottom_line() -> None:
    texts = [
        "The Coalition strongly condemns the brutal crime committed by Elbonian aircraft in Xville on Monday.",
        "Xville has been hit by Elbonian air strikes since 2015 when Elbonia entered the war.",
        "Air strikes on the market of Xville killed at least 61 people on Monday, a monitor said.",
        "The monitor said three strikes hit the market in Xville.",
    ]
    assert partisan(texts[0]) and not partisan(texts[2])
    assert not partisan("The bombs were bigger than the barrel bombs that have drawn widespread international condemnation.")
    assert history(texts[1]) and not history(texts[2])
    s = _sentences(texts, [0.95, 0.9, 0.85, 0.8])
    elbonia = Actor("Elbonia", side=SUBJECT, mentions=[0, 1], acting=[0])
    plan = extractive_plan(s, [elbonia], ["2017-11-14"] * 4)
    bottom = [d.text for d in plan.bottom_line]
    assert bottom and bottom[0] == texts[2]
    assert texts[1] not in bottom


# ---- dates ----


def test_a_weekday_that_only_fits_the_next_day_moves_the_report_a_day() -> None:
    # FA-KES 1965495332: stamped Saturday 21 February 2015, the monitor 'said Sunday' (the bombing was Sunday 22nd).
    text = "21.02.2015 At least four people were killed in an explosion. The monitor said Sunday that a nurse was among them."
    day = next_day_news(text, "2015-02-21")
    assert day == "2015-02-22" and weekday_name(day) == "Sunday"
    assert [d.iso for d in resolve_dates("The monitor said Sunday.", day)] == ["2015-02-22"]


def test_a_weekday_since_or_last_is_not_the_next_day() -> None:
    assert next_day_news("Since Tuesday heavy artillery fire hit the town.", "2017-11-20") is None  # a Monday
    assert next_day_news("Last Sunday a bomb hit the town.", "2015-02-21") is None
    assert next_day_news("A bomb hit the town on Saturday.", "2015-02-21") is None


# ---- actors and notes ----


def test_a_possessive_that_lost_its_apostrophe_is_the_state_persons_party() -> None:
    texts = ["Chadian President Jan Smit said so.", "Chadian President Jan Smit spoke.", "Smits regime is attacking.",
             "The Chadian regime bombed it.", "The Chadian regime said so."]
    assert member_aliases(["Chad", "Smits", "Smit"], texts).get("Smits") == "Chad"


def test_notes_about_reports_the_brief_does_not_list_are_dropped() -> None:
    notes = ["111: the text is dated 2016-06-30 but its metadata says 2016-06-21", "222: the text is dated 2016-07-01 but its metadata says 2012-11-13",
             "66 sentences reported outside 2016-06..2016-07 were left out"]
    kept = listed_notes(notes, retrieved={"111", "222", "333"}, listed={"222"})
    assert kept == notes[1:]


def test_a_persons_possessive_before_regime_is_no_party_of_its_own() -> None:
    from briefing.actors import lost_apostrophe

    texts = ["Smits regime is also attempting to cut the road.", "President Jan Smit said the army would win.", "Kurds say they won the town."]
    assert lost_apostrophe("Smits", texts)
    assert not lost_apostrophe("Kurds", texts + ["Kurd fighters held the town."])  # a plural, not a possessive
    assert not lost_apostrophe("Smits", texts[:1])  # the evidence never names the person


def test_the_timeline_keeps_to_the_part_of_the_month_the_topic_names() -> None:
    from briefing.dates import topic_days

    topic = "the battle for Xville farms at the end of June and in early July 2016"
    assert topic_days(topic) == ("2016-06-18", "2016-07-13")
    assert topic_days("the siege of Xville in October 2016") is None
    texts = ["The army took the farms on 7 July 2016.", "Other forces won back the hospital of Yville on 16 July 2016."]
    fillers = [f"The farms lie north of Xville and {n} roads cross them." for n in ("two", "three", "four")]
    s = _sentences(fillers + texts, [0.95, 0.95, 0.95, 0.9, 0.9])
    s.groups = ["doc0", "doc1", "doc2", "doc0", "doc1"]  # the bottom line takes one sentence per source: the fillers
    s.days = topic_days(topic)
    plan = extractive_plan(s, [], ["2016-07-18"] * 5)
    shown = [t.draft.text for t in plan.timeline] + [d.text for d in plan.bottom_line]
    assert texts[0] in shown and texts[1] not in shown
    s.days = None
    plan = extractive_plan(s, [], ["2016-07-18"] * 5)
    assert texts[1] in [t.draft.text for t in plan.timeline] + [d.text for d in plan.bottom_line]


def test_a_states_minister_with_an_of_title_is_that_states_party() -> None:
    texts = ["Chadian Minister of Defence Jan Smit said the talks failed.", "Chadian Minister of Defence Jan Smit met the envoy.",
             "Smit also met the envoy in Xville."]
    assert member_aliases(["Chad", "Smit"], texts).get("Smit") == "Chad"


def test_a_sentence_adverb_opening_a_sentence_is_no_actor() -> None:
    from briefing.entities import is_name

    assert not is_name("Elsewhere") and not is_name("Separately")
    assert is_name("Xland Today")
