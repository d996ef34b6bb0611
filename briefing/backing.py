"""Who backs whom: (backer, backed, form of support) relations read from one sentence.

The patterns are English grammar, not knowledge of a story: 'X-backed Y',
'Y, backed by X', 'X supports Y', 'Y's allies X and Z', 'Y depends on X',
'X-supporter Y'. Parties are the entities of entities.py plus the generic party
nouns of conflict reporting ('rebels', 'the government'). A denied or negated
backing ('X denied arming Y') is not a relation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .entities import is_name, mentions
from .lexical import STOPWORDS
from .relations import extract, kind_of

# Generic nouns for the sides of a conflict; they stand for a party when no name does.
PARTY_NOUNS = re.compile(
    r"\b(rebels?|rebellion|armed groups|opposition(?: forces| groups| fighters)?|insurgents?|militants|jihadists|terrorists|"
    r"(?:the\s+)?(?:government|regime)(?: forces)?|government forces|regime forces)\b",
    re.I,
)
# A capitalised name that is not an entity of the gazetteer or an organisation: a person or a group ('the Party').
_WORD = r"(?:al-|el-)?[A-Z][a-z]\w*(?:-[A-Z]\w*)*"
# Lower-case particles inside a person's name ('Staffan de Mistura', 'Jan van der Berg'): part of the name, not its end.
_PARTICLE = r"(?:(?:de|del|der|van|von|da|di|du|la|le|bin|ibn)\s+){1,2}"
_OTHER_NAME = re.compile(rf"(?<![\w’'-])({_WORD}(?:\s+(?:{_PARTICLE})?{_WORD}){{0,2}})(?:[’']s)?")
# A capitalised function word opening a name ('In Xville', 'Of Yland') is the sentence's, not the name's.
_LEADING_WORD = r"(?:(?:%s)\s+)+" % "|".join(w.capitalize() for w in sorted(STOPWORDS) if w.isalpha() and len(w) > 1)
# An acronym standing alone names an organisation or an armed group ('the XLF said', 'XL fighters advanced') unless
# the sentence is a headline in capitals: the share of all-capitals words above which it is one.
_ACRONYM = re.compile(r"(?<![\w’'.-])([A-Z]{2,6})(?![\w’'-]|\.[A-Z])")
CAPITALS_SHARE = 0.3
# Capital-letter words that are no party: roman numerals, units, a wire's or a newsroom's marks.
_NOT_ACRONYMS = frozenset("II III IV VI VII VIII IX XI XII XX TV AM PM GMT UTC KM MP MPS CEO ID OK PS".split())
# A capitalised word standing before one of these nouns qualifies it ('Gulf Elbonian powers', 'Freedonian fighters').
_ATTRIBUTE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:powers|states|countries|nations|monarchies|allies|rebels|fighters|militias?|militants|groups|forces|"
    r"tribes|factions|insurgents|jihadists|volunteers|population|communities|community|civilians|residents|people|majority|minority|sect|coalition|alliance|base|airport)\b"
)
# After a country's adjective: more adjectives, then a capitalised word that is no country's and a group noun.
_QUALIFIED_GROUP = re.compile(
    r"(?:\s*(?:,|and|,\s*and)?\s*[A-Z][a-z]+(?:an|ian|i|ese|ish)\b)*\s+(?:[A-Z][a-z]+)\s+"
    r"(?:militias?|fighters|groups?|forces|volunteers|mercenaries|units|brigades|factions|paramilitaries)\b"
)
# Words that end the backed party's noun phrase after 'X-backed': the next party past them is someone else.
_PHRASE_END = re.compile(r"\b(?:against|by|in|on|at|from|to|with|of|for|who|which|that|and|as|while|after|before|near)\b|[,;:()]")
# Between 'X-backed' and the party it qualifies only modifiers stand ('X-backed Free Y', 'X-backed armed Y'): at most
# two words and no verb ('X-backed militias fighting the Y': the militias are backed, Y is whom they fight).
_MODIFIER_GAP = re.compile(r"\s*(?:(?!\w+ing\b)[\w’'-]+\s+){0,2}")
# Nouns that read as the verbs of backing ('an aid convoy', 'air support'): a verb only with its object right after.
_NOUN_VERBS = re.compile(r"(?:support|aids?|help|backing|arms|armed|funds?)\b", re.I)
# Words before a party that make it a place or a target in the sentence, not a backer or the backed ('entered the X').
_LOCATED = re.compile(r"\b(?:in|on|at|near|into|to|from|toward|towards|entered|captured|besieged|outside|around|across|of)\s+(?:the\s+)?(?:town|city|village|province|district|area)?\s*(?:of\s+)?$", re.I)
# A preposition of place, a compass word between ('in northern X'): the party after it is where something happens.
_PLACED = re.compile(r"\b(?:in|near|inside|across|around|throughout|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|rural|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$", re.I)


def placed(text: str, p: Party) -> bool:
    """Does the sentence name the party as a place ('defeats in northern X')? Then it is where, not whom, help goes to."""
    return bool(_PLACED.search(text[max(0, p.start - 40) : p.start]))


# A clause of its own between a backer and the verb: the verb's subject is someone else ('X said: those who backed Y').
_OTHER_SUBJECT = re.compile(r"[:;\"“”]|\b(?:who|which|whom|those|some|they|he|she|we|I|you|anyone|others)\b")
_BACK_ADJ = r"(?:backed|supported|sponsored|funded|armed|allied|aligned|trained)"  # not "-led": leading is not backing
_BACK_VERB = (
    r"(?:supports?|supported|backs|backed|aids?|aided|arms|armed|funds?|funded|helps?|helped|assists?|assisted|"
    r"(?:is|are|was|were)\s+(?:willing|ready|prepared)\s+to\s+(?:aid|help|assist|support|back)|"
    r"(?:expressed|voiced|pledged|offered|declared|reaffirmed|announced|stressed)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:full\s+|strong\s+|unwavering\s+|continued\s+)?(?:support|backing|solidarity)|"
    r"(?:support|backing|aid|assistance)\s+(?:for|to))"
)
# What may stand between the backed party and 'backed by' ('X forces, backed by', 'X, which is backed by'); anything
# else is a thing of its own ('talks on the X conflict sponsored by Y'), and X is not what is backed.
_PASSIVE_GAP = re.compile(
    r"(?:[’']s)?\s*(?:(?:government|regime|army|armed|opposition|rebel|forces|fighters|troops|militias?|groups?|rebels|units|"
    r"soldiers|factions|militants|jets|aircraft|warplanes|air force|allies|proxies)\s*)*,?\s*(?:(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:also\s+|heavily\s+|largely\s+|reportedly\s+|both\s+|mainly\s+|now\s+)?"
)
# A backer named by its role right after the party it backs ('rebel backer X') or after 'its' ('its ally X', 'its X ally').
_APPOSITION = re.compile(
    r"(?:\b(?:its|their)\s+(?:(?:close|closest|key|main|chief|staunch|long-time|longtime|traditional)\s+)?(?:[A-Z]\w+\s+)?|(?<=\w)[\s-]+)"
    r"(?:ally|allies|backer|backers|supporter|supporters|patron|patrons|sponsor|sponsors)\b,?\s*"
)
_NOUN_BEFORE = re.compile(r"\b(?:air|military|logistical|logistic|financial|political|diplomatic|humanitarian|the|its|their|his|her|of|for|with|and|any|no)\s+$", re.I)
_NEGATION = re.compile(r"\b(denied|denies|deny|not|never|no longer|refused|rejected|stopped|ended|halted|withdrew)\b", re.I)
FORMS = {
    "military": re.compile(
        r"\b(troops|jets?|warplanes?|air ?(?:support|strikes?|force|power)|airstrikes?|bomb\w*|military|forces|fighters|militias?|"
        r"weapons|arms|armed|advis[eo]rs|deploy\w*|soldiers|offensive|counteroffensive|intervention|battle|combat)\b",
        re.I,
    ),
    "economic": re.compile(r"\b(economic|loans?|funds?|funded|financ\w*|investment|reconstruction|trade|oil|money|humanitarian aid|grants?)\b", re.I),
    "diplomatic": re.compile(r"\b(veto\w*|security council|diplomatic\w*|talks|negotiat\w*|embassy|envoy|summit|visit\w*|met with|partnership|ceasefire deal|contacts)\b", re.I),
    "political statement": re.compile(r"\b(said|says|statement|expressed|voiced|declared|commend\w*|condemn\w*|willing|ready|stressed|called|urged|support)\b", re.I),
}
FORM_ORDER = ("military", "economic", "diplomatic", "political statement")


@dataclass(frozen=True)
class Party:
    name: str
    start: int
    end: int
    kind: str  # 'country' | 'group' | 'org' | 'name' | 'noun'


@dataclass(frozen=True)
class Backing:
    backer: str
    backed: str
    form: str
    backed_kind: str


# Sentences whose parties are kept: a brief reads each evidence sentence's parties many times over (actors, agents,
# the grammar of agency, backing, conflicts; ~6,000 calls for a FA-KES brief of ~500 sentences, 40% of its time).
PARTIES_CACHE = 8192


def parties(text: str, aliases: dict[str, str] | None = None) -> list[Party]:
    """Entities, other capitalised names and generic party nouns, in order, without overlaps."""
    return list(_parties(text, tuple(aliases.items()) if aliases else None))


@lru_cache(maxsize=PARTIES_CACHE)
def _parties(text: str, alias_items: tuple[tuple[str, str], ...] | None) -> tuple[Party, ...]:
    """parties(), kept per sentence and alias table (the table's order too: mentions() reads it in order)."""
    aliases = dict(alias_items) if alias_items else None
    found: list[Party] = [Party(m.name, m.start, m.end, m.kind) for m in mentions(text, aliases)]

    def free(a: int, b: int) -> bool:
        return not any(p.start < b and a < p.end for p in found)

    # A country named as a location modifier ('Elbonia-based militias') is not a party of the sentence.
    found = [p for p in found if not (p.kind == "country" and re.match(r"-based\b", text[p.end :]))]
    masked = list(text)
    for p in found:
        masked[p.start : p.end] = ";" * (p.end - p.start)  # names never run across a known entity
    for m in _OTHER_NAME.finditer("".join(masked)):
        name = re.sub(r"[’']s?$", "", m.group(1))
        start = m.start()
        lead = re.match(r"(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s+", name)
        if lead:
            name = name[lead.end() :]  # 'The Ruritanian' opening a sentence is 'Ruritanian'
        word = re.match(_LEADING_WORD, name)
        if word:
            name, start = name[word.end() :], start + (lead.end() if lead else 0) + word.end()  # 'In Xville' is 'Xville', where it stands
        if name and free(m.start(), m.end()) and is_name(name) and not re.match(r"-based\b", text[m.end() :]):
            possessive = bool(re.search(r"[’']s?$", m.group(0)))
            if PARTY_NOUNS.fullmatch(name) or not possessive and _ATTRIBUTE.match(text[m.end() :]) or re.search(r"\w-$", text[: m.start()]):
                continue  # 'Gulf Elbonian powers', 'pan-Elbonian': a modifier of a common noun, not a party's name
            found.append(Party(name, start, m.end(), "name"))
    if sum(1 for w in text.split() if w.isupper() and len(w) > 1) <= CAPITALS_SHARE * len(text.split()):
        for m in _ACRONYM.finditer("".join(masked)):
            if free(m.start(), m.end()) and m.group(1) not in _NOT_ACRONYMS:
                found.append(Party(m.group(1), m.start(), m.end(), "org"))  # an organisation's short name: a party, never a place
    # A demonym right before a people's name qualifies it ('Ruritanian Elbonians'): the people are the party.
    found = [p for p in found if not (p.kind == "country" and re.fullmatch(r"[A-Z][a-z]+ns?|[A-Z][a-z]+(?:i|ish|ese)", text[p.start : p.end]) and any(
        q.kind == "name" and q.start == p.end + 1 and re.fullmatch(r"[A-Z][a-z]+s", q.name) for q in found))]
    # Adjectives of countries before another people's adjective and a group noun qualify that group
    # ('Elbonian and Ruritanian Shiite militias', 'Elbonian Fulani forces'): the militias are the party, not the states.
    found = [p for p in found if not (p.kind == "country" and text[p.start : p.end] != p.name and _QUALIFIED_GROUP.match(text[p.end :]))]
    # A one-word name right before a country qualifies it ('Shiite Elbonia'): the country is the party.
    found = [p for p in found if not (p.kind == "name" and " " not in p.name and any(q.kind == "country" and q.start == p.end + 1 for q in found))]
    for m in PARTY_NOUNS.finditer(text):
        if free(m.start(), m.end()):
            found.append(Party(party_noun(m.group(1)), m.start(), m.end(), "noun"))
    return tuple(sorted(found, key=lambda p: p.start))


# The generic opposing sides party_noun names.
OPPOSING_SIDES = frozenset({"rebels", "opposition", "insurgents"})


def party_noun(noun: str) -> str:
    """One name per generic side: 'rebel', 'the rebellion' -> 'rebels'; 'regime forces' -> 'government'."""
    n = re.sub(r"^the\s+", "", noun.lower())
    if n.startswith(("rebel", "armed groups")):
        return "rebels"
    if n.startswith("opposition"):
        return "opposition"
    if n.startswith("insurgent"):
        return "insurgents"
    if "government" in n or "regime" in n:
        return "government"
    return n


def form_of_support(text: str) -> str:
    """The strongest form of support a sentence's words show (military, economic, diplomatic, a political statement),
    or '' when they show none: 'X backs Y' or 'Y's ally X' says that X backs Y, not how."""
    for form in FORM_ORDER:
        if FORMS[form].search(text):
            return form
    return ""


# After a party, what makes it a modifier of the noun that follows rather than the head of its phrase: its possessive
# before a lower-case word ("Y's defence"), a lower-case word right after it ('Y sanctions'), or another name right
# after it ('Xland Senate candidate Jan Smit').
_QUALIFIED = re.compile(r"(?:[’']s)?\s+(?P<word>[a-z][a-z-]*)\b|\s+(?=[A-Z])")


def heads_phrase(text: str, party: Party) -> bool:
    """Does the party head the noun phrase it stands in, so it can be a verb's argument? Not when it only qualifies a
    noun after it ("help Y's defence", 'support lifting Xland and Y sanctions', 'endorsed Xland Senate candidate Jan
    Smit'); a noun of its own forces or members ('Y forces', 'the Y government') or of its actions keeps it the head,
    and so do function words and verbs after it ('support Y in the race', 'backed Y, which ...')."""
    from .agency import NOUN_PLURAL, ACTION_NOUNS, MEMBER_NOUNS, verb_form  # agency reads Party from this module

    if party.kind == "noun":
        return True  # 'the rebels', 'the government': a generic side is its own phrase
    m = _QUALIFIED.match(text, party.end)
    if m is None:
        return True
    word = m.group("word")
    if word is None:  # a name right after it: this one qualifies that name unless it is the state's own office-holder
        return not qualifies_name(text, party)
    present = word.endswith("s") and len(word) > 3 and not NOUN_PLURAL.search(word)  # 'Y maintains', not 'Y residents'
    return word in STOPWORDS or word in MEMBER_NOUNS or word in ACTION_NOUNS or verb_form(word) or word in _PHRASE_WORDS or present or word.endswith("ly")


def qualifies_name(text: str, party: Party) -> bool:
    """Does the party only qualify the name right after it ('Xland District Judge Jan Smit said', 'Xland Senate
    candidate Jan Smit')? Not when that name is the state's own office-holder ('Xland President Jan Smit said'), and
    never for a possessive or a lower-case word after it ("Xland's intervention was pivotal": Xland still acts)."""
    m = _QUALIFIED.match(text, party.end)
    return party.kind != "noun" and m is not None and m.group("word") is None and not _STATE_TITLE.match(text, party.end)


# Titles of those who speak and act for a state: a country before such a title and its holder's name is the party that
# acts ('Xland President Jan Smit said', 'Xland Foreign Minister ...'); before any other title or name it only qualifies
# ('Xland District Judge Jan Smit', 'Xland Senate candidate Jan Smit'). Up to two words may open the title ('Deputy
# Foreign Minister', 'Defense Secretary').
_STATE_TITLE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}?(?:President|Vice\s+President|Prime\s+Minister|Premier|Minister|Secretary|Chancellor|King|Queen|"
    r"Prince|Emir|Crown\s+Prince|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Foreign\s+Ministry|Defen[cs]e\s+Ministry|"
    r"Ministry|Army|Navy|Air\s+Force|Armed\s+Forces|General|Gen\.|Admiral|Commander|Government|Leader|Supreme\s+Leader)\b"
)


