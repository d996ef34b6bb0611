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

from .claims import Claim, date_mentions, quantities, strip_hedges
from .matching import Problem, coverage

__all__ = ["aligned", "check_aligned_values", "ordinals"]

_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))",
    re.I,
)
# 'at first', 'first time' read as a time or manner, not a rank that another rank could replace
_NOT_RANK = re.compile(r"\b(?:at first|first of all|for the first time|first-hand|second-hand|in the first place)\b", re.I)


def ordinals(text: str) -> set[str]:
    """The ranks a sentence states ('Syria's third biggest city', 'the second offensive'), lower case."""
    return {m.group(0).lower() for m in _ORDINAL.finditer(_NOT_RANK.sub(" ", text))}


def _value_free(text: str) -> str:
    """A clause without its numbers and dates: alignment is by what the clause says, not by the values under test."""
    text = re.sub(r"\d[\d,.]*", " ", text)
    for d in date_mentions(text):
        text = text.replace(d, " ")
    return text


def aligned(clause: str, sentences: Sequence[str]) -> int:
    """The index of the evidence sentence that states most of a clause's words (values aside); the first on a tie."""
    scores = [coverage(_value_free(strip_hedges(clause)), s)[0] for s in sentences]
    return max(range(len(sentences)), key=lambda i: (round(scores[i], 3), -i))


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
    for clause in claim.clauses:
        j = aligned(clause, sentences)
        own = sentences[j]
        if coverage(_value_free(strip_hedges(clause)), own)[0] < ALIGN_MIN_COVER:
            continue
        for d in date_mentions(clause):
            if not _date_in(d, own) and not _date_in(d, titles):
                out.append(Problem("date", f"the evidence sentence that states it gives no '{d}' ('{own[:80]}')"))
        found = {round(q.value, 6) for q in quantities(own)} | {round(q.value, 6) for q in quantities(titles)}
        for q in quantities(clause):
            if round(q.value, 6) not in found:
                out.append(Problem("value", f"number '{q.text.split()[0]}' is not stated of this in the evidence ('{own[:80]}')"))
        theirs = ordinals(own)
        for o in ordinals(clause) - theirs:
            out.append(Problem("value", f"the claim says '{o}', the evidence sentence that states it does not" + (f" ('{sorted(theirs)[0]}')" if theirs else "")))
    return out
