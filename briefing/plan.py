"""The plan of a brief: what each section will say, as drafts citing evidence; and the model's JSON shapes.

Both generators fill a Plan. The extractive planner picks verbatim evidence
sentences, each used once in the body; the model path fills the same Plan from
validated JSON (pydantic models below). Verification and rendering come after.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from .actors import OPPONENTS, OTHER, PERSON_TITLES, SUBJECT, Actor
from .clean import credit_before_body, headline_before_body, is_debris, keyword_run, normalize_key
from .conflicts import PROVISIONAL, REVISED, Claim, Conflict, days_apart, find_conflicts
from .lexical import numbers, terms
from .dates import EventDate, date_key, main_period, month_count, recalled, resolve_dates

# Two sentences this close in meaning say the same thing: one of them is enough.
SAME_MEANING = 0.9
# Two sentences dated the same day this close in meaning report one event. Measured on the examples (same-day
# pairs): two wordings of one statement 0.76-0.80; different events of one day 0.31-0.57; the gap is 0.57-0.76.
SAME_EVENT = 0.65
# Least relevance (0..1 score of sentence to topic) for a timeline event.
TIMELINE_RELEVANCE = 0.25
TIMELINE_ITEMS = 12
# Most timeline lines for one day: past three, one day's incident retold from several angles crowds out the sequence
# (the FA-KES gas-attack brief gave six lines to one day); the other sentences remain free for the actors' sections.
TIMELINE_PER_DAY = 3
BOTTOM_LINE = 4
# Longest bottom-line sentence in words: news sentences run 20-35 words; a longer one packs several claims (or
# sentences the scraper ran together) that an analyst must untangle before passing it on. It may still serve the body.
BOTTOM_LINE_WORDS = 40
BODY_PER_ACTOR = 3
# Months either side of the most relevant report that the bottom line's reports may lie: one period, not a history.
BOTTOM_LINE_MONTHS = 12
# A bottom-line sentence is about the topic: at least this share of the most relevant sentence's relevance. Measured
# on seven briefs (examples + six FA-KES topics): off-topic picks (another event the same sources reported, a
# different front) sat at 0.56-0.58 of the top, the actors' own stance sentences at 0.70 and above.
BOTTOM_LINE_RELEVANCE = 0.65


def _months(iso: str | None) -> int:
    """A report date as a month count (0 for no date), to measure how far apart two reports are."""
    key = date_key(iso)
    return key // 10000 * 12 + (key // 100) % 100 if key else 0


@dataclass
class Draft:
    """A sentence to be checked: its text and the evidence indices it cites."""

    text: str
    cited: list[int]
    quote_hint: int | None = None  # the pool sentence it was taken from (extractive)


@dataclass
class ActorPlan:
    name: str  # one party, or several ('X, Y') when one sentence shows them all backing the same side
    side: str
    backs: str
    form: str
    stance: Draft | None
    latest: Draft | None
    body: list[Draft] = field(default_factory=list)
    # The actor whose row already shows this one's backing sentence ('brokered by regime ally X and rebel backer Y'):
    # the row refers to it rather than print the sentence twice, so a party on the other side is not lost.
    shared_with: str = ""


@dataclass
class ConflictPlan:
    kind: str
    about: str
    sides: list[tuple[str, Draft]]  # (what this side says, its sentence)
    update: bool = False  # a toll later reports raised: shown as an update, not a disagreement


@dataclass
class TimelineItem:
    date: str
    draft: Draft


@dataclass
class Plan:
    bottom_line: list[Draft] = field(default_factory=list)
    actors: list[ActorPlan] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    conflicts: list[ConflictPlan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---- the model's JSON, one model per step ----


class OutlineActor(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    backs: str = Field(default="", max_length=80)
    form: str = Field(default="", max_length=40)


class Outline(BaseModel):
    """Step 1: which actors the brief covers."""

    actors: list[OutlineActor] = Field(max_length=12)


class KeyedSentence(BaseModel):
    text: str = Field(min_length=1, max_length=600)
    key: str = Field(min_length=1, max_length=12)


class SectionDraft(BaseModel):
    """Step 3: a section's sentences, each with the key of the passage it rests on."""

    sentences: list[KeyedSentence] = Field(max_length=8)