def opens_clause(text: str, party: Party) -> bool:
    """Does the party, after a comma, head the subject of a clause of its own ('... endorsed X, Y said women ...')? Then it
    is that clause's subject, not the object of a predicate before the comma."""
    from .agency import verb_after  # agency reads Party from this module

    if not re.search(r",\s*(?:the\s+)?$", text[: party.start]):
        return False
    verb = verb_after(text, party.end)
    return bool(verb and not verb[1])


# Lower-case words that may follow a head noun phrase without being a noun it qualifies: relative and clause words,
# and adverbs of the predicate ('backs Y too', 'Y alone').
_PHRASE_WORDS = frozenset("who whom whose which that where when while whereas whether alone too also as well instead".split())


def fights_alongside(text: str, backer: Party) -> bool:
    """Does the backer itself carry out an attack in the sentence ('targeted by both the Y regime and its X ally',
    'X jets struck')? Then its support is military, whatever noun ties it to the backed."""
    from .agency import acting  # agency reads Party from this module

    attack = any(kind_of(w) == "attack" for w in re.findall(r"[a-z][\w-]*", text))
    return attack and backer.name in acting(text, parties(text)) and not says_not_strikes(text, backer)


def says_not_strikes(text: str, backer: Party) -> bool:
    """Is the backer the subject of a verb of its own that is no attack ('Rebel-backer X accuses the regime of killing
    ...', 'X said the strikes ...')? Then the attack in the sentence is someone else's, not X's support."""
    from .agency import head_end, verb_after

    verb = verb_after(text, head_end(text, backer)[0])
    return bool(verb and not verb[1] and kind_of(verb[0]) != "attack")


