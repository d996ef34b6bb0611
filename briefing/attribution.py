"""Attribution rules: a claim 'X said ...' needs X as the speaker of the evidence, 'told Y' needs Y."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import Claim, attributions
from .lexical import names, terms
from .matching import Problem, prefix_covered, stated
from .relations import same_party


def check_speaker(claim: Claim, unit: str, context: str, core: str | None = None) -> list[Problem]:
    """A claim 'X said ...' needs X as the speaker in the evidence, and 'told Y' needs Y in the evidence.

    `core` is the evidence sentence that states the claim's content: when it names its own speaker,
    that speaker must be X (a speaker of a neighbouring sentence said something else).
    """
    out = []
    core = core or unit
    own = [b for b in attributions(core) if _named(b.speaker)]
    said = own if own else attributions(unit) + (attributions(context) if context != unit else [])
    for a in claim.attributions:
        if any(same_party(a.speaker, b.speaker) or stated(a.speaker.lower(), b.speaker.lower()) for b in said):
            continue
        if _speaks(a.speaker, core if own else unit) or said_by(a.speaker, core) or saying_subject(a.speaker, core):
            continue
        if own and re.search(r"\b" + re.escape(a.speaker) + r"\b", core, re.I):
            continue  # 'said Observatory chief Rami Abdel Rahman': the named person of the stating sentence
        if said:
            out.append(Problem("speaker", f"the evidence attributes it to {said[0].speaker}, the claim to {a.speaker}"))
        else:
            out.append(Problem("speaker", f"the evidence does not attribute it to {a.speaker}"))
    for m in re.finditer(r"\btold\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", claim.text):
        if not stated(m.group(1).lower(), unit):
            out.append(Problem("speaker", f"the evidence does not say it was told to {m.group(1)}"))
    return out


def _named(speaker: str) -> bool:
    """A speaker named with a capitalised word ('Rami Abdel Rahman', 'the WHO'), not 'he', 'it' or 'the source'."""
    words = speaker.split()
    # 'the Britain-based group', 'Zenda local media', '... Square it': a description or a pronoun after the name, whose
    # antecedent a neighbouring sentence names
    return any(w[:1].isupper() for w in words) and bool(words) and words[-1][:1].isupper() and speaker.lower() not in ("he", "she", "it", "they", "we", "i")


def core_sentence(claim: Claim, sentences: Sequence[str]) -> str:
    """The evidence sentence that states most of the claim's content (its speaker's words aside)."""
    if len(sentences) == 1:
        return sentences[0]
    skip = {t for sp in claim_speakers(claim) for t in terms(sp)}
    words = [w for w in dict.fromkeys(terms(claim.text)) if w not in skip]
    return max(sentences, key=lambda s: sum(prefix_covered(w, set(terms(s))) for w in words))


_SAID_BY = re.compile(r"\b(?:said|stated|announced|denied|claimed|confirmed|declared|reported|acknowledged)\s+by\s+(?=(.{1,80}))", re.I)


def said_by(speaker: str, unit: str) -> bool:
    """The evidence gives the speaker in the passive ('the capture was announced by the Kurdish militia and confirmed by
    the Observatory'): every word of the speaker's name stands in the phrase after 'announced by'."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", speaker) if w.lower() != "the"]
    return bool(words) and any(all(stated(w.lower(), re.split(r"\s+and\s+[a-z]+ed\b|[,;.]", m.group(1))[0]) for w in words) for m in _SAID_BY.finditer(unit))


def _speaks(speaker: str, unit: str) -> bool:
    """The speaker is named before a verb of saying in the evidence ('the army, with its ally, said')."""
    m = re.search(r"\b(?:said|says|told|stated|announced|denied|claimed|added|insisted|warned|confirmed|declared|indicated|stressed)\b", unit)
    if not m:
        return False
    head = unit[: m.start()]
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", speaker) if w.lower() not in ("the",)]
    return bool(words) and all(stated(w.lower(), head) for w in words)


_SAYING = re.compile(r"\b(?:saying|adding|arguing|insisting|warning)\b")


