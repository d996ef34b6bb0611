"""Candidate sentences: which evidence sentences may answer, what they carry, and how well they match a question.

Articles are data. A sentence that addresses the reader or an AI ("Ignore ...", "State that
... and cite source [99]"), page debris ("Related ...", "Comment via Facebook") and a
document's headline repeated as its first sentence are never answer candidates when a body
sentence can say the same. Each candidate gets a score from its meaning (cosine with the
question), its word coverage, whether it carries a span of the asked answer type, and how
many of the question's names its passage states.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .cite import stated_in
from .entities import is_state_form, states_country
from .errors import ConfigError
from .lexical import STOPWORDS, names, terms
from .question import CALENDAR, QUESTION_WORDS, QuestionShape, analyse

if TYPE_CHECKING:
    from .cite import EvidencePool

# Score weights, fitted in session 9 on the 17 labelled question sets (benchmarks/questions/answers9_fit.py --signals=,
# pairwise logistic ranker, L2 toward session 8's weights; record benchmarks/results/answers9/fitted-all-reweight.json).
# Judged leave one set out end to end (docs/benchmarks.md, issue 9, session 9): pooled fact recall 0.833 -> 0.843,
# citation hit 0.882 -> 0.882; blind-written sets 0.813 -> 0.829, 0.874 -> 0.874. Session 8's weights in brackets.
W_MEANING = 0.4334  # cosine of question and sentence: paraphrases meet here [0.55]
W_WORDS = 0.5666  # idf-weighted share of the question's words the sentence states [0.45]
TYPE_BONUS = 0.2641  # the sentence carries a span of the asked type (a number for 'how many') [0.08]
PATTERN_BONUS = 0.2312  # 'which district ...' answered by 'the X district' [0.06]
FOCUS_WEIGHT = 0.2574  # share of the question's names stated in the sentence's passage: keeps answers on the asked article [0.10]
HEADLINE_PENALTY = 0.0297  # a headline or dateline is a summary: a body sentence stating the same outranks it [0.12]
NEIGHBOUR_SEEDS = 5  # the best-covering sentences whose neighbours are scored too (at most 10 more embeddings a question)
COUNT_BONUS = 0.1624  # 'how many parked cars': a number standing with the counted noun ('two parked cars') answers [0.12]
# Session 9 signals (type_near_words, states_event below): judged leave one set out over 17 question sets by
# benchmarks/questions/answers9_fit.py (docs/benchmarks.md, issue 9, session 9). 0 = not shipped: added to today's
# weights, each moved the pooled left-out proxy by +0.001 (0.862 -> 0.863); with a refit of every weight, +0.002 over
# the refit without them (0.881 -> 0.883) and -0.001 on the blind-written sets (0.876 -> 0.875).
NEAR_WEIGHT = 0.0  # share of the question's words within a clause-window of an asked-type span
EVENT_WEIGHT = 0.0  # share of the question's event words (verbs) the sentence states in any form
# The names of the weights above, as score_sentences reads them from a weights mapping.
WEIGHT_NAMES = ("W_MEANING", "W_WORDS", "FOCUS_WEIGHT", "TYPE_BONUS", "HEADLINE_PENALTY", "COUNT_BONUS", "PATTERN_BONUS",
                "NEAR_WEIGHT", "EVENT_WEIGHT")


def scorer_weights(values: Mapping[str, float] | None = None, where: str = "weights") -> dict[str, float]:
    """The scorer's weights: the named constants above, with `values` (keyed by the constants' names) in their place.

    Raises ConfigError naming `where` for an unknown name or a weight that is not a finite number."""
    out = {n: float(globals()[n]) for n in WEIGHT_NAMES}
    for name, value in (values or {}).items():
        if name not in out:
            raise ConfigError(f"{where}: unknown scorer weight '{name}'; expected one of {', '.join(WEIGHT_NAMES)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ConfigError(f"{where}: scorer weight '{name}' is {value!r}, not a finite number")
        out[name] = float(value)
    return out


NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "dozen dozens half quarter"
).split()
_NUMBER = re.compile(r"\d|\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)
NUMBER_SPAN = _NUMBER  # a number in digits or words
_UNIT = re.compile(r"\d[\d,.]*\s*(%|per ?cent|percent|km|kilomet\w+|miles?|met(?:er|re)s?|square|kg|tons?|tonnes?|hours?|days?|weeks?|months?|years?|million|billion)\b|\b(" + "|".join(NUMBER_WORDS) + r")[- ](km|kilomet\w+|miles?|hours?|days?|weeks?|months?|years?)\b", re.I)
DATE_SPAN_WORDS = r"\b(1[89]\d\d|20\d\d)\b|\b(" + "|".join(sorted(CALENDAR)) + r")\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(yesterday|today|last (week|month|year))\b"
# 'Oct. 30', 'Sept 1', 'Dec. 28': news-agency style abbreviates a month before its day; it dates as the full name does
# (session 13: holdout9's Reuters answers 'pleaded guilty on Oct. 30' were untyped for 'When ...?'). 'May' is a full name already.
SHORT_MONTH_DAY = r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\s*(?:%|per ?cent|percent|million|billion))"
DATE_SPAN = re.compile(DATE_SPAN_WORDS + "|" + SHORT_MONTH_DAY, re.I)
# "since"/"after" give a reason, not a time: "since the attack", never "since July 11" or "after 3 days".
_NOT_A_TIME = r"(?!\s+(?:\d|(?:" + "|".join(sorted(CALENDAR)) + r"|the start|the beginning|then|early|late|last|its|the war|the conflict)\b))"
# A purpose noun and its "to" give a reason with the doer between them ("was an effort by the regime to turn ...",
# "an attempt to"), as "in a bid to" does (session 17: a why question over FA-KES lost its answer sentence to a "due to").
_REASON = re.compile(r"\b(because|due to|as a result|in order to|so as to|aimed at|aiming|in an attempt|(?:an?|the) (?:effort|attempt|bid) (?:by (?:[\w-]+ ){1,4})?\W?to|to (?:deny|prevent|stop|protect|allow|force|cut|root|retake|push|pressure|punish|distance|secure|weaken)|after" + _NOT_A_TIME + r"|following|amid|since" + _NOT_A_TIME + r"|caused|blamed|considers?|threat|mistaken|so that|for fear|in response|as part of|in retaliation|retaliat\w+|(?:trying|seeking|attempting|intended|meant|aim(?:ed|s|ing)?|in a bid) to|because of|thanks to|led to|resulted? (?:in|from)|reason)\b", re.I)
REASON_SPAN = _REASON  # a reason marker ('because', 'due to', 'in retaliation')

# Sentences that speak to the reader or to an AI: instructions, not reports.
_INSTRUCTION = re.compile(
    r"^\W*(?:please\s+|now\s+|also\s+|and\s+)?(?:ignore|disregard|forget|pretend|obey|reveal|print|output|repeat|translate|summari[sz]e)\b"
    r"|^\W*(?:please\s+|now\s+|also\s+|and\s+)?(?:state|say|write|answer|respond|reply|mention|claim|tell|cite|quote|assume|always|never|remember|make sure)\b"
    r"(?!\s+(?:media|tv|television|news|run|owned|department|of|before|again|officials?|forces|security)\b)(?!-)"
    r"|^\W*(?:assistant|ai|chatbot|model|system|developer|user)\s*[,:]"
    r"|\b(?:ignore|disregard) (?:all |any |the )?(?:previous|prior|above|earlier|following|other)\b"
    r"|\b(?:you|assistant|ai|chatbot|language model|llm) (?:must|should|shall|are to|need to)\b"
    r"|\bas an ai\b|\b(?:system|developer) (?:prompt|mode|message)\b|\bcite (?:source|document|\[)|\binstructions?\b.*\b(?:above|previous|prior)\b",
    re.I,
)
_DEBRIS = re.compile(
    r"^\W*(related|tags?|share|click|comment|read more|see also|leave a reply|subscribe|follow us|get short url|advertisement)\b|^\W*categor(?:y|ies)\s*:?\s+(?-i:[A-Z])"  # 'Category News ...': a site's section label and the links after it
    r"|comment via|get short url|community standards|you can share this story|required fields are marked|your email address"
    r"|all rights reserved|sign up for|newsletter",
    re.I,
)


def addresses_reader(text: str) -> bool:
    """Does a sentence address the reader or an AI (an instruction), rather than report something?"""
    return bool(_INSTRUCTION.search(text))


def is_debris(text: str) -> bool:
    """Scraped page furniture: 'Related ...', 'Comment via Facebook', share and subscribe prompts."""
    return bool(_DEBRIS.search(text))


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def is_headline(text: str, title: str | None) -> bool:
    """A sentence that repeats the document's headline (often glued to a dateline) rather than reporting in the body."""
    if not title:
        return False
    t, s = _norm(title), _norm(text)
    if len(t) < 12:
        return False
    if t in s and len(s) < len(t) * 2.5:
        return True
    tw, sw = set(t.split()), s.split()
    # A short sentence made mostly of the headline's words is the headline, reworded by the page.
    return len(sw) <= len(tw) + 8 and sum(w in tw for w in sw) >= 0.8 * len(sw)


