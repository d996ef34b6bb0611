"""Session 9: the text's own date over the metadata (a weekday-consistent stamp, any dateline), captions by their
place-then-date ending, incidents of another day kept out of an event's timeline, the bottom line chosen before the
actors' rows. Sentences are invented (fictional places) unless a test says otherwise."""
from __future__ import annotations

from briefing.actors import OTHER, SUBJECT, Actor
from briefing.clean import is_caption, place_dated_caption
from briefing.dates import cut_stamp, report_date, resolve_dates, text_date, weekday_stamp
from briefing.plan import Sentences, extractive_plan
from briefing.topicality import other_incident, topic_day


# ---- the text's date ----


def test_a_weekday_stamp_after_the_headline_dates_the_text() -> None:
    text = "Regime raids kill 10 in camp for displaced NGO AFP Wednesday 29 Oct 2014 Regime aircraft struck a camp near Xville."
    assert weekday_stamp(text) == "2014-10-29"
    assert text_date(text) == "2014-10-29"
    assert "29 Oct 2014" not in cut_stamp(text) and "Regime aircraft struck" in cut_stamp(text)


def test_a_weekday_that_is_not_the_dates_own_is_no_stamp() -> None:
    # 29 October 2014 was a Wednesday, not a Tuesday.
    assert weekday_stamp("Raids kill 10 NGO AFP Tuesday 29 Oct 2014 Aircraft struck a camp.") is None


def test_a_date_an_event_is_told_on_is_no_stamp() -> None:
    assert weekday_stamp("Rebels said the convoy was hit on Saturday 15 April 2017 near Xville.") is None


def test_a_stamp_deep_in_the_text_is_not_the_texts_date() -> None:
    assert weekday_stamp("x " * 200 + "AFP Wednesday 29 Oct 2014 Aircraft struck a camp.") is None


def test_the_texts_date_wins_even_a_day_or_two_off_the_metadata() -> None:
    # The Jordan Times case (FA-KES 1924058032): metadata 13 April, text 'Last updated at Apr 152017', 'on Saturday'.
    text = "Last updated at Apr 152017 A suicide car bomb attack on buses killed 43 people on Saturday."
    report = report_date(text_date(text), "2017-04-13")
    assert report == "2017-04-15"
    assert [d.iso for d in resolve_dates("killed 43 people on Saturday", report)] == ["2017-04-15"]
    # Resolved against the wrong metadata, Saturday would be the 8th: a week before the attack.
    assert [d.iso for d in resolve_dates("killed 43 people on Saturday", "2017-04-13")] == ["2017-04-08"]


def test_without_a_day_in_the_text_the_metadata_serves() -> None:
    assert report_date(None, "2017-04-13") == "2017-04-13"
    assert report_date("2017-04", "2017-04-13") == "2017-04-13"


# ---- captions by form ----


def test_a_caption_ends_on_a_place_then_its_date() -> None:
    # FA-KES 1919191772: the hedge 'is said to be' is no attribution.
    assert is_caption("Still image shows a cloud of black smoke rising from vehicles in the distance in what is said to be "
                      "Xvilles outskirts Ruritania April 15 2017.", None)
    assert place_dated_caption("Fighters walk in Tal Osprey village north of Xville city Ruritania November 19 2016.")


def test_a_report_dating_its_event_is_no_caption() -> None:
    assert not place_dated_caption("The attack happened on April 15 2017.")
    assert not place_dated_caption("The ministry said the attack killed 10 in Xville, Ruritania on April 15 2017.")
    assert not place_dated_caption("The deal was signed in Xville, December 20, 2016.")
    assert not place_dated_caption("The army said Monday April 15 2017.")
    assert not place_dated_caption("Talks were held in Xville in March 2016.")


# ---- incidents of another day ----

TOPIC = "the bombing of the convoy of evacuees at Osprey outside Xville on 15 April 2017"


def test_the_topic_names_one_day() -> None:
    assert topic_day(TOPIC) == "2017-04-15"
    assert topic_day("the siege of Xville in 2016") is None


def test_casualties_on_another_day_are_another_incident() -> None:
    day = topic_day(TOPIC)
    # FA-KES 1919191770's wording, four days after the convoy bombing.
    assert other_incident("A bomb killed six people and wounded more than 30 in Xville on Wednesday the official television channel reported.", "2017-04-19", day)


