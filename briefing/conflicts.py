"""Conflicts: claims about the same event or quantity that disagree across independent sources.

Three kinds, each a named rule over plain sentences:
- figures: different numbers for the same measure (killed, wounded, trapped, displaced ...)
  of the same event (a shared place name and event word, reports within a week);
- denials: 'X denied carrying out the attack' against an independent source asserting it;
- control: 'X took Y' against an independent source, reporting days later, that Y is still held by a rival.
A sentence that merely hedges ('reportedly') is not a conflict.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .backing import parties
from .dates import _MONTH, MONTH_PARTS, MONTHS, date_key, month_count, resolve_dates
from .lemmas import NUMBER_WORDS
from .lexical import terms

# What a figure counts, normalised: the verbs and nouns of casualty and displacement reporting.
MEASURES = {
    "killed": r"killed|dead|died|deaths?|death toll|lives|massacred|toll",
    "wounded": r"wounded|injured|injuries|hurt",
    "trapped": r"trapped|besieged|stranded",
    "displaced": r"displaced|fled|refugees|evacuated",
    "captured": r"captured|detained|arrested|abducted|kidnapped",
}
_NUMBER = r"(\d{1,3}(?:[, ]\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + r")"
_FIGURE = re.compile(
    rf"\b(?:at least|more than|over|some|about|nearly|around|up to|almost|roughly)?\s*{_NUMBER}\s+((?:[a-z-]+\s+){{0,4}}?)"
    rf"(?:(?:including|among them|of them|of whom)\s+(?:\d+|{'|'.join(NUMBER_WORDS)})\s+[a-z-]+\s+)?(?:(?:were|have been|had been|was|are)\s+)?({'|'.join(MEASURES.values())})\b",
    re.I,
)
_QUALIFIER = r"(?:at least|more than|over|some|about|nearly|around|up to|almost|roughly)"
_VERB_FIRST = {
    "killed": r"killed|killing|kills|left|leaving|lost|losing",
    "wounded": r"wounded|wounding|injured|injuring",
    "trapped": r"trapping|trapped",
    "displaced": r"displacing|displaced|forcing",
    "captured": r"captured|capturing|detained|arrested|abducted|kidnapped",
}
_FIGURE_AFTER = re.compile(
    rf"\b({'|'.join(_VERB_FIRST.values())})\s+(?:(?:at|to)\s+)?(?:{_QUALIFIER}\s+)?{_NUMBER}\b(?!\s*(?:km|kilomet|mile|percent|%|years?|months?|weeks?|days?|hours?|minutes?|am|pm|a\.m))((?:\s+[A-Za-z-]+){{0,4}})",
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
HEDGED = re.compile(r"\b(reportedly|allegedly|alleged|allegations?|suspected|unconfirmed|claims?|claimed|believed|investigat\w+|probe|whether|if)\b", re.I)
# 'did not deny', 'never denied': a concession, not a denial.
_NOT_DENIED = re.compile(r"\b(?:not|never|no one|nobody|neither)\s+(?:\w+\s+)?$", re.I)
MAX_DENIALS = 2  # more side-by-sides of one denial pattern add nothing
SAME_EVENT_DAYS = 7  # reports of one incident come within a week of each other
# Subsets ('11 children') are not the same count as the total ('58 people').
_SUBSETS = re.compile(r"\b(children|schoolchildren|students|women|soldiers|fighters|militants|rebels|members|volunteers|officers|troops|policemen|medics|doctors|workers|pilots|rescuers|terrorists?|extremists?|jihadists?|insurgents?|gunmen)\b", re.I)
# Names for armed men that differ by who reports them ('rebels' to a monitor, 'terrorists' to state media): one count.
COMBATANTS = frozenset({"fighters", "militants", "rebels", "terrorists", "terrorist", "extremists", "extremist", "jihadists", "jihadist", "insurgents", "insurgent", "gunmen"})
# Two figure sentences this close in meaning, of compatible days, report one incident even without a shared place name.
# Measured on FA-KES toll pairs (cosine of MiniLM vectors): five pairs on one incident from different outlets ran
# 0.51-0.64; different incidents of the same days ran 0.40-0.57 and were all told apart by their stated days.
SAME_EVENT_SIM = 0.5
# Across outlets of rival camps the tolls of one incident differ far more than within one camp (213 by activists on
# the day, over 1,400 by a government's later count): for sentences that close, figures of one order up to this ratio.
MAX_RATIO_SIMILAR = 10.0
# Without a shared place or a distinctive kind of event (gas, a blast), figures close in meaning stay of one order:
# a little above MAX_RATIO, as one camp's count of the other's dead runs higher (29 rebels vs 'nearly 75 terrorists').
MAX_RATIO_MEANING = 3.0
# 'rebel-held' against 'government-held': two incidents on opposite sides of a front line.
_HELD = re.compile(r"\b([\w]+)-(?:held|controlled|run)\b", re.I)
_STATE_HELD = frozenset({"government", "regime", "state", "army", "loyalist"})


@dataclass(frozen=True)
class Claim:
    """A sentence as a conflict candidate: its text, independent-source group and report date.

    `lead_day` is the day the article's own lead reports (its first stated day): a figure sentence
    that states no date of its own speaks of that day's event.
    """

    index: int
    text: str
    group: str
    published: str | None
    lead_day: str | None = None
    revised: bool = False  # its report says elsewhere that its count is provisional or revised ('the toll is expected to rise')


@dataclass
class Conflict:
    kind: str  # 'figures' | 'denial' | 'control'
    about: str
    sides: list[tuple[int, str]] = field(default_factory=list)  # (claim index, what it says: a figure or 'asserts'/'denies')
    update: bool = False  # figures that only rise with later reports: a revised count, not a disagreement


def _value(raw: str) -> int | None:
    raw = raw.lower().replace(",", "").replace(" ", "")
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    return int(raw) if raw.isdigit() else None


# Words after a number that make it a duration, a distance or a share, never a count of people ('two weeks', '15 km').
_NOT_COUNT = r"years?|months?|weeks?|days?|hours?|minutes?|nights?|times?|km|kilomet\w*|miles?|metres?|meters?|percent|%"
# A figure after these words is a part of a toll stated elsewhere ('most of the victims - 14 -', 'among them 5').
_PART_OF = re.compile(r"\b(?:(?:most|many|some|all|half|majority|rest|part)\s+of\s+(?:the|them|those|whom)\b[^.\d]{0,25}|of\s+(?:them|whom)\s+|among\s+(?:them|the\s+\w+)\s+(?:were\s+)?|including\s+)$", re.I)
# Words that end the counted noun phrase after a number ('25 Kurdish YPG fighters in the raid' -> 'kurdish ypg fighters').
_COUNTED_STOP = re.compile(r"^(?:in|on|at|near|of|from|to|and|or|as|after|before|when|while|during|according|said|says|with|by|the|a|an|were|was|have|had|has|including|among)$", re.I)


def _counted(words: str) -> str:
    """The counted noun phrase of a verb-first figure: its words up to the first function word."""
    out: list[str] = []
    for w in words.split():
        if _COUNTED_STOP.match(w):
            break
        out.append(w.lower())
    return " ".join(out)


# People a party 'lost' ('IS lost at least 28 fighters'): its dead. 'lost 30 tanks' or 'lost 5 villages' count no one.
_PEOPLE = re.compile(r"\b(?:people|civilians|men|lives|soldiers|troops|fighters|members|militants|rebels|jihadists|terrorists|insurgents|gunmen|officers|personnel|policemen)\b", re.I)


def lost_people(counted: str) -> bool:
    """The counted words after 'lost N' name people, so the figure is a toll ('28 jihadist fighters', not '30 tanks')."""
    return bool(_PEOPLE.search(counted))


def figures(text: str) -> list[tuple[str, int, str]]:
    """(measure, value, counted words) figures a sentence states ('at least 58 people killed' -> ('killed', 58, 'people'))."""
    out: list[tuple[str, int, str]] = []
    for m in _FIGURE.finditer(text):
        value = _value(m.group(1))
        counted = m.group(2).strip().lower()
        if value is None or re.search(rf"\b(and|or|to|of|{_NOT_COUNT}|more|other|others|another|additional|further)\b", counted):
            continue  # ranges, durations, and increments ('six more people') are not an event's total
        if re.match(r"(19|20)\d\d$", m.group(1)):
            continue  # a year, not a count
        if _PART_OF.search(text[: m.start(1)]):
            continue  # a part of a toll given elsewhere, not a toll
        measure = next(k for k, v in MEASURES.items() if re.fullmatch(v, m.group(3), re.I))
        out.append((measure, value, counted))
    for m in _FIGURE_AFTER.finditer(text):
        value = _value(m.group(2))
        measure = next(k for k, v in _VERB_FIRST.items() if re.fullmatch(v, m.group(1), re.I))
        counted = _counted(m.group(3))
        if m.group(1).lower() in {"left", "leaving"} and not re.search(r"\b(dead|killed)\b", counted):
            continue
        if m.group(1).lower() in {"lost", "losing"} and not lost_people(counted):
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
CUMULATIVE = re.compile(r"\b(since|so far|in total|a total|total of|over the past|in the past|in the last|over the last|(?:last|past)\s+(?:\w+\s+)?(?:days|weeks|months)|this year|last year|throughout|overall|cumulative|toll rises|toll rose|has risen|climbed|bringing|brings|brought|in \d+ hours|alone|this month|this week|across)\b"
    r"|\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|before|earlier|ago)\b|\ba day after\b",
    re.I,
)
# Two figures for one measure further apart than this ratio are about different things, not a disagreement.
# Measured on the 26 pairs the same-place/same-day rule found over all of FA-KES, checked by hand: true disagreements
# on one incident ran up to 2.0 (22 vs 44 for one twin bombing); the pairs above 2.5 were different incidents or a subset.
MAX_RATIO = 2.5


# Words before a name that make it the place of the event ('in X', 'the town of X', 'on X').
_AT_PLACE = re.compile(
    r"(?:\b(?:in|near|at|on|outside|around|across|of|hit|struck|targeted|targeting|attacked|bombed|shelled|pounded|raided)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|village|province|district|neighbou?rhood|region|countryside|suburb|area|governorate)\s+of\s+)?|"
    r"\b(?:bastion|stronghold|capital|hub|heartland|enclave)\s+(?:of\s+)?)$",
    re.I,
)


# A name a strike lands on, in the passive ('after X in Y was targeted', 'X was hit by air strikes'): the place of the event.
_STRUCK_PLACE = re.compile(r"^(?:\s+in\s+[A-Z][\w-]*)?\s+(?:was|were|had been|has been)\s+(?:targeted|hit|struck|bombed|shelled|attacked|pounded|raided)\b")


def _places(text: str) -> set[str]:
    """Names that locate an event below the country: names standing where a place stands ('in X', 'the town of X',
    'X was targeted')."""
    return {
        p.name for p in parties(text)
        if p.kind == "name" and p.start > 0 and not _HOLDER_MARK.match(text[p.end :])
        and (_AT_PLACE.search(text[max(0, p.start - 50) : p.start]) or _STRUCK_PLACE.match(text[p.end :]))
    }


# 'X-held villages': X holds the place, it is not the place ('strikes on X-held villages in the north').
_HOLDER_MARK = re.compile(r"-(?:held|controlled|run|occupied|besieged|dominated|led|backed)\b")


# A day right after a verb of saying is when a source spoke, not when the event happened ('killed 61 people, a monitor
# said on Tuesday' reports Monday's strike): such a day is the report's, like the article's own date.
SPOKEN_DAY = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|reported|announced|added|stated|confirmed|revealed|tweeted|wrote)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I
)


def event_days(text: str, published: str | None) -> set[str]:
    """Day-precision dates of a sentence's event, resolved against its report: background dates and the days a source
    spoke on ('a monitor said on Tuesday') left out."""
    from .dates import resolve_dates

    out = set()
    for d in resolve_dates(text, published):
        if d.precision != "day" or d.background:
            continue
        if not spoken(text, d.surface):
            out.add(d.iso)
    return out


def spoken(text: str, surface: str) -> bool:
    """Is this date of the sentence the day a source spoke ('said on Tuesday'), not an event's day?"""
    at = text.find(surface)
    return at > 0 and bool(SPOKEN_DAY.search(text[max(0, at - 40) : at]))


