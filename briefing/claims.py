"""What a sentence asserts: actors, relations, polarity, quantities, dates, places, attribution, certainty.

`decompose(sentence)` returns a `Claim`; verify.py checks each part against
evidence. Every rule is a small named function over one sentence, so it can be
tested with a sentence. The rules are the grammar of English news prose
(negation, hedging, 'X said', 'N people killed'), never the vocabulary of one story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lemmas import lemma, number_value
from .lexical import STOPWORDS, names, stem, terms
from .relations import Relation, extract

__all__ = [
    "Attribution",
    "Claim",
    "Quantity",
    "attributions",
    "clauses",
    "content_terms",
    "date_mentions",
    "decompose",
    "hedges",
    "negations",
    "places",
    "quantities",
    "real_names",
    "quantifiers",
    "directions",
    "modalities",
    "modality_scopes",
    "causes",
    "bearings",
]

# Negative implicative verbs in every inflection: the complement did not happen ('asked him to refrain from escalating',
# 'abstaining from releasing', 'has held back on penalties', 'was blocked from visiting', 'turned down the offer',
# 'declining to comment'). Closed-class English, the grammar of denial.
NEGATIVE_IMPLICATIVES = (
    r"(?:refrain|abstain)(?:s|ed|ing)? from|(?:hold|holds|holding|held) back (?:from|on)|"
    r"(?:blocked|barred|kept) from|turn(?:s|ed|ing)? down|"
    r"refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to"
)
# Negation and denial cues; a cue governs the rest of its clause.
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|no|none|neither|nor|n[’']t|cannot|without|denied|denies|deny|denying|unable to|unwilling to|"
    r"rejected|rejects|dismissed claims|ruled out|rules out|halted|stopped|ended|ceased|withdrew|"
    # negative implicatives (the complement did not happen) and negated likelihood: the grammar of denial, not a topic
    r"prevented|prevents|prevent|preventing|" + NEGATIVE_IMPLICATIVES + r"|"
    r"unlikely|violation of|violations of|in breach of|excludes|excluded|excluding|lack of|lacked|lacks|absence of|instead of|rather than)\b|n[’']t\b",
    re.I,
)
# Certainty lowered by the writer: the statement is reported, alleged, believed or possible.
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|alleged|purportedly|supposedly|apparently|possibly|probably|likely|unlikely|unconfirmed|unverified|"
    r"(?:is|are|was|were|being)\s+(?:widely\s+)?(?:believed|thought|said|reported|alleged|suspected|understood|rumou?red|expected)|"
    r"believed to|thought to|said to|reported to|suspected of|suspected|rumou?rs?|rumou?red|allegations?|accusations?|claimed that|claims that|claim that|"
    r"may|might|could|appears? to|appeared to|seems? to|seemed to|according to (?:some|unconfirmed|unverified) \w+|according to (?:a|one) (?:report|reports|rumou?r)\b|"
    r"could not be (?:independently )?verified|not (?:be )?independently verified|estimated|estimates?)\b",
    re.I,
)
_SAY = r"(?:said|says|say|told|tells|stated|states|announced|announces|added|adds|claimed|claims|insisted|insists|warned|warns|reported|reports|confirmed|confirms|denied|denies|noted|notes|wrote|writes|declared|declares|tweeted|explained|explains|argued|argues|indicated|indicates|stressed|stresses|accused|accuses)"
_NAME = r"(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:al|el|bin|ibn|de|of|the|for)\s+)?[A-Z][\w’'.-]*)*"
_ATTR_PATTERNS = (
    re.compile(rf"(?P<s>(?:the\s+)?{_NAME}(?:\s+(?!(?:has|have|had|was|were|is|are|and|also|then|who|which|that|over|of|on|about|amid|after|before|in|at|for|with|from|to|by|into|against)\b)[a-z][\w-]+){{0,2}})\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?P<v>{_SAY})\b"),
    re.compile(rf"(?:^|[,”\"']\s*)(?P<v>{_SAY})\s+(?P<s>(?:the\s+)?{_NAME})"),
    # inverted at the end of a sentence: '... two days after they were kidnapped, said the Observatory.'
    re.compile(rf"\b(?P<v>said|says|reported|added)\s+(?P<s>(?:the\s+)?{_NAME})\s*[.”\"]?\s*$"),
    re.compile(rf"\b(?P<v>according to)\s+(?P<s>(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{_NAME}|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)"),
)
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # vague plural counts: 'tens of' and 'scores of' are what English news also writes 'dozens of' for
    "dozen": 12, "dozens": 24, "tens": 24, "scores": 24, "hundreds": 200, "thousand": 1000, "thousands": 2000, "million": 1_000_000, "millions": 2_000_000,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_OF_COUNTS = frozenset({"tens", "scores"})  # vague counts only before 'of'
_WN = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))  # longest first: 'sixty' before 'six'
_QUANTITY = re.compile(
    rf"(?<![\w.])(?P<n>\d+(?:[.,]\d+)*(?:\s*(?:hundred|thousand|million|billion))?|(?:{_WN})\b(?:[\s-](?:{_WN})\b)?)(?P<pct>\s*(?:%|percent|per cent))?(?=(?P<rest>(?:\s+[\w’'-]+){{0,3}}))",
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?|(?:{_MONTHS})(?:\s+\d{{4}})?|"
    rf"(?:{_WEEKDAYS})|(?:1[89]|20)\d\d|yesterday|today|tomorrow|(?:last|this|next) (?:week|month|year))\b"
)
_PLACE = re.compile(rf"\b(?:in|at|near|into|from|outside|inside|across|around|to|toward|towards)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|northeast|northwest|southeast|southwest)\s+)?(?P<p>{_NAME})")
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|:|\s+—\s+|\s+–\s+|,\s+(?:and|but|while|whereas|although|though)\s+|\s+(?:but|while|whereas|although)\s+|,\s+which\s+|,\s+who\s+|"
    r"\s+and\s+(?=(?:also\s+|then\s+|later\s+)?(?:has|have|had|is|was|were|are|will|did|does|said|says|\w+ed)\b)|,?\s+and\s+that\s+)\s*"
)
_UNIT_SKIP = frozenset("more than less fewer at least about around nearly almost some over under up to of the other".split())


@dataclass
class Quantity:
    """A number and what it counts: '12 people killed' -> value 12, unit 'people', event 'killed'."""

    value: float
    text: str
    unit: str | None = None
    event: str | None = None
    percent: bool = False
    nouns: set[str] = field(default_factory=set)  # the words naming what it counts ('30 Ruritanian rebel fighters')
    after: str = ""  # the text after the number, where what it counts is described


@dataclass
class Attribution:
    """Who a statement is put in the mouth of: 'X said', 'according to X'."""

    speaker: str
    verb: str


@dataclass
class Claim:
    """Everything one sentence asserts, part by part."""

    text: str
    actors: set[str] = field(default_factory=set)
    relations: list[Relation] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    content: set[str] = field(default_factory=set)

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)


def negations(text: str) -> list[str]:
    """Negation and denial cues: 'did not', 'never', 'denied', 'refused to', 'no longer'."""
    return [m.group(0).lower() for m in _NEGATION.finditer(text)]


# 'not to regime forces that seized aid': a 'that' after a noun phrase of NEGATED_BEFORE_THAT or more words opens a
# relative clause the negation does not govern; closer to the cue it opens what is denied ('denied that', 'not say that').
NEGATED_BEFORE_THAT = 3
_RELATIVE_THAT = re.compile(r"^(?:\s+[\w'’-]+){%d,}?\s+that\b" % NEGATED_BEFORE_THAT, re.I)


def negation_scopes(text: str) -> list[tuple[str, set[str]]]:
    """Each negation cue with the content words it governs (the rest of its clause)."""
    out = []
    for m in _NEGATION.finditer(text):
        # 'did not say why X was recused' / 'did not explain how': the wh-clause is taken as true, not negated;
        # '... may not be complying and that the decision sent ...': a second 'that' clause is a statement of its own
        rest = re.split(r"[,;:.!?]|\b(?:but|while|whereas|although|and said|and that|who|which|since|after|before|when|because|until|why|how)\b", text[m.end():])[0]
        rel = _RELATIVE_THAT.search(rest)
        if rel is not None:
            rest = rest[: rel.end() - len("that")]
        out.append((m.group(0).lower(), set(terms(rest))))
    return out


def hedges(text: str) -> list[str]:
    """Words that lower the writer's certainty: 'reportedly', 'allegedly', 'is believed to', 'may', 'unconfirmed'."""
    return [re.sub(r"\s+", " ", m.group(0).lower()) for m in _HEDGE.finditer(text)]


