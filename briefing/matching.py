"""Matching a claim's words to evidence: is a name, number or word stated, how much of a clause is covered,
and which evidence word stands in a claim word's place (the cheap pre-filters and the content check of verify.py)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .claims import Claim, strip_hedges
from .lemmas import NUMBER_WORDS, forms, lemma, number_value, tokens, vocabulary
from .lexical import STOPWORDS, terms
from .relations import Relation


Embed = Callable[[list[str]], np.ndarray]


# Thresholds set by hand, then checked on the tune half of benchmarks/claims only (benchmarks/verify.py; test half unseen).
COVER_ALONE = 0.80  # share of a clause's content words the evidence states: enough without the embedder


COVER_WITH_COSINE = 0.50  # a paraphrase: at least half its words stated ...


CLAUSE_COSINE = 0.62  # ... and this close in meaning to the evidence unit


COSINE_ALONE = 0.80  # a close paraphrase with few shared words: this cosine and every name/number stated


@dataclass
class Problem:
    """One assertion of the claim that the evidence does not state (or contradicts)."""

    kind: str  # name, number, date, polarity, relation, hedge, speaker, content
    reason: str
    contradicts: bool = False


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().strip(".").lower()


def found_at_word(term: str, text: str) -> bool:
    """A term occurs in a text starting at a word ('ruritania' in 'Ruritanian', 'pro-Ruritania'; not 'us' in 'because', 'isis' in
    'crisis'); a term ending in a digit also ends at a number's end ('5' is not in '15' or '5.5', '1,000' not in '11,000')."""
    if not term:
        return False
    end = r"(?![0-9]|[.,][0-9])" if term[-1].isdigit() else ""
    start = (r"(?<![a-z0-9])" if term[0].isalnum() else "") + (r"(?<![0-9][.,])" if term[0].isdigit() else "")
    return re.search(start + re.escape(term) + end, text) is not None


def undotted(text: str) -> str:
    """Initials written with dots read as one word: 'the u.n. council' -> 'the un council', 'u.s.-led' -> 'us-led'."""
    return re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group().replace(".", ""), text)


def stated(term: str, text: str) -> bool:
    """A name or number is stated in a text, allowing 'Ruritanian'/'Ruritania' and 'Elbonia-backed'/'Elbonia'."""
    t = text.lower().replace("’", "'")
    term = term.lower().replace("’", "'")
    # an apostrophe-less possessive ('Ruritanias') states 'Ruritania's'; '5,000' states '5000'
    texts = {t, t.replace(",", ""), undotted(t)}
    joined = re.sub(r"[\s-]+", "", term)  # 'al-alam' written 'alalam', 'bab al-nour' written 'babalnour'
    if any(found_at_word(v, x) for v in {term, term.replace("'s", "s"), term.replace("'s", ""), joined} for x in texts):
        return True
    stem_ = term[: max(5 if len(term) >= 6 else 4, len(term) - 3)]
    if len(term) >= 5 and re.search(r"\b" + re.escape(stem_), t) is not None:
        return True
    if _acronym(term, text) or expands(term, text):
        return True
    parts = name_parts(term)
    return parts != [term.lower().replace("’", "'")] and all(stated(p, text) for p in parts)


# A hyphen compound whose part is a participle or a share word modifies the name after it ('IS-held Al-Bab',
# 'Kurdish-majority Qamishli', 'French-drafted resolution'): each name in it is stated on its own.
_MODIFIER_PART = re.compile(r"^(?:[a-z]+ed|held|led|run|born|based|majority|dominated|backed|allied|linked|affiliated|occupied|controlled|owned|sponsored)$")


def name_parts(term: str) -> list[str]:
    """The names a compound name is made of, when it is one ('zenda's al-qasr quarter' -> zenda, al-qasr quarter;
    'rebel-held al-marj' -> rebel, al-marj; 'ostra-velna-al-tur' -> ostra, velna, al-tur); [term] otherwise.
    A possessive joins two names; a participle in a hyphen compound ('-held', '-controlled') is a modifier, not a name;
    a run of hyphenated names is a list of places."""
    t = term.lower().replace("’", "'")
    out: list[str] = []
    for chunk in re.split(r"'s\s+|s'\s+", t):
        words = chunk.split()
        head: list[str] = []
        for w in words:
            bits = re.split(r"-(?=[a-z])", w)
            merged: list[str] = []
            for b in bits:
                if merged and merged[-1] in ("al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ibn", "bin", "abu", "abd"):
                    merged[-1] = merged[-1] + "-" + b
                else:
                    merged.append(b)
            kept = [b for b in merged if not _MODIFIER_PART.match(b)]
            if len(merged) > 1 and (len(kept) < len(merged) or len(merged) >= 3):
                if head:
                    out.append(" ".join(head))
                    head = []
                out.extend(kept)
            else:
                head.append(w)
        if head:
            out.append(" ".join(head))
    out = [p for p in out if len(p) >= 2]
    return out or [t]


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