def _days(text: str, published: str | None) -> set[str]:
    """Day-precision event dates of a sentence, resolved against its report (see event_days)."""
    return event_days(text, published)


# Event words grouped into kinds: two reports of one incident may call it a strike and a raid.
EVENT_KINDS = {
    "attack": r"attack|strike|airstrike|air strike|raid|bombing|bombardment|shelling|assault|massacre|ambush|shooting|fire",
    "chemical": r"gas|chemical",
    "blast": r"explosion|blast",
    "fighting": r"siege|offensive|clashes",
}


# The kind every other kind is a case of: a bombing is an attack, an explosion may be the attack's.
GENERIC_KIND = "attack"


def kinds_compatible(ea: set[str], eb: set[str]) -> bool:
    """Two sentences' kinds of event may name one incident: one names none, or only the generic kind, or they share one.

    'suicide bombings targeted a police station' (attack) and 'people died during an explosion' (blast) are one event
    told two ways; a gas attack (chemical) and an explosion (blast) are not.
    """
    sa, sb = ea - {GENERIC_KIND}, eb - {GENERIC_KIND}
    return not (sa and sb) or bool(sa & sb)


def same_incident(a: tuple[set[str], set[str], set[str], set[str], str | None], b: tuple[set[str], set[str], set[str], set[str], str | None], broad: set[str]) -> bool:
    """Two figures count one incident by its anchors: (places, kinds, days, stated months, report date) of each.

    A place they share that is not the topic's broad area, no other place on both sides, kinds that fit
    (kinds_compatible), and times that meet: the days they state, a month one states that holds the other's day
    ('in early October ... in the X district' and 'on Monday' 2 October), or the report-day rule (_same_day).
    """
    (pa, ea, da, ma, ra), (pb, eb, db, mb, rb) = a, b
    shared = pa & pb
    if not (shared - broad) or (pa - shared and pb - shared) or not kinds_compatible(ea, eb):
        return False
    if da and db:
        return bool(da & db)
    if (ma and db) or (mb and da):
        months, days = (ma, db) if ma and db else (mb, da)
        return any(_in_month(d, m) for d in days for m in months)
    return _near(ra, rb) and _same_day(da, ra, db, rb)