class ConflictSide(BaseModel):
    text: str = Field(min_length=1, max_length=600)
    key: str = Field(min_length=1, max_length=12)


class ConflictDraft(BaseModel):
    about: str = Field(default="", max_length=200)
    sides: list[ConflictSide] = Field(min_length=2, max_length=4)


class ConflictsDraft(BaseModel):
    conflicts: list[ConflictDraft] = Field(default_factory=list, max_length=6)


# ---- the extractive planner ----


@dataclass
class Sentences:
    """The pool's usable sentences with what the planner needs: text, evidence index, source group, report date, relevance."""

    texts: list[str]
    evidence: list[int]
    groups: list[str]
    published: list[str | None]
    relevance: list[float]
    usable: list[bool]
    similar: object  # callable (i, j) -> cosine
    lead_days: list[str | None] = field(default_factory=list)  # per sentence: the day its article's lead reports
    off_event: set[int] = field(default_factory=set)  # sentences on another event than the one the topic places (topicality.py)
    other_day: set[int] = field(default_factory=set)  # sentences telling an incident of another day than the topic's (topicality.other_incident)
    late: set[int] = field(default_factory=set)  # sentences of reports long after the day the topic names (topicality.late_report): not bottom-line findings
    days: tuple[str, str] | None = None  # the first and last day the topic bounds its event by (dates.topic_days): the timeline keeps to them
    topic_terms: set[str] = field(default_factory=set)  # the topic's content words (lexical.terms): an actor's row speaks of them
    placed: bool = False  # the topic places its event and every usable sentence is on it (brief.on_event kept only those)


def speaks_of_topic(s: Sentences, i: int, actor: str, top: float) -> bool:
    """Is an actor's sentence on the topic? It is when it passes the bottom line's test (relevance at least
    BOTTOM_LINE_RELEVANCE of the most relevant sentence, `top`), when it shares a content word with the topic beyond the
    actor's own name (a sentence found because it names the actor may be about anything else the actor did), or when
    it is on the event the topic places. With no topic words known, every sentence is."""
    if s.placed or not s.topic_terms or s.relevance[i] >= BOTTOM_LINE_RELEVANCE * top:
        return True
    return bool((s.topic_terms - set(terms(actor))) & set(terms(s.texts[i])))


# A sentence opening on a pronoun, or on a demonstrative that is not a time ('This Monday', 'This week'), points back
# to the sentence before it in its article ('It said Aziz was kidnapped ...', 'These groups entered ...'): a timeline,
# read line by line in date order, has not got that sentence. General English.
_LEANS_BACK = re.compile(
    r"^\W*(?:(?:It|He|She|They|Its|His|Her|Their)\b|(?:This|These|Those|That)\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b))"
)


def leans_back(text: str) -> bool:
    """Does the sentence open on a word that refers to the sentence before it, so it cannot be read alone?"""
    return bool(_LEANS_BACK.match(text))


# Fewest words of a sentence in an actor's table cell or body: a statement says who did what to what or whom ('Xland
# denied any involvement in the raids.', 7 words; 'The attack was claimed by X.', 6). On the tuning briefs' cells (305
# in 42 briefs, session 14) the only ones under five words leaned on the sentence before them ('Xville confirmed the
# reports.', twice); the shortest above (6-7 words) read alone.
CELL_MIN_WORDS = 5


def complete_statement(text: str) -> bool:
    """Is the sentence a statement of its own, long enough to read alone in a table cell ('Mr Roe pressed.' is not)?
    A title before a name is no word of the statement: 'Mr Roe confirmed the reports.' is as short as 'Roe confirmed ...'."""
    return sum(1 for w in text.split() if w.rstrip(".").lower() not in PERSON_TITLES) >= CELL_MIN_WORDS


