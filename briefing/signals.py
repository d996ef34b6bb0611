"""Signals the verdict model reads beside the rules (issue 8, session 9): none of them decides a claim on its own.

- `window_coverage`: how much of a claim the best window of one to three adjacent evidence sentences states (a summary
  or a reordered sentence spreads over sentences that no single sentence or pair covers);
- `verb_polarity_flips`: verbs the claim and the evidence share, negated in one and not the other ('did not strike'
  against 'struck'), read around the verb rather than anywhere in the sentence;
- `role_order`: whether two named parties of the claim stand on the same sides of the verb they share with the
  evidence (active and passive voice read alike), or on opposite sides (who did what to whom swapped);
- `unbound_details`: the share of the claim's places and numbers that the evidence never states in a sentence with
  one of the claim's verbs (a place or number from another event of the same article).

Each is a named function of a sentence and its evidence sentences, unit-tested on sentences (tests/test_verify_signals.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .lemmas import forms, vocabulary
from .lexical import numbers
from .matching import coverage, stated, word_stated

WINDOW = 3  # adjacent evidence sentences one window may hold: a summary of a paragraph; more reads unrelated events together
NEG_REACH = 3  # words before a verb a negation cue governs ('did not immediately strike'); further cues belong to other verbs

_NEG_CUE = re.compile(r"^(?:not|never|no|n't|cannot|neither|nor|denied|denies|deny|refused|failed|declined|unable)$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_BEFORE_BARE_VERB = frozenset("not n't never did does do to will would could can cannot".split())  # 'did not shell': a bare verb
_PASSIVE_BY = re.compile(r"^(?:\w+\s+){0,1}by\b", re.I)  # 'struck by X', 'struck down by X': the party after the verb acted


def window_coverage(claim_text: str, evidence: Sequence[str]) -> tuple[float, float]:
    """(coverage of the claim by its best single evidence sentence, by its best window of up to WINDOW adjacent ones)."""
    single = max((coverage(claim_text, s)[0] for s in evidence), default=0.0)
    best = single
    for size in range(2, WINDOW + 1):
        for i in range(len(evidence) - size + 1):
            best = max(best, coverage(claim_text, " ".join(evidence[i: i + size]))[0])
    return single, best


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text.replace("n't", " n't"))]


def _verbs(text: str) -> list[tuple[int, str]]:
    """(position, word) of the words that can name an action (roles.action_word), in order."""
    from .roles import action_word

    words = _words(text)
    return [(i, w) for i, w in enumerate(words) if action_word(w) or (i and words[i - 1] in _BEFORE_BARE_VERB and w not in _BEFORE_BARE_VERB)]


def _negated(words: list[str], at: int) -> bool:
    return any(_NEG_CUE.match(w) for w in words[max(0, at - NEG_REACH): at])


def verb_polarity_flips(claim_text: str, sentences: Sequence[str]) -> int:
    """Verbs of the claim found in the evidence sentences with the opposite polarity there, negated in one text and
    not in the other (each verb counted once; a verb stated both ways in the evidence is not a flip)."""
    cw = _words(claim_text)
    flips = 0
    seen: set[str] = set()
    for i, w in _verbs(claim_text):
        fs = forms(w)
        if w in seen:
            continue
        seen.add(w)
        theirs = set()
        for s in sentences:
            sw = _words(s)
            theirs |= {_negated(sw, j) for j, v in enumerate(sw) if forms(v) & fs}
        if theirs and _negated(cw, i) not in theirs:
            flips += 1
    return flips


def _position(name: str, words: list[str]) -> int | None:
    """Where a name's first word stands among lower-case words."""
    first = _words(name)[:1]
    if not first:
        return None
    key = first[0][:5]
    return next((i for i, w in enumerate(words) if w.startswith(key)), None)


def _agent_first(words: list[str], a: int, verb: int, b: int) -> bool | None:
    """Whether the party at `a` acts on the one at `b` around the verb at `verb` (None when they do not flank it)."""
    if not (min(a, b) < verb < max(a, b)):
        return None
    passive = bool(_PASSIVE_BY.match(" ".join(words[verb + 1: verb + 3])))
    first = a < b
    return first != passive


def role_order(claim_text: str, names: Sequence[str], sentences: Sequence[str]) -> int:
    """+1 when two of the claim's named parties flank a verb it shares with an evidence sentence on the same sides (who
    acts on whom agrees), -1 when on opposite sides, 0 when no evidence sentence shows both around that verb."""
    cw = _words(claim_text)
    found = 0
    pos = [(p, n) for n in names if (p := _position(n, cw)) is not None]
    for i, w in _verbs(claim_text):
        for pa, a in pos:
            for pb, b in pos:
                if pa >= pb or a == b:
                    continue
                mine = _agent_first(cw, pa, i, pb)
                if mine is None:
                    continue
                for s in sentences:
                    if not (stated(a, s) and stated(b, s)):
                        continue
                    sw = _words(s)
                    qa, qb = _position(a, sw), _position(b, sw)
                    if qa is None or qb is None or qa == qb:
                        continue
                    for j, v in enumerate(sw):
                        if forms(v) & forms(w):
                            theirs = _agent_first(sw, qa, j, qb)
                            if theirs is not None:
                                if theirs != mine:
                                    return -1
                                found = 1
    return found


def unbound_details(claim_text: str, places: Sequence[str], sentences: Sequence[str]) -> float:
    """Share of the claim's places and numbers the evidence states only in sentences without any of the claim's verbs
    (0 when the claim has none, or states none; a detail the evidence never states is the rules' business)."""
    verbs = [w for _, w in _verbs(claim_text)]
    if not verbs:
        return 0.0
    details = list(dict.fromkeys(list(places) + sorted(numbers(claim_text))))
    bound = unbound = 0
    for d in details:
        where = [s for s in sentences if stated(d, s)]
        if not where:
            continue
        if any(any(word_stated(v, vocabulary(s)) for v in verbs) for s in where):
            bound += 1
        else:
            unbound += 1
    return unbound / (bound + unbound) if bound + unbound else 0.0

