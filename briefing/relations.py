"""Who does what to whom: relations stated by one sentence, with direction, form and polarity.

`extract(sentence)` finds the relations an English news sentence states between
named or described parties, e.g. "Elbonia-backed rebels" (Elbonia backs the rebels),
"forces, backed by Ruritanian fighter jets" (the jets back the forces), "Osman's
allies Ruritania, Elbonia and Freedonia" (each backs Osman), "Ruritania supports Elbonia",
"support for the opposition from Qatar", "the army denied bombing civilians"
(attack, negated). Names are returned as they are written; nothing here knows
any actor: the constructions are the grammar of news English, not of one story.

Each construction is a named function over the sentence; `extract` runs them all
and keeps one relation per (agent, kind, target, verb position).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FORMS", "KINDS", "Relation", "extract", "same_party"]

# Relation kinds and the word forms that express them. 'back' is any kind of support;
# arm/fund/send/train are backing with an implied form.
_KIND_FORMS: dict[str, str] = {
    "back": r"back(?:s|ed|ing)?|support(?:s|ed|ing)?|aid(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?|sponsor(?:s|ed|ing)?|defend(?:s|ed|ing)?"
    r"|protect(?:s|ed|ing)?|bolster(?:s|ed|ing)?|prop(?:s|ped|ping)|endorse(?:s|d)?|endorsing|ally|allies|allied|backers?|supporters?|sponsors?|patrons?",
    "arm": r"arm(?:s|ed|ing)?|equip(?:s|ped|ping)?|re-?arm(?:s|ed|ing)?",
    "fund": r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|subsidi[sz](?:e|es|ed|ing)",
    "send": r"send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?",
    "train": r"train(?:s|ed|ing)?",
    "attack": r"attack(?:s|ed|ing)?|bomb(?:s|ed|ing)?|strikes?|striking|struck|air-?strikes?|shell(?:s|ed|ing)|target(?:s|ed|ing|ting)?|raid(?:s|ed|ing)?"
    r"|invad(?:e|es|ed|ing)|kill(?:s|ed|ing)?|assault(?:s|ed|ing)?|hit(?:s|ting)?|shoot(?:s|ing)?|shot|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)"
    r"|besieg(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|overran|overrun(?:s)?|ambush(?:es|ed|ing)?|shelling",
    "oppose": r"oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)",
    "replace": r"replac(?:e|es|ed|ing)",
    "meet": r"met|meet(?:s|ing)?",
}
_KIND_RE = {k: re.compile(rf"(?:{v})", re.I) for k, v in _KIND_FORMS.items()}
KINDS = tuple(_KIND_FORMS)
FORMS = ("military", "diplomatic", "economic", "political", "unspecified")

# Words that name the form of a backing when they stand near it. Generic vocabulary of
# the kinds of support, not of any conflict.
_FORM_CUES: dict[str, tuple[str, ...]] = {
    "military": ("military", "troops", "soldiers", "fighter", "jets", "air ", "airstrike", "air strike", "aerospace", "weapons", "arms", "armed", "army",
                 "militia", "fighters", "forces", "bomb", "strikes", "missile", "drone", "advisers", "advisors", "mercenar", "navy", "naval"),
    "economic": ("fund", "financ", "money", "loan", "economic", "oil", "trade", "grain", "budget", "dollars", "aid package", "investment"),
    "diplomatic": ("diplomatic", "statement", "ministry", "foreign minister", "embassy", "talks", "expressed support", "voiced", "solidarity",
                   "veto", "security council", "recogni", "summit", "spokes"),
    "political": ("political", "election", "parliament", "party", "legitimacy", "endorse"),
}

# A name: capitalised words, optionally joined by al-/el-/bin/of, or an acronym.
_CAP = r"(?:[A-Z][\w’']*)"
NAME = rf"{_CAP}(?:[ -](?:(?:al|el|bin|ibn|de|of|the)[ -])?{_CAP})*"
# A described party: an optional determiner and up to three modifiers before a head word.
_DET = r"(?:the|a|an|its|their|his|her|some|several|many|both|other|rival|local|pro-\w+|anti-\w+)"
_WORDS = r"[A-Za-z][\w’'-]*"

# Words after which a party phrase stops (function words and verbs of saying).
_STOP = frozenset(
    """a about above after against along also amid among an and are around as at be because been before being below between but by
    can could did do does during each either for from had has have having he her his how however if in into is it its
    may might more most near no nor not of off on once only onto or our over own per said says she should since so some
    such than that the their them then there these they this those through to toward towards under until upon very was we
    were what when where whether which while who whom whose why will with within without would yet told reported stated
    announced added claimed denied according across despite including like via""".split()
)
_AUX = frozenset(
    """has have had is are was were be been being will would could should may might must can also long still now already
    reportedly allegedly openly firmly heavily strongly continued continues continue to increasingly reportedly repeatedly
    publicly actively directly not never no longer n't did does do apparently officially largely mainly only just""".split()
)
_NEG_BEFORE = re.compile(
    r"\b(?:not|never|no longer|n[o’']t|didn['’]t|doesn['’]t|don['’]t|won['’]t|denied|denies|deny|denying|refused to|refuses to|declined to|"
    r"stopped|stops|ceased|halted|ended|withdrew|withdrawn|rejected claims (?:that|of)|without)\b",
    re.I,
)