# Verb forms that tell something done, said or to come: a past or perfect form, a progressive or a saying participle
# ('is supporting', ', saying'; not any '-ing' word: 'farming', 'during'), a modal or future, and
# the present of saying and of taking a stand ('X denies', 'X urges'), which report what a party says now. General English.
_DEVELOPMENT = re.compile(
    r"\b(?:\w+ed|(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+ing|saying|adding|telling|urging|warning|accusing|claiming|denying|"
    r"said|told|took|went|came|gave|made|began|begun|sent|met|led|fled|fought|struck|hit|shot|left|won|"
    r"lost|held|brought|kept|put|ran|saw|seen|spoke|spoken|wrote|written|became|was|were|had|has|have|did|done|got|built|"
    r"bought|caught|chose|drove|fell|felt|found|flew|grew|knew|paid|rose|sold|stood|threw|thought|withdrew|taken|given|"
    r"will|would|could|should|may|might|must|shall|can|"
    r"says?|claims?|denies|deny|insists?|argues?|accuses?|warns?|urges?|calls?|rejects?|vows?|demands?|announces?|"
    r"confirms?|admits?|blames?|condemns?|opposes?|backs?|supports?|recogni[sz]es?|wants?|plans?|seeks?|threatens?|"
    r"promises?|pledges?|(?:is|are)\s+(?:to|set|due|about))\b",
    re.I,
)


def tells_development(text: str) -> bool:
    """Does the sentence tell something a party did, said or will do, not only describe how things stand ('Roe comes
    from an old family', 'The firm also offers internet services': the present of a standing state)?"""
    return bool(_DEVELOPMENT.search(text))


# Words a complete sentence does not end on: the source cut it off ('... recaptured by the army in the.').
# Only articles, determiners, and words that must take an object; 'in', 'on', 'to' and 'IS' can end a sentence.
_CUT_OFF = re.compile(r"\b(?:the|a|an|of|and|or|by|with|from|its|their|whose|than)\W*$")


def cut_off(text: str) -> bool:
    """A sentence the source truncated: it ends on a word that needs more after it."""
    return bool(_CUT_OFF.search(text.rstrip().rstrip(".!?\"'”’)")))


def cell_sentence(text: str) -> bool:
    """A sentence for what an actor did or said and for its latest development: a complete statement that tells a
    development, not a fragment nor a standing description that merely names the actor."""
    return complete_statement(text) and tells_development(text)


def table_cell(text: str) -> bool:
    """A sentence for an actor's table cell, read alone beside the actor's name: a cell sentence (cell_sentence) that
    does not lean on the sentence before it ('It also renewed its calls ...' under a row its 'It' is not)."""
    return cell_sentence(text) and not leans_back(text)


def usable_sentence(text: str, title: str | None) -> bool:
    """A reporting sentence: not debris, not the headline (or a piece of it), not cut off."""
    if is_debris(text) or keyword_run(text) or headline_before_body(text) or credit_before_body(text) or cut_off(text):
        return False
    key = normalize_key(text)
    if title:
        t = normalize_key(title)
        if key == t or (len(key) > 20 and (key in t or t in key and len(t) > 0.8 * len(key))):
            return False
    return True


# A party's verdict on the events rather than a report of them ('The Coalition strongly condemns the brutal crime ...'):
# a verb of praise or blame. Such a sentence is the party's claim; the bottom line opens with reported facts.
# Verbs only: 'drawn widespread international condemnation' reports a reaction, it is not one party's verdict.
_VERDICT = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|slam(?:s|med|ming)?|deplor(?:e|es|ed|ing)"
                      r"|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?)\b", re.I)


def partisan(text: str) -> bool:
    """A party's praise or blame of the events, not a report of them."""
    return bool(_VERDICT.search(text))


# A sentence of history rather than of the event: a perfect tense running since a year ('X has been hit by air strikes
# since 2015 when ...'). Background for the body, not a finding for the bottom line.
_HISTORY = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+\b.*?\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def history(text: str) -> bool:
    """A sentence telling what has gone on since a past year, not what happened in the event."""
    return bool(_HISTORY.search(text))


def fits_bottom_line(text: str) -> bool:
    """A sentence an analyst can pass on as a finding: a statement (not the writer's question) of at most BOTTOM_LINE_WORDS words."""
    return not text.rstrip().endswith("?") and len(text.split()) <= BOTTOM_LINE_WORDS


