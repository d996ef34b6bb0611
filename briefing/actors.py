"""Actors of a brief: the parties that back someone in the evidence, one per party, sorted by side.

The topic names its subject ('the X government'); a backer is on the subject's side
when what it backs is the subject, the subject's country or its government, and on
the opponents' side when it backs those that fight the subject (rebels, opposition,
or a party the evidence shows 'against' the subject). Everything else is 'other'.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .agency import acted_on, acting
from .backing import FORM_ORDER, Backing, backings, parties, qualifies_name
from .entities import ORG_WORDS, countries_in, country_of, gazetteer, is_name, known_party
from .question import CALENDAR, edit_distance
from .relations import extract

SUBJECT, OPPONENTS, OTHER = "subject", "opponents", "other"
# A name standing after these words names a place ('in X', 'town of X'), not a party.
_LOCATIVE = re.compile(r"(?:\b(?:in|near|at|from|to|into|around|outside|across|inside|on|over|of|toward|towards|reached|entered|captured|besieged|recaptured|retook|took|hit|struck|shelled|bombed|targeted|stormed|pounded)\s+(?:the\s+)?(?:(?:city|town|village|province|district|neighbou?rhood|region|countryside|suburb|area|areas|outskirts|governorate)\s+of\s+)?(?:(?:rebel|opposition|government|regime|militant)-held\s+)?(?:(?:eastern|western|northern|southern|central|rural|east|west|north|south)\s+)?)$", re.I)
# Share of a name's mentions in locative position above which it is a place.
PLACE_SHARE = 0.6
# Topic words that make the topic's names the party being backed (its backers are the actors).
BACKING_TOPIC = re.compile(r"\b(back\w*|support\w*|allies|ally|alliances?|patrons?|sponsors?|aid|arm(?:s|ing)|help\w*|friends)\b", re.I)
OPPOSING_NOUNS = frozenset({"rebels", "opposition", "insurgents", "militants", "jihadists"})
# A party that backs no one earns a row only if it acts (is a sentence's agent) this often.
FILL_MIN_AGENT = 2
# Backing sentences count more than plain mentions when ranking actors (they say what the actor does).
BACKING_WEIGHT = 2.0
MENTION_WEIGHT = 0.25


@dataclass
class Subject:
    """What the topic is about: its names, its country (the one the evidence places them in), its government."""

    names: set[str]
    country: str | None
    government: bool
    enemies: set[str] = field(default_factory=set)
    backers: set[str] = field(default_factory=set)  # backers the topic itself names
    label: str = ""  # the subject as the topic names it (its own people aside)

    def side(self, backed: str) -> str:
        if not self.names:
            return OTHER
        if backed in self.names or backed == self.country or (backed == "government" and (self.government or self.country)):
            return SUBJECT
        if backed in self.backers:
            return SUBJECT  # backing a backer the topic names ('Elbonian support for ...') is backing its side
        if backed in OPPOSING_NOUNS or backed in self.enemies or opposing_name(backed):
            return OPPONENTS
        return OTHER


def opposing_name(name: str) -> bool:
    """A name whose head noun is an opposing noun ('Ruritanian opposition', 'moderate rebels') names the opponents, as the
    bare noun does: a party backed by a backer of the opponents is then not shown as a proxy of them."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in OPPOSING_NOUNS


@dataclass
class Actor:
    name: str
    score: float = 0.0
    side: str = OTHER
    backs: str = ""
    form: str = ""
    stance: list[int] = field(default_factory=list)  # sentence indices that show its backing, best first
    relations: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # sentence -> (side, backed, form)
    backed_at: dict[int, list[str]] = field(default_factory=dict)  # sentence -> every party it shows this actor backing
    mentions: list[int] = field(default_factory=list)
    acting: list[int] = field(default_factory=list)  # sentences where it is an agent (see agents()), best first


# A party acts: its name is followed, within two words, by a verb ('X said', 'X jets struck').
_ACTS = re.compile(r"^[’']?s?\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+ed|said|says|denies|accuses|claims|launches|strikes|struck|hit|sent|took|vowed|warned|urged|called|killed|attacked|bombed|began|began|is|are|was|were|has|have|had|will)\b")


def _acts(name: str, sentences: list[str]) -> bool:
    """Does the evidence show this name doing something (at least once), rather than only naming a place or thing?"""
    for s in sentences:
        for m in re.finditer(re.escape(name), s):
            if _ACTS.match(s[m.end() :]):
                return True
    return False


# A party that only reports ('X said', 'X reported', 'according to X'): a monitor, an outlet or a spokesman, not an actor.
_REPORTS = re.compile(r"^[’']?s?\s+(?:[\w-]+\s+){0,3}?(?:said|says|saying|reported|reports|told|added|stated|estimated|counted|documented|recorded|monitors?|published|quoted|placed|put|gave|giving|raised|revised|tallied|warned|announced|confirmed|noted)\b")
_ACCORDING = re.compile(r"\b(?:according\s+to|said|told|reported\s+by|quoted\s+by|cited\s+by)\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", re.I)


def acts_by_grammar(name: str, sentences: list[str], aliases: dict[str, str] | None = None) -> bool:
    """Does the grammar of one of the sentences make this name act (agency.acting: subject, agent, owner of an action)?"""
    return any(name in acting(s, parties(s, aliases)) for s in sentences)


def only_reports(name: str, sentences: list[str]) -> bool:
    """Every time this name does something in the evidence, it speaks or reports: a source, not a party to the events."""
    seen = False
    for s in sentences:
        for m in re.finditer(re.escape(name), s):
            after = s[m.end() :]
            if _REPORTS.match(after) or _ACCORDING.search(s[: m.start()]):
                seen = True
            elif _ACTS.match(after):
                return False
    return seen


def reports_here(name: str, sentence: str) -> bool:
    """Does the name, in this sentence, stand before a verb of reporting ('X reports', 'X said')? Then it tells the sentence."""
    return any(_REPORTS_NEXT.match(sentence[m.end() :]) for m in re.finditer(re.escape(name), sentence))


# The sentence's closing attribution right after a name ('... backing from X Reuters reports.'): Reuters tells it, X backs;
# 'X said it would arm the rebels' is X backing them.
_REPORTS_NEXT = re.compile(r"^\s+(?:said|says|reported|reports)(?:\s+on\s+\w+day)?\s*(?:[.;]|$)")