def strip_hedges(text: str) -> str:
    """The sentence without its hedge words: a claim may be more careful than its evidence."""
    return re.sub(r"\s{2,}", " ", _HEDGE.sub(" ", text)).strip()


_META = re.compile(r"^\s*[\"“]?\s*(?:(?:in|according to)\s+(?:the|this)\s+(?:passage|article|text|report|story|quote|evidence|source)\s*,\s*|"
                   r"(?:the|this)\s+(?:passage|article|text|report|story|quote|evidence|source)\s+(?:states|says|describes|mentions|notes|reports|shows|indicates|explains)\s+(?:that\s+)?)", re.I)


def strip_meta(text: str) -> str:
    """A sentence without a lead-in about its own source ('The passage states that X' -> 'X'), as weak models write."""
    out = _META.sub("", text)
    return out[:1].upper() + out[1:] if out != text else text


# A hedge that describes a noun ('the suspected chemical attack', 'what are said to be militant targets') doubts what
# the thing is, not what the clause says of it: its scope is that noun phrase.
_ATTRIBUTIVE_HEDGE = re.compile(r"suspected|alleged|purported|presumed")
_COPULA = frozenset("is are was were be been being has have had".split())
_NOT_NOUN_START = frozenset("of to that by in as".split())
_SAID_TO_BE = re.compile(r"\b(?:what|which|who)\s+(?:is|are|was|were)\s+(?:widely\s+)?(?:said|believed|thought|alleged|reported|claimed|suspected)\s+to\s+be\s+", re.I)
_PHRASE_ADVERB = re.compile(r"\w+ly$")
# prepositions that end a noun phrase and are no stopwords ('targets inside the country', 'a raid near the town')
_PREPOSITIONS = frozenset("inside outside near across around over under during after before since without within along between among toward towards through throughout behind beyond amid despite".split())
_PHRASE_GLUE = frozenset("of the a an".split())
NOUN_PHRASE_WORDS = 4  # words of a described noun phrase ('suspected Islamic State militants'): a determiner-less English NP


