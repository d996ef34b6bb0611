"""in_period: which sentences a brief on a named period keeps (sentence fixtures, no store)."""
from __future__ import annotations

from briefing.brief import PERIOD_MIN_SENTENCES, in_period
from briefing.dates import topic_period
from briefing.plan import Sentences


def _sentences(rows: list[tuple[str, str]]) -> Sentences:
    n = len(rows)
    return Sentences(
        texts=[t for t, _ in rows], evidence=list(range(n)), groups=[str(i) for i in range(n)], published=[d for _, d in rows],
        relevance=[1.0] * n, usable=[True] * n, similar=lambda i, j: 0.0,
    )


FILLER = [("Shells hit a market in the old city, residents said.", "2016-04-28")] * PERIOD_MIN_SENTENCES


def _kept(rows: list[tuple[str, str]], topic: str) -> list[bool]:
    s = _sentences(rows + FILLER)
    period = topic_period(topic)
    assert period
    notes: list[str] = []
    in_period(s, [d for _, d in rows + FILLER], period, notes)
    return s.usable[: len(rows)]


TOPIC = "the shelling of the old city in April 2016"


def test_a_later_report_dating_its_own_event_later_is_left_out():
    # 'on Wednesday' in a June report is a June Wednesday, not the April shelling.
    assert _kept([("Air strikes killed at least 15 civilians on Wednesday, a monitor said.", "2016-06-10")], TOPIC) == [False]


def test_a_later_reports_undated_background_is_left_out():
    # Session 11 (holdout7, Aleppo): a June report's background sentence is not the April event's.
    assert _kept([("The city has been divided for years into opposition and government sectors.", "2016-06-10")], TOPIC) == [False]


def test_a_later_reports_undated_sentence_on_the_periods_event_is_kept():
    rows = [("Rockets killed 20 civilians in Xville on Thursday.", "2016-04-28"),
            ("The toll of the rocket attack on Xville rose after 25 civilians were killed, medics said.", "2016-05-20"),
            ("Helicopters struck Yburg with barrel bombs, an official said.", "2016-05-20")]
    assert _kept(rows, TOPIC) == [True, True, False]


def test_a_later_report_dating_its_event_in_the_period_is_kept():
    assert _kept([("On April 28 rockets killed 20 civilians in the city.", "2016-09-01")], TOPIC) == [True]


def test_a_report_in_the_period_is_kept_whatever_it_dates():
    assert _kept([("The fighting began in March 2011.", "2016-04-20")], TOPIC) == [True]


def test_a_report_long_after_the_period_is_left_out():
    assert _kept([("The city has been divided for years.", "2017-03-01")], TOPIC) == [False]