def new_names(text: str, known: set[str], multiword: bool = False) -> set[str]:
    """Names in a text the question does not mention (weekdays and months aside)."""
    out = set()
    for n in names(text) - known:
        if n in CALENDAR or any(n in k or k in n for k in known):
            continue
        if not multiword or " " in n:
            out.add(n)
    return out


_HEAD = re.compile(r"\b(?:which|what)\s+((?:[a-z-]+\s+){0,3}?)([a-z-]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|of|in|near|hit|saw|said|with|from|on|at|by|to|for|that|where|who|which|besides|except|apart|other|[a-z]+ed|(?:north|south|east|west)(?:east|west)?(?:ern)?)\b", re.I)


def spelling_variants(word: str) -> str:
    """A regex matching British and American spellings of a word ('neighbourhood' / 'neighborhood', 'organise' / 'organize')."""
    return re.sub(r"our", "ou?r", re.sub(r"i[sz](e|ation)", r"i[sz]\1", word))


# 'the name of the 17-year-old resident who ...', 'Who is the executive director of ...': the role whose holder is asked.
_NAME_OF = re.compile(r"\bnames? of (?:the|a|an|this|that)\s+((?:[\w-]+\s+){0,3}?)([a-z-]+)\s+(?:who|whom|that|which|whose|in|of|at|from|on|with|was|were|is|did|had|has)\b", re.I)
_WHO_IS = re.compile(r"^\s*who (?:is|was|are|were) (?:the\s+)?((?:[\w-]+\s+){0,3}?)([a-z-]+)\s+(?:of|in|at|for|who|that|to)\b", re.I)