def prefix_covered(word: str, vocab: set[str]) -> bool:
    if word in vocab:
        return True
    if len(word) >= 5:
        p = word[:5]
        return any(v.startswith(p) for v in vocab if len(v) >= 5)
    return False


def word_stated(word: str, vocab: set[str]) -> bool:
    """One word is stated by a vocabulary of word forms: a shared form (lemma, spelling, synonym) or a shared 5-letter prefix."""
    fs = forms(word)
    if fs & vocab:
        return True
    return any(prefix_covered(f, vocab) for f in fs if len(f) >= 5)


def coverage(text: str, unit: str) -> tuple[float, list[str]]:
    """Share of the text's content words the unit states (any word form, shared 5-letter prefixes), and the ones it does not."""
    words = list(dict.fromkeys(tokens(text)))
    if not words:
        return 1.0, []
    vocab = vocabulary(unit)
    missing = [w for w in words if not word_stated(w, vocab)]
    return 1 - len(missing) / len(words), missing


# Words that may stand before a surname without making it part of another name ('Mr Varga', 'Dr Varga').
_HONORIFICS = frozenset("mr mrs ms miss dr sir lord lady dame prof professor".split())
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’.-]*")


def surname_reference(name: str, unit: str, document: str) -> bool:
    """A person's full name ('Anna Varga') is stated by a unit that calls them by surname alone ('Mr Varga replied',
    'Varga, 49, ...') when their article gives the full name and no other name in it ends with that surname."""
    words = name.lower().replace("’", "'").split()
    # two or three plain words: a first name (and initial) and a surname, not a phrase ('virginia house of delegates')
    if not 2 <= len(words) <= 3 or any(w in _NAME_GLUE for w in words) or not document or not stated(name, document):
        return False
    surname = words[-1]
    if len(surname) < 3:
        return False
    hits = [m for m in re.finditer(r"\b" + re.escape(surname) + r"\b", unit, re.I) if unit[m.start()].isupper()]
    alone = False
    for m in hits:
        prev = unit[: m.start()].split()[-1:] if unit[: m.start()].strip() else []
        # the surname stands alone: the word before it is no capitalised name part ('Daraa Police Command' is not 'Command')
        word = prev[0].strip("“\"(") if prev else ""
        if not _CAPITAL_WORD.fullmatch(word) or word.rstrip(".").lower() in _HONORIFICS | STOPWORDS:
            alone = True
    if not alone:
        return False
    # every name in the article that ends with this surname is the claim's ('George W. Bush' and 'George H.W. Bush' both
    # in it: the surname alone does not say which)
    first = words[:-1]
    for m in re.finditer(r"((?:[A-Z][\w'’.-]*\s+){1,3})(?i:" + re.escape(surname) + r")\b", document):
        given = [w.lower() for w in m.group(1).split()]
        given = [w for w in given if w.rstrip(".") not in _HONORIFICS and w not in STOPWORDS]  # 'But Varga said'
        if given and given[-len(first):] != first and given != first[-len(given):]:
            return False
    return True


def check_names(claim: Claim, unit: str, context: str, document: str = "") -> list[Problem]:
    """Every name the claim states is stated in the evidence unit or the cited context (titles, neighbours), or the
    unit calls the person by surname and the cited article (`document`) gives the full name (surname_reference)."""
    return [
        Problem("name", f"claim adds '{n}': not in the evidence")
        for n in sorted(claim.actors)
        if not stated(n, unit) and not stated(n, context) and not surname_reference(n, unit, document)
    ]


def split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s.strip()]


def check_dates(claim: Claim, unit: str, context: str) -> list[Problem]:
    """Every date the claim states is stated in the evidence ('on Monday', 'December 2', '2016')."""
    out = []
    for d in claim.dates:
        parts = [p for p in re.findall(r"\w+", d) if p.lower() not in ("st", "nd", "rd", "th")]
        if not all(re.search(r"\b" + re.escape(p) + r"(?:st|nd|rd|th)?\b", unit, re.I) or re.search(r"\b" + re.escape(p) + r"(?:st|nd|rd|th)?\b", context, re.I) for p in parts):
            out.append(Problem("date", f"claim adds the date '{d}'"))
    return out