# Two sentences sharing this share of their content words (shared_words), with the same numbers, are one sentence told
# twice: one outlet's copy with a garbled name ('Tayyip Erdogan' / 'Tay yip Eroding', cosine 0.85) or another lead-in
# ('According to media reports X killed 17 ...' / 'X killed 17 ...', 0.86), both under SAME_MEANING. Measured on the
# 10,207 pairs of shown sentences of 16 FA-KES briefs (session 20): those two pairs 0.67 and 0.96, a toll conflict's two
# sides 0.83 (other numbers), every pair of different statements 0.55 or less.
SAME_WORDING = 0.6


def same_wording(a: str, b: str) -> bool:
    """Are two sentences one statement in nearly the same words: most content words shared and the same numbers?"""
    return numbers(a) == numbers(b) and shared_words(a, b) >= SAME_WORDING


class Picker:
    """Hands out sentences once: a sentence (or one meaning the same) used in the body is not used again."""

    def __init__(self, s: Sentences) -> None:
        self.s = s
        self.used: list[int] = []
        self.keys: set[str] = set()

    def free(self, i: int) -> bool:
        if not self.s.usable[i] or normalize_key(self.s.texts[i]) in self.keys:
            return False
        return not any(self.restates(i, j) for j in self.used)

    def restates(self, i: int, j: int) -> bool:
        """Sentences i and j say the same thing: close in meaning, or one wording of it (same_wording)."""
        return float(self.s.similar(i, j)) > SAME_MEANING or same_wording(self.s.texts[i], self.s.texts[j])  # type: ignore[operator]

    def free_after(self, j: int, i: int) -> bool:
        """Would sentence j still be free once sentence i is taken? (A copy of i, or one meaning the same, would not.)"""
        if not self.free(j) or normalize_key(self.s.texts[j]) == normalize_key(self.s.texts[i]):
            return False
        return not self.restates(i, j)

    def take(self, i: int) -> Draft:
        self.used.append(i)
        self.keys.add(normalize_key(self.s.texts[i]))
        return Draft(self.s.texts[i], [self.s.evidence[i]], i)

    def best(self, candidates: list[int], n: int, per_group: int = 1) -> list[Draft]:
        out: list[Draft] = []
        groups: dict[str, int] = {}
        for i in sorted(dict.fromkeys(candidates), key=lambda i: (-self.s.relevance[i], i)):
            g = self.s.groups[i]
            if groups.get(g, 0) >= per_group or not self.free(i):
                continue
            groups[g] = groups.get(g, 0) + 1
            out.append(self.take(i))
            if len(out) >= n:
                break
        return out


# Two sentences of one day sharing this share of their content words report one event in other words
# ('ten civilians were killed Wednesday in strikes on tents for displaced people ...' told twice).
SAME_EVENT_WORDS = 0.3


def shared_words(a: str, b: str) -> float:
    """Jaccard overlap of two sentences' content words."""
    ta, tb = set(terms(a)), set(terms(b))
    return len(ta & tb) / max(1, len(ta | tb))


def same_event(s: Sentences, i: int, j: int) -> bool:
    """Two sentences reporting one event: (dated the same day by the caller and) close in meaning or in words."""
    return float(s.similar(i, j)) > SAME_EVENT or shared_words(s.texts[i], s.texts[j]) >= SAME_EVENT_WORDS  # type: ignore[operator]


def independent_support(s: Sentences, i: int) -> int:
    """How many independent sources (groups of copies) carry sentence i or one meaning the same."""
    sim = s.similar
    key = normalize_key(s.texts[i])
    return len({s.groups[j] for j in range(len(s.texts)) if s.usable[j] and (j == i or normalize_key(s.texts[j]) == key or sim(i, j) > SAME_MEANING)})  # type: ignore[operator]


# Days apart that two reports of one incident may date it: a night's strike dated by its night and by the next day's
# report ('on Thursday night killed 14 ...' / 'killed at least 14 ... the monitor said on Friday').
TWIN_DAYS = 1


def next_day_twin(a: str, day_a: str, b: str, day_b: str) -> bool:
    """Could two sentences dated a day apart tell one incident? They share a figure ('14 killed' both): with the same
    event in words (same_event, the caller's test) that is one toll reported twice, not two incidents."""
    gap = days_apart(day_a, day_b)
    return gap is not None and abs(gap) <= TWIN_DAYS and bool(numbers(a) & numbers(b))


