"""Entities: who a sentence names, under one canonical name per party.

Countries come from a gazetteer library (countryinfo: names, demonyms, capitals,
alternative spellings), so a capital, a demonym and a country are one party and
nothing about any story is written here. Organisations and armed groups come
from the corpus: capitalised names with an organisation word ('... Forces',
'... Front'), their acronyms in brackets, and names the relation patterns find.
Possessives ('X's', and 'Xs' in corpora that lost their apostrophes)
and list fragments (two country names run together) never become names of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexical import STOPWORDS

# Nouns that name a state's own armed forces: 'Ruritanian troops' is Ruritania acting.
STATE_FORCES = frozenset({
    "forces", "force", "troops", "army", "military", "jets", "warplanes", "aircraft", "planes", "air force",
    "soldiers", "navy", "government", "regime", "authorities", "officials", "ministry", "ministries",
    "diplomats", "president", "leader", "leadership", "embassy", "strikes", "airstrikes", "air strikes",
    "artillery", "defence ministry", "defense ministry", "foreign ministry", "warships", "drones",
})
# Nouns that name a non-state group of a nationality: 'Ruritanian militias' is its own party.
GROUP_NOUNS = frozenset({
    "militias", "militia", "fighters", "rebels", "mercenaries", "paramilitaries", "paramilitary", "volunteers",
    "insurgents", "jihadists", "groups", "opposition", "factions", "gunmen", "militants",
})
# Group nouns English does not pluralise when they name one side ('the Ruritanian opposition').
MASS_GROUP_NOUNS = frozenset({"opposition"})
# Words that end an organisation's name ('Free Ruritanian Army', 'Democratic Union Party').
ORG_WORDS = frozenset({
    "front", "army", "forces", "party", "council", "coalition", "brigade", "brigades", "movement", "organization",
    "organisation", "committee", "union", "alliance", "guard", "guards", "command", "observatory", "agency",
    "nations", "ministry", "commission", "force", "battalion", "battalions", "units", "group", "league", "corps",
    "crescent", "cross", "network", "society", "campaign", "association", "foundation", "institute", "defence", "defense",
})
# Organisation words that name a state's own organ: 'Ruritanian Army' is Ruritania acting, while
# 'Ruritanian Coalition' or 'Ruritanian Observatory' is an organisation of its own that merely bears the country's name.
STATE_ORGANS = frozenset({
    "army", "forces", "force", "ministry", "ministries", "guard", "guards", "command", "navy", "corps", "units",
    "agency", "council", "commission", "government", "nations", "defence", "defense",
})
# Capitalised words that open sentences or titles and are never a party by themselves.
_NOT_NAMES = STOPWORDS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "president",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "minister", "foreign", "ministry", "government", "regime", "state", "last", "since", "while", "when", "but",
    "after", "before", "however", "meanwhile", "according", "earlier", "later", "published", "date", "tags",
    "video", "photo", "related", "read", "source", "sources", "prime", "spokesman", "spokeswoman", "general",
    "mr", "mrs", "ms", "dr", "sheikh", "king", "prince", "also", "now", "then", "although", "despite", "during",
    # sentence adverbs that open a sentence capitalised ('Elsewhere in X the monitor reported ...')
    "elsewhere", "separately", "moreover", "furthermore", "nevertheless", "instead", "overall", "likewise", "similarly",
    "besides", "thus", "therefore", "hence", "indeed", "yesterday", "today", "tomorrow",
}
# Descriptive words of institutions' names that do not make a name by themselves.
_GENERIC = frozenset({"foreign", "defence", "defense", "interior", "national", "security", "health", "staff", "general", "armed", "air", "special", "central", "high", "supreme", "aerospace", "naval", "republican", "revolutionary"})
_NAME_WORD = r"(?:[A-Z][\w’'.-]*[a-z]|[A-Z]{2,}|(?:[A-Z]\.){2,})"


@dataclass(frozen=True)
class Mention:
    """A party named in a sentence: its canonical name, kind and where it stands."""

    name: str
    kind: str  # 'country' | 'group' | 'org'
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Gazetteer:
    """Surface forms of countries (name, demonym, plural demonym, capital, alternative spellings) -> country."""

    forms: dict[str, str]
    demonyms: dict[str, str]  # country -> demonym, for naming a nationality's groups
    pattern: re.Pattern[str]


def _ascii_letters(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", s))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once from countryinfo; larger countries win a shared form ('Dominican')."""
    from countryinfo import all_countries

    infos = sorted((c.info() for c in all_countries()), key=lambda i: i.get("population") or 0)
    forms: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for info in infos:
        name = info.get("name")
        if not name or not _ascii_letters(name):
            continue
        names = [name] + [a for a in info.get("altSpellings") or [] if " " in a and _ascii_letters(a)]
        initials = {"".join(w[0] for w in n.split() if w[0].isupper()) for n in names}
        candidates = [name]
        demonym = info.get("demonym") or ""
        if demonym and _ascii_letters(demonym):
            demonyms[name] = demonym
            candidates += [demonym, demonym + "s"]
        capitals = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            capital = re.sub(r"\s+(?:[A-Z]\.)+$", "", capital)  # 'Washington D.C.' -> 'Washington'
            if capital and _ascii_letters(capital):
                candidates.append(capital)
        for alt in info.get("altSpellings") or []:
            if "," in alt or not _ascii_letters(alt):
                continue
            if alt.isupper() and len(alt) <= 3:
                # ISO codes are English words too ('IN', 'CAN'): only initials of the name ('UK', 'UAE', 'USA').
                if alt in initials and len(alt) >= 2:
                    candidates += [alt, ".".join(alt) + "."]
                continue
            candidates.append(alt)
        for c in candidates:
            if c.lower() in _NOT_NAMES:
                continue
            forms[c] = name
    alternatives = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in alternatives) + r")(?:[’']s?|s(?=\b))?(?![\w])")
    return Gazetteer(forms=forms, demonyms=demonyms, pattern=pattern)


