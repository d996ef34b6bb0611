"""Session-11 retrieval: a numeric date opening an article ('15-09-2013 ...') is its dateline, read beside wrong metadata."""
from __future__ import annotations

from briefing.retrieve import dateline_words, numeric_dateline


def test_a_numeric_dateline_is_read_day_first() -> None:
    assert numeric_dateline("15-09-2013 Militants attack Velmar, kill 3") == "2013-09-15"
    assert numeric_dateline("24.08.2013 State media said ...") == "2013-08-24"
    assert numeric_dateline("01.02.2015 A bus blast in Dorn ...") == "2015-02-01"  # day first: outlets outside the US write it so


def test_a_month_first_date_is_read_month_first_only_when_day_first_is_no_date() -> None:
    assert numeric_dateline("09-15-2013 Militants attack Velmar") == "2013-09-15"
    assert numeric_dateline("31-31-2013 text") is None


def test_no_numeric_opening_is_no_dateline() -> None:
    assert numeric_dateline("12.5 km east of Velmar, rebels said.") is None
    assert numeric_dateline("Rebels said on 15-09-2013 that ...") is None  # only a date the text opens with


def test_dateline_words_name_the_month_for_the_date_filters() -> None:
    assert dateline_words("15-09-2013 Militants attack Velmar.") == "September 15 2013"
    assert dateline_words("Date of publication 25 July 2016 Rebels ...") == "July 25 2016"
    assert dateline_words("Rebels attacked Velmar.") == ""
