"""Answer assembly for the extractive reader: pick the sentences that answer, by the type of answer asked.

The first sentence must carry a span of the asked type (a name the question does not
give, a number in digits or words, a date, a reason); when the best-matching sentence
does not, its neighbour that does joins it. List and comparison questions gather one
sentence per article (per side). Further sentences are added only from articles that
state the question's names and fit its date: no filler from other periods or off-focus
articles. Headlines never answer when a body sentence says the same (candidates.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import answerability
import math
import re
from collections import Counter

from .candidates import (
    DATE_SPAN, Scored, answer_names, answer_pattern, asks_country, carries_type, counted_noun, counts_kind, counts_noun, excluded,
    is_country, name_found, names_organisation, new_names, number_values, place_names, score_sentences, telegraphic_noun,
    NUMBER_SPAN, REASON_SPAN, asked_noun, count_text,
)
from .dates import as_date, dates_in, parse_date, report_date, resolve_dates, text_date
from .retrieve import dateline_words
from .lexical import STOPWORDS, names, terms
from .question import QUESTION_WORDS, YEAR, QuestionShape, analyse, correct_typos

if TYPE_CHECKING:
    from .cite import EvidencePool
    from .settings import Settings
    from .types import Document, Evidence

Draft = tuple[str, list[int], str]
MORE_RATIO = 0.75  # a further sentence must score within 75% of the best (the old reader's measured ratio; filler is kept out by focus and date instead)
SIDE_RATIO = 0.60  # a list item or comparison side from another article may score lower: it answers another part
READ_CANDIDATES = 20  # sentences embedded and scored per question (by word coverage): a paraphrase's answer shares few words; 10 missed answers on the tune half, 30 scored the same as 20 and cost more
NAMED_RATIO = 0.85  # a sentence naming the asked noun may score this much lower than the best and still answer first (tune half: see docs/benchmarks.md)
NAMED_LOOKAHEAD = 6  # how far down the ranking to look for it
SAME_MEANING = 0.85  # cosine above which two sentences say the same thing: keep one
CORROBORATE = SAME_MEANING  # a sentence of another article that says the same thing (the bar at which it is not repeated) is cited beside the answer sentence; the claim verifier still checks it
CORROBORATIONS = 3  # other articles cited for one answer sentence at most
SPAN_RATIO = 0.55  # a sentence of the best one's article that states more of the asked span may score this much lower and still answer second: it names the answer and so shares few of the question's words (holdout3, measured: see article_span)
SPAN_LOOKAHEAD = 12  # how far down the ranking the best article's answer sentence is looked for
DAY_WINDOW = 2  # days after an asked day in which a report of it is published: the same day, or the next one or two (time zones, a Sunday report of a Saturday strike, an updated toll)
DAY_RATIO = MORE_RATIO  # a sentence of an article of the asked day leads when it scores as high as a further sentence must: the day decides between sentences the reader would show anyway
DAY_FIRST = True  # session 12: for a question naming one day, a close sentence from an article of that day leads (day_first)
ARTICLE_ANSWER = True  # session 12: the best article's sentence that adds an answer span joins the answer (article_answer)
ARTICLE_SPEAKER = True  # sessions 13-14: an attributed question also keeps the passages of a speaker's article that name them by one word, 'Roe said' (speaker_articles); every passage of the article answered an unanswerable question with the writer's words (holdout8-ex), the naming ones did not
TEXT_OUTLET = True  # session 13: a comparison's outlet side is also found in a sentence crediting it (credits)
SHARED_SOURCE = True  # session 13: a comparison's one named source is no side's own word (shared_source)
READ_ON = True  # session 15: the sentence after a best one that only restates the question joins the answer (reads_on)
# A best sentence stating this share of the question's (idf-weighted) words restates it. Measured on the tune halves
# of holdout9/holdout10: 0.5 and 0.6 find the same 10 answers, 0.6 reads on in 11 fewer; 0.7 loses 2 of them.
READ_ON_COVERAGE = 0.6
# Session 17: a best sentence that states every name the question asks about (its focus) and no span of the asked type
# introduces the answer as a restating one does ('A little-known company has bought the main production unit of
# Velmar Oil at auction in Dorn.' / 'Tarn Holdings outbid ...'). Measured on the tune halves of holdout9/10
# against lowering READ_ON_COVERAGE alone: 0.3 finds 2 of the 3 answers, 0 finds all 3 but reads on in more answers
# (mean answer +0.13 sentences against +0.08): docs/benchmarks.md, "Session 17: answers".
READ_ON_FOCUS = True
# Session 18 (second round): the lead states the asked count when it counts a kind of the asked generic noun ('11
# civilians' for 'How many people ...'), so no sentence is read on after it and article_answer looks for another count
# (counts_kind). Off: the lead had to count the asked noun itself.
LEAD_KINDS = True
# Session 18 (second round): article_answer adds a sentence for a why question only when it states a reason marker that
# is no mere time word: 'after', 'following', 'amid', 'since' also just date an event ('following the intervention in
# 2015'); the lead's own reading and the ranked loop keep every marker (reason_spans).
STRICT_REASON = True
TIME_REASONS = frozenset("after following amid since".split())


@dataclass
class Reading:
    """What the reader found: drafts to verify, or why it refuses, plus notes for the user."""

    drafts: list[Draft] = field(default_factory=list)
    refusal: str | None = None
    notes: list[str] = field(default_factory=list)


WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)
# 'since September 2014', 'from 2011': the start of a span, not the time of the event reported.
_SPAN_START = re.compile(r"\b(?:since|from|starting|began in|begun in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.I)


def dates_year(text: str, year: int) -> bool:
    """Does a text date something in that year ('on 5 July 2016'), not only start a span there ('since September 2014')?"""
    return any(m.group() == str(year) and not _SPAN_START.search(text[: m.start()]) for m in YEAR.finditer(text))


def other_month(shape: QuestionShape, sentence: str, published: str | None) -> bool:
    """'In March 2016, ...': does the sentence date its event by a written day or month ('on 5 July', 'in July 2016'),
    and every such date, resolved against the article's date, falls outside the asked month? Weekdays ('on Thursday')
    and background dates ('since 2011') do not count: they date nothing the question can be checked against."""
    if shape.year is None or shape.month is None:
        return False
    written = [d for d in resolve_dates(sentence, published) if not d.background and d.precision in ("day", "month")
               and not WEEKDAY.search(d.surface)]
    return bool(written) and all((int(d.iso[:4]), int(d.iso[5:7])) != (shape.year, shape.month) for d in written)


def sentence_fits_date(shape: QuestionShape, sentence: str, doc: Document, article: str) -> bool:
    """Is a sentence about the question's year? Its article is of that year; or the sentence names it; or, naming
    no year, it names the month in an article of that year or the next ('Last September', answerability.date_compatible),
    or its article's text dates something in that year (a dateline the metadata lacks), not only starts a span there."""
    if shape.year is None:
        return True
    iso = parse_date(doc.published) if doc.published else None
    if other_month(shape, sentence, iso):
        return False
    if iso and int(iso[:4]) == shape.year:
        return True
    if YEAR.search(sentence):
        # A sentence naming the year is about it, even as a start ('Since 2020 the conflict was frozen').
        return str(shape.year) in YEAR.findall(sentence)
    return answerability.date_compatible(shape, doc, sentence) or dates_year(article, shape.year)


