"""Session 13 candidates (issue 9, refusals), measured and NOT shipped: the asked role of a who/which question filled
in the answer sentence (the agent of the asked verb, its patient) and the asked noun named (which law firm, which
hotel). Judged leave one set out by fit_answerability13.py roles; results in docs/benchmarks.md 'Session 13:
refusals'. Kept here, with their tests, so a later session can re-judge them on new sets.

'Who analysed the handwriting?' asks for the AGENT of 'analysed'; a sentence that says 'the handwriting was analysed'
reports the event but leaves the agent unnamed. 'Which law firm issued the statement?' is not answered by 'the
statement, issued by the law firm representing him'. The role is read from the clause's grammar around the asked
verb (briefing.relations' subject and party readers), never from a list of story words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.agency import NOUN_PLURAL as _NOUN_PLURAL
from briefing.lexical import STOPWORDS
from briefing.question import QuestionShape

_WORD = re.compile(r"[A-Za-z0-9][\w’'.-]*[\w]|[A-Za-z0-9]|[,;:()\"“”]")
_WHO_ACTIVE = re.compile(r"^\s*(?:who)\s+(?!(?:is|was|are|were|has|have|had|did|does|do|will|would|be|been)\b)([a-z]+)\b", re.I)
_WHO_HAS = re.compile(r"^\s*(?:who|which\s+(?:[\w'’-]+\s+){0,3}?[a-z]+)\s+(?:has|have|had)\s+([a-z]+)\b", re.I)
_WHO_PASSIVE = re.compile(r"^\s*(?:who|which\s+(?:[\w'’-]+\s+){0,3}?[a-z]+)\s+(?:was|were|is|are|has been|have been|had been)\s+([a-z]+)\b", re.I)
# 'the Alabama judge who denied ...', 'the officials who were expelled': the verb of the relative clause on the asked noun.
_RELATIVE = re.compile(r"\b(?:who|that)\s+(?:(?:had|has|have)\s+)?((?:was|were|had been|has been|have been)\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b")
# 'Which ABC News correspondent replaced ...': capitalised qualifiers and one or two nouns, then the verb.
_WHICH_THEN_VERB = re.compile(r"^\s*(?:[Ww]hich|[Ww]hat)\s+(?:[A-Z][\w'’.&-]*\s+){0,3}(?:[a-z][a-z-]+\s+){1,2}?([a-z]+ed)\b")
# Pronouns and generic heads that stand where a name would but name no one ('he', 'officials', 'a man').
_PRONOUNS = frozenset("he she they it we i you who which that this these those someone somebody one".split())
# A capitalised word that says where someone is from ('Russian', 'Chinese', 'Israeli', 'British') qualifies a head
# ('Russian planes', 'a senior US general') without naming who: English demonym endings, not a list of peoples.
_DEMONYM = re.compile(r"(?:ian|ean|an|ese|ish|i|ic)$")
BY_REACH = 3  # words between a passive participle and its 'by' ('was analysed on Monday by')


@dataclass(frozen=True)
class AskedRole:
    """The slot a who/which question asks for: the verb and whether its agent or its patient is asked."""

    verb: str
    role: str  # "agent" (who did it) or "patient" (who had it done to them)
    answer_type: str


def _participle(word: str) -> bool:
    """A lower-case past participle or past tense ('analysed', 'arrested', 'built', 'taken')."""
    from briefing.agency import _IRREGULAR

    return word in _IRREGULAR or (len(word) > 4 and word.endswith("ed")) or word.endswith("en") and len(word) > 4


def asked_role(shape: QuestionShape) -> AskedRole | None:
    """The verb and role a person/organisation question asks for: 'Who analysed the handwriting?' -> (analysed, agent);
    'Which group has claimed the attack?' -> (claimed, agent); 'Who was arrested?' -> (arrested, patient). None for
    other questions, questions of saying (the speaker checks read those) and copulas ('Who is the ambassador?')."""
    from briefing.slots import SPEECH_VERBS

    if shape.answer_type not in ("person", "organisation") or not shape.english:
        return None
    q = shape.text
    m = _WHO_PASSIVE.match(q)
    rel = _RELATIVE.search(q)
    if m and _participle(m.group(1).lower()):
        verb, role = m.group(1).lower(), "patient"
    elif m := _WHO_HAS.match(q) or _WHO_ACTIVE.match(q):
        if not (_participle(m.group(1).lower()) or m.group(1).lower().endswith("s")):
            return None  # 'who sat on the board that certified ...': the asked verb is one this cannot read
        verb, role = m.group(1).lower(), "agent"  # 'who leads': a present tense is fine
    elif (m := _WHICH_THEN_VERB.match(q)) and _participle(m.group(1)):
        verb, role = m.group(1), "agent"  # 'Which ABC News correspondent replaced Brian Ross ...'
    elif rel and _participle(rel.group(2).lower()):
        verb, role = rel.group(2).lower(), "patient" if rel.group(1) else "agent"  # 'the judge who denied ...', 'the man who was arrested'
    else:
        return None
    if verb in SPEECH_VERBS or verb in STOPWORDS or not verb.islower():
        return None
    return AskedRole(verb, role, shape.answer_type)


def is_name(word: str, first: bool, answer_type: str) -> bool:
    """Does a word name someone: capitalised, not a pronoun or function word, not a demonym qualifying a head
    ('Russian planes'), and for a sentence's first word not a capitalised common plural ('Officials said')?"""
    if not word[:1].isupper() or word.lower() in STOPWORDS or word.lower() in _PRONOUNS:
        return False
    if answer_type == "person" and (_DEMONYM.search(word) and word[1:].islower() or re.fullmatch(r"[A-Z]{2,3}", word)):
        return False  # 'a senior US general', 'Syrian troops': where from, not who
    if first and word[1:].islower() and _NOUN_PLURAL.search(word.lower()):
        return False
    return True


