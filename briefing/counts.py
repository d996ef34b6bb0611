"""Count rules: a number must be stated, count the same thing and the same event, and stay bound to its place;
quantifiers ('all', 'only') and comparisons ('more', 'rose') keep their strength and direction."""
from __future__ import annotations

import re

from .claims import Claim, Quantity, clauses, directions, quantifiers, quantities, real_names
from .lemmas import NUMBER_WORDS, tokens, vocabulary
from .matching import Problem, split_sentences, word_stated


_GENERIC_UNITS = frozenset("people person other total".split())  # counts that say no more than the evidence


def check_numbers(claim: Claim, unit: str, context: str) -> list[Problem]:
    """Every number is stated, counting the same thing and the same event ('12 killed' is not '12 wounded')."""
    out: list[Problem] = []
    found = quantities(unit)
    wider = quantities(context) if context != unit else found
    for q in claim.quantities:
        same = [e for e in found if abs(e.value - q.value) < 1e-9 and e.percent == q.percent] or [e for e in wider if abs(e.value - q.value) < 1e-9 and e.percent == q.percent]
        if not same:
            out.append(Problem("value", f"number '{q.text.split()[0]}' is not stated in the evidence"))
            continue
        if q.unit and q.unit not in _GENERIC_UNITS and not any(_same_unit(q, e) for e in same):
            out.append(Problem("number", f"the evidence counts {same[0].value:g} '{same[0].unit}', the claim {q.value:g} '{q.unit}'"))
            continue
        if q.event and not any(e.event is None or e.event == q.event for e in same):
            out.append(Problem("number", f"the evidence says {same[0].value:g} {same[0].event}, the claim says {q.event}"))
    return out


def check_count_events(claim: Claim, unit: str) -> list[Problem]:
    """A count of people something befell ('25 people killed') is not a measure that happens to share its value
    ('40 km (25 miles)'): when the evidence's same number counts another event ('25 others were wounded') and
    otherwise only a measured unit, the claim binds the number to the wrong event."""
    out: list[Problem] = []
    found = quantities(unit)
    for q in claim.quantities:
        if not q.event or q.percent:
            continue
        same = [e for e in found if abs(e.value - q.value) < 1e-9 and not e.percent]
        if not same or any(e.event == q.event for e in same):
            continue
        other = [e for e in same if e.event and e.event != q.event]
        loose = [e for e in same if not e.event]
        if other and loose and all(e.unit and e.unit not in _GENERIC_UNITS and not _same_unit(q, e) for e in loose):
            out.append(Problem("number", f"the evidence says {q.value:g} {other[0].event}, the claim says {q.event}", True))
    return out


_COUNT_OF = re.compile(r"\b(?:number|total|toll|tally|count|numbers)\s+of\s+(?:the\s+)?([a-z][\w-]+)", re.I)


COUNT_OF_WINDOW = 120  # characters before a number where 'the number of X' names what it counts (a clause)


def counted_noun(text: str, q: Quantity) -> str | None:
    """What a bare number counts when the sentence says it before it: 'the number of towns ... rose to 83' -> 'towns'."""
    at = text.find(q.text.split()[0]) if q.text else -1
    if at < 0:
        return None
    before = re.split(r"[;:.!?]\s", text[max(0, at - COUNT_OF_WINDOW) : at])[-1]
    hits = _COUNT_OF.findall(before)
    return hits[-1].lower() if hits else None


def check_count_nouns(claim: Claim, unit: str) -> list[Problem]:
    """'The number of breaches reached 83' against 'the number of towns ... to 83': the same number counts another thing."""
    out: list[Problem] = []
    for q in claim.quantities:
        mine = counted_noun(claim.text, q)
        if mine is None:
            continue
        theirs = [counted_noun(s, e) for s in split_sentences(unit) for e in quantities(s) if abs(e.value - q.value) < 1e-9]
        if not theirs or None in theirs:
            continue
        vocab = vocabulary(mine)
        if not any(word_stated(t, vocab) for t in theirs if t):
            out.append(Problem("number", f"the evidence's {q.value:g} counts '{theirs[0]}', the claim's '{mine}'"))
    return out


def _bound_numbers(text: str, values: set[float]) -> dict[str, float]:
    """Each name of a sentence with the count (among `values`) it belongs to: the nearest one before it in its clause
    ('5000 left Alpha and Beta while 2200 left Gamma'). A name before every count ('attacks on Alpha killed 7') is
    where the whole event happened, bound to none."""
    out: dict[str, float] = {}
    for clause in clauses(text):
        qs = sorted((m.start(), q.value) for q in quantities(clause) if q.value in values for m in [re.search(re.escape(q.text.split()[0]), clause)] if m)
        if not qs:
            continue
        low = clause.lower()
        for n in real_names(clause):
            at = low.find(n)
            if at < 0:
                continue
            before = [v for pos, v in qs if pos < at]
            if before:
                out[n] = before[-1]
    return out


def _clause_numbers(text: str, values: set[float]) -> dict[str, float]:
    """Names after the count in the claim's clauses that hold exactly one of the counts, with that count."""
    out: dict[str, float] = {}
    for clause in clauses(text):
        held = {q.value for q in quantities(clause)} & values
        if len(held) == 1:
            out.update(_bound_numbers(clause, held))
    return out