def _dated(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored]) -> list[Scored]:
    """Only candidates whose article fits the question's year/month (answerability.date_compatible) and whose
    sentence is about that time (sentence_fits_date)."""
    if shape.year is None:
        return ranked
    ok: dict[str, bool] = {}
    texts: dict[str, str] = {}
    out = []
    for s in ranked:
        ev = pool.evidence[pool.sentences[s.index].evidence]
        d = ev.document.doc_id
        if d not in ok:
            # The article's own dateline counts as its text: its metadata date may be wrong (retrieve.dateline_words).
            line = dateline_words(pool.store.original(d)) if pool.store is not None else ""
            texts[d] = " ".join(e.chunk.text for e in pool.evidence if e.document.doc_id == d) + " " + (ev.document.title or "") + " " + line
            ok[d] = answerability.date_compatible(shape, ev.document, texts[d])
        if ok[d] and sentence_fits_date(shape, pool.sentences[s.index].text, ev.document, texts[d]):
            out.append(s)
    return out


def same_state(shape: QuestionShape, evidence: list[Evidence]) -> list[Evidence]:
    """'What did Paris say ...?': a speaker that is a country, its capital or its people (gazetteer) speaks in every
    passage naming that country ('France said'), not only in those that repeat the capital's name."""
    from .entities import country_of, countries_in

    states = {c for c in (country_of(o) for o in shape.outlets) if c}
    if not states:
        return []
    return [e for e in evidence if any(m.kind == "country" and m.name in states for m in countries_in(e.chunk.text))]


def _attributed(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored]) -> list[Scored]:
    """'According to X, ...': only candidates from X's articles or from passages that name X (when there are any)."""
    kept = answerability.attributed(shape, pool.evidence) + same_state(shape, pool.evidence)
    keep = {id(e) for e in kept} | ({id(e) for e in speaker_articles(kept, pool.evidence, shape.outlets)} if ARTICLE_SPEAKER else set())
    out = [s for s in ranked if id(pool.evidence[pool.sentences[s.index].evidence]) in keep]
    return out or ranked


