"""The claim verifier: does this evidence state what this sentence asserts?

`judge(claim, evidence)` decomposes the claim (claims.py) and checks each part
against the evidence unit (one evidence sentence, or two adjacent ones) that
covers it best:

- names, numbers, dates and places it states must be stated there (cheap
  pre-filters: a miss ends the check);
- each number must count the same thing ('12 soldiers' is not '12 people killed');
- polarity must agree: a negated or denied statement never supports the positive,
  and a negated claim is not supported by the positive;
- who-does-what-to-whom must agree in direction and target (relations.py);
- a hedged statement ('reportedly', 'is believed') never supports a certain one;
- a claim 'X said' needs X as the speaker in the evidence;
- every clause of the claim must be stated: no content beyond the evidence.

Verdicts: supported (every part stated), partial (the core is stated but a part
is not: an added detail, a lost hedge, a different count), unsupported (not
stated), contradicted (the evidence states the opposite: negation, swapped roles).
Only 'supported' passes the citation check (cite.py); generated sentences judged
'partial' are dropped like unsupported ones.

An optional judge with the same contract decides after the same pre-filters: the
configured chat model (settings.cite.judge = "llm", prompts/judge_*.md; when it
fails or answers off-contract the rules decide) or a local NLI cross-encoder
(settings.cite.judge = "nli", nli.py). `Verdict.judge` names which decided.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .claims import (
    Claim,
    Quantity,
    attributions,
    bearings,
    causes,
    clauses,
    date_mentions,
    event_class,
    decompose,
    directions,
    hedge_scopes,
    hedges,
    modalities,
    modality_scopes,
    negation_scopes,
    negations,
    opposite_bearing,
    opposites,
    places,
    quantifiers,
    quantities,
    real_names,
    strip_hedges,
    strip_meta,
)
from .lemmas import forms, lemma, number_value, spelling, tokens, vocabulary
from .lexical import STOPWORDS, names, numbers, stem, terms
from .relations import Relation, extract, same_party
from .types import Verdict

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["Problem", "judge", "stated"]

Embed = Callable[[list[str]], np.ndarray]

# Thresholds set by hand, then checked on the tune half of benchmarks/claims only (benchmarks/verify.py; test half unseen).
COVER_ALONE = 0.80  # share of a clause's content words the evidence states: enough without the embedder
COVER_WITH_COSINE = 0.50  # a paraphrase: at least half its words stated ...
CLAUSE_COSINE = 0.62  # ... and this close in meaning to the evidence unit
COSINE_ALONE = 0.80  # a close paraphrase with few shared words: this cosine and every name/number stated
PARTIAL_COVER = 0.50  # below this share of stated content a failing claim is unsupported, not partial
NEGATION_OVERLAP = 1  # content words a negated evidence clause must share with a claim to touch it
HEDGE_OVERLAP = 2  # content words a hedged evidence clause must share with a claim to touch it
MODAL_OVERLAP = 2  # content words a planned/asked/conditional evidence clause must share with a claim to touch it
CAUSE_COVER = 0.67  # share of the claim's stated cause the evidence's cause must state
_GENERIC_UNITS = frozenset("people person other total".split())  # counts that say no more than the evidence


@dataclass
class Problem:
    """One assertion of the claim that the evidence does not state (or contradicts)."""

    kind: str  # name, number, date, polarity, relation, hedge, speaker, content
    reason: str
    contradicts: bool = False


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().strip(".").lower()


def stated(term: str, text: str) -> bool:
    """A name or number is stated in a text, allowing 'Ruritanian'/'Ruritania' and 'Elbonia-backed'/'Elbonia'."""
    t = text.lower().replace("’", "'")
    term = term.lower().replace("’", "'")
    # an apostrophe-less possessive ('Ruritanias') states 'Ruritania's'; '5,000' states '5000'
    if any(v in t or v in t.replace(",", "") for v in {term, term.replace("'s", "s"), term.replace("'s", "")}):
        return True
    stem_ = term[: max(5 if len(term) >= 6 else 4, len(term) - 3)]
    if len(term) >= 5 and re.search(r"\b" + re.escape(stem_), t) is not None:
        return True
    return _acronym(term, text) or expands(term, text)


_NAME_GLUE = frozenset("of for the and al el de".split())


def _acronym(term: str, text: str) -> bool:
    """A name of two or more words stated by its acronym ('Zenda Observatory' by 'ZOHR', 'National Defense Forces' by 'NDF')."""
    words = [w for w in re.split(r"[\s-]+", term) if w and w not in _NAME_GLUE]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    return any(a.startswith(initials) for a in re.findall(r"\b[A-Z]{3,6}\b", text))


_CAP_RUN = re.compile(r"[A-Z][\w'’-]*(?:[\s-]+(?:(?:of|for|the|and|al|el|de)[\s-]+)*[A-Z][\w'’-]*)+")


def expands(term: str, text: str) -> bool:
    """An acronym is stated by the name it stands for ('ZDF' by 'Zendan Democratic Forces', 'ZOHR' by 'Zendan Observatory
    for Human Rights'): a run of capitalised words whose initials, glue words aside, spell it."""
    t = term.replace(".", "")
    if not 3 <= len(t) <= 6 or not t.isalpha():
        return False
    t = t.upper()
    for m in _CAP_RUN.finditer(text):
        words = [w for w in re.split(r"[\s-]+", m.group(0)) if w and w.lower() not in _NAME_GLUE]
        initials = "".join(w[0] for w in words).upper()
        if initials.startswith(t) or initials.endswith(t):
            return True
    return False


def _covered(word: str, vocab: set[str]) -> bool:
    if word in vocab:
        return True
    if len(word) >= 5:
        p = word[:5]
        return any(v.startswith(p) for v in vocab if len(v) >= 5)
    return False


def _stated_word(word: str, vocab: set[str]) -> bool:
    """One word is stated by a vocabulary of word forms: a shared form (lemma, spelling, synonym) or a shared 5-letter prefix."""
    fs = forms(word)
    if fs & vocab:
        return True
    return any(_covered(f, vocab) for f in fs if len(f) >= 5)


def coverage(text: str, unit: str) -> tuple[float, list[str]]:
    """Share of the text's content words the unit states (any word form, shared 5-letter prefixes), and the ones it does not."""
    words = list(dict.fromkeys(tokens(text)))
    if not words:
        return 1.0, []
    vocab = vocabulary(unit)
    missing = [w for w in words if not _stated_word(w, vocab)]
    return 1 - len(missing) / len(words), missing


# ---- the rules: each takes the decomposed claim and the evidence unit ------------------------------


def check_names(claim: Claim, unit: str, context: str) -> list[Problem]:
    """Every name the claim states is stated in the evidence unit or the cited context (titles, neighbours)."""
    return [Problem("name", f"claim adds '{n}': not in the evidence") for n in sorted(claim.actors) if not stated(n, unit) and not stated(n, context)]


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
        theirs = [counted_noun(s, e) for s in _sentences(unit) for e in quantities(s) if abs(e.value - q.value) < 1e-9]
        if not theirs or None in theirs:
            continue
        vocab = vocabulary(mine)
        if not any(_stated_word(t, vocab) for t in theirs if t):
            out.append(Problem("number", f"the evidence's {q.value:g} counts '{theirs[0]}', the claim's '{mine}'"))
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s.strip()]


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
    for s in _sentences(unit):
        have = {q.value for q in quantities(s)}
        if not values <= have:
            continue
        theirs = _bound_numbers(s, values)
        for n, v in mine.items():
            if n in theirs and theirs[n] != v and theirs[n] in values:
                return [Problem("number", f"the evidence gives {n} {theirs[n]:g}, the claim {v:g}", True)]
    return []