# Characters either side of a backing predicate ('X-backed Y', 'rebel backer X', 'X supplies arms to Y') whose words
# may say how X backs Y ('backed by Elbonian air power'); a military word elsewhere in the sentence ('Air strikes
# were in a buffer zone ... opposition backer Elbonia') is another clause's, not the form of this support.
PREDICATE_WINDOW = 40
_CLAUSE_BREAK = re.compile(r"[;:\"“”()]|\s-\s|\bYouTube\b|[.!?]\s+(?=[A-Z])")


def predicate_form(text: str, lo: int, hi: int) -> str:
    """The form of support the words of a backing predicate state (text[lo:hi] and PREDICATE_WINDOW characters around
    it, within its clause): military, economic or diplomatic; else a political statement."""
    start, end = max(0, lo - PREDICATE_WINDOW), min(len(text), hi + PREDICATE_WINDOW)
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, lo)]
    after = next((m.start() for m in _CLAUSE_BREAK.finditer(text, hi, end)), end)
    return form_of_support(text[(before[-1] if before else start) : after])


def stated_form(text: str, backer: Party, lo: int, hi: int) -> str:
    """The form of support a backing predicate spanning text[lo:hi] states (predicate_form), or 'military' when it states
    none and the backer itself attacks in the sentence (fights_alongside); '' otherwise."""
    return predicate_form(text, lo, hi) or ("military" if fights_alongside(text, backer) else "")