def speaker_articles(kept: list[Evidence], evidence: list[Evidence], speakers: list[str]) -> list[Evidence]:
    """The other passages of the articles a kept passage is from that name a speaker by one word of its name: an article
    names a speaker in full once ('Gena Roe told the Post ...') and by surname after ('Roe said ...'). A passage that
    does not name the speaker at all is the writer's, not the speaker's, word."""
    docs = {e.document.doc_id for e in kept}
    words = {w for s in speakers for w in speaker_words(s)}
    return [e for e in evidence if e.document.doc_id in docs and any(re.search(rf"\b{re.escape(w)}\b", e.chunk.text) for w in words)]


def speaker_words(speaker: str) -> list[str]:
    """The words of a speaker's name that name it alone ('Ambassador Gena Roe' -> Gena, Roe): capitalised, not a
    function word, role title ('Ambassador') or country word ('French'), which other subjects share."""
    from .answerability import PERSON_ROLES
    from .entities import country_of

    return [w for w in re.split(r"[\s-]+", speaker) if w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() not in PERSON_ROLES and country_of(w) is None]


def named_span(text: str, shape: QuestionShape) -> bool | None:
    """For 'which <noun>' questions: does the text name a new one with that noun ('the Maghayir district')? None when there is no such noun."""
    if shape.answer_type not in ("place", "organisation", "list", "person"):
        return None
    pattern = answer_pattern(shape.text)
    known = set(names(shape.text))
    if shape.answer_type == "place":
        return place_span(text, shape, pattern, known)
    if pattern is None:
        return None
    return any(new_names(m.group(), known) for m in pattern.finditer(text))


def place_span(text: str, shape: QuestionShape, pattern: re.Pattern[str] | None, known: set[str]) -> bool:
    """For place questions: does the text give a place the question does not name? 'Which town ...' wants a name with
    'town' that is no country ('a town in Ruritania's Ostria province' names none); 'Where ...' wants a name after 'in', 'near',
    'east of' ... (candidates.place_names). Countries answer only questions that ask for a country."""
    countries = asks_country(shape.text)
    if pattern is None:
        return bool(place_names(text, known, countries))
    return any(countries or not is_country(n.title()) for m in overlapping(pattern, text) for n in new_names(m.group(), known))


def overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of a pattern, overlapping ones too: 'the French village of Dorn' holds 'French village' and 'village of Dorn'."""
    out: list[re.Match[str]] = []
    m = pattern.search(text)
    while m is not None:
        out.append(m)
        m = pattern.search(text, m.start() + 1)
    return out


def span_strength(text: str, shape: QuestionShape, known: set[str]) -> int | None:
    """How much of the asked answer a sentence states, for the types where a sentence can be tested for it; None otherwise.

    list: how many answer names it gives; place: 1 when it gives a place (a name with the asked noun, or after 'in',
    'near', ...); person: how many new names of two words or more (not organisations) it gives; number with a counted
    noun ('how many children'): 1 when it counts that noun; date: 1 when it states a date."""
    kind = shape.answer_type
    if kind == "list":
        return len(answer_names(text, shape, known))
    if kind == "place":
        pattern = answer_pattern(shape.text)
        return int(place_span(text, shape, pattern, known))
    if kind == "person":
        return sum(" " in n and not names_organisation(n) for n in answer_names(text, shape, known))
    if kind == "number":
        noun = counted_noun(shape.text) or telegraphic_noun(shape.text)
        return int(carries_type(text, shape, known) and counts_noun(text, noun)) if noun else None
    if kind == "date":
        return int(bool(DATE_SPAN.search(text)))
    return None


def open_quote(text: str) -> bool:
    """A sentence cut inside a quotation ('"The flag is flying over X.'): its rest is the next sentence."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def answer_neighbour(pool: EvidencePool, shape: QuestionShape, index: int) -> int | None:
    """The next (or previous) sentence when it, not the best one, holds the span of the asked type:
    a span of the type at all, a name standing with the asked noun, or the rest of a quotation the best one opens."""
    text = pool.sentences[index].text
    near = pool.neighbours(index)
    if not carries_type(text, shape):
        return next((j for j in near if carries_type(pool.sentences[j].text, shape)), None)
    if named_span(text, shape) is False:
        j = next((j for j in near if named_span(pool.sentences[j].text, shape)), None)
        if j is not None:
            return j
    if open_quote(text):
        return next((j for j in near if open_quote(pool.sentences[j].text)), None)
    return None


