"""Conflicts: claims about the same event or quantity that disagree across independent sources.

Two kinds, each a named rule over plain sentences:
- figures: different numbers for the same measure (killed, wounded, trapped, displaced ...)
  of the same event (a shared place name and event word, reports within a week);
- denials: 'X denied carrying out the attack' against an independent source asserting it.
A sentence that merely hedges ('reportedly') is not a conflict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .backing import parties
from .dates import date_key
from .lexical import terms

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# What a figure counts, normalised: the verbs and nouns of casualty and displacement reporting.
MEASURES = {
    "killed": r"killed|dead|died|deaths?|death toll|lives|massacred|toll",
    "wounded": r"wounded|injured|injuries|hurt",
    "trapped": r"trapped|besieged|stranded",
    "displaced": r"displaced|fled|refugees|evacuated",
    "captured": r"captured|detained|arrested|abducted|kidnapped",
}
_NUMBER = r"(\d{1,3}(?:[, ]\d{3})+|\d+|" + "|".join(_WORDS) + r")"
_FIGURE = re.compile(
    rf"\b(?:at least|more than|over|some|about|nearly|around|up to|almost|roughly)?\s*{_NUMBER}\s+((?:[a-z-]+\s+){{0,4}}?)(?:(?:were|have been|had been|was|are)\s+)?({'|'.join(MEASURES.values())})\b",
    re.I,
)
_QUALIFIER = r"(?:at least|more than|over|some|about|nearly|around|up to|almost|roughly)"
_VERB_FIRST = {
    "killed": r"killed|killing|kills|left|leaving",
    "wounded": r"wounded|wounding|injured|injuring",
    "trapped": r"trapping|trapped",
    "displaced": r"displacing|displaced|forcing",
    "captured": r"captured|capturing|detained|arrested|abducted|kidnapped",
}
_FIGURE_AFTER = re.compile(
    rf"\b({'|'.join(_VERB_FIRST.values())})\s+(?:(?:at|to)\s+)?(?:{_QUALIFIER}\s+)?{_NUMBER}\b(?!\s*(?:km|kilomet|mile|percent|%|years?|months?|days?|hours?|am|pm|a\.m))((?:\s+[a-z-]+){{0,2}})",
    re.I,
)
_TOLL = re.compile(rf"\b(death toll|toll)\b[^.]{{0,40}}?\b(?:to|at|of|reached|rose to)\s+(?:at least\s+)?{_NUMBER}\b", re.I)
# Event words that make two figures about one incident comparable.
EVENT_WORDS = re.compile(
    r"\b(attack|strike|airstrike|air strike|raid|bombing|bombardment|shelling|explosion|blast|massacre|gas|chemical|"
    r"siege|offensive|clashes|ambush|assault|shooting|fire)(?:s|ed|ing)?\b",
    re.I,
)
DENIAL = re.compile(r"\b(denied|denies|deny|denying|rejected (?:the )?(?:claims?|accusations?|reports?)|dismissed (?:the )?(?:claims?|accusations?|reports?))\b", re.I)
# A sentence with these words reports a claim without making it: it cannot be the asserting side.
HEDGED = re.compile(r"\b(reportedly|allegedly|alleged|suspected|unconfirmed|claims?|claimed|believed|investigat\w+|probe|whether|if)\b", re.I)
MAX_DENIALS = 2  # more side-by-sides of one denial pattern add nothing
SAME_EVENT_DAYS = 7  # reports of one incident come within a week of each other
# Subsets ('11 children') are not the same count as the total ('58 people').
_SUBSETS = re.compile(r"\b(children|women|soldiers|fighters|militants|rebels|members|volunteers|officers|troops|policemen)\b", re.I)


@dataclass(frozen=True)
class Claim:
    """A sentence as a conflict candidate: its text, independent-source group and report date."""

    index: int
    text: str
    group: str
    published: str | None


@dataclass
class Conflict:
    kind: str  # 'figures' | 'denial'
    about: str
    sides: list[tuple[int, str]] = field(default_factory=list)  # (claim index, what it says: a figure or 'asserts'/'denies')


def _value(raw: str) -> int | None:
    raw = raw.lower().replace(",", "").replace(" ", "")
    if raw in _WORDS:
        return _WORDS[raw]
    return int(raw) if raw.isdigit() else None


def figures(text: str) -> list[tuple[str, int, str]]:
    """(measure, value, counted words) figures a sentence states ('at least 58 people killed' -> ('killed', 58, 'people'))."""
    out: list[tuple[str, int, str]] = []
    for m in _FIGURE.finditer(text):
        value = _value(m.group(1))
        counted = m.group(2).strip().lower()
        if value is None or re.search(r"\b(and|or|to|of|years?|months?|days?|hours?|km|kilometers?|miles?|percent|%)\b", counted):
            continue
        if re.match(r"(19|20)\d\d$", m.group(1)):
            continue  # a year, not a count
        measure = next(k for k, v in MEASURES.items() if re.fullmatch(v, m.group(3), re.I))
        out.append((measure, value, counted))
    for m in _FIGURE_AFTER.finditer(text):
        value = _value(m.group(2))
        measure = next(k for k, v in _VERB_FIRST.items() if re.fullmatch(v, m.group(1), re.I))
        counted = m.group(3).strip().lower()
        if m.group(1).lower() in {"left", "leaving"} and not re.search(r"\b(dead|killed)\b", counted):
            continue
        if value is None or re.match(r"(19|20)\d\d$", m.group(2)) or any(v == value for _, v, _ in out):
            continue
        out.append((measure, value, counted))
    for m in _TOLL.finditer(text):
        value = _value(m.group(2))
        if value is not None and not any(v == value for _, v, _ in out):
            out.append(("killed", value, ""))
    return out


# Figures that add up over a period are not the toll of one event.
CUMULATIVE = re.compile(r"\b(since|so far|in total|a total|total of|over the past|in the past|this year|last year|throughout|overall|cumulative|toll rises|toll rose|has risen|climbed)\b", re.I)
# Two figures for one measure further apart than this ratio are about different things, not a disagreement.
MAX_RATIO = 4.0


def _places(text: str) -> set[str]:
    """Names that locate an event below the country: capitalised names other than the start of the sentence."""
    return {p.name for p in parties(text) if p.kind == "name" and p.start > 0}


def _days(text: str, published: str | None) -> set[str]:
    """Day-precision event dates of a sentence, resolved against its report."""
    from .dates import resolve_dates

    return {d.iso for d in resolve_dates(text, published) if d.precision == "day" and not d.background}


# Event words grouped into kinds: two reports of one incident may call it a strike and a raid.
EVENT_KINDS = {
    "attack": r"attack|strike|airstrike|air strike|raid|bombing|bombardment|shelling|assault|massacre|ambush|shooting|fire",
    "chemical": r"gas|chemical",
    "blast": r"explosion|blast",
    "fighting": r"siege|offensive|clashes",
}


def _events(text: str) -> set[str]:
    words = {m.group(1).lower() for m in EVENT_WORDS.finditer(text)}
    return {kind for kind, pat in EVENT_KINDS.items() if any(re.fullmatch(pat, w) for w in words)}


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    from .dates import _as_date

    da, db = _as_date(a), _as_date(b)
    if da is None or db is None:
        return date_key(a) // 100 == date_key(b) // 100
    return abs((da - db).days) <= SAME_EVENT_DAYS


def figure_conflicts(claims: list[Claim]) -> list[Conflict]:
    """Different figures for the same measure of the same event from independent sources."""
    facts = []
    for c in claims:
        for measure, value, counted in figures(c.text):
            subset = _SUBSETS.search(counted)
            if CUMULATIVE.search(c.text):
                continue
            facts.append((c, measure, value, subset.group(1).lower() if subset else "", _places(c.text), _events(c.text), _days(c.text, c.published)))
    out: list[Conflict] = []
    used: set[int] = set()
    for i, (a, ma, va, sa, pa, ea, da) in enumerate(facts):
        if a.index in used:
            continue
        sides = [(a.index, va)]
        groups = {a.group}
        place = ""
        for b, mb, vb, sb, pb, eb, db in facts[i + 1 :]:
            if b.group in groups or b.index in used or mb != ma or sb != sa or vb in [v for _, v in sides]:
                continue
            shared = pa & pb
            if not shared or not (ea & eb) or not _near(a.published, b.published):
                continue
            if not (da & db) or max(va, vb) > MAX_RATIO * max(1, min(va, vb)):
                continue  # one event: the same day; and figures of one order
            sides.append((b.index, vb))
            groups.add(b.group)
            place = place or sorted(shared)[0]
        if len(sides) >= 2:
            used.update(i for i, _ in sides)
            about = f"{ma}{' (' + sa + ')' if sa else ''} in the {sorted(ea)[0]} ({place})"
            out.append(Conflict("figures", about, [(i, f"{v:,}") for i, v in sides]))
    return out


def _same_party(a: str, b: str) -> bool:
    """'Ruritania' and 'Ruritanian' (a demonym the gazetteer does not know) name one party."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b[:-1]) or b.startswith(a[:-1])))


