"""Dates: parse metadata dates to ISO (YYYY, YYYY-MM, YYYY-MM-DD) and find dates in sentences."""
from __future__ import annotations

import re
from datetime import date

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