_CONTINUES = re.compile(r"^\W*(?:(?:the|a)\s+(?:second|other|third|latter)\b|another\b|the rest\b)", re.I)


def continues(text: str) -> bool:
    """Does a sentence continue an enumeration the one before it opened ('The second is being fought by ...')?"""
    return bool(_CONTINUES.search(text))


def continuation(pool: EvidencePool, shape: QuestionShape, index: int) -> int | None:
    """For list and comparison questions: the next sentence when it carries on the best one's enumeration."""
    if shape.answer_type not in ("list", "comparison"):
        return None
    nxt = pool.neighbours(index)[:1]
    return nxt[0] if nxt and pool.sentences[nxt[0]].orig_start > pool.sentences[index].orig_start and continues(pool.sentences[nxt[0]].text) else None


def corroborating(pool: EvidencePool, ranked: list[Scored], index: int, taken: set[int]) -> list[int]:
    """Evidence indices of other articles whose sentence reports the same as the answer sentence
    (cosine >= CORROBORATE, every number of the answer sentence stated): each outlet that says it is cited."""
    text = pool.sentences[index].text
    numbers = number_values(text)
    groups = {_group(pool, index)}
    out: list[int] = []
    for s in ranked:
        if len(out) >= CORROBORATIONS:
            break
        j = s.index
        if j in taken or _group(pool, j) in groups or s.similarity < -0.5:
            continue
        if float(pool.vector(index) @ pool.vector(j)) >= CORROBORATE and numbers <= number_values(pool.sentences[j].text):
            out.append(pool.sentences[j].evidence)
            groups.add(_group(pool, j))
    return out


_SPEECH = r"(?:said|says|told|added|stated|reported|announced)"
# 'a civil defence official said', 'the ministry spokesman told': a role that speaks without a name.
_UNNAMED_ROLE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:official|source|spokes\w+|officer|commander|activist|resident|monitor|director|chief|head)\s+(?:\w+\s+)?" + _SPEECH + r"\b", re.I)


def named_speaker(pool: EvidencePool, shape: QuestionShape, index: int) -> int | None:
    """For person questions whose answer sentence quotes an unnamed role ('..., a civil defence official said'):
    the first later sentence of the same article where a person the question does not name speaks ('Speaking to X, Jane Roe said')."""
    if shape.answer_type != "person" or not _UNNAMED_ROLE.search(pool.sentences[index].text):
        return None
    known = set(names(shape.text))
    doc, start = pool.doc_id(index), pool.sentences[index].orig_start
    later = sorted((j for j in range(len(pool.sentences)) if pool.doc_id(j) == doc and pool.sentences[j].orig_start > start), key=lambda j: pool.sentences[j].orig_start)
    return next((j for j in later if re.search(rf"\b{_SPEECH}\b", pool.sentences[j].text) and new_names(pool.sentences[j].text, known, multiword=True)), None)


def vocabulary(pool: EvidencePool) -> Counter[str]:
    """Lower-case words of the evidence with their counts: what typo correction may correct to."""
    return Counter(w for e in pool.evidence for w in re.findall(r"[a-z]+", f"{e.document.title or ''} {e.chunk.text}".lower()))


def _group(pool: EvidencePool, index: int) -> str:
    d = pool.evidence[pool.sentences[index].evidence].document
    return d.duplicate_of or d.doc_id


def article_span(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored], best: Scored) -> int | None:
    """The sentence of the best one's article (or its copies) that states more of the asked answer than the best does.

    The best-ranked sentence often restates the question ('... shelled the last two villages of the province') and the article
    names the answer in another sentence ('... began its assault on Velmar and Karsk'), which shares fewer of the
    question's words. The best sentence found the event; its article's sentence with the stronger span answers it
    (span_strength), when it scores at least SPAN_RATIO of the best and states as many of the question's names."""
    known = set(names(shape.text))
    have = span_strength(pool.sentences[best.index].text, shape, known)
    if have is None:
        return None
    need = max(have + 1, 2 if shape.answer_type == "list" else 1)
    home = _group(pool, best.index)
    for s in ranked[:SPAN_LOOKAHEAD]:
        if s.index == best.index or s.headline or _group(pool, s.index) != home or s.score < SPAN_RATIO * best.score or s.focus < best.focus:
            continue
        if (span_strength(pool.sentences[s.index].text, shape, known) or 0) >= need:
            return s.index
    return None