def described_phrase(text: str, start: int) -> list[str] | None:
    """The noun phrase an attributive hedge ending at `start` describes: the words up to a function word, a past
    participle or a verb in -s, at most NOUN_PHRASE_WORDS ('... suspected Islamist militants kidnapped them' ->
    islamist militants); None when the words after are no noun phrase ('suspected of', 'alleged that')."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", text[start:])
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower()
        if out and lw in _PHRASE_GLUE:
            continue  # 'alleged use of chemical weapons': an 'of' complement belongs to the phrase
        if not re.match(r"\w", w) or lw in STOPWORDS or lw in _PREPOSITIONS or _PHRASE_ADVERB.match(lw) and i:
            break
        if i and (lw.endswith("ed") or lw in _COPULA):
            break
        if not i and lw in _NOT_NOUN_START:
            return None
        out.append(lw)
        if len(out) >= NOUN_PHRASE_WORDS:
            break
    return out or None


def attributive_scope(text: str, m: re.Match[str]) -> set[str] | None:
    """The content words a hedge governs when it describes a noun phrase: an adjective before a noun ('the suspected
    chemical attack' -> chemical, attack; not 'was suspected of', 'has alleged that') or 'what are said to be X' ->
    X's words. None for a hedge of a statement."""
    cue = m.group(0).lower()
    before = text[: m.start()].split()[-1:]
    if _ATTRIBUTIVE_HEDGE.fullmatch(cue) and not (before and before[0].lower() in _COPULA):
        phrase = described_phrase(text, m.end())
        return set(terms(" ".join(phrase))) if phrase else None
    lead = text[max(0, m.start() - 12) : m.start()]
    said = _SAID_TO_BE.search(lead + text[m.start() : m.end() + 16])
    if said is not None and re.search(r"\b(?:what|which|who)\s+$", lead, re.I):
        phrase = described_phrase(text, m.start() - len(lead) + said.end())
        return set(terms(" ".join(phrase))) if phrase else None
    return None


_GOES_ON = re.compile(r"\s*(?:not\s+)?(?:be|have|been)\b", re.I)  # a modal hedge followed by its verb phrase ('may not be complying')


def hedge_scopes(text: str) -> list[tuple[str, set[str]]]:
    """Each hedge with the content words it governs: the rest of its clause, or the clause before it when it ends one;
    an attributive hedge governs the noun phrase it describes (attributive_scope)."""
    out = []
    for m in _HEDGE.finditer(text):
        described = attributive_scope(text, m)
        if described is not None:
            out.append((re.sub(r"\s+", " ", m.group(0).lower()), described))
            continue
        rest = text[m.end():]
        source = re.match(r"[^,;:.!?]{0,80},\s", rest) if m.group(0).lower().startswith("according to") else None
        if source:  # 'According to a report from X, the president visited Y': the hedge governs the clause after its source
            rest = rest[source.end():]
        after = re.split(r"[,;:.!?]\s|[\"“”]|\b(?:but|while|whereas|although|since|after|before|when|because|until|which|who|as|and that)\b", rest)[0]
        words = set(terms(after))
        if len(words) < 2 and not _GOES_ON.match(rest):  # the hedge ends its clause ('..., reportedly.'): it governs the words before
            before = re.split(r"[;:.!?]\s|,\s+(?:and|but|while)\s", text[: m.start()])[-1]
            words |= set(terms(before))
        out.append((re.sub(r"\s+", " ", m.group(0).lower()), words))
    return out


def _number_value(raw: str) -> float | None:
    raw = raw.lower().replace(",", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?", raw)
    if m:
        return float(m.group(1)) * (_SCALE[m.group(2)] if m.group(2) else 1)
    total = 0.0
    for w in re.split(r"[\s-]+", raw):
        if w in _SCALE and total:
            total *= _SCALE[w]
        elif w in _WORD_NUMBERS:
            total += _WORD_NUMBERS[w]
        else:
            return None
    return total


def quantities(text: str) -> list[Quantity]:
    """Numbers with what they count ('12 soldiers'), the event near them ('were killed'); years are dates, not quantities."""
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        raw = m.group("n")
        if re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            continue  # a year
        prev = text[: m.start()].rstrip()
        if re.search(rf"(?:{_MONTHS})\.?$", prev) or re.match(rf"\s*(?:st|nd|rd|th)?\s*(?:{_MONTHS})\b", text[m.end("n"):]):
            continue  # a day of a month
        if raw.lower() in ("one",) and not re.match(r"\s+[a-z]+s\b|\s+(?:person|child|man|woman|soldier|civilian)", text[m.end("n"):]):
            continue  # 'one of', 'one side': not a count
        if raw.lower() in _OF_COUNTS and not re.match(r"[\"”’']?\s+of\b", text[m.end("n"):], re.I):
            continue  # 'scores' and 'tens' count only as 'scores of', 'tens of' ('the striker scores twice')
        value = _number_value(raw)
        if value is None:
            continue
        unit = None
        for w in (m.group("rest") or "").split():
            lw = w.lower().strip(",.;:")
            if ends_count(lw):
                break
            if lw in _UNIT_SKIP or lw in _WORD_NUMBERS or lw.isdigit():
                continue
            if lw in STOPWORDS:
                break
            unit = stem(lw)
            # an adjective before the counted noun ('12 Ruritanian soldiers'): prefer a following plural
            nxt = (m.group("rest") or "").split()
            idx = nxt.index(w) if w in nxt else -1
            if 0 <= idx < len(nxt) - 1 and (w[0].isupper() or lw.endswith(("ian", "an", "ese", "ish", "ed", "al"))) and nxt[idx + 1].lower().endswith("s"):
                unit = stem(nxt[idx + 1].lower().strip(",.;:"))
            break
        if unit is not None and event_class(unit) is not None:
            unit = None  # '8 killed': the number counts whoever the event befell, not a noun
        nouns = set(_unit_words(m.group("rest") or ""))
        out.append(Quantity(value=value, text=(m.group(0) + (m.group("rest") or "")).strip(), unit=unit, event=nearest_event(text, m.start(), m.end()), percent=bool(m.group("pct")), nouns=nouns, after=text[m.end("n") : m.end("n") + UNIT_WINDOW]))
    return out


# What befell the counted: the words of one event count as one ('died', 'dead', 'killed'; 'hurt', 'injured').
_EVENTS = {
    "kill": "killed killing kills dead died die dies dying deaths death slain perished",
    "wound": "wounded wounding injured injuring injuries hurt",
    "displace": "displaced",
    "arrest": "arrested detained",
    "capture": "captured",
    "missing": "missing",
    "flee": "fled fleeing",
    "evacuate": "evacuated",
    "deploy": "deployed sent",
    "release": "released freed",
    "execute": "executed",
}
_EVENT_OF = {w: k for k, v in _EVENTS.items() for w in v.split()}
_EVENT_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_EVENT_OF, key=len, reverse=True)), re.I)
UNIT_WINDOW = 60  # characters after a number where what it counts is described ('13 fighters loyal to X')
EVENT_WINDOW = 40  # characters either side of a number where the event it counts is stated (about six words)


