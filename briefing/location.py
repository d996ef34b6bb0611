"""Place rules: places and compass bearings stated as the evidence has them, and a claim stitched from two evidence
sentences keeps each count with its place and day."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import Claim, bearings, date_mentions, opposite_bearing, places
from .lemmas import forms, tokens
from .lexical import numbers
from .matching import Problem, word_stated, stated, states_number


def check_places(claim: Claim, unit: str) -> list[Problem]:
    """A place the claim names must be the unit's own place when the unit names one ('in Hasaka' is not 'in Qamishli').

    A unit that names no place may take it from its neighbours or title (check_names).
    """
    theirs = places(unit)
    if not theirs:
        return []
    out = []
    for p in claim.places:
        if stated(p.lower(), unit) or all(stated(w.lower(), unit) for w in re.findall(r"[A-Z][\w-]{2,}", p)):
            continue
        out.append(Problem("place", f"the claim places it in {p}, the evidence in {theirs[0]}"))
    return out


def check_compass(claim: Claim, unit: str, context: str = "") -> list[Problem]:
    """A compass direction must agree with the evidence's direction for the same place or thing ('east of the city'
    against 'west of the city', 'northern Hamdan' against 'southern Hamdan'): the opposite direction contradicts.

    An evidence direction speaks to the claim's when what it qualifies shares the most words with what the claim's
    qualifies; one such evidence direction that agrees is enough (a sentence may name both banks of a river). A
    direction the evidence states nowhere is an addition ('the northernmost part' against 'borders').
    """
    theirs = bearings(unit)
    out = []
    for b in bearings(claim.text):
        vocab = {f for w in b.anchor for f in forms(w)}
        shared = [(sum(word_stated(w, vocab) for w in e.anchor), e) for e in theirs]
        best = max((n for n, _ in shared), default=0)
        same = [e for n, e in shared if n == best and n > 0]  # the evidence directions of the same thing ('side of the river' over 'bank of the river')
        if not same and not any(b.parts <= e.parts for e in theirs + bearings(context)):
            out.append(Problem("place", f"the claim says '{b.text}', the evidence states no such direction"))
            continue
        if not same or any(b.parts <= e.parts or e.parts <= b.parts for e in same):
            continue
        e = next((e for e in same if opposite_bearing(b.parts, e.parts)), None)
        if e is not None:
            out.append(Problem("place", f"the evidence says '{e.text}' ({' '.join(e.anchor)}), the claim '{b.text}'", True))
    return out


def check_binding(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A claim stitched from two evidence sentences: each clause's numbers and places must stand together in one of them.

    'A woman was killed in X' from 'a woman was killed in Y. ... in X two were killed' is a false merge. A later
    sentence that refers back with a pronoun ('it', 'they') may take its names from the one before.
    """
    if len(sentences) < 2:
        return []
    out = []
    for clause in claim.clauses:
        # where a count stands: a count and its place are one fact ('in Alpha', 'the neighbourhood of Beta')
        named = {p.lower() for p in places(clause)} | {m.lower() for m in _PLACE_OF.findall(clause)}
        named |= {d.lower() for d in date_mentions(clause) if _DAY.fullmatch(d)}  # a count and its day are one fact
        counted = numbers(clause) - ages(clause)
        if len(named | counted) < 2:
            continue
        if any(all(stated(x.lower(), s) for x in named) and all(states_number(x, s) for x in counted) for s in sentences):
            continue
        if any((_PRONOUN.search(s) or _refers_back(s, sentences[:i])) and all(states_number(x, s) for x in counted) and all(any(stated(x.lower(), e) for e in sentences[: i + 1]) for x in named) for i, s in enumerate(sentences) if i):
            continue
        # a sentence pointing back ('These civilians were targeted in X') gives the place; the count and day may be the earlier one's
        spots = {p.lower() for p in places(clause)} | {m.lower() for m in _PLACE_OF.findall(clause)}
        if any(_demonstrative_back(s, sentences[i - 1]) and (_SAME.search(s) or all(stated(x, s) for x in spots)) and all(stated(x.lower(), sentences[i - 1] + " " + s) for x in named) and all(states_number(x, sentences[i - 1] + " " + s) for x in counted) for i, s in enumerate(sentences) if i):
            continue
        out.append(Problem("binding", f"'{', '.join(sorted(named | counted))}' stand in different evidence sentences"))
    return out


