"""The nouns that name a verb's act or event: 'intervene' -> 'intervention', 'invade' -> 'invasion'.

A question asks about an event by its verb ('When did X intervene?') and an article often states it by its noun ('the
intervention in 2015'). The pairs are WordNet 3.0's derivations (event_nouns.txt, written by
benchmarks/wordnet_events.py from Debian's wordnet-base; WordNet's licence is at the head of that file).
"""
from __future__ import annotations

from functools import lru_cache

from .lemmas import forms, lemma
from .wordnet import pairs

__all__ = ["event_forms", "event_nouns"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each verb's event nouns."""
    out: dict[str, set[str]] = {}
    for verb, noun in pairs("event_nouns.txt"):
        out.setdefault(verb, set()).add(noun)
    return {k: frozenset(v) for k, v in out.items()}


def event_nouns(verb: str) -> frozenset[str]:
    """The nouns WordNet derives from a verb for its act or event ('intervened' -> {'intervention'}), empty if none."""
    w = verb.lower()
    table = _table()
    return table.get(w, frozenset()) | table.get(lemma(w), frozenset())


def event_forms(verb: str) -> set[str]:
    """Every normal form (lemmas.forms) of a verb and of its event nouns: what a text may state the event by."""
    out = set(forms(verb.lower()))
    for noun in event_nouns(verb):
        out |= forms(noun)
    return out
