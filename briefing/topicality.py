"""Event topicality: does a sentence speak of the event the topic names, or of another event told in the same articles?

News articles on one incident carry paragraphs on others of the same kind and period ('Separately, planes
bombed Kestrel', 'In July a suicide bomb killed 16 in Dunmore' in a report on a later bombing elsewhere); the
retriever also brings whole articles about other incidents that share the topic's words. Word and meaning
scores pass them: they are about strikes, pilots and tolls too. The topic's own place is what tells them
apart. When the topic places its event ('the bombing in X', 'the town of Y'), a sentence is

- ON the event when it names that place (in any spelling: transliterations vary between outlets);
- CONTEXT when it names no other place, does not turn away ('Separately', 'Elsewhere') and comes from an
  article whose headline or lead names the place: the article is about the event, the sentence continues it;
- OFF otherwise: it names another place (not one inside the topic's place), or its article is about another.

A topic without a place (a theme: 'Russian support for the government') leaves every sentence ON.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .conflicts import _places
from .entities import country_of

ON, CONTEXT, OFF = 1.0, 0.5, 0.0
# The score a sentence needs to enter the bottom line, timeline, conflicts and actor rows of an event's brief:
# naming the place, or continuing an article about it without naming another place.
EVENT_MIN = CONTEXT
# A sentence recalling earlier or habitual events ('has targeted X in the past') is background even when it
# names the place: it scores below EVENT_MIN.
BACKGROUND = 0.25
# Fewer usable on-event sentences than this: the evidence is too thin to hold to the event (kept whole, with a note).
EVENT_MIN_SENTENCES = 6
# Characters of an article (after its headline) that make its lead: where an article says what it is about.
LEAD_CHARS = 400
# A place key this short ('b' for al-Bir) matches too many names by its consonants: such places match spelled out.
MIN_KEY = 3

_TURN_AWAY = re.compile(r"^\W*(?:separately|elsewhere|meanwhile|in (?:a |an )?(?:separate|other|another|unrelated)\b|in other news|also on\b)", re.I)
# An event placed by a compass direction of the country ('crashed in the south near ...'): somewhere else than the topic's place.
_ELSEWHERE = re.compile(r"\bin the (?:far |country'?s |countrys )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\b(?!\s+of\b)(?!\s+(?:part|district|neighbou?rhood|outskirts|suburbs?)\b)", re.I)
_RECALL = re.compile(r"\b(?:in the past|previous(?:ly)?|in recent (?:months|years)|(?:has|have) (?:often|regularly|repeatedly|frequently)|earlier attacks?)\b", re.I)
# Capitalised runs (with Arabic article prefixes) that may spell a place: 'Marvella', 'al-Bir', 'Wadi al-Tell'.
_NAME_RUN = re.compile(r"(?:(?:[Aa]l|[Ee]l)[- ])?[A-Z][\w’'-]*(?:\s+(?:(?:al|el)[- ])?[A-Z][\w’'-]*){0,2}")


def place_key(name: str) -> str:
    """A spelling-tolerant key for a place name: Marvella, Marvela and Marvelah share one ('mrvl'); Raqqa and Raqa ('raqa')."""
    words = re.sub(r"[’']s$", "", name.strip()).lower()
    words = re.sub(r"^(?:al|el)[- ]", "", words)
    letters = re.sub(r"[^a-z]", "", words)
    stem = re.sub(r"(?<=[aeiou])h$", "", letters)
    skeleton = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", stem[:1]) + re.sub(r"[aeiouy]", "", stem[1:]))
    # A short name is matched spelled out, with doubled letters single: Raqqa and Raqa are one ('raqa').
    return skeleton if len(skeleton) >= MIN_KEY else re.sub(r"(.)\1+", r"\1", stem)


def topic_places(topic: str) -> list[str]:
    """The places the topic puts its event in ('in X', 'the town of Y'), not countries."""
    return sorted(p for p in _places(topic) if not country_of(p))


def _keys_in(text: str) -> set[str]:
    keys: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        words = re.split(r"\s+", m.group(0))
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                keys.add(place_key(" ".join(words[i:j])))
    return keys


def names_place(text: str, keys: set[str]) -> bool:
    """Does the sentence name one of the places (by key)?"""
    return bool(_keys_in(text) & keys)


# Words that name the unit a place name stands for: 'Marvella city' and 'Marvella province' are two places.
_CITY = r"(?:city|town|village|neighbou?rhood|district)"
_REGION = r"(?:province|governorate|countryside|region)"


def inner_places(texts: list[str], keys: set[str], town: bool = False) -> set[str]:
    """Keys of places the evidence puts inside the topic's place ('the Old Quarter district of Kestrel', 'Kestrel's Old Quarter')."""
    inner: set[str] = set()
    for t in texts:
        if not names_place(t, keys):
            continue
        for p in _places(t):
            k = place_key(p)
            if k in keys:
                continue
            after = t[t.find(p) + len(p) :][:60]
            m = re.match(r"[\w\s-]{0,25}?\b(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(" + _NAME_RUN.pattern + ")", after)
            if m and town and re.match(rf"\s+{_REGION}\b", after[m.end(1) :]):
                continue  # 'Dunmore city in Marvella province': another town of the region, not a part of the town
            if m and place_key(m.group(1)) in keys or re.search(r"[’']s\s+(?:\w+\s+){0,2}$", t[: t.find(p)]) and names_place(t[max(0, t.find(p) - 40) : t.find(p)], keys):
                inner.add(k)
    return inner


def _unit_uses(text: str, keys: set[str]) -> tuple[int, int]:
    """(city uses, region uses) of the places in `keys` in one sentence: 'X city' / 'city of X', 'X province' / 'province of X'."""
    city = region = 0
    for m in _NAME_RUN.finditer(text):
        words = re.split(r"\s+", m.group(0))
        if not any(place_key(" ".join(words[i:j])) in keys for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
            continue
        before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 15]
        city += bool(re.match(rf"\s+{_CITY}\b", after) or re.search(rf"\b{_CITY}\s+of\s+(?:the\s+)?$", before))
        region += bool(re.match(rf"\s+{_REGION}\b", after) or re.search(rf"\b{_REGION}\s+of\s+(?:the\s+)?$", before))
    return city, region


def town_event(texts: list[str], keys: set[str]) -> bool:
    """The evidence names the topic's place as a town more often than as the region named after it ('Marvella city')."""
    city = region = 0
    for t in texts:
        c, r = _unit_uses(t, keys)
        city, region = city + c, region + r
    return city > region