_UNIT_END = frozenset("including among near inside during across as like".split())  # words that end the counted noun


def ends_count(word: str) -> bool:
    """A word after a number that ends what it counts: a preposition ('kills 16 outside a bakery', '$5 billion over 20
    years': the years are the other number's) or another number ('over 20')."""
    return word in _PREPOSITIONS or word in ("over", "under") or word[:1].isdigit()


def _unit_words(rest: str) -> list[str]:
    """The words naming what a number counts: those after it up to a function word or an event
    ('30 Ruritanian rebel fighters were' -> ruritanian, rebel, fighters; '25 miles west of' -> miles, west)."""
    run = []
    for w in rest.split():
        lw = w.lower().strip(",.;:'\"")
        if ends_count(lw):
            break
        if lw in _UNIT_SKIP or lw in _WORD_NUMBERS or lw.isdigit():
            continue
        if lw in STOPWORDS or lw in _UNIT_END or event_class(lw) is not None:
            break
        run.append(lw)
    return run


def event_class(word: str) -> str | None:
    """The event a word names ('died', 'dead' -> 'kill'; 'hurt' -> 'wound'), or None. Takes a word or its stem."""
    w = word.lower()
    return _EVENT_OF.get(w) or next((k for e, k in _EVENT_OF.items() if stem(e) == w), None)


_EVENT_WORDS = "|".join(sorted(_EVENT_OF, key=len, reverse=True))
# 'killed at least 15 people': the event stands right before the number (active voice)
_EVENT_BEFORE = re.compile(rf"\b({_EVENT_WORDS})\s+(?:(?:at least|more than|less than|fewer than|nearly|almost|about|around|some|up to|over|another|an estimated|a further|a total of)\s+)*$", re.I)
# '72 others were injured', '11 civilians are believed to have died': the counted noun's passive verb
_EVENT_AFTER = re.compile(rf"^(?:\s+[\w’'-]+){{0,10}}?\s+(?:were|was|are|is|have been|had been|has been|been)\s+(?:[\w-]+\s+){{0,3}}?({_EVENT_WORDS})\b", re.I)
# '5 others injured', '20 people were killed': a past participle right after the counted noun
_EVENT_NEXT = re.compile(rf"^(?:\s+(?!and\b|or\b)[\w’'-]+){{0,2}}?\s+(?:(?:were|was|are|is|have been|had been|has been)\s+)?((?!\w+ing\b)(?:{_EVENT_WORDS}))\b", re.I)


def nearest_event(text: str, start: int, end: int) -> str | None:
    """The event a number counts: the verb right before it ('killed 15'), else the one its noun takes ('72 others were
    injured'), else the nearest within EVENT_WINDOW characters."""
    ahead = re.split(r"[,;:.!?]|\d|\b(?:after|before|when|while|because|since|until)\b", text[end : end + 2 * EVENT_WINDOW])[0]
    m = _EVENT_NEXT.match(ahead)
    if m:
        return _EVENT_OF[m.group(1).lower()]
    m = _EVENT_BEFORE.search(text[max(0, start - EVENT_WINDOW) : start])
    if m:
        return _EVENT_OF[m.group(1).lower()]
    m = _EVENT_AFTER.match(ahead)
    if m:
        return _EVENT_OF[m.group(1).lower()]
    best: tuple[int, str] | None = None
    lo = max(0, start - EVENT_WINDOW)
    for m in _EVENT_RE.finditer(text, lo, min(len(text), end + EVENT_WINDOW)):
        dist = start - m.end() if m.end() <= start else m.start() - end
        key = (dist * 2 + (1 if m.end() <= start else 0), _EVENT_OF[m.group(0).lower()])
        if best is None or key[0] < best[0]:
            best = key
    return best[1] if best else None