_CAP_NAME = r"((?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-|of\s+)?[A-Z][\w'’-]+)*)"


def check_substitution(claim: Claim, unit: str | Sequence[str]) -> list[Problem]:
    """A name the evidence unit lacks, where the unit names another in the same words ('supported by Elbonia' against
    'supported by Freedonia'): the evidence says someone else did it or had it done.

    The shared words either side must include a content word, so 'in the' or 'and' alone never binds two names.
    """
    out: list[Problem] = []
    sentences = [unit] if isinstance(unit, str) else list(unit)
    for n in sorted(claim.actors):
        m = re.search(r"\b" + re.escape(n) + r"\b", claim.text, re.I)
        if not m:
            continue
        before = re.findall(r"[A-Za-z][\w-]*", claim.text[: m.start()])[-2:]
        after = re.findall(r"[A-Za-z][\w-]*", claim.text[m.end():])[:2]
        pats = []
        if len(before) == 2 and any(terms(w) for w in before) and not any(w[0].isupper() for w in before):
            pats.append(r"\b" + r"\s+".join(map(re.escape, before)) + r"\s+(?:the\s+)?" + _CAP_NAME)
        if len(after) == 2 and any(terms(w) for w in after) and not any(w[0].isupper() for w in after):
            pats.append(_CAP_NAME + r"\s+" + r"\s+".join(map(re.escape, after)) + r"\b")
        ctx_words = [w.lower() for w in before + after if terms(w)]
        if any(stated(n, u) and all(w in u.lower() for w in ctx_words) for u in sentences):
            continue  # the claim's own phrase is stated
        for pat in pats:
            for hit in (h for u in sentences if not stated(n, u) for h in re.finditer(pat, u)):
                other = hit.group(1)
                if other.lower() in _SENTENCE_START or any(stated(w.lower(), claim.text) for w in other.split() if w[:1].isupper()):
                    continue
                out.append(Problem("name", f"the evidence says '{other}' where the claim says '{n}'", True))
                break
            if out and out[-1].reason.endswith(f"'{n}'"):
                break
    return out


_SENTENCE_START = frozenset("the a an it he she they this that these those its their his her".split())


def _same_unit(q: Quantity, e: Quantity) -> bool:
    """Two counts of the same thing: the evidence names nothing it counts, or it describes every word the claim uses
    for it ('30 rebel fighters' in '30 Ruritanian rebel fighters'; 'pro-Osman fighters' in 'fighters loyal to Osman')."""
    if e.unit is None or e.unit == q.unit or place_reference(q, e):
        return True
    vocab = vocabulary(e.after)
    return all(_stated_word(w, vocab) or any(_stated_word(p, vocab) for p in w.split("-") if len(p) > 3) for t in q.nouns for w in tokens(t)[:1])


_PLACE_NOUNS = frozenset("country countri city town province region area territori territory village capital state".split())