def names_someone(phrase: str | None, answer_type: str) -> bool:
    """Does a party phrase read off the grammar ('the chief prosecutor', 'Xland's Yvonne Z') hold a name (is_name)?"""
    if not phrase:
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", phrase)
    return any(is_name(w, False, answer_type) for w in words)


def _relative_subject(sentence: str, vstart: int) -> str | None:
    """The head of a relative clause the verb stands in: 'NAME, who ordered the raid' -> 'NAME'."""
    from briefing.relations import _party_before

    m = re.search(r",\s*(?:who|which|that)\s+(?:(?:has|have|had|was|were|is|are|been)\s+)*(?:\w+ly\s+)?$", sentence[:vstart])
    return _party_before(sentence, m.start()) if m else None


def role_filled(sentence: str, asked: AskedRole) -> bool | None:
    """Does the sentence name the asked role of the asked verb? True / False where the verb stands in the sentence,
    None when it does not (the event is told in other words: this reading cannot say). The agent of an active verb
    is its subject (relations._subject: the party just before it, or before a control verb), of a passive one its
    'by' phrase; the patient of a passive verb is its subject, of an active one the party right after it."""
    from briefing.lemmas import forms
    from briefing.relations import _party_after, _party_before, _relative_head, _subject

    wanted = forms(asked.verb)
    seen = False
    for m in re.finditer(r"[A-Za-z][\w’'-]*", sentence):
        w = m.group()
        if not (w[:1].islower() and forms(w.lower()) & wanted):
            continue
        seen = True
        before = sentence[max(0, m.start() - 40) : m.start()]
        passive = bool(re.search(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$", before)) and _participle(w.lower())
        by = re.match(r"(?:\s+[a-z]+){0,%d}?\s+by\s+" % BY_REACH, sentence[m.end() :])
        agent_by = _party_after(sentence, m.end() + by.end())[0] if by else None
        if asked.role == "agent":
            found = agent_by if (passive or by) else (_subject(sentence, m.start()) or _relative_subject(sentence, m.start()))
        elif passive:
            aux = re.search(r"(?:\b(?:has|have|had|will|would)\s+)?\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$", before)
            pos = m.start() - (len(before) - aux.start()) if aux else m.start()
            found = _relative_head(sentence, m.start()) or _party_before(sentence, pos)
        else:
            found = _party_after(sentence, m.end())[0]
        if names_someone(found, asked.answer_type):
            return True
    return False if seen else None


def role_failure(shape: QuestionShape, parts: list[str], absent: bool = False) -> str | None:
    """Why no answer sentence names the asked role ('no passage says who analysed it: the passages report the event
    without naming the agent'), or None when one does, the question asks no role, or (unless `absent`) no sentence
    carries the asked verb at all."""
    asked = asked_role(shape)
    if asked is None or not parts:
        return None
    read = [role_filled(p, asked) for p in parts]
    if any(r is True for r in read) or (not absent and all(r is None for r in read)):
        return None
    who = "who" if asked.role == "agent" else "to whom it was done:"
    if asked.role == "agent":
        return f"the sources do not say who {asked.verb} it: the passages that report it leave the {asked.answer_type} unnamed"
    return f"the sources do not say {who} the passages report that someone was {asked.verb} without naming them"




# ---- WHICH thing: 'Which law firm issued the statement?' is not answered by 'the statement, issued by the law firm
# representing him': the asked noun stands there, but no name is attached to it. ----
_WHICH_NOUN = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+((?:[\w'’.&-]+\s+){0,3}?)([a-z][a-z-]{2,})\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|of|in|for|at|to|from|on|who|that|whose|[a-z]+ed|[a-z]+s)\b")
_NAME_THE = re.compile(r"^\s*(?:[Nn]ame|[Ii]dentify|[Ll]ist)\s+(?:the|a|an|two|three|all)\s+((?:[\w'’.&-]+\s+){0,3}?)([a-z][a-z-]{2,})\s+(?:who|that|which|whom|the|of|in|for|at|to|from|on|[a-z]+ed)\b")
_WHO_IS_NOUN = re.compile(r"^\s*[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+)?((?:[\w'’.-]+\s+){0,3}?)([a-z][a-z-]{2,})(?:\s+(?:of|in|for|at|to|from|on|who|that|during|behind)\b|\s*\?)")
HEAD_BEFORE = 4  # words before the asked noun that belong to its phrase ('the Washington-based Judicial Watch law firm')
HEAD_AFTER = 4  # capitalised words right after the noun that name it ('lawyer Jane Roe', 'the firm Covington & Burling')


def asked_noun(shape: QuestionShape) -> str | None:
    """The noun whose name a which/what question asks for: 'Which law firm represents X?' -> 'firm'; 'At which hotel
    did Trump stay?' -> 'hotel'; 'What is the name of the judge who ...?' -> 'judge'; 'Name the generals the U.S.
    targeted' -> 'generals'. None for other questions and for nouns that ask no name ('what time', 'which year')."""
    from briefing.question import CALENDAR
    from briefing.slots import asked_name

    if not shape.english or shape.answer_type in ("number", "quantity", "date", "yes_no", "yesno", "comparison", "list"):
        return None
    q = shape.text
    noun = None
    m = _NAME_THE.match(q) or _WHO_IS_NOUN.match(q) or _WHICH_NOUN.search(q)
    if m and m.group(2) not in STOPWORDS and not any(w[:1].islower() and w.lower() in STOPWORDS for w in m.group(1).split()):
        noun = m.group(2)
    found = asked_name(q) if noun is None else None
    if found and found[0] in ("person", "name", "group") and found[1]:
        noun = found[1]
    if not noun or noun in STOPWORDS or noun in CALENDAR or noun in ("year", "years", "time", "day", "kind", "type", "way", "name", "names"):
        return None
    return noun


def head_named(sentence: str, noun: str, question: str) -> bool | None:
    """Is a name the question does not give attached to a mention of the noun: in its phrase before it ('the Marriott
    hotel'), right after it ('lawyer Jane Roe'), or in apposition ('Jane Roe, his lawyer,')? None when the noun
    (any form) is not mentioned."""
    from briefing.answerability import _new
    from briefing.lemmas import forms

    wanted = forms(noun)
    toks = list(re.finditer(r"[A-Za-z0-9][\w'’.&-]*|[,;:()\"“”]", sentence))
    seen = False
    for k, t in enumerate(toks):
        if not forms(t.group().lower().rstrip(".")) & wanted:
            continue
        seen = True
        near: list[str] = []
        j = k - 1
        while j >= 0 and k - j <= HEAD_BEFORE and toks[j].group() not in ",;:()\"“”" and (toks[j].group()[:1].isupper() or toks[j].group().lower() not in STOPWORDS or toks[j].group().lower() in ("of", "&")):
            near.append(toks[j].group())
            j -= 1
        if j >= 1 and toks[j].group().lower() in ("the", "a", "an", "his", "her", "its", "their") and toks[j - 1].group() == ",":
            near += [x.group() for x in toks[max(0, j - 1 - HEAD_AFTER) : j - 1]]  # 'Jane Roe, his lawyer'
        after = toks[k + 1 : k + 1 + HEAD_AFTER]
        if after and after[0].group() == ",":
            after = after[1:]  # 'the firm, Covington & Burling,'
        for x in after:
            if not (x.group()[:1].isupper() or x.group() in ("&", "of")):
                break
            near.append(x.group())
        if any(is_name(w, False, "organisation") and _new(w, question) for w in near if w[:1].isupper()):
            return True
    return False if seen else None


def head_failure(shape: QuestionShape, parts: list[str], absent: bool = False) -> str | None:
    """Why no answer sentence names the asked thing ('the sources mention the law firm but do not name it'), or None
    when one does, the question asks no noun's name, or (unless `absent`) no sentence mentions the noun."""
    noun = asked_noun(shape)
    if noun is None or not parts:
        return None
    read = [head_named(p, noun, shape.text) for p in parts]
    if any(r is True for r in read) or (not absent and all(r is None for r in read)):
        return None
    if all(r is None for r in read):
        return f"the sources do not say which {noun}: no passage that answers it mentions one"
    return f"the sources do not say which {noun}: the passages mention it without naming it"
