"""Measures: what KIND of figure a question asks for, and which kinds a sentence states.

'How much did the film cost to make?' asks for money; 'What share of voters backed X?' for a share; 'How long did the
ceremony run?' for a duration; 'How many voters did the poll interview?' for a count. A sentence that states only
figures of other kinds ('seven nominations', '49 to 43 percent', '250 guests') does not answer it, however close its
words are. The kinds are read from the question's frame and the figure's own unit (a currency, 'percent', a time unit),
general English, never a story's words.

Session 15 measured it as a refusal veto over the chosen sentences (benchmarks/questions/fit_answerability15.py kinds);
session 17 ships it over every retrieved sentence (answerability.figure_kind_failures;
benchmarks/questions/fit_types17.py; docs/benchmarks.md 'Session 17: answer types and refusals').
"""
from __future__ import annotations

import re

from .candidates import NUMBER_WORDS, count_text

MONEY, SHARE, DURATION, COUNT = "money", "share", "duration", "count"

# Words that make a 'how much' question ask for money (general English, not any corpus's topics): 'How much did X pay',
# 'How much is it worth', 'How much bail'; 'How much oil' asks for an amount of something else.
_MONEY_WORDS = (
    r"cost|costs|pay|paid|pays|spend|spent|spends|worth|earn|earned|earns|fee|fees|salary|wage|wages|price|budget|bail|"
    r"cash|money|fine|fined|revenue|revenues|profit|profits|bonus|compensation|damages|charge|charged|owe|owed|owes|"
    r"raise|raised|invest|invested|sell|sold|buy|bought|offer|offered|receive|received|donate|donated|lend|lent|loan|"
    r"borrow|borrowed|dollars|pounds|euros|sterling"
)
# Nouns that name an amount of money: 'What annual salary did X earn', 'What was the fee'.
_MONEY_NOUNS = r"cost|costs|fee|fees|salary|wage|wages|price|budget|bail|fine|compensation|damages|bonus|payment|payout|settlement"
_ASKS_MONEY = re.compile(
    rf"\bhow much\b.*\b(?:{_MONEY_WORDS})\b|\b(?:{_MONEY_WORDS})\b.*\bhow much\b|\bwhat (?:(?:was|is|were|are) )?(?:the |his |her |its |their )?(?:[\w'’-]+\s+){{0,2}}(?:{_MONEY_NOUNS})\b",
    re.I,
)
_ASKS_SHARE = re.compile(r"\bwhat (?:percentage|percent|proportion|share|fraction)\b|\bwhat (?:[\w'’-]+\s+){0,2}rate\b|\bhow many percent\b", re.I)
_ASKS_DURATION = re.compile(r"\bhow long\b(?! ago)|\bfor how many (?:seconds|minutes|hours|days|weeks|months|years)\b", re.I)
_ASKS_COUNT = re.compile(r"\bhow many\s+(?!percent|times\b|(?:does|did|do|is|are|was|were|has|have|had|of|in|will|would|can|could|the|a|an|its|their|his|her)\b|(?:seconds|minutes|hours|days|weeks|months|years)\b)[a-z]", re.I)