def answer_spans(text: str, shape: QuestionShape, known: set[str], lead: bool = False, added: bool = False) -> set[str] | None:
    """The spans of the asked answer type a sentence states that the question does not: names for who/which/where
    questions, counts of the asked noun for 'how many', dates for 'when', reason markers for 'why'; None for the types
    without a span (yes/no, comparison, other). The lead (`lead`) also counts a kind of a generic asked noun
    (LEAD_KINDS); a sentence to be added (`added`) gives a reason only by a marker that is no time word (STRICT_REASON)."""
    kind = shape.answer_type
    if kind == "place":
        return place_names(text, known, asks_country(shape.text))
    if kind in ("person", "organisation", "list") or kind == "other" and asked_noun(shape.text) not in (None, *STOPWORDS):
        return answer_names(text, shape, known)
    if kind in ("number", "quantity"):
        if not carries_type(text, shape, known):
            return set()
        noun = counted_noun(shape.text) or telegraphic_noun(shape.text) if kind == "number" else None
        if noun and not (counts_kind(text, noun) if lead and LEAD_KINDS else counts_noun(text, noun)):
            return set()
        return number_values(count_text(text)) - number_values(shape.text)
    if kind == "date":
        return {m.group().lower() for m in DATE_SPAN.finditer(text)}
    if kind == "reason":
        return reason_spans(text, strict=added and STRICT_REASON)
    return None


def reason_spans(text: str, strict: bool = False) -> set[str]:
    """The reason markers a sentence states ('because', 'in retaliation'); `strict`: not those that are also time words
    (TIME_REASONS: 'following the intervention in 2015' dates an event, it gives no reason for another)."""
    return {m.group().lower() for m in REASON_SPAN.finditer(text) if not strict or m.group().lower() not in TIME_REASONS}


def adds_answer(spans: set[str], shown: set[str]) -> bool:
    """Does a sentence state an answer span that the shown sentence does not (a name neither contains, another number)?"""
    return any(not any(s in t or t in s for t in shown) for s in spans)


def article_answer(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored], best: Scored) -> int | None:
    """The best-ranked sentence of the best one's article (or its copies) that states an answer span the best does not.

    The best sentence often restates the question ('... reported the death of two senior leaders') and its article
    names the answer in another sentence ('Jane Roe and John Doe were killed ...') that shares few of the question's
    words, so it falls below MORE_RATIO; an analyst reads on in the article that found the event. Such a sentence joins
    the answer when it scores at least SPAN_RATIO of the best and states as many of the question's names (focus)."""
    known = set(names(shape.text))
    shown = answer_spans(pool.sentences[best.index].text, shape, known, lead=True)
    if shown is None:
        return None
    home = _group(pool, best.index)
    for s in ranked[:SPAN_LOOKAHEAD]:
        if s.index == best.index or s.headline or _group(pool, s.index) != home or s.score < SPAN_RATIO * best.score or s.focus < best.focus:
            continue
        if adds_answer(answer_spans(pool.sentences[s.index].text, shape, known, added=True) or set(), shown):
            return s.index
    return None


def asked_day(question: str) -> str | None:
    """The one calendar day a question names ('on Thursday 18 May 2017' -> '2017-05-18'); None for none, a month or year, or two days."""
    days = {d for d in dates_in(question, None) if len(d) == 10}
    return days.pop() if len(days) == 1 else None


def reports_day(day: str, published: str | None, original: str | None, text: str) -> bool:
    """Does an article report the events of that day: its own date (the text's dateline, else its metadata) falls on it or
    within DAY_WINDOW days after, or its text names the day ('on April 8', read in the article's year)?"""
    report = report_date(text_date(original or ""), parse_date(published) if published else None)
    asked, at = date.fromisoformat(day), as_date(report)
    if at is not None and asked <= at <= asked + timedelta(days=DAY_WINDOW):
        return True
    return day in dates_in(text, report)


def day_first(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored]) -> list[Scored]:
    """For a question naming one day: when the best sentence's article does not report that day, the sentences scoring at
    least DAY_RATIO of the best whose articles do lead, best first; the rest follow in their order. A question pinned to
    '12 June 2016' asks about that day's strike, not the one a month later that shares its words."""
    day = asked_day(shape.text)
    if day is None or not ranked:
        return ranked
    fits: dict[str, bool] = {}

    def fit(s: Scored) -> bool:
        doc = pool.evidence[pool.sentences[s.index].evidence].document
        if doc.doc_id not in fits:
            text = " ".join(e.chunk.text for e in pool.evidence if e.document.doc_id == doc.doc_id)
            original = pool.store.original(doc.doc_id) if pool.store is not None else None
            fits[doc.doc_id] = reports_day(day, doc.published, original, text)
        return fits[doc.doc_id]

    if fit(ranked[0]):
        return ranked
    front = [s for s in ranked if s.score >= DAY_RATIO * ranked[0].score and fit(s)]
    if not front:
        return ranked
    taken = {id(s) for s in front}
    return front + [s for s in ranked if id(s) not in taken]