def test_the_topics_own_incident_told_later_is_not_another() -> None:
    day = topic_day(TOPIC)
    # The day a monitor spoke is not the event's day.
    assert not other_incident("Nearly 70 children were among those killed when a suicide car bombing tore through buses, a monitor said on Sunday.", "2017-04-16", day)
    # A toll raised later is the same incident counted again.
    assert not other_incident("The death toll from the bombing has reached at least 126 on Monday.", "2017-04-17", day)
    # The topic's own day, and the day after (a night attack reported next day).
    assert not other_incident("At least 126 people were killed Saturday in a suicide car bomb attack.", "2017-04-16", day)
    assert not other_incident("Twenty people were killed on Sunday when the bus burned.", "2017-04-16", day)
    # No casualties: the next phase of the deal, not an incident.
    assert not other_incident("On Wednesday 3000 residents left in 45 buses.", "2017-04-19", day)
    # A topic without a day leaves every sentence in.
    assert not other_incident("A bomb killed six people in Xville on Wednesday.", "2017-04-19", None)


def _sentences(texts: list[str], relevance: list[float]) -> Sentences:
    return Sentences(
        texts=texts, evidence=list(range(len(texts))), groups=[f"doc{i}" for i in range(len(texts))],
        published=["2017-04-20"] * len(texts), relevance=relevance, usable=[True] * len(texts),
        similar=lambda i, j: 1.0 if i == j else 0.0,
    )


def test_the_timeline_leaves_out_a_sentence_marked_another_days_incident() -> None:
    texts = ["The convoy was bombed at Osprey on Saturday.", "A bomb killed six people in Xville on Wednesday."]
    s = _sentences(texts, [0.9, 0.9])
    s.other_day = {1}
    plan = extractive_plan(s, [], ["2017-04-20"] * 2)
    shown = [t.draft.text for t in plan.timeline] + [d.text for d in plan.bottom_line]
    assert texts[0] in shown and texts[1] not in shown


# ---- the bottom line before the actors' rows ----


def test_the_bottom_line_takes_the_best_backing_sentence_when_the_row_keeps_another() -> None:
    texts = [
        "Government forces, backed by Elbonian fighter jets, retook the town on Thursday.",  # Elbonia's best
        "Elbonian planes supported an army offensive on Monday.",  # Elbonia's second
        "Freedonia sent advisers to the army.",  # Freedonia's only backing sentence
    ]
    s = _sentences(texts, [0.9, 0.8, 0.85])
    elbonia = Actor("Elbonia", side=SUBJECT, backs="government", form="military", stance=[0, 1], acting=[0, 1])
    freedonia = Actor("Freedonia", side=SUBJECT, backs="government", form="military", stance=[2], acting=[2])
    plan = extractive_plan(s, [elbonia, freedonia], ["2017-04-20"] * 3)
    assert texts[0] in [d.text for d in plan.bottom_line]
    rows = {r.name: r for r in plan.actors}
    # Elbonia's row shows its other backing sentence; Freedonia keeps its only one (the bottom line leaves it).
    assert rows["Elbonia"].stance is not None and rows["Elbonia"].stance.text == texts[1]
    assert rows["Freedonia"].stance is not None and rows["Freedonia"].stance.text == texts[2]
    assert texts[2] not in [d.text for d in plan.bottom_line]


def test_a_copy_of_the_only_backing_sentence_does_not_count_as_another_for_the_row() -> None:
    # Chunks overlap, so one article's sentence can stand in the pool twice. The bottom line may not take an actor's only
    # backing sentence on the strength of its copy: once taken, the copy is not free either and the row would vanish.
    texts = [
        "Government forces backed by Elbonian warplanes battled for the farms.",
        "Government forces backed by Elbonian warplanes battled for the farms.",  # the same sentence from the overlap
        "The army retook the farms on Thursday.",
    ]
    s = _sentences(texts, [0.9, 0.9, 0.8])
    s.groups = ["doc0", "doc0", "doc1"]
    elbonia = Actor("Elbonia", side=SUBJECT, backs="government", form="military", stance=[0, 1], acting=[0, 1])
    plan = extractive_plan(s, [elbonia], ["2017-04-20"] * 3)
    rows = {r.name: r for r in plan.actors}
    assert "Elbonia" in rows and rows["Elbonia"].stance is not None and rows["Elbonia"].stance.text == texts[0]
    assert texts[0] not in [d.text for d in plan.bottom_line]