_NUM = rf"(?:\d[\d,.]*|\b(?:{'|'.join(NUMBER_WORDS)})\b)"
_CURRENCY = r"(?-i:dollars?|euros?|pounds?|pence|cents?|yen|yuan|renminbi|roubles?|rubles?|rupees?|francs?|lira|liras|riyals?|dinars?|pesos?|won|sterling|kronor|kroner|krona)"  # lower case: 'Million Dollar Baby' names a film
_RANGE = rf"(?:{_NUM}\s*(?:to|and|or|-|–)\s*)?"  # '49 to 43 percent', '$5-6bn': the first number has the second's unit
_MONEY_SPAN = re.compile(rf"(?:\b(?:US|A|C|HK|NZ))?[$€£¥]\s*\d[\d,.]*(?:\s*(?:-|–|to)\s*\d[\d,.]*)?\s*(?:m|bn|million|billion|trillion)?\b|{_RANGE}{_NUM}\s*(?:m|bn|million|billion|trillion)?\s*(?:{_CURRENCY})\b", re.I)
_SHARE_SPAN = re.compile(
    rf"{_RANGE}{_NUM}\s*(?:%|per ?cent|percent|percentage points?)|\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|a tenth|majority|minority)\b|"
    rf"\b(?:one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
_TIME_UNIT = r"(?-i:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"  # lower case: a title's capitals name, not measure
_DURATION_SPAN = re.compile(rf"(?:{_RANGE}{_NUM}|\ban?|\bseveral|\bfew|\bmany)[\s-]+(?:[\w-]+[\s-]+)?(?:{_TIME_UNIT})\b|\b(?:hours|days|weeks|months|years|decades)\b", re.I)
_COUNTS_CURRENCY = re.compile(rf"\bhow many (?:{_CURRENCY})\b", re.I)  # 'How many roubles did X pay': money, counted in its unit
_ANY_NUMBER = re.compile(_NUM, re.I)


def asked_kind(question: str) -> str | None:
    """The kind of figure a question asks for: money, share, duration or count; None when it asks none of these (or
    its frame is not one of the plain ones: 'by how much did X rise' may be answered in money or a share)."""
    if _ASKS_SHARE.search(question):
        return SHARE
    if _ASKS_DURATION.search(question):
        return DURATION
    if _ASKS_MONEY.search(question) or _COUNTS_CURRENCY.search(question):
        return MONEY
    if _ASKS_COUNT.search(question):
        return COUNT
    return None


def stated_kinds(sentence: str) -> set[str]:
    """The kinds of figure a sentence states: money (a currency), share (percent, 'half', 'one in five'), duration (a
    number of a time unit, 'a week'), count (any other number, dates and clock times aside)."""
    text = count_text(sentence)
    out: set[str] = set()
    rest = text
    for kind, span in ((MONEY, _MONEY_SPAN), (SHARE, _SHARE_SPAN), (DURATION, _DURATION_SPAN)):
        if span.search(rest):
            out.add(kind)
            rest = span.sub(" ", rest)
    if _ANY_NUMBER.search(rest):
        out.add(COUNT)
    return out


_SPANS = {MONEY: _MONEY_SPAN, SHARE: _SHARE_SPAN, DURATION: _DURATION_SPAN}
# Words of a figure question's frame, never what the figure is of: 'how much', 'what percentage of'.
_FRAME = frozenset("much many long percentage percent proportion share fraction rate total number amount figure".split())


def question_words(question: str) -> set[str]:
    """The forms of a question's lower-case content words, less its frame ('how much', 'what share'): what the asked
    figure is of, and the event it is in ('salary', 'earn'; 'paid', 'witness'). Capitalised words are names: a
    figure is rarely next to whose it is ('Jones, who ... has accumulated four times as much cash')."""
    from briefing.lemmas import forms
    from briefing.lexical import STOPWORDS
    from briefing.question import QUESTION_WORDS

    out: set[str] = set()
    for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", question):
        if w not in STOPWORDS and w not in QUESTION_WORDS and w not in _FRAME and len(w) > 2:
            out |= forms(w)
    return out


def bound_kind(kind: str, sentence: str, asked: set[str], reach: int | None) -> bool:
    """Does the sentence state a figure of the kind, with (unless reach is None) one of the question's words within
    `reach` words of it: '$160bn telecoms giant' is money, but not of the 'salary' asked for."""
    from briefing.lemmas import forms

    text = count_text(sentence)
    if kind == COUNT:
        rest = text
        for span in _SPANS.values():
            rest = span.sub(" ", rest)
        found = list(_ANY_NUMBER.finditer(rest))
        text = rest
    else:
        found = list(_SPANS[kind].finditer(text))
    if reach is None or not found:
        return bool(found)
    for m in found:
        before = re.findall(r"[a-z][\w'’-]*", text[: m.start()].lower())[-reach:]
        after = re.findall(r"[a-z][\w'’-]*", text[m.end() :].lower())[:reach]
        if any(forms(w) & asked for w in before + after):
            return True
    return False


def kind_failure(question: str, sentences: list[str], reach: int | None = None) -> str | None:
    """Why the sentences do not give the asked kind of figure ('no sentence that answers it gives an amount of
    money'), or None when one of them does, or the question asks no such figure. With `reach`, the figure must also
    stand within that many words of one of the question's own words (question_words)."""
    kind = asked_kind(question)
    if kind is None or not sentences:
        return None
    asked = question_words(question) if reach is not None else set()
    if any(bound_kind(kind, s, asked, reach) for s in sentences):
        return None
    what = {MONEY: "an amount of money", SHARE: "a share or percentage", DURATION: "a length of time", COUNT: "a count"}[kind]
    return f"no sentence that answers it gives {what}"


# Session 20: 'how long' also asks a length in space ('How long is the border ...?'): a distance answers it. Read only by
# bound_failure, where a 'how long' question answered by '98-kilometre area' is not an unanswered duration.
_LENGTH_SPAN = re.compile(rf"{_RANGE}{_NUM}[\s-]*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|yards?)\b", re.I)
_KIND_NAMES = {MONEY: "amount of money", SHARE: "share", DURATION: "length of time", COUNT: "count"}


def unbound_figure(question: str, sentences: list[str], reach: int) -> tuple[str, str | None] | None:
    """Session 20 (issue 9, class B): the answer sentences give no figure of the asked kind within `reach` words of one
    of the question's own words ('$160bn telecoms giant' for 'What annual salary did X earn?', '$11bn accounting fraud'
    for 'how much was X paid as a witness'). Returns (the asked kind's name, the first figure of that kind the sentences
    give for something else, or None when they give none), or None when a figure is bound or no kind is asked."""
    kind = asked_kind(question)
    if kind is None or not sentences:
        return None
    if kind == DURATION and any(_LENGTH_SPAN.search(count_text(s)) for s in sentences):
        return None  # 'how long' answered by a distance
    if kind_failure(question, sentences, reach) is None:
        return None
    figure = None
    if kind != COUNT:
        figure = next((m.group().strip() for s in sentences if (m := _SPANS[kind].search(count_text(s)))), None)
    return _KIND_NAMES[kind], figure


# Session 20: a share's POPULATION ('What share of white evangelical voters backed X?'): the describing words the question
# gives the counted group must stand in an answer sentence that gives a share, or the share is of another group ('49
# percent among voters likely to cast ballots' is no share of white evangelical voters, nor of registered voters).
_SHARE_OF = re.compile(r"\bwhat (?:percentage|percent|proportion|share|fraction) of (?:the |all |its |their )?(.+)", re.I)
_GROUP_ENDS = frozenset(
    "is was are were did does do has have had will would can could who whom that which whose "
    "of in on at to from for by with into about over under after before during since than as against between among".split()
)
SCOPE_WORDS = 5  # words a share's group holds before its verb ('white evangelical voters', 'Alabama's registered voters')


def share_group(question: str) -> tuple[list[str], str] | None:
    """The group a share question asks the share of: (its lower-case describing words, its head word), or None:
    'What share of white evangelical voters backed X?' -> (['white', 'evangelical'], 'voters'); 'What share of Alabama
    Republicans ...' -> ([], 'Republicans') (a name describes by itself: the name checks read it)."""
    from .lexical import STOPWORDS
    from .slots import IRREGULAR_VERBS, SPEECH_VERBS

    m = _SHARE_OF.search(question)
    if not m:
        return None
    group: list[str] = []
    for w in re.findall(r"[\w'’-]+", m.group(1))[:SCOPE_WORDS]:
        low = w.lower()
        if low in _GROUP_ENDS or low in SPEECH_VERBS or low in IRREGULAR_VERBS or (low.endswith("ed") and any(not re.search(r"['’]s?$", g) for g in group)):
            break  # a verb after the group ('voters backed', 'voters turned out'); before it, a describing word ('registered voters', "Tilia's registered voters")
        group.append(w)
    if not group:
        return None
    describing = [w for w in group[:-1] if w[:1].islower() and w.lower() not in STOPWORDS and not re.search(r"['’]", w)]
    return describing, group[-1]


def unstated_group(question: str, sentences: list[str]) -> list[str]:
    """The describing words of a share question's group that no answer sentence giving a share states (all of them
    in one sentence), in question order; [] when one such sentence states them all, or the question asks no share of
    a described group, or no answer sentence gives a share (figure_bound's case)."""
    from .lemmas import forms, tokens

    found = share_group(question)
    if not found or not found[0]:
        return []
    shares = [s for s in sentences if _SHARE_SPAN.search(count_text(s))]
    if not shares:
        return []
    words = found[0]
    for s in shares:
        toks = {t for t in tokens(s)}
        if all(any(forms(t) & forms(w.lower()) for t in toks) for w in words):
            return []
    return words