def place_reference(q: Quantity, e: Quantity) -> bool:
    """'60 per cent of the country' counts the place the claim names ('60 per cent of Ruritania'): the evidence's counted
    noun is a generic place word after 'the', the claim's a capitalised name (whose presence check_names tests)."""
    if e.unit not in _PLACE_NOUNS or not re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+the\s", e.after, re.I):
        return False
    m = re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+)?([A-Z][\w'’-]+)", q.after)
    return m is not None


def check_dates(claim: Claim, unit: str, context: str) -> list[Problem]:
    """Every date the claim states is stated in the evidence ('on Monday', 'December 2', '2016')."""
    out = []
    for d in claim.dates:
        parts = [p for p in re.findall(r"\w+", d) if p.lower() not in ("st", "nd", "rd", "th")]
        if not all(re.search(r"\b" + re.escape(p) + r"(?:st|nd|rd|th)?\b", unit, re.I) or re.search(r"\b" + re.escape(p) + r"(?:st|nd|rd|th)?\b", context, re.I) for p in parts):
            out.append(Problem("date", f"claim adds the date '{d}'"))
    return out


# Words between a negation and what it negates ('has not said whether it will let ...' negates 'let')
_NOT_HEAD = frozenset("whether yet even ever immediately able".split())


def _head(scope_text: str, skip: set[str]) -> str | None:
    """The first content word a negation governs: the negated verb or noun ('did not send troops' -> 'send')."""
    for w in terms(scope_text):
        if w not in skip and w not in _NOT_HEAD and not w[0].isdigit():
            return w
    return None


def check_polarity(claim: Claim, unit: str) -> list[Problem]:
    """A negated or denied statement never supports the positive, and the positive never supports a negated claim.

    A negation touches a claim when the word it governs (its head) is one the claim states.
    """
    out: list[Problem] = []
    claim_names = {t for n in claim.actors for t in terms(n)}
    unit_scopes = negation_scopes(unit)
    claim_scopes = negation_scopes(claim.text)
    if not claim.negations:
        vocab = vocabulary(claim.text)
        for cue, scope, heads in negated_heads(unit, claim_names):
            shared = {w for w in scope if _stated_word(w, vocab)} - claim_names
            if any(_stated_word(h, vocab) for h in heads) and len(shared) >= NEGATION_OVERLAP and _positive_support(claim, unit, heads) <= len(shared):
                out.append(Problem("polarity", f"negated in the evidence ('{cue} ... {' '.join(sorted(shared))}'), stated as positive by the claim", True))
                break
        return out + check_elliptic_negation(claim, unit)
    unit_terms = set(terms(unit))
    for cue, scope, head in _heads(claim.text, claim_names):
        if head and _in(head, unit_terms) and not any(_in(head, s) for _, s in unit_scopes) and len(claim_scopes) > len(unit_scopes) - 1:
            out.append(Problem("polarity", f"the claim negates '{cue} {head}', the evidence states it", True))
            break
    return out


def _in(word: str, words: set[str]) -> bool:
    """A stemmed word is among others by any word form ('loss' among 'lost')."""
    mine = forms(word)
    return any(mine & forms(w) for w in words)


def _heads(text: str, names_: set[str]) -> list[tuple[str, set[str], str | None]]:
    """Each negation cue of a text with its scope and head word."""
    from .claims import _NEGATION

    out = []
    for m, (cue, scope) in zip(_NEGATION.finditer(text), negation_scopes(text)):
        rest = re.split(r"[,;:.!?]", text[m.end():])[0]
        out.append((cue, scope, _head(rest, names_)))
    return out


def _positive_support(claim: Claim, unit: str, heads: list[str]) -> int:
    """The most claim words one clause of the evidence without a negation states, when it states the negated word too:
    more than the negated clause shares ('did not capture the village but captured the town' for 'captured the town')
    and the negation is about something else. A positive clause without the negated word ('X visited Y, although Z
    refused to confirm it' for 'Z confirmed') leaves the negation standing."""
    words = [w for w in dict.fromkeys(tokens(strip_hedges(claim.text)))]
    best = 0
    for c in clauses(unit):
        if not negations(c):
            vocab = vocabulary(c)
            if any(_stated_word(h, vocab) for h in heads):
                best = max(best, sum(_stated_word(w, vocab) for w in words))
    return best


# A negated noun or adjective that takes a verb ('not in a position to confirm', 'rejected calls ... to halt',
# 'no plans to withdraw'): the verb after 'to' is negated too.
_TO_VERB = re.compile(r"^(?:\s+[\w'’.-]+){0,8}?\s+to\s+(?!the\b|a\b|an\b)([a-z][\w-]+)", re.I)


def negated_heads(text: str, names_: set[str]) -> list[tuple[str, set[str], list[str]]]:
    """Each negation cue with its scope and the words it negates: its head, and the verb of a 'to' complement the head
    takes ('refused calls by the opposition to halt the bombing' negates 'calls' and 'halt')."""
    out = []
    for cue, scope, head in _heads(text, names_):
        heads = [head] if head else []
        m = re.search(re.escape(cue) + r"\b", text, re.I)
        rest = re.split(r"[,;:.!?]", text[m.end():])[0] if m else ""
        to = _TO_VERB.match(rest)
        if to and to.group(1).lower() not in _NOT_HEAD:
            heads.append(to.group(1).lower())
            scope = scope | set(terms(rest))  # the complement's words are negated with it
        out.append((cue, scope, heads))
    return out


_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)"
_ELLIPTIC = re.compile(rf"\b{_AUX}\s*(?:not|n[’']t)\s*(?:[.;!?]|$)", re.I)
ELLIPTIC_OVERLAP = 2  # content words of the negated subject a claim must state: one could be a shared modifier


def check_elliptic_negation(claim: Claim, unit: str) -> list[Problem]:
    """An elliptical negation denies what the sentence before said of another subject ('Agent X is a nerve agent.
    Agents Y and Z are not.'): a positive claim about that subject is contradicted."""
    if claim.negations:
        return []
    for m in _ELLIPTIC.finditer(unit):
        start = max(unit.rfind(". ", 0, m.start()), unit.rfind("; ", 0, m.start()))
        subject = unit[start + 1 : m.start()]
        subject = re.split(r"\b(?:which|who|that)\b", subject)[0]
        vocab = vocabulary(claim.text)
        shared = {w for w in terms(subject) if _stated_word(w, vocab)}
        if len(shared) >= ELLIPTIC_OVERLAP:
            return [Problem("polarity", f"the evidence denies it of {' '.join(sorted(shared))} ('{m.group(0).strip()}')", True)]
    return []


def _compatible(claim_kind: str, ev: Relation) -> bool:
    if ev.kind == claim_kind:
        return True
    return claim_kind == "back" and ev.backing


def matched_relations(claim: Claim, unit: str) -> list[Relation]:
    """The claim's relations the evidence states with the same agent, target and polarity."""
    evidence = extract(unit)
    out = []
    for rc in claim.relations:
        if any(_compatible(rc.kind, e) and e.negated == rc.negated and (rc.agent is None or same_party(e.agent, rc.agent)) and (rc.target is None or same_party(e.target, rc.target)) and (rc.agent or rc.target) for e in evidence):
            out.append(rc)
    return out


def _plays(party: str | None, role: str | None, unit: str, start: int, end: int, window: bool = True) -> bool:
    """A claim's party fills the evidence relation's role: the same party, or named in the role's phrase ('positions of X')."""
    if same_party(party, role):
        return True
    if not party or not role:
        return False
    if not window and not _GENERIC_ROLE.search(role):
        return False  # before a passive verb stands its target, not its agent
    window = unit[max(0, start) : max(0, end)]
    return any(stated(w.lower(), window) for w in re.findall(r"[A-Z][\w-]{2,}", party))


_PASSIVE_AT = re.compile(r"[\w-]+\s+(?:\w+ly\s+)?by\b")  # a relation stated as 'targeted by X'
# Role phrases that stand for a party named next to them ('positions of X', 'X's hideouts')
_GENERIC_ROLE = re.compile(
    r"\b(?:positions?|areas?|bases?|hideouts?|headquarters|territor\w+|towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|targets?|sites?|districts?|parts?|"
    r"strongholds?|camps?|convoys?|members|ranks|units?|lines?|fronts?|posts?|checkpoints?|depots?)\b",
    re.I,
)


def check_relations(claim: Claim, unit: str) -> list[Problem]:
    """Who does what to whom: same direction, same target, same polarity as the evidence states it."""
    out: list[Problem] = []
    evidence = extract(unit)
    for rc in claim.relations:
        if rc.agent is None or rc.target is None:
            continue
        comp = [e for e in evidence if _compatible(rc.kind, e)]
        match = [e for e in comp if _plays(rc.agent, e.agent, unit, e.start - 40, e.start, not _PASSIVE_AT.match(unit, e.start)) and _plays(rc.target, e.target, unit, e.end, e.end + 60)]
        if any(e.negated == rc.negated for e in match):
            continue
        if match:
            e = match[0]
            which = "the evidence negates it" if e.negated else "the claim negates it"
            out.append(Problem("relation", f"'{rc.agent} {rc.verb} {rc.target}': {which}", True))
            continue
        swapped = [e for e in comp if same_party(e.agent, rc.target) and same_party(e.target, rc.agent) and e.negated == rc.negated]
        if swapped:
            e = swapped[0]
            out.append(Problem("relation", f"the evidence says {e.agent} {e.verb} {e.target}, the claim says {rc.agent} {rc.verb} {rc.target}", True))
            continue
        # the evidence says who does this to whom with these parties, and never as the claim has it
        involved = [e for e in comp if same_party(e.agent, rc.agent) or same_party(e.target, rc.target)]
        if involved and all(e.agent and e.target for e in involved) and all(_other_party(e, rc, unit) for e in involved):
            e = involved[0]
            out.append(Problem("relation", f"the evidence says {e.agent} {e.verb} {e.target}, the claim says {rc.agent} {rc.verb} {rc.target}"))
    return out


def _other_party(e: Relation, rc: Relation, unit: str) -> bool:
    """The evidence relation has another party where the claim has its own, not a description of the claim's
    ('fighters from ... Elbonia' for 'Elbonia', 'thousands of civilians' for 'civilians', 'a coalition of groups')."""
    for mine, theirs in ((rc.agent, e.agent), (rc.target, e.target)):
        if same_party(mine, theirs) or not mine or not theirs:
            continue
        words = {w for w in terms(mine) if len(w) > 2}  # 'al-' is not a shared name
        if not words or words & set(terms(theirs)):
            continue
        at = unit.find(theirs)
        if at >= 0:
            after = unit[at + len(theirs) : at + len(theirs) + 60]
            before = unit[max(0, at - 40) : at]
            if all(stated(w, after) for w in words) or (re.search(r"\b(?:of|and)\s+$", before) and all(stated(w, before) for w in words)):
                continue
        return True
    return False


_BE = re.compile(r"\b(?:was|were|is|are|be|been|being|has been|have been|had been)\s+(?:\w+ly\s+)?$", re.I)
_ROLE_STOP = re.compile(r"[,;:.!?\"“”]|\b(?:while|whereas|but|which|who|when|after|before|as|because|and then)\b", re.I)
_PATIENT_END = re.compile(r"\b(?:in|on|at|near|during|over|after|before|since|for|with|from|into|across|around|under|amid|south|north|east|west)\b", re.I)
ROLE_WORDS = 6  # content words either side of a verb read as its agent or patient (about a noun phrase and its modifiers)


_ROLE_SKIP = frozenset("least dozens hundreds thousands several many today yesterday overnight tonight monday tuesday wednesday thursday friday saturday sunday".split())


def _words(text: str, last: bool) -> list[str]:
    ws = [w for w in tokens(text) if not w[0].isdigit() and w not in _ROLE_SKIP and not w.endswith("ly")]
    return ws[-ROLE_WORDS:] if last else ws[:ROLE_WORDS]


def roles(text: str, verb: str) -> list[tuple[list[str], list[str]]]:
    """(agent words, patient words) of each use of a verb ('X was hit by Y' -> ([Y], [X]); 'Y hit X' -> ([Y], [X])).

    Only the clause around the verb is read; a passive without 'by' has no agent words.
    """
    out = []
    target = lemma(spelling(verb))
    for m in re.finditer(r"[A-Za-z][\w'’-]*", text):
        if lemma(spelling(m.group(0).lower())) != target:
            continue
        before = _ROLE_STOP.split(text[: m.start()])[-1]
        after = _ROLE_STOP.split(text[m.end():])[0]
        by = re.match(r"^\s*(?:\w+\s+){0,2}?by\s+(.*)$", after, re.I)
        if _BE.search(before) or by:
            agent = _words(_PATIENT_END.split(by.group(1))[0], False) if by else []
            out.append((agent, _words(_BE.sub("", before), True)))
        else:
            out.append((_words(before, True), _words(_PATIENT_END.split(after)[0], False)))
    return out


def _overlap(a: list[str], b: list[str]) -> int:
    vocab = {f for w in b for f in forms(w)}
    return sum(_stated_word(w, vocab) for w in dict.fromkeys(a))


_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?([a-z][\w-]+)|\b([a-z][\w-]+)(?:\s+(?:down|up|off|out))?\s+by\b")


def _passive_verbs(text: str) -> list[str]:
    """Words used as passive verbs: after a form of 'be' ('was hit') or before 'by' ('surrounded by')."""
    out = []
    for m in _PASSIVE.finditer(text):
        w = (m.group(1) or m.group(2)).lower()
        if w not in _NOT_VERB and (w.endswith(("ed", "en", "wn")) or lemma(w) != w):  # a participle
            out.append(w)
    return out


_NOT_VERB = frozenset("a an the not no also still being been to in on at".split())


def check_roles(claim: Claim, unit: str) -> list[Problem]:
    """Who did it and to whom, read from word order around a verb the claim and evidence share, where either puts it
    in the passive with 'by' ('the Coalition was condemned by Ruritania' against 'the Coalition condemns ... Ruritanian forces').

    Roles are reversed when the claim's agent and patient meet the evidence's patient and agent in at least
    ROLE_REVERSED words and in more words than they meet the evidence's own agent and patient.
    """
    passive = {lemma(spelling(v)) for text in (claim.text, unit) for v in _passive_verbs(text)}
    for w in dict.fromkeys(tokens(claim.text)):
        if w[0].isdigit() or lemma(spelling(w)) not in passive:
            continue
        mine, theirs = roles(claim.text, w), roles(unit, w)
        if not mine or not theirs:
            continue
        for ca, cp in mine:
            if not ca or not cp:
                continue
            for ea, ep in theirs:
                straight = _overlap(ca, ea) + _overlap(cp, ep)
                reverse = _overlap(ca, ep) + _overlap(cp, ea)
                if ea and ep and reverse >= ROLE_REVERSED and reverse > straight:
                    return [Problem("relation", f"the evidence has the roles of '{w}' the other way round ({' '.join(ea) or '?'} -> {' '.join(ep)})", True)]
    return []


ROLE_REVERSED = 2  # words of the claim's two parties found in the evidence's opposite roles: one word can be a shared modifier


def check_hedge(claim: Claim, unit: str) -> list[Problem]:
    """A reported, alleged or uncertain statement never supports a certain one."""
    if claim.hedges:
        return []
    approximate = _APPROXIMATE.search(claim.text) is not None
    for cue, scope in hedge_scopes(unit):
        if approximate and cue.startswith("estimat"):
            continue
        if claim.negations and any(set(terms(cue)) & scope for _, scope in negation_scopes(unit)):
            continue  # 'no evidence to support the allegation': the negation governs the hedge  # 'put the number at about 5,000' keeps an estimate's uncertainty
        if len(scope & claim.content) >= HEDGE_OVERLAP:
            return [Problem("hedge", f"the evidence is '{cue}', the claim is certain")]
    return []


def hedge_unit(claim: Claim, sentences: Sequence[str]) -> str:
    """The part of a two-sentence unit whose certainty the claim takes: the sentence stating its core, and the other one
    only when it states a claim name or HEDGE_OVERLAP claim words the core does not ('... investigates each credible allegation. Last
    month it acknowledged 700 deaths' does not hedge the acknowledgement)."""
    if len(sentences) < 2:
        return " ".join(sentences)
    core = core_sentence(claim, sentences)
    vocab = vocabulary(core)
    own = [w for w in dict.fromkeys(tokens(claim.text)) if not _stated_word(w, vocab)]
    # the other sentence counts when it states claim words the core lacks, or a name the core lacks ('Elbonian' taken
    # from the sentence about rumours is taken with its rumour)
    lacking = [n for n in claim.actors if not stated(n, core)]
    keep = [s for s in sentences if s is core or sum(_stated_word(w, vocabulary(s)) for w in own) >= HEDGE_OVERLAP or any(stated(n, s) for n in lacking)
            or any(_stated_word(w, vocabulary(after)) for after in _hedged_spans(s) for w in own)]
    return " ".join(keep)


def _hedged_spans(sentence: str) -> list[str]:
    """The words right after each hedge cue, up to the clause's end ('believed to be chlorine gas'): what the hedge doubts."""
    from .claims import _HEDGE

    return [re.split(r"[,;:.!?]|\b(?:but|while|which|who|when|after|before|because)\b", sentence[m.end():])[0] for m in _HEDGE.finditer(sentence)]


_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|up to|an estimated|estimated)\s+\d", re.I)