def saying_subject(speaker: str, sentence: str) -> bool:
    """The speaker is the subject a participle of saying belongs to ('Zenda has pushed back at suggestions ..., saying
    it is fully enforcing sanctions'; 'Mr Osman also left the party saying ...'): every word of the speaker's name stands
    in the capitalised words that open the sentence holding the participle, not in a name after its verb ('Zenda
    criticised Varga, saying ...' gives Zenda, never Varga, as the speaker). `sentence` is the evidence sentence that
    states the claim's content (core_sentence)."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", speaker) if w.lower() not in ("the",)]
    if not words or not _SAYING.search(sentence):
        return False
    m = _OPENING_WORDS.match(sentence.strip())
    subject = m.group(1) if m else ""
    return bool(subject) and all(stated(w.lower(), subject) for w in words)


def claim_speakers(claim: Claim) -> set[str]:
    """The names the claim gives as speakers (checked by check_speaker, not bound to a clause)."""
    return {a.speaker for a in claim.attributions} | {w for a in claim.attributions for w in names(a.speaker)}


# ---- a sentence that opens with 'he' or 'she': who it is ---------------------------------------------------------
ANTECEDENT_REACH = 6  # sentences back to look for the subject a pronoun stands for: a news paragraph with a quote of
# three or four sentences between the name and the pronoun ('Jamie Foxx paid tribute ... "You took a chance," he said.
# "That love ..." "Thank you ..." He broke down in tears ...'); further back the subject has usually changed
_OPENING_PRONOUN = re.compile(r"^([“\"]?\s*(?:(?:and|but|yet|so|still|also|however|nevertheless|later|then|now|meanwhile|instead)\s*,?\s+)?)(he|she)\b", re.I)
_OPENING_WORDS = re.compile(r"^[“\"]?\s*(?:(?:and|but|yet|so|however|meanwhile)\s*,?\s+)?((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*)")


def _in_quote(sentence: str) -> bool:
    """A sentence of quoted speech: it opens with a quote mark, or holds an unpaired one (the end of a quote that
    began in an earlier sentence)."""
    s = sentence.strip()
    marks = s.count('"') + s.count("“") + s.count("”")
    return s[:1] in '"“' or marks % 2 == 1


def antecedent(evidence: Sequence[str], i: int, candidates: Sequence[str]) -> str | None:
    """The one of `candidates` (a claim's names) that 'he' or 'she' opening evidence sentence i stands for: the
    subject an earlier sentence opens with, reached back over quoted speech and sentences opening with 'he' or 'she'
    only (any other sentence has its own subject and ends the search); matched by surname ('Mowery' for 'David
    Mowery', 'Mr Gref' for 'Gref'). None when the pronoun does not open the sentence or the subject is not a candidate."""
    if not _OPENING_PRONOUN.match(evidence[i].strip()):
        return None
    for j in range(i - 1, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        s = evidence[j].strip()
        if _OPENING_PRONOUN.match(s) or _in_quote(s):
            continue
        m = _OPENING_WORDS.match(s)
        subject = m.group(1).lower() if m else ""
        last = subject.split()[-1] if subject else ""
        return next((c for c in candidates if c.split() and stated(c.split()[-1].lower(), last) and last), None)
    return None


def claim_names(claim: Claim) -> list[str]:
    """The claim's names as the claim writes them ('David Mowery'), for putting them into evidence text."""
    out = []
    for n in sorted(claim.actors):
        m = re.search(re.escape(n), claim.text, re.I)
        if m is not None:
            out.append(m.group(0))
    return out


def resolve_pronouns(evidence: Sequence[str], candidates: Sequence[str]) -> list[str]:
    """The evidence with each opening 'he' or 'she' replaced by the claim's name it stands for (see `antecedent`), so
    that the name and speaker checks read 'He broke down in tears' as 'Foxx broke down in tears'."""
    out = list(evidence)
    for i in range(len(out)):
        who = antecedent(evidence, i, candidates) if candidates else None
        if who is not None:
            out[i] = _OPENING_PRONOUN.sub(lambda m: m.group(1) + who, out[i].strip(), count=1)
    return out