@dataclass
class Relation:
    """One relation a sentence states: agent -[kind]-> target.

    agent/target are the surface names as written (None when the sentence leaves
    one implicit); verb is the word that states the relation; start/end its span
    in the sentence (the whole construction).
    """

    agent: str | None
    target: str | None
    verb: str
    kind: str
    form: str = "unspecified"
    negated: bool = False
    start: int = 0
    end: int = 0

    @property
    def backing(self) -> bool:
        """Is this some form of support (back, arm, fund, send, train)?"""
        return self.kind in ("back", "arm", "fund", "send", "train")


def kind_of(word: str) -> str | None:
    """The relation kind a verb or noun expresses ('backed' -> 'back', 'airstrikes' -> 'attack'), or None."""
    w = word.lower().replace("’", "'")
    for kind, pat in _KIND_RE.items():
        if pat.fullmatch(w):
            return kind
    return None


def _form(sentence: str, start: int, end: int, kind: str) -> str:
    """The form of a backing: from its verb (arm/send: military, fund: economic) or cue words near it."""
    if kind in ("arm", "send", "train"):
        return "military"
    if kind == "fund":
        return "economic"
    if kind not in ("back",):
        return "unspecified"
    window = sentence[max(0, start - 60) : end + 60].lower()
    for form, cues in _FORM_CUES.items():
        if any(re.search(r"\b" + re.escape(c.strip()), window) for c in cues):
            return form
    return "unspecified"


def _negated(sentence: str, verb_start: int) -> bool:
    """A negation or denial in the few words before the verb, within its clause."""
    before = sentence[max(0, verb_start - 60) : verb_start]
    before = re.split(r"[;:,.]\s|\bbut\b|\bwhile\b|\bwhereas\b", before)[-1]
    words = before.split()
    return bool(_NEG_BEFORE.search(" ".join(words[-5:])))


def _clean(party: str | None) -> str | None:
    """Strip determiners, possessives and trailing punctuation from a party phrase."""
    if party is None:
        return None
    p = party.strip(" ,;:\"“”'")
    p = re.sub(r"[’']s$", "", p)
    p = re.sub(r"^\S+-(?:supporters?|backers?|allies|ally|sponsors?)\s+", "", p)
    words = p.split()
    while len(words) > 1 and words[0].lower().strip(",") in _NOT_NAMES:
        words = words[1:]
    p = " ".join(words)
    p = re.sub(rf"^(?:{_DET}\s+)+", "", p, flags=re.I)
    p = re.sub(r"^(?:at least|at most|about|around|some|nearly|almost|more than|over|up to)\s+", "", p, flags=re.I)
    p = re.sub(r"^(?:key|close|main|major|longtime|long-time|traditional|staunch|regional|foreign)\s+", "", p, flags=re.I)
    return p.strip() or None


def _split_list(text: str) -> list[str]:
    """'Ruritania, Elbonia and Elbonia-backed Freedonia' -> ['Ruritania', 'Elbonia', 'Elbonia-backed Freedonia']."""
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with)\s+", text)
    return [c for c in (_clean(p) for p in parts) if c]


_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish|ic|i|ch|-backed|-supported|-led|-allied|-funded|-armed|-based)$")
# Head nouns that name a party after a name ('Ruritania government', 'Elbonia leadership'): generic words.
_HEADS = frozenset(
    """government regime army military opposition leadership president leader ministry authorities police navy coalition forces troops
    allies ally backers supporters partners fighters militias militia rebels jets planes warplanes aircraft militants soldiers officials groups group""".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9][\w’'.-]*[\w’']|[A-Za-z0-9]|[^\w\s]")