def _events(text: str) -> set[str]:
    words = {m.group(1).lower() for m in EVENT_WORDS.finditer(text)}
    return {kind for kind, pat in EVENT_KINDS.items() if any(re.fullmatch(pat, w) for w in words)}


def event_marks(text: str) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """What places a sentence on one event: the places it names, its distinctive kinds of event (not the generic
    'attack'), and the (measure, class) of the figures it states ('18 civilians killed' -> ('killed', ''))."""
    return _places(text), _events(text) - {GENERIC_KIND}, {(m, _class(c)) for m, _, c in figures(text)}


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    from .dates import as_date

    da, db = as_date(a), as_date(b)
    if da is None or db is None:
        return date_key(a) // 100 == date_key(b) // 100
    return abs((da - db).days) <= SAME_EVENT_DAYS


# A place named by this share of the figures (and at least BROAD_MIN of them) is broad: the topic's city or province.
# On the FA-KES tolls, the pairs sharing only such a place (the two provinces most named) with a plain 'attack' were mostly different incidents.
BROAD_SHARE = 0.1
BROAD_MIN = 5
# A report without a stated day speaks of its own day or the day before ('killed 31 people', reported next morning).
REPORT_LAG_DAYS = 1


def _same_day(da: set[str], pa: str | None, db: set[str], pb: str | None) -> bool:
    """Two figures are of one day: the days they state meet; or one states none and was reported on (or the day after) the other's day; or neither states one and both were reported the same day."""
    if da and db:
        return bool(da & db)
    if not da and not db:
        return bool(pa and pb and pa[:10] == pb[:10] and len(pa) >= 10)
    day, report = (next(iter(da)), pb) if da else (next(iter(db)), pa)
    gap = days_apart(day, report)
    return gap is not None and 0 <= gap <= REPORT_LAG_DAYS