def date_mentions(text: str) -> list[str]:
    """Dates and date words a sentence states: 'December 2', 'Monday', '2015', 'last week'."""
    return [m.group(0) for m in _DATE.finditer(text)]


def places(text: str) -> list[str]:
    """Capitalised places after a locative preposition: 'in Carpathia', 'near the Lebanese border' (named part)."""
    out = []
    for m in _PLACE.finditer(text):
        p = m.group("p").rstrip(".")
        if re.fullmatch(rf"(?:{_MONTHS}|{_WEEKDAYS})", p.split()[0]):
            continue
        out.append(p)
    return out


_DEED = re.compile(r"\s+(?:responsibility|credit|the\s+(?:attack|attacks|bombing|bombings|blast|blasts|explosion|explosions|killing|killings|deaths?|lives|life|responsibility|operation|strike|strikes|assault)\b)", re.I)


def attributions(text: str) -> list[Attribution]:
    """Who the sentence says said it: 'X said', 'said X', 'according to X'."""
    out: list[Attribution] = []
    for pat in _ATTR_PATTERNS:
        for m in pat.finditer(text):
            speaker = re.sub(r"^the\s+", "", m.group("s").strip().rstrip(".,;:"), flags=re.I)
            words = speaker.split()
            while words and words[0].lower() in STOPWORDS | {"this", "that", "but", "however", "meanwhile", "furthermore"} and not (words[0].isupper() and len(words[0]) > 1):
                words = words[1:]
            if not words:
                continue
            if _DEED.match(text, m.end()) and m.group("v").lower() in ("claimed", "claims", "claim", "reported", "reports", "denied", "denies", "confirmed", "confirms"):
                continue  # 'X claimed the attack', 'X reported the deaths': a deed or its object, not a statement
            out.append(Attribution(speaker=" ".join(words), verb=m.group("v").lower()))
    return out


def clauses(text: str) -> list[str]:
    """The clauses of a sentence that each assert something ('X did A, and Y did B' -> two)."""
    parts = [p.strip(" ,.") for p in _CLAUSE_SPLIT.split(text)]
    return [p for p in parts if len(terms(p)) >= 2] or [text]


def content_terms(text: str) -> set[str]:
    """Stemmed content words of a sentence."""
    return set(terms(text))


def real_names(text: str) -> set[str]:
    """The names of a sentence, without capitalised common words at its start ('Four people', 'One offensive', 'Besides
    Ruritania', 'Near the factory', 'Speaking in Zenda, X said')."""
    found = {re.sub(rf"^(?:{_WN}|some|many|most|all|several|none|each|one)\s+(?:of\s+(?:the\s+)?)?|^(?:{_LEAD_PREPOSITIONS})\s+", "", n, flags=re.I) for n in names(text)}
    lead = lead_participle(text)
    found = {lead_gerund(text, n) for n in found}
    return {n for n in found if n.lower() not in _WORD_NUMBERS and n.lower() not in STOPWORDS and n.lower() not in _TIME_WORDS and number_value(n) is None
            and not re.fullmatch(_LEAD_PREPOSITIONS, n, re.I) and n.lower() != lead}


# A sentence may open with a preposition or an adverb of degree before a name ('Near Zenda the army ...', 'Besides
# Ruritania and Elbonia, ...', 'Nearly 40 soldiers'): the name is the rest, and the word alone is no name. General English.
_LEAD_PREPOSITIONS = ("near|under|after|before|during|since|despite|amid|across|along|around|outside|inside|beyond|behind|towards|toward|throughout|following|"
                      "besides|beside|among|amongst|within|without|unlike|via|upon|nearly|almost|roughly|approximately")

# 'Speaking in Zenda, Osman said', 'Backed from the air, the army repelled', 'Citing local sources, the agency said': a sentence
# opening with a participle (-ing/-ed) and a preposition or determiner, up to a comma: an introductory phrase, not a name
_LEAD_PARTICIPLE = re.compile(r"^\W*([A-Z][a-z]{2,}(?:ing|ed))\s+(?:in|on|at|from|to|by|with|for|into|after|before|during|under|over|through|across|the|a|an|its|his|her|their|local)\b[^,;.]{0,60},")


def lead_participle(text: str) -> str | None:
    """The participle a sentence opens an introductory phrase with ('Speaking in Zenda, ...' -> 'speaking'), else None."""
    m = _LEAD_PARTICIPLE.match(text)
    return m.group(1).lower() if m else None


def lead_gerund(text: str, name: str) -> str:
    """A name without the gerund the sentence opens with ('Taking Zenda would ...', 'Keeping Tilia off the list ...' ->
    'zenda', 'tilia'): a first word in -ing whose lemma is another word is a verb, capitalised only by its place."""
    words = name.split()
    first = words[0] if words else ""
    if len(words) < 2 or not first.endswith("ing") or lemma(first) == first or not re.match(rf"^\W*{re.escape(first)}\b", text, re.I):
        return name
    return " ".join(words[1:])


# Capitalised at a sentence's start, these say when, not who ('Today, strikes killed 26'): no name to find in the evidence
_TIME_WORDS = frozenset("today yesterday tonight tomorrow now meanwhile earlier later currently recently overnight".split())