def denial_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'X denied doing Y' against an independent source that says X did Y."""
    out: list[Conflict] = []
    for d in claims:
        m = DENIAL.search(d.text)
        if not m:
            continue
        deniers = {p.name for p in parties(d.text[: m.start()]) if p.kind != "noun"}
        obj = set(terms(d.text[m.end() :])) - {"carrying", "out", "carried", "responsibility", "involvement", "any", "such"}
        if not deniers or len(obj) < 2:
            continue
        for a in claims:
            if a.group == d.group or DENIAL.search(a.text) or re.search(r"\b(not|never|no)\b", a.text) or HEDGED.search(a.text):
                continue  # an assertion states it: not hedged, not negated, not another denial
            if not _near(a.published, d.published):
                continue
            named = {p.name for p in parties(a.text) if p.kind != "noun"}
            shared = obj & set(terms(a.text))
            same = [x for x in deniers if any(_same_party(x, y) for y in named)]
            if same and len(shared) >= 2 and _events(a.text) & _events(d.text):
                who = sorted(same)[0]
                what = re.split(r"[,;.]|\s(?:saying|and said|adding|while|as|but)\s", d.text[m.end() :].strip())[0].strip()
                out.append(Conflict("denial", f"{who} denies {' '.join(what.split()[:12])}", [(a.index, "asserts"), (d.index, "denies")]))
                break
    return out


def find_conflicts(claims: list[Claim], limit: int = 5) -> list[Conflict]:
    """Figure and denial conflicts, each citing at least two independent sources."""
    found = figure_conflicts(claims) + denial_conflicts(claims)[:MAX_DENIALS]
    return [c for c in found if len({next(x.group for x in claims if x.index == i) for i, _ in c.sides}) >= 2][:limit]
