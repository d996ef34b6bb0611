"""Role rules: who does what to whom (relations.py's extraction and word order around a shared verb), names
swapped for others in the same words, descriptions moved between names, and the cause the evidence gives."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import Claim, causes, real_names, strip_hedges
from .lemmas import forms, lemma, spelling, tokens, vocabulary
from .lexical import STOPWORDS, terms
from .matching import Problem, coverage, stated, word_stated
from .relations import Relation, extract, same_party


CAUSE_COVER = 0.67  # share of the claim's stated cause the evidence's cause must state


_CAP_NAME = r"((?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-|of\s+)?[A-Z][\w'’-]+)*)"


def check_substitution(claim: Claim, unit: str | Sequence[str]) -> list[Problem]:
    """A name the evidence unit lacks, where the unit names another in the same words ('supported by Elbonia' against
    'supported by Freedonia'): the evidence says someone else did it or had it done.

    The shared words either side must include a content word, so 'in the' or 'and' alone never binds two names.
    """
    out: list[Problem] = []
    sentences = [unit] if isinstance(unit, str) else list(unit)
    for n in sorted(claim.actors):
        m = re.search(r"\b" + re.escape(n) + r"\b", claim.text, re.I)
        if not m:
            continue
        before = re.findall(r"[A-Za-z][\w-]*", claim.text[: m.start()])[-2:]
        after = re.findall(r"[A-Za-z][\w-]*", claim.text[m.end():])[:2]
        pats = []
        if len(before) == 2 and any(terms(w) for w in before) and not any(w[0].isupper() for w in before):
            pats.append(r"\b" + r"\s+".join(map(re.escape, before)) + r"\s+(?:the\s+)?" + _CAP_NAME)
        if len(after) == 2 and any(terms(w) for w in after) and not any(w[0].isupper() for w in after):
            pats.append(_CAP_NAME + r"\s+" + r"\s+".join(map(re.escape, after)) + r"\b")
        ctx_words = [w.lower() for w in before + after if terms(w)]
        if any(stated(n, u) and all(w in u.lower() for w in ctx_words) for u in sentences):
            continue  # the claim's own phrase is stated
        for pat in pats:
            for hit in (h for u in sentences if not stated(n, u) for h in re.finditer(pat, u)):
                other = hit.group(1)
                if other.lower() in _SENTENCE_START or any(stated(w.lower(), claim.text) for w in other.split() if w[:1].isupper()):
                    continue
                out.append(Problem("name", f"the evidence says '{other}' where the claim says '{n}'", True))
                break
            if out and out[-1].reason.endswith(f"'{n}'"):
                break
    return out


_SENTENCE_START = frozenset("the a an it he she they this that these those its their his her".split())


def _compatible(claim_kind: str, ev: Relation) -> bool:
    if ev.kind == claim_kind:
        return True
    return claim_kind == "back" and ev.backing


def matched_relations(claim: Claim, unit: str) -> list[Relation]:
    """The claim's relations the evidence states with the same agent, target and polarity."""
    evidence = extract(unit)
    out = []
    for rc in claim.relations:
        if any(_compatible(rc.kind, e) and e.negated == rc.negated and (rc.agent is None or same_party(e.agent, rc.agent)) and (rc.target is None or same_party(e.target, rc.target)) and (rc.agent or rc.target) for e in evidence):
            out.append(rc)
    return out


def _plays(party: str | None, role: str | None, unit: str, start: int, end: int, window: bool = True) -> bool:
    """A claim's party fills the evidence relation's role: the same party, or named in the role's phrase ('positions of X')."""
    if same_party(party, role):
        return True
    if not party or not role:
        return False
    if not window and not _GENERIC_ROLE.search(role):
        return False  # before a passive verb stands its target, not its agent
    window = unit[max(0, start) : max(0, end)]
    return any(stated(w.lower(), window) for w in re.findall(r"[A-Z][\w-]{2,}", party))


_PASSIVE_AT = re.compile(r"[\w-]+\s+(?:\w+ly\s+)?by\b")  # a relation stated as 'targeted by X'


# Role phrases that stand for a party named next to them ('positions of X', 'X's hideouts')
_GENERIC_ROLE = re.compile(
    r"\b(?:positions?|areas?|bases?|hideouts?|headquarters|territor\w+|towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|targets?|sites?|districts?|parts?|"
    r"strongholds?|camps?|convoys?|members|ranks|units?|lines?|fronts?|posts?|checkpoints?|depots?)\b",
    re.I,
)