def decompose(sentence: str) -> Claim:
    """A sentence as the list of things it asserts."""
    return Claim(
        text=sentence,
        actors=real_names(sentence),
        relations=extract(sentence),
        negations=negations(sentence),
        quantities=quantities(sentence),
        dates=date_mentions(sentence),
        places=places(sentence),
        attributions=attributions(sentence),
        hedges=hedges(sentence),
        clauses=clauses(sentence),
        content=content_terms(sentence),
    )


# ---- strength, direction, modality and cause: what function words assert -------------------------
# These words are stopwords to the lexical index, so a coverage count never sees them; each is its
# own assertion ('all', 'more than before', 'plans to', 'because') and is checked on its own.

# Quantifier families: a claim's family must be stated by the evidence (a stronger one stands for a weaker).
_QUANTIFIERS: dict[str, str] = {
    "all": r"all(?! but\b)|every|everyone|everything|entire|entirely|whole|wholly|completely|complete|totally|fully|none|nobody|always|each(?! other\b)",
    "only": r"only|solely|exclusively|sole",
    "most": r"most(?! of all\b)|mostly|majority|largely|mainly|predominantly|essentially|chiefly|primarily|broadly|generally",
}
_QUANT_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w-])", re.I) for k, v in _QUANTIFIERS.items()}
_NOT_QUANT = re.compile(r"\b(?:at all|above all|all over|after all(?=\s*[,.;:!?]|$)|all the same|first of all|most recent(?:ly)?|at most|the most|only after|only when|not only|only a few|only just)\b", re.I)


_NEARLY = re.compile(r"\b(?:almost|nearly|virtually|practically|not quite|not)\s+(?=\w)", re.I)


def quantifiers(text: str) -> set[str]:
    """Quantifier families a sentence asserts: 'all' (every, entire, completely), 'only' (solely), 'most' (mainly).

    'almost all', 'nearly completely', 'not all' assert 'most', not 'all'.
    """
    t = _NOT_QUANT.sub(" ", text)
    out = set()
    for k, pat in _QUANT_RE.items():
        for m in pat.finditer(t):
            out.add("most" if k == "all" and re.search(r"\b(?:almost|nearly|virtually|practically|not)\s+$", t[: m.start()], re.I) else k)
    return out


# Comparison and change: a direction up or down ('more', 'risen', 'stepped up' / 'fewer', 'dropped', 'reducing').
_UP = r"more|greater|larger|bigger|higher|increas\w*|ris(?:e|es|en|ing)|rose|grew|grow(?:s|ing|n)?|intensif\w*|escalat\w*|stepp(?:ed|ing) up|steps? up|surg(?:e|ed|es|ing)|worsen\w*|expand\w*|heavier|deadlier|stronger"
_DOWN = r"scal(?:e|es|ed|ing) (?:back|down)|cut(?:s|ting)? back|wound down|wind(?:s|ing)? down|de-?escalat\w*|fewer|less|lower|smaller|decreas\w*|reduc(?:e|es|ed|ing)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|eas(?:ed|ing)|shr[ai]nk\w*|dwindl\w*|weaken\w*|lighter|calmer|halv\w*"
_DIRECTION = {"up": re.compile(rf"(?<![\w-])(?:{_UP})(?![\w-])", re.I), "down": re.compile(rf"(?<![\w-])(?:{_DOWN})(?![\w-])", re.I)}
# 'more than 60', 'dozens more', 'at least': amounts, not comparisons
_AMOUNT = re.compile(
    rf"\b(?:more|less|fewer|greater|higher|lower)\s+than\s+(?:\d|a\b|an\b|(?:{_WN})\b|half\b|dozens?\b|hundreds?\b|thousands?\b|twice\b|double\b)"
    r"|\b(?:\d[\d,.]*|dozens|hundreds|thousands|many|several|scores|few|one|two|three|four|five|ten|twenty|fifty)\s+more\b|\bno more\b|\bmore or less\b|\bonce more\b|\bmuch of\b",
    re.I,
)


def directions(text: str) -> set[str]:
    """Comparison or change directions a sentence asserts: 'up' (more, rose, stepped up), 'down' (fewer, dropped)."""
    t = _AMOUNT.sub(" ", text)
    return {k for k, pat in _DIRECTION.items() if pat.search(t)}


# Modality: statements about what is planned, asked, feared or conditional, not what happened.
_MODALITY: dict[str, str] = {
    "future": r"will|would|shall|won[’']t|wouldn[’']t|going to|set to|set for|due to be|(?:is|are|was|were)\s+due\s+to(?!\s+(?:a|an|the|its|their|his|her|this|that|these|those)\b)|(?:was|were)\s+to(?=\s+(?:meet|hold|be|take|visit|vote|travel|attend|begin|start|sign|discuss|decide|announce|resume)\b)|expected to|likely to|upcoming|willing to|ready to|prepared to|plan(?:s|ned|ning)? to|plans? for|intend(?:s|ed|ing)? to|"
    r"aim(?:s|ed|ing)? to|seek(?:s|ing)? to|sought to|hop(?:e|es|ed|ing) to|hoping|want(?:s|ed)? to|prepar(?:e|es|ed|ing) (?:to|for)|threaten(?:s|ed|ing)? to|vow(?:s|ed)? to|pledg(?:e|es|ed) to|promis(?:e|es|ed) to",
    "attempt": r"(?:try|trying|tried|tries|attempt(?:s|ed|ing)?|struggl(?:e|es|ed|ing)|battl(?:e|es|ed|ing)|fought|fight(?:s|ing)?)(?:\s+(?!to\b)[\w-]+){0,3}?\s+to|bid to|effort(?:s)? to",
    "request": r"call(?:s|ed|ing)? (?:on|upon|for)|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)? (?:to|for)|propos(?:e|es|ed|ing)",
    "condition": r"if|unless|whether|in case|where possible|when possible|wherever possible",
    "fear": r"worr(?:y|ies|ied)|fear(?:s|ed|ing)?|concern(?:s|ed)?[”\x22\x27]? (?:that|about|over)|warn(?:s|ed|ing)? (?:that|of)",
}
_MODAL_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w-])", re.I) for k, v in _MODALITY.items()}