def answer_pattern(question: str) -> re.Pattern[str] | None:
    """For 'which <noun> ...' questions: a name standing with that noun ('the Atme crossing', 'town of Douma');
    for 'the name of the <role> ...' and 'who is the <role> of ...': a name standing with the role ('resident Jane Roe')."""
    m = _HEAD.search(question) or _NAME_OF.search(question) or _WHO_IS.search(question)
    if not m:
        return None
    head = m.group(2).lower()
    if head in STOPWORDS or head in QUESTION_WORDS or len(head) < 3:
        return None
    stem = spelling_variants(re.escape(head[:-1] if head.endswith("s") and len(head) > 4 else head))
    name = r"(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)*"
    noun = rf"(?i:{stem}s?)"
    return re.compile(rf"{name}\s+(?:[a-z-]+\s+)?{noun}\b|\b{noun}\s+(?:(?:of|at|in|called|named|known as)\s+(?:the\s+)?)?{name}")


# 'How far' is answered by a distance, 'how long' by a duration or a length, 'how much' by money or an amount.
_DISTANCE = r"km|kilomet\w+|miles?|met(?:er|re)s?"
_DURATION = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?"
_MONEY = r"dollars?|euros?|pounds?|lira|liras|riyals?|million|billion"
_UNIT_OF = [
    (re.compile(r"\bhow far\b|\bwhat distance\b", re.I), _DISTANCE),
    (re.compile(r"\bhow long\b", re.I), _DURATION + "|" + _DISTANCE),
    (re.compile(r"\bhow much (?:money|did .* (?:pay|cost|receive|spend|earn))|\bcost\b|\bprice\b", re.I), _MONEY),
]
_DIGITS = re.compile(r"\d[\d,.]*")


def number_values(text: str) -> set[str]:
    """The numbers a text states, digits and number words alike ('eleven' -> '11', '330,000' -> '330000')."""
    out = {m.group().replace(",", "").rstrip(".") for m in _DIGITS.finditer(text)}
    low = text.lower()
    for i, w in enumerate(NUMBER_WORDS[:20]):
        if re.search(rf"\b{w}\b", low):
            out.add(str(i + 1))
    return out