def check_relations(claim: Claim, unit: str) -> list[Problem]:
    """Who does what to whom: same direction, same target, same polarity as the evidence states it."""
    out: list[Problem] = []
    evidence = extract(unit)
    for rc in claim.relations:
        if rc.agent is None or rc.target is None:
            continue
        comp = [e for e in evidence if _compatible(rc.kind, e)]
        match = [e for e in comp if _plays(rc.agent, e.agent, unit, e.start - 40, e.start, not _PASSIVE_AT.match(unit, e.start)) and _plays(rc.target, e.target, unit, e.end, e.end + 60)]
        if any(e.negated == rc.negated for e in match):
            continue
        if match:
            e = match[0]
            which = "the evidence negates it" if e.negated else "the claim negates it"
            out.append(Problem("relation", f"'{rc.agent} {rc.verb} {rc.target}': {which}", True))
            continue
        swapped = [e for e in comp if same_party(e.agent, rc.target) and same_party(e.target, rc.agent) and e.negated == rc.negated]
        if swapped:
            e = swapped[0]
            out.append(Problem("relation", f"the evidence says {e.agent} {e.verb} {e.target}, the claim says {rc.agent} {rc.verb} {rc.target}", True))
            continue
        # the evidence says who does this to whom with these parties, and never as the claim has it
        involved = [e for e in comp if same_party(e.agent, rc.agent) or same_party(e.target, rc.target)]
        if involved and all(e.agent and e.target for e in involved) and all(_other_party(e, rc, unit) for e in involved) and not roles_agree(rc, unit):
            e = involved[0]
            out.append(Problem("relation", f"the evidence says {e.agent} {e.verb} {e.target}, the claim says {rc.agent} {rc.verb} {rc.target}"))
    return out


def roles_agree(rc: Relation, unit: str) -> bool:
    """The evidence's clause around the claim relation's own verb gives the claim's agent and target in the claim's roles,
    read by word order in any voice (clause_roles): 'Zenda, just across the frontier from ... Tilia, has been hit by
    rockets' gives 'rockets hit Zenda' whatever party the relation extraction took as the nearest name."""
    if not rc.agent or not rc.target:
        return False
    agent, target = _words(rc.agent, True), _words(rc.target, False)
    if not agent or not target:
        return False
    verb = rc.verb.lower().split()[:1]
    return bool(verb) and any(_overlap(agent, ea) and _overlap(target, ep) and not _overlap(agent, ep) and not _overlap(target, ea)
                              for ea, ep in clause_roles(unit, verb[0]))


def _other_party(e: Relation, rc: Relation, unit: str) -> bool:
    """The evidence relation has another party where the claim has its own, not a description of the claim's
    ('fighters from ... Elbonia' for 'Elbonia', 'thousands of civilians' for 'civilians', 'a coalition of groups',
    'five civilians including three children' for 'five civilians')."""
    for mine, theirs in ((rc.agent, e.agent), (rc.target, e.target)):
        if same_party(mine, theirs) or not mine or not theirs:
            continue
        words = {w for w in terms(mine) if len(w) > 2}  # 'al-' is not a shared name
        if not words or words & set(terms(theirs)):
            continue
        at = unit.find(theirs)
        if at >= 0:
            after = unit[at + len(theirs) : at + len(theirs) + 60]
            before = unit[max(0, at - 40) : at]
            if all(stated(w, after) for w in words) or (re.search(r"\b(?:of|and|including|among them|among whom|such as)\s+$", before) and all(stated(w, before) for w in words)):
                continue
        return True
    return False


_BE = re.compile(r"\b(?:was|were|is|are|be|been|being|has been|have been|had been)\s+(?:\w+ly\s+)?$", re.I)


_ROLE_STOP = re.compile(r"[,;:.!?\"“”]|\b(?:while|whereas|but|which|who|when|after|before|as|because|and then)\b", re.I)


_PATIENT_END = re.compile(r"\b(?:in|on|at|near|during|over|after|before|since|for|with|from|into|across|around|under|amid|south|north|east|west)\b", re.I)