# Words that put the name after them in a phrase (an object, a place, a list governed by them), not a subject.
_GOVERNING = frozenset(
    "in on at with from to for of by according after before during against about under over near since between among "
    "amid despite like as into onto toward towards than via including alongside beside besides unlike per".split()
)
# Words a subject noun phrase may hold before the name: determiners, coordination, modifiers like 'X-backed'.
_NP_WORD = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Bb]oth|and|[A-Z(][\w’'.()-]*|[\w-]+-(?:backed|led|supported|allied|based))")
# A clause opening with a pronoun has the pronoun as subject: no named agent.
_PRONOUN_START = re.compile(r"^(?:he|she|it|they|we|i|you|this|that|these|those|who|which)\b", re.I)
# Leading phrases set off by commas ('This Monday, December 2, however, ...') are this long at most.
INTRO_CHARS = 120


def _subject_phrase(gap: str) -> bool:
    """Is the text between a clause start and a name part of the name's noun phrase (no verb, no preposition)?"""
    for w in re.split(r"[\s,]+", gap.strip()):
        if not w:
            continue
        if w.lower() in _GOVERNING or not _NP_WORD.fullmatch(w):
            return False
    return True


def main_subjects(sentence: str, aliases: dict[str, str] | None = None) -> set[str]:
    """Parties forming the subject of the sentence's main clause ('X and Y said ...'), after leading phrases.

    The clause starts at the sentence start or after an introductory phrase ending in a comma;
    the first start that opens with a named subject wins, and a pronoun subject means nobody named.
    """
    ps = [p for p in parties(sentence, aliases) if (p.name in acting_parties(sentence[p.start : p.end + 40], aliases) or p.kind == "noun") and not acted_on(sentence, p) and not qualifies_name(sentence, p)]
    starts = [0] + [m.end() for m in re.finditer(r",\s+", sentence[:INTRO_CHARS])]
    for c in starts:
        if _PRONOUN_START.match(sentence[c:]):
            return set()
        found = {p.name for p in ps if p.start >= c and _subject_phrase(sentence[c : p.start])}
        if found:
            return found
    return set()


# After a party, what makes it a modifier of someone else's name: 'X-backed Y', 'X-led Y' (X backs or leads, Y acts).
_MODIFIER_AFTER = re.compile(r"-(?:backed|led|supported|allied|aligned|sponsored|funded|trained|armed|based|held|controlled|dominated)\b")
# A country's adjective right before another capitalised word qualifies a people or a group ('Ruritanian Fulani forces').
_QUALIFIES = re.compile(r"\s+[A-Z][a-z]+(?:ish|ian|ese|ic|i|an)\b")


def acting_parties(phrase: str, aliases: dict[str, str] | None = None) -> set[str]:
    """Parties a relation's agent phrase makes act: not a backer or leader named as a modifier ('X-backed Y forces
    fighting Z': Y's forces fight, not X), nor a country whose adjective qualifies another people ('Elbonian Fulani forces')."""
    out = set()
    for p in parties(phrase, aliases):
        rest = phrase[p.end :]
        if _MODIFIER_AFTER.match(rest) or p.kind == "country" and _QUALIFIES.match(rest) and phrase[p.start : p.end] != p.name or qualifies_name(phrase, p):
            continue  # ... nor a name that only qualifies the name or noun after it ('Xland District Judge Jan Smit said')
        out.add(p.name)
    return out


# A party that claims an attack, or says its own men carried it out, is the party responsible for it: 'the Y group claimed
# the bombing', 'Y said three of its fighters carried out an attack', 'an attack claimed by Y'. A negation in the gap
# ('X has not claimed') is no claim.
_CLAIMS = re.compile(
    r"^[’']?s?\s+(?P<gap>(?:(?!not\b|never\b|no\b)[\w-]+\s+){0,2}?)(?:claimed|claims|claiming|took\s+responsibility|takes\s+responsibility|"
    r"said\s+(?:[\w-]+\s+){0,3}?its\s+(?:[\w-]+\s+)?(?:fighters|militants|members|men|bombers?|attackers?)\s+(?:had\s+)?carried\s+out)\b"
)
_CLAIMED_BY = re.compile(r"\b(?:claimed|claim(?:ed)?\s+of\s+responsibility)\s+by\s+(?:the\s+)?$")


_CLAIM_WORD = re.compile(r"\b(?:claim\w*|responsibility|carried\s+out)\b", re.I)


def claimants(sentence: str, aliases: dict[str, str] | None = None) -> set[str]:
    """Parties a sentence says claimed (or owned) an attack: the responsible actor, an actor even when named once."""
    out: set[str] = set()
    ps = parties(sentence, aliases)
    for p in ps:
        if p.kind == "noun":
            continue
        m = _CLAIMS.match(sentence[p.end :])
        if m and (re.search(r"\b[A-Z]", m.group("gap")) or any(q is not p and p.end <= q.start < p.end + m.end() for q in ps)):
            continue  # 'the Osprey Kestrel group claimed': the party nearest the verb claims, a qualifier before it does not
        if m or _CLAIMED_BY.search(sentence[max(0, p.start - 40) : p.start]):
            out.add(p.name)
    return out


def agents(sentence: str, aliases: dict[str, str] | None = None) -> set[str]:
    """Parties that act in a sentence: its main subject, an agent of a relation, or a backer.

    A party only mentioned as an object, a list member or a target is not an agent:
    'A maintains contacts with B and C' is A's sentence, not B's or C's.
    """
    out = main_subjects(sentence, aliases) | acting(sentence, parties(sentence, aliases))
    for r in extract(sentence):
        if r.agent:
            out.update(acting_parties(r.agent, aliases))
    out.update(b.backer for b in backings(sentence, aliases))
    out.update(claimants(sentence, aliases))
    return out


# Last words that make a name a place whatever its position ('X Road', 'Y Farms', 'Z Airport').
PLACE_WORDS = frozenset({
    "road", "street", "highway", "square", "airport", "airbase", "farms", "hill", "hills", "mountain", "mountains",
    "river", "bridge", "crossing", "valley", "plain", "desert", "lake", "dam", "neighbourhood", "neighborhood", "district",
})


def places(sentences: list[str]) -> set[str]:
    """Names the evidence mostly uses as locations ('in X', 'the town of X'); countries are parties, not places."""
    loc: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s in sentences:
        for p in parties(s):
            if p.kind in {"name", "org"}:
                total[p.name] += 1
                if _LOCATIVE.search(s[max(0, p.start - 60) : p.start]):
                    loc[p.name] += 1
    return {n for n, c in total.items() if loc[n] / c > PLACE_SHARE or n.split()[-1].lower() in PLACE_WORDS}


# The words that tie a backing topic's two halves: 'X support for Y', 'X backing of Y', 'allies of Y'.
_TOPIC_OBJECT = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:for|to|of|behind)\s+", re.I)
# A place phrase ends the backed party's phrase ('support for rebels in X': X is where, not whom).
_TOPIC_PLACE = re.compile(r"\b(?:in|near|at|across|around|during|against|since|from|over)\b", re.I)
# Times a name must stand right after the subject's country ('Ruritanian President Jan Smit') to be its own people.
MEMBER_MIN = 2


def topic_parties(topic: str) -> tuple[set[str], set[str]]:
    """(subject names, backers named) of a backing topic: 'Elbonian support for the Ruritanian government'
    is about Ruritania (the backed) and names Elbonia as a backer; 'Smit's allies' is about Smit."""
    m = BACKING_TOPIC.search(topic)
    every = parties(topic)
    ps = [p for p in every if p.kind != "noun"]
    if not m:
        return {p.name for p in ps}, set()
    before = {p.name for p in ps if p.end <= m.start()}
    obj = _TOPIC_OBJECT.match(topic[m.end() :])
    if obj:
        start = m.end() + obj.end()
        place = _TOPIC_PLACE.search(topic, start)
        end = place.start() if place else len(topic)
        backed = [p for p in every if start <= p.start < end]
        if backed:
            named = {p.name for p in backed if p.kind != "noun"}
            sides = {p.name for p in backed if p.kind == "noun" and p.name in OPPOSING_NOUNS}
            return (named or sides), before - named
    return before or {p.name for p in ps}, set()


def subject_of(topic: str, sentences: list[str]) -> Subject:
    """The topic's subject: its names, the country most often named beside them, and whether it is a government.

    Only a topic about backing has a subject: its backers are the actors. Otherwise every party is an actor.
    A backing topic that names both sides ('Elbonian support for the Ruritanian government') is about the
    backed party; the backers it names are actors. When the subject is a government, the people the evidence
    names as its country's own ('Ruritanian President Jan Smit') are the subject too, not its backers.
    """
    if not BACKING_TOPIC.search(topic):
        return Subject(set(), None, False)
    names, named_backers = topic_parties(topic)
    government = bool(re.search(r"\b(government|regime|state|authorities)\b", topic, re.I))
    countries: Counter[str] = Counter()
    beside: Counter[str] = Counter()
    enemies: set[str] = set()
    for s in sentences:
        ps = parties(s)
        here = {_surname(p.name, names) for p in ps}
        if names & here:
            countries.update(p.name for p in ps if p.kind == "country" and p.name not in names)
            # 'Ruritanian President X', "X's Ruritania": a country named right beside the subject is its own.
            for p, q in zip(ps, ps[1:]):
                gap = s[p.end : q.start]
                if p.kind == "country" and _surname(q.name, names) in names and re.fullmatch(r"\s*(?:[A-Z][\w.-]*\s+)*", gap):
                    beside[p.name] += 1
            for m in re.finditer(r"\bagainst\s+(?:the\s+)?", s):
                after = [p for p in ps if p.start >= m.end() and p.start - m.end() < 30]
                before = [p for p in ps if p.end <= m.start()]
                if after and before and _surname(before[-1].name, names) in names:
                    enemies.add(after[0].name)
    # A topic about the armed opposition ('support for Ruritanian rebels'): its side is the rebels', its enemy the government.
    if any(n in OPPOSING_NOUNS or n.split()[-1].lower() in OPPOSING_NOUNS | {"fighters", "groups", "factions"} for n in names):
        states = {c for n in names if (c := country_of(n.split()[0]))}  # 'Ruritanian rebels' fight Ruritania's state
        return Subject(names | {"rebels"}, None, False, {"government"} | states, named_backers - names, " / ".join(sorted(names)))
    own = [n for n in sorted(names) if country_of(n) == n]
    ranked = beside.most_common(1) or countries.most_common(1)
    country = own[0] if own else (ranked[0][0] if names and ranked else None)
    label = " / ".join(sorted(names))
    if government and country:
        names = names | members(country, sentences)
    return Subject(names, country, government, enemies - names, named_backers - names, label)


def _last_name(name: str) -> str:
    """'Jan al-Smit' -> 'Smit': the last word without its article."""
    return re.sub(r"^(?:al|el)-", "", name.split()[-1], flags=re.I)


# A word that ends a person's office before the office's state: 'former Ruritanian envoy', 'ex-Ruritanian minister'.
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.I)