def new_number(text: str, question: str) -> bool:
    """Does a sentence state a number the question does not? ('Eleven civilians ...' does not answer 'how far ... eleven civilians')."""
    asked = number_values(question)
    if _DIGITS.sub(" ", text) != text and number_values(text) - asked:
        return True
    return any(str(i + 1) not in asked and re.search(rf"\b{w}\b", text, re.I) for i, w in enumerate(NUMBER_WORDS[:20])) or bool(
        re.search(r"\b(" + "|".join(NUMBER_WORDS[20:]) + r")\b", text, re.I) and not re.search(r"\b(" + "|".join(NUMBER_WORDS[20:]) + r")\b", question, re.I)
    )


def unit_span(text: str, question: str) -> bool:
    """For 'how far / how long / how much' questions: a number with the unit the question asks for ('30 kilometres')."""
    for pattern, units in _UNIT_OF:
        if pattern.search(question):
            return bool(re.search(rf"(?:\d[\d,.]*|\b(?:{'|'.join(NUMBER_WORDS)}))\s*(?:{units})\b|[$€£]\s*\d", text, re.I))
    return bool(_UNIT.search(text) or _NUMBER.search(text))


_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
# Numbers that date something rather than count it: years, days of a month, clock times.
_DATE_NUMBER = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d)s?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}\b|\b{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|gmt|utc)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.I,
)


def count_text(text: str) -> str:
    """A text without the numbers that date things (years, 'July 11', '14:30'): what is left counts or measures."""
    return _DATE_NUMBER.sub(" ", text)


_IRREGULAR_VERBS = frozenset("fled lost died remain remained live lived left fell ran came went took made got".split())
_COUNT_STOP = frozenset("were was did do does have had has are is will would could can of in on at from during since among by for to that who which".split())


def counted_noun(question: str) -> str | None:
    """The noun a 'how many' question counts: 'How many parked cars were damaged' -> 'cars'."""
    m = re.search(r"\bhow many\s+((?:[a-z][\w-]*\s*){1,4})", question, re.I)
    if not m:
        return None
    words = []
    for w in m.group(1).lower().split():
        # A past participle after the noun is the verb ('children died'); before it, a modifier ('parked cars').
        if w in _COUNT_STOP or w in QUESTION_WORDS or (words and (w.endswith("ed") or w in _IRREGULAR_VERBS)):
            break
        words.append(w)
    return words[-1] if words else None


_PLURAL_PEOPLE = frozenset("children people men women".split())
_TELEGRAPHIC_COUNT = re.compile(r"\b([a-z]+)\s+(?:killed|wounded|injured|dead|died)\W*$")


def telegraphic_noun(question: str) -> str | None:
    """The counted noun of a keyword question ('Velmar children killed?' -> 'children'): a lower-case plural
    just before the final count word; None when the word before is no plural ('car bomb wounded?')."""
    m = _TELEGRAPHIC_COUNT.search(question.rsplit(":", 1)[-1].strip())
    if not m or re.match(r"^\s*(?:how|what|which|who)\b", question, re.I):
        return None
    word = m.group(1)
    return word if word in _PLURAL_PEOPLE or (word.endswith("s") and not word.endswith("ss") and len(word) > 3) else None


def counts_noun(text: str, noun: str) -> bool:
    """Does a sentence state a number of that noun ('two parked cars', '22 children', 'dozens of civilians')?"""
    root = re.escape(noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun)
    number = r"(?:\d[\d,.]*|\b(?:" + "|".join(NUMBER_WORDS) + r"))"
    return bool(re.search(rf"{number}(?:\s+(?:of|more|other|[a-z-]+)){{0,2}}\s+{root}\w*\b", count_text(text), re.I))


# Plural nouns that name a kind of people: a count of one of them counts people ('11 civilians' states how many people
# were killed). General English, not a topic's words; only a generic asked noun (answerability.GENERIC_COUNTED) takes them.
PEOPLE_KINDS = frozenset(
    "civilians children women men boys girls babies infants adults soldiers troops fighters militants rebels insurgents "
    "gunmen militiamen policemen officers police residents villagers inhabitants citizens protesters demonstrators "
    "workers employees staff students pupils patients passengers migrants refugees prisoners detainees victims "
    "journalists doctors medics volunteers pilgrims worshippers tourists spectators fans voters members".split()
)