def country_of(surface: str) -> str | None:
    """The country a surface form names (a capital, a demonym, a possessive 'Xs' -> the country), or None."""
    g = gazetteer()
    s = surface.strip()
    s = re.sub(r"[’']s?$", "", s)
    if s in g.forms:
        return g.forms[s]
    if s.endswith("s") and s[:-1] in g.forms and g.forms[s[:-1]] == s[:-1]:
        return g.forms[s[:-1]]  # 'Xs': a possessive that lost its apostrophe
    return None


def _after(text: str, end: int) -> str:
    m = re.match(r"[\s-]*((?:air|defen[cs]e|foreign)\s+\w+|[a-z]+)", text[end:])
    return m.group(1).lower() if m else ""


def countries_in(text: str) -> list[Mention]:
    """Countries named in a sentence, and a nationality's non-state groups ('Ruritanian militias')."""
    g = gazetteer()
    out: list[Mention] = []
    for m in g.pattern.finditer(text):
        surface = m.group(1)
        country = g.forms[surface]
        nxt = _after(text, m.end())
        if surface == g.demonyms.get(country) and nxt in GROUP_NOUNS:
            plural = nxt if nxt.endswith("s") or nxt in MASS_GROUP_NOUNS else nxt + "s"  # 'Ruritanian opposition', not 'oppositions'
            out.append(Mention(f"{surface} {plural}", "group", m.start(), m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" -")) + len(nxt), text[m.start() : m.end()]))
            continue
        out.append(Mention(country, "country", m.start(), m.end(), m.group(0)))
    return out


_ORG = re.compile(
    rf"(?<![\w-])((?:(?:the|al|el)[- ])?{_NAME_WORD}(?:[ -](?:(?:of|for)[ -](?:the[ -])?|(?:al|el)[ -])?{_NAME_WORD}){{0,5}})(?:\s+\(([A-Z][A-Za-z]{{1,7}})\))?"
)


