"""Word forms for the claim verifier: lemma, spelling, number words, and general news synonyms.

A claim and its evidence state the same thing in different words: 'died' and 'killed',
'hurt' and 'injured', 'Twenty-two' and '22', 'metres' and 'meters', 'Ruritania's' and an
apostrophe-less 'Ruritanias'. `forms(word)` gives every normal form of one word so two texts
meet when any form is shared. Lemmas come from simplemma (its English data ships in the
wheel: nothing downloads); the synonym classes are general English news vocabulary (who
was killed or hurt, what struck what), never the names of one story.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexical import STOPWORDS, stem

__all__ = ["NUMBER_WORDS", "forms", "lemma", "number_value", "spelling", "tokens", "vocabulary"]

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# Classes of words news prose uses for one another; each maps to its first member.
_SYNONYMS = (
    "kill die dead death slay slain fatality perish",
    "injure wound hurt injury",
    "attack strike airstrike hit raid assault target bombard shell pound",
    "seize capture overrun",
    "recapture retake liberate free",
    "flee escape",
    "worry concern fear alarm",
    "soldier troop serviceman",
    "militant fighter gunman combatant insurgent jihadist terrorist",
    "child kid",
    "explosion blast explode detonate",
    "rocket missile projectile",
    "warplane jet aircraft plane",
    "investigate probe examine",
    "condemn denounce",
    "chief head leader director",
    "begin start launch",
    "ask request",
    "large big major",
    "help aid assist",
    "meeting talk summit",
    "lose loss",
    "government regime",
    "prepare ready",
    "prevent avert",
    "support back endorse",
    "sign ink",
)
_CLASS = {w: line.split()[0] for line in _SYNONYMS for w in line.split()[1:]}
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_BRITISH = ((re.compile(r"tre(s?)$"), r"ter\1"), (re.compile(r"our(s|ed|ing|hood|hoods|ite|ites|able)?$"), r"or\1"),
            (re.compile(r"ence(s?)$"), r"ense\1"), (re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"))


def spelling(word: str) -> str:
    """British spelling as American ('metres' -> 'meters', 'neighbourhood' -> 'neighborhood', 'defence' -> 'defense').

    Applied to both texts alike, so an over-eager rewrite only merges two words that differ by these letters.
    """
    for pat, rep in _BRITISH:
        word = pat.sub(rep, word)
    return word


@lru_cache(maxsize=1)
def _lemmatizer():  # type: ignore[no-untyped-def]
    import simplemma

    return simplemma


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case English word ('died' -> 'die', 'struck' -> 'strike', 'children' -> 'child')."""
    return str(_lemmatizer().lemmatize(word, lang="en")).lower()


def number_value(text: str) -> int | None:
    """A number written in words ('Twenty-two', 'nine', 'three hundred') as an integer, or None."""
    total, current = 0, 0
    parts = [p for p in re.split(r"[\s-]+", text.lower().strip()) if p and p != "and"]
    if not parts:
        return None
    for p in parts:
        if p in NUMBER_WORDS:
            current += NUMBER_WORDS[p]
        elif p in _SCALE:
            current = max(current, 1) * _SCALE[p]
            if _SCALE[p] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def tokens(text: str) -> list[str]:
    """Lower-case content words as lexical.terms splits them (hyphen parts too), number words as digits, unstemmed."""
    out: list[str] = []
    text = re.sub(r"(?<=\d)(?=(?!st\b|nd\b|rd\b|th\b|s\b)[a-z]{1,3}\b)", " ", text.lower().replace("’", "'"))  # '20km' is '20 km'
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w.endswith("'s"):
            w = w[:-2]
        value = number_value(w)
        if value is not None:
            out.append(str(value))
            continue
        for p in [w] + (re.split(r"[-']", w) if "-" in w or "'" in w else []):
            if p and p not in STOPWORDS and (len(p) > 1 or p.isdigit()):
                out.append(p)
    return out


@lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    """Every normal form of one lower-case word: its stem, spelling, lemma and synonym class."""
    s = spelling(word)
    lem = lemma(s)
    return frozenset({word, stem(word), s, stem(s), lem, _CLASS.get(lem, lem), _CLASS.get(s, s)} | ful_root(word))


# An adjective or adverb of '-ful' ('hopeful', 'hopefully', 'harmful', 'useful') is full of its root: it states it. Roots
# of five letters or more already meet their '-ful' word by the shared 5-letter prefix (matching.word_stated); this adds
# the short ones. At least FUL_ROOT letters: 'awful' is not 'aw'.
FUL_ROOT = 3
_FUL = re.compile(rf"^([a-z]{{{FUL_ROOT},}})ful(?:ly)?$")


def ful_root(word: str) -> frozenset[str]:
    """The root an '-ful' adjective or adverb is made of ('hopefully' -> 'hope', 'harmful' -> 'harm'), or nothing."""
    m = _FUL.match(word)
    return frozenset({m.group(1)}) if m else frozenset()


def vocabulary(text: str) -> set[str]:
    """All forms of all content words of a text."""
    out: set[str] = set()
    for t in tokens(text):
        out |= forms(t)
    return out