def state_people(sentences: list[str]) -> dict[str, set[str]]:
    """Per country, the people the evidence names as its own right after it, at least MEMBER_MIN times
    ('Ruritanian President Jan Smit' -> {'Ruritania': {'Smit'}}); one pass over the sentences."""
    count: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        ps = parties(s)
        for k, p in enumerate(ps):
            if _FORMER.search(s[max(0, p.start - 12) : p.start]):
                continue  # 'former Ruritanian envoy Jan Smit' no longer speaks or acts for Ruritania
            # right after the country, or after a title with 'of' that splits the name ('US Secretary of State Jan Smit')
            for q in ps[k + 1 : k + 3]:
                if q.kind == "name" and len(q.name.split()) >= 2 and re.fullmatch(r"[’']?s?\s*(?:[A-Z][a-z]+\s+of\s+)?", s[p.end : q.start]):
                    count[(p.name, _last_name(q.name))] += 1
                    break
    out: dict[str, set[str]] = defaultdict(set)
    for (country, n), c in count.items():
        if c >= MEMBER_MIN and is_name(n) and not country_of(n):
            out[country].add(n)
    for n, country in heads_of_government(sentences).items():
        out[country].add(n)
    return out


# 'X regime', 'X's government', 'Xs forces': a person whose name stands for a state's government and its forces.
_RULE_NOUN = r"\s+(?:regime|government|administration|forces|troops|loyalists)\b"  # after a name: its government or forces
_HEAD_NOUN = r"(?:[’']s|s)?" + _RULE_NOUN
_STATE_GOVERNMENT = re.compile(r"\s+(?:regime|government|administration)\b")


def heads_of_government(sentences: list[str]) -> dict[str, str]:
    """People whose name stands for a state's government ('the Smit regime', 'Smits forces', MEMBER_MIN times at least),
    each with the state the evidence calls a regime or government ('the Ruritanian regime') that it names most often
    beside that person, never one that backs the person ('Elbonia-backed Smit forces'): {'Smit': 'Ruritania'}."""
    heads: Counter[str] = Counter()
    governments: set[str] = set()
    for s in sentences:
        ps = parties(s)
        for p in ps:
            if p.kind == "name" and re.match(_HEAD_NOUN, s[p.end :]):
                heads[_last_name(p.name)] += 1
            elif p.kind == "country" and _STATE_GOVERNMENT.match(s[p.end :]):
                governments.add(p.name)
    out: dict[str, str] = {}
    for n, c in heads.items():
        if c < MEMBER_MIN or not is_name(n) or country_of(n):
            continue
        beside: Counter[str] = Counter()
        backers: set[str] = set()
        for s in sentences:
            if not re.search(rf"\b{re.escape(n)}", s):
                continue
            beside.update({p.name for p in parties(s) if p.name in governments})
            backers.update(b.backer for b in backings(s) if _last_name(b.backed) == n)
        ranked = [(k, v) for k, v in beside.most_common() if k not in backers]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            out[n] = ranked[0][0]
    return out


def members(country: str, sentences: list[str]) -> set[str]:
    """People the evidence names as the country's own, right after it ('Ruritanian President Jan Smit' -> 'Smit')."""
    return state_people(sentences).get(country, set())


def lost_apostrophe(name: str, sentences: list[str]) -> bool:
    """'Smits regime', 'Smits forces': a person's possessive that lost its apostrophe, not a party's name of its own.
    Every use of the name is followed by a government or force noun, and the evidence names the person ('Smit') too;
    a plural ('Kurds say') is followed by other words."""
    if " " in name or not name.endswith("s") or len(name) < 4:
        return False
    stem = name[:-1]
    uses = [m for t in sentences if t for m in re.finditer(rf"\b{re.escape(name)}\b", t)]
    return bool(uses) and all(re.match(_RULE_NOUN, m.string[m.end() :]) for m in uses) and any(
        re.search(rf"\b{re.escape(stem)}\b(?![’']?s\b)", t) for t in sentences if t)


def member_aliases(names: list[str], sentences: list[str]) -> dict[str, str]:
    """A state's own people are that state's party: 'Ruritanian President Jan Smit' in the evidence makes
    'Smit' and 'President Jan Smit' rows of 'Ruritania', so one party never gets two actor rows."""
    out: dict[str, str] = {}
    for country, people in state_people(sentences).items():
        if country in names and country_of(country) == country:
            # 'Smits regime': a possessive that lost its apostrophe is the same person's
            out.update({n: country for n in names if n != country and (_last_name(n) in people or (_last_name(n).endswith("s") and _last_name(n)[:-1] in people))})
    return out


def _surname(name: str, short: set[str]) -> str:
    """'Jan al-Smit' is 'Smit' when the short name is in use."""
    last = _last_name(name) if name.split() else name
    if last not in short and last.endswith("s") and last[:-1] in short:
        last = last[:-1]  # 'al-Smits': a possessive that lost its apostrophe
    return last if last in short and last != name else name


def merge_aliases(names: list[str], counts: dict[str, int] | None = None) -> dict[str, str]:
    """Aliases within one evidence: 'Saudi' -> 'Saudi Arabia' (first word), 'Jan al-Smit' -> 'Smit' (last word).

    A last word the evidence names on its own less often than the longer name is a fragment of that
    name ('Star' of 'Red Star Society'), so it merges into the longer name rather than the reverse.
    """
    out: dict[str, str] = {}
    n_of = counts or {}
    singles = {n for n in names if " " not in n}
    for n in names:
        if " " in n and _surname(n, singles) != n:
            short = _surname(n, singles)
            if n_of.get(short, 1) > n_of.get(n, 1) or not counts:
                out[n] = short
            elif n_of.get(n, 1) > n_of.get(out.get(short, ""), 0):
                out[short] = n
    # A people's adjective and its plural name one party ('Ruritanish' and 'Ruritans'): the plural names it.
    for n in names:
        adj = re.fullmatch(r"([A-Z][a-z]+?)(?:ish|ese|ian|i)", n)
        people = [m for m in names if adj and m != n and re.fullmatch(re.escape(adj.group(1)) + r"(?:s|es|is)", m)]
        if people:
            out[n] = people[0]
    for n in names:
        if " " in n or country_of(n) == n or n in out:
            continue  # a country keeps its own name: 'Ruritania' is not 'Ruritania the Observatory'
        longer = [m for m in names if m != n and m.split()[0] == n]
        if len(longer) == 1 and not namesake(n, longer[0], n_of):
            out[n] = longer[0]
    return out