def check_speaker(claim: Claim, unit: str, context: str, core: str | None = None) -> list[Problem]:
    """A claim 'X said ...' needs X as the speaker in the evidence, and 'told Y' needs Y in the evidence.

    `core` is the evidence sentence that states the claim's content: when it names its own speaker,
    that speaker must be X (a speaker of a neighbouring sentence said something else).
    """
    out = []
    core = core or unit
    own = [b for b in attributions(core) if _named(b.speaker)]
    said = own if own else attributions(unit) + (attributions(context) if context != unit else [])
    for a in claim.attributions:
        if any(same_party(a.speaker, b.speaker) or stated(a.speaker.lower(), b.speaker.lower()) for b in said):
            continue
        if _speaks(a.speaker, core if own else unit):
            continue
        if own and re.search(r"\b" + re.escape(a.speaker) + r"\b", core, re.I):
            continue  # 'said Observatory chief Rami Abdel Rahman': the named person of the stating sentence
        if said:
            out.append(Problem("speaker", f"the evidence attributes it to {said[0].speaker}, the claim to {a.speaker}"))
        else:
            out.append(Problem("speaker", f"the evidence does not attribute it to {a.speaker}"))
    for m in re.finditer(r"\btold\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", claim.text):
        if not stated(m.group(1).lower(), unit):
            out.append(Problem("speaker", f"the evidence does not say it was told to {m.group(1)}"))
    return out