def _next(ps: list[Party], pos: int, limit: int = 60) -> Party | None:
    return next((p for p in ps if p.start >= pos and p.start - pos <= limit), None)


def _prev(ps: list[Party], pos: int, limit: int = 80) -> Party | None:
    before = [p for p in ps if p.end <= pos and pos - p.end <= limit]
    return before[-1] if before else None


# A party noun joined by a hyphen to a backer's role ('rebel-backer', 'opposition-supporter'): it names whom the next party backs.
_ROLE_COMPOUND = re.compile(r"-(?:backers?|supporters?|allies|ally|sponsors?|patrons?)\b")


def role_compound(text: str, p: Party) -> bool:
    """Does the party open a hyphenated role noun ('rebel-backer', 'Xland-ally')? Then the name after is that side's backer."""
    return bool(_ROLE_COMPOUND.match(text, p.end))


# A locative word between 'relies on' and a party makes the party a place ('sources inside X', 'activists in X').
_RELIED_PLACE = re.compile(r"\b(?:in|inside|within|across|throughout|around)\s+(?:the\s+)?$")


def _list_after(ps: list[Party], text: str, pos: int) -> list[Party]:
    """Parties in a list that starts at pos ('Ruritania, Elbonia and Elbonia-backed militias')."""
    out: list[Party] = []
    cursor = pos
    for p in ps:
        if p.start < cursor:
            continue
        gap = text[cursor : p.start]
        if out and not re.fullmatch(r"(?:-\w+\s+)?\s*(?:,|and|,\s*and|\s)?\s*(?:the\s+)?(?:\w+-backed\s+)?", gap):
            break
        if not out and len(gap) > 40:
            break
        if out and role_compound(text, p):
            break  # 'regime ally X and rebel-backer Y': Y has a side of its own, not the list's
        out.append(p)
        cursor = p.end
    return out


