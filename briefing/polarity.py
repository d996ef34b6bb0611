"""Polarity rules: a negated, denied or elliptically denied statement never supports the positive, the positive never
supports a negated claim, and a predicate stated as its opposite ('start'/'end') contradicts."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .antonyms import opposite_lemmas, word_lemmas
from .claims import Claim, clauses, negation_scopes, negations, opposites, strip_hedges
from .lemmas import forms, tokens, vocabulary
from .lexical import terms
from .matching import Problem, word_stated


NEGATION_OVERLAP = 1  # content words a negated evidence clause must share with a claim to touch it


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
        unstated = _unstated(claim, unit)
        asserted = vocabulary(unasserted_removed(claim.text))
        for cue, scope, heads in negated_heads(unit, claim_names):
            if heads and not any(word_stated(h, asserted) for h in heads) and any(word_stated(h, vocab) for h in heads):
                continue  # the claim names the denied deed only as an idea it reports ('called the idea that X could ask absurd')
            if _PREVENTING.fullmatch(cue) and preventing(claim.text):
                continue  # the claim says the prevention too ('stop the situation from deteriorating' for 'prevent deterioration')
            shared = {w for w in scope if word_stated(w, vocab)} - claim_names
            head_stated = any(word_stated(h, vocab) for h in heads)
            # the claim puts its own verb in the negated head's place ('gave an exact toll' for 'unable to provide an
            # exact toll'): the rest of the denied statement is the claim's, and the claim says nothing the evidence lacks
            # besides that verb
            replaced = not head_stated and heads and len(shared - set(heads)) >= NEGATED_REST and 1 <= len(unstated) <= REPLACED_HEAD and in_head_place(claim, unstated, shared)
            if (head_stated and len(shared) >= NEGATION_OVERLAP or replaced) and _positive_support(claim, unit, heads) <= len(shared):
                out.append(Problem("polarity", f"negated in the evidence ('{cue} ... {' '.join(sorted(shared))}'), stated as positive by the claim", True))
                break
        return out + check_elliptic_negation(claim, unit)
    unit_terms = set(terms(unit))
    unit_vocab = vocabulary(unit)
    for cue, scope, head in _heads(claim.text, claim_names):
        if head and _states(head, unit_terms, unit_vocab) and not any(_states(head, s, vocabulary(' '.join(s))) for _, s in unit_scopes) and len(claim_scopes) > len(unit_scopes) - 1 and not prevented(head, unit):
            out.append(Problem("polarity", f"the claim negates '{cue} {head}', the evidence states it", True))
            break
    return out


# Verbs of preventing: what they govern did not happen, as under 'not' ('avoid gathering', 'thwarting their advance',
# 'kept them from leaving'); and 'yet to' (not yet). General English, the grammar of denial.
_PREVENTING = re.compile(r"(?:prevent|stop|halt|thwart|avert|block|foil|avoid|deter|curb)\w*|yet to(?: be)?", re.I)
PREVENTED_REACH = 3  # words after a preventing verb where the prevented deed stands ('thwarting their advance')


def preventing(text: str) -> bool:
    """The text states a prevention ('stop the situation from deteriorating', 'thwarted the attack', 'yet to be found')."""
    return re.search(r"\b(?:" + _PREVENTING.pattern + r")\b", text, re.I) is not None


def prevented(head: str, unit: str) -> bool:
    """The evidence denies the claim's negated word with a verb of preventing: the word stands within PREVENTED_REACH
    words after one ('urged residents to avoid gathering' states 'urged them not to gather'; 'thwarting their advance'
    states 'stopped their advance'; 'yet to be identified' states 'not yet identified')."""
    words = re.findall(r"[\w'’-]+", unit)
    for i, w in enumerate(words):
        if _PREVENTING.fullmatch(w) or (w.lower() == "yet" and i + 1 < len(words) and words[i + 1].lower() == "to"):
            after = " ".join(words[i + 1 : i + 1 + PREVENTED_REACH + 1])
            if _states(head, set(terms(after)), vocabulary(after)):
                return True
    return False


# A noun with a 'that' clause names a statement without asserting it ('the idea that X could ask', 'the allegation that
# X paid'): what the clause says is not the claim's own statement.
_UNASSERTED = re.compile(r"\b(?:the|an?|this|that|any)\s+(?:idea|notion|suggestion|allegations?|claims?|reports?|rumou?rs?|possibility|prospect|accusations?|assertion|charges?|theory|speculation)\s+that\s+[^,;:.!?]+", re.I)


def unasserted_removed(text: str) -> str:
    """A sentence without the statements it only names ('Voss called the idea that Kalder could ask absurd' -> 'Voss
    called'): the words left are what it asserts."""
    return _UNASSERTED.sub(" ", text)


NEGATED_REST = 2  # content words of a denied statement besides its head a claim must state to be that statement with another verb
REPLACED_HEAD = 2  # claim words the evidence does not state: the verb in the head's place (and one particle or adverb)


HEAD_PLACE = 2  # content words after the claim's own verb among which the denied statement's words must begin


def in_head_place(claim: Claim, unstated: list[str], shared: set[str]) -> bool:
    """A word the evidence lacks stands where the denied or planned verb would, right before the statement's words
    ('gave an exact toll' for 'unable to provide an exact toll'), not somewhere else in the claim."""
    words = tokens(strip_hedges(claim.text))
    vocab = set(shared)
    for i, w in enumerate(words):
        if w in unstated and any(word_stated(x, vocab) for x in words[i + 1 : i + 1 + HEAD_PLACE]):
            return True
    return False


def _unstated(claim: Claim, unit: str) -> list[str]:
    """The claim's content words the evidence unit does not state (by any word form)."""
    vocab = vocabulary(unit)
    names_ = {t for n in claim.actors for t in terms(n)}
    return [w for w in dict.fromkeys(tokens(strip_hedges(claim.text))) if not word_stated(w, vocab) and w not in names_]


def _states(word: str, words: set[str], vocab: set[str]) -> bool:
    """A negated head is stated by stemmed words or by a vocabulary of word forms ('damage' by 'damaged', whose stem
    'damag' shares no form with it)."""
    return _in(word, words) or word_stated(word, vocab)


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
            if any(word_stated(h, vocab) for h in heads):
                best = max(best, sum(word_stated(w, vocab) for w in words))
    return best


# A negated noun or adjective that takes a verb ('not in a position to confirm', 'rejected calls ... to halt',
# 'no plans to withdraw'): the verb after 'to' is negated too.
_TO_VERB = re.compile(r"^(?:\s+[\w'’.-]+){0,8}?\s+to\s+(?!the\b|a\b|an\b)([a-z][\w-]+)", re.I)


_CONTRAST = re.compile(r"^\s*(?:to|by|for|from|at|in|on|with|against)\s", re.I)  # 'A, not to B': a role denied, no predicate


def negated_heads(text: str, names_: set[str]) -> list[tuple[str, set[str], list[str]]]:
    """Each negation cue with its scope and the words it negates: its head, and the verb of a 'to' complement the head
    takes ('refused calls by the opposition to halt the bombing' negates 'calls' and 'halt')."""
    out = []
    for cue, scope, head in _heads(text, names_):
        heads = [head] if head else []
        m = re.search(re.escape(cue) + r"\b", text, re.I)
        rest = re.split(r"[,;:.!?]", text[m.end():])[0] if m else ""
        contrast = _CONTRAST.match(rest) if cue == "not" else None
        if contrast and not _TO_VERB.match(" " + rest[contrast.end():]):  # 'not in a position to confirm' negates 'confirm'
            out.append((cue, scope, []))  # 'left to aid groups, not to regime forces that seized aid': says nothing of what the forces did
            continue
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
        shared = {w for w in terms(subject) if word_stated(w, vocab)}
        if len(shared) >= ELLIPTIC_OVERLAP:
            return [Problem("polarity", f"the evidence denies it of {' '.join(sorted(shared))} ('{m.group(0).strip()}')", True)]
    return []


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
    claim_lemmas = {x for w in lower for x in word_lemmas(w)}
    for w in dict.fromkeys(x.lower() for x in mine):
        opp = opposites(w) | negated_form(w)
        if opp & lower:
            opp = frozenset()  # the claim states the table's opposite itself: only WordNet's, if any, is looked for
        opp_lemmas = opposite_lemmas(w) - claim_lemmas
        if not opp and not opp_lemmas:
            continue
        same = {w} | {x for x in _same_side(w)}
        own_lemmas = word_lemmas(w)

        def is_same(x: str) -> bool:
            return x in same or bool(own_lemmas & word_lemmas(x))

        def is_opposite(x: str) -> bool:
            return x in opp or bool(opp_lemmas & word_lemmas(x))

        # clause by clause: 'the groom was among the dead but ... both bride and groom were safe' states 'safe' of them;
        # a clause stating the claim's own word about as much of the claim outweighs it ('44 killed' beside '100 wounded')
        parts = [c for sent in sentences for c in clauses(sent)]
        own = max((len({t for t in terms(c) if word_stated(t, vocab)}) for c in parts if any(is_same(x.lower()) for x in re.findall(r"[A-Za-z][\w'’-]*", c))), default=-1)
        for s in parts:
            words = [x.lower() for x in re.findall(r"[A-Za-z][\w'’-]*", s)]
            if any(is_same(x) for x in words):
                continue
            hit = next((m for m in re.finditer(r"[A-Za-z][\w'’-]*", s) if is_opposite(m.group(0).lower()) and not _NEGATED_BEFORE.search(s[: m.start()])), None)
            if hit is None:
                continue
            shared = {t for t in terms(s) if word_stated(t, vocab) and not is_opposite(t) and t != w}
            if len(shared) >= ANTONYM_OVERLAP and len(shared) + 1 > own:
                return [Problem("polarity", f"the evidence says '{hit.group(0)}' where the claim says '{w}'", True)]
    return []


def negated_form(word: str) -> frozenset[str]:
    """The word with the negating prefix 'non-' ('Elbonians' -> 'non-elbonians'), or without it ('non-state' -> 'state')."""
    w = word.lower()
    if w.startswith("non-"):
        return frozenset({w[4:]})
    return frozenset({"non-" + w}) if len(w) > 2 and w.isalpha() else frozenset()


def _same_side(word: str) -> frozenset[str]:
    """The word forms on the same side of the antonym table as a word (the opposites of its opposites)."""
    return frozenset(x for o in opposites(word) for x in opposites(o))