def _named(speaker: str) -> bool:
    """A speaker named with a capitalised word ('Rami Abdel Rahman', 'the WHO'), not 'he', 'it' or 'the source'."""
    return any(w[:1].isupper() for w in speaker.split()) and speaker.lower() not in ("he", "she", "it", "they", "we", "i")


def core_sentence(claim: Claim, sentences: Sequence[str]) -> str:
    """The evidence sentence that states most of the claim's content (its speaker's words aside)."""
    if len(sentences) == 1:
        return sentences[0]
    skip = {t for sp in claim_speakers(claim) for t in terms(sp)}
    words = [w for w in dict.fromkeys(terms(claim.text)) if w not in skip]
    return max(sentences, key=lambda s: sum(_covered(w, set(terms(s))) for w in words))


def _speaks(speaker: str, unit: str) -> bool:
    """The speaker is named before a verb of saying in the evidence ('the army, with its ally, said')."""
    m = re.search(r"\b(?:said|says|told|stated|announced|denied|claimed|added|insisted|warned|confirmed|declared|indicated|stressed)\b", unit)
    if not m:
        return False
    head = unit[: m.start()]
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", speaker) if w.lower() not in ("the",)]
    return bool(words) and all(stated(w.lower(), head) for w in words)


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


def check_modality(claim: Claim, unit: str) -> list[Problem]:
    """What is planned, attempted, asked, conditional or feared is not what happened, and the reverse.

    An evidence cue touches the claim when the claim states its head (the planned or asked verb) and its
    clause shares MODAL_OVERLAP content words with it;
    the claim must then use the same family (or hedge). A family the claim uses must be in the evidence.
    """
    mine = modalities(claim.text)
    out = []
    have = modalities(unit)
    for fam in sorted(mine - have):
        out.append(Problem("modality", f"the claim is '{fam}', the evidence is not"))
    if out:
        return out
    for fam, scope, heads in modality_scopes(unit):
        if fam in mine or (fam == "condition" and claim.hedges):
            continue
        if any(_same_word(h, w) for h in heads for w in claim.content) and len(scope & claim.content) >= MODAL_OVERLAP:
            out.append(Problem("modality", f"the evidence is '{fam}' ({' '.join(sorted(scope & claim.content)[:4])}), the claim states it as fact"))
            break
    return out


def _same_word(a: str, b: str) -> bool:
    """Two stems of one word ('fac' from 'faced', 'face'), or sharing a 5-letter prefix."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))) or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])


def check_cause(claim: Claim, unit: str) -> list[Problem]:
    """A cause the claim states must be the evidence's cause of the same effect, not reversed and not added."""
    links = causes(claim.text)
    if not links:
        return []
    theirs = causes(unit)
    if not theirs:
        return [Problem("cause", f"the claim states a cause ('{links[0][0]}'), the evidence does not")]
    out = []
    for cue, cause, effect in links:
        cc, ce = set(terms(cause)), set(terms(effect))
        best = max(theirs, key=lambda t: len(cc & set(terms(t[1]))) + len(ce & set(terms(t[2]))) + len(cc & set(terms(t[2]))) + len(ce & set(terms(t[1]))))
        uc, ue = set(terms(best[1])), set(terms(best[2]))
        straight, reverse = len(cc & uc) + len(ce & ue), len(cc & ue) + len(ce & uc)
        if reverse > straight:
            out.append(Problem("cause", f"the evidence gives the cause the other way round ('{cue}')", True))
            continue
        cov, missing = coverage(cause, best[1])
        if cov < CAUSE_COVER:
            out.append(Problem("cause", f"the evidence does not give this cause: {', '.join(missing[:4])}"))
    return out


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
        shared = [(sum(_stated_word(w, vocab) for w in e.anchor), e) for e in theirs]
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