def counts_kind(text: str, noun: str) -> bool:
    """Does a sentence count the asked noun or, when that is a generic one ('people'), a kind of it ('11 civilians')?"""
    from .answerability import GENERIC_COUNTED

    return counts_noun(text, noun) or noun.lower() in GENERIC_COUNTED and any(counts_noun(text, k) for k in PEOPLE_KINDS)


def names_new_state(text: str, shape: QuestionShape) -> bool:
    """'Who blamed X?' (a doer, not a role: slots.asked_name gives 'who') is answered by a state or its capital the question
    does not name ('Tehran has urged ...', 'Ruritanian jets struck ...'): one word, yet a party (slots.names_state)."""
    from .slots import asked_name, names_state

    asked = asked_name(shape.text)
    return asked is not None and asked[0] == "who" and names_state(text, shape.text)


def carries_type(text: str, shape: QuestionShape, known: set[str] | None = None) -> bool:
    """Does a sentence hold a span of the asked answer type (a number in digits or words, a new name, a date, a reason)?"""
    known = known if known is not None else set(names(shape.text))
    kind = shape.answer_type
    if kind == "number":
        counts = count_text(text)
        return bool(_NUMBER.search(counts)) and new_number(counts, shape.text)
    if kind == "quantity":
        counts = count_text(text)
        return unit_span(counts, shape.text) and new_number(counts, shape.text)
    if kind == "date":
        return bool(DATE_SPAN.search(text))
    if kind == "person":
        return bool(new_names(text, known, multiword=True)) or bool(new_names(text, known) and re.search(r"\b(said|told|says|stated|added)\b", text)) or names_new_state(text, shape)
    if kind in ("place", "organisation", "list"):
        pattern = answer_pattern(shape.text)
        if pattern is not None and any(new_names(m.group(), known) for m in pattern.finditer(text)):
            return True
        return bool(new_names(text, known))
    if kind == "comparison":
        return bool(_NUMBER.search(text) or new_names(text, known))
    if kind == "reason":
        return bool(_REASON.search(text))
    return True


# Session 9 signals (issue 9): where the asked-for answer stands relative to the question's words, where the sentence
# stands in its article, and whether it states the question's event. Each is a number in [0, 1]; their weights are
# fitted leave one set out (benchmarks/questions/answers9_fit.py) and judged on the sets they were not fitted on.
TYPE_NEAR_WINDOW = 6  # tokens between an asked-type span and a question word: one clause of a news sentence ('killed 25 soldiers', 'led by Jane Roe')
LEAD_SCALE = 600  # characters: a sentence's lead signal halves every ~400 characters into its article (a news lead is 1-3 sentences)
_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Where a clause ends: punctuation, or a conjunction that opens another statement.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”,]|\s[-–—]\s|\b(?:but|while|whereas|although|meanwhile)\b", re.I)


def type_token_mask(text: str, shape: QuestionShape, known: set[str] | None = None) -> list[bool] | None:
    """For each word of a sentence (as _TOKEN splits it): is it part of a span of the asked answer type?
    None when the answer type has no span to find (yes/no, other)."""
    known = known if known is not None else set(names(shape.text))
    kind = shape.answer_type
    toks = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int]] = []
    if kind in ("number", "quantity"):
        dated = [(m.start(), m.end()) for m in _DATE_NUMBER.finditer(text)]
        asked = number_values(shape.text)
        for m in toks:
            if any(a <= m.start() < b for a, b in dated) or not _NUMBER.search(m.group()):
                continue
            if number_values(m.group()) - asked:
                spans.append((m.start(), m.end()))
    elif kind == "date":
        spans = [(m.start(), m.end()) for m in DATE_SPAN.finditer(text)]
    elif kind == "reason":
        spans = [(m.start(), m.end()) for m in _REASON.finditer(text)]
    elif kind in ("person", "place", "organisation", "list", "comparison"):
        known_words = {w for k in known for w in k.split()}
        for k, m in enumerate(toks):
            w = m.group()
            if k > 0 and w[:1].isupper() and w.lower() not in known_words and w.lower() not in CALENDAR and w.lower() not in STOPWORDS:
                spans.append((m.start(), m.end()))
        if kind == "comparison":
            spans += [(m.start(), m.end()) for m in toks if _NUMBER.search(m.group()) and number_values(m.group()) - number_values(shape.text)]
    else:
        return None
    return [any(a < m.end() and m.start() < b for a, b in spans) for m in toks]