def namesake(short: str, longer: str, counts: dict[str, int]) -> bool:
    """Is the one-word name a party of its own that the longer name opening with it is only named after ('Xist' beside
    the 'Xist al-Nurava' militia, 'Xville' beside 'Xville Governorate')? So when the evidence names it alone more often
    than the longer name, as 'Star' of 'Red Star Society' is a fragment when named alone less often (merge_aliases)."""
    return counts.get(short, 0) > counts.get(longer, 0)


# Letters a longer acronym may add to a shorter one and still name its party ('XL' and 'XLS', 'XLIL'): the longer
# spells out where the party operates; three or more added letters make another body ('XLHCR').
ACRONYM_EXTRA = 2


def acronym_aliases(names: list[str]) -> dict[str, str]:
    """Acronyms of one party under one name: an acronym that spells a longer name's capitalised initials is that name
    ('XL' -> 'Xist League'), and one that extends a shorter acronym by ACRONYM_EXTRA letters at most is the shorter's
    party ('XLIL' -> 'XL' -> 'Xist League')."""
    acronyms = [n for n in names if re.fullmatch(r"[A-Z]{2,6}", n)]
    out: dict[str, str] = {}
    for a in acronyms:
        written = [n for n in names if n != a and n.lower() == a.lower()]
        if written:
            out[a] = written[0]  # 'XLEN' beside 'Xlen': one name in capitals and as a word
    for a in acronyms:
        spelled = [n for n in names if " " in n and "".join(w[0] for w in n.split() if w[:1].isupper()) == a]
        if len(spelled) == 1:
            out[a] = spelled[0]
    for a in acronyms:
        shorter = [b for b in acronyms if b != a and a.startswith(b) and len(a) - len(b) <= ACRONYM_EXTRA and a not in out]
        if shorter:
            b = min(shorter, key=len)
            out[a] = out.get(b, b)
    return out


# 'X (Y)' right after a name, or 'X, also known as Y': the evidence itself says X and Y name one party. Not a dateline's
# outlet ('XVILLE (Wire) -') nor a bracket opening a longer aside.
_BRACKETED = re.compile(r"\s*\(\s*(?:also\s+(?:known\s+as|called)\s+|or\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*\)(?!\s*[-–—])")
_KNOWN_AS = re.compile(r"\s*,?\s*(?:also|formerly|otherwise|better)?\s*(?:known\s+as|called)\s+(?:the\s+)?")


def stated_aliases(sentences: list[str], names: set[str], counts: dict[str, int] | None = None) -> dict[str, str]:
    """Names the evidence itself gives as one party's ('Xist League (XL)', 'the Xist League, also known as Yaesh'): each
    maps to whichever of the two the evidence names more often (the first on a tie). Only names of `names` (the
    evidence's parties) are joined; a country, a dateline's capitals or a wire's credit never is."""
    n_of = counts or {}
    out: dict[str, str] = {}
    for s in sentences:
        if not s:
            continue
        ps = parties(s)
        for k, p in enumerate(ps):
            written = s[p.start : p.end]
            if p.name not in names or p.kind in ("country", "noun") or written.isupper() and len(written) > 6:
                continue
            inside = re.search(r"\(([A-Z][\w’'-]*)\)$", written)  # the name's own bracket ('Xist League (XLIL)')
            m = None if inside else _BRACKETED.match(s, p.end) or _KNOWN_AS.match(s, p.end)
            if inside:
                other_name = inside.group(1)
            elif m is not None:
                other = next((q for q in ps[k + 1 : k + 2] if q.start <= m.end() + 1 and q.kind not in ("country", "noun")), None)
                other_name = other.name if other is not None else ""
            else:
                continue
            if not other_name or other_name == p.name or other_name not in names:
                continue
            if re.match(r"\s*(?:[-–—]|(?:said|says|reported|reports|told)\b)", s[m.end() if m else p.end :]):
                continue  # 'Xville (Wire) -', 'Jan Smit (Wire) said': a wire's credit, not a second name
            a, b = (p.name, other_name) if n_of.get(p.name, 0) >= n_of.get(other_name, 0) else (other_name, p.name)
            out.setdefault(b, a)
    # one name per party even through a chain ('Yaesh' -> 'XL' -> 'Xist League')
    for k in list(out):
        seen = {k}
        while out[k] in out and out[out[k]] not in seen:
            seen.add(out[k])
            out[k] = out[out[k]]
    return {k: v for k, v in out.items() if k != v}


# Honorifics and titles English writes before a person's name ('Mr Roe', 'Dr Jon Doe', 'Senator Roe'), with or without
# a full stop: general English, no story's people.
PERSON_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev president senator sen rep gov governor judge justice
    general gen colonel col captain capt sheikh king queen prince princess chancellor""".split()
)
# English short forms of first names that are no prefix of the full form ('Bob' is 'Robert'): general English.
NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "will": "william", "billy": "william",
    "jim": "james", "jimmy": "james", "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward",
    "peggy": "margaret", "meg": "margaret", "maggie": "margaret", "betty": "elizabeth", "liz": "elizabeth",
    "beth": "elizabeth", "jack": "john", "johnny": "john", "hank": "henry", "harry": "henry", "chuck": "charles",
    "peg": "margaret", "sandy": "alexander", "tony": "anthony", "kate": "katherine", "katie": "katherine",
    "sue": "susan", "nick": "nicholas", "mike": "michael", "tom": "thomas", "dave": "david", "steve": "stephen",
}
# A first name's first letters that name the same person as the full form ('Jon' is 'Jonathan', 'Chris' is
# 'Christopher'): three at least, as two ('Al', 'Jo') open too many different names.
NICKNAME_PREFIX = 3
# The stem a pet form in -ie/-y keeps of the full first name ('Bernie' -> 'Bern', of 'Bernard'; 'Freddie' -> 'Fred'):
# four letters at least, as three ('Mar' of 'Mary') would make 'Mary' a 'Margaret' and 'Dan' of 'Danny' a 'Dante'.
HYPOCORISM_STEM = 4


def person_title(name: str) -> tuple[str, str]:
    """('Dr', 'Jon Doe') from 'Dr Jon Doe': the titles a person's name opens with, and the name after them."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].rstrip(".").lower() in PERSON_TITLES:
        k += 1
    return " ".join(words[:k]), " ".join(words[k:])