def reads_on(shape: QuestionShape, pool: EvidencePool, best: Scored) -> int | None:
    """The next sentence of the best one's article when the best restates the question and states no answer of its own.

    A news article often echoes the question in one sentence ('A little-known company has bought the unit at auction.')
    and answers it in the next ('Baikal Finance Group outbid Gazprom ...', 'He has moved from 4/1 to 5/2 favourite.').
    The next sentence shares few of the question's words and ranks low; an analyst reads on. Only when the best sentence
    states at least READ_ON_COVERAGE of the question's words or (READ_ON_FOCUS) every name the question asks about
    (states_focus), and no span of the asked answer type (answer_spans); the next sentence must follow it in the
    article with nothing between (pool.neighbours)."""
    text = pool.sentences[best.index].text
    restates = best.coverage >= READ_ON_COVERAGE or READ_ON_FOCUS and states_focus(shape, text)
    if not restates or answer_spans(text, shape, set(names(shape.text)), lead=True):
        return None
    start = pool.sentences[best.index].orig_start
    after = [j for j in pool.neighbours(best.index) if pool.sentences[j].orig_start > start]
    return after[0] if after and not excluded(pool, after[0]) else None


def states_focus(shape: QuestionShape, text: str) -> bool:
    """Does a sentence itself state every name the question asks about (its focus; a question naming nothing has none)?"""
    return bool(shape.focus) and all(name_found(f, text) for f in shape.focus)


def focus_reading(shape: QuestionShape, pool: EvidencePool, best: Scored, top: Scored) -> int | None:
    """The next sentence that READ_ON_FOCUS adds beyond the coverage rule: read on from a best sentence that states the
    question's focus (reads_on), or else from the best-matching sentence that a typed one displaced (kept_top)."""
    if not (READ_ON and READ_ON_FOCUS):
        return None
    own = reads_on(shape, pool, best) if best.coverage < READ_ON_COVERAGE else None
    if own is not None or top is best:
        return own
    return reads_on(shape, pool, top)


def kept_top(s: Scored, top: Scored, best: Scored) -> bool:
    """Is `s` the best-matching sentence that a typed one displaced as the first answer ('... leaving a dustman injured'
    for 'Who was hurt ...?': a person the type check cannot see)? It still answers beside it: the type preference
    decides which sentence leads, not that the best match is dropped."""
    return s is top and top is not best and not top.headline


def choose(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored], settings: Settings) -> list[int]:
    """Indices of the answer sentences, best first."""
    # Prefer a body sentence that carries the asked type; a headline or an untyped sentence only when nothing else is close.
    top = best = ranked[0]
    for s in ranked[1:4]:
        if (s.typed and not best.typed or best.headline and not s.headline) and s.score >= 0.9 * best.score and s.focus >= best.focus:
            best = s
            break
    # 'Which <noun> ...': a close sentence that names one ('the Zarqa district') answers; one that only restates the question does not.
    # ... unless the next or previous sentence names it: the best sentence found the event, its neighbour joins it (answer_neighbour).
    if named_span(pool.sentences[best.index].text, shape) is False and not any(named_span(pool.sentences[j].text, shape) for j in pool.neighbours(best.index)):
        # The best sentence's own article first: it found the event; another article may report another day's.
        home = _group(pool, best.index)
        for s in sorted(ranked[1:NAMED_LOOKAHEAD], key=lambda x: _group(pool, x.index) != home):
            if s.score >= NAMED_RATIO * best.score and s.focus >= best.focus and not s.headline and named_span(pool.sentences[s.index].text, shape):
                best = s
                break
    chosen = [best.index]
    spanned = article_span(shape, pool, ranked, best)
    extra = 0
    if spanned is None and ARTICLE_ANSWER:
        spanned = article_answer(shape, pool, ranked, best)
        # It joins beside the sentences the ranking would show, not in place of one: it answers the same event.
        extra = int(spanned is not None)
    if spanned is not None:
        chosen.append(spanned)
    neighbour = answer_neighbour(pool, shape, best.index)
    if neighbour in chosen:
        neighbour = None
    if neighbour is None:
        neighbour = continuation(pool, shape, best.index)
    if neighbour is None:
        neighbour = named_speaker(pool, shape, best.index)
    if neighbour is not None:
        chosen.append(neighbour)
    # A best sentence restating the question's words: its next sentence takes an extra slot (session 15).
    following = reads_on(shape, pool, best) if READ_ON and best.coverage >= READ_ON_COVERAGE else None
    # One restating only by its names (READ_ON_FOCUS): its next sentence joins after the ranking, and only when the
    # ranking does not show it already: no extra slot for a further ranked sentence (holdout3-fk: a fourth sentence
    # counting another event refused it).
    focus_read = focus_reading(shape, pool, best, top) if following is None else None
    if following is not None and following not in chosen:
        # Beside the ranked sentences, not in place of one (as article_answer): it completes the best sentence.
        chosen.insert(1, following)
        extra += 1
    limit = settings.generate.answer_sentences + extra
    many = shape.answer_type in ("list", "comparison")
    if many:
        limit += 1
    groups = {_group(pool, i) for i in chosen}
    for s in ranked:
        if len(chosen) >= limit:
            break
        if s.index in chosen or s.headline or s.focus < best.focus or not s.typed and best.typed and not kept_top(s, top, best):
            continue
        other_article = _group(pool, s.index) not in groups
        floor = SIDE_RATIO if many and other_article else MORE_RATIO
        if s.score < floor * best.score:
            continue
        if many and not other_article and len(groups) < 2 and any(_group(pool, s2.index) not in groups and s2.score >= SIDE_RATIO * best.score and s2.focus >= best.focus for s2 in ranked[:12]):
            continue  # keep the slot for the other side
        if any(float(pool.vector(s.index) @ pool.vector(c)) > SAME_MEANING for c in chosen):
            continue
        chosen.append(s.index)
        groups.add(_group(pool, s.index))
    if focus_read is not None and focus_read not in chosen:
        chosen.insert(1, focus_read)  # beside the ranked sentences, as a restating best sentence's next one
    # Each outlet a comparison names speaks in the answer, even past the sentence limit: one side is no comparison.
    chosen = chosen + other_sides(shape, pool, ranked, chosen, best)
    return chosen + side_sentences(shape, pool, ranked, chosen, best)


