"""Agency: which party a sentence's grammar makes act, read from its clauses rather than from capital letters.

A party acts when it heads the subject of an active verb ('the jihadist Xists advanced on ...', '... as Xland jets
struck ...'), when it is the agent of a passive verb ('were killed by the Xists', 'carried out by Xland'), or when it
owns an action a noun names ('the Xist assault', 'an XL attack'). The subject of a passive verb is what was acted on
('Xville has been hit', 'the province is controlled by ...'), and a name that only qualifies another noun ('the
Xville strike', 'Xville province') is not the subject. Nothing here knows a story: the words are English grammar.
"""
from __future__ import annotations

import re

from .backing import Party
from .entities import GROUP_NOUNS, STATE_FORCES

# Verbs of 'to be' and 'to get' that make a following participle passive ('has been hit', 'were killed').
_BE = frozenset("is are was were be been being get gets got getting".split())
# Auxiliaries and adverbs that may stand between a subject and its verb ('have reportedly executed', 'had also').
_AUX = frozenset(
    """has have had will would could should may might must can did does do also still now already reportedly allegedly
    apparently then later earlier again just not never""".split()
)
# Past forms and participles without '-ed' that news English uses for what parties do.
_IRREGULAR = frozenset(
    """struck hit took sent shot fought began begun led seized overran overrun blew drove made held won lost fled threw
    broke gave left met brought withdrew withdrawn stormed said told took taken shelled killed sought set put cut ran
    spoke wrote saw kept""".split()
)
# A noun of organised or armed people after a party's name keeps it the head ('Xist fighters advanced': the Xists act).
MEMBER_NOUNS = STATE_FORCES | GROUP_NOUNS | frozenset(
    "terrorists terrorist elements members units unit group fighter gunmen jihadists militant".split()
)
# Nouns that name an action: a party right before one owns it ('the Xist assault', 'Xland airstrikes').
ACTION_NOUNS = frozenset(
    """attack attacks assault assaults offensive offensives raid raids strike strikes airstrike airstrikes bombing bombings
    shelling bombardment advance advances ambush ambushes siege capture takeover operation operations incursion push
    onslaught counteroffensive counterattack""".split()
)
# Words that open a clause ('... killed as the Xists advanced'): the noun phrase after them may be a subject.
_CLAUSE_OPENERS = frozenset("as while when after before because since until and but that where whereas although though".split())
# Prepositions and verbs of reporting that put the name after them in a phrase, not in the subject.
_GOVERNED = frozenset(
    """in on at with from to for of by according after before during against about under over near since between among
    amid despite like into onto toward towards than via including alongside beside besides per""".split()
)
# Verbs whose 'by' phrase names a source, not an agent ('reported by X', 'quoted by X').
_REPORTED_BY = frozenset("reported quoted cited documented published confirmed recorded described cited monitored".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[,;:()\"“”]")


def _words_after(text: str, pos: int, n: int = 6) -> list[str]:
    return [m.group() for m in _WORD.finditer(text, pos)][:n]


def verb_form(word: str) -> bool:
    """A lower-case word that reads as a finite verb or participle ('advanced', 'struck', 'claims')."""
    w = word.lower()
    return word[:1].islower() and (w in _IRREGULAR or (len(w) > 4 and w.endswith("ed")) or w in _BE or w in {"has", "have", "had", "will", "would"})


def verb_after(text: str, end: int) -> tuple[str, bool] | None:
    """The verb right after a subject ending at `end` (auxiliaries and adverbs skipped) and whether it is passive:
    ('advanced', False) for 'X advanced', ('hit', True) for 'X has been hit'; None when no verb follows."""
    words = _words_after(text, end, 8)
    if words and words[0] in ("’", "'"):
        return None
    be = False
    for w in words:
        lw = w.lower()
        if lw in _BE:
            be = True
            continue
        if lw in _AUX or (lw.endswith("ly") and w[:1].islower() and len(lw) > 3):
            continue
        if verb_form(w):
            return lw, be
        if be:
            return None  # 'X is a ...': a copula, nothing done
        if w[:1].islower() and lw.endswith("s") and len(lw) > 3 and lw not in MEMBER_NOUNS and lw not in ACTION_NOUNS:
            return lw, False  # a present tense ('X controls', 'X claims')
        return None
    return None


# Endings of plural nouns, never of a present-tense verb ('settlements', 'residents', 'fighters', 'authorities').
NOUN_PLURAL = re.compile(r"(?:ments|tions|sions|ities|ers|ors|ists|ants|ents|ances|ences|ships|hoods|ians|ings|ies)$")


def head_end(text: str, p: Party) -> tuple[int, str]:
    """Where the noun phrase a party heads ends, and how: 'member' ('Xist fighters', 'XL terror elements'), 'action'
    ('Xist assault'), 'other' (a name qualifying another noun: 'Xville province', 'Xville residents said'), or 'name'
    (the name ends the phrase: a verb follows)."""
    m = re.match(r"(?:[’']s)?\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", text[p.end :])
    if not m:
        return p.end, "name"
    w1, w2 = m.group(1), m.group(2) or ""
    if w1 in MEMBER_NOUNS:
        return p.end + (m.end(2) if w2 in MEMBER_NOUNS else m.end(1)), "member"  # 'XL terrorist group'
    if w1 in ACTION_NOUNS:
        return p.end + m.end(1), "action"
    if verb_form(w1) or w1 in _AUX:
        return p.end, "name"
    if w1.endswith("s") and len(w1) > 3 and not NOUN_PLURAL.search(w1) and not (verb_form(w2) or w2 in _AUX or w2 in _GOVERNED):
        return p.end, "name"  # a present tense ('X maintains contacts'), not a plural noun ('X residents said', 'X towns near')
    if w2 in MEMBER_NOUNS:
        return p.end + m.end(2), "member"
    if w2 in ACTION_NOUNS:
        return p.end + m.end(2), "action"
    return p.end, "other"


# Words that may open a subject's noun phrase before the name ('the', 'its').
_DETERMINERS = frozenset("the a an its their both".split())
# Lower-case modifiers a noun phrase may hold before the name ('the jihadist X'), at most.
MODIFIERS_BEFORE = 3


def _governed(text: str, start: int, objects: bool = False) -> bool:
    """Does a preposition govern the noun phrase the name at `start` stands in ('in the northern X', 'by X')? With
    `objects`, a verb right before the phrase governs it too ('struck X city': X is what was struck)."""
    before = re.findall(r"[A-Za-z][\w’'-]*", text[max(0, start - 60) : start])
    k, skipped = len(before), 0
    while k and skipped < MODIFIERS_BEFORE:
        w = before[k - 1]
        lw = w.lower()
        if lw in ("and", "or") and k >= 2 and before[k - 2][:1].isupper():
            k -= 1  # 'the towns of X and Y': Y stands where the list's first name stands
            while k and before[k - 1][:1].isupper():
                k -= 1
            continue
        modifier = w[:1].islower() and not verb_form(w) and lw not in _GOVERNED and lw not in _CLAUSE_OPENERS
        if lw not in _DETERMINERS and not modifier:
            break
        k, skipped = k - 1, skipped + 1
    return bool(k) and (before[k - 1].lower() in _GOVERNED or objects and verb_form(before[k - 1]) and before[k - 1].lower() not in _BE)


def subject_agents(text: str, ps: list[Party]) -> set[str]:
    """Parties heading the subject of an active verb anywhere in the sentence: 'X advanced', 'X fighters have killed'."""
    out: set[str] = set()
    for p in ps:
        if p.kind == "noun" or text[p.end : p.end + 1] == "-" or _governed(text, p.start, objects=True):
            continue  # 'X-led Y launched': X qualifies Y, the subject
        end, how = head_end(text, p)
        if how not in ("name", "member"):
            continue
        verb = verb_after(text, end)
        if verb and not verb[1]:
            out.add(p.name)
    return out


def passive_subjects(text: str, ps: list[Party]) -> set[str]:
    """Parties that are the subject of a passive verb: acted on, not acting ('Xville has been hit')."""
    out: set[str] = set()
    for p in ps:
        end, how = head_end(text, p)
        if how in ("name", "member") and not _governed(text, p.start, objects=True):
            verb = verb_after(text, end)
            if verb and verb[1]:
                out.add(p.name)
    return out


_BY = re.compile(r"\b([a-z]+(?:ed|en)|struck|hit|shot|led|held|overrun|sent|taken|withdrawn)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:both\s+(?:the\s+)?)?$")


def passive_agents(text: str, ps: list[Party]) -> set[str]:
    """Parties named as the agent of a passive verb ('killed by the Xists', 'carried out by Xland and Yland'), each
    not one that only qualifies the name after it (backing.qualifies_name)."""
    from .backing import qualifies_name  # this module reads Party from backing; backing reads this one at call time

    out: set[str] = set()
    for k, p in enumerate(ps):
        if p.kind == "noun":
            continue
        m = _BY.search(text[max(0, p.start - 60) : p.start])
        if m and m.group(1) not in _REPORTED_BY and not qualifies_name(text, p):  # 'overseen by Xland District Judge Jan Smit': the judge acts
            out.add(p.name)
            # 'by the Y regime and its Xland ally': each party of the list after 'by' acts
            last = p.end
            for q in ps[k + 1 :]:
                if q.kind == "noun" and q.start - last <= 2:
                    last = q.end  # 'the Y regime': the noun ends Y's phrase
                    continue
                if q.kind == "noun" or not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?", text[last : q.start]):
                    break
                out.add(q.name)
                last = q.end
    return out


def action_owners(text: str, ps: list[Party]) -> set[str]:
    """Parties (a state, an organisation, an acronym) right before an action noun they own ('the Xist assault',
    'an XL attack'); a name of another kind there may be a place ('the Xville strike') and is left out."""
    out: set[str] = set()
    for p in ps:
        named = text[p.start : p.end]
        if p.kind == "noun" or not (p.kind in ("country", "org", "group") or re.fullmatch(r"[A-Z]{2,6}", named)):
            continue
        if head_end(text, p)[1] == "action" and not _governed(text, p.start):
            out.add(p.name)
    return out


def acting(text: str, ps: list[Party]) -> set[str]:
    """Every party the sentence's grammar makes act: subjects of active verbs, agents of passive verbs, owners of
    actions; never the subject of a passive verb unless it acts elsewhere in the sentence."""
    return subject_agents(text, ps) | passive_agents(text, ps) | action_owners(text, ps)


def acted_on(text: str, p: Party) -> bool:
    """Is the party, where it stands, not the one acting: the subject of a passive verb ('X has been hit') or a name
    qualifying another noun that heads the phrase ('the X strike prompted', 'X province contains')?"""
    end, how = head_end(text, p)
    if how == "other" or how == "action" and p.kind not in ("country", "org", "group"):
        return True
    verb = verb_after(text, end)
    return bool(verb and verb[1])