def modalities(text: str) -> set[str]:
    """Modality families a sentence uses: future/intent, attempt, request, condition, fear."""
    return {k for k, pat in _MODAL_RE.items() if pat.search(text)}


MODAL_HEADS = 1  # words after a modality cue read as its verb: 4 caught 2 more holdout false accepts but rejected a faithful 'X replaced Y as commander' against '... who will resume his mission of commander'


MODAL_COORDINATED = 2  # verbs after 'and' in a modality's clause read as its heads too


# ', with which it fought ...', ', who had fled ...', ', where ...': a non-restrictive relative clause (a comma, an optional
# preposition, a relative pronoun) states its own fact, outside the plan or condition of the clause before it
_RELATIVE = re.compile(r",\s+(?:(?:with|in|of|for|from|by|to|on|at|under|against)\s+)?(?:which|who|whom|whose|where)\b", re.I)


def before_relative(clause: str) -> str:
    """A clause up to its first non-restrictive relative clause ('would change tack on Elbonia, with which it fought ...'
    -> 'would change tack on Elbonia'): what a modal cue before it governs."""
    return _RELATIVE.split(clause)[0]


def modality_scopes(text: str) -> list[tuple[str, set[str], list[str]]]:
    """Each modality cue's family, the content words it governs (the rest of its clause) and its heads
    (the first MODAL_HEADS of them, where the planned, asked or feared verb stands: 'is set to face' -> 'face')."""
    out = []
    for fam, pat in _MODAL_RE.items():
        for m in pat.finditer(text):
            rest = re.split(r"[;:.!?]\s|\b(?:but|while|whereas|although|and that)\b", text[m.end():])[0]  # a second 'that' clause is a statement of its own (as negation_scopes)
            rest = before_relative(rest)  # a relative clause after a comma describes a noun; the cue does not govern it
            words = terms(rest)
            # coordinated verbs share the cue: 'would leave the town and hand over the body' plans 'hand' too
            coordinated = [t[0] for t in (terms(x) for x in re.findall(r"\band\s+(\w+)", rest)) if t]
            out.append((fam, set(words), words[:MODAL_HEADS] + coordinated[:MODAL_COORDINATED]))
    return out


# Cause: 'A because B' (cause after the cue) or 'A caused B' (cause before it).
_CAUSE_AFTER = r"because(?: of)?|due to(?=\s+(?:a|an|the|its|their|his|her|this|that|these|those)\b)|(?<!is )(?<!are )(?<!was )(?<!were )due to(?! be\b)|owing to|as a result of|as a consequence of|in response to|(?:was|is|as) a response to|(?:in )?retaliation (?:for|against)|(?:in )?(?:revenge|reprisal) for|in reaction to|thanks to|caused by|triggered by|prompted by|resulted from|results from|stemm(?:ed|ing) from"
_CAUSE_BEFORE = (
    r"caused|causing|causes|led to|leading to|leads to|resulted in|resulting in|results in|triggered|prompted|therefore|consequently|so that|accounts? for|aimed at|meant to|in order to|so as to|"
    r"to (?:stop|prevent|destroy|punish|deter|avenge|cover up|hide)"
)
_CAUSE_RE = re.compile(rf"(?<![\w-])(?:(?P<after>{_CAUSE_AFTER})|(?P<before>{_CAUSE_BEFORE}))(?![\w-])", re.I)


_CONTROL = (
    "agreed|agree|agrees|decided|decide|tried|try|trying|want|wanted|wants|plan|plans|planned|vowed|pledged|promised|sought|seeks|"
    "refused|failed|managed|needed|need|aimed|hoped|threatened|attempted|began|started|continued|able|unable|going|used|help|helped|order|ordered|"
    "asked|urged|called|moved|bid|effort|efforts|way|ways|plan|chance|order to|been|was|were|is|are|will|would|could|can|must|should"
)


def causes(text: str) -> list[tuple[str, str, str]]:
    """Each causal link of a sentence as (cue, cause text, effect text): 'A because B' -> (because, B, A)."""
    out = []
    for m in _CAUSE_RE.finditer(text):
        left, right = text[: m.start()], text[m.end():]
        if m.group(0).lower().startswith("to ") and re.search(rf"\b(?:{_CONTROL})\s+$", left, re.I):
            continue  # 'agreed to destroy': what was agreed, not a purpose
        if m.group("after"):
            out.append((m.group(0).lower(), right, left))
        else:
            out.append((m.group(0).lower(), left, right))
    return out


# ---- compass directions: 'east of the city', 'northern Hamdan', 'the western bank of the river' -----