_AGE = re.compile(r"\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b", re.I)


def ages(text: str) -> set[str]:
    """Numbers that give a person's age ('a 63-year-old former prosecutor', 'aged 63'): a property of whom they describe,
    not a count bound to a place or day."""
    return {a or b for a, b in _AGE.findall(text)}


_PLACE_OF = re.compile(r"\b(?:neighbou?rhoods?|districts?|towns?|city|cities|villages?|provinces?|areas?|regions?|quarters?)\s+of\s+((?:al-)?[A-Z][\w-]+(?:\s+(?:al-)?[A-Z][\w-]+)*)")


def _refers_back(sentence: str, earlier: Sequence[str]) -> bool:
    """A sentence that names an earlier sentence's thing with 'the' ('... an attack on two villages. The attack killed 15'),
    so it may take its names from there, as with a pronoun."""
    before = {f for e in earlier for w in tokens(e) for f in forms(w)}
    return any(forms(w) & before for m in re.finditer(r"\bthe\s+([a-z][\w-]+)", sentence, re.I) for w in tokens(m.group(1))[:1])


_DEMONSTRATIVE = re.compile(r"\b(?:these|those|this)\s+([a-z][\w-]+)", re.I)  # not 'that': 'said that terrorists' points nowhere


_SAME = re.compile(r"\b(?:in|at|on)\s+the\s+same\s+(?:place|area|areas|location|spot|region|day|time)\b", re.I)  # 'In the same place we destroyed 18'


def _demonstrative_back(sentence: str, before: str) -> bool:
    """A sentence that points back at the one before with 'these'/'those' and a noun it used ('15 civilians were killed.
    These civilians were targeted in X'): the two state one fact, so a count of one and a place of the other bind."""
    if _SAME.search(sentence):
        return True
    earlier = {f for w in tokens(before) for f in forms(w)}
    return any(forms(w) & earlier for m in _DEMONSTRATIVE.finditer(sentence) for w in tokens(m.group(1))[:1])


_DAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)


_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|he|his|she|her)\b", re.I)


_IN_PLACE = re.compile(
    r"((?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+)*)\s+(?:(?:neighbou?rhood|district|town|village|suburb|quarter|camp|area|city)\s+)?"
    r"in\s+(?:the\s+)?((?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+)*)"
)
_NOT_PLACE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|The|A|An|It|He|She|They|We|This|That)$")


def within_pairs(text: str) -> list[tuple[str, str]]:
    """(place, the place it lies in) for each 'X in Y' of two names ('al-Zeta neighborhood in Zenda' -> (al-zeta,
    zenda)); days, months and sentence-start words are no places."""
    out = []
    for m in _IN_PLACE.finditer(text):
        a, b = m.group(1), m.group(2)
        if _NOT_PLACE.match(a.split()[-1]) or _NOT_PLACE.match(b.split()[0]):
            continue
        out.append((a.lower(), b.lower()))
    return out


def check_within(claim: Claim, unit: str) -> list[Problem]:
    """A place put inside another than the evidence puts it ('al-Zeta neighborhood in Ostia' against 'al-Zeta
    neighborhood in Zenda'): the evidence locates the same place, never in the claim's."""
    theirs = within_pairs(unit)
    for a, b in within_pairs(claim.text):
        same = [(c, d) for c, d in theirs if stated(a, c) or stated(c, a)]
        if same and not any(stated(b, d) or stated(d, b) for _, d in same) and not any(stated(a, c) and stated(b, d) for c, d in theirs):
            return [Problem("place", f"the evidence puts {a} in {same[0][1]}, the claim in {b}", True)]
    return []