@dataclass
class Event:
    """What the topic's event is placed by: its places' keys, the keys of places inside them, and whether it is a town's event."""

    keys: set[str]
    inner: set[str]
    town: bool = False

    @property
    def placed(self) -> bool:
        return bool(self.keys)


# Topic words before its place that make the event an area's, not one town's ('in and around X', 'near X').
AREA_BEFORE = re.compile(r"\b(?:around|near|outside|surrounding|outskirts\s+of|countryside\s+of|province\s+of|region\s+of)\s+(?:the\s+)?$", re.I)


def event_of(topic: str, texts: list[str]) -> Event:
    keys = {place_key(p) for p in topic_places(topic)}
    if not keys:
        return Event(keys, set())
    # 'around X', 'near X', 'X province': the topic spans the area, so other places of X's region are on its event.
    town = town_event(texts, keys) and not any(AREA_BEFORE.search(topic[: topic.find(p)]) for p in topic_places(topic))
    # A town's event: places inside its region are other towns, not parts of it ('Dunmore in Marvella province').
    return Event(keys, inner_places(texts, keys, town), town)


def event_score(text: str, event: Event, article_on: bool) -> float:
    """ON, CONTEXT, BACKGROUND or OFF (see the module docstring); ON for every sentence when the topic names no place."""
    if not event.placed:
        return ON
    recall = bool(_RECALL.search(text))
    others = {place_key(p) for p in _places(text) if not country_of(p)} - event.inner - event.keys
    if names_place(text, event.keys):
        city, region = _unit_uses(text, event.keys)
        if event.town and others and region and not city:
            return OFF  # the town's event, but the sentence names its region only, and another place in it: that place's event
        return BACKGROUND if recall else ON
    if article_on:
        others -= city_parts(text)  # its neighbourhoods and squares, in an article about the event: parts of the event's place
    if others or _TURN_AWAY.search(text) or _ELSEWHERE.search(text) or not article_on:
        return OFF
    return BACKGROUND if recall else CONTEXT


