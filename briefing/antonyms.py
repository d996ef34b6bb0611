"""General English opposites from WordNet 3.0: 'hired' and 'fired', 'praised' and 'criticised', 'true' and 'false'.

The pairs are WordNet's direct antonyms of single words (antonyms.txt, written by benchmarks/wordnet_antonyms.py from
Debian's wordnet-base; WordNet's licence is at the head of that file). They are read by lemma, so every inflection
and British spelling of a word meets its opposite's.
"""
from __future__ import annotations

from functools import lru_cache

from .lemmas import lemma, spelling
from .wordnet import pairs

__all__ = ["opposite_lemmas", "word_lemmas"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each lemma's WordNet antonyms."""
    out: dict[str, set[str]] = {}
    for a, b in pairs("antonyms.txt"):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def word_lemmas(word: str) -> frozenset[str]:
    """A word's lemma as written and in American spelling ('criticised' -> criticise, criticize; 'praised' -> praise,
    praize: the spelling rule rewrites any '-ised'), with the word itself."""
    w = word.lower()
    return frozenset({w, lemma(w), lemma(spelling(w))})


def opposite_lemmas(word: str) -> frozenset[str]:
    """The lemmas WordNet gives as the opposite of a word ('hired' -> {'fire'}), empty when it gives none."""
    table = _table()
    return frozenset(x for w in word_lemmas(word) for x in table.get(w, ()))