def type_near_words(text: str, shape: QuestionShape, known: set[str] | None = None) -> float:
    """Share of the question's content words that stand within TYPE_NEAR_WINDOW words of a span of the asked type,
    in the same clause ('Rebels killed 25 soldiers' for 'how many soldiers were killed': 1.0; a number at the other
    end of a long sentence: 0). 0 for question types without a span (yes/no, other)."""
    from .lemmas import forms, tokens

    mask = type_token_mask(text, shape, known)
    q_words = {w: forms(w) for w in tokens(shape.text) if w not in QUESTION_WORDS}
    if mask is None or not any(mask) or not q_words:
        return 0.0
    toks = list(_TOKEN.finditer(text))
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    clause = [sum(b < m.start() for b in breaks) for m in toks]
    typed = [k for k, t in enumerate(mask) if t]
    near: set[str] = set()
    for k, m in enumerate(toks):
        if mask[k] or not any(clause[j] == clause[k] and abs(j - k) <= TYPE_NEAR_WINDOW for j in typed):
            continue
        mine = set().union(*(forms(w) for w in tokens(m.group())))
        near |= {w for w, f in q_words.items() if f & mine}
    return len(near) / len(q_words)


def lead_position(start: int) -> float:
    """How near the top of its article a sentence stands (its first character's offset): 1 at the top, halving about
    every 400 characters. A news lead states the news; a later sentence gives background."""
    return math.exp(-max(0, start) / LEAD_SCALE)


# 'Did the US-led coalition comment ...': the lower-case words after the auxiliary and its determiners and names
# (the subject's noun comes too: harmless, the question states it anyway).
_AUXILIARY = re.compile(r"\b(?i:did|does|do|will|would|can|could|should)\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z][\w'’.-]*|[\w'’]+-[\w'’-]+)\s+)*((?:[a-z]+\s*){1,3})")
# 'Who leads ...', 'What prompted ...': the verb right after the question word.
_WH_VERB = re.compile(r"^\s*(?:who|what)\s+([a-z]+)\b", re.I)


def event_words(question: str) -> list[str]:
    """The question's words that name its event (verbs): past forms and participles ('killed', 'struck', 'led'), -ing
    forms, and the verb after 'did/does/do ... ' ('Did the army enter ...' -> 'enter'). Lower-case, no names."""
    from .lemmas import lemma

    out: list[str] = []
    for m in _TOKEN.finditer(question):
        w = m.group()
        low = w.lower()
        if w[:1].isupper() or low in QUESTION_WORDS or low in STOPWORDS or len(low) < 3 or "-" in low:
            continue
        lem = lemma(low)
        if low.endswith(("ed", "ing")) or (lem != low and not low.endswith("s") and not lem.endswith(low)):
            out.append(low)
    after = [w for m in _AUXILIARY.finditer(question) for w in _run(m.group(1))]
    wh = _WH_VERB.match(question)
    for w in after + ([wh.group(1).lower()] if wh else []):
        if w not in STOPWORDS and w not in QUESTION_WORDS and len(w) >= 3 and not w.endswith("ly"):
            out.append(w)
    return list(dict.fromkeys(out))


def _run(words: str) -> list[str]:
    """The words of a lower-case run up to its first stop word."""
    out = []
    for w in words.split():
        if w in STOPWORDS:
            break
        out.append(w)
    return out


def states_event(text: str, words: list[str]) -> float:
    """Share of a question's event words a sentence states in any form ('led' for 'leads', 'struck' for 'strike',
    synonyms as lemmas.forms groups them). 0 when the question names no event."""
    from .lemmas import forms, vocabulary

    if not words:
        return 0.0
    vocab = vocabulary(text)
    return sum(bool(forms(w) & vocab) for w in words) / len(words)


# A capitalised word with a lower-case hyphenated tail ('Ostrian-controlled', 'Elbonian-backed', 'Dornish-made') describes, it names nothing.
_ADJECTIVE_NAME = re.compile(r"^[\w'’.]+-[a-z]{3,}$")