# Between the ally and 'ally of' only a copula or an apposition may stand ('X, a close ally of', 'X has been an ally of');
# anything else ('X's border ... and has been an ally of') means the noun's subject is someone the sentence names elsewhere.
_ALLY_GAP = re.compile(
    r"[’']?\s*,?\s*(?:(?:which|who)\s+)?(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|became|become)\s+)?"
    r"(?:also\s+|still\s+|long\s+)?(?:(?:a|an|the|one\s+of\s+the|both)\s+)?(?:(?:close|closest|key|main|chief|staunch|staunchest|long-time|longtime|"
    r"traditional|strong|strongest|important|regional|major|last|only|main|firm)\s+)*$"
)


def _allies_before(ps: list[Party], text: str, pos: int) -> list[Party]:
    """The parties a noun like 'ally of' at pos says are allies: the list ending right before it ('X and Y, allies of')."""
    last = _prev(ps, pos, 80)
    if last is None or not _ALLY_GAP.fullmatch(text[last.end : pos]):
        return []
    out = [last]
    for p in reversed([p for p in ps if p.end <= last.start]):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[p.end : out[0].start]):
            break
        out.insert(0, p)
    return out


def _party_of(phrase: str, aliases: dict[str, str] | None) -> Party | None:
    """The party a phrase names: its head, the last named party ('Elbonia-backed militias' -> the militias' name)."""
    ps = parties(phrase, aliases)
    named = [p for p in ps if p.kind != "noun"]
    return named[-1] if named else (ps[-1] if ps else None)


def _party_in(text: str, phrase: str, near: int, ps: list[Party], aliases: dict[str, str] | None) -> Party | None:
    """The party a relation's phrase names, read in the whole sentence (a modifier there is no party: 'Gulf Elbonian powers')."""
    at = text.find(phrase, max(0, near - len(phrase)))
    if at < 0:
        at = text.find(phrase)
    if at < 0:
        return _party_of(phrase, aliases)
    inside = [p for p in ps if at <= p.start and p.end <= at + len(phrase) + 2]
    named = [p for p in inside if p.kind != "noun"]
    return named[-1] if named else (inside[-1] if inside else None)