def same_first_name(a: str, b: str) -> bool:
    """'Jon' and 'Jonathan', 'Bob' and 'Robert', 'Bernie' and 'Bernard': one first name, in full or as its short form."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    short, full = sorted((a, b), key=len)
    return len(short) >= NICKNAME_PREFIX and full.startswith(short) or pet_form_of(a, b) or pet_form_of(b, a)


def pet_form_of(pet: str, full: str) -> bool:
    """Is the first name a pet form in -ie/-y of the other ('bernie' of 'bernard', 'freddie' of 'frederick')? Its stem,
    a doubled last consonant undone, opens the full name and keeps HYPOCORISM_STEM letters at least."""
    m = re.fullmatch(r"([a-z]+?)(?:ie|y)", pet)
    if not m or pet == full:
        return False
    stem = m.group(1)
    if len(stem) > 1 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # 'Freddie' -> 'Fredd' -> 'Fred'
    return len(stem) >= HYPOCORISM_STEM and full.startswith(stem) and len(full) > len(stem)


# Adjectives of a faith or sect: before a name they describe a group ('the Shiite Xbollah', 'Sunni Yland'), they are
# nobody's given name, so 'Shiite Xbollah' beside 'Xbollah' is no person's full name. General English.
CREED_WORDS = frozenset("shiite shia shiite sunni alawite druze christian muslim catholic orthodox protestant jewish islamist jihadist salafist wahhabi".split())


def _person_words(rest: str) -> bool:
    """A person's name as written: two to four capitalised words, no country, no organisation word, no creed adjective first."""
    words = rest.split()
    return 2 <= len(words) <= 4 and words[0].lower() not in CREED_WORDS and all(w[:1].isupper() or w.lower() in ("al", "bin", "van", "von", "de", "du") or w.lower().startswith(("al-", "el-")) for w in words) and not country_of(
        rest) and not any(w.lower() in ORG_WORDS for w in words)


def person_aliases(names: list[str], counts: dict[str, int] | None = None) -> dict[str, str]:
    """One person under one name: a titled or short form ('Mr Roe', 'Ms Roe', 'Dr Jane Roe', 'Janie Roe') is the full name
    ('Jane Roe') when the evidence names exactly one person with that surname in full (first names equal or one the
    other's short form); with two people of one surname ('Jane Roe', 'Tom Roe') 'Mr Roe' is left alone. The full name
    the evidence uses most (untitled first) names the person."""
    n_of = counts or {}
    full: dict[str, list[str]] = defaultdict(list)  # surname -> full names (titled or not) of people bearing it
    short: dict[str, list[str]] = defaultdict(list)  # surname -> 'Mr Roe', 'Ms Roe'
    for n in names:
        title, rest = person_title(n)
        if title and len(rest.split()) == 1 and is_name(rest) and not country_of(rest):
            short[_last_name(rest)].append(n)
        elif _person_words(rest):
            full[_last_name(rest)].append(n)
    out: dict[str, str] = {}
    for surname, fulls in full.items():
        if not short.get(surname):
            continue  # no 'Mr Roe': nothing says these words name a person ('Operation Xville Shield')
        if not one_person([person_title(f)[1] for f in fulls]):
            continue  # two people of one surname: which one 'Mr Roe' is, the evidence does not say
        main = max(sorted(fulls), key=lambda f: (not person_title(f)[0], core_name(f, fulls), n_of.get(f, 1), len(f)))
        out.update({n: main for n in fulls + short.get(surname, []) if n != main})
    return out


def core_name(name: str, names: list[str]) -> bool:
    """Is this full name the core that a longer name of the same person ends with ('Reid Roe' of 'Attorney Reid Roe',
    'Doug Roe' of 'Democrat Doug Roe')? The words before it describe the person; the core names them."""
    words = name.split()
    return any(len(o.split()) > len(words) and o.split()[-len(words) :] == words for o in names)


def redirect_to_person(merge: dict[str, str], renamed: dict[str, str]) -> dict[str, str]:
    """Names an earlier merge sent to a person's short or described form ('Roe' -> 'Mr Roe', 'Roe' -> 'Senator Jan Roe'),
    or to another spelling ('Former Xcorp' -> 'Xcorp' -> 'XCorp'), go where that form went ('Jan Roe', 'XCorp'), so one
    party is one row; only these renamings are followed, no other chain."""
    out: dict[str, str] = {}
    for k, v in merge.items():
        if v in renamed:
            to = merge.get(renamed[v], renamed[v])
            if to != k:
                out[k] = to
    return out


def opening_word_aliases(names: list[str], lower: set[str]) -> dict[str, str]:
    """A name opened by a capitalised word the evidence also writes in lower case ('Former Xcorp', 'Ex-Home Secretary
    Jan Roe' beside 'former', 'ex-home'), or by a day's or month's name ('Wednesday Jan Roe'), is the rest of the name:
    the word opened the sentence or describes the name; so is a person's name after a title whose last word the evidence
    writes in lower case ('Pensions Secretary Jan Roe' beside 'secretary'). The rest must be a name the evidence uses
    alone or a person's full name; a country keeps its words."""
    out: dict[str, str] = {}
    known = set(names)

    def written_lower(word: str) -> bool:  # 'Former', 'Ex-Home': capitalised here, in lower case elsewhere
        return word[:1].isupper() and all(w in lower for w in word.lower().split("-"))

    for n in names:
        words = n.split()
        if country_of(n):
            continue  # a country's name is the gazetteer's whole ('United States'), whatever its words
        k = 0
        while k < len(words) - 1 and (written_lower(words[k]) or words[k][:1].isupper() and calendar_word(words[k])):
            k += 1
        for j in range(len(words) - 2, k, -1):
            if written_lower(words[j - 1]) and _person_words(" ".join(words[j:])):
                k = j  # a title ending in a common noun before a person ('Pensions Secretary Jan Roe'): the person
                break
        rest = " ".join(words[k:])
        if k and is_name(rest) and (rest in known or _person_words(rest)):
            out[n] = rest  # the rest names a party the evidence names alone, or a person ('Home Office' is no 'Office')
    return out


# Letters a name needs (its article 'al-' aside) before its vowels may vary as a transliteration's do: measured on every
# name FA-KES's articles give (5,074; 204 pairs join): at 7 letters and more the names joined were spellings of one group or place
# but for English words that find_actors drops as ordinary words first (one vowel apart, like 'robber'/'rubber'); at 6,
# other people and places came in (docs/benchmarks.md, 'Session 19: briefs', lists them).
TRANSLITERATION_MIN = 7
# Letters two spellings of one name may differ by, doubled letters written once: 'Hezbolah'/'Hizbalah' differ by 2.
TRANSLITERATION_EDITS = 2
_VOWELS = re.compile(r"[aeiouy]+")