_COMPASS_WORD = re.compile(r"\b(north|south|east|west)(?:[\s-]?(east|west))?(?:ernmost|ern|erly|wards?)?\b", re.I)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
# What a direction word is anchored to: 'X of Y' (the place it is measured from), else the words around it
_COMPASS_OF = re.compile(r"^\s*(?i:(?:side|bank|part|parts|edge|outskirts|suburbs?|countryside|flank|front|areas?|districts?|neighbou?rhoods?)?\s*of\s+(?:the\s+)?)([\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
COMPASS_WORDS = 2  # content words after a direction word read as what it qualifies ('eastern side', 'northern Hamdan')


@dataclass
class Bearing:
    """One compass direction and what it is anchored to: 'east of the city' -> ({'east'}, ['area', 'city'])."""

    parts: frozenset[str]
    anchor: list[str]
    text: str


def bearings(text: str) -> list[Bearing]:
    """Compass directions a sentence states, each with the words it qualifies or is measured from
    ('40 km north of Zenda' -> north, [zenda]; 'the eastern side of the river' -> east, [side, river];
    'Zenda's southern Hamdan' -> south, [zenda, hamdan])."""
    out = []
    for m in _COMPASS_WORD.finditer(text):
        parts = frozenset(p.lower() for p in m.groups() if p)
        after = text[m.end():]
        anchor: list[str] = []
        head = re.match(r"\s*([\w'’-]+)", after)
        of = _COMPASS_OF.match(after)
        if of:
            anchor = ([head.group(1).lower()] if head and head.group(1).lower() != "of" else []) + terms(of.group(1))
            anchor = [w for w in anchor if w not in ("of",)]
        else:
            words = re.split(r"[,;:.!?]|\b(?:and|or|but|while|as)\b", after)[0]
            anchor = terms(words)[:COMPASS_WORDS]
            before = re.search(r"([A-Z][\w-]+)(?:'s|’s|s')?\s+$", text[: m.start()])
            if before:
                anchor = terms(before.group(1)) + anchor
        anchor = [w for w in anchor if not _COMPASS_WORD.fullmatch(w)]
        if anchor:
            out.append(Bearing(parts, anchor, m.group(0)))
    return out


def opposite_bearing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two directions that point opposite ways on an axis ('north' and 'southern'; 'northeast' and 'west')."""
    return any(_OPPOSITE[p] in b for p in a)


# ---- opposite predicates: 'the start of the ceasefire' is not 'the end of the ceasefire' --------------
# General English pairs whose two sides cannot both describe one thing; each side lists its word forms.
# The grammar of change, position, degree and stance in news prose, never the vocabulary of one story.
_ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("start starts started starting begin begins began begun beginning", "end ends ended ending"),
    ("open opens opened opening reopened", "close closes closed closing shut"),
    ("near nearby close closer closest", "far farther further distant away"),
    ("most", "least"),
    ("best", "worst"),
    ("biggest largest", "smallest"),
    ("highest", "lowest"),
    ("first", "last"),
    ("confirm confirms confirmed confirming", "deny denies denied denying"),
    ("accept accepts accepted accepting", "reject rejects rejected rejecting"),
    ("agree agrees agreed agreeing", "refuse refuses refused refusing"),
    ("win wins won winning victory victories victorious", "lose loses lost losing defeat defeats defeated"),
    ("allow allows allowed allowing permit permits permitted", "ban bans banned banning forbid forbids forbade forbidden prohibit prohibited"),
    ("advance advances advanced advancing", "retreat retreats retreated retreating withdraw withdrew withdrawn"),
    ("impose imposes imposed imposing", "lift lifts lifted lifting"),
    ("resume resumes resumed resuming", "suspend suspends suspended suspending"),
    ("success successful succeeded", "failure failed unsuccessful"),
    ("legal lawful", "illegal unlawful"),
    ("inside within", "outside"),
    ("majority", "minority"),
    ("accident accidental accidentally unintentional", "deliberate deliberately intentional intentionally"),
    ("support supports supported supporting", "oppose opposes opposed opposing"),
    ("include includes included including cover covers covered covering", "exclude excludes excluded excluding"),
    ("kill kills killed killing", "survive survives survived surviving safe unharmed unhurt"),
    ("coordination coordinated cooperation jointly", "independently unilaterally separately"),
    ("inside", "near nearby"),
    ("intensify intensifies intensified intensifying escalate escalated", "scaled"),
    ("alive survived", "dead"),
    ("kill kills killed killing", "injure injures injured injuring wound wounds wounded wounding"),
    ("upper", "lower"),
    ("more over", "less fewer"),
    ("easy easier", "tough tougher difficult hard harder"),
    ("strengthen strengthens strengthened strengthening reinforce reinforces reinforced", "weaken weakens weakened weakening dispel dispels dispelled"),
)
_ANTONYM_OF: dict[str, frozenset[str]] = {}
for _a, _b in _ANTONYM_PAIRS:
    for _w in _a.split():
        _ANTONYM_OF[_w] = _ANTONYM_OF.get(_w, frozenset()) | frozenset(_b.split())
    for _w in _b.split():
        _ANTONYM_OF[_w] = _ANTONYM_OF.get(_w, frozenset()) | frozenset(_a.split())


def opposites(word: str) -> frozenset[str]:
    """The word forms of the opposite of a word ('started' -> end, ended, ...), empty when the table has none."""
    return _ANTONYM_OF.get(word.lower(), frozenset())