def organisations_in(text: str) -> list[Mention]:
    """Organisation names: a capitalised run ending in an organisation word, or one with an acronym in brackets."""
    out: list[Mention] = []
    for m in _ORG.finditer(text):
        name, acronym = m.group(1), m.group(2)
        words = name.split()
        if words and words[0].lower() in {"the"}:
            words = words[1:]
        while words and re.search(r"-(?:based|backed|led|run|linked|affiliated)$", words[0]):
            words = words[1:]  # 'Elbonia-based X Observatory': where it sits, not its name
        if m.start(1) == 0 and len(words) > 2 and words[1] in {"of", "for"}:
            words = words[2:]  # 'Planes of the X Force' opening a sentence: the name starts after 'of'
            while words and words[0].lower() == "the":
                words = words[1:]
        if not words:
            continue
        last = words[-1].lower()
        head = next((k for k, w in enumerate(words) if w in {"of", "for"}), None)
        if last not in ORG_WORDS and head and words[head - 1].lower() in ORG_WORDS:
            last = words[head - 1].lower()  # 'Ruritanian Observatory for Human Rights': the organisation word heads the name
        proper = [w for w in words if w.lower() not in ORG_WORDS and w.lower() not in _NOT_NAMES and w.lower() not in _GENERIC]
        if not proper:
            continue  # 'Foreign Ministry', 'Defence Ministry': whose, the sentence says elsewhere
        if last in ORG_WORDS and len(words) >= 2 or acronym:
            full = " ".join(words)
            countries = [w for w in words if country_of(w)]
            rest = [w for w in words if not country_of(w)]
            if countries and last in STATE_ORGANS and all(w.lower() in _GENERIC or w.lower() in ORG_WORDS or w.lower() in _NOT_NAMES for w in rest):
                continue  # a state's own organ ('Ruritanian Foreign Ministry', 'Ruritanian Air Force'): the country acts
            out.append(Mention(full, "org", m.start(1), m.end(), m.group(0)))
    return out


def acronyms(sentences: list[str]) -> dict[str, str]:
    """'Ruritanian Democratic Forces (RDF)' anywhere in the corpus makes 'SDF' an alias of the full name."""
    out: dict[str, str] = {}
    for s in sentences:
        for m in _ORG.finditer(s):
            if m.group(2):
                words = [w for w in m.group(1).split() if w.lower() != "the"]
                initials = "".join(w[0] for w in words if w[0].isupper())
                # The bracket must abbreviate the words just before it ('... Democratic Forces (SDF)').
                for k in range(len(words), 0, -1):
                    tail = words[-k:]
                    if "".join(w[0] for w in tail if w[0].isupper()) == m.group(2).upper():
                        out[m.group(2)] = " ".join(tail)
                        break
                else:
                    if initials.endswith(m.group(2)):
                        out[m.group(2)] = " ".join(words)
    # A second name for a party, given by its acronym: 'Elbonian Front (EF)' and 'Dawla (EF)' make 'Dawla' the Front.
    for s in sentences:
        for m in re.finditer(r"(?<![\w-])([A-Z][a-z]{2,}|[A-Z]{2,6})\s+\(([A-Z]{2,6}|[A-Z][a-z]{2,})\)", s):
            name, short = m.group(1), m.group(2)
            if short in out and name not in out and name not in out[short].split() and name.lower() not in _NOT_NAMES | ORG_WORDS:
                out[name] = out[short]
            elif name in out and short not in out and short.lower() not in _NOT_NAMES:
                out[short] = out[name]
    return out


def mentions(text: str, aliases: dict[str, str] | None = None) -> list[Mention]:
    """Every party a sentence names, in order, without overlaps; organisations win over the countries inside them."""
    orgs = organisations_in(text)
    found = list(orgs)
    for c in countries_in(text):
        if not any(o.start <= c.start < o.end for o in orgs):
            found.append(c)
    if aliases:
        for short, full in aliases.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w])", text):
                if not any(f.start <= m.start() < f.end for f in found):
                    found.append(Mention(full, "org", m.start(), m.end(), short))
    found.sort(key=lambda x: x.start)
    return found


