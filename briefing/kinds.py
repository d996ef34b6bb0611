"""What kind of thing a noun names, from WordNet 3.0: a claim noun in the place of an evidence noun of another kind.

The kinds are WordNet's lexicographer files of all a noun's senses (noun_kinds.txt, written by
benchmarks/wordnet_kinds.py from Debian's wordnet-base; WordNet's licence is at the head of that file): 'businessman'
names a person, 'government' a group (or an act, or a body of knowledge), 'week' a time, 'merger' and 'deal' acts.
'the Zendan government paid him' against 'a Zendan businessman paid him' names another payer; 'the deal' for 'the
merger' names the same kind of thing, and the embedder's slot check (matching.check_slots) weighs it.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .claims import Claim, strip_hedges
from .lemmas import lemma, vocabulary
from .lexical import terms
from .matching import Problem, detail_word, raw_words, same_form, slot_words, word_stated
from .wordnet import pairs

__all__ = ["noun_kinds", "kind_pairs", "check_kinds"]

# function words skipped between a noun and the content word that places it ('paid by the Zendan government' and
# 'paid by a Zendan businessman': the nearest content word on each side, past at most this many others)
GAP = 2


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each common noun's kinds."""
    return {word: frozenset(kinds.split(",")) for word, kinds in pairs("noun_kinds.txt")}


def noun_kinds(word: str) -> frozenset[str]:
    """The kinds of thing a lower-case word names as a noun ('businessmen' -> {'person', 'group'}), empty when it is
    no common noun, or is written as a verb form ('-ing', a past tense): a plural of persons also names a group."""
    table = _table()
    if word.endswith("ing"):
        return frozenset()  # 'the bombing', 'fighting': a verb's act, read as the verb
    if word in table:
        return table[word]
    base = lemma(word)
    if base == word or base not in table or not word.startswith(base[:-1]):
        return frozenset()  # not an inflection of a common noun ('drove' is 'drive', read as a verb)
    kinds = table[base]
    if "person" in kinds:  # 'children', 'businessmen': people, as 'people' (noun.group) is
        kinds = kinds | {"group"}
    return kinds


def _content(word: str) -> bool:
    return bool(terms(word)) and not word[0].isdigit() and not detail_word(word)


def _neighbour(words: list[str], i: int, step: int) -> str | None:
    """The nearest content word from position i in direction step, past at most GAP function words."""
    k, skipped = i + step, 0
    while 0 <= k < len(words):
        if _content(words[k]):
            return words[k]
        skipped += 1
        if skipped > GAP:
            return None
        k += step
    return None


def _partitive(words: list[str], word: str) -> bool:
    """The word stands before 'of' ('a big part of', 'a chunk of'): its kind is its complement's."""
    return any(w == word and k + 1 < len(words) and words[k + 1] == "of" for k, w in enumerate(words))


def kind_pairs(claim: Claim, sentences: Sequence[str]) -> list[tuple[str, str]]:
    """(claim noun, evidence noun) pairs in the same place: the claim's noun is not stated in the evidence, the
    evidence's not in the claim, and the word before both is the same content word ('Zendan government' / 'Zendan
    businessman') or the nearest content words on both sides agree; names (capitalised) and partitives are skipped."""
    text = strip_hedges(claim.text)
    raw, mine = raw_words(text), slot_words(text)
    vocab, unit_vocab = vocabulary(claim.text), vocabulary(" ".join(sentences))
    out: list[tuple[str, str]] = []
    for i, w in enumerate(mine):
        if not _content(w) or raw[i][:1].isupper() or word_stated(w, unit_vocab) or not noun_kinds(w):
            continue
        left, right = _neighbour(mine, i, -1), _neighbour(mine, i, 1)
        for s in sentences:
            their_raw, theirs = raw_words(s), slot_words(s)
            for j, x in enumerate(theirs):
                if not _content(x) or (j > 0 and their_raw[j][:1].isupper()) or word_stated(x, vocab) or not noun_kinds(x):
                    continue
                modifier = i > 0 and j > 0 and _content(mine[i - 1]) and same_form(mine[i - 1], theirs[j - 1])
                l, r = _neighbour(theirs, j, -1), _neighbour(theirs, j, 1)
                around = bool(left and l and same_form(left, l) and right and r and same_form(right, r))
                if (modifier or around) and not (_partitive(mine, w) and _partitive(theirs, x)):
                    out.append((w, x))
    return list(dict.fromkeys(out))


# The kinds of things that exist apart from what is done with them: people, groups, places, made things, times,
# creatures, foods, stuff, bodies, natural objects. A noun that names none of them (an act, a state, a message) takes
# its kind from its use -- 'a government operation' is done by 'government troops', 'a media embargo' is 'a media
# blackout' -- and is not compared: compared too, on all 4,014 labelled claims, the check fired on three more supported
# claims and two more negatives.
THINGS = frozenset("person group location artifact time animal plant food substance body object".split())


def check_kinds(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A claim noun in the place of an evidence noun of another kind ('paid by the Zendan government' against 'paid by a
    Zendan businessman': a group for a person) states another thing: both name a thing (THINGS) and no sense of one
    shares a kind with a sense of the other (WordNet's lexicographer files, noun_kinds)."""
    for w, x in kind_pairs(claim, sentences):
        a, b = noun_kinds(w), noun_kinds(x)
        if a & THINGS and b & THINGS and not a & b:
            return [Problem("substitution", f"the evidence says '{x}' ({'/'.join(sorted(b))}) where the claim says '{w}' ({'/'.join(sorted(a))}): another kind of thing")]
    return []