_DETS = frozenset("the a an its their his her some several many both other rival".split())
_LIST_GLUE = frozenset({",", "and", "or"})


_NOT_NAMES = _STOP | _AUX | frozenset(
    """however furthermore meanwhile moreover thus hence therefore now today yesterday tomorrow instead earlier later still yet then
    this that these those last next since while although though even i monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def _is_cap(w: str) -> bool:
    return bool(re.match(r"[A-Z]", w)) and w.lower() not in _DETS and w.lower() not in _NOT_NAMES


def _verbish(w: str) -> bool:
    """A lowercase word that ends a party phrase: a function word or a finite/participle verb form."""
    lw = w.lower()
    return lw in _STOP or lw in _AUX or (w[0].islower() and (lw.endswith("ed") or lw in ("sent", "struck", "shot", "hit", "fought", "met", "said", "says", "told")))


def _one_party_after(toks: list[re.Match[str]], i: int) -> int:
    """Index after one party phrase starting at toks[i] (determiners, names, up to 3 modifiers/nouns)."""
    while i < len(toks) and toks[i].group().lower() in _DETS:
        i += 1
    j = i
    while j < len(toks) and j - i < 5:
        w = toks[j].group()
        if not re.match(r"[A-Za-z0-9]", w):
            if w in ("’", "'") and j + 1 < len(toks) and toks[j + 1].group() == "s":
                j += 2
                continue
            break
        if _is_cap(w):
            j += 1
            continue
        if w.lower() in ("al", "el", "bin", "ibn", "of") and j + 1 < len(toks) and _is_cap(toks[j + 1].group()) and j > i:
            j += 1
            continue
        if _verbish(w) or w[0].isdigit() or w.lower() in _NOT_NAMES:
            break
        if j > i and toks[j - 1].group() == "s" and j >= 2 and toks[j - 2].group() in ("’", "'"):
            j += 1  # "X's allies"
            continue
        if j > i and _is_cap(toks[j - 1].group()) and not (_DEMONYM.search(toks[j - 1].group()) or w.lower() in _HEADS):
            break  # 'Qatar grew': a lowercase word after a name is a verb unless the name is an adjective
        j += 1
    return j


def _party_after(sentence: str, pos: int) -> tuple[str | None, int]:
    """The party phrase (or list of names) that starts at pos, and where it ends."""
    toks = list(_TOKEN.finditer(sentence, pos))
    if not toks:
        return None, pos
    j = _one_party_after(toks, 0)
    if j == 0 or all(t.group().lower() in _DETS for t in toks[:j]):
        return None, pos
    # a list of names: ', X', ' and X', ', and the X'
    while j < len(toks) and _is_cap(toks[j - 1].group()):
        k = j
        while k < len(toks) and toks[k].group().lower() in _LIST_GLUE:
            k += 1
        if k == j or k >= len(toks):
            break
        k2 = k
        while k2 < len(toks) and toks[k2].group().lower() in _DETS:
            k2 += 1
        if k2 >= len(toks) or not _is_cap(toks[k2].group()):
            break
        j2 = _one_party_after(toks, k)
        if j2 <= k2:
            break
        j = j2
    first = toks[0].start()
    end = toks[j - 1].end()
    return sentence[first:end], end


def _party_before(sentence: str, pos: int) -> str | None:
    """The party phrase (or list of names) that ends at pos, skipping auxiliaries and adverbs ('has long', 'reportedly')."""
    toks = list(_TOKEN.finditer(sentence[:pos]))
    j = len(toks)
    while j and (toks[j - 1].group().lower() in _AUX or (toks[j - 1].group().endswith("ly") and toks[j - 1].group()[0].islower())):
        j -= 1
    if j and toks[j - 1].group() == ",":
        j -= 1
    end = j

    def one(j: int) -> int:
        i = j
        while i and i > j - 5:
            w = toks[i - 1].group()
            if w == "s" and i >= 2 and toks[i - 2].group() in ("’", "'"):
                i -= 2
                continue
            if not re.match(r"[A-Za-z0-9]", w):
                break
            if w.lower() in ("al", "el", "bin", "ibn", "of") and i < j and _is_cap(toks[i].group()) and i >= 2 and _is_cap(toks[i - 2].group()):
                i -= 1
                continue
            if _is_cap(w):
                i -= 1
                continue
            if w.lower() in _STOP or w.lower() in _AUX or w[0].isdigit() or w.lower() in _NOT_NAMES:
                break  # a day or an adverb ('earlier on Wednesday hit') is no party
            if any(_is_cap(t.group()) for t in toks[i:j]) and not re.search(r"-(?:backed|supported|led|funded|armed)$", w):
                break  # lowercase words before a name are not part of it ('to Ruritania')
            i -= 1
        return i

    i = one(end)
    if i == end:
        return None
    # extend over a list of names before: 'Ruritania, Elbonia and Freedonia'
    while i and _is_cap(toks[i].group()):
        k = i
        while k and toks[k - 1].group().lower() in _LIST_GLUE:
            k -= 1
        if k == i or not k or not (_is_cap(toks[k - 1].group()) or toks[k - 1].group() == "s"):
            break
        i2 = one(k)
        if i2 == k:
            break
        i = i2
    while i < end and toks[i].group().lower() in _DETS:
        i += 1
    if i >= end:
        return None
    return sentence[toks[i].start() : toks[end - 1].end()]


def _verbs(sentence: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[A-Za-z][\w’'-]*", sentence))


def _emit(out: list[Relation], sentence: str, agents: list[str] | str | None, targets: list[str] | str | None, verb: str, kind: str, start: int, end: int, vstart: int, negated: bool | None = None) -> None:
    agent_list = agents if isinstance(agents, list) else ([agents] if agents else [None])  # type: ignore[list-item]
    target_list = targets if isinstance(targets, list) else ([targets] if targets else [None])  # type: ignore[list-item]
    neg = _negated(sentence, vstart) if negated is None else negated
    form = _form(sentence, start, end, kind)
    # 'its effort', 'their allies': a party named by a pronoun is unknown here
    target_list = [None if t and re.match(r"(?:its|their|his|her|it|them|him|itself|themselves)\b", t.strip(), re.I) else t for t in target_list]
    for a in agent_list or [None]:
        for t in target_list or [None]:
            a2, t2 = _clean(a), _clean(t)
            if a2 is None and t2 is None:
                continue
            if a2 and t2 and a2.lower() == t2.lower():
                continue
            out.append(Relation(agent=a2, target=t2, verb=verb, kind=kind, form=form, negated=neg, start=start, end=end))


def compound_modifier(sentence: str) -> list[Relation]:
    """'Elbonia-backed rebels', 'Ruritania-funded militias': the name before the hyphen acts on the noun after."""
    out: list[Relation] = []
    for m in re.finditer(rf"(?P<a>{NAME})-(?P<v>backed|supported|sponsored|funded|financed|armed|trained|allied|aligned|led)\b", sentence):
        kind = "back" if m.group("v") in ("allied", "aligned", "led") else kind_of(m.group("v"))
        if kind is None or m.group("v") == "led":
            continue
        target, end = _party_after(sentence, m.end())
        _emit(out, sentence, m.group("a"), target, m.group("v"), kind, m.start(), end, m.start())
    return out


def supporter_apposition(sentence: str) -> list[Relation]:
    """'Osman-supporter Ruritania', 'Osman ally Ruritania', "Osman's allies Ruritania, Elbonia and Freedonia": the list backs the first name."""
    out: list[Relation] = []
    pat = re.compile(rf"(?P<t>{NAME})(?:-|\s+|[’']s\s+(?:(?:key|close|main|major|staunch|longtime|long-time|traditional|regional|foreign)\s+){{0,2}})(?P<v>supporters?|backers?|allies|ally|sponsors?|patrons?|partners?)[,:]?\s+(?:(?:such as|including|like|namely)\s+)?(?P<a>(?:the\s+)?{NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?:{NAME}-backed\s+)?{NAME})*)")
    for m in pat.finditer(sentence):
        _emit(out, sentence, _split_list(m.group("a")), m.group("t"), m.group("v"), "back", m.start(), m.end(), m.start("v"))
    return out


def allies_of(sentence: str) -> list[Relation]:
    """'Ruritania and Elbonia, key allies of Osman' / 'allies of the government such as Ruritania': ally-of relations."""
    out: list[Relation] = []
    for m in re.finditer(rf"(?:(?P<a>{NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+){NAME})*),?\s+(?:\w+\s+){{0,2}}?)?(?P<v>allies|ally|backers?|supporters?|sponsors?|patrons?)\s+of\s+(?:the\s+)?(?P<t>{NAME}(?:\s+(?:government|regime|forces|army|rebels|opposition))?|{_WORDS}(?:\s+{_WORDS})?)(?:[,]?\s+(?:such as|including|like)\s+(?P<a2>{NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+){NAME})*))?", sentence):
        agents_raw = m.group("a2") or m.group("a")
        target = m.group("t")
        if target and target.split()[0].lower() in _STOP:
            continue
        if not agents_raw:
            agents_raw = _party_before(sentence, m.start("v"))
        agents = _split_list(agents_raw) if agents_raw else None
        _emit(out, sentence, agents, target, m.group("v"), "back", m.start(), m.end(), m.start("v"))
    return out


def passive_by(sentence: str) -> list[Relation]:
    """'forces, backed by Ruritanian jets' / 'rebels were attacked by the army': the party after 'by' acts on the one before."""
    out: list[Relation] = []
    for m in re.finditer(r"\b(?P<v>[a-z]+(?:ed|en)|sent|struck|shot|hit|fought|overrun|led)\s+(?:\w+ly\s+)?by\s+", sentence):
        kind = kind_of(m.group("v"))
        if kind is None:
            continue
        agents_raw, end = _party_after(sentence, m.end())
        target = _relative_head(sentence, m.start("v")) or _party_before(sentence, m.start("v"))
        _emit(out, sentence, _split_list(agents_raw) if agents_raw else None, _split_list(target) if target else None, m.group("v"), kind, m.start(), end, m.start("v"))
    return out


def _relative_head(sentence: str, vstart: int) -> str | None:
    """The subject of a passive verb across a relative clause: 'The hospital, which was held by X, was targeted' -> 'The hospital'."""
    before = sentence[:vstart]
    if not re.search(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", before):
        return None
    clause_start = max(before.rfind(". "), before.rfind("; "), -1) + 1
    rel = None
    for rel in re.finditer(r"(?:,\s*|\s+)(?:which|who|that)\s+(?:was|were|is|are|has|had|have)\b", before[clause_start:]):
        break
    if rel is None:
        return None
    head = _party_before(sentence, clause_start + rel.start())
    return head


def _clause_subject(sentence: str, pos: int) -> str | None:
    """The first party of the clause that ends at pos ('Russian positions near Palmyra came' -> 'Russian positions')."""
    before = sentence[:pos]
    bounds = [m.end() for m in re.finditer(r"[,;:]\s+|\b(?:after|when|as|while|because|since|but)\s+", before)]
    start = bounds[-1] if bounds else 0
    party, _ = _party_after(sentence, start)
    return _clean(party) or _party_before(sentence, pos)


def came_under(sentence: str) -> list[Relation]:
    """'Y came under (heavy) attack/fire/airstrikes by/from/of X': X attacks Y."""
    out: list[Relation] = []
    for m in re.finditer(r"\b(?:came|come|comes|coming|was|were|is|are|been)\s+under\s+(?:the\s+)?(?:\w+\s+){0,2}?(?P<v>attack|attacks|fire|shelling|bombardment|airstrikes|air strikes|strikes|bombing|assault|siege)\s+(?:by|from|of)\s+", sentence):
        agents_raw, end = _party_after(sentence, m.end())
        target = _relative_head(sentence, m.start()) or _clause_subject(sentence, m.start())
        if agents_raw or target:
            _emit(out, sentence, _split_list(agents_raw) if agents_raw else None, _split_list(target) if target else None, m.group("v"), "attack", m.start(), end, m.start())
    return out


def with_support_of(sentence: str) -> list[Relation]:
    """'the air force, with the support of the Ruritanian Air Forces, ...': the party after 'of' backs the clause's subject."""
    out: list[Relation] = []
    for m in re.finditer(r"\b(?:with|thanks to|under)\s+(?:the\s+)?(?:\w+\s+)?(?P<v>support|backing|help|assistance|aid|protection)\s+(?:of|from)\s+", sentence):
        agents_raw, end = _party_after(sentence, m.end())
        target = _party_before(sentence, m.start())
        if target is None:
            t = re.match(rf"\s*(?:\w+\s+)?(?:the\s+)?({NAME})", sentence)
            target = t.group(1) if t else None
        _emit(out, sentence, _split_list(agents_raw) if agents_raw else None, target, m.group("v"), "back", m.start(), end, m.start())
    return out


def nominal_support(sentence: str) -> list[Relation]:
    """'support for Y from X', "X's support for Y", 'X expressed support for Y', 'Y received support from X'."""
    out: list[Relation] = []
    noun = r"(?P<v>support|backing|aid|assistance|help|solidarity|funding|financing|weapons|arms|troops|sponsorship|protection)"
    for m in re.finditer(rf"\b{noun}\s+(?P<p>for|to|of|with|from)\s+", sentence, re.I):
        kind = {"funding": "fund", "financing": "fund", "weapons": "arm", "arms": "arm", "troops": "send"}.get(m.group("v"), "back")
        first, end1 = _party_after(sentence, m.end())
        if first is None:
            continue
        prep = m.group("p")
        before = sentence[: m.start()]
        poss = re.search(rf"(?P<a>{NAME})[’']s\s+(?:\w+\s+){{0,2}}$", before)
        if prep == "from":  # 'support from X (for Y)' / 'received support from X'
            agents = _split_list(first)
            tail = re.match(r"\s*for\s+", sentence[end1:])
            if tail:
                target, end = _party_after(sentence, end1 + tail.end())
            else:
                target, end = _party_before(sentence, m.start()), end1
                recv = re.search(r"\b(?:received|receives|receive|receiving|got|gets|enjoys|enjoyed|relies on|depends on)\s+(?:\w+\s+){0,3}$", before)
                if recv:
                    target = _party_before(sentence, recv.start())
                elif target is not None and not re.search(r"(?:received|gets|enjoy)", before):
                    target = None
            _emit(out, sentence, agents, target, m.group("v"), kind, m.start(), end, m.start())
            continue
        if prep == "of" and m.group("v") in ("support", "backing", "help", "assistance", "aid", "protection"):
            # 'the support of X' names the backer
            target = _party_before(sentence, m.start())
            _emit(out, sentence, _split_list(first), None, m.group("v"), kind, m.start(), end1, m.start())
            continue
        target = first
        tail = re.match(r"\s*(?:from|by)\s+", sentence[end1:])
        if tail:
            agents_raw, end = _party_after(sentence, end1 + tail.end())
            _emit(out, sentence, _split_list(agents_raw) if agents_raw else None, target, m.group("v"), kind, m.start(), end, m.start())
            continue
        if poss:
            _emit(out, sentence, poss.group("a"), target, m.group("v"), kind, poss.start(), end1, m.start())
            continue
        verb = re.search(r"\b(?:expressed|expresses|express|voiced|voices|pledged|pledges|offered|offers|declared|declares|announced|announces|reaffirmed|reaffirms|reiterated|provided|provides|provide|gave|gives|give|lent|lends|showed|shows|increased|stepped up|ended|withdrew|halted|cut|suspended|sent|sends|delivered|supplied|supplies)\s+(?:\w+\s+){0,3}$", before)
        if verb:
            agent = _party_before(sentence, verb.start())
            neg = _negated(sentence, verb.start()) or verb.group(0).split()[0] in ("ended", "withdrew", "halted", "cut", "suspended")
            _emit(out, sentence, _split_list(agent) if agent else None, target, m.group("v"), kind, verb.start(), end1, verb.start(), negated=neg)
    return out


_NOUN_FORMS = frozenset("strikes strike airstrikes airstrike air-strikes raids raid attacks attack battle battles".split())
_APPOSITION_NOUNS = frozenset("supporters supporter backers backer allies ally sponsors sponsor patrons patron".split())
_PRONOUNS = frozenset("it they he she we".split())
_CTRL = (
    r"said|says|say|stated|states|added|adds|announced|announces|claimed|claims|denied|denies|deny|refused|refuses|declined|declines|continued|continues|"
    r"vowed|vows|pledged|pledges|promised|promises|threatened|threatens|agreed|agrees|decided|decides|plans|planned|began|begins|started|starts|indicated|indicates|"
    r"insisted|insists|reiterated|reiterates|warned|warns|confirmed|confirms|noted|notes|argued|argues|maintained|maintains|told|tells|admitted|admits|acknowledged|"
    r"wants|wanted|tried|tries|sought|seeks|hopes|hoped|intends|intended|would|will|could|may|might"
)


# A preposition of place or direction right before a party: the party is where a participle's action lands, not its agent.
_PLACE_OBJECT = re.compile(
    r"\b(?:(?:into|in|on|at|near|from|to|toward|towards|across|over|outside|inside|around|onto|out\s+of)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,2}|"
    r"(?:town|city|village|district|province|neighbou?rhood|area|suburb|region|camp)\s+of\s+)$",
    re.I,
)


def active_verb(sentence: str) -> list[Relation]:
    """'X supports Y', 'Ruritania, Elbonia and Freedonia back the government', 'the army did not bomb civilians'."""
    out: list[Relation] = []
    for m in _verbs(sentence):
        w = m.group()
        lw = w.lower()
        if lw in _APPOSITION_NOUNS:
            continue  # 'allies Ruritania and Elbonia', handled by supporter_apposition / allies_of
        if w[0].isupper() or lw in _NOUN_FORMS and not re.match(r"\s+(?:the|a|an|its|their|[A-Z])", sentence[m.end():]):
            continue
        kind = kind_of(w)
        if kind is None:
            continue
        after = sentence[m.end():]
        if re.match(r"\s+(?:\w+ly\s+)?by\b", after):
            continue  # passive, handled by passive_by
        if lw in ("support", "backing", "aid", "help", "assistance", "supporters", "backers", "allies", "ally") and re.match(r"\s+(?:for|to|of|from|with)\b", after):
            continue  # nominal, handled by nominal_support
        if m.start() > 0 and sentence[m.start() - 1] == "-":
            continue  # 'Elbonia-backed'
        prev = sentence[: m.start()].split()[-1:] or [""]
        if lw.endswith(("ing", "ed", "s")) and prev[0].lower() in _DETS | {"of", "in", "on", "for", "to", "out", "up", "new", "fresh", "heavy", "deadly", "more"}:
            continue  # 'the bombing of', 'carried out strikes', 'to the armed groups': a noun or adjective
        if lw in ("armed", "arms") and re.match(r"\s+[a-z]+s\b", after) and not re.match(r"\s+(?:its|their|his|her|the)\b", after):
            continue  # 'armed groups': an adjective
        if re.search(r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?$", sentence[: m.start()]) and re.fullmatch(r"\w+(?:ed|en)|sent|struck|shot|hit|fought|overrun", lw):
            # passive without 'by': the subject is acted on, the agent is unstated
            subj = _subject(sentence, m.start())
            if subj:
                _emit(out, sentence, None, _split_list(subj), w, kind, max(0, sentence.rfind(subj.split()[0], 0, m.start())), m.end(), m.start())
            continue
        target, end = _party_after(sentence, m.end())
        target = _clean(target)
        if target and (target.split()[0].lower() in _STOP or target.split()[0].lower() in ("up", "out", "off", "back")):
            target = None
        agent = _subject(sentence, m.start())
        if agent and lw.endswith("ing") and _PLACE_OBJECT.search(sentence[: sentence.rfind(agent, 0, m.start()) if agent in sentence[: m.start()] else 0]):
            agent = None  # 'fired into X killing several people': X is where, the clause's subject kills
        if agent is None and target is None:
            continue
        start = m.start() if agent is None else max(0, sentence.rfind(agent.split()[0], 0, m.start()))
        _emit(out, sentence, _split_list(agent) if agent else None, target, w, kind, start, end, m.start())
    return out


def depends_on(sentence: str) -> list[Relation]:
    """'Y depends (heavily) on X, Z' / 'Y relies on X' / "Y's reliance on X": X backs Y."""
    out: list[Relation] = []
    for m in re.finditer(r"\b(?P<v>depends?|depended|depending|relies|relied|rely|relying|reliance|dependence|dependent)\s+(?:\w+ly\s+)?(?:up)?on\s+", sentence):
        agents, end = _party_after(sentence, m.end())
        target = _party_before(sentence, m.start())
        if m.group("v") in ("reliance", "dependence"):
            poss = re.search(rf"({NAME})[’']s\s+(?:\w+\s+){{0,2}}$", sentence[: m.start()])
            target = poss.group(1) if poss else None
        if agents:
            _emit(out, sentence, _split_list(agents), target, m.group("v"), "back", m.start(), end, m.start())
    return out


def _subject_before(sentence: str, pos: int) -> str | None:
    """The party ending at pos, skipping auxiliaries and a parenthetical (', with its ally Y,')."""
    before = sentence[:pos]
    toks = before.split()
    j = len(toks)
    while j and (toks[j - 1].lower() in _AUX or (toks[j - 1].lower().endswith("ly") and toks[j - 1][0].islower())):
        j -= 1
    if j and toks[j - 1].endswith(","):
        par = re.search(r"(?:^|\s)((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}),\s+(?:with|along with|alongside|backed by|supported by|together with|including|like|as well as)\b[^,]*,\s*(?:\w+\s+){0,3}$", before)
        return _clean(par.group(1)) if par else None
    return _party_before(sentence, pos)


def _sentence_subject(head: str) -> str | None:
    """The first party of a clause, after a short introductory phrase ('This Monday, the army, with ..., said')."""
    starts = [0]
    intro = re.match(r"\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+", head)
    if intro:
        starts.insert(0, intro.end())
    for pos in starts:
        party, _ = _party_after(head, pos)
        party = _clean(party)
        if party and party.lower() not in _PRONOUNS and party.split()[0].lower() not in _NOT_NAMES:
            return party
    return None


def _subject(sentence: str, vstart: int) -> str | None:
    """The subject of a verb: the party just before it, or before a control verb ('X said it supports', 'X denied bombing')."""
    before = sentence[:vstart]
    ctrl = re.search(
        rf"\b(?:{_CTRL})(?:\s+(?:on|in|at|last|this|earlier|late|late on)\s+\w+)?\s+(?:(?:that|it|they|he|she|we|to|not|would|will|had|has|have|was|were|is|are|be|been|continue|continued|keep|still|also|never|no longer|n't)\s+){{0,4}}(?:\w+ly\s+)?$",
        before,
    )
    if ctrl:
        subj = _subject_before(sentence, ctrl.start())
        if subj is None or subj.lower() in _PRONOUNS:
            head = sentence[: ctrl.start()]
            return _sentence_subject(head) or subj
        return subj
    subj = _subject_before(sentence, vstart)
    if subj and subj.lower() in _PRONOUNS:
        return None
    return subj


_EXTRACTORS = (compound_modifier, supporter_apposition, allies_of, passive_by, came_under, with_support_of, nominal_support, depends_on, active_verb)


def extract(sentence: str) -> list[Relation]:
    """Every relation the sentence states, in order of position; one per (agent, kind, target, negation)."""
    found: list[Relation] = []
    for fn in _EXTRACTORS:
        found.extend(fn(sentence))
    seen: set[tuple[str, str, str, bool]] = set()
    out: list[Relation] = []
    for r in sorted(found, key=lambda r: (r.start, r.end)):
        key = ((r.agent or "").lower(), r.kind, (r.target or "").lower(), r.negated)
        if key in seen:
            continue
        # a relation with a missing side is redundant when a fuller one states the same
        if (r.agent is None or r.target is None) and any(
            o.kind == r.kind and (r.agent is None or same_party(o.agent, r.agent)) and (r.target is None or same_party(o.target, r.target)) and o.agent and o.target
            for o in found
        ):
            continue
        seen.add(key)
        out.append(r)
    return out


def _head(party: str) -> str:
    """The party itself: without 'X-backed' modifiers, and 'X's allies' as the allies, not X."""
    party = re.sub(r"\S+-(?:backed|supported|sponsored|funded|financed|armed|trained|allied|aligned|led)\s+", "", party)
    return re.sub(r"^.*[’']s\s+(?=(?:\w+\s+)?(?:allies|ally|backers?|supporters?|partners?|enemies|opponents?|rivals?|patrons?|sponsors?)\b)", "", party)


def _party_words(party: str) -> set[str]:
    words = re.findall(r"[A-Za-z][\w-]*", party.lower().replace("’", "'"))
    out = set()
    for w in words:
        for p in w.split("-"):
            if p in _STOP or p in ("al", "el", "bin", "ibn") or len(p) < 3:
                continue
            out.add(p[: max(4, len(p) - 3)] if len(p) >= 6 else p.rstrip("s"))
    return out


def same_party(a: str | None, b: str | None) -> bool:
    """Do two surface names plausibly name the same party? Shared name stems ('Ruritanian jets' ~ 'Ruritania')."""
    if not a or not b:
        return False
    a, b = _head(a), _head(b)
    wa, wb = _party_words(a), _party_words(b)
    if not wa or not wb:
        return False
    capa = set(re.findall(r"\b[A-Z][\w-]*", a)) - {w for w in re.findall(r"\b[A-Z][\w-]*", a) if w.lower() in _NOT_NAMES}
    capb = set(re.findall(r"\b[A-Z][\w-]*", b)) - {w for w in re.findall(r"\b[A-Z][\w-]*", b) if w.lower() in _NOT_NAMES}
    if capa and capb:
        wa, wb = _party_words(" ".join(capa)), _party_words(" ".join(capb))
    return bool(wa & wb) or any(x.startswith(y) or y.startswith(x) for x in wa for y in wb if min(len(x), len(y)) >= 4)