ROLE_WORDS = 6  # content words either side of a verb read as its agent or patient (about a noun phrase and its modifiers)


_ROLE_SKIP = frozenset("least dozens hundreds thousands several many today yesterday overnight tonight monday tuesday wednesday thursday friday saturday sunday".split())


def _words(text: str, last: bool) -> list[str]:
    ws = [w for w in tokens(text) if not w[0].isdigit() and w not in _ROLE_SKIP and not w.endswith("ly")]
    return ws[-ROLE_WORDS:] if last else ws[:ROLE_WORDS]


def roles(text: str, verb: str) -> list[tuple[list[str], list[str]]]:
    """(agent words, patient words) of each use of a verb ('X was hit by Y' -> ([Y], [X]); 'Y hit X' -> ([Y], [X])).

    Only the clause around the verb is read; a passive without 'by' has no agent words.
    """
    out = []
    target = lemma(spelling(verb))
    for m in re.finditer(r"[A-Za-z][\w'’-]*", text):
        if lemma(spelling(m.group(0).lower())) != target:
            continue
        before = _ROLE_STOP.split(text[: m.start()])[-1]
        after = _ROLE_STOP.split(text[m.end():])[0]
        by = re.match(r"^\s*(?:\w+\s+){0,2}?by\s+(.*)$", after, re.I)
        if _BE.search(before) or by:
            agent = _words(_PATIENT_END.split(by.group(1))[0], False) if by else []
            out.append((agent, _words(_BE.sub("", before), True)))
        else:
            out.append((_words(before, True), _words(_PATIENT_END.split(after)[0], False)))
    return out


def _overlap(a: list[str], b: list[str]) -> int:
    vocab = {f for w in b for f in forms(w)}
    return sum(word_stated(w, vocab) for w in dict.fromkeys(a))


_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?([a-z][\w-]+)|\b([a-z][\w-]+)(?:\s+(?:down|up|off|out))?\s+by\b")


def _passive_verbs(text: str) -> list[str]:
    """Words used as passive verbs: after a form of 'be' ('was hit') or before 'by' ('surrounded by')."""
    out = []
    for m in _PASSIVE.finditer(text):
        w = (m.group(1) or m.group(2)).lower()
        # a participle ('hit', 'fought'), not a plural noun before 'by' ('attacked with shells by X')
        if w not in _NOT_VERB and (w.endswith(("ed", "en", "wn")) or (lemma(w) != w and not w.endswith("s"))):
            out.append(w)
    return out


_NOT_VERB = frozenset("a an the not no also still being been to in on at".split())


def check_roles(claim: Claim, unit: str) -> list[Problem]:
    """Who did it and to whom, read from word order around a verb the claim and evidence share, where either puts it
    in the passive with 'by' ('the Coalition was condemned by Ruritania' against 'the Coalition condemns ... Ruritanian forces').

    Roles are reversed when the claim's agent and patient meet the evidence's patient and agent in at least
    ROLE_REVERSED words and in more words than they meet the evidence's own agent and patient.
    """
    passive = {lemma(spelling(v)) for text in (claim.text, unit) for v in _passive_verbs(text)}
    for w in dict.fromkeys(tokens(claim.text)):
        if w[0].isdigit() or lemma(spelling(w)) not in passive:
            continue
        mine, theirs = roles(claim.text, w), roles(unit, w)
        if not mine or not theirs:
            continue
        for ca, cp in mine:
            if not ca or not cp:
                continue
            for ea, ep in theirs:
                straight = _overlap(ca, ea) + _overlap(cp, ep)
                reverse = _overlap(ca, ep) + _overlap(cp, ea)
                if ea and ep and reverse >= ROLE_REVERSED and reverse > straight:
                    return [Problem("relation", f"the evidence has the roles of '{w}' the other way round ({' '.join(ea) or '?'} -> {' '.join(ep)})", True)]
    return []


ROLE_REVERSED = 2  # words of the claim's two parties found in the evidence's opposite roles: one word can be a shared modifier


