"""Question analysis: what a question asks for, about whom, under which constraints. Computed once per question.

`analyse(question)` returns a QuestionShape used by retrieval (outlet and date filters),
scoring (answer-type spans), answerability (entity, date and outlet constraints) and
assembly (one sentence per side for lists and comparisons). Everything here reads the
question alone: the corpus decides the topic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import MONTHS
from .lexical import STOPWORDS, names

# Question words that open a question or frame it; never a thing the evidence must state.
QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how did does do is are was were has have had can could will would should "
    "besides according roughly in since tell give list name describe explain".split()
)
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
# Function words of the languages a user is likely to write in; used only to tell English from the rest.
# (Language knowledge, not topic knowledge: the offline embedder reads English, see settings.embed.)
_FUNCTION_WORDS = {
    "en": set("the of and to in is was what who which how did does were are a an for on with by at from that this".split()),
    "fr": set("le la les des du de un une est qui que quel quelle quels combien pourquoi comment où et à au aux été ont selon lors".split()),
    "es": set("el la los las del de un una es qué quién quiénes cuántos cuántas cuál por porque cómo dónde y según fue".split()),
    "de": set("der die das den dem des ein eine ist wer was wie welche welcher warum wo und von über mit nach sprach".split()),
    "it": set("il lo la gli le dei degli di un una è chi che quanti quale perché come dove e secondo".split()),
    "pt": set("o a os as do da dos das um uma é quem que quantos qual porque como onde e segundo".split()),
}
# Question words of other languages that say what type of answer is wanted.
_FOREIGN_TYPE = [
    (re.compile(r"^\s*(qui|quién|quienes|wer|chi|quem)\b", re.I), "person"),
    (re.compile(r"\b(combien|cuánt[oa]s?|wie viele|quanti|quantos|porcentaje|pourcentage|prozent)\b", re.I), "number"),
    (re.compile(r"^\s*(quand|cuándo|wann|quando)\b", re.I), "date"),
    (re.compile(r"^\s*(où|dónde|wo|dove|onde)\b", re.I), "place"),
    (re.compile(r"^\s*(pourquoi|por qué|warum|perché|por que)\b", re.I), "reason"),
]

# A four-digit year (shared by assembly and slots); not a clock time ("broadcast at 2010 GMT", "1900 hours",
# "0600 local time").
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|hrs|hours|local time)\b)")
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)) + r")\b", re.I)
# "According to X", "X reported", "as reported by X": an outlet, matched later against the store's sources.
_OUTLET = re.compile(
    r"\b(?i:according to|as reported by|reported by|(?:cited|quoted) by|citing|per)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*|al-|el-)(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*))*)"
    r"|\b(?i:did|does|do)\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)\s+and\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)\s+(?:report|say|give|state)"
    # 'How many children did UNICEF say were killed?': the speaker is a constraint, like an outlet (its passages answer).
    r"|\b(?i:did|does|do)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)\s+(?:say|claim|count|estimate|announce)\b"
    # 'What toll does Radio X report?', 'How does the Y Times describe ...?', 'Does the Z report say ...?': the outlet
    # that gives the figure, describes, or whose report is asked about.
    r"|\b(?i:toll|figure|number|total|count|estimate)\s+(?i:did|does|do)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)\s+(?i:report|give|put|cite)\b"
    r"|\b(?i:how)\s+(?i:did|does|do)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)\s+(?i:describe|characteri[sz]e|report on)\b"
    r"|\b(?i:did|does|do)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)\s+(?i:report)\s+(?i:say|state|claim|mention)\b"
)
_EXCLUDED = re.compile(r"\b(besides|apart from|other than|except(?: for)?|excluding|aside from)\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*)*", re.I)

# 'How many were killed, according to A and according to B?', 'What death tolls did A and B give?': the same figure asked
# of two sources is a comparison, each source a side (attribution_sides); 'according to A as cited by B' is one report.
_TWO_SOURCES = (r"\baccording to\b[^?]*?\band\s+(?:[^?]*?\s)?according to\b"
                r"|\b(?:did|do|does)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+and\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:give|report|put|state)\b")
# Session 16: a word between 'which' and the noun it asks for: never a finite verb of the question. 'Which newspaper did
# economy minister Gref speak to?', 'Which group does activist X think ...?', 'Which hospitals did SANA's reporter
# visit?' ask for a newspaper, a group, hospitals: the role after the verb ('minister', 'activist', 'reporter') is the
# subject (13 such questions over holdout9/10 and the older FA-KES and examples sets).
QUESTION_VERBS = r"(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)"
ASKED_WORD = r"(?:(?!(?-i:" + QUESTION_VERBS + r")\b)[\w'’-]+\s+)"  # one word that is not a finite verb of the question (in lower case: 'IS' is a group)
_ASKED_LETTERS = r"(?:(?!(?-i:" + QUESTION_VERBS + r")\b)[a-z-]+\s+)"  # the same over letters and hyphens, as the type patterns read words
_PLACE_NOUNS = r"(?:town|city|village|district|neighbou?rhood|province|country|area|region|base|crossing|camp|airport|hospital|school|mosque|street|square|river|road|bridge|valley|mountain|island|port)s?"
# '... ? Compare the report on A with the report on B.': an instruction to read two reports side by side; the question
# keeps the type its asking sentence gives; its answer is read from two articles.
_COMPARE_INSTRUCTION = re.compile(r"(?:^|[.?!:;]\s+)compare\s+(.+?)\s+(?:with|to|and|against)\s+(.+?)[?.!]*$", re.I)
# Answer types, by the opening of the question (first match wins).
_TYPES = [
    ("comparison", re.compile(r"\b(?:more|fewer|less|larger|bigger|greater|higher|lower|smaller|earlier|later|longer|shorter|first)\b[^?]*\bor\b|\b(same|differ\w*|compared? (?:with|to)|more than .* or|versus|vs\.?|each)\b|\bhow many\b.*\band how many\b|\bboth\b|^\s*(?:what|which)\b.{3,}?,? and (?:what|which)\b|" + _TWO_SOURCES, re.I)),
    # 'How does X describe / regard Y?' asks for a description, not a reason.
    ("other", re.compile(r"^\s*how (?:does|did|do) .{0,60}?\b(?:describe|characteri[sz]e|call|regard|view|see|refer to)\b", re.I)),
    ("reason", re.compile(r"^\s*(why|how come)\b|\b(for what reason|what (?:caused|led to|motivated)|how (?:does|did|do) .* (?:explain|justify|decide))\b|^\s*how\s+(did|does|do|was|were)\b", re.I)),
    # 'How long ago ...' asks when, not for how long (as measures._ASKS_DURATION reads it): it is a date question below.
    ("quantity", re.compile(r"\b(how (?:far|long(?!\s+ago\b)|big|large|high|wide|heavy|much)|what (?:distance|size|area|length))\b", re.I)),
    ("number", re.compile(r"\b(how many|(?:give|tell me|state) the (?:number|toll|death toll|total|figure)|what (?:number|share|percentage|proportion|toll|death toll|total)|what (?:is|was|are|were) the (?:[a-z-]+ )?(?:population|toll|number|total|figure|count|share|percentage|rate|cost|price|budget))\b", re.I)),
    ("date", re.compile(r"^\s*(when|in what year|what year|on what date|what date|since when|since what year|in which year|which year|how long ago)\b", re.I)),
    # 'Tell me the name of the resident who ...': a person, unless the named thing is a place.
    ("place", re.compile(r"\bname of (?:the|a|an|this|that) (?:[\w-]+\s+){0,3}?" + _PLACE_NOUNS + r"\b", re.I)),
    # 'Which newspaper did minister X speak to?': a role after the verb is the subject; the asked noun stands before it.
    ("person", re.compile(r"^\s*(who|whom|whose)\b|\b(?:the )?names? of (?:the|a|an|this|that)\b|\bwhich " + _ASKED_LETTERS + r"{0,3}?(official|spokes\w+|minister|commander|general|officer|president|ambassador|director|leader|governor|member|diplomat|envoy|chief|head|person|man|woman|activist|journalist|correspondent|member)s?\b", re.I)),
    ("list", re.compile(r"^\s*(which|what) " + _ASKED_LETTERS + r"{0,2}?(countries|factions|groups|towns|villages|cities|allies|states|nations|districts|neighbourhoods|neighborhoods|parties|militias|organisations|organizations|people|areas|places)\b|\blist\b", re.I)),
    ("place", re.compile(r"^\s*(where|in what (?:town|city|village|place|country|area|district|province)|in which (?:town|city|village|place|country|area|district|province|neighbou?rhood|part))\b|\bwhich " + _ASKED_LETTERS + r"{0,2}?(town|city|village|district|neighbou?rhood|province|country|area|region|part|base|crossing|mosque)\b", re.I)),
    ("organisation", re.compile(r"\bwhich " + _ASKED_LETTERS + r"{0,2}?(group|faction|militia|organi[sz]ation|agency|party|alliance|army|force)s?\b", re.I)),
    ("yesno", re.compile(r"^\s*(did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", re.I)),
]


@dataclass
class QuestionShape:
    """What one question asks: answer type, focus names, constraints, language."""

    text: str
    answer_type: str = "other"  # person organisation place date number quantity reason yesno list comparison other
    focus: list[str] = field(default_factory=list)  # names the evidence must state (lower-case)
    first_word_name: str | None = None  # a name found only as the question's first word: never a reason to refuse
    cores: dict[str, str] = field(default_factory=dict)  # 'X of Y' focus names -> Y, the part that names which X ('prime minister new zealand' -> 'new zealand')
    outlets: list[str] = field(default_factory=list)  # outlet phrases ("Al-Araby"), resolved against stored sources
    year: int | None = None
    month: int | None = None
    language: str = "en"
    sides: list[str] = field(default_factory=list)  # a comparison's compared items ('A or B', 'in A, and how many in B'), each answered by its own sentence
    reports: list[str] = field(default_factory=list)  # the reports a 'Compare A with B' instruction names (instruction_sides): its answer is read from several articles

    @property
    def english(self) -> bool:
        return self.language == "en"

    @property
    def dated(self) -> bool:
        return self.year is not None

    def date_label(self) -> str:
        """'March 2019' / '2019' for messages."""
        if self.year is None:
            return ""
        month = next((m.capitalize() for m, i in MONTHS.items() if i == self.month and len(m) > 3), None) if self.month else None
        return f"{month} {self.year}" if month else str(self.year)


def language_of(text: str) -> str:
    """'en' or the language whose function words the text uses most ('fr', 'es', 'de', 'it', 'pt')."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return "en"
    counts = {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max((k for k in counts if k != "en"), key=lambda k: counts[k])
    # English wins ties (names and numbers are shared by every language), unless letters English does not use break them.
    accents = bool(re.search(r"[éèêëàâçñüöäßìòùãõ¿¡]", text.lower()))
    if counts[best] > counts["en"] or (accents and counts[best] and counts[best] >= counts["en"]):
        return best
    return "en"


def answer_type(question: str, language: str = "en") -> str:
    """The kind of answer asked for (see QuestionShape.answer_type)."""
    if language != "en":
        for pattern, kind in _FOREIGN_TYPE:
            if pattern.search(question):
                return kind
        return "other"
    for kind, pattern in _TYPES:
        if pattern.search(question):
            return kind
    return telegraphic_type(question) or "other"


TELEGRAPHIC_WORDS = 7  # 'Velmar suicide blast toll?': a keyword question is short; a longer one without a question word is a sentence
# The last word of a keyword question says what it asks for: a count ('toll', 'killed'), a measure ('distance'), a time.
_TELEGRAPHIC = [
    ("number", re.compile(r"\b(?:toll|tolls|killed|dead|deaths|died|wounded|injured|casualties|victims|number|figure|count)\W*$", re.I)),
    ("quantity", re.compile(r"\b(?:distance|size|area|length|duration|cost|price)\W*$", re.I)),
    ("date", re.compile(r"\b(?:date|when|year)\W*$", re.I)),
    ("place", re.compile(r"\b(?:where|location)\W*$", re.I)),
]
_OPENS_QUESTION = re.compile(r"^\s*(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell|give|list|name|describe|explain)\b", re.I)


def telegraphic_type(question: str) -> str | None:
    """The answer type of a keyword question with no question word ('Velmar suicide blast toll?' -> number,
    'X Y distance?' -> quantity), read from its last word; None for any other question."""
    question = question.rsplit(":", 1)[-1]  # 'Attack near X: militants killed?': the keywords after a colon ask
    if _OPENS_QUESTION.search(question) or len(question.split()) > TELEGRAPHIC_WORDS:
        return None
    return next((kind for kind, pattern in _TELEGRAPHIC if pattern.search(question.strip())), None)


def outlet_phrases(question: str) -> list[str]:
    """Outlets the question attributes the answer to ('According to Al-Araby, ...')."""
    out = []
    for m in _OUTLET.finditer(question):
        for g in m.groups():
            if g:
                # "AFP's report": the outlet is AFP (a possessive is no part of a stored source's name).
                phrase = re.sub(r"[’']s$", "", re.sub(r"[,.;:?!]+$", "", g).strip())
                if phrase:
                    out.append(phrase)
    return out


def date_constraint(question: str) -> tuple[int | None, int | None]:
    """(year, month) the question restricts itself to ('in March 2019'), or (None, None)."""
    years = YEAR.findall(question)
    if not years:
        return None, None
    month = None
    m = _MONTH_RE.search(question)
    if m:
        month = MONTHS.get(m.group(1).lower())
    return int(years[-1]), month


def name_cores(question: str) -> dict[str, str]:
    """'X of Y' names of the question mapped to Y: 'Prime Minister of Ruritania' -> {'prime minister ruritania': 'ruritania'}.

    In English the words after 'of' say which X is meant; X is a role or title any country or group has.
    """
    out: dict[str, str] = {}
    for n in names(_EXCLUDED.sub(" ", question)):
        head, sep, tail = n.rpartition(" of ")
        if not sep or not head:
            continue
        keep = [w for w in n.split() if w not in QUESTION_WORDS and w not in CALENDAR and w not in STOPWORDS]
        core = [w for w in tail.split() if w not in QUESTION_WORDS and w not in CALENDAR and w not in STOPWORDS]
        if core and keep:
            out[" ".join(keep)] = " ".join(core)
    return out


# Imperative verbs that open an instruction inside a question ('... ? Compare the report on X with ...', 'List the
# winners.'): general English frame words, capitalised only because they open a sentence. Verbs that also open
# common names ('State Department', 'Say Yes') are left out.
IMPERATIVE_FRAMES = frozenset(
    "compare contrast describe explain list name tell give summarise summarize identify outline specify".split()
)
_FRAME_OPENING = re.compile(r"(^\s*|[.?!:;]\s+)(" + "|".join(sorted(IMPERATIVE_FRAMES)) + r")\b", re.I)


def without_frame_words(question: str) -> str:
    """The question with every sentence-opening imperative frame word lower-cased ('Compare the report ...' ->
    'compare the report ...'), so that it is never read as a name the evidence must state."""
    return _FRAME_OPENING.sub(lambda m: m.group(1) + m.group(2).lower(), question)


_POSSESSIVE = re.compile(r"['’]s\s+")


def possessive_parts(name: str) -> list[str]:
    """A capitalised run that a possessive joins is two names: "jamie foxx's bafta" -> ['jamie foxx', 'bafta'] (the
    owner and the thing owned; an article names each its own way)."""
    return [p for p in _POSSESSIVE.split(name) if p]


def focus_names(question: str, outlets: list[str] | None = None) -> tuple[list[str], str | None]:
    """Names the question asks about (without outlets, months, excluded names, opening frame words), and a bare
    first-word name."""
    text = without_frame_words(_EXCLUDED.sub(" ", question))
    for o in outlets or []:
        text = text.replace(o, " ")
    first = re.match(r"\s*([A-Z][\w'’-]*)\s+(?![A-Z])", text)
    first_word = first.group(1).lower() if first else None
    out: list[str] = []
    from .actors import PERSON_TITLES  # here, not at the top: actors imports this module
    from .entities import capital_as_state

    low = text.lower()
    # as the question writes them (names() is a set, whose order changes from run to run); a name not found as written last
    ordered = sorted(names(text), key=lambda n: (low.find(n) if n in low else len(low), n))
    for n in (part for whole in ordered for part in possessive_parts(whole)):
        words = [w for w in n.split() if w not in QUESTION_WORDS and w not in CALENDAR and w not in STOPWORDS]
        while len(words) > 1 and words[0].rstrip(".") in PERSON_TITLES:
            words = words[1:]  # 'President Roe' is Roe: an article may name him without the title
        if words:
            name = " ".join(words)
            country = capital_as_state(name, text)
            out.append(country.lower() if country else name)  # 'did Paris begin ...' asks about France
    # The first word of a question is capitalised because it starts the sentence: it may be a name, but not surely.
    bare = first_word if first_word and first_word in out else None
    return [n for n in dict.fromkeys(out) if n != bare], bare


# How a comparison names its sides: 'Which was larger: A or B?', 'How many in A, and how many in B?', 'A compared with B'.
_SIDES = [
    re.compile(r"[,:]\s*(?:the\s+|was it\s+)?(.+?),?\s+or\s+(.+?)[?.!]*$", re.I),
    re.compile(r"^(.+?),?\s+and\s+((?:what|how|which|where|when|who)\b.+?)[?.!]*$", re.I),
    re.compile(r"^(.+?)\s+(?:compared (?:with|to)|versus|vs\.?)\s+(.+?)[?.!]*$", re.I),
    re.compile(r"\b(?:in|at|on|by|from|for|to)\s+(.+?)\s+or\s+(?:in|at|on|by|from|for|to)\s+(.+?)[?.!]*$", re.I),
]


def comparison_sides(question: str) -> list[str]:
    """The items a comparison question compares, each a phrase of the question; [] when it names none apart."""
    for pattern in _SIDES:
        m = pattern.search(question.strip())
        if m and all(len(g.split()) >= 1 for g in m.groups()):
            return [g.strip() for g in m.groups()]
    return attribution_sides(question)


def instruction_sides(question: str) -> list[str]:
    """The two reports a 'Compare A with B' instruction names ('... ? Compare the report on X with the report on Y.' ->
    ['the report on X', 'the report on Y']); [] without one."""
    m = _COMPARE_INSTRUCTION.search(question.strip())
    return [g.strip() for g in m.groups()] if m else []


# 'according to the ZTV correspondent, and according to the Elbon Monitor?': each source up to the next
# comma, 'and' or the end; a second source may be introduced by its own clause ('and in B according to C').
# A source ends before a time or place that qualifies the report ('the Observatory on the day of the attack').
_ATTRIBUTED = re.compile(r"\baccording to\s+((?:the\s+)?[^,?.!]+?)(?=,|\s+(?:and|as|on|in|at|during|over)\b|[?.!]*$)", re.I)


def attribution_sides(question: str) -> list[str]:
    """The sources a question asks the same thing of ('..., according to A, and according to B?' -> [A, B]); [] unless
    two or more distinct sources are named with 'according to'."""
    sides = list(dict.fromkeys(m.group(1).strip() for m in _ATTRIBUTED.finditer(question.strip())))
    return sides if len(sides) >= 2 else []


def asked_sentence(parts: list[str], outlets: list[str]) -> str | None:
    """The question sentence of a question that sets a scene first ('I am reading about X. One of them said Y. What did
    Z urge?'): the last sentence that asks, when it names something itself. The scene's names describe, in the asker's
    words, what the articles may name otherwise ('Nordic nations' for 'northern countries'); the names the question
    sentence gives are the ones the evidence must state. None for a one-sentence question or a question sentence that
    names nothing (then 'that attack' is the scene's)."""
    if len(parts) < 2 or not parts[-1].rstrip().endswith("?"):
        return None
    last = parts[-1]
    return last if focus_names(last, outlets)[0] else None


def analyse(question: str) -> QuestionShape:
    """The shape of a question, computed once and shared by retrieval, scoring, refusal and assembly."""
    # A question pasted many times is one question: analyse its first distinct sentences only.
    parts = list(dict.fromkeys(p.strip() for p in re.split(r"(?<=[?.!])\s+", question) if p.strip()))
    text = " ".join(parts)[:2000]
    language = language_of(text)
    outlets = outlet_phrases(text)
    focus, bare = focus_names(asked_sentence(parts, outlets) or text, outlets)
    year, month = date_constraint(text)
    shape = QuestionShape(
        text=text, answer_type=answer_type(text, language), focus=focus, first_word_name=bare,
        cores={n: c for n, c in name_cores(text).items() if n in focus},
        outlets=outlets, year=year, month=month, language=language,
    )
    if shape.answer_type == "comparison":
        shape.sides = comparison_sides(text)
    shape.reports = instruction_sides(text)
    return shape


TYPO_MIN_LENGTH = 6  # shorter words have too many one-letter neighbours ('hamas' / 'hama'): never corrected


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap two letters); limit+1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def correct_typos(question: str, vocabulary: dict[str, int]) -> str:
    """The question with each misspelt lower-case word replaced by the evidence's closest word ('fightrs' -> 'fighters').

    A word is misspelt when the evidence never writes it and writes a word one edit away (two for words of
    eight letters or more) with the same first letter; the most frequent such word wins. Capitalised words
    (names), short words and other forms of an evidence word are kept: a near-miss name may be another name.
    """
    def fix(m: re.Match[str]) -> str:
        w = m.group()
        if len(w) < TYPO_MIN_LENGTH or w in vocabulary or w in QUESTION_WORDS or w in STOPWORDS:
            return w
        limit = 2 if len(w) >= 8 else 1
        near = [(n, v) for v, n in vocabulary.items() if v[:1] == w[:1] and abs(len(v) - len(w)) <= limit and edit_distance(w, v, limit) <= limit]
        # Another form of the same word ('estimate' / 'estimated') is no misspelling.
        if not near or any(v.startswith(w) or w.startswith(v) for _, v in near):
            return w
        return max(near)[1]

    return re.sub(r"(?<![\w'’-])[a-z]+(?![\w'’-])", fix, question_word_typo(question, vocabulary))


# The words that open a question; a first word one edit from one of them that the evidence never writes is that word misspelt.
OPENING_WORDS = ("what", "which", "who", "whom", "whose", "where", "when", "why", "how")


def question_word_typo(question: str, vocabulary: dict[str, int]) -> str:
    """The question with a misspelt opening question word corrected ('Wich US aid worker ...' -> 'Which US aid worker ...',
    'whats the name' -> 'what the name'): the first word, never written by the evidence, one edit from a question word.
    A capital is kept: a misspelt 'Wich' is not a name the evidence must state."""
    m = re.match(r"\s*([A-Za-z]{3,})\b", question)
    if not m:
        return question
    w = m.group(1)
    low = w.lower()
    if low in OPENING_WORDS or low in vocabulary or low in STOPWORDS:
        return question
    near = [q for q in OPENING_WORDS if edit_distance(low, q, 1) <= 1]
    if len(near) != 1:
        return question
    fixed = near[0].capitalize() if w[0].isupper() else near[0]
    return question[: m.start(1)] + fixed + question[m.end(1) :]