def check_count_places(claim: Claim, unit: str) -> list[Problem]:
    """Two counts of the claim swapped between two names: the claim puts a name in a clause with one count, and the
    evidence sentence that states both numbers binds that name to the other ('2,200 from Gamma' against '5,000 ...
    from Gamma'). A claim clause that holds both counts binds neither ('66 civilians, among them 13 children')."""
    values = {q.value for q in claim.quantities}
    if len(values) < 2:
        return []
    mine = _clause_numbers(claim.text, values)
    for s in split_sentences(unit):
        have = {q.value for q in quantities(s)}
        if not values <= have:
            continue
        theirs = _bound_numbers(s, values)
        for n, v in mine.items():
            if n in theirs and theirs[n] != v and theirs[n] in values:
                return [Problem("number", f"the evidence gives {n} {theirs[n]:g}, the claim {v:g}", True)]
    return []


def _same_unit(q: Quantity, e: Quantity) -> bool:
    """Two counts of the same thing: the evidence names nothing it counts, or it describes every word the claim uses
    for it ('30 rebel fighters' in '30 Ruritanian rebel fighters'; 'pro-Osman fighters' in 'fighters loyal to Osman')."""
    if e.unit is None or e.unit == q.unit or place_reference(q, e):
        return True
    vocab = vocabulary(e.after)
    named = name_modifiers(q) if not _names_counted(e) else set()
    return all(word_stated(w, vocab) or any(word_stated(p, vocab) for p in w.split("-") if len(p) > 3) for t in q.nouns if t not in named for w in tokens(t)[:1])


# Where the phrase naming what a number counts ends ('10 members of the group according to the agency' -> 'members of the group')
_COUNTED_END = re.compile(r"[,;:.!?()]|\b(?:according|in|on|at|near|when|after|before|who|which|that|since|during|as|while|and\s+(?:wounded|injured|killed))\b")


def _names_counted(e: Quantity) -> bool:
    """The evidence names whom its number counts ('132 Islamic State fighters', '175 members of the Islamist militants'),
    rather than describing them in common words ('10 members of the group')."""
    phrase = _COUNTED_END.split(e.after, maxsplit=1)[0]
    return any(w[:1].isupper() for w in phrase.split())


def name_modifiers(q: Quantity) -> set[str]:
    """The capitalised words among what a number counts ('10 Velmar Front members' -> velmar, front): names, which
    check_names requires in the evidence on their own when the evidence counts a common noun ('10 members of the group');
    the common nouns ('members') must be what the evidence counts."""
    words = [w.strip(",.;:'\"") for w in q.after.split()]
    named = {w.lower() for w in words if w[:1].isupper()}
    # a count made of names alone ('3 Russians') keeps them: the counted noun is then the name
    return named if any(t not in named for t in q.nouns) else set()


_PLACE_NOUNS = frozenset("country countri city town province region area territori territory village capital state".split())


def place_reference(q: Quantity, e: Quantity) -> bool:
    """'60 per cent of the country' counts the place the claim names ('60 per cent of Ruritania'): the evidence's counted
    noun is a generic place word after 'the', the claim's a capitalised name (whose presence check_names tests)."""
    if e.unit not in _PLACE_NOUNS or not re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+the\s", e.after, re.I):
        return False
    m = re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+)?([A-Z][\w'’-]+)", q.after)
    return m is not None


def check_quantifier(claim: Claim, unit: str) -> list[Problem]:
    """'all', 'only', 'most' are assertions: the evidence must state the same strength ('all' stands for 'most')."""
    have = quantifiers(unit)
    out = []
    for q in sorted(quantifiers(claim.text)):
        if q in have or (q == "most" and "all" in have):
            continue
        out.append(Problem("quantifier", f"the claim says '{q}', the evidence does not"))
    return out


def check_comparison(claim: Claim, unit: str) -> list[Problem]:
    """A comparison or change ('more', 'rose', 'reducing') must be stated in the same direction by the evidence."""
    have = directions(unit)
    out = []
    for d in sorted(directions(claim.text)):
        if d in have:
            continue
        other = "down" if d == "up" else "up"
        if other in have:
            out.append(Problem("comparison", f"the evidence states a change '{other}', the claim '{d}'", True))
        else:
            out.append(Problem("comparison", f"the claim compares ('{d}'), the evidence states no such comparison"))
    return out


# ---- a span of time: 'for a week' is not 'two days' ----

_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.0, "year": 365.0, "decade": 3650.0}
_AMOUNT = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?)[\s-]+(hour|day|week|fortnight|month|year|decade)s?\b", re.I)
SAME_SPAN = 0.05  # relative difference under which two spans are one ('12 months' and 'a year', 364 and 365 days)


def spans(text: str) -> list[tuple[str, float]]:
    """Each stated span of time with its length in days ('for a week' -> 7, 'two-day visit' -> 2, '48 hours' -> 2);
    vague ones ('several weeks', 'last week') are none."""
    out = []
    for m in _AMOUNT.finditer(text):
        raw = m.group(1).lower()
        n = 1 if raw in ("a", "an") else NUMBER_WORDS.get(raw) or float(raw)
        out.append((m.group(0), n * _DAYS[m.group(2).lower()]))
    return out


def check_durations(claim: Claim, unit: str, context: str) -> list[Problem]:
    """A span of time the claim states must be one the evidence states when the evidence unit states spans: 'was
    cross-examined for a week' against 'has spent two days being cross-examined' (no number to compare: 'a week'). The
    span may stand in the sentences around the unit (`context`)."""
    theirs = spans(unit)
    if not theirs:
        return []
    near = theirs + spans(context)
    for text, days in spans(claim.text):
        if not any(abs(days - d) <= SAME_SPAN * max(days, d) for _, d in near):
            return [Problem("value", f"the claim's span '{text}' is not the evidence's ('{theirs[0][0]}')")]
    return []