def check_cause(claim: Claim, unit: str) -> list[Problem]:
    """A cause the claim states must be the evidence's cause of the same effect, not reversed and not added."""
    links = causes(claim.text)
    if not links:
        return []
    theirs = causes(unit)
    if not theirs:
        return [Problem("cause", f"the claim states a cause ('{links[0][0]}'), the evidence does not")]
    out = []
    for cue, cause, effect in links:
        cc, ce = set(terms(cause)), set(terms(effect))
        best = max(theirs, key=lambda t: len(cc & set(terms(t[1]))) + len(ce & set(terms(t[2]))) + len(cc & set(terms(t[2]))) + len(ce & set(terms(t[1]))))
        uc, ue = set(terms(best[1])), set(terms(best[2]))
        straight, reverse = len(cc & uc) + len(ce & ue), len(cc & ue) + len(ce & uc)
        if reverse > straight:
            out.append(Problem("cause", f"the evidence gives the cause the other way round ('{cue}')", True))
            continue
        cov, missing = coverage(cause, best[1])
        if cov < CAUSE_COVER:
            out.append(Problem("cause", f"the evidence does not give this cause: {', '.join(missing[:4])}"))
    return out


_DESCRIBED = re.compile(r"(?:^|(?<=[\s,(]))((?:[A-Za-z][\w-]*\s+){1,2})((?:al-)?[A-Z][\w'’-]+)")


DESCRIPTOR_WORDS = 2  # lowercase words right before a name read as its description ('regime ally Ruritania', 'rebel backer Elbonia')


def descriptors(text: str) -> dict[str, set[str]]:
    """The words that describe each name right before it: 'brokered by regime ally Ruritania and rebel backer Elbonia' ->
    {ruritania: {regime, ally}, elbonia: {rebel, backer}}. A sentence's first word counts in lower case."""
    out: dict[str, set[str]] = {}
    for m in _DESCRIBED.finditer(text):
        words = m.group(1).split()
        kept: list[str] = []
        for w in reversed(words[-DESCRIPTOR_WORDS:]):
            first = m.start(1) + m.group(1).rfind(w) == 0
            if (w[0].isupper() and not first) or w.lower() in STOPWORDS:
                break
            kept.append(w.lower())
        ts = {t for w in kept for t in terms(w)}
        if ts:
            out.setdefault(m.group(2).lower(), set()).update(ts)
    return out


def check_descriptors(claim: Claim, unit: str) -> list[Problem]:
    """A description moved from one name to another ('rebel ally Ruritania' against 'regime ally Ruritania and rebel backer
    Elbonia'): the claim's word for a name describes another name in the evidence, and not this one."""
    theirs = descriptors(unit)
    for name, words in descriptors(claim.text).items():
        if name not in theirs:
            continue
        for w in sorted(words):
            if w in theirs[name]:
                continue
            other = next((n for n, ws in theirs.items() if n != name and w in ws and n in claim.text.lower()), None)
            if other is not None:
                return [Problem("relation", f"the evidence describes {other}, not {name}, as '{w}'", True)]
    return []