def timeline_events(s: Sentences, events: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The most relevant dated events, one report per (day, event): of two wordings, the one more sources carry."""
    chosen: list[tuple[str, int]] = []
    for d, i in sorted(events, key=lambda e: (-s.relevance[e[1]], e[1], e[0])):
        if any(s.similar(i, j) > SAME_MEANING for _, j in chosen):  # type: ignore[operator]
            continue
        twin = next((k for k, (d2, j) in enumerate(chosen) if (d2 == d or next_day_twin(s.texts[i], d, s.texts[j], d2)) and same_event(s, i, j)), None)
        if twin is not None:
            if independent_support(s, i) > independent_support(s, chosen[twin][1]):
                chosen[twin] = (d, i)
            continue
        if sum(1 for d2, _ in chosen if d2 == d) >= TIMELINE_PER_DAY:
            continue
        chosen.append((d, i))
        if len(chosen) >= TIMELINE_ITEMS:
            break
    return chosen


def event_dates(s: Sentences, i: int, report: str | None) -> list[EventDate]:
    return [d for d in resolve_dates(s.texts[i], report) if not d.background]


# The most relevant sentences whose report dates set the brief's period when the topic names none.
PERIOD_SAMPLE = 30


def brief_period(s: Sentences, reports: list[str | None], topic: tuple[int, int] | None) -> tuple[int, int] | None:
    """The months the brief speaks of: the topic's own period, else the median period of its most relevant reports."""
    if topic:
        return topic
    top = sorted((i for i in range(len(s.texts)) if s.usable[i] and reports[i]), key=lambda i: (-s.relevance[i], i))[:PERIOD_SAMPLE]
    return main_period([reports[i] for i in top], BOTTOM_LINE_MONTHS)


def extractive_plan(s: Sentences, actors: list[Actor], reports: list[str | None], period: tuple[int, int] | None = None) -> Plan:
    """Verbatim sentences for every part of the brief; each evidence sentence used once.

    `reports` holds, per sentence, the date its events are resolved against (the text's
    dateline when it disagrees with the metadata).
    """
    plan = Plan()
    pick = Picker(s)
    # Conflicts first: their sentences are reserved for the side-by-side view.
    lead = s.lead_days or [None] * len(s.texts)
    # A report that calls its own count provisional or revised anywhere ('the number was expected to rise').
    revised = {s.groups[j] for j, t in enumerate(s.texts) if PROVISIONAL.search(t) or REVISED.search(t)}
    claims = [Claim(i, s.texts[i], s.groups[i], reports[i], lead[i], s.groups[i] in revised) for i in range(len(s.texts)) if s.usable[i] and s.relevance[i] >= TIMELINE_RELEVANCE]
    for c in find_conflicts(claims, similar=s.similar):  # type: ignore[arg-type]
        if all(pick.free(i) for i, _ in c.sides):
            plan.conflicts.append(ConflictPlan(c.kind, c.about, [(what, pick.take(i)) for i, what in c.sides], c.update))
    # Bottom line first (before the actors' rows): the best backing sentences, covering as many actors as possible, one
    # per source. It may take an actor's backing sentence only when that actor's row keeps another backing sentence, and an
    # actor's other sentence (a claim, an act) only when the row keeps another of those (rows_keep); "another" is one that
    # stays free once the bottom line takes this one (not a copy from the chunks' overlap, not one meaning the same).
    own = {a.name: set(a.acting) for a in actors}

    def rows_keep(i: int) -> bool:
        return all(any(j != i and pick.free_after(j, i) for j in (a.stance if i in a.stance else a.acting) if j in own[a.name]) for a in actors if i in own[a.name])

    cover: list[int] = []
    named: set[str] = set()
    # The bottom line speaks of one period: the period of the most relevant dated evidence, not a history.
    window = brief_period(s, reports, period)
    top = max((r for r, u in zip(s.relevance, s.usable) if u), default=0.0)

    def current(i: int) -> bool:
        """Reported in the bottom line's period, and a statement (a question is the writer's, not a finding)."""
        m = month_count(reports[i])
        on_topic = s.relevance[i] >= BOTTOM_LINE_RELEVANCE * top
        outside = bool(s.days) and any(d.precision == "day" and not s.days[0] <= d.iso <= s.days[1] for d in event_dates(s, i, reports[i]))  # type: ignore[index]
        return on_topic and i not in s.other_day and i not in s.late and not leans_back(s.texts[i]) and (not window or not m or window[0] <= m <= window[1]) and fits_bottom_line(s.texts[i]) and not history(s.texts[i]) and not outside

    for a in actors:
        if a.name in named:
            continue
        for i in a.stance + a.mentions[:3]:
            if partisan(s.texts[i]):
                continue  # a party's verdict is its row's, not a finding (it may still fill the bottom line below)
            if pick.free(i) and current(i) and rows_keep(i) and s.groups[i] not in {s.groups[j] for j in cover} and not any(same_event(s, i, j) for j in cover):
                cover.append(i)
                named.update(b.name for b in actors if i in b.stance)
                break
        if len(cover) >= BOTTOM_LINE:
            break
    plan.bottom_line = [pick.take(i) for i in cover]
    # The rest of the bottom line: the most relevant current sentences, one per source, none restating one already there.
    # Reported facts before a party's verdicts, however relevant the verdict.
    for i in sorted((i for i in range(len(s.texts)) if current(i)), key=lambda i: (partisan(s.texts[i]), -s.relevance[i])):
        if len(plan.bottom_line) >= BOTTOM_LINE - 1:
            break
        if pick.free(i) and rows_keep(i) and s.groups[i] not in {s.groups[j] for j in cover} and not any(same_event(s, i, j) for j in cover):
            cover.append(i)
            plan.bottom_line.append(pick.take(i))
    # Then each actor's own backing sentence, so no actor is starved by an earlier one's body.
    stances: dict[str, Draft | None] = {}
    shown_by: dict[int, str] = {}  # stance sentence -> actor whose row shows it
    joined: dict[str, list[str]] = {}
    shared: dict[str, str] = {}
    cited: dict[str, int] = {}  # actor -> the backing sentence its row cites
    # An actor's row holds only sentences where it acts (subject, agent, backer), never ones that merely name it (own).
    for a in actors:
        i = next((i for i in a.stance if i in own[a.name] and pick.free(i) and complete_statement(s.texts[i]) and not leans_back(s.texts[i])), None)
        if i is not None:
            stances[a.name] = pick.take(i)
            shown_by[i] = a.name
            cited[a.name] = i
            continue
        stances[a.name] = None
        host = next((shown_by[i] for i in a.stance if i in shown_by and i in own[a.name]), None)
        patron = next((b for b in actors if b.name == host), None)
        if patron is not None and (patron.side, patron.backs) == (a.side, a.backs):
            joined.setdefault(host, []).append(a.name)  # one row for the parties one sentence names together
        elif patron is not None and a.backs:
            shared[a.name] = host  # the sentence shows it backing another side: its own row, referring to the host's
    latests = {}

    def when(i: int) -> int:
        """The day a sentence's event happened: its own dated event, else its report's date."""
        ds = event_dates(s, i, reports[i])
        return date_key(ds[0].iso) if ds else date_key(reports[i])

    def on_topic(i: int, a: Actor) -> bool:
        """A sentence of the topic's own event and on the topic, for an actor's row or body."""
        return i not in s.other_day and speaks_of_topic(s, i, a.name, top)

    # No sentence states backing between the actors: the table says what each did or said on the topic instead, its
    # most relevant such sentence (actors_layout).
    layout = actors_layout(actors)
    if layout:
        for a in actors:
            stances[a.name] = next((pick.take(i) for i in a.acting if pick.free(i) and on_topic(i, a) and table_cell(s.texts[i])), None)
    for a in actors:
        by_date = sorted(a.acting, key=lambda i: (when(i), s.relevance[i]), reverse=True)
        latests[a.name] = next((pick.take(i) for i in by_date if pick.free(i) and s.relevance[i] >= TIMELINE_RELEVANCE and on_topic(i, a) and table_cell(s.texts[i])), None)
    # Parties that only refer to one host row, for the same side and backed party, share one row ('Elbonia, Freedonia').
    firsts: dict[tuple[str, str, str], str] = {}
    for a in actors:
        if a.name not in shared:
            continue
        key = (shared[a.name], a.side, a.backs)
        if key in firsts and latests[a.name] is None and not any(pick.free(i) for i in a.acting):
            joined.setdefault(firsts[key], []).append(a.name)
        else:
            firsts.setdefault(key, a.name)
    # Dated events before the actors' bodies: a timeline is what an analyst scans first.
    events: list[tuple[str, int]] = []
    for i in range(len(s.texts)):
        if s.usable[i] and s.relevance[i] >= TIMELINE_RELEVANCE and i not in s.other_day and not leans_back(s.texts[i]):
            ds = event_dates(s, i, reports[i])
            if ds and recalled(ds[0].iso, reports[i]):
                continue  # an old event the report recalls: background, not this period's timeline
            if ds and s.days and not s.days[0] <= ds[0].iso <= s.days[1]:
                continue  # 'in early July': an event of mid-July is another's (another battle the same reports tell)
            if ds and (not period or period[0] <= month_count(ds[0].iso) <= period[1]):
                events.append((ds[0].iso, i))  # a topic that names its period gets that period's events only
    chosen = timeline_events(s, [(d, i) for d, i in events if pick.free(i)])
    plan.timeline = [TimelineItem(d, pick.take(i)) for d, i in sorted(chosen, key=lambda x: date_key(x[0]))]
    for a in actors:
        if any(a.name in v for v in joined.values()) and stances[a.name] is None:
            continue
        stance, latest = stances[a.name], latests[a.name]
        # what else it did: in a table of who did what, a standing description is no more its body than its row
        fits = cell_sentence if layout else complete_statement
        body = pick.best([i for i in a.acting if on_topic(i, a) and fits(s.texts[i])], BODY_PER_ACTOR)
        if stance or latest or body or a.name in shared:
            name = ", ".join([a.name, *joined.get(a.name, [])])
            backs, form = cited_backing(a, cited.get(a.name))
            plan.actors.append(ActorPlan(name, a.side, backs, form, stance, latest, body, shared.get(a.name, "")))
    return plan


def cited_backing(a: Actor, i: int | None) -> tuple[str, str]:
    """(backed party, form of support) of an actor's row: the backed party its cited sentence `i` states when that is
    not the one the actor's sentences name most ('Rebel-backer X accuses ...' shows X backing rebels, whatever X's
    other sentences back; 'Xs government' is X's), on the row's side; the actor's own on the subject's side (every name
    backed there is the subject the table's heading names: 'Ruritania', 'Smit', 'the government') and for the form, the
    strongest the actor's sentences show."""
    relation = a.relations.get(i) if i is not None else None
    if relation is None or relation[0] != a.side or a.side == SUBJECT or not relation[1] or {a.backs, a.backs + "s"} & set(a.backed_at.get(i, [relation[1]])):
        return a.backs, a.form
    return relation[1], a.form


def actors_layout(actors: list[Actor] | list[ActorPlan]) -> bool:
    """No actor backs anyone in the evidence (no backing verb or noun with two parties as its arguments): the brief's
    actors table says who did or said what on the topic, with no column for backing."""
    return not any(a.backs for a in actors)


SIDE_TITLES = {SUBJECT: "Backers of {subject}", OPPONENTS: "Backers of {subject}'s opponents", OTHER: "Other actors"}


def side_title(side: str, subject: str) -> str:
    return SIDE_TITLES[side].format(subject=subject)


def strip_prompt_keys(text: str) -> str:
    return re.sub(r"\s*\[[^\]]{1,12}\]", "", text).strip()


__all__ = [
    "ActorPlan", "ConflictPlan", "ConflictsDraft", "Draft", "Outline", "Plan", "SectionDraft", "Sentences",
    "TimelineItem", "actors_layout", "cell_sentence", "complete_statement", "leans_back", "extractive_plan", "side_title", "speaks_of_topic",
    "tells_development", "usable_sentence", "Conflict",
]