def test_the_bottom_line_leaves_an_actor_its_only_sentence() -> None:
    # A group that only claims the attack has no backing sentence, one acting sentence: if the bottom line took it, the
    # group would have no row at all. It stays in the row while other sentences can fill the bottom line.
    texts = [
        "The Osprey Front said three of its fighters carried out the attack on the police station.",
        "Two suicide bombers hit the police station in the south of the capital on Monday.",
        "At least 17 people were killed in the bombings, the monitor said.",
    ]
    s = _sentences(texts, [0.95, 0.9, 0.85])
    osprey = Actor("Osprey Front", side=OTHER, backs="", form="", stance=[], acting=[0])
    plan = extractive_plan(s, [osprey], ["2017-10-03"] * 3)
    rows = {r.name: r for r in plan.actors}
    # No actor backs anyone: the row's sentence is what the group did or said (session 13), no longer its latest development.
    row = rows.get("Osprey Front")
    assert row is not None and row.stance is not None and row.stance.text == texts[0]
    assert texts[0] not in [d.text for d in plan.bottom_line] and texts[1] in [d.text for d in plan.bottom_line]


# ---- a party whose backing sentence another row shows ----


def test_a_backer_of_the_other_side_keeps_a_row_that_refers_to_the_shared_sentence() -> None:
    from briefing.actors import OPPONENTS

    texts = ["The evacuation brokered by regime ally Elbonia and rebel backer Freedonia is set to move 30000 people."]
    s = _sentences(texts, [0.9])
    elbonia = Actor("Elbonia", side=SUBJECT, backs="government", form="political statement", stance=[0], acting=[0])
    freedonia = Actor("Freedonia", side=OPPONENTS, backs="rebels", form="political statement", stance=[0], acting=[0])
    plan = extractive_plan(s, [elbonia, freedonia], ["2017-04-20"])
    rows = {r.name: r for r in plan.actors}
    assert rows["Elbonia"].stance is not None and rows["Elbonia"].stance.text == texts[0]
    assert rows["Freedonia"].stance is None and rows["Freedonia"].shared_with == "Elbonia"
    # The sentence is printed once in the whole plan.
    shown = [d.text for d in plan.bottom_line] + [d.text for r in plan.actors for d in [r.stance, r.latest, *r.body] if d]
    assert shown.count(texts[0]) == 1


def test_a_day_name_is_never_an_actor() -> None:
    from briefing.actors import calendar_word, find_actors, subject_of

    assert calendar_word("Saturdays") and calendar_word("Saturday's") and calendar_word("April")
    assert not calendar_word("Satyria") and not calendar_word("Xville")
    texts = ["It was unclear who carried out Saturdays bombing attack.", "Saturdays convoy attack killed 126 people the monitor said.",
             "The Osprey Front said its fighters carried out the attack."]
    actors = find_actors(texts, [0.9] * 3, subject_of("the convoy bombing", texts), {})
    assert "Saturdays" not in [a.name for a in actors]


def test_the_outlet_closing_a_backing_sentence_is_not_a_backer() -> None:
    from briefing.actors import find_actors, reports_here, subject_of

    # A real country (the gazetteer knows it) and an invented outlet; the backing parser reads both as backers.
    s = "The Osprey Front receives backing from Norway Wirenews reports."
    assert reports_here("Wirenews", s) and not reports_here("Norway", s)
    assert not reports_here("Norway", "Norway said it would send arms to the rebels.")
    texts = [s, "The Osprey Front fired rockets into the capital on Thursday."]
    names = [a.name for a in find_actors(texts, [0.9, 0.9], subject_of("the rebel rocket barrage", texts), {})]
    assert "Norway" in names and "Wirenews" not in names


def test_a_report_long_after_the_topics_day_gives_no_bottom_line_finding() -> None:
    from briefing.topicality import late_report

    assert late_report("2017-10-11", "2017-10-02") and not late_report("2017-10-03", "2017-10-02")
    assert not late_report("2017-10-11", None) and not late_report(None, "2017-10-02")
    texts = ["It was the second time this month that attackers targeted the police after 17 were killed in an October 2 attack.",
             "At least 17 people were killed on Monday by suicide bombings that targeted a police station."]
    s = _sentences(texts, [0.95, 0.9])
    s.late = {0}
    plan = extractive_plan(s, [], ["2017-10-11", "2017-10-03"])
    assert [d.text for d in plan.bottom_line] == [texts[1]]


def test_a_sentence_without_a_day_takes_its_articles_lead_day() -> None:
    day = topic_day(TOPIC)
    text = "State TV said an explosive device went off in the northern city of Xville killing six people and wounding 30 others."
    assert other_incident(text, "2017-04-19", day, lead="2017-04-19")
    assert not other_incident(text, "2017-04-16", day, lead="2017-04-15")
    assert not other_incident(text, "2017-04-19", day, lead=None)


def test_a_caption_naming_its_picture_mid_sentence_is_a_caption() -> None:
    assert is_caption("Regime soldiers stand at a site of an explosion in Xville in this handout picture provided by the agency on September 5 2016.", None)
    assert not is_caption("Soldiers stood at the site of the explosion in Xville on Monday, the agency said.", None)