def _spelling(name: str) -> list[str]:
    """A name's words as its sound is spelled: lower case, letters only, no leading article, doubled letters once."""
    words = [re.sub(r"^(?:al|el)-", "", w.lower()) for w in name.split()]
    return [re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", w)) for w in words]


def transliteration_variant(a: str, b: str) -> bool:
    """Are two names one name transliterated twice ('Kafrabulla'/'Kefrabolla', 'Jaish al-Zuhur'/'Jaysh al-Zuhour')? Each word
    keeps its first letter, its consonants in order and its number of vowel runs, only vowels change, by
    TRANSLITERATION_EDITS letters at most over a name of TRANSLITERATION_MIN letters or more; never two countries."""
    wa, wb = _spelling(a), _spelling(b)
    if a == b or len(wa) != len(wb) or country_of(a) or country_of(b):
        return False
    if abs(len("".join(wa)) - len("".join(wb))) > 1:
        return False  # 'Xabula' and 'Xabuliya': a syllable more, another name
    if min(len("".join(wa)), len("".join(wb))) < TRANSLITERATION_MIN:
        return False
    for x, y in zip(wa, wb):
        if not x or not y or x[0] != y[0] or _VOWELS.sub("", x[1:]) != _VOWELS.sub("", y[1:]) or len(_VOWELS.findall(x[1:])) != len(_VOWELS.findall(y[1:])):
            return False
    return edit_distance(" ".join(wa), " ".join(wb), TRANSLITERATION_EDITS) <= TRANSLITERATION_EDITS


def transliteration_aliases(names: list[str], counts: dict[str, int], together: dict[str, set[int]]) -> dict[str, str]:
    """Spellings of one transliterated name are one party, under the spelling used most; two names one sentence both
    writes (`together`: name -> its sentences) are two parties however alike ('Hassakeh' beside 'Hasakah' never is)."""
    out: dict[str, str] = {}
    ordered = sorted(names, key=lambda n: (-counts.get(n, 0), n))
    for k, n in enumerate(ordered):
        if n in out:
            continue
        for m in ordered[k + 1 :]:
            if m not in out and transliteration_variant(n, m) and not together.get(n, set()) & together.get(m, set()):
                out[m] = n
    return out


# Words that may stand between a nationality's adjective and the party it describes ('the Xish Shiite militant group
# Hezbol', 'its Xish ally Hezbol'): kinds of organisation and their describing words, general English.
_DESCRIBING = frozenset("group movement ally allies militia militant terrorist resistance party organisation organization armed political".split())
# Words between the adjective and the party's name at most ('Xish Shiite Muslim group Hezbol').
DESCRIBING_WORDS = 3


def named_after_demonym(sentence: str, country: str, names: set[str]) -> str | None:
    """The party a sentence names when it writes the country only as a nationality's adjective before that party's name
    ('Xish Hezbol fighters', 'the Xish militant group Hezbol', where 'Hezbol' is a party of the evidence, `names`): the
    state is not who acts or is backed. None when the sentence names the state itself (its name or capital) anywhere."""
    demonym = gazetteer().demonyms.get(country)
    found = None
    for m in countries_in(sentence):
        if m.name != country:
            continue
        if m.surface != demonym and _LOCATIVE.search(sentence[: m.start]):
            continue  # 'near the Xland border': a place, not the state acting
        if demonym is None or m.surface != demonym:
            return None
        words = re.findall(r"[\w’'-]+|[^\w\s]", sentence[m.end :])[: DESCRIBING_WORDS + 2]
        for k, w in enumerate(words[: DESCRIBING_WORDS + 1]):
            two = " ".join(words[k : k + 2])
            name = next((n for n in (two, w) if n in names and not country_of(n)), None)
            if name is not None:
                if found not in (None, name):
                    return None
                found = name
                break
            if not (w.lower() in _DESCRIBING or w[:1].isupper() and not country_of(w)):
                break
    return found


def known_aliases(names: list[str], counts: dict[str, int]) -> dict[str, str]:
    """Common names of one well-known organisation ('XL', 'Yaesh', 'Xist League': entities.known_party) are one
    party, under the name the evidence uses most."""
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        known = known_party(n)
        if known:
            groups[known].append(n)
    out: dict[str, str] = {}
    for g in groups.values():
        main = max(sorted(g), key=lambda n: counts.get(n, 0))
        out.update({n: main for n in g if n != main})
    return out


def case_aliases(names: list[str], counts: dict[str, int]) -> dict[str, str]:
    """Names that differ only in letter case ('XCorp', 'Xcorp') are one party, under the spelling used most."""
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        groups[n.lower()].append(n)
    out: dict[str, str] = {}
    for g in groups.values():
        if len(g) > 1:
            main = max(sorted(g), key=lambda n: counts.get(n, 0))
            out.update({n: main for n in g if n != main})
    return out


def same_person(a: str, b: str) -> bool:
    """Two full names of one surname are one person: one first name ('Jon Doe', 'Jonathan Doe'), or the shorter's words
    end the longer ('Roy Moore', 'Republican Roy Moore': a word that describes the person before the name)."""
    wa, wb = sorted((a.split(), b.split()), key=len)
    return same_first_name(wa[0], wb[0]) or wb[len(wb) - len(wa) :] == wa


def one_person(fulls: list[str]) -> bool:
    """Do these full names of one surname all name one person? Each is compared with the shortest ('Jo Roe', 'PM Jo
    Roe', 'Mr X Jo Roe'): the longer ones add words that describe the person (same_person)."""
    shortest = min(fulls, key=lambda n: len(n.split()))
    return all(same_person(shortest, n) for n in fulls)


def full_name(names: set[str], canon: str, counts: dict[str, int] | None = None) -> str | None:
    """The full name a person's row shows when the evidence also calls the person by title or surname alone ('Jane Roe',
    not 'Ms Roe' or 'Roe'): the row's own name when it is one, else the full name the evidence uses most. None when
    the row is no person's (a country whose people merged into it keeps its name) or two people share the surname."""
    fulls = [n for n in names if not person_title(n)[0] and _person_words(n)]
    surnames = {_last_name(n) for n in fulls}
    if canon not in fulls and person_title(canon)[1] not in surnames:
        return None  # 'Ruritania', with its president 'Jan Smit' merged into it, stays 'Ruritania'
    surname = _last_name(person_title(canon)[1])
    fulls = [n for n in fulls if _last_name(n) == surname]
    if not all(person_title(n)[1] == surname or _last_name(person_title(n)[1]) == surname or given_name_only(n, names) for n in names):
        return None  # a name of the row is no form of the person's ('Xist Front' glued to 'Kaya' by a lost full stop)
    if not fulls or not one_person(fulls):
        return None  # 'Jane Roe' and 'Tom Roe' both merged into 'Roe': which one the row is, the evidence does not say
    n_of = counts or {}
    if canon in fulls and not any(core_name(c, [canon]) for c in fulls):
        return canon
    return max(sorted(fulls), key=lambda n: (core_name(n, fulls), n_of.get(n, 0), len(n)))  # 'Reid Roe', not 'Attorney Reid Roe'


# Words of a full name whose first word is a given name: the given name and the surname ('Jan Roe'); a longer name may
# open with a word that describes the person ('Tory Jan Roe'), and a given name alone is no form of that.
GIVEN_AND_SURNAME = 2


def given_name_only(name: str, names: set[str] | list[str]) -> bool:
    """Is this one-word name the given name alone of a person the row names in full and by title ('Jan' beside 'Jan Roe'
    and 'Mr Roe', quoted as 'Jan has strong views')? Then it is that person; without the title the full name may be a
    party glued to a surname ('Xfront Kaya' beside 'Xfront'), and the first word no given name."""
    if " " in name:
        return False
    titled = {person_title(n)[1] for n in names if person_title(n)[0]}
    for full in names:
        words = person_title(full)[1].split()
        if len(words) == GIVEN_AND_SURNAME and words[0] == name and words[1] in titled:
            return True
    return False


def strongest_form(forms: list[str]) -> str:
    """The strongest form of support a party's relations to one side show (FORM_ORDER: military first): each form
    is read from its own backing predicate, so one sentence saying 'backed by X's jets' shows X's support is military
    even where other sentences only call X an ally."""
    ranked = [f for f in FORM_ORDER if f in forms]
    return ranked[0] if ranked else ""


# A word that opens this many sentences or more is a name the evidence keeps coming back to, opener or not.
OPENER_MAX_MENTIONS = 2


def opener_only(name: str, sentences: list[str]) -> bool:
    """A one-word name no sentence writes except as its first word ('Elsewhere in ...', 'Officials say ...') is a
    capitalised opener, not a party: a party's name also stands inside sentences. Countries are known names."""
    if " " in name or country_of(name):
        return False
    inside = re.compile(rf"(?<=\S)\s+(?:[\"“(]\s*)?{re.escape(name)}\b")
    return bool(sentences) and not any(inside.search(s) for s in sentences)


# An adjective's endings ('Salafist', 'Islamic', 'Maoist', 'Jacobite'): a word that describes a party rather than names it.
_ADJECTIVE_END = re.compile(r"(?:i|ic|ist|ite|ian|ish|ese)$")
# Generic nouns of armed or organised people an adjective may qualify ('Salafist groups', 'Maoist rebels').
_GROUP_NOUN = r"(?:terrorists?|militants?|fighters?|rebels?|insurgents?|jihadists?|extremists?|gunmen|groups?|elements|factions?|militias?|gangs?|mercenaries|forces|organi[sz]ations?|movements?)\b"


def opens_only(name: str, sentences: list[str]) -> bool:
    """Does every sentence that writes this name open with it (a capitalised run at the start, never inside)?"""
    inside = re.compile(rf"(?<=\S)\s+(?:[\"“(]\s*)?(?:the\s+)?{re.escape(name)}\b")
    return bool(sentences) and not any(inside.search(s) for s in sentences)


def modifier_only(name: str, sentences: list[str]) -> bool:
    """A one-word, adjective-like name (not a country's) that every sentence writes before a generic noun of people
    ('the Salafist terrorists') and never alone describes a party, not one: it is not an actor."""
    if " " in name or country_of(name) or not _ADJECTIVE_END.search(name):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])")
    qualifies = re.compile(r"\s+(?:[a-z]+\s+)?" + _GROUP_NOUN)  # one more adjective may stand between: 'Salafist armed groups'
    ends = [(s, m.end()) for s in sentences for m in word.finditer(s)]
    return bool(ends) and all(qualifies.match(s, end) for s, end in ends)