def _from_relations(text: str, aliases: dict[str, str] | None) -> list[Backing]:
    """Backing relations found by the shared relation extractor (relations.py), under canonical names."""
    out: list[Backing] = []
    ps = parties(text, aliases)
    for r in extract(text):
        if not r.backing or r.negated or not r.agent or not r.target:
            continue
        if re.search(r"-\s*" + re.escape(r.verb), text):
            continue  # 'X-backed Y fighting Z': the adjective pattern reads it, and Z is no one's backed party
        if r.verb.lower() == "armed" and re.search(r"\barmed\s+" + re.escape(r.target.split()[0]), text):
            continue  # 'the armed opposition': an adjective, not the verb (which takes a determiner: 'armed the rebels')
        backer, backed = _party_in(text, r.agent, r.start, ps, aliases), _party_in(text, r.target, r.start, ps, aliases)
        if backer is None or backed is None or backer.kind == "noun" or backer.name == backed.name:
            continue
        verb_at = text.find(r.verb, r.start)
        if backed.start < verb_at and placed(text, backed):
            continue  # 'defeats in northern Y with the help of X': Y is where the helped fight, not whom X helps
        if helps_an_action(r.verb, r.target):
            continue  # 'lent X to help buy Y': X is helped to an action; Y is what is bought, not backed
        if backed.start > verb_at >= 0 and (not heads_phrase(text, backed) or opens_clause(text, backed)):
            continue  # 'help Y's defence', 'support lifting Y sanctions', 'endorsed X, Y said': not Y that is backed
        lo = min(x.start for x in (backer, backed))
        hi = max(x.end for x in (backer, backed))
        form = {"political": "political statement", "unspecified": ""}.get(r.form, r.form) or stated_form(text, backer, lo, hi)
        out.append(Backing(backer.name, backed.name, form, backed.kind))
    return out


# Words that may open the helped party's noun phrase after 'help': determiners and possessives, not a verb.
_HELPED_OPENERS = frozenset("the a an its their his her our your this that these those both all some many local".split())
# Endings of English adjectives ('moderate', 'national', 'armed', 'Kurdish'): a word so ending after 'help' qualifies the helped.
_ADJECTIVE = re.compile(r"(?:al|ate|ed|ian|ic|ish|ive|ous|ern|ful|less|ent|ant|ary|ly)$")


def helps_an_action(verb: str, target: str) -> bool:
    """Does 'help' take a bare verb here ('help buy Y', 'helped rebuild Y')? Then what it governs is an action, and the
    party after it is that action's object, not the one helped. Determiners and adjectives open a helped party instead."""
    first = target.split()[0] if target.split() else ""
    return bool(re.fullmatch(r"help(?:s|ed|ing)?", verb.lower()) and re.fullmatch(r"[a-z]+", first)
                and first not in _HELPED_OPENERS and not _ADJECTIVE.search(first) and not PARTY_NOUNS.fullmatch(first))


# A sentence that asks for something or turns a request down states no backing, whatever it names on the way
# ('... the regime, its allies or both had rejected a plea by the US to ...'; 'X urged Y to arm Z'): what it asserts
# is the request or the refusal, and the actor table's evidence must show support itself.
REQUESTED = re.compile(
    r"\b(?:rejected|refused|turned down|ignored|dismissed|declined)\s+(?:\w+\s+){0,3}?(?:pleas?|requests?|calls?|appeals?|demands?|offers?|proposals?)\b"
    r"|\b(?:pleas?|appeals?)\s+(?:by|from|to)\b|\b(?:urged|urging|urges|asked|asking|asks|called on|calling on|calls on|requested|requesting|demanded|demanding)\b",
    re.I,
)


def backings(text: str, aliases: dict[str, str] | None = None) -> list[Backing]:
    """Every (backer, backed, form) a sentence states: this module's patterns and the shared relation extractor.

    None from a sentence that makes or rejects a request (REQUESTED).
    """
    if REQUESTED.search(text):
        return []
    found = _patterns(text, aliases)
    seen = {(b.backer, b.backed) for b in found}
    backers = {b.backer for b in found}
    for b in _from_relations(text, aliases):
        if b.backer in backers:
            continue  # a backer this module's patterns already placed: the sentence's own grammar wins over the general extractor
        if (b.backer, b.backed) not in seen and (b.backed, b.backer) not in seen:
            seen.add((b.backer, b.backed))
            found.append(b)
    return found


