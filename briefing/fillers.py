"""Fillers: whether an answer sentence fills the slot a question asks for in the role the question asks it.

'How many Rohingya have been killed?' asks for a number OF Rohingya IN the event 'killed': a sentence that says
'600,000 Rohingya have fled' gives a number of the asked noun, but in another event's clause, so it does not fill the
slot. The event is read from the clause's grammar around the number (the verbs before it and after its noun, within
commas), never from a list of story words. (Session 13's other role readings, the agent of a who-question and the
name of a which-noun, were measured and not shipped: benchmarks/questions/candidates13.py.)
"""
from __future__ import annotations

import itertools
import re

from .lexical import STOPWORDS
from .question import QuestionShape


# ---- The number OF WHAT, IN WHICH EVENT: 'How many Rohingya have been killed?' is not answered by '600,000 Rohingya
# have fled': the number counts the asked noun, but its clause's verb is another event. ----
_HOW_MANY = re.compile(r"\bhow many\b(.*)$", re.I)
_DID = frozenset("did do does will would could can".split())


def asked_count_event(shape: QuestionShape) -> tuple[list[str], str] | None:
    """The nouns a 'how many' question counts and the verb of the event it counts them in: 'How many Rohingya have been
    killed since ...' -> (['rohingya'], 'killed'); 'How many likely voters did CBS interview?' -> (['likely',
    'voters'], 'interview'). None without a counted noun or an event verb ('How many tanks are there?')."""
    from .answerability import GENERIC_COUNTED, counted_words, is_verb_form
    from .slots import _PREPOSITIONS, _SUBCOUNT_SKIP, IRREGULAR_VERBS, is_base_verb

    nouns = counted_words(shape) if shape.answer_type == "number" and shape.english else []
    m = _HOW_MANY.search(shape.text)
    if not nouns or not m or set(nouns) & GENERIC_COUNTED:
        return None  # 'people' is the noun reports drop ('40 killed and 60 injured'): count_bound reads those
    words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
    for k, w in enumerate(words):
        low = w.lower()
        if low in _DID:
            # 'did a motorcycle bomber kill outside ...': the verb ends the subject, before the first function word
            subject = list(itertools.takewhile(lambda x: x.lower() not in _PREPOSITIONS and (x.lower() not in STOPWORDS or x.lower() in ("a", "an", "the")), words[k + 1 :]))
            last = subject[-1].lower() if subject else ""
            return (nouns, last) if last and subject[-1].islower() and is_base_verb(last) else None
        if low in nouns or low in STOPWORDS or w[:1].isupper():
            continue
        if low in ("been", "being", "be") or low.endswith("ly") or low in _SUBCOUNT_SKIP:
            continue
        if is_verb_form(low) or low in IRREGULAR_VERBS:
            return nouns, low
        return None  # a preposition or another noun first: no event verb this reads
    return None


COUNT_VERB_BEFORE = 3  # words before a number where a verb governs its phrase as object ('killed at least 600', 'killing nearly 30')


# Where the number's clause ends: punctuation, or a word opening another clause ('have fled since soldiers killed').
_CLAUSE_END = re.compile(r"[,;:]|\b(?:as|while|when|after|before|because|since|until|but|whereas|although|though|where)\b")
COUNT_VERB_AFTER = 6  # words after the counted noun that may hold its verb ('11 civilians are believed to have died')


def count_event_filled(sentence: str, nouns: list[str], verb: str, strict: bool = False) -> bool | None:
    """Does a number of the asked noun stand in the clause of the asked verb? True when such a number's verb is the
    asked one (or none is readable), False when every number of the noun belongs to another verb ('600,000 Rohingya
    have fled'), None when no number counts the noun (answerability.count_bound reads that)."""
    from .agency import verb_form
    from .candidates import NUMBER_WORDS, count_text
    from .lemmas import forms
    from .slots import TIGHT_REACH

    text = count_text(sentence)
    asked: set[str] = set()
    for n in nouns:
        asked |= forms(n)
    wanted = forms(verb)
    toks = list(re.finditer(r"[\w'’-]+", text))
    seen = False
    for i, t in enumerate(toks):
        if not (re.fullmatch(r"\d[\d,.]*", t.group()) or t.group().lower() in NUMBER_WORDS):
            continue
        content = [j for j in range(i + 1, min(len(toks), i + 1 + TIGHT_REACH + 2)) if toks[j].group().lower() not in STOPWORDS][:TIGHT_REACH]
        hit = next((j for j in content if forms(toks[j].group().lower()) & asked or toks[j].group().lower() == "others"), None)
        if hit is None:
            continue
        seen = True
        # the verbs of the number's clause: up to COUNT_VERB_BEFORE words before the number ('killing at least 25
        # civilians') and COUNT_VERB_AFTER after its noun ('30 children were among 39 people killed'), within its clause
        lo = max(0, i - COUNT_VERB_BEFORE)
        hi = min(len(toks), hit + 1 + COUNT_VERB_AFTER)
        cut = text[toks[lo].start() : toks[hi - 1].end()]
        left, _, right = cut.rpartition(text[toks[i].start() : toks[hit].end()])
        window = _CLAUSE_END.split(left)[-1] + " " + _CLAUSE_END.split(right)[0]
        verbs = [w for w in re.findall(r"[a-z][\w'’-]*", window) if verb_form(w) or w.endswith("ing") or forms(w) & wanted]
        if any(forms(v) & wanted for v in verbs):
            return True
        if not verbs and not strict:
            return True
    return False if seen else None


def count_event_failure(shape: QuestionShape, parts: list[str], strict: bool = False) -> str | None:
    """Why no answer sentence counts the asked noun in the asked event ('the sources give a number of Rohingya who
    fled, not of Rohingya killed'), or None when one does or no sentence counts the noun at all."""
    asked = asked_count_event(shape)
    if asked is None or not parts:
        return None
    read = [count_event_filled(p, *asked, strict) for p in parts]
    if any(r is True for r in read) or all(r is None for r in read):
        return None
    return f"the sources do not say how many {' '.join(asked[0])} {asked[1]}: the numbers of {' '.join(asked[0])} they give are of another event"