SIDE_FLOOR = 0.5  # a compared side's sentence may score half the best: it states the other half of the question, so it shares about half its words
SIDE_LOOKAHEAD = 15  # how far down the ranking a side's own sentence is looked for


def side_terms(sides: list[str], shared: set[str] | None = None) -> list[set[str]]:
    """Each compared side's own content words (stemmed), without the words the sides share, question words and the
    `shared` words (a source that qualifies the whole question)."""
    asked = set(terms(" ".join(QUESTION_WORDS))) | (shared or set())
    sets = [set(terms(side)) - asked for side in sides]
    return [t - set().union(*(o for k, o in enumerate(sets) if k != i)) for i, t in enumerate(sets)]


def shared_source(shape: QuestionShape) -> set[str]:
    """The words of the one source a two-part question attributes ('How many were reported, and how many adjudicated,
    according to X?'): X qualifies both parts, so a sentence naming X states neither part by that. With two or more
    sources the sources are the sides: nothing is shared."""
    return set(terms(shape.outlets[0])) if len(shape.outlets) == 1 else set()


def covers_side(sentence_terms: set[str], own: set[str]) -> bool:
    """Does a sentence state a side: at least half of the side's own words (one at least)?"""
    return bool(own) and len(own & sentence_terms) >= max(1, math.ceil(len(own) / 2))


_HOW_MANY_SIDES = re.compile(r"\bhow (?:many|much)\b", re.I)


def states_count(text: str) -> bool:
    """Does a sentence state a count (digits or number words, not a year or a date)? A 'how many' side is answered by one."""
    return bool(NUMBER_SPAN.search(count_text(text)))


def side_sentences(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored], chosen: list[int], best: Scored) -> list[int]:
    """'Which killed more: A or B?', 'How many in A, and how many in B?': for each side no chosen sentence states yet,
    the best-ranked sentence that states it (and carries the asked kind of span when the best one does)."""
    if shape.answer_type != "comparison" or len(shape.sides) < 2:
        return []
    out: list[int] = []
    counts = bool(_HOW_MANY_SIDES.search(shape.text))
    for own in side_terms(shape.sides, shared_source(shape) if SHARED_SOURCE else set()):
        if not own or any(covers_side(pool.terms_of(i), own) for i in chosen + out):
            continue
        side = next((s for s in ranked[:SIDE_LOOKAHEAD] if s.index not in chosen and s.index not in out and not s.headline
                     and (s.typed or not best.typed) and s.score >= SIDE_FLOOR * best.score and covers_side(pool.terms_of(s.index), own)
                     and (not counts or states_count(pool.sentences[s.index].text))), None)
        if side is not None:
            out.append(side.index)
    return out


def outlet_of(shape: QuestionShape, pool: EvidencePool, index: int) -> str | None:
    """Which of the question's outlets a sentence's article is from, or (TEXT_OUTLET) the sentence itself credits
    ('..., CNN reported'); None: neither."""
    from .retrieve import outlet_matches

    source = pool.evidence[pool.sentences[index].evidence].document.source
    text = pool.sentences[index].text
    return next((o for o in shape.outlets if source and outlet_matches(o, {source}) or TEXT_OUTLET and credits(text, o)), None)