def answer_names(text: str, shape: QuestionShape, known: set[str]) -> set[str]:
    """Names a sentence gives that could answer a name question: new to the question, no description ('Ostrian-held'),
    no country or nationality unless the question asks for countries, no weekday or month."""
    countries = asks_country(shape.text)
    # A sentence's first word is capitalised because it starts the sentence ('Militants attacked ...'): a name only when
    # it is more than one word (as question.focus_names reads a question's first word).
    first = re.match(r"\W*([\w'’-]+)\s+(?![A-Z])", text)
    opener = first.group(1).lower() if first else None
    return {n for n in new_names(text, known) if n != opener and not _ADJECTIVE_NAME.match(n) and (countries or not is_country(n.title()))}


def name_found(name: str, text: str, strict: bool = False) -> bool:
    """A question's name is stated in a text: at least half of its words (strict: more than half), stems allowed."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in STOPWORDS and w not in {"al", "el"}]
    if not words:
        return True
    country = is_state_form(name) if " " not in name else None
    if country is not None and states_country(country, text):
        return True  # 'france' is stated by 'Paris' or 'French': by any form the gazetteer knows
    if re.search(r"[\s-]", name) and stated_in(name, text):
        return True  # the whole name, written joined ('Al-Alam' as 'alalam') or by its parts
    # Short words ('US' written 'U.S.', 'abu') count as stated under strict: they carry little of a name.
    hits = sum(stated_in(w, text) or (strict and len(w) < 4) for w in words)
    return hits >= (len(words) // 2 + 1 if strict else max(1, math.ceil(len(words) / 2)))


@dataclass
class Scored:
    index: int
    score: float
    similarity: float
    coverage: float
    typed: bool = True
    focus: float = 1.0
    headline: bool = False


def window_text(pool: EvidencePool, index: int) -> str:
    """A sentence with its neighbours in the same chunk, and the document title."""
    s = pool.sentences[index]
    parts = [pool.sentences[j].text for j in [index, *pool.neighbours(index)]]
    return " ".join(parts + [pool.evidence[s.evidence].document.title or ""])


def document_text(pool: EvidencePool, index: int) -> str:
    """Every retrieved chunk of the sentence's document, with its title: where a name 'in the article' is looked for."""
    doc = pool.evidence[pool.sentences[index].evidence].document
    parts = [e.chunk.text for e in pool.evidence if e.document.doc_id == doc.doc_id]
    return " ".join(parts + [doc.title or ""])


def excluded(pool: EvidencePool, index: int) -> bool:
    """Never an answer sentence: an instruction to the reader, or page debris."""
    text = pool.sentences[index].text
    return addresses_reader(text) or is_debris(text)


def score_sentences(pool: EvidencePool, query: str, qvec: np.ndarray, limit: int | None = 10, shape: QuestionShape | None = None,
                    weights: Mapping[str, float] | None = None) -> list[Scored]:
    """Rank pool sentences for a question: meaning + word coverage + answer type + focus.

    `weights`: the scorer's weights by name (scorer_weights; default the named constants). benchmarks/questions/
    answers9_fit.py fits them on the labelled question sets and judges them leave one set out (docs/benchmarks.md,
    issue 9, session 9).

    Instructions and debris stay in the ranking (a model's prompt shows them, made inert); the extractive
    reader drops them with `excluded` before it chooses (assembly.read).
    """
    if not pool.sentences:
        return []
    shape = shape or analyse(query)
    w = scorer_weights() if weights is None else weights
    sent_terms = [pool.terms_of(j) for j in range(len(pool.sentences))]
    n = len(sent_terms)
    q_terms = [t for t in dict.fromkeys(terms(shape.text)) if t not in QUESTION_WORDS]
    idf = {t: math.log(1 + n / (1 + sum(t in st for st in sent_terms))) for t in q_terms}
    total = sum(idf.values()) or 1.0
    # Embed only the sentences worth a look: best word coverage, and the lead sentences of the best chunks.
    cover = [sum(idf[t] for t in q_terms if t in st) / total for st in sent_terms]
    order = sorted(range(n), key=lambda j: -cover[j])
    lead = [j for j in range(n) if pool.sentences[j].evidence == 0][:4]
    # ... and the sentences next to the best-covering ones: a sentence that restates the question is often followed
    # (or preceded) by the one that names the answer, which shares few of the question's words.
    near = [j for i in order[:NEIGHBOUR_SEEDS] for j in pool.neighbours(i)] if limit else []
    cand = list(dict.fromkeys(order[:limit] + lead + near)) if limit else list(range(n))
    sims = np.full(n, -1.0)
    sims[cand] = pool.similarities(qvec, cand)
    pattern = answer_pattern(shape.text) if shape.answer_type in ("place", "organisation", "list", "person") else None
    known = set(names(shape.text))
    noun = counted_noun(shape.text) if shape.answer_type == "number" else None
    events = event_words(shape.text) if w.get("EVENT_WEIGHT") else []
    focus_cache: dict[str, str] = {}
    out: list[Scored] = []
    for i, s in enumerate(pool.sentences):
        if sims[i] < -0.5:
            continue
        doc = pool.evidence[s.evidence].document
        if doc.doc_id not in focus_cache:
            focus_cache[doc.doc_id] = document_text(pool, i)
        focus = sum(name_found(f, focus_cache[doc.doc_id]) for f in shape.focus) / len(shape.focus) if shape.focus else 1.0
        typed = carries_type(s.text, shape, known)
        headline = is_headline(s.text, doc.title)
        score = w["W_MEANING"] * float(sims[i]) + w["W_WORDS"] * cover[i] + w["FOCUS_WEIGHT"] * focus
        score += w["TYPE_BONUS"] * typed
        if noun is not None and typed and counts_noun(s.text, noun):
            score += w["COUNT_BONUS"]
        if pattern is not None and pattern.search(s.text):
            score += w["PATTERN_BONUS"]
        if headline:
            score -= w["HEADLINE_PENALTY"]
        if w.get("NEAR_WEIGHT"):
            score += w["NEAR_WEIGHT"] * type_near_words(s.text, shape, known)
        if events:
            score += w["EVENT_WEIGHT"] * states_event(s.text, events)
        out.append(Scored(i, score, float(sims[i]), cover[i], typed, focus, headline))
    return sorted(out, key=lambda x: -x.score)


