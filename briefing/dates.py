"""Dates: parse metadata dates to ISO (YYYY, YYYY-MM, YYYY-MM-DD) and find dates in sentences."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "ym"),
    (re.compile(r"^(\d{4})$"), "y"),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})"), "mdy"),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})", re.I), "dMy"),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I), "Mdy"),
    (re.compile(_MONTH + r",?\s+(\d{4})", re.I), "My"),
]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
        if m is not None:
            return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
        return f"{y:04d}" if 1000 <= y <= 2999 else None
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """A metadata date in any common form, as ISO YYYY[-MM[-DD]]; None when unparseable."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    for pattern, kind in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        if kind == "ymd":
            return _iso(int(g[0]), int(g[1]), int(g[2]))
        if kind == "ym":
            return _iso(int(g[0]), int(g[1]))
        if kind == "y":
            return _iso(int(g[0]))
        if kind == "mdy":
            return _iso(int(g[2]), int(g[0]), int(g[1]))
        if kind == "dMy":
            return _iso(int(g[2]), MONTHS[g[1].lower().rstrip(".")], int(g[0]))
        if kind == "Mdy":
            return _iso(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))
        if kind == "My":
            return _iso(int(g[1]), MONTHS[g[0].lower().rstrip(".")])
    return None


def date_key(iso: str | None) -> int:
    """ISO date as a sortable integer YYYYMMDD (missing parts 00); 0 for no date."""
    if not iso:
        return 0
    parts = [int(p) for p in iso.split("-")] + [0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


_IN_TEXT = re.compile(
    r"\b(?:(\d{1,2})\s+" + _MONTH + r"(?:,?\s+(\d{4}))?|" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|"
    r"(?:in|since|of|by)\s+" + _MONTH + r"\s+(\d{4})|(?:[Ii]n|[Bb]y)\s+((?:19|20)\d{2}))\b(?!\s*[-–])"
)


def dates_in(sentence: str, published: str | None) -> list[str]:
    """Dates a sentence states, as ISO; a day and month without a year take the article's year."""
    year = int(published[:4]) if published else None
    found: list[str] = []
    for m in _IN_TEXT.finditer(sentence):
        d1, mon1, y1, mon2, d2, y2, mon3, y3, y4 = m.groups()
        iso = None
        if mon1:
            y = int(y1) if y1 else year
            iso = _iso(y, MONTHS[mon1.lower().rstrip(".")], int(d1)) if y else None
        elif mon2:
            y = int(y2) if y2 else year
            iso = _iso(y, MONTHS[mon2.lower().rstrip(".")], int(d2)) if y else None
        elif mon3:
            iso = _iso(int(y3), MONTHS[mon3.lower().rstrip(".")])
        elif y4:
            iso = _iso(int(y4))
        if iso and iso not in found:
            found.append(iso)
    return found


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_IN_TEXT = re.compile(r"\b(?:(last|this|on|next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_DAY_MONTH = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?:,?\s+(\d{4}))?(?![\d-])")
_MONTH_YEAR = re.compile(r"\b(?:in|since|of|by|from|until|during)?\s*" + _MONTH + r",?\s+(\d{4})\b")
_YEAR = re.compile(r"\b(?:in|since|by|from|until|during|of)\s+((?:19|20)\d{2})\b")
# A whole-year or older month reference describes background, not an event of the reporting period.
BACKGROUND_DAYS = 62  # about two months: a month-precision date older than this is background
# 'since 2011', 'since the start of': a reference point, never an event of the period.
_SINCE = re.compile(r"\bsince\s+$", re.I)


# A day this many days before its report is an old event the report recalls ('the last attack, on April 25, killed ...'),
# not one it reports: a news report's own events are days old, a weekly round-up reaches back a week or two.
RECALLED_DAYS = 21


def recalled(iso: str, report: str | None) -> bool:
    """Is an event of `iso` one its report (dated `report`) recalls as background rather than reports?"""
    d, r = as_date(iso), as_date(report)
    return d is not None and r is not None and (r - d).days > RECALLED_DAYS


@dataclass(frozen=True)
class EventDate:
    """A date a sentence states, resolved against its report's date."""

    iso: str
    precision: str  # 'day' | 'month' | 'year'
    background: bool
    surface: str


def as_date(iso: str | None) -> date | None:
    """The calendar day of an ISO date string at day precision ('2017-04-08...'), else None (a month, a year, no date)."""
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def latest_on_or_before(month: int, day: int, report: date) -> date | None:
    """'December 23' in a report of `report`: the latest such day not after the report."""
    for year in (report.year, report.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= report:
            return d
    return None


def weekday_before(name: str, report: date, strict: bool) -> date:
    """'on Monday' -> the latest Monday not after the report ('last Monday': strictly before it)."""
    target = _WEEKDAYS.index(name.lower())
    delta = (report.weekday() - target) % 7
    if strict and delta == 0:
        delta = 7
    return report - timedelta(days=delta)


def resolve_dates(sentence: str, published: str | None) -> list[EventDate]:
    """Dates a sentence states, resolved against its report's date; never after the report.

    'on Monday' and 'last Wednesday' resolve to the latest such day not after publication,
    'December 23' to the latest December 23 not after it; a stated year is kept as written,
    but a date after the report is dropped. Years and older months are background.
    """
    report = as_date(published)
    found: list[EventDate] = []
    taken: list[tuple[int, int]] = []

    def add(d: EventDate, span: tuple[int, int]) -> None:
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        taken.append(span)
        if report is not None and date_key(d.iso) > date_key(report.isoformat()):
            return  # an event is never after the article that reports it
        if d.iso not in [f.iso for f in found]:
            found.append(d)

    for m in _DAY_MONTH.finditer(sentence):
        d1, mon1, mon2, d2, y = m.groups()
        month = MONTHS[(mon1 or mon2).lower().rstrip(".")]
        day = int(d1 or d2)
        since = bool(_SINCE.search(sentence[: m.start()]))
        if y:
            iso = _iso(int(y), month, day)
            if iso:
                add(EventDate(iso, "day", since, m.group(0)), m.span())
        elif report is not None:
            d = latest_on_or_before(month, day, report)
            if d:
                add(EventDate(d.isoformat(), "day", since, m.group(0)), m.span())
    for m in _MONTH_YEAR.finditer(sentence):
        iso = _iso(int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")])
        if iso:
            old = report is not None and (report - date(int(iso[:4]), int(iso[5:7]), 1)).days > BACKGROUND_DAYS
            add(EventDate(iso, "month", old or "since" in m.group(0).lower(), m.group(0).strip()), m.span())
    for m in _YEAR.finditer(sentence):
        iso = _iso(int(m.group(1)))
        if iso:
            add(EventDate(iso, "year", True, m.group(0)), m.span())
    if report is not None:
        for m in _WEEKDAY_IN_TEXT.finditer(sentence):
            strict = (m.group(1) or "").lower() == "last"
            d = weekday_before(m.group(2), report, strict)
            add(EventDate(d.isoformat(), "day", False, m.group(0)), m.span())
    return found


_DATELINE = re.compile(
    r"^\W*(?:(?:Date of publication|Published|Posted|Updated|Last updated(?: at| on)?)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?"
    r"(\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})",
    re.I,
)


DATELINE = _DATELINE  # public: callers that cut the dateline off a text


# A scraped dateline whose comma and space were lost: 'Last updated at Jul 282016' is 28 July 2016.
_GLUED_YEAR = re.compile(r"^(?P<head>\W*(?:Last updated(?: at| on)?|Updated|Published)\s*:?\s*" + _MONTH + r"\s+\d{1,2})(?P<year>(?:19|20)\d{2})\b", re.I)


def dateline(original: str) -> str | None:
    """The date an article's text opens with ('Date of publication 25 July 2016', 'Wed 05 Apr 2017'), as ISO."""
    head = _GLUED_YEAR.sub(r"\g<head> \g<year>", original[:200].lstrip())
    m = _DATELINE.search(head)
    return parse_date(m.group(1)) if m else None


def disagree(text_date: str | None, metadata: str | None, days: int = 2) -> bool:
    """The text's dateline and the metadata date differ by more than `days` (both at day precision)."""
    a, b = as_date(text_date), as_date(metadata)
    return a is not None and b is not None and abs((a - b).days) > days


def month_count(iso: str | None) -> int:
    """A date as a count of months (0 for no date), to measure how far apart two dates are."""
    key = date_key(iso)
    return key // 10000 * 12 + max(1, (key // 100) % 100) - 1 if key else 0  # a bare year counts from its January


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation ('Sept.', 'march'), else None."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w[:3]) or MONTHS.get(w)


def topic_period(topic: str) -> tuple[int, int] | None:
    """The months a topic names ('... in August 2013' -> that month; '... in 2014' -> its twelve months), or None."""
    found = resolve_dates(topic, None)
    if not found:
        return None
    spans = []
    for d in found:
        m = month_count(d.iso)
        spans.append((m - (m % 12), m - (m % 12) + 11) if d.precision == "year" else (m, m))
        if d.precision == "month":
            # 'in October and November 2017': the bare month shares the named one's year.
            for bare in re.finditer(_MONTH, topic):
                number = month_number(bare.group(1))
                if number:
                    spans.append((m // 12 * 12 + number - 1, m // 12 * 12 + number - 1))
    return min(a for a, _ in spans), max(b for _, b in spans)


def main_period(dates: list[str | None], width: int = 12) -> tuple[int, int] | None:
    """The months most of the dates fall in: a window of `width` months around their median."""
    months = sorted(m for d in dates if (m := month_count(d)))
    if not months:
        return None
    mid = months[len(months) // 2]
    return mid - width, mid + width


def month_label(m: int) -> str:
    """A month count back as 'YYYY-MM'."""
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def report_month(published: str | None) -> str:
    """The month and year a report was published, in words ('2015-07-11' -> 'July 2015'; '' when unknown).

    Only the month and year: 'in July 2015' is what a report of that month dates, while its weekday and day are
    the report's own, not necessarily its event's ('on Saturday' may be the day after the strike).
    """
    d = as_date(published) if published and len(published) >= 7 else None
    if d is None and published and re.fullmatch(r"\d{4}-\d{2}", published):
        d = as_date(published + "-01")
    return f"{calendar.month_name[d.month]} {d.year}" if d else ""


# A date stamp the text carries after its headline ('... Monitor AFP Wednesday 29 Oct 2014 Regime aircraft ...'):
# a weekday written right before a full date. The weekday must be that date's own: a stamp is then the report's date
# beyond doubt, while a weekday and date that do not match are a typo or two facts side by side, and prove nothing.
_STAMP = re.compile(
    r"(?<![\w,])(?:(?:on|since|until|by|from|of|before|after|last|next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+((?:19|20)\d{2})\b"
)
# Characters of a text's opening a stamp may stand in: the headline (up to ~25 words) and the source's name come first.
STAMP_CHARS = 300


def weekday_stamp(text: str) -> str | None:
    """The date a weekday-and-date stamp in the text's opening gives ('Wednesday 29 Oct 2014' -> 2014-10-29), as ISO.

    Only a stamp whose weekday is the date's own counts, and not one a preposition governs ('on Saturday 15 April
    2017' dates an event the text tells, not the text).
    """
    m = _stamp(text)
    return _stamp_iso(m) if m else None


def _stamp_iso(m: re.Match[str]) -> str | None:
    weekday, d1, mon1, mon2, d2, year = m.groups()
    return _iso(int(year), MONTHS[(mon1 or mon2).lower().rstrip(".")], int(d1 or d2))


def _stamp(text: str) -> re.Match[str] | None:
    for m in _STAMP.finditer(text[:STAMP_CHARS]):
        if re.match(r"(?:on|since|until|by|from|of|before|after|last|next)\s", m.group(0)):
            continue
        day = as_date(_stamp_iso(m))
        if day is not None and _WEEKDAYS[day.weekday()] == m.group(1).lower():
            return m
    return None


def cut_stamp(text: str) -> str:
    """The text without its weekday-and-date stamp (weekday_stamp): the stamp is the report's day, not an event's."""
    m = _stamp(text)
    return text[: m.start()] + text[m.end() :] if m else text


# '15-09-2013 Militants attack ...', '24.08.2013 State media said ...': a numeric date opening the text (the scraped
# page's stamp). Read day first, as outlets outside the US write it, unless only the month-first reading is a date.
_NUMERIC_DATELINE = re.compile(r"^\W*(\d{1,2})([-./])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def numeric_dateline(original: str) -> str | None:
    """The ISO date of a numeric date the text opens with ('15-09-2013' -> '2013-09-15'), day first unless the first
    number cannot be a day of that reading ('09-15-2013' -> '2013-09-15'); None when it opens with no such date."""
    m = _NUMERIC_DATELINE.match(original[:40])
    if not m:
        return None
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day, month = (first, second) if second <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def text_date(original: str) -> str | None:
    """The date the text itself gives for its report: its opening dateline (in words or numeric: '15-09-2013 ...'), else
    a weekday-consistent stamp after its headline."""
    return dateline(original) or numeric_dateline(original) or weekday_stamp(original)


def report_date(text: str | None, metadata: str | None) -> str | None:
    """The date a report's relative dates ('on Saturday', 'April 15') resolve against: the text's own date when it has one.

    The text's date is what its weekdays mean: a text stamped Saturday 15 April that says 'killed 43 people on Saturday'
    reports the 15th, whatever its metadata says (a scraper's date may be days or weeks off). Metadata serves when the
    text gives no date, or only a month or year.
    """
    return text if as_date(text) is not None else metadata


# A weekday a text names for its news that only fits the day after its date ('SORH said Sunday' in a text dated
# Saturday 21 February): the date is a stamp a day early (time zones, a first version updated), not a week-old
# Sunday. Read over FA-KES: 6 of the 7 texts whose first weekday is the day after their date report that next day;
# the seventh said 'Since Tuesday', which the words below exclude.
_NOT_NEWS_DAY = frozenset({"last", "next", "since", "until", "by", "before", "after", "from", "this"})


def next_day_news(text: str, report: str | None) -> str | None:
    """The day after `report` when the first weekday the text names is that day's (and no word like 'last' or 'since'
    governs it), else None: then the report's weekdays are read against that day."""
    day = as_date(report)
    if day is None:
        return None
    body = cut_stamp(text)
    m = _WEEKDAY_IN_TEXT.search(body)
    if m is None or day == date.max:
        return None
    before = body[: m.start()].split()[-1:] if m.group(1) is None else [m.group(1)]
    if before and before[0].lower() in _NOT_NEWS_DAY:
        return None
    nxt = day + timedelta(days=1)
    return nxt.isoformat() if _WEEKDAYS[nxt.weekday()] == m.group(2).lower() else None


def weekday_name(iso: str) -> str:
    """'2015-02-22' -> 'Sunday'."""
    d = as_date(iso)
    return _WEEKDAYS[d.weekday()].capitalize() if d else ""


# 'early July', 'at the end of June', 'mid-March': the part of a month a topic bounds its event by (a thirds split, as
# news writing uses them).
_PART_OF_MONTH = re.compile(r"\b(early|mid|late|end\s+of|beginning\s+of|start\s+of)[\s-]+(?:the\s+)?(?:month\s+of\s+)?" + _MONTH, re.I)
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # the days of each third (conflicts.py reads it too)
_PART_DAYS = {**MONTH_PARTS, "beginning of": MONTH_PARTS["early"], "start of": MONTH_PARTS["early"], "end of": MONTH_PARTS["late"]}
# Days either side of the topic's named part of a month a timeline event may lie: the writer's bound is rough, and the
# reports of the next days still tell the event's end.
TOPIC_DAYS_GRACE = 3


def topic_days(topic: str) -> tuple[str, str] | None:
    """The first and last day a topic bounds its event by when every month it names carries a part ('at the end of June
    and in early July 2016' -> 2016-06-18 .. 2016-07-13, with TOPIC_DAYS_GRACE), else None."""
    period = topic_period(topic)
    parts = list(_PART_OF_MONTH.finditer(topic))
    months = [m for m in re.finditer(_MONTH, topic) if month_number(m.group(0))]
    if not period or not parts or len(parts) != len(months):
        return None
    year = period[0] // 12
    spans = []
    for p in parts:
        word = re.sub(r"\s+", " ", p.group(1).lower())
        month = month_number(p.group(2))
        if not month:
            return None
        lo, hi = _PART_DAYS[word]
        last = calendar.monthrange(year, month)[1]
        spans.append((date(year, month, lo), date(year, month, min(hi, last))))
    start = min(a for a, _ in spans) - timedelta(days=TOPIC_DAYS_GRACE)
    end = max(b for _, b in spans) + timedelta(days=TOPIC_DAYS_GRACE)
    return start.isoformat(), end.isoformat()