_PAIR = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,?\s+and\s+(?:[a-z][\w-]*\s+|[A-Z][\w’'-]*-[a-z][\w-]*\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def name_pairs(text: str) -> list[tuple[str, str]]:
    """Two names joined by 'and' ('Elbonia and Ruritania', 'opposition-supporter Elbonia and army-supporter Freedonia')."""
    known = real_names(text)
    out = []
    for m in _PAIR.finditer(text):
        a, b = m.group(1).lower().removesuffix("'s"), m.group(2).lower().removesuffix("'s")
        if any(a in k or k in a for k in known) and any(b in k or k in b for k in known):
            out.append((a, b))
    return out


def check_pairs(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A name put beside another where the evidence has a third ('Ruritania and Elbonia reached the deal' against
    'Elbonia and Freedonia reached a deal'): the evidence sentence joins one of the claim's two names to another name
    and does not name the claim's other one."""
    for a, b in name_pairs(claim.text):
        for s in sentences:
            for c, d in name_pairs(s):
                for mine, other in ((a, b), (b, a)):
                    if stated(other, c) or stated(other, d) or stated(other, s):
                        continue
                    if (stated(mine, c) and not stated(mine, d)) or (stated(mine, d) and not stated(mine, c)):
                        third = d if stated(mine, c) else c
                        return [Problem("name", f"the evidence joins {mine} to {third}, not to {other}")]
    return []


# ---- swapped and moved roles around any verb the claim and the evidence share ---------------------------------------

_TARGET_PREP = re.compile(r"^\s*(?:on|upon|against|at)\s+(?:the\s+)?", re.I)  # 'shelling on X', 'called upon X': the one acted on
# where an agent or object phrase ends: a preposition in lower case ('East Zenda' is a name, 'east of' is not read here)
_OBJECT_END = re.compile(r"\b(?:in|on|at|near|during|over|after|before|since|for|with|from|into|across|around|under|amid)\b")
_BY_AGENT = re.compile(r"^\s*(?:\w+\s+){0,2}?by\s+(.*)$", re.I)
_AGENT_END = re.compile(r"\s+and\s+(?=[a-z]+ed\b)|\s+by\s+")  # 'announced by X and confirmed by Y': X's phrase ends at 'and confirmed'
SWAP_SIDE = 1  # words of each claim party found in the evidence's other role: a true swap moves both parties
MOVED_ROLE = 1  # words of the claim's agent the evidence gives as the one acted on (none as the actor), with the same one acted on


def role_phrases(text: str, word: str) -> list[tuple[str, str]]:
    """(agent phrase, patient phrase) of each use of a verb or action noun in its clause, in any voice: 'Y hit X',
    'X was hit by Y', 'shelling by Y on X', 'Y called upon X' all give ('Y', 'X'). A passive without 'by' gives no
    agent; an action with no object phrase gives no patient."""
    out = []
    target = lemma(spelling(word))
    for m in re.finditer(r"[A-Za-z][\w'’-]*", text):
        if lemma(spelling(m.group(0).lower())) != target:
            continue
        before = _ROLE_STOP.split(text[: m.start()])[-1]
        after = _ROLE_STOP.split(text[m.end():])[0]
        by = _BY_AGENT.match(after)
        if by:
            agent = _AGENT_END.split(_OBJECT_END.split(by.group(1))[0])[0]
            patient = _BE.sub("", before)
            rest = by.group(1)[len(agent):]
            if not _BE.search(before) and _TARGET_PREP.match(rest):  # 'mortar shelling by Y on X': the patient follows the agent
                patient = _OBJECT_END.split(_TARGET_PREP.sub("", rest, count=1))[0]
            elif not _words(patient, True):
                patient = ""
            out.append((agent, patient))
        elif _BE.search(before):
            out.append(("", _BE.sub("", before)))
        else:
            obj = _TARGET_PREP.sub("", after, count=1) if _TARGET_PREP.match(after) else after
            out.append((before, _OBJECT_END.split(obj)[0]))
    return out


def clause_roles(text: str, word: str) -> list[tuple[list[str], list[str]]]:
    """(agent words, patient words) of each use of a word (role_phrases), ROLE_WORDS content words of each."""
    return [(_words(a, True), _words(p, False)) for a, p in role_phrases(text, word)]


def _whole(words: list[str]) -> list[str]:
    """Words without the parts of a hyphenated word ('colonel-general', not 'general'): a shared title part is no
    shared party."""
    parts = {p for w in words if "-" in w for p in w.split("-")}
    return [w for w in words if w not in parts]


def _head_words(agent: str) -> list[str]:
    """The agent's own words, without a place it is at ('fighting around Manbij' -> 'fighting')."""
    return _words(_OBJECT_END.split(agent)[0], True)


def action_word(word: str) -> bool:
    """A word that can name an action with roles: an inflected verb or a verbal noun ('called', 'backs', 'shelling'),
    not a bare noun ('militia') or a plural one ('citizens': a present 'backs' is missed rather than a noun read as a verb)."""
    if word in _ROLE_SKIP or word.endswith("est"):
        return False
    return word.endswith(("ed", "en", "ing")) or (lemma(word) != word and not word.endswith("s"))  # 'fought'; not 'citizens'


def swapped_roles(claim_text: str, evidence: str) -> tuple[str, bool] | None:
    """The verb whose roles the claim gives otherwise than the evidence, and whether they are reversed (True: who acted
    is who was acted on, both ways) or moved (False: the claim's actor is, in the evidence, only the one acted on, and
    the evidence names another actor). None when every shared verb keeps its roles.

    'The United Nations called upon the Coalition' against 'the Coalition called upon the United Nations': reversed.
    'Opposition shelling on X killed 10' against 'shelling by the regime on the opposition-held area of X': moved."""
    vocab = vocabulary(evidence)
    for w in dict.fromkeys(tokens(claim_text)):
        if w[0].isdigit() or len(w) < 4 or not action_word(w) or not word_stated(w, vocab):
            continue
        theirs = [(a, p) for a, p in clause_roles(evidence, w) if a and p]
        if not theirs:
            continue
        for agent, patient in role_phrases(claim_text, w):
            ca, cp = _words(agent, True), _words(patient, False)
            if not ca or not cp:  # 'shells fired from X': a participle without an object has no roles to compare
                continue
            for ea, ep in theirs:
                straight = _overlap(ca, ea) + _overlap(cp, ep)
                to_patient, to_agent = _overlap(ca, ep), _overlap(cp, ea)
                if cp and to_patient >= SWAP_SIDE and to_agent >= SWAP_SIDE and to_patient + to_agent > straight:
                    return w, True
                head = _whole(_head_words(agent))
                if _overlap(head, _whole(ep)) >= MOVED_ROLE and _overlap(ca, ea) == 0 and to_agent == 0 and _overlap(cp, ep) >= MOVED_ROLE:
                    return w, False
    return None


def check_swapped_roles(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """Who acts and who is acted on, read in each evidence sentence around a verb or action noun the claim shares, in
    any voice (clause_roles): reversed roles contradict; an actor the evidence gives only as the one acted on, with
    another actor named, is not stated."""
    for s in sentences:
        hit = swapped_roles(strip_hedges(claim.text), s)
        if hit is not None:
            w, reversed_ = hit
            if reversed_:
                return [Problem("relation", f"the evidence has the roles of '{w}' the other way round", True)]
            return [Problem("relation", f"the evidence names another actor of '{w}'; the claim's is the one acted on")]
    return []


# ---- details given crosswise: each party of a claim given the other party's detail ----------------------------------

# where a sentence's coordinated parts meet: 'A ..., while B ...', 'A's war in X and B's tensions with Y', 'A - chief of
# X, B - chief of Y', a dash, a semicolon; each part is read as one party with its details
_SEGMENT_END = re.compile(r"\s*(?:[;:—–]|\s-\s|,?\s+(?:while|whereas|but|and|as well as)\s+)\s*", re.I)


# words that float between coordinated parts without being one party's detail: when and who said it, whom it counts
_FLOATING = frozenset("""people said say says reported according today yesterday tonight morning afternoon evening night week
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december""".split())


def segments(text: str) -> list[set[str]]:
    """The word forms of each coordinated part of a sentence (split at 'while', 'whereas', 'but', 'and', dashes, semicolons)."""
    return [v for v in (vocabulary(p) for p in _SEGMENT_END.split(text)) if v]


def _own_words(parts: list[list[str]], i: int) -> list[str]:
    """The content words of a claim part no other part states: what the claim says of that part's party alone."""
    others = set().union(*(vocabulary(" ".join(p)) for j, p in enumerate(parts) if j != i)) if len(parts) > 1 else set()
    return [w for w in dict.fromkeys(parts[i]) if not word_stated(w, others)]


def crossed_details(claim_text: str, evidence: str) -> tuple[str, str, str, str] | None:
    """Two words of one part of the claim and two of another, which the evidence pairs crosswise: (a, x, b, y) when the
    claim has 'a ... x' and 'b ... y' and the evidence has 'a ... y' and 'b ... x' in one part each, never a with x nor
    b with a ('Ruritania is in the war in Zenda, while Elbonia faces tensions with Tilia' against 'Elbonia's war in
    Zenda and Ruritania's tensions with Tilia'); None otherwise. a and b are the first words of their parts the other parts lack
    (the parties); x and y are other such words, none a floating one (_FLOATING)."""
    parts = [tokens(p) for p in _SEGMENT_END.split(strip_hedges(claim_text))]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    theirs = segments(evidence)
    if len(theirs) < 2:
        return None
    own = [_own_words(parts, i) for i in range(len(parts))]

    def where(w: str) -> set[int]:
        return {k for k, seg in enumerate(theirs) if word_stated(w, seg)}

    at = {w: where(w) for ws in own for w in ws}
    for i in range(len(own)):
        for j in range(len(own)):
            if i == j or not own[i] or not own[j]:
                continue
            a, b = own[i][0], own[j][0]  # each part's party: its first word of its own ('Ruritania is ...', 'while Elbonia faces ...')
            if not at[a] or not at[b] or at[a] & at[b]:
                continue
            for x in own[i][1:]:
                if x in _FLOATING or not at[x] & at[b] - at[a]:  # the evidence gives x to b, never to a
                    continue
                for y in own[j][1:]:
                    if y not in _FLOATING and y != x and at[y] & at[a] - at[b] and not at[y] & at[x]:
                        return a, x, b, y
    return None


def check_crossed(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A claim that gives each of two parties the other's detail, as read in coordinated parts of one evidence sentence
    (crossed_details), contradicts it."""
    for s in sentences:
        hit = crossed_details(claim.text, s)
        if hit is not None:
            a, x, b, y = hit
            return [Problem("relation", f"the evidence pairs '{a}' with '{y}' and '{b}' with '{x}', the claim the other way round", True)]
    return []


# ---- origin and target swapped: 'fired from A on B', 'rose to X from Y' ---------------------------------------------

# a phrase naming where something comes from, and one naming where it goes or what it hits; 'to' only before a number
# or a name ('rose to 500', 'moved to Zenda'), not before a verb ('to capture')
_ORIGIN = r"\bfrom\b|\b(?:positioned|stationed|based|deployed|located|entrenched)\s+in\b"
_TARGET = r"\b(?:on|at|into|against|towards?|hit|hitting|targeted|targeting|struck|striking|shelled|shelling)\b|\bto\b(?=\s+(?:the\s+)?(?:[A-Z0-9]|al-))"
_SLOT = re.compile(rf"(?P<origin>{_ORIGIN})|(?P<target>{_TARGET})")
_SLOT_STOP = re.compile(r"[,;:.!?()\"“”—–]|\b(?:while|whereas|but|which|who|when|after|before|because)\b")
SLOT_WORDS = 8  # content words of a from- or to-phrase read as its place or value (a name and a few modifiers)


def origin_target(text: str) -> tuple[set[str], set[str]]:
    """The words of a sentence's 'from' phrases (from, positioned in) and of its 'to' phrases (to a number or name, on,
    at, against, hit, targeted): 'rockets fired from A hit B' -> ({a}, {b})."""
    origin: set[str] = set()
    target: set[str] = set()
    marks = list(_SLOT.finditer(text))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        phrase = _SLOT_STOP.split(text[m.end(): end])[0]
        words = {w for w in tokens(phrase)[:SLOT_WORDS] if len(w) > 2}
        (origin if m.group("origin") else target).update(words)
    return origin, target


def swapped_slots(claim_text: str, evidence: str) -> tuple[str, str] | None:
    """(origin word, target word) of a claim whose 'from' is the evidence's 'to' and whose 'to' is its 'from' ('rose to
    350 from 500' against 'risen to 500 from 350'; 'fired from A on B' against 'positioned in B ... on A'), when the
    crossing outweighs what the two share in one slot only; None otherwise."""
    co, ct = origin_target(strip_hedges(claim_text))
    if not co or not ct:
        return None
    eo, et = origin_target(evidence)
    ev_o, ev_t = vocabulary(" ".join(eo)), vocabulary(" ".join(et))
    o_to_t = [w for w in co if word_stated(w, ev_t) and not word_stated(w, ev_o)]
    t_to_o = [w for w in ct if word_stated(w, ev_o) and not word_stated(w, ev_t)]
    # words in both of the evidence's slots ('Elbonian pounds' after 'to' and 'from') say nothing of the direction
    straight = sum(word_stated(w, ev_o) and not word_stated(w, ev_t) for w in co) + sum(word_stated(w, ev_t) and not word_stated(w, ev_o) for w in ct)
    if o_to_t and t_to_o and len(o_to_t) + len(t_to_o) > straight:
        return sorted(o_to_t)[0], sorted(t_to_o)[0]
    return None


def check_swapped_slots(claim: Claim, sentences: Sequence[str]) -> list[Problem]:
    """A claim that puts the evidence's origin in the target's place and its target in the origin's (swapped_slots), read
    in one evidence sentence, contradicts it."""
    for s in sentences:
        hit = swapped_slots(claim.text, s)
        if hit is not None:
            return [Problem("relation", f"the evidence has '{hit[0]}' as where it went and '{hit[1]}' as where it came from, the claim the other way round", True)]
    return []