# A place written as a part of a city: 'X neighbourhood', 'X and Y districts', 'X Square'.
_PART_WORD = r"(?:neighbou?rhoods?|districts?|quarters?)"
_NAMED_PARTS = re.compile(rf"((?:{_NAME_RUN.pattern})(?:\s*,\s*(?:{_NAME_RUN.pattern}))*(?:,?\s+and\s+(?:{_NAME_RUN.pattern}))?)\s+{_PART_WORD}\b(?!\s+(?:of|in)\s+[A-Z])")
_SQUARE = re.compile(rf"(?:{_NAME_RUN.pattern})\s+Square\b(?!\s+(?:of|in)\s+[A-Z])")


def city_parts(text: str) -> set[str]:
    """Keys of the places a sentence writes as parts of a city ('al-Midan and al-Ashrafiyeh neighborhoods', 'Saadallah Square')
    without naming the city: in an article about an event in a city, they are that city's."""
    parts: set[str] = set()
    for m in _NAMED_PARTS.finditer(text):
        parts |= {place_key(n) for n in re.split(r"\s*,\s*|,?\s+and\s+", m.group(1)) if n}
    parts |= {place_key(m.group(0)) for m in _SQUARE.finditer(text)}
    return parts


def article_about(title: str | None, text: str, event: Event) -> bool:
    """An article is about the event when its headline names the event's place, or its lead does (as the event's place, see event_score)."""
    return names_place(title or "", event.keys) or event_score(text[:LEAD_CHARS], event, False) >= ON


# Days a sentence's own event may lie from the day the topic names and still be that event's: a night strike is
# reported 'on Sunday' for Saturday's attack, and a time zone moves a day.
OTHER_DAY_GAP = 1
# A toll that rises or is updated tells the topic's incident again, on the day it was counted, not another incident.
_TOLL_UPDATE = re.compile(r"\b(?:death toll|toll|rose|risen|rises|climbed|reached|raised|updated?)\b", re.I)


def topic_day(topic: str) -> str | None:
    """The one day the topic names ('... on 15 April 2017'), as ISO; None when it names none or several."""
    from .dates import resolve_dates

    days = {d.iso for d in resolve_dates(topic, None) if d.precision == "day"}
    return next(iter(days)) if len(days) == 1 else None


def other_incident(text: str, report: str | None, day: str | None, lead: str | None = None) -> bool:
    """Does the sentence tell an incident of another day than the topic's: casualties on its own stated day, more than
    OTHER_DAY_GAP days from the topic's day ('A bomb killed six people in Xville on Wednesday', four days after)?

    Days a source spoke on ('a monitor said on Sunday') are not the event's (conflicts.event_days); a toll being raised
    is the topic's incident counted later. A sentence stating no day of its own takes `lead`, the day its article's
    lead reports ('State TV said an explosive device went off ... killing six' in the report of Wednesday's bomb).
    """
    from .conflicts import event_days, figures
    from .dates import as_date

    target = as_date(day)
    if target is None or _TOLL_UPDATE.search(text) or not any(m in ("killed", "wounded") for m, _, _ in figures(text)):
        return False
    days = event_days(text, report) or ({lead} if lead else set())
    own = [d for d in (as_date(x) for x in days) if d is not None]
    return bool(own) and all(abs((d - target).days) > OTHER_DAY_GAP for d in own)


# Days after the day a topic names within which a report still tells that event as its news; a later report recalls
# it while telling another ('It was the second time this month ... after 17 were killed in an October 2 attack').
LATE_REPORT_DAYS = 3


def late_report(report: str | None, day: str | None) -> bool:
    """Is a report of `report` dated more than LATE_REPORT_DAYS after the topic's day (so its news is another's)?"""
    from .dates import as_date

    r, d = as_date(report), as_date(day)
    return r is not None and d is not None and (r - d).days > LATE_REPORT_DAYS