ANTONYM_OVERLAP = 2  # other content words the claim and the evidence sentence share around an opposite pair: one is chance
_NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|n[’']t)\s+(?:\w+\s+){0,2}$", re.I)


def check_opposites(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A predicate the evidence states as its opposite ('declared the start of the ceasefire' against 'declared the end
    of the ceasefire', 'fell far from' against 'fell close to', 'the least effective' against 'the most effective').

    The evidence sentence must hold the opposite and not the claim's word, the claim not the opposite, and the two must
    share ANTONYM_OVERLAP other content words (the same statement); a negated opposite ('not far') is not one.
    """
    if claim.negations:
        return []
    mine = re.findall(r"[A-Za-z][\w'’-]*", claim.text)
    lower = {w.lower() for w in mine}
    vocab = vocabulary(claim.text)
    for w in dict.fromkeys(x.lower() for x in mine):
        opp = opposites(w)
        if not opp or opp & lower:
            continue
        same = {w} | {x for x in _same_side(w)}
        for s in sentences:
            words = [x.lower() for x in re.findall(r"[A-Za-z][\w'’-]*", s)]
            if same & set(words):
                continue
            hit = next((m for m in re.finditer(r"[A-Za-z][\w'’-]*", s) if m.group(0).lower() in opp and not _NEGATED_BEFORE.search(s[: m.start()])), None)
            if hit is None:
                continue
            shared = {t for t in terms(s) if _stated_word(t, vocab) and t not in opp and t != w}
            if len(shared) >= ANTONYM_OVERLAP:
                return [Problem("polarity", f"the evidence says '{hit.group(0)}' where the claim says '{w}'", True)]
    return []


def _same_side(word: str) -> frozenset[str]:
    """The word forms on the same side of the antonym table as a word (the opposites of its opposites)."""
    return frozenset(x for o in opposites(word) for x in opposites(o))


_DESCRIBED = re.compile(r"(?:^|(?<=[\s,(]))((?:[A-Za-z][\w-]*\s+){1,2})((?:al-)?[A-Z][\w'’-]+)")
DESCRIPTOR_WORDS = 2  # lowercase words right before a name read as its description ('regime ally Ruritania', 'rebel backer Elbonia')


def descriptors(text: str) -> dict[str, set[str]]:
    """The words that describe each name right before it: 'brokered by regime ally Ruritania and rebel backer Elbonia' ->
    {ruritania: {regime, ally}, elbonia: {rebel, backer}}. A sentence's first word counts in lower case."""
    out: dict[str, set[str]] = {}
    for m in _DESCRIBED.finditer(text):
        words = m.group(1).split()
        kept: list[str] = []
        for w in reversed(words[-DESCRIPTOR_WORDS:]):
            first = m.start(1) + m.group(1).rfind(w) == 0
            if (w[0].isupper() and not first) or w.lower() in STOPWORDS:
                break
            kept.append(w.lower())
        ts = {t for w in kept for t in terms(w)}
        if ts:
            out.setdefault(m.group(2).lower(), set()).update(ts)
    return out


def check_descriptors(claim: Claim, unit: str) -> list[Problem]:
    """A description moved from one name to another ('rebel ally Ruritania' against 'regime ally Ruritania and rebel backer
    Elbonia'): the claim's word for a name describes another name in the evidence, and not this one."""
    theirs = descriptors(unit)
    for name, words in descriptors(claim.text).items():
        if name not in theirs:
            continue
        for w in sorted(words):
            if w in theirs[name]:
                continue
            other = next((n for n, ws in theirs.items() if n != name and w in ws and n in claim.text.lower()), None)
            if other is not None:
                return [Problem("relation", f"the evidence describes {other}, not {name}, as '{w}'", True)]
    return []


_WORD = re.compile(r"[A-Za-z0-9][\w-]*(?:['’][A-Za-z]+)?")
SLOT_CONTEXT = 2  # words either side of a claim word that must stand around the evidence's word in its place


def _slot_words(text: str) -> list[str]:
    """The words of a text, lower case, possessives and quotes dropped ('Zenda's' -> 'zenda', '"outrage"' -> 'outrage')."""
    return [re.sub(r"['’]s?$", "", w.lower()) for w in _WORD.findall(text)]


def _same(a: str, b: str) -> bool:
    return a == b or bool(forms(a) & forms(b))


def _light(word: str) -> bool:
    """A word whose change is a detail or a count, left to other rules: an adverb ('urgently'), a number word ('seven')."""
    return word.endswith("ly") or number_value(word) is not None


def slot_pairs(claim: Claim, sentences: Sequence[str]) -> list[tuple[str, str]]:
    """(claim word, evidence word) pairs where the evidence has another word in the claim word's place: between the
    SLOT_CONTEXT words on one side (one a content word), or a word on each side. A word the claim states elsewhere,
    or any form of the claim's word, is a reordering, not a replacement; a claim word the evidence also states needs
    both sides to match ('attack on Zenda's forces' against 'attack on rebel forces ... Zenda')."""
    mine = _slot_words(strip_hedges(claim.text))
    vocab = vocabulary(claim.text)
    unit_vocab = vocabulary(" ".join(sentences))
    out: list[tuple[str, str]] = []
    for s in sentences:
        theirs = _slot_words(s)
        for i, w in enumerate(mine):
            if not terms(w) or w[0].isdigit():
                continue
            elsewhere = _stated_word(w, unit_vocab)
            left, right = mine[max(0, i - SLOT_CONTEXT) : i], mine[i + 1 : i + 1 + SLOT_CONTEXT]
            for j, x in enumerate(theirs):
                if _same(x, w) or _same_word(x, w) or not terms(x) or x[0].isdigit() or _stated_word(x, vocab) or _light(x) or _light(w):
                    continue
                if any(t[:3] == w[:3] for t in theirs[j + 1 : j + 3]):
                    continue  # a word put before the claim's own ('effectively cutting' for 'cut'): an insertion
                before, after = theirs[max(0, j - len(left)) : j], theirs[j + 1 : j + 1 + len(right)]
                l_ok = bool(left) and len(before) == len(left) and all(_same(a, b) for a, b in zip(left, before))
                r_ok = bool(right) and len(after) == len(right) and all(_same(a, b) for a, b in zip(right, after))
                l1 = i > 0 and j > 0 and _same(mine[i - 1], theirs[j - 1])
                r1 = i + 1 < len(mine) and j + 1 < len(theirs) and _same(mine[i + 1], theirs[j + 1])
                one_side = (l_ok and len(left) == SLOT_CONTEXT and any(terms(a) for a in left)) or (r_ok and len(right) == SLOT_CONTEXT and any(terms(a) for a in right))
                both = l1 and r1 and any(terms(a) for a in left[-1:] + right[:1])
                if (both and (l_ok or r_ok)) or (one_side and not elsewhere):
                    out.append((w, x))
    return list(dict.fromkeys(out))


# The claim with its word replaced by the evidence's, against the claim itself: a synonym or an aligned function word
# keeps the sentence's meaning (cosine 0.90-1.00 on the tune half: 'tried'/'attempted', 'signs'/'symptoms'); another
# thing in the same place changes it (0.73-0.87: 'an accident'/'an outrage', 'capital'/'countryside', 'cancelled'/'suspend').
SLOT_COSINE = 0.885


def check_slots(claim: Claim, sentences: Sequence[str], embed: Embed | None) -> list[Problem]:
    """A claim word that the evidence replaces with another in the same words ('called the airstrikes an accident'
    against 'called the airstrikes an "outrage"'; 'Zenda's capital is out of control' against 'Zenda's countryside is
    out of control'; 'cancelled its memorandum' against 'suspend its memorandum'), where putting the evidence's word in
    the claim changes its meaning (cosine below SLOT_COSINE). Without an embedder a synonym cannot be told from a
    replacement, and the rule says nothing."""
    if embed is None:
        return []
    pairs = slot_pairs(claim, sentences)
    if not pairs:
        return []
    variants = [re.sub(r"\b" + re.escape(w) + r"(?:['’]s)?\b", x, claim.text, count=1, flags=re.I) for w, x in pairs]
    vecs = embed([claim.text] + variants)
    for (w, x), v in zip(pairs, vecs[1:]):
        c = float(v @ vecs[0])
        if c < SLOT_COSINE:
            return [Problem("substitution", f"the evidence says '{x}' where the claim says '{w}' (cosine {c:.2f})")]
    return []


_PAIR = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,?\s+and\s+(?:[a-z][\w-]*\s+|[A-Z][\w’'-]*-[a-z][\w-]*\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def name_pairs(text: str) -> list[tuple[str, str]]:
    """Two names joined by 'and' ('Elbonia and Ruritania', 'opposition-supporter Elbonia and army-supporter Freedonia')."""
    known = real_names(text)
    out = []
    for m in _PAIR.finditer(text):
        a, b = m.group(1).lower().removesuffix("'s"), m.group(2).lower().removesuffix("'s")
        if any(a in k or k in a for k in known) and any(b in k or k in b for k in known):
            out.append((a, b))
    return out


def check_pairs(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A name put beside another where the evidence has a third ('Ruritania and Elbonia reached the deal' against
    'Elbonia and Freedonia reached a deal'): the evidence sentence joins one of the claim's two names to another name
    and does not name the claim's other one."""
    for a, b in name_pairs(claim.text):
        for s in sentences:
            for c, d in name_pairs(s):
                for mine, other in ((a, b), (b, a)):
                    if stated(other, c) or stated(other, d) or stated(other, s):
                        continue
                    if (stated(mine, c) and not stated(mine, d)) or (stated(mine, d) and not stated(mine, c)):
                        third = d if stated(mine, c) else c
                        return [Problem("name", f"the evidence joins {mine} to {third}, not to {other}")]
    return []


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
        counted = numbers(clause)
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


_PLACE_OF = re.compile(r"\b(?:neighbou?rhoods?|districts?|towns?|city|cities|villages?|provinces?|areas?|regions?|quarters?)\s+of\s+((?:al-)?[A-Z][\w-]+(?:\s+(?:al-)?[A-Z][\w-]+)*)")
def _refers_back(sentence: str, earlier: Sequence[str]) -> bool:
    """A sentence that names an earlier sentence's thing with 'the' ('... an attack on two villages. The attack killed 15'),
    so it may take its names from there, as with a pronoun."""
    before = {f for e in earlier for w in tokens(e) for f in forms(w)}
    return any(forms(w) & before for m in re.finditer(r"\bthe\s+([a-z][\w-]+)", sentence, re.I) for w in tokens(m.group(1))[:1])


def states_number(number: str, sentence: str) -> bool:
    """A number is stated in digits or in words ('92' by 'Ninety-two', '5000' by '5,000')."""
    return stated(number, sentence) or number in tokens(sentence)


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


def claim_speakers(claim: Claim) -> set[str]:
    """The names the claim gives as speakers (checked by check_speaker, not bound to a clause)."""
    return {a.speaker for a in claim.attributions} | {w for a in claim.attributions for w in names(a.speaker)}


_CALENDAR_DATE = re.compile(
    r"\b(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+\d{4})?)\b"
)


def without_dates(text: str) -> str:
    """A clause without its calendar dates ('30 April 2016'): check_dates tests them against the evidence and the
    headline's dateline, so content coverage counts the rest."""
    return _CALENDAR_DATE.sub(" ", text)


def check_content(claim: Claim, unit: str, embed: Embed | None, matched: list[Relation] | None = None) -> tuple[list[Problem], float]:
    """Every clause is stated: most of its words in the evidence, or close in meaning with half of them.

    The verb of a relation the evidence states (with the same parties) counts as stated: 'backs' for 'supports'.
    """
    out: list[Problem] = []
    if matched:
        unit = unit + " " + " ".join(r.verb for r in matched)
    cov_all, _ = coverage(without_dates(strip_hedges(claim.text)), unit)
    clause_list = [without_dates(strip_hedges(c)) for c in claim.clauses]
    cos: list[float] = []
    if embed is not None:
        vecs = embed(clause_list + [unit])
        cos = [float(v @ vecs[-1]) for v in vecs[:-1]]
    for i, clause in enumerate(clause_list):
        cov, missing = coverage(clause, unit)
        c = cos[i] if cos else None
        if cov >= COVER_ALONE:
            continue
        if c is not None and (cov >= COVER_WITH_COSINE and c >= CLAUSE_COSINE or c >= COSINE_ALONE):
            continue
        shown = ", ".join(f"'{w}'" for w in missing[:4])
        out.append(Problem("content", f"not stated in the evidence: {shown}" + (f" (cosine {c:.2f})" if c is not None else "")))
    return out, cov_all


# ---- choosing the evidence unit and deciding -------------------------------------------------------


def _units(evidence: Sequence[str]) -> list[tuple[list[int], str]]:
    """Single evidence sentences and adjacent pairs (a claim may stitch two sentences of one passage)."""
    units = [([i], s) for i, s in enumerate(evidence)]
    units += [([i, i + 1], evidence[i] + " " + evidence[i + 1]) for i in range(len(evidence) - 1)]
    return units


def _best_unit(claim: Claim, evidence: Sequence[str], similarities: Sequence[float] | None) -> tuple[list[int], str]:
    scored = []
    for idx, text in _units(evidence):
        cov, _ = coverage(claim.text, text)
        sim = max((similarities[i] for i in idx), default=0.0) if similarities is not None else 0.0
        # a pair must add coverage to beat its better half
        scored.append((round(cov, 3), -len(idx), sim, idx, text))
    scored.sort(key=lambda x: (x[0], x[1], x[2]), reverse=True)
    return scored[0][3], scored[0][4]


def _verbatim(claim: str, evidence: Sequence[str]) -> list[int] | None:
    c = _norm(claim)
    if len(c) < 12:
        return None
    for i, s in enumerate(evidence):
        if c in _norm(s):
            return [i]
    for i in range(len(evidence) - 1):
        if c in _norm(evidence[i] + " " + evidence[i + 1]):
            return [i, i + 1]
    return None


NEAR = 1  # evidence sentences either side of the unit where a name, number or date may also stand


def _titles(context: str | None) -> str:
    """The title lines of a cited context (its first line), where the subject of a passage is often named."""
    if not context:
        return ""
    return context.split("\n", 1)[0][:300]


def rules(claim_text: str, evidence: Sequence[str], context: str | None = None, similarities: Sequence[float] | None = None, embed: Embed | None = None) -> tuple[str, list[int], list[Problem]]:
    """The rule-based judgement: (verdict, indices of the evidence used, problems found)."""
    if not evidence:
        return "unsupported", [], [Problem("content", "no evidence")]
    verbatim = _verbatim(claim_text, evidence)
    if verbatim is not None:
        return "supported", verbatim, []
    claim = decompose(strip_meta(claim_text))
    idx, unit = _best_unit(claim, evidence, similarities)
    # names, numbers and dates must stand in the unit or the sentences around it (a pronoun's
    # antecedent), not anywhere in the document: a date or place from another paragraph is an addition
    near = [evidence[i] for i in range(max(0, idx[0] - NEAR), min(len(evidence), idx[-1] + NEAR + 1))]
    ctx = " ".join(near) + " " + _titles(context)
    sentences = [evidence[i] for i in idx]
    problems = check_names(claim, unit, ctx) + check_numbers(claim, unit, ctx) + check_dates(claim, unit, _titles(context))
    problems += check_count_events(claim, unit) + check_count_nouns(claim, unit) + check_count_places(claim, unit)
    problems += check_places(claim, unit) + check_compass(claim, unit, ctx) + check_descriptors(claim, unit) + check_opposites(claim, sentences) + check_slots(claim, sentences, embed) + check_pairs(claim, sentences) + check_binding(claim, sentences) + check_substitution(claim, sentences)
    problems += check_polarity(claim, unit) + check_relations(claim, unit) + check_roles(claim, unit) + check_speaker(claim, unit, ctx, core_sentence(claim, sentences)) + check_hedge(claim, hedge_unit(claim, sentences))
    problems += check_quantifier(claim, unit) + check_comparison(claim, unit) + check_modality(claim, unit) + check_cause(claim, unit)
    content, cov = check_content(claim, unit, embed, matched_relations(claim, unit))
    problems += content
    if any(p.contradicts for p in problems):
        return "contradicted", idx, problems
    if problems:
        core = cov >= PARTIAL_COVER and len(content) < len(claim.clauses) and not any(p.kind in ("relation", "name", "value", "date", "place", "binding", "speaker", "cause", "modality", "quantifier", "comparison", "substitution") for p in problems)
        return ("partial" if core else "unsupported"), idx, problems
    return "supported", idx, problems


_LLM_VERDICT = re.compile(r"\{.*\}", re.S)


def llm_judge(settings: Settings, evidence: str, claim: str) -> tuple[str, str] | None:
    """The configured chat model's verdict on a claim and its quote (prompts/judge_*.md), or None when it gives none.

    A model that fails or answers off-contract leaves the decision to the rules.
    """
    import json

    from . import llm, prompts
    from .errors import LLMError

    folder = settings.generate.prompts_dir
    messages = [("system", prompts.render("judge_system", folder)), ("user", prompts.render("judge_user", folder, claim=claim, evidence=evidence))]
    try:
        reply = llm.complete(settings, messages)
    except LLMError:
        return None
    m = _LLM_VERDICT.search(reply)
    if not m:
        return None
    try:
        data = json.loads(m.group(0))
    except json.JSONDecodeError:
        return None
    verdict = str(data.get("verdict", "")).strip().lower() if isinstance(data, dict) else ""
    if verdict not in ("supported", "partial", "unsupported", "contradicted"):
        return None
    return verdict, str(data.get("reason", "")).strip() or f"the model judged it {verdict}"


def judge(
    claim: str,
    evidence: Sequence[str],
    context: str | None = None,
    *,
    similarities: Sequence[float] | None = None,
    embed: Embed | None = None,
    settings: Settings | None = None,
) -> Verdict:
    """Does the evidence support the claim? The one check every cited sentence passes.

    Args:
        claim: one sentence.
        evidence: the evidence sentences (in document order, so adjacent ones can be read together).
        context: wider text of the cited passages (titles, chunk text) where names and dates may also stand.
        similarities: cosine of the claim with each evidence sentence, when the caller has it (tie-breaks the unit).
        embed: a function embedding texts to unit vectors; lets paraphrases pass on meaning, clause by clause.
        settings: chooses the judge (settings.cite.judge: rules | llm | nli).

    Returns:
        A Verdict: supported | partial | unsupported | contradicted, the evidence sentences used
        (quotes with doc_id left empty: the caller knows the documents), reasons, and the judge that decided.
    """
    verdict, idx, problems = rules(claim, evidence, context, similarities, embed)
    name = "rules"
    which = settings.cite.judge if settings is not None else "rules"
    # the stronger judges decide only what the cheap pre-filters (names, numbers, dates) let through
    prefiltered = any(p.kind in ("name", "value", "number", "date") for p in problems)
    if which == "llm" and settings is not None and evidence and not prefiltered and _verbatim(claim, evidence) is None:
        unit = " ".join(evidence[i] for i in idx)
        decided = llm_judge(settings, unit, claim)
        if decided is not None:
            verdict, reason = decided
            name = "llm"
            problems = [Problem("model", reason)] if verdict != "supported" else []
    elif which == "nli" and settings is not None and evidence and not prefiltered and _verbatim(claim, evidence) is None:
        from .nli import nli_judge

        verdict, reason = nli_judge(settings, " ".join(evidence[i] for i in idx), claim)
        name = "nli"
        problems = [Problem("model", reason)] if verdict != "supported" else []
    return Verdict(
        claim=claim,
        verdict=verdict,  # type: ignore[arg-type]
        quotes=[{"doc_id": "", "quote": evidence[i]} for i in idx] if verdict != "unsupported" or idx else [],  # type: ignore[misc]
        reasons=[p.reason for p in problems],
        judge=name,
        evidence=idx,
    )