# A month named without a day or year ('in early April', 'in March'): the latest such month not after the report.
_BARE_MONTH = re.compile(rf"\b(?i:in|during|since|early|late|mid-?|end\s+of|beginning\s+of)\s+(?i:(early|late|mid-?)\s*)?{_MONTH}(?![\w-])(?!\s*\d)")
# The days of a month that 'early', 'mid' and 'late' name (a thirds split, as news writing uses them).
# A report without a stated date may speak of the month before its own ('the attack in early April', reported in May).
REPORT_MONTH_LAG = 1


def stated_months(text: str, published: str | None) -> set[str]:
    """Months a sentence places its events in by naming a month without a day ('in early April' -> '2017-04 early')."""
    out = {d.iso[:7] for d in resolve_dates(text, published) if d.precision == "month"}
    report = date_key(published)
    if report:
        y, m = report // 10000, (report // 100) % 100
        for x in _BARE_MONTH.finditer(text):
            month = MONTHS[x.group(2).lower().rstrip(".")]
            part = (x.group(1) or "").lower().rstrip("-")
            out.add(f"{y if month <= m else y - 1:04d}-{month:02d}{' ' + part if part else ''}")
    return out


def _in_month(day: str, month: str) -> bool:
    """A day ('2017-04-25') lies in a stated month ('2017-04', or '2017-04 early' for its first ten days)."""
    iso, _, part = month.partition(" ")
    if day[:7] != iso:
        return False
    lo, hi = MONTH_PARTS.get(part, (1, 31))
    return len(day) < 10 or lo <= int(day[8:10]) <= hi


def months_meet(ma: set[str], da: set[str], pa: str | None, mb: set[str], db: set[str], pb: str | None) -> bool:
    """Two figures' stated months and days can be one time: a figure placed in a month is not of a day outside it.

    With no month stated on either side this rule says nothing (the day rules decide).
    """
    if not ma and not mb:
        return True
    if ma and mb:
        return bool({m[:7] for m in ma} & {m[:7] for m in mb})
    months, days, report = (ma, db, pb) if ma else (mb, da, pa)
    if days:
        return any(_in_month(d, m) for d in days for m in months)
    r = month_count(report)
    return not r or any(0 <= r - month_count(m[:7]) <= REPORT_MONTH_LAG for m in months)


# A figure over several places ('targeting areas held by', 'across the province', 'in and around') is a total; a figure
# for one part ('in a northern district of the city') counts a part of it. A total and a part are not one count.
_SEVERAL_PLACES = re.compile(r"\b(?:areas|villages|towns|cities|neighbou?rhoods|districts|regions|provinces|parts\s+of|across|in\s+and\s+around)\b", re.I)
_ONE_PART = re.compile(r"\b(?:a|one)\s+(?:[a-z]+\s+){0,2}(?:district|neighbou?rhood|quarter|part|area|suburb|village|town)\s+(?:of|in|near|outside)\b", re.I)


def scope(text: str) -> str:
    """'several' when a figure's sentence spans several places, 'part' when it names one part of a place, else ''."""
    if _SEVERAL_PLACES.search(text):
        return "several"
    return "part" if _ONE_PART.search(text) else ""


# A count below this beside a figure may be another part of the same toll; larger numbers are years or other totals.
PART_MAX = 1000


def adds_up(value: int, text: str, other: int) -> bool:
    """Does the figure `value` plus another count its sentence states make the other report's figure `other`?"""
    return any(value + n == other for n in _numbers(text) - {value} if n < PART_MAX)


def _numbers(text: str) -> set[int]:
    """Every count a sentence writes, in digits or words."""
    return {v for raw in re.findall(_NUMBER, text, re.I) if (v := _value(raw)) is not None}


def _class(counted: str) -> str:
    """Who a figure counts: a subset word ('children', 'medics'), armed men under any name, or '' (people, civilians)."""
    m = _SUBSETS.search(counted)
    if not m:
        return ""
    word = m.group(1).lower()
    return "fighters" if word in COMBATANTS else word


def _held_sides(text: str) -> set[str]:
    """Which side's ground a sentence places its event on: 'state' ('government-held') or 'other' ('rebel-held')."""
    return {"state" if m.group(1).lower() in _STATE_HELD else "other" for m in _HELD.finditer(text)}