def _patterns(text: str, aliases: dict[str, str] | None = None) -> list[Backing]:
    """Every (backer, backed, form) this module's own patterns find in a sentence."""
    ps = parties(text, aliases)
    out: list[Backing] = []

    def add(backer: Party | None, backed: Party | None, at: int) -> None:
        if backer is None or backed is None or backer.name == backed.name or backer.kind == "noun":
            return
        if backed.start > at and (not heads_phrase(text, backed) or opens_clause(text, backed)):
            return  # the party after the predicate only qualifies its object ('support Y sanctions'): Y is not backed
        if any(p.kind == "name" and _LOCATED.search(text[max(0, p.start - 40) : p.start]) for p in (backer, backed)):
            return  # 'entered the town of X with support from Y': X is where, not whom
        clause = text[max(0, at - 40) : at]
        if _NEGATION.search(clause):
            return
        form = stated_form(text, backer, min(backer.start, backed.start, at), max(backer.end, backed.end, at))
        b = Backing(backer.name, backed.name, form, backed.kind)
        if b not in out:
            out.append(b)

    for m in re.finditer(rf"-{_BACK_ADJ}\b", text):
        backer = _prev(ps, m.start(), 2)
        if backer is not None and m.group(0) != "-led" or backer is not None and backer.kind != "noun":
            head = _next(ps, m.end(), 40)
            if head is not None and head.kind == "country" and re.match(r"\s+[A-Z]", text[head.end :]):
                continue  # 'X-backed Ruritanian Freedonish forces': the demonym qualifies a group the gazetteer does not know
            if head is not None and not _PHRASE_END.search(text[m.end() : head.start]) and _MODIFIER_GAP.fullmatch(text[m.end() : head.start]):
                add(backer, head, m.start())
    for m in re.finditer(rf"\b{_BACK_ADJ} by\s+(?:the\s+)?", text):
        backers = _list_after(ps, text, m.end())
        backed = _prev(ps, m.start(), 60)
        if backed is not None and not _PASSIVE_GAP.fullmatch(text[backed.end : m.start()]):
            continue  # 'talks on the X conflict sponsored by Y': what is sponsored is a thing between them, not X
        for b in backers:
            add(b, backed, m.start())
    # Apposition: 'rebel backer X', 'regime allies X and Y', 'government ally X', 'Y and its (Ruritanian) ally (X)'.
    for m in _APPOSITION.finditer(text):
        backed = _prev(ps, m.start(), 2)
        own = re.match(r"(?:its|their)\b", m.group(0))
        if own:
            demonym = _next(ps, m.start(), 6)
            backed = _prev(ps, m.start(), 40)
            if demonym is not None and demonym.end <= m.end():
                add(demonym, backed, m.start())
                continue
        for b in _list_after(ps, text, m.end()) if re.match(r"[A-Z]", text[m.end() :]) else []:
            add(b, backed, m.start())
    for m in re.finditer(r"\b(?:with the (?:support|backing|help) of|support from|backing from)\s+(?:the\s+)?", text, re.I):
        backed = _prev([p for p in ps if not placed(text, p)], m.start(), 120)
        for b in _list_after(ps, text, m.end()):
            add(b, backed, m.start())
    for m in re.finditer(rf"\b{_BACK_VERB}\s+(?:the\s+)?", text):
        if _NOUN_BEFORE.search(text[: m.start()]) and re.match(r"(?:support|aid|help|backing)\b", m.group(0)):
            continue  # 'air support', 'the aid': a noun, not the verb
        if text[max(0, m.start() - 1) : m.start()] == "-" or re.match(r"\s*by\b", text[m.end() :]):
            continue  # 'X-backed Y' and 'Y supported by X': the adjective and passive patterns read them
        backer = _prev(ps, m.start(), 70)
        if backer is not None and _OTHER_SUBJECT.search(text[backer.end : m.start()]):
            continue  # 'X said: some who have supported Y': not X's backing
        verb = m.group(0).strip()
        if verb.startswith("armed") and not re.search(r"\b(?:the|its|their|his|her)\s*$", verb):
            continue  # 'armed opposition', 'armed groups': an adjective; the verb takes a determiner ('armed the rebels')
        if _NOUN_VERBS.match(verb) and not re.fullmatch(r"(?:support|aid|help|backing|arms|funds?)\s+(?:for|to)?", verb):
            obj = _next(ps, m.end(), 1)  # 'aid convoy' is a noun; 'aids Elbonia' a verb
        else:
            obj = _next(ps, m.end(), 30)
        add(backer, obj, m.start())
    for m in re.finditer(r"\s+(?:\w+\s+)?(?:allies|ally|backers|supporters|partners)\b[,:]?\s+(?:such as\s+|including\s+|like\s+)?(?:the\s+)?", text):
        backed = _prev(ps, m.start(), 1)
        if backed is not None:
            # 'X is Y's closest ally': the party before the copula is the ally, not what follows the noun.
            cop = re.search(r"\b(?:is|was|remains|remained|has\s+been)\s+(?:also\s+|still\s+)?(?:the\s+|a\s+|an\s+)?$", text[: backed.start])
            if cop:
                add(_prev(ps, cop.start(), 2), backed, m.start())
                continue
        if not re.match(r"[A-Z\"“(]", text[m.end() :]):
            continue  # 'Y's ally and is supporting Z': no list of allies follows the noun
        for b in _list_after(ps, text, m.end()):
            add(b, backed, m.start())
    for m in re.finditer(r"\b(?:allies|ally|backers|supporters) of\s+(?:the\s+)?", text):
        backed = _next(ps, m.end(), 5)
        for b in _allies_before(ps, text, m.start()):
            add(b, backed, m.start())
    for m in re.finditer(r"\b(?:depends?|depended|relies|relied|reliant|dependent)\s+(?:\w+\s+)?on\s+(?:the\s+)?", text):
        backed = _prev(ps, m.start(), 40)
        relied = _list_after(ps, text, m.end())
        if relied and _RELIED_PLACE.search(text[m.end() : relied[0].start]):
            continue  # 'relies on a network of sources inside Ruritania': the party is where the sources are, not a backer
        for b in relied:
            add(b, backed, m.start())
    for m in re.finditer(r"-support(?:er|ing)\s+(?:the\s+)?", text):
        backed = _prev(ps, m.start(), 2)
        add(_next(ps, m.end(), 2), backed, m.start())
    # 'A number of nations, including X, Y and Z, have expressed support for W'
    for m in re.finditer(r"\b(?:including|such as|like)\s+(?:the\s+)?", text):
        tail = text[m.end() :]
        said = re.search(rf"\b(?:have|has|had)\s+(?:\w+\s+)?{_BACK_VERB}\s+(?:the\s+)?", tail)
        if said and said.start() < 120:
            backed = _next(ps, m.end() + said.end(), 30)
            for b in _list_after(ps, text, m.end()):
                if b.end <= m.end() + said.start():
                    add(b, backed, m.end() + said.start())
    return out