def credits(text: str, outlet: str) -> bool:
    """Does a sentence name an outlet as its teller ('..., NBC News reported', 'CNN said', 'according to the Monitor')?
    A wire story quotes other outlets in its own text: the article's source field is the wire, the outlet is in the words."""
    name = re.escape(outlet)
    return bool(re.search(rf"\b{name}(?:\s+[A-Z][\w'’.-]*)*\s+(?:{_SPEECH}|said|reports?|reporting)\b|\b(?:according to|told|citing)\s+(?:the\s+)?{name}\b", text))


def other_sides(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored], chosen: list[int], best: Scored) -> list[int]:
    """'Did X and Y report the same ...?': the best sentence from each named outlet the answer does not quote yet."""
    if shape.answer_type != "comparison" or len(shape.outlets) < 2:
        return []
    have = {outlet_of(shape, pool, i) for i in chosen}
    out: list[int] = []
    for o in shape.outlets:
        if o in have:
            continue
        side = next((s for s in ranked if s.index not in chosen and not s.headline and (s.typed or not best.typed)
                     and s.score >= SIDE_RATIO * best.score and outlet_of(shape, pool, s.index) == o), None)
        if side is not None:
            out.append(side.index)
            have.add(o)
    return out


# Session 18: 'Who backs X?' is answered by a sentence in which someone backs X (backing.backs_party), not by one that
# shares the question's words ('Planes of the Ostrian Air Force, with the support of the Elbonian air force, carried out
# strikes on rebel areas' for 'Who supports the rebels?'). Such sentences lead, ranked as equals of the best (so the
# further-sentence ratios are unchanged); when the word-coverage cut left them all out of the candidates ('armed groups
# supported by X' shares no word with 'Which country backs the rebels?'), they come from the rest of the pool.
# BACKING_LEADS = 3: a party often has several backers, each stated in its own sentence, and three is what an answer
# shows before its further sentences; more would push the best-ranked sentences out of the answer.
BACKING_FIRST = True
BACKING_LEADS = 3


def backing_first(shape: QuestionShape, pool: EvidencePool, ranked: list[Scored]) -> list[Scored]:
    """For a question asking who backs a party, the candidates stating that someone backs it first, scored as the best."""
    from .backing import asked_backed, backs_party

    backed = asked_backed(shape.text)
    if not backed or not ranked:
        return ranked
    lead = [s for s in ranked if backs_party(pool.sentences[s.index].text, backed, shape.text)][:BACKING_LEADS]
    if lead and lead[0] is ranked[0]:
        return ranked
    best = ranked[0]
    if not lead:  # the word-coverage cut can leave out 'supported by X' for 'Who backs ...?': the rest of the pool
        seen = {s.index for s in ranked}
        lead = [Scored(i, best.score, best.similarity, best.coverage) for i, s in enumerate(pool.sentences)
                if i not in seen and not excluded(pool, i) and backs_party(s.text, backed, shape.text)][:BACKING_LEADS]
        if not lead:
            return ranked
    return [replace(s, score=max(s.score, best.score), headline=False) for s in lead] + [s for s in ranked if s not in lead]


def read(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, shape: QuestionShape | None = None) -> Reading:
    """Question -> shape -> scored candidates -> answerability -> chosen sentences."""
    shape = shape or analyse(correct_typos(question, vocabulary(pool)))
    qvec = pool.embedder.embed([shape.text])[0]
    ranked = [s for s in _attributed(shape, pool, _dated(shape, pool, score_sentences(pool, question, qvec, limit=READ_CANDIDATES, shape=shape))) if not excluded(pool, s.index)]
    why = answerability.decide(shape, evidence, pool, ranked)
    if why:
        return Reading(refusal=why)
    notes = [] if shape.english else [f"the question is not in English; {answerability.MULTILINGUAL_HINT}"]
    ranked = backing_first(shape, pool, ranked) if BACKING_FIRST else ranked
    chosen = choose(shape, pool, day_first(shape, pool, ranked) if DAY_FIRST else ranked, settings)
    why = answerability.judge(shape, evidence, pool, ranked, chosen, question)  # the chosen answer's checks and the fitted refusal model
    if why:
        return Reading(refusal=why)
    drafts = [(pool.sentences[i].text, [pool.sentences[i].evidence, *corroborating(pool, ranked, i, set(chosen))], "answer") for i in chosen]
    return Reading(drafts=drafts, notes=notes)