def _compatible_days(da: set[str], pa: str | None, db: set[str], pb: str | None) -> bool:
    """The days two figures speak of may be one: the days they state meet, or the reports are at most a day apart."""
    if da and db:
        return bool(da & db)
    if da or db:
        return _same_day(da, pa, db, pb)
    gap = days_apart(pa, pb)
    return gap is not None and abs(gap) <= REPORT_LAG_DAYS


def figure_conflicts(claims: list[Claim], similar: Callable[[int, int], float] | None = None) -> list[Conflict]:
    """Different figures for the same measure of the same event from independent sources.

    One event: a shared place and kind of event on one day; or, given `similar` (claim index, claim index) -> cosine,
    two sentences that close in meaning whose days are compatible.
    """
    facts = []
    months: dict[int, set[str]] = {}
    for c in claims:
        for measure, value, counted in figures(c.text):
            if CUMULATIVE.search(c.text):
                continue
            months[c.index] = stated_months(c.text, c.published)
            days = _days(c.text, c.published)
            if not days and not months[c.index] and c.lead_day:
                days = {c.lead_day}  # no date of its own: the day its article's lead reports
            facts.append((c, measure, value, _class(counted), _places(c.text), _events(c.text), days))
    # A place most figures name (the province or city the topic is about) does not pin one incident by itself.
    broad = broad_places([f[4] for f in facts])
    out: list[Conflict] = []
    used: set[int] = set()
    seen: set[tuple[str, str, frozenset[int], frozenset[str]]] = set()
    for i, (a, ma, va, sa, pa, ea, da) in enumerate(facts):
        if a.index in used:
            continue
        sides = [(a.index, va)]
        groups = {a.group}
        place = ""
        for b, mb, vb, sb, pb, eb, db in facts[i + 1 :]:
            if b.group in groups or b.index in used or mb != ma or sb != sa or vb in [v for _, v in sides]:
                continue
            if vb in _numbers(a.text) or va in _numbers(b.text):
                continue  # each states the other's figure too: parts of one account ('21 killed, 15 in X and 6 in Y')
            if adds_up(va, a.text, vb) or adds_up(vb, b.text, va):
                continue  # '15 killed in X while six others were killed in Y' is the other's 21, told in parts
            if {scope(a.text), scope(b.text)} == {"several", "part"}:
                continue  # a total over several places against the toll of one part of one of them
            if not months_meet(months[a.index], da, a.published, months[b.index], db, b.published):
                continue  # 'in early April' is not the toll of a strike 'on Tuesday' three weeks later
            shared = pa & pb
            ratio = max(va, vb) / max(1, min(va, vb))
            by_place = bool(shared) and not (pa - shared and pb - shared) and bool(ea & eb) and _near(a.published, b.published)
            by_place = by_place and _same_day(da, a.published, db, b.published) and ratio <= MAX_RATIO
            by_place = by_place and (bool(shared - broad) or bool(da & db and (ea & eb) - {"attack"}))
            ha, hb = _held_sides(a.text), _held_sides(b.text)
            anchored = bool(shared) or bool((ea & eb) - {"attack"})  # a shared place, or a distinctive kind of event
            by_incident = ratio <= MAX_RATIO and same_incident(
                (pa, ea, da, months[a.index], a.published), (pb, eb, db, months[b.index], b.published), broad
            )
            by_meaning = (
                similar is not None and ratio <= (MAX_RATIO_SIMILAR if anchored else MAX_RATIO_MEANING)
                and kinds_compatible(ea, eb) and not (pa and pb and not shared) and not (ha and hb and not ha & hb)
                and _compatible_days(da, a.published, db, b.published) and similar(a.index, b.index) >= SAME_EVENT_SIM
            )
            if not (by_place or by_incident or by_meaning):
                continue  # one event: one place, kind and day (a broad place needs both days stated and a distinctive kind); or one meaning
            sides.append((b.index, vb))
            groups.add(b.group)
            place = place or (sorted(shared)[0] if shared else "")
        if len(sides) >= 2:
            used.update(i for i, _ in sides)
            told = (ma, sa, frozenset(v for _, v in sides), frozenset(groups))
            if told in seen:
                continue  # the same figures from the same sources, in other sentences of theirs: one disagreement, listed once
            seen.add(told)
            kind = sorted(ea)[0] if ea else "incident"
            about = f"{ma}{' (' + sa + ')' if sa else ''} in the {kind}{' (' + place + ')' if place else ''}"
            out.append(Conflict("figures", about, [(i, f"{v:,}") for i, v in sides]))
    return out


def _same_party(a: str, b: str) -> bool:
    """'Ruritania' and 'Ruritanian' (a demonym the gazetteer does not know) name one party."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b[:-1]) or b.startswith(a[:-1])))


# What a denial denies opens in lower case ('denied the reports', 'denies that it', 'denied bombing'):
# a capitalised word right after the verb is the start of another sentence the scraper ran on.
_DENIED_OBJECT = re.compile(r"\s+(?:[a-z]|[\"“'‘][a-z])")
DENIED_WORDS = 10


def denied_object(rest: str) -> str:
    """What a denial denies, for a conflict's heading: its clause, cut before a sentence run on or a new clause."""
    what = re.split(r"[,;.:]|\s(?:saying|and said|adding|while|as|but|because)\s", rest.strip())[0].split()
    out: list[str] = []
    for k, w in enumerate(what[:DENIED_WORDS]):
        if k and w[:1].isupper() and not what[k - 1][:1].isupper() and not parties(" ".join(what[k : k + 3])):
            break  # a capitalised word that names no party: another sentence begins
        out.append(w)
    return " ".join(out)