# 'Who backs / supports / arms X?', 'Which countries support X?', 'Who are X's backers / allies?': the question asks for
# the backers of X (issue 9: the reader answers it with a sentence in which someone backs X, read by backings()).
_ASKS_BACKERS = re.compile(
    r"^\s*(?:who|which\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:is|are|was|were|has|have|had|does|do|did)\s+)?(?:(?:still|now|mainly|openly)\s+)?"
    r"(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|arm(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:es|ed|ing|e)|aid(?:s|ed|ing))\b\s+(?:for\s+|to\s+)?(?P<backed>[^?]+?)\s*\??\s*$"
    r"|^\s*(?:who|which\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|was|were)\s+(?P<owner>[^?]+?)['’]s?\s+(?:(?:main|key|close|closest|chief|biggest|foreign|regional)\s+)*(?:backers?|allies|ally|supporters?|patrons?)\b",
    re.I,
)


# Words by which a question names a state's own side ('the army', 'government troops'): its backers back the government.
STATE_SIDE_WORDS = frozenset({"army", "military", "troops", "forces", "government", "regime", "state"})


def asked_backed(question: str) -> str | None:
    """The party whose backers a question asks for ('Which country backs the rebels?' -> 'the rebels'; 'Who are X's
    main backers?' -> 'X'), or None."""
    m = _ASKS_BACKERS.match(re.sub(r"^\s*according\s+to\s+[^,]+,\s*", "", question, flags=re.I))
    if not m:
        return None
    backed = _BACKED_END.split(m.group("backed") or m.group("owner"))[0].strip(" ,")
    return backed or None


# Where the backed party's phrase ends: a preposition, a clause or a comma ('the groups in the coalition that took X').
# ... or a participle after its noun ('the fighters surging towards X'; not 'the ruling party').
_BACKED_END = re.compile(r",|\s(?:on|in|at|near|when|while|that|who|which|after|before|during|over|since|according|against|from|with|besides)\s"
                         r"|(?<!\bthe)(?<!\ba)\s[a-z]+ing\b", re.I)


def _within(part: str, whole: str) -> bool:
    """Is a (non-empty) phrase a run of whole words of another ('armed groups' in 'secular armed groups')?"""
    return bool(part) and re.search(rf"\b{re.escape(part)}\b", whole) is not None


def backs_party(text: str, backed: str, question: str) -> bool:
    """Does the sentence state that someone the question does not name backs that party ('... armed groups supported by
    Elbonia' backs 'the opposition forces': one generic side, party_noun)? Its country, by any of the gazetteer's forms,
    stands for a state ('Velmar' backed for 'the Ostrian government'), a state's army for its government."""
    from .entities import country_of

    words = {w.lower() for w in re.findall(r"[\w-]+", backed)}
    states = {c for w in re.findall(r"[A-Z][\w-]+", backed) if (c := country_of(w))}
    sides = OPPOSING_SIDES
    whole = party_noun(backed)
    # 'the Ostrian opposition', 'moderate rebels': the generic side its head noun names
    wanted = next((party_noun(w) for w in reversed(backed.split()) if party_noun(w) in sides), whole)
    if wanted not in sides and words & STATE_SIDE_WORDS:
        wanted = "government"  # 'the army's counteroffensive', 'government troops': the state's side
    for b in backings(text):
        if b.backer.lower() in question.lower():
            continue  # the question's own party backing someone answers nothing
        got = party_noun(b.backed)
        if got == wanted or (got in sides and wanted in sides) or b.backed.lower() in words or (country_of(b.backed) or b.backed) in states \
                or _within(got, whole) or _within(whole, got):
            return True
        if got == "government" and states and wanted not in sides:  # 'X backs the government' answers 'Who backs <its country>?'
            return True
    return False