def is_name(candidate: str) -> bool:
    """A candidate string can be a party's name: not a stopword, a possessive or a run of several names."""
    c = re.sub(r"^(?:al|el)-", "", candidate.strip())
    if not c or c.lower() in _NOT_NAMES or not c[0].isupper():
        return False
    if re.search(r"[’']s$", c):
        return False
    if all(w.lower() in _NOT_NAMES or w.lower() in _GENERIC or w.lower() in ORG_WORDS for w in c.split()):
        return False  # an office, not a party ('Foreign Ministry', 'Prime Minister')
    hits = countries_in(c)
    if len(hits) >= 2:
        return False  # two demonyms or country names in a row: a list fragment
    words = c.split()
    if hits and len(words) > 1 and words[-1].lower() not in ORG_WORDS and hits[0].surface.strip() != c:
        return False  # a country beside other names, not an organisation's name: a list fragment
    return True


def is_state_form(word: str) -> str | None:
    """The country a single word names by the country's own name ('france' -> France), or None. A capital
    ('Paris') is also a city, and a nationality ('French official') describes someone: neither is read here."""
    g = gazetteer()
    w = re.sub(r"[’']s?$", "", word.strip())
    w = w.capitalize()
    country = g.forms.get(w)
    return country if country is not None and w == country else None


@lru_cache(maxsize=512)
def state_forms_pattern(country: str) -> re.Pattern[str]:
    """Every form of a country of four letters or more (name, demonym, capital, spellings) as one whole-word pattern:
    shorter forms ('US', 'UK') are read by the name rules themselves."""
    forms = sorted((f for f, c in gazetteer().forms.items() if c == country and len(f) >= 4), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")", re.I)


def states_country(country: str, text: str) -> bool:
    """Does a text name a country in any of its forms ('Paris stepped up its support' names France)?"""
    return state_forms_pattern(country).search(text) is not None


# A capital stands for its state when it is the subject of the question's verb or owns something: 'did Paris
# begin ...', "Tokyo's envoy"; after a preposition or before a noun ('in Paris', 'the Paris auction') it is a city.
_STATE_USE = r"(?:\b(?:did|does|do|has|have|had|will|would|is|was|were|are|can|could|should|might|may)\s+(?:not\s+)?{c}\b(?!['’]s)|\b{c}['’]s\b)"


def capital_as_state(name: str, question: str) -> str | None:
    """The country a capital names when the question uses it as the state ('When did Paris begin its air
    campaign?' -> France), or None (a city: 'Which venue in Paris ...'; or no capital)."""
    g = gazetteer()
    word = name.strip()
    if " " in word:
        return None
    surface = word.capitalize()
    country = g.forms.get(surface)
    if country is None or surface in (country, g.demonyms.get(country), f"{g.demonyms.get(country)}s"):
        return None
    if re.search(_STATE_USE.format(c=re.escape(surface)), question) is None:
        return None
    return country


@lru_cache(maxsize=1)
def _known_parties() -> dict[str, str]:
    """Every name of group_aliases.txt -> the first name of its line (acronyms as written, other names lower-cased)."""
    from .wordnet import data_lines

    out: dict[str, str] = {}
    for line in data_lines("group_aliases.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names:
            out[n if n.isupper() else n.lower()] = names[0]
    return out


def known_party(name: str) -> str | None:
    """The well-known organisation a name is one of the common names of ('XL', 'Yaesh' -> 'Xist League'), or None.

    World knowledge, like the gazetteer's capitals (group_aliases.txt): an acronym only as written ('IS', not 'Is')."""
    known = _known_parties()
    return known.get(name) if name.isupper() else known.get(name.lower())