# What may follow a noun phrase's head: punctuation, a preposition, a conjunction or a verb of being or saying.
_HEAD_END = r"(?:[,.;:)!?]|\s+(?:in|for|at|from|who|which|and|or|of|to|on|with|is|was|has|had|said|says)\b)"


def common_noun_use(name: str, sentences: list[str]) -> bool:
    """A one-word name the evidence writes as the head of an indefinite noun phrase ('Jan Roe, a Xist, said', 'won an
    Xaward.') is a kind of person or thing, not a party: a proper name takes no 'a'. A country's name never is."""
    if " " in name or country_of(name):
        return False
    head = re.compile(rf"\b(?:a|an)\s+{re.escape(name)}{_HEAD_END}")
    return any(head.search(s) for s in sentences if s)


def calendar_word(name: str) -> bool:
    """A day or month name, possessive or not ('Saturdays bombing' with its apostrophe lost): a date, never a party."""
    w = name.strip().lower()
    return any(w == day or w in (day + "s", day + "'s", day + "’s") for day in CALENDAR)


def find_actors(sentences: list[str], relevance: list[float], subject: Subject, aliases: dict[str, str] | None = None, limit: int = 8) -> list[Actor]:
    """Backers found in the sentences, one per party, strongest first; the subject itself is not its own backer.

    Parties the evidence names often but never as backers (a topic without a subject: who did what)
    fill the remaining rows, places aside.
    """
    found: dict[str, Actor] = {}
    where = places(sentences)
    rels: dict[int, list[Backing]] = {}
    acts: dict[int, set[str]] = {}
    subjects: dict[int, set[str]] = {}
    mention_idx: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        if not s:
            continue
        rels[i] = backings(s, aliases)
        acts[i] = agents(s, aliases)
        subjects[i] = main_subjects(s, aliases)
        for p in parties(s, aliases):
            if p.kind != "noun" and i not in mention_idx[p.name]:
                mention_idx[p.name].append(i)
    # A capitalised word the evidence also writes in lower case is an ordinary word ('Hours', 'Activists').
    lower = {w for s in sentences for w in re.findall(r"(?<![.!?]\s)\b[a-z][a-z]+\b", s)}
    for name in list(mention_idx):
        if " " not in name and name != country_of(name) and (name.lower() in lower or (name.endswith("s") and name[:-1] in mention_idx)):
            if name.endswith("s") and name[:-1] in mention_idx:
                mention_idx[name[:-1]] += mention_idx[name]  # 'Xs': a possessive that lost its apostrophe
            del mention_idx[name]
    for name in [n for n in mention_idx if modifier_only(n, [sentences[i] for i in mention_idx[n]])]:
        del mention_idx[name]  # 'the Salafist terrorists': an adjective of a party, not a party
    for name in [n for n in mention_idx if common_noun_use(n, [sentences[i] for i in mention_idx[n]])]:
        del mention_idx[name]  # 'Roe, a Xist, said': a kind of person, not a party
    for name in [n for n in mention_idx if calendar_word(n) or lost_apostrophe(n, sentences)]:
        if name[:-1] in mention_idx and not calendar_word(name):
            mention_idx[name[:-1]] += mention_idx[name]
        del mention_idx[name]
    claimed = {n for s in sentences if s and _CLAIM_WORD.search(s) for n in claimants(s, aliases)}
    # 'X' inside 'X Freedom Front' is a name's word; a longer 'name' that only ever opens a sentence is a glued
    # sub-heading ('Population Ballooned Xville'), whose words are no name's.
    longer = {w for n in mention_idx if " " in n and not opens_only(n, [sentences[i] for i in mention_idx[n]]) for w in n.split()}
    for name in [n for n in mention_idx if n not in longer and n not in claimed and len(mention_idx[n]) <= OPENER_MAX_MENTIONS]:
        if opener_only(name, [sentences[i] for i in mention_idx[name]]):
            del mention_idx[name]
    merge = merge_aliases(list(mention_idx), {n: len(v) for n, v in mention_idx.items()})
    # 'Former Xcorp' is 'Xcorp', 'Xcorp' and 'XCorp' one party: before any other alias, so the rest joins the party
    openers = opening_word_aliases(list(mention_idx), lower)
    cased = case_aliases(list(dict.fromkeys([*mention_idx, *openers.values()])), {n: len(v) for n, v in mention_idx.items()})
    merge.update(cased)
    # 'Kafrabulla' and 'Kefrabolla', 'XL' and 'Yaesh': one party, and whatever else joins either joins it
    n_of = {n: len(v) for n, v in mention_idx.items()}
    spelled = transliteration_aliases([n for n in mention_idx if n not in merge], n_of, {n: set(v) for n, v in mention_idx.items()})
    spelled.update({k: v for k, v in known_aliases([n for n in mention_idx if n not in merge and n not in spelled], n_of).items()})
    merge.update(spelled)
    merge.update({k: spelled.get(v, v) for k, v in merge.items()})
    merge.update({k: merge.get(v, v) for k, v in openers.items() if k not in merge})  # 'President Jan Roe' -> 'Roe' stays
    merge.update({k: v for k, v in acronym_aliases(list(mention_idx)).items() if k not in merge})
    counts = {n: len(v) for n, v in mention_idx.items()}
    stated = stated_aliases(sentences, set(mention_idx), counts)
    merge.update({k: merge.get(v, v) for k, v in stated.items() if k not in merge and merge.get(v, v) != k})
    # 'Mr Roe' and 'Jane Roe': one person under her full name (and under whatever that full name merges into)
    people = person_aliases([n for n in mention_idx if n not in openers], counts)  # 'Thursday Mr Roe' is no other Roe
    merge.update({k: merge.get(v, v) for k, v in people.items() if k not in merge and merge.get(v, v) != k})
    merge.update(redirect_to_person(merge, {**cased, **{k: merge.get(v, v) for k, v in openers.items()}, **people}))
    where -= set(people) | set(people.values())  # a person the evidence also calls 'Mr Roe' is no place ('a call to Jan Roe')
    merge = {k: v for k, v in merge.items() if k not in where}  # a place is not the organisation named after it
    backed_of = dict(merge)  # who is backed keeps the person the evidence names ('backs Smit' is not 'backs Ruritania')
    merge.update(member_aliases(list(mention_idx), sentences))
    side_votes: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    named = set(mention_idx)
    for i, bs in rels.items():
        # 'Xish Hezbol fighters' is Hezbol: the demonym is the party's nationality, not a state acting or backed
        bs = [Backing(*(named_after_demonym(sentences[i], p, named) or p if country_of(p) == p else p for p in (b.backer, b.backed)), b.form, b.backed_kind) for b in bs]
        bs = rels[i] = [b for b in bs if merge.get(b.backer, b.backer) != merge.get(b.backed, b.backed)]  # no party backs itself
        for b in bs:
            backer = merge.get(b.backer, b.backer)
            backed = _surname(backed_of.get(b.backed, b.backed), subject.names)
            if backed[-1:] == "s" and backed not in mention_idx and lost_apostrophe(backed, sentences):
                backed = backed[:-1]  # 'Smits government': a possessive that lost its apostrophe
            if backer not in mention_idx and " " not in backer:
                continue  # an ordinary word, not a party
            if _surname(backer, subject.names) in subject.names or backer == subject.country or backer in where or backer in subject.enemies:
                continue  # the subject, its enemies and places are not backers of a side
            if reports_here(b.backer, sentences[i]):
                continue  # '... receives backing from X Reuters reports': the outlet that tells it, not a backer
            a = found.setdefault(backer, Actor(backer))
            a.score += BACKING_WEIGHT * (0.5 + relevance[i])
            if i not in a.stance:
                a.stance.append(i)
                a.relations[i] = (subject.side(backed), backed, b.form)
            a.backed_at.setdefault(i, []).append(backed)
            side_votes[backer][(subject.side(backed), backed, b.form)] += 1
    for name, a in found.items():
        for alias, full in merge.items():
            if full == name:
                mention_idx[name] += [i for i in mention_idx.get(alias, []) if i not in mention_idx[name]]
        a.mentions = sorted(mention_idx.get(name, []), key=lambda i: (-relevance[i], i))
        a.score += MENTION_WEIGHT * sum(relevance[i] for i in a.mentions)
        votes = side_votes[name]
        if not votes:
            continue
        # The side with a named backed party wins over 'other'; the most frequent relation otherwise.
        best = max(votes, key=lambda k: (votes[k] + (0.5 if k[0] != OTHER else 0.0)))
        a.side, a.backs, a.form = best
        a.form = strongest_form([f for (side, _, f) in votes if side == a.side]) or a.form
        # its row cites a sentence that states its side, how, and whom it backs, when one does (plan.cited_backing); on the
        # subject's side every name it backs is the subject ('Ruritania', 'Smit', 'the government'), so relevance decides
        a.stance.sort(key=lambda i: (a.relations[i][0] != a.side, a.relations[i][2] != a.form, a.side != SUBJECT and a.backs not in a.backed_at.get(i, []), -relevance[i], i))
    # Parties named often in relevant sentences, when backing relations leave rows free.
    weight: Counter[str] = Counter()
    for name, idx in mention_idx.items():
        if name in where or merge.get(name, name) in where or name in found or merge.get(name, name) in found or _surname(name, subject.names) in subject.names or name == subject.country:
            continue
        weight[merge.get(name, name)] += sum(relevance[i] for i in idx)
    # One party under its aliases ('Valdorian', 'Valdorian US-backed Freedom Forces'): its mentions and its
    # acts are those of all its names, and its row takes the name the evidence uses most.
    alias_group: dict[str, set[str]] = defaultdict(set)
    for name in mention_idx:
        alias_group[merge.get(name, name)].add(name)
    # A topic with a subject shows its backers; when the evidence shows none, who did what on it fills the table instead
    # ('the forced sale of Xcorp's unit': the buyer and the court act, nobody backs Xcorp) rather than no actor at all.
    free = max(0, limit - len(found)) if not subject.names or not found else 0
    for canon, w in weight.most_common():
        if free <= 0:
            break
        names = alias_group.get(canon, set()) | {canon}
        idx = sorted({i for n in names for i in mention_idx.get(n, [])}, key=lambda i: (-relevance[i], i))
        if w <= 0 or not any(_acts(n, [sentences[i] for i in mention_idx.get(n, [])]) or not country_of(canon) and acts_by_grammar(n, [sentences[i] for i in mention_idx.get(n, [])], aliases) for n in names):
            continue  # a verb follows the name somewhere, or the grammar makes it act ('the XL assault', 'XL lost')
        owns = bool(names & claimed)  # it claimed the attack: the responsible party, however seldom named
        if not owns and not country_of(canon) and all(only_reports(n, [sentences[i] for i in mention_idx.get(n, [])]) for n in names if mention_idx.get(n)):
            continue  # a monitor or an outlet that only reports what others did
        agency = sum(1 for i in idx if names & acts.get(i, set()))
        if agency < FILL_MIN_AGENT and not country_of(canon) and not owns:
            continue  # a word that qualifies or places ('Elbonish populated towns', 'Y and X are'), not a party that acts
        name = full_name(names - set(openers), canon, counts) or max(sorted(n for n in names if n in mention_idx and n not in openers), key=lambda n: (len(mention_idx[n]), -len(n)), default=canon)
        if name in found:
            continue
        a = found.setdefault(name, Actor(name, score=MENTION_WEIGHT * w))
        a.mentions = idx
        free -= 1
    # A party backed by a backer of one side stands with that side (a proxy), shown as backed by it.
    for i, bs in rels.items():
        for b in bs:
            backer, backed = merge.get(b.backer, b.backer), backed_of.get(b.backed, b.backed)
            if backer not in found or b.backed_kind not in {"group", "org", "name"} or subject.side(backed) != OTHER:
                continue
            if _surname(backed, subject.names) in subject.names or backed in found or backed not in mention_idx or backed in where:
                continue  # the subject itself, a party already shown, an ordinary word, or a place
            patron = found[backer]
            if patron.side == OTHER:
                continue
            proxy = found.setdefault(backed, Actor(backed, side=patron.side, backs=patron.backs, form=f"backed by {backer}"))
            proxy.score += BACKING_WEIGHT * 0.5 * (0.5 + relevance[i])
            if i not in proxy.stance:
                proxy.stance.append(i)
                proxy.relations[i] = (patron.side, patron.backs, proxy.form)
            proxy.mentions = sorted(mention_idx.get(backed, []), key=lambda j: (-relevance[j], j))
    # Backing an actor that stands on a side is standing on that side ('Elbonia backs Smit', Smit backed by a backer of the opponents).
    for a in found.values():
        ally = found.get(a.backs)
        if a.side == OTHER and ally is not None and ally.side != OTHER:
            a.side = ally.side
    ranked = sorted(found.values(), key=lambda a: -a.score)
    shown = ranked[:limit]
    aliases_of = {a.name: {a.name} | {alias for alias, full in merge.items() if full == a.name} for a in shown}
    for a in ranked:
        names = aliases_of.get(a.name, {a.name})

        def others_sentence(i: int) -> bool:
            """The main subject is another shown actor, not this one: 'X seeks to contain Y-backed forces' is X's."""
            subj = subjects.get(i, set())
            mine = any(_same_party(n, names) for n in subj)
            return not mine and any(b.name != a.name and any(_same_party(n, aliases_of[b.name]) for n in subj) for b in shown)

        a.acting = sorted(
            (i for i in dict.fromkeys(a.stance + a.mentions) if any(_same_party(n, names) for n in acts.get(i, ())) and not (i not in a.stance and others_sentence(i))),
            key=lambda i: (-relevance[i], i),
        )
    for a in shown:  # a person's row under the full name ('Jane Roe', not 'Ms Roe' or 'Roe')
        a.name = full_name(aliases_of[a.name] - set(openers), a.name, counts) or a.name
    return shown


def _same_party(name: str, names: set[str]) -> bool:
    """One party under two spellings in one evidence: equal, or one is the other's first or last word ('Saudi', 'Smit')."""
    return any(name == n or name in (n.split()[0], _surname(n, {name})) or n in (name.split()[0], _surname(name, {n})) for n in names)