def denial_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'X denied doing Y' against an independent source that says X did Y."""
    out: list[Conflict] = []
    for d in claims:
        m = DENIAL.search(d.text)
        if not m or _NOT_DENIED.search(d.text[: m.start()]):
            continue  # 'did not deny' concedes: it is no denial
        if not _DENIED_OBJECT.match(d.text[m.end() :]):
            continue  # 'an accusation X has denied' ends its clause: what follows is another sentence run on
        clause = re.split(r"[,;:]|\b(?:and|but|while|whilst|as|that|which|who)\b", d.text[: m.start()])[-1]
        deniers = {p.name for p in parties(clause) if p.kind != "noun" and not _AT_PLACE.search(clause[max(0, p.start - 50) : p.start])}
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
                out.append(Conflict("denial", f"{who} denies {denied_object(d.text[m.end() :])}", [(a.index, "asserts"), (d.index, "denies")]))
                break
    return out


# ---- rival control claims: 'X took Y' against 'Y is still held by Z' ----

# Verbs by which a party takes a place ('X captured Y', 'X took control of Y').
_TAKE = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:completely\s+|fully\s+|now\s+)?(?:took|taken|seized|captured|recaptured|retook|retaken|regained|liberated|"
    r"established|establishes|gained|wrested)\s+(?:(?:full|complete|total)\s+)?(?:control\s+(?:of|over)\s+)?(?:the\s+)?"
    r"(?:(?:town|village|city|district|neighbou?rhood|area|base|airport|hill)\s+of\s+)?",
)
# A place taken, the taker after it ('Y fell to X', 'Y was captured by X').
_TAKEN_BY = re.compile(r"\s+(?:fell\s+to|(?:was|were|has\s+been|had\s+been)\s+(?:captured|seized|taken|recaptured|retaken|liberated)\s+by)\s+(?:the\s+)?")
# A place still held ('Y remains in the hands of Z', 'Y is still under the control of Z').
_HELD_BY = re.compile(
    r"\s+(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:firmly\s+)?(?:in\s+the\s+hands\s+of|held\s+by|under\s+(?:the\s+)?(?:full\s+)?control\s+of)\s+(?:the\s+)?"
)
# A holder that keeps a place ('Z still controls Y', 'Z repelled an attack on Y', 'Z denied losing Y').
_KEEP = re.compile(
    r"\b(?:still\s+(?:holds?|held|controls?|controlled)|(?:continues?|continued)\s+to\s+(?:hold|control)|retains?|retained|"
    r"(?:repelled|repulsed|foiled|thwarted)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:attack|assault|offensive|advance|attempt)s?\s+(?:on|against|to\s+take|to\s+storm)|"
    r"denied\s+(?:losing|the\s+fall\s+of|that\s+it\s+(?:had\s+)?lost))\s+(?:the\s+)?(?:(?:town|village|city|district|neighbou?rhood|area|base|airport|hill)\s+of\s+)?",
)
# A capture stated as a condition, an aim or a memory is no claim about today ('if X is captured', 'since 2012 when').
NOT_NOW = re.compile(r"\b(?:if|would|could|might|aim\w*|attempt\w*|trying|tried|try|sought|seeks?|bid|plans?|once|since|until|last year|earlier this year|years? ago)\b", re.I)
# A name right after these words is a place or a source, not the holder ('in the X region', 'told X').
_LOCATED = re.compile(r"\b(?:in|near|at|of|from|outside|around|told|to)\s+(?:the\s+)?$", re.I)
# Words that open a sentence before a place's name and are not part of it.
_OPENERS = frozenset("yet but and meanwhile however the so now also while still".split())
# Reports of rival control claims come within this many days of each other (a later recapture is news, not a conflict).
CONTROL_DAYS = 3
# Words that make a holder the state's forces when no country is named ('the army', 'regime troops').
_STATE_WORDS = re.compile(r"\b(?:army|troops|soldiers|loyalists?|regime|government|pro-government|pro-regime)\b", re.I)
_GROUP_SIDE = {"rebels", "opposition", "insurgents", "militants", "jihadists", "terrorists"}


@dataclass(frozen=True)
class Control:
    """A control claim: who holds a place after the sentence's events, and how it is stated ('took' or 'holds')."""

    holder: str
    place: str
    how: str
    state: bool  # the holder is a state's forces (a country or the government)