def same_word(a: str, b: str) -> bool:
    """Two stems of one word ('fac' from 'faced', 'face'), or sharing a 5-letter prefix."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))) or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])


_WORD = re.compile(r"[A-Za-z0-9][\w-]*(?:['’][A-Za-z]+)?")


SLOT_CONTEXT = 2  # words either side of a claim word that must stand around the evidence's word in its place


def raw_words(text: str) -> list[str]:
    """The words of a text as written, one for each of slot_words ('Zenda's', 'outrage')."""
    return _WORD.findall(text)


def slot_words(text: str) -> list[str]:
    """The words of a text, lower case, possessives and quotes dropped ('Zenda's' -> 'zenda', '"outrage"' -> 'outrage')."""
    return [re.sub(r"['’]s?$", "", w.lower()) for w in raw_words(text)]


def same_form(a: str, b: str) -> bool:
    """One word, or two forms of one word ('fired', 'fires')."""
    return a == b or bool(forms(a) & forms(b))


def detail_word(word: str) -> bool:
    """A word whose change is a detail or a count, left to other rules: an adverb ('urgently'), a number word ('seven')."""
    return word.endswith("ly") or number_value(word) is not None


def phrase_stated(word: str, left: list[str], right: list[str], theirs: list[str]) -> bool:
    """The claim's word stands in the evidence words with the same SLOT_CONTEXT words on one side ('refuses to implement'):
    the claim's own phrase is stated, so another word in its place elsewhere is no replacement."""
    for k, x in enumerate(theirs):
        if not same_form(x, word):
            continue
        after, before = theirs[k + 1 : k + 1 + len(right)], theirs[max(0, k - len(left)) : k]
        if len(right) == SLOT_CONTEXT and len(after) == len(right) and all(same_form(a, b) for a, b in zip(right, after)):
            return True
        if len(left) == SLOT_CONTEXT and len(before) == len(left) and all(same_form(a, b) for a, b in zip(left, before)):
            return True
    return False


# Verbs that carry little meaning of their own and take the action as a noun: 'gave a kiss' (kissed), 'made a
# decision' (decided), 'held talks' (talked), 'carried out an attack' (attacked). General English.
LIGHT_VERBS = frozenset("give make take have do hold pay offer carry conduct launch stage deliver issue put".split())
LIGHT_REACH = 5  # words after the light verb where its noun stands ('gave her an unwanted, "forceful" kiss')


def light_verb_phrase(word: str, verb: str, after: list[str]) -> bool:
    """The evidence says with a light verb and a noun what the claim says with one verb: 'gave her a kiss' states
    'kissed her' (the verb is a light verb and the claim's word stands as a noun within LIGHT_REACH words after it)."""
    if lemma(verb) not in LIGHT_VERBS:
        return False
    return any(same_form(a, word) for a in after[:LIGHT_REACH])


def slot_pairs(claim: Claim, sentences: Sequence[str]) -> list[tuple[str, str]]:
    """(claim word, evidence word) pairs where the evidence has another word in the claim word's place: between the
    SLOT_CONTEXT words on one side (one a content word), or a word on each side. A word the claim states elsewhere,
    or any form of the claim's word, is a reordering, not a replacement; a claim word the evidence also states needs
    both sides to match ('attack on Zenda's forces' against 'attack on rebel forces ... Zenda')."""
    mine = slot_words(strip_hedges(claim.text))
    vocab = vocabulary(claim.text)
    unit_vocab = vocabulary(" ".join(sentences))
    out: list[tuple[str, str]] = []
    for s in sentences:
        theirs = slot_words(s)
        for i, w in enumerate(mine):
            if not terms(w) or w[0].isdigit():
                continue
            elsewhere = word_stated(w, unit_vocab)
            left, right = mine[max(0, i - SLOT_CONTEXT) : i], mine[i + 1 : i + 1 + SLOT_CONTEXT]
            if elsewhere and phrase_stated(w, left, right, theirs):
                continue  # 'the regime refuses to implement' where the evidence says 'continues to ... and refuses to implement'
            for j, x in enumerate(theirs):
                if same_form(x, w) or same_word(x, w) or not terms(x) or x[0].isdigit() or word_stated(x, vocab) or detail_word(x) or detail_word(w):
                    continue
                if any(t[:3] == w[:3] for t in theirs[j + 1 : j + 3]):
                    continue  # a word put before the claim's own ('effectively cutting' for 'cut'): an insertion
                if light_verb_phrase(w, x, theirs[j + 1 :]):
                    continue  # 'gave her a kiss' for 'kissed her': the claim's verb as the noun of a light verb
                before, after = theirs[max(0, j - len(left)) : j], theirs[j + 1 : j + 1 + len(right)]
                l_ok = bool(left) and len(before) == len(left) and all(same_form(a, b) for a, b in zip(left, before))
                r_ok = bool(right) and len(after) == len(right) and all(same_form(a, b) for a, b in zip(right, after))
                l1 = i > 0 and j > 0 and same_form(mine[i - 1], theirs[j - 1])
                r1 = i + 1 < len(mine) and j + 1 < len(theirs) and same_form(mine[i + 1], theirs[j + 1])
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


def states_number(number: str, sentence: str) -> bool:
    """A number is stated in digits or in words ('92' by 'Ninety-two', '5000' by '5,000')."""
    return stated(number, sentence) or number in tokens(sentence)


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


# ---- a number bound to the noun it counts: 'five suicide bombers' is not 'four suicide bombers ... five policemen' ----

_NUMBER_WORD = r"(?:\d[\d,.]*|(?:" + "|".join(NUMBER_WORDS) + r")(?:-\w+)?)"  # digits, or a number word (lemmas.NUMBER_WORDS) with its hyphenated tail
_COUNT = re.compile(rf"\b({_NUMBER_WORD}(?:\s+(?:hundred|thousand|million))*)(?:\s+(?:other|more|additional|further))?\s+((?:[a-z][\w-]*\s+){{0,1}}[a-z][\w-]*)", re.I)
# a measure or a share, not a thing counted ('five years', '20 km', 'eight of them')
_NOT_COUNTED = frozenset("of percent per times time years year months month days day weeks week hours hour km kilometres kilometers miles metres meters".split())
# words that end the counted noun phrase: what follows a count, not what it counts ('23 people among them', '15 people including')
_COUNT_END = frozenset("among including across near inside outside during after before while who whom which whose that".split())


def counts(text: str) -> list[tuple[int, str | None]]:
    """(value, head noun) of each number in a text, in digits or words ('five suicide bombers' -> (5, 'bombers'); '15
    people' -> (15, 'people')); the head is None when no noun follows ('2200 evacuated', 'eight of them'). Measures ('five
    years', '20 km') are left out."""
    out: list[tuple[int, str | None]] = []
    for m in _COUNT.finditer(text):
        raw = m.group(1)
        if raw[0].isdigit():
            digits = raw.replace(",", "").rstrip(".")
            value = int(digits) if digits.isdigit() else None
        else:
            value = number_value(raw)
        if value is None or value == 1:  # 'one of the', 'at one point': 'one' is rarely a count
            continue
        kept: list[str] = []
        for w in m.group(2).lower().split():
            if w in STOPWORDS or w in _COUNT_END or w in _NOT_COUNTED or w.endswith(("ing", "ed")):
                break
            kept.append(w)
        first = m.group(2).lower().split()[0]
        if first in _NOT_COUNTED and first != "of":
            continue  # a measure
        out.append((value, kept[-1] if kept else None))
    return out


def check_counted(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A number the claim puts before a noun must count that noun in the evidence: when the evidence counts the same
    noun only with other numbers ('four suicide bombers ... five policemen' for 'five suicide bombers') and never gives
    the claim's number bare ('2200 evacuated'), it is not stated."""
    theirs = [c for s in sentences for c in counts(s)]
    bare = {v for v, n in theirs if n is None}
    for value, noun in counts(strip_hedges(claim.text)):
        if noun is None or value in bare:
            continue
        fs = forms(noun)
        same = [v for v, n in theirs if n is not None and forms(n) & fs]
        if same and value not in same:
            return [Problem("value", f"the evidence counts {noun} as {', '.join(str(v) for v in sorted(set(same)))}, the claim as {value}")]
    return []


# ---- middle initials tell people apart: 'Edgar W. Voss' is not 'Edgar H.W. Voss' ----

_INITIALED = re.compile(r"\b([A-Z][a-z]+)\s+((?:[A-Z]\.\s*)+)([A-Z][a-z]+)\b")


def initials(name_first: str, name_last: str, text: str) -> set[str]:
    """The middle initials each mention of 'First ... Last' in a text carries ('' for none): {'H.W.'}."""
    pattern = re.compile(rf"\b{re.escape(name_first)}\s+((?:[A-Z]\.\s*)*){re.escape(name_last)}\b")
    return {re.sub(r"\s+", "", m.group(1)) for m in pattern.finditer(text)}


def check_initials(claim: Claim, unit: str) -> list[Problem]:
    """A person the claim names with middle initials ('Edgar W. Voss') is not the one the evidence names with other
    initials and the same first and last names ('Edgar H.W. Voss'): one of two relatives, not a detail. Evidence
    without initials ('Edgar Voss') says nothing against it."""
    for m in _INITIALED.finditer(claim.text):
        mine = re.sub(r"\s+", "", m.group(2))
        theirs = initials(m.group(1), m.group(3), unit) - {""}
        if theirs and mine not in theirs:
            return [Problem("name", f"the claim names {m.group(0)}, the evidence {m.group(1)} {sorted(theirs)[0]} {m.group(3)}")]
    return []