# Where a name stands as a place: after a locative preposition ('in Velmar', 'near the village of Dorn',
# '3 km east of Port Elbon') or a verb whose object is a place, up to three lower-case words between ('in the rebel-held town of Velmar').
_PLACE_NAME = r"((?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)*)"
_LOCATIVE = re.compile(
    r"\b(?i:in|at|near|outside|around|inside|into|on|from|across|toward|towards|off|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    # verbs whose object is a place ('visited Paris', 'struck Velmar')
    r"|visit(?:ed|s)?|hit|struck|entered|captured|seized|reached|shelled|bombed|stormed|besieged|retook|recaptured)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?" + _PLACE_NAME
)
# Asked nouns a country answers; every other place noun (town, district, ...) asks for a place inside a country.
COUNTRY_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states"})


def is_country(surface: str) -> bool:
    """Does a name say a country or its people ('France', "Frances", 'French'), not a place inside one?
    (A capital is a city: 'Ankara' is a place the gazetteer knows, not a country.)"""
    from .entities import country_of, gazetteer

    base = re.sub(r"[’']s?$", "", surface.strip())
    country = country_of(base)
    if country is None:
        return False
    demonym = gazetteer().demonyms.get(country, "")
    return base in (country, country + "s", demonym, demonym + "s") or base.lower() in ("the " + country.lower(),)


def names_organisation(surface: str) -> bool:
    from .entities import ORG_WORDS

    return surface.split()[-1].lower() in ORG_WORDS


def place_names(text: str, known: set[str], countries: bool = False) -> set[str]:
    """Names a sentence gives as places (after 'in', 'near', 'east of', ...) that the question does not name.

    Weekdays and months ('on Thursday') and organisations ('from the Elbonian Observatory') are no places;
    countries and nationalities count only when `countries` (the question asks for a country).
    """
    out: set[str] = set()
    for m in _LOCATIVE.finditer(text):
        surface = m.group(1)
        if names_organisation(surface) or (not countries and is_country(surface)):
            continue
        out |= new_names(surface, known)
    return out


def asked_noun(question: str) -> str | None:
    """The noun a 'which <noun>' question asks for ('Which town in Ostria ...' -> 'town'), or None."""
    m = _HEAD.search(question) or _NAME_OF.search(question) or _WHO_IS.search(question)
    return m.group(2).lower() if m else None


_ASKS_COUNTRY = re.compile(r"\b(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?:countr(?:y|ies)|nations?|states)\b", re.I)


def asks_country(question: str) -> bool:
    """Does the question ask for a country ('Which country sent troops?'), so that a country answers it?"""
    return asked_noun(question) in COUNTRY_NOUNS or bool(_ASKS_COUNTRY.search(question))
