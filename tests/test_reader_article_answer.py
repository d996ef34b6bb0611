"""Session-12 reader: the best sentence's article adds an answer span the best sentence does not state.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.assembly import adds_answer, answer_spans, article_answer
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.lexical import names
from briefing.question import analyse
from .sentences import evidence


def _spans(question: str, text: str) -> set[str] | None:
    shape = analyse(question)
    return answer_spans(text, shape, set(names(shape.text)))


def test_answer_spans_read_the_asked_type() -> None:
    who = "Which two senior leaders did the monitor say were killed in Velmar?"
    assert _spans(who, "The monitor reported the death of two senior leaders in an air strike.") == set()
    assert _spans(who, "Jane Roe and John Doe were killed in what is believed to be an air strike in Velmar.") == {"jane roe", "john doe"}
    many = "How many children were killed in Velmar?"
    assert _spans(many, "Ten children and five women were killed.") == {"10", "5"}
    assert _spans(many, "Five women were killed on 12 July 2015.") == set()  # a count of another noun, and a date
    assert _spans("When did the talks in Dorn start?", "The talks started on Monday in Dorn.") == {"monday"}
    assert _spans("Did the army enter Velmar?", "The army entered Velmar.") is None  # yes/no: no span to test


def test_where_questions_read_places_not_people() -> None:
    where = "Where was the headquarters of the Dorn Brigade that the bombing hit?"
    assert _spans(where, "Jane Roe, leader of the Dorn Brigade, was killed in the bombing.") == set()
    assert _spans(where, "The attack struck the headquarters of the Dorn Brigade northwest of the town of Velmar.") == {"velmar"}


def test_a_span_counts_as_new_only_when_the_shown_sentence_lacks_it() -> None:
    assert adds_answer({"jane roe"}, set())
    assert not adds_answer({"jane roe"}, {"jane roe"})
    assert not adds_answer({"roe"}, {"jane roe"})  # part of a shown name is no new answer
    assert adds_answer({"10", "5"}, {"10"})
    assert not adds_answer(set(), {"10"})


def test_the_best_articles_sentence_naming_the_answer_joins_a_restating_best() -> None:
    shape = analyse("Which two senior leaders did the monitor say were killed in Velmar?")
    text = [
        "The monitor reported the death of two senior leaders in an air strike on Monday.",
        "Aid workers said the roads were closed.",
        "Jane Roe and John Doe were killed in what is believed to be an air strike in Velmar.",
    ]
    other = ["Reporters in Ostria named Tarn Vell and Ana Kor as the new ministers."]
    pool = EvidencePool([evidence(text, "d1"), evidence(other, "d2")], embedder=None, store=None)  # type: ignore[arg-type]
    at = {s.text: i for i, s in enumerate(pool.sentences)}
    best, answer, far = at[text[0]], at[text[2]], at[other[0]]
    ranked = [Scored(best, 0.9, 0.7, 0.5), Scored(far, 0.8, 0.6, 0.4), Scored(answer, 0.6, 0.5, 0.3)]
    assert article_answer(shape, pool, ranked, ranked[0]) == answer  # another article's names are not this event's
    # Below SPAN_RATIO of the best it does not join; the same names as the best add nothing.
    assert article_answer(shape, pool, [ranked[0], Scored(answer, 0.4, 0.4, 0.3)], ranked[0]) is None
    assert article_answer(shape, pool, [Scored(answer, 0.9, 0.7, 0.5), Scored(best, 0.8, 0.6, 0.4)], Scored(answer, 0.9, 0.7, 0.5)) is None


def test_a_question_names_one_day_or_none() -> None:
    from briefing.assembly import asked_day

    assert asked_day("Which village did an air strike hit on 8 April 2017?") == "2017-04-08"
    assert asked_day("Name a village ISIL attacked on Thursday 18 May 2017.") == "2017-05-18"
    assert asked_day("How many were killed in Velmar in May 2017?") is None  # a month is no day
    assert asked_day("Did the toll change between 8 April 2017 and 9 April 2017?") is None  # two days


def test_an_article_reports_a_day_by_its_date_or_its_words() -> None:
    from briefing.assembly import reports_day

    assert reports_day("2017-04-08", "2017-04-08", None, "An air strike hit Velmar.")
    assert reports_day("2017-04-08", "2017-04-10", None, "An air strike hit Velmar.")  # two days later: still its news
    assert not reports_day("2017-04-08", "2017-04-27", None, "An air strike hit Velmar.")  # weeks later: another strike
    assert not reports_day("2017-04-08", "2017-04-07", None, "An air strike hit Velmar.")  # written before the day
    assert reports_day("2017-04-08", "2017-04-27", None, "The strike on April 8 killed 15 people in Velmar.")
    # The text's own dateline wins over a wrong metadata date.
    assert reports_day("2017-04-08", "2017-03-01", "Date of publication 8 April 2017 An air strike hit Velmar.", "An air strike hit Velmar.")


def test_a_close_sentence_of_the_asked_days_article_leads() -> None:
    from briefing.assembly import day_first
    from briefing.types import Document

    shape = analyse("How many children were killed in air strikes on Velmar on 12 June 2016?")
    late = evidence(["Air strikes killed 11 people including children in Velmar, a monitor said."], "late")
    ontime = evidence(["At least five children were among those killed in Velmar, the monitor said."], "ontime")
    far = evidence(["Aid reached Velmar."], "far")
    for ev, day in ((late, "2016-07-14"), (ontime, "2016-06-13"), (far, "2016-06-12")):
        ev.document = Document(doc_id=ev.document.doc_id, content_hash="h", published=day)
    pool = EvidencePool([late, ontime, far], embedder=None, store=None)  # type: ignore[arg-type]
    ranked = [Scored(0, 1.3, 0.7, 0.6), Scored(1, 1.1, 0.5, 0.3), Scored(2, 0.5, 0.2, 0.1)]
    assert [s.index for s in day_first(shape, pool, ranked)] == [1, 0, 2]
    # Too far below the best, the day's article does not lead ('Aid reached Velmar' scores 0.5 of 1.3).
    assert [s.index for s in day_first(shape, pool, [ranked[0], ranked[2]])] == [0, 2]
    # A question naming no day keeps the ranking.
    assert day_first(analyse("How many children were killed in Velmar?"), pool, ranked) == ranked
