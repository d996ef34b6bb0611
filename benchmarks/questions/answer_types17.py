"""Session 17 prototype: the asked type of answer and whether a sentence carries it in the asked role (issue 9).

asked_type(question) -> (kind, noun) or None:
  ('person', role)  'Who was the auctioneer', 'Which trial judge', 'Name the voice actress' (a person noun asked)
  ('org', noun)     'Which law firm', 'What court' (an organisation noun asked)
  (figure kind, '') money / share / duration / count, as measures15.asked_kind
type_match(asked, sentence, question): a new name fills the role (apposition 'auctioneer Jane Doe', 'Jane Doe, the
auctioneer', 'the auctioneer, Jane Doe', 'Jane Doe was appointed auctioneer', 'the auctioneer was Jane Doe';
'<Name> law firm', 'law firm <Name>'), or a figure of the asked kind is stated.
"""
from __future__ import annotations

import re

from briefing.answerability import PERSON_ROLES, _new
from briefing.lemmas import STOPWORDS

from briefing import measures as measures15

AGENT = re.compile(r"[a-z]{3,}(?:eer|or|er|ist|ess|ant|ian)s?$")  # English agent-noun endings: auction-eer, arbitrat-or, actr-ess
NOT_AGENT = frozenset("""number border power order paper center centre quarter letter member matter water other after under over
together whether however never either neither ever cancer river computer chapter percent agreement government statement
payment event moment content amount account interest client earlier later former latter larger bigger higher lower
greater longer older younger further rather another shelter winter summer quarter headquarter factor sector floor door
error mirror motor tractor harbour harbor colour color honour honor favour favor labour labor behaviour behavior
major minor interior exterior senior junior prior superior inferior""".split())
GENERIC_ROLES = frozenset("official officials leader leaders figure figures person people".split())  # asked by class: any titled name answers ('Which Chinese official' -> 'Commerce Minister Zhong Shan')
ORG_NOUNS = frozenset("firm company court bank agency newspaper paper channel broadcaster network studio label party team club "
                      "club university school hospital charity fund group firm carrier airline insurer lender retailer".split())
_ASKED = re.compile(r"\b(?:which|what|who (?:is|was|are|were) (?:the|its|his|her|their)|names? (?:of )?the)\s+((?:[\w'’-]+\s*){1,5})", re.I)
_PHRASE_END = frozenset("did does do is was are were has have had will would can could should who whom that which of in for at to from on by with".split())
NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de|del|van|von|der|da|di|du|le|la|of|and|&)\s+)?[A-Z][\w'’.-]*)*"
ROLE_GAP = 3  # lower-case words (modifiers) allowed between a role noun and its name: 'auctioneer Jane Doe', 'the trial's presiding judge, Jane Doe'


def singular(noun: str) -> str:
    """'judges' -> 'judge', 'actresses' -> 'actress', 'witness' stays."""
    if noun.endswith("sses"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def person_noun(word: str) -> bool:
    """A lower-case word naming a person by role: a known role or an English agent noun."""
    w = word.lower()
    return w in PERSON_ROLES or w.rstrip("s") in PERSON_ROLES or (w not in NOT_AGENT and w not in STOPWORDS and bool(AGENT.search(w)))


def asked_type(question: str) -> tuple[str, str] | None:
    """The kind of answer the question asks for, with its noun: a person by role, an organisation by noun, a figure kind."""
    kind = measures15.asked_kind(question)
    if kind:
        return kind, ""
    m = _ASKED.search(question)
    if not m:
        return None
    words = []
    for w in re.findall(r"[\w'’-]+", m.group(1)):
        if w in _PHRASE_END:
            break
        words.append(w)
    def kind(w: str) -> str | None:
        if not w.islower() or w in ("man", "woman", "person", "people"):
            return None
        return "org" if w in ORG_NOUNS else ("person" if person_noun(w) else None)

    head = None
    for i, w in enumerate(words):  # the first role noun, extended over a compound ('assistant US attorney', 'law firm')
        if head is None:
            if kind(w):
                head = (kind(w), w)
            continue
        if not w.islower():
            continue
        if kind(w):
            head = (kind(w), w)
            continue
        break
    return head


def _names(text: str, question: str) -> list[re.Match]:
    return [m for m in re.finditer(NAME, text) if _new(m.group(), question) and m.group().split()[0].lower() not in STOPWORDS]


def role_filled(noun: str, sentence: str, question: str) -> bool:
    """Does a name the question does not give stand in the role of the noun: right after it ('judge Jane Doe'), right
    before it ('Baker Botts law firm'), in apposition either way, or joined to it by a copula or 'appointed/named'?"""
    n = re.escape(singular(noun)) + r"(?:e?s)?"
    gap = rf"(?:[\w'’-]+\s+){{0,{ROLE_GAP}}}?"
    pats = [
        rf"\b(?i:{n}),?\s+(?:{gap})?({NAME})",                       # auctioneer Jane Doe / the judge, Jane Doe
        rf"({NAME})\s+(?:{gap})?(?i:{n})\b",                          # Baker Botts law firm / Sotheby's auctioneer
        rf"({NAME}),\s+(?:the|a|an|its|his|her|their)?\s*{gap}(?i:{n})\b",  # Jane Doe, the auctioneer
        rf"({NAME})\s+(?:the|a|an)\s+{gap}(?i:{n})\b",  # Jane Doe a Kurdish official (texts scraped without commas)
        rf"({NAME})\s+(?:is|was|has been|had been|became|becomes|will be|serves as|served as|acts as|acted as|was appointed|was named|has been appointed|has been named)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+)?{gap}(?i:{n})\b",
        rf"\b(?i:{n})\s+(?:is|was|will be|has been)\s+({NAME})",      # the auctioneer was Jane Doe
        rf"(?:appointed|named|hired|chose|picked|nominated)\s+({NAME})\s+(?:as\s+)?(?:the\s+|its\s+|a\s+)?{gap}(?i:{n})\b",
    ]
    for p in pats:
        for m in re.finditer(p, sentence):
            name = m.group(1)
            if m.start(1) == 0 and len(name.split()) == 1:
                continue  # a sentence's first capitalised word alone is no name ('The', 'Judge')
            if _new(name, question) and name.split()[0].lower() not in STOPWORDS:
                return True
    return False


def type_match(asked: tuple[str, str], sentence: str, question: str) -> bool:
    """Does the sentence carry an answer of the asked type: a name in the asked role, or a figure of the asked kind?"""
    kind, noun = asked
    if kind == "person" and noun in GENERIC_ROLES:
        return any(role_filled(r, sentence, question) for r in (noun, *sorted(PERSON_ROLES - GENERIC_ROLES)) if re.search(rf"\b{r}", sentence, re.I))
    if kind in ("person", "org"):
        return role_filled(noun, sentence, question)
    return kind in measures15.stated_kinds(sentence)