def _holder(phrase: str, last: bool) -> tuple[str, bool] | None:
    """The party a holder phrase names, and whether it is a state's forces; the party nearest the verb wins.

    A name after a preposition ('troops fighting in the X region') is where, not who; a state word
    ('the army units') nearer the verb than any party is the holder.
    """
    ps = [p for p in parties(phrase) if (p.kind != "name" or not _STATE_WORDS.fullmatch(p.name)) and not _LOCATED.search(phrase[: p.start])]
    words = list(_STATE_WORDS.finditer(phrase))
    if last and words and (not ps or words[-1].start() > ps[-1].end + 12):
        return "government", True
    if ps:
        p = ps[-1] if last else ps[0]
        # A country, the government, or a nationality's forces ('Ruritanian troops'): a state's side.
        state = p.kind == "country" or p.name == "government" or bool(_STATE_WORDS.match(phrase[p.end :].strip()))
        return p.name, state
    if _STATE_WORDS.search(phrase):
        return "government", True
    return None


_PLACE_NAME = r"((?:(?:al|el)-)?[A-Z][\w’'-]*(?:[ -](?:(?:al|el)-)?[A-Z][\w’'-]*){0,3})"


def _place(phrase: str, at_end: bool = False) -> str | None:
    """The place a phrase opens with (or, at_end, closes with): a capitalised name that is not a country."""
    m = re.search(_PLACE_NAME + r"\s*$", phrase) if at_end else re.match(_PLACE_NAME, phrase)
    if not m or re.match(r"\s*\d", phrase[m.end() :]):  # 'Base 46': a numbered site, read whole or not at all
        return None
    words = m.group(1).split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]  # 'Yet Kafr Nabl ...' opening a sentence
    name = re.sub(r"[’']s?$", "", " ".join(words))
    if not name:
        return None
    if any(p.kind == "country" for p in parties(name)) or _STATE_WORDS.search(name):
        return None
    return name


def control_claims(text: str) -> list[Control]:
    """Who holds which place, as a sentence states it now ('Ruritanian troops captured Kafr Nabl' -> (Ruritania, Kafr Nabl, took))."""
    if NOT_NOW.search(text) or re.search(r"\b(not|never|no longer|failed)\b", text):
        return []
    out: list[Control] = []

    def add(holder: tuple[str, bool] | None, place: str | None, how: str) -> None:
        if holder and place and holder[0] != place:
            out.append(Control(holder[0], place, how, holder[1]))

    for m in _TAKE.finditer(text):
        clause = re.split(r"[,;:\"“”]|\b(?:and|but|while|as|after|before|when|which|who|that|said|says)\b", text[: m.start()])[-1]
        add(_holder(clause, last=True), _place(text[m.end() :]), "took")
    for m in _KEEP.finditer(text):
        clause = re.split(r"[,;:\"“”]|\b(?:and|but|while|as|after|before|when|which|who|that|said|says)\b", text[: m.start()])[-1]
        add(_holder(clause, last=True), _place(text[m.end() :]), "holds")
    for pattern, how in ((_TAKEN_BY, "took"), (_HELD_BY, "holds")):
        for m in pattern.finditer(text):
            place = _place(text[: m.start()], at_end=True)
            after = re.split(r"[,;:.]|\b(?:and|but|while|as|after|on|in|last|earlier)\b", text[m.end() :])[0]
            add(_holder(after, last=False), place, how)
    return out


def rival(a: Control, b: Control) -> bool:
    """Two holders that cannot both hold the place: a state against a non-state side, or two different states."""
    if a.holder == b.holder or _same_party(a.holder, b.holder):
        return False
    if a.state and b.state:
        return "government" not in (a.holder, b.holder)  # 'the army' and a country's forces may be one side
    if a.state != b.state:
        return True
    return False  # two non-state parties ('rebels', a named faction) may fight side by side


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days from date a to date b (None when either is not a day)."""
    from .dates import as_date

    da, db = as_date(a), as_date(b)
    return None if da is None or db is None else (db - da).days


def _background(text: str, published: str | None) -> bool:
    """A sentence recalling older events (a past year or month) speaks of then, not of the report's day."""
    from .dates import resolve_dates

    return any(d.background for d in resolve_dates(text, published))


