"""Alignment: each clause of a claim to the one evidence sentence that states it, and the values checked on that pair.

The verifier reads a claim against an evidence unit (one sentence, or two adjacent ones) and its neighbours. A value
found anywhere there is not yet stated *of this event*: 'entered on Wednesday and pulled out on Tuesday' against
'... entered on Tuesday. ... pulled back on Wednesday' finds both weekdays in the unit, each bound to the other event.
Here every clause is aligned to the evidence sentence whose words state it best, and the clause's dates, numbers and
ordinals must stand in that sentence (or in the cited article's title line, where a date or place of the whole story
stands). A value the claim gives its event that the aligned sentence states of nothing is not supported by it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import Claim, date_mentions, places, quantities, strip_hedges
from .lexical import terms
from .matching import Problem, coverage, stated

__all__ = ["aligned", "bounds", "check_aligned_values", "ordinals"]

_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))",
    re.I,
)
# 'at first', 'first time' read as a time or manner, not a rank that another rank could replace
_NOT_RANK = re.compile(r"\b(?:at first|first of all|for the first time|first-hand|second-hand|in the first place)\b", re.I)


def ordinals(text: str) -> set[str]:
    """The ranks a sentence states ('Zenda's third biggest city', 'the second offensive'), lower case."""
    return {m.group(0).lower() for m in _ORDINAL.finditer(_NOT_RANK.sub(" ", text))}


def _value_free(text: str) -> str:
    """A clause without its numbers and dates: alignment is by what the clause says, not by the values under test."""
    text = re.sub(r"\d[\d,.]*", " ", text)
    for d in date_mentions(text):
        text = text.replace(d, " ")
    return text


def _content(clause: str, speakers: Sequence[str] = ()) -> str:
    """What a clause states, for alignment: without hedges, values and the words naming who said it ('X said')."""
    text = _value_free(strip_hedges(clause))
    for sp in speakers:
        text = re.sub(r"\b" + re.escape(sp) + r"\b", " ", text, flags=re.I)
    return text


def aligned(clause: str, sentences: Sequence[str], speakers: Sequence[str] = ()) -> int:
    """The index of the evidence sentence that states most of a clause's words (values and speakers aside); the first on a tie."""
    text = _content(clause, speakers)
    scores = [coverage(text, s)[0] for s in sentences]
    return max(range(len(sentences)), key=lambda i: (round(scores[i], 3), -i))


_BOUND = re.compile(r"\b(?P<b>more than|over|at least|upwards of|in excess of|less than|fewer than|under|at most|up to|nearly|almost)\s+(?P<n>\d[\d,.]*)", re.I)
_UPPER = frozenset({"less than", "fewer than", "under", "at most", "up to", "nearly", "almost"})


def bounds(text: str) -> dict[str, str]:
    """The bound each number of a text is given: '100' -> 'lower' ('more than 100', 'at least 100') or 'upper' ('less than', 'nearly')."""
    return {m.group("n").replace(",", ""): ("upper" if m.group("b").lower() in _UPPER else "lower") for m in _BOUND.finditer(text)}


def _near_head(q_text: str, value: float, sentence: str) -> bool:
    """The sentence states the value with the same word after it as the claim ('45 air strikes' by '... at least 45 air
    strikes today'): the value is stated of the same thing, in another sentence of the unit."""
    after = terms(q_text.split(maxsplit=1)[1] if len(q_text.split()) > 1 else "")[:1]  # '22 of them children' -> 'children'
    if not after:
        return False
    return any(abs(e.value - value) < 1e-9 and after[0][:4] in e.text.lower() for e in quantities(sentence))


ALIGN_MIN_COVER = 0.34  # a clause that shares less than this with its best sentence is aligned to none: its values are left to check_numbers/check_dates


def _date_in(d: str, text: str) -> bool:
    parts = [p for p in re.findall(r"\w+", d) if p.lower() not in ("st", "nd", "rd", "th")]
    return all(re.search(r"\b" + re.escape(p) + r"(?:st|nd|rd|th)?\b", text, re.I) for p in parts)


def check_aligned_values(claim: Claim, sentences: Sequence[str], titles: str = "") -> list[Problem]:
    """Each clause's dates, numbers and ordinals stand in the evidence sentence the clause is aligned to (or the title
    line): a value the unit states only of another statement ('pulled out on Tuesday' where Tuesday is when they
    entered; 'injured thirty' where thirty is not said of the injured) is no support for this one."""
    if not sentences:
        return []
    out: list[Problem] = []
    speakers = sorted({a.speaker for a in claim.attributions}, key=len, reverse=True)
    for clause in claim.clauses:
        j = aligned(clause, sentences, speakers)
        own = sentences[j]
        if coverage(_content(clause, speakers), own)[0] < ALIGN_MIN_COVER:
            continue
        # a value the aligned sentence lacks is wrong only when that sentence gives the statement a value of its own
        # (another date, place, number or rank); otherwise it may stand beside it ('That attack ...' after 'an October 2 attack')
        own_dates = date_mentions(own)
        for d in date_mentions(clause):
            if own_dates and not _date_in(d, own) and not _date_in(d, titles):
                out.append(Problem("date", f"the evidence sentence that states it gives '{own_dates[0]}', not '{d}' ('{own[:80]}')"))
        spoken = " ".join(a.speaker for a in claim.attributions)
        own_places = [p for p in places(own) if not stated(p.lower(), clause)]
        for p in places(clause):
            if own_places and not stated(p.lower(), own) and not stated(p.lower(), titles) and not stated(p.lower(), spoken):
                out.append(Problem("place", f"the evidence sentence that states it gives '{own_places[0]}', not '{p}' ('{own[:80]}')"))
        own_q = quantities(own)
        found = {round(q.value, 6) for q in own_q} | {round(q.value, 6) for q in quantities(titles)}
        for q in quantities(clause):
            if own_q and round(q.value, 6) not in found and not any(_near_head(q.text, q.value, s) for s in sentences):
                out.append(Problem("value", f"number '{q.text.split()[0]}' is not stated of this in the evidence ('{own[:80]}')"))
        theirs_b = bounds(own)
        for n, b in bounds(clause).items():
            if theirs_b.get(n, b) != b:
                out.append(Problem("comparison", f"the claim bounds {n} from {'above' if b == 'upper' else 'below'}, the evidence the other way", True))
        theirs = ordinals(own)
        for o in ordinals(clause) - theirs:
            out.append(Problem("value", f"the claim says '{o}', the evidence sentence that states it does not" + (f" ('{sorted(theirs)[0]}')" if theirs else "")))
    return out