def control_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'X took Y' against an independent source, reporting on the same or a later day, that Y is held by a rival."""
    facts = [(c, k) for c in claims if not HEDGED.search(c.text) and not _background(c.text, c.published) for k in control_claims(c.text)]
    out: list[Conflict] = []
    used: set[int] = set()
    for a, ka in facts:
        if ka.how != "took" or a.index in used:
            continue
        for b, kb in facts:
            if b.group == a.group or b.index in used or kb.place != ka.place or kb.how != "holds" or not rival(ka, kb):
                continue
            gap = days_apart(a.published, b.published)
            if gap is None or not 0 <= gap <= CONTROL_DAYS:
                continue  # held before it was taken is no conflict; a week later may be a recapture
            out.append(Conflict("control", f"who holds {ka.place}", [(a.index, f"{ka.holder} took it"), (b.index, f"held by {kb.holder}")]))
            used.update({a.index, b.index})
            break
    return out


def _measure(about: str) -> str:
    """The quantity a figure conflict is about, without its event and place ('killed in the attack (Jayrud)' -> 'killed')."""
    return about.split(" in the ")[0]


def _figure(what: str) -> int:
    return int(what.replace(",", ""))


def group_figures(conflicts: list[Conflict], claims: list[Claim], similar: Callable[[int, int], float] | None = None) -> list[Conflict]:
    """One item per disagreement: figure conflicts on one quantity that share a figure merge.

    Two items 'killed: 43 vs 31' and 'killed: 43 vs 30' from other sentences of the same reports are one
    disagreement about one toll; the merged item keeps one side per figure (the first found).
    """
    out: list[Conflict] = []
    for c in conflicts:
        host = None
        if c.kind == "figures":
            for o in out:
                if o.kind != "figures" or _measure(o.about) != _measure(c.about):
                    continue
                # A shared figure ties two items to one disagreement; closeness in meaning alone merged other
                # strikes' tolls into one item on the Raqqa tune topic, so it does not.
                if {w for _, w in o.sides} & {w for _, w in c.sides}:
                    host = o
                    break
        if host is None:
            out.append(Conflict(c.kind, c.about, list(c.sides), c.update))
            continue
        have = {w for _, w in host.sides}
        host.sides.extend((i, w) for i, w in c.sides if w not in have)
    return out


# A figure said to be provisional by its own report ('the toll is expected to rise', 'an initial toll').
PROVISIONAL = re.compile(r"\b(?:initial(?:ly)?|preliminary|first toll|earlier toll|(?:expected|likely|set|feared) to (?:rise|climb|increase)|could rise|may rise)\b", re.I)
# A report that revises a toll ('raised the death toll', 'in a new toll', 'the toll rose to').
REVISED = re.compile(r"\b(?:new toll|updated toll|raised|revised|rose to|has risen|had risen|climbed to|bringing the (?:death )?toll|toll (?:rose|rises|climbed))\b", re.I)


def is_update(c: Conflict, claims: list[Claim]) -> bool:
    """Figures of one toll that never fall in a later report, with a report saying the count was provisional or revised.

    An analyst calls 22 (an early count the same channel later raised) against 44 an update of one toll, not a
    disagreement of two sources. Report order: a side reported earlier never gives the higher figure; one day may
    carry several counts (revisions through the day). The lower side must be the provisional one, or a side revised.
    """
    if c.kind != "figures" or len(c.sides) < 2:
        return False
    by_index = {x.index: x for x in claims}
    sides = [(by_index[i], _figure(w)) for i, w in c.sides if i in by_index]
    if len(sides) < 2:
        return False
    for a, va in sides:
        for b, vb in sides:
            if date_key(a.published) < date_key(b.published) and va > vb:
                return False  # an earlier report with the higher figure: the figures disagree, they do not rise
    low = min(v for _, v in sides)
    return any(REVISED.search(x.text) for x, _ in sides) or any(PROVISIONAL.search(x.text) or x.revised for x, v in sides if v == low)


def broad_places(named: list[set[str]]) -> set[str]:
    """Places named by so many of the figures (BROAD_SHARE, at least BROAD_MIN) that they are the topic's area, not an incident's."""
    count = Counter(p for ps in named for p in ps)
    return {p for p, n in count.items() if n >= max(BROAD_MIN, BROAD_SHARE * len(named))}


def stray_sides(c: Conflict, claims: list[Claim]) -> set[int]:
    """Sides of a figure item that place their figure elsewhere: not at the item's place, but at a place of their own.

    The item's place is the one its heading names ('killed in the attack (Xville)'), else one two sides name. An item
    on the toll in Xville must not carry 'initial reports of 6 killed after Yburg was targeted': that side names a
    place no other side names and not Xville. A side naming no place, or only places others name, stays.
    """
    if c.kind != "figures":
        return set()
    by_index = {x.index: x for x in claims}
    where = {i: _places(by_index[i].text) for i, _ in c.sides if i in by_index}
    named_by = Counter(p for ps in where.values() for p in ps)
    m = re.search(r"\(([^()]+)\)$", c.about)
    anchor = m.group(1) if m and named_by[m.group(1)] else next((p for p, n in named_by.most_common(1) if n >= 2), None)
    if anchor is None:
        return set()
    return {i for i, ps in where.items() if anchor not in ps and any(named_by[p] == 1 for p in ps)}


def find_conflicts(claims: list[Claim], limit: int = 5, similar: Callable[[int, int], float] | None = None) -> list[Conflict]:
    """Figure, denial and control conflicts, each citing at least two independent sources; rising tolls marked as updates."""
    found = group_figures(figure_conflicts(claims, similar), claims, similar) + denial_conflicts(claims)[:MAX_DENIALS] + control_conflicts(claims)
    for c in found:
        stray = stray_sides(c, claims)
        c.sides = [(i, w) for i, w in c.sides if i not in stray]
    out = [c for c in found if len({next(x.group for x in claims if x.index == i) for i, _ in c.sides}) >= 2][:limit]
    for c in out:
        c.update = is_update(c, claims)
        if c.update:
            c.sides = update_order(c, claims)
    return out


def update_order(c: Conflict, claims: list[Claim]) -> list[tuple[int, str]]:
    """An update's sides as the count rose: by report date, then figure, so the latest count reads last."""
    by_index = {x.index: x for x in claims}
    return sorted(c.sides, key=lambda s: (date_key(by_index[s[0]].published) if s[0] in by_index else 0, _figure(s[1])))
