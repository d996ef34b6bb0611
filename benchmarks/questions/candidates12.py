"""Session 12 (issue 9): a question's presupposition checked as a claim against the passage that answers it. Measured leave
one set out over 15 question sets (fit_answerability12.py presup) and NOT shipped: no variant refuses more unanswerable
than answerable questions (docs/benchmarks.md, Session 12: refusals). Kept here, outside the package, so the
measurement can be repeated.

'How many people did the militia kill in Tilia on 3 May?' presupposes 'the militia kill people in Tilia on 3 May'.
An analyst reading the answer's passage refuses when that statement is contradicted (another actor, place, date or
role) or when one of its constraints (a name, a date, a number) stands nowhere in the passage and its article. The
claim verifier (verify.assess) already reads statements this way; this module turns the question into the statement
(presupposition), and asks the verifier (presupposition_failure). Nothing here knows a story: it reads question syntax
(English wh-words and auxiliaries) and the verifier's own problem kinds.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from briefing.matching import Embed, Problem, split_sentences  # noqa: E402

# The opening that asks (the slot), removed with the auxiliary that follows it; what is left is the statement.
# Ordered: the longest opening first ('on what date' before 'what').
_ASKED = re.compile(
    r"^\s*(?:"
    r"(?:on|in|at|by|during|from|since|until)\s+(?:what|which)\s+(?:exact\s+)?(?:date|day|year|month|time(?:\s+of\s+day)?|week)\b"
    r"|(?:what|which)\s+(?:exact\s+)?(?:date|day|year|month|time(?:\s+of\s+day)?)\b"
    r"|since\s+when|when|where|why|how\s+come|how(?=\s+(?:did|does|do|was|were|is|are|has|have|had)\b)"
    r"|how\s+(?:many|much)(?:\s+of\s+the)?"
    r"|how\s+(?:far|long|big|large|high|wide|heavy|old)"
    r"|(?:who|whom|whose)"
    r"|(?:tell\s+me\s+|give\s+)?(?:the\s+)?names?\s+(?:of\s+)?"
    r"|(?:what|which)\s+(?:kind|type|sort)\s+of"
    r"|(?:what|which)(?:\s+(?:one|ones)\s+of)?"
    r"|(?:in|at|to|from|by|for|with|of|on)\s+(?:what|which|whom)"
    r")",
    re.I,
)
SAY_VERBS = frozenset("say says said claim claims claimed report reports reported estimate estimates estimated announce announced".split())
PREPOSITIONS = frozenset("in on at near during after before since by from to into across outside inside around over under against with for".split())
ASKED_NOUN_WORDS = 4  # 'which rebel brigade', 'what kind of toxic gas': the asked noun phrase is at most this many words long
_AUXILIARY = re.compile(r"^\s*(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b\s*", re.I)
# 'According to X, ...' and ', according to X': the outlet is metadata, checked by the outlet checks (answerability).
_ATTRIBUTION = re.compile(r"^\s*(?:according to|as reported by|per)\s+[^,]+,\s*|,?\s*(?:according to|as reported by)\s+[^,?]+(?=[,?]|$)", re.I)


def _verb_form(word: str) -> bool:
    """A past or present verb form ('fired', 'took', 'hit', 'claims'), as answerability.is_verb_form reads one."""
    from briefing.answerability import is_verb_form

    return is_verb_form(word) or word in IRREGULAR_PAST


IRREGULAR_PAST = frozenset("hit took led fled shot won lost sent left gave made told said met struck fought held brought ran".split())  # past forms the lemma table may read as nouns or leave unchanged


def presupposition(question: str) -> str | None:
    """The statement a question takes for granted, without its asked slot: 'How many people did X kill in Y?' ->
    'X kill people in Y'; 'Who replaced A as commander?' -> 'replaced A as commander'. None when nothing is left
    (a question of three words or fewer) or the question is a yes/no question (it presupposes nothing; it asks)."""
    text = _ATTRIBUTION.sub(" ", question.strip().rstrip("?.! ")).strip()
    m = _ASKED.match(text)
    if not m or not m.group().strip():
        return None
    rest = text[m.end():].strip(" ,")
    asked = m.group().strip().lower()
    counted = ""
    if asked.startswith("how many") or asked.startswith("how much"):
        # the counted noun phrase stays in the statement: 'how many civilians did X kill' -> 'X kill civilians'
        words = rest.split()
        aux = next((i for i, w in enumerate(words) if _AUXILIARY.match(w)), None)
        if aux is not None and aux > 0 and words[aux].lower() not in ("did", "does", "do"):
            # 'how many pilots were captured' -> 'pilots were captured': the counted noun is the subject
            return " ".join(words) if len(words) > 2 else None
        if aux is not None and aux > 0:
            counted, rest = " ".join(words[:aux]), " ".join(words[aux:])
        else:
            return rest if len(rest.split()) > 2 else None
    elif re.match(r"^(?:(?:in|at|to|from|by|for|with|of|on)\s+)?(?:what|which)$", asked) and rest and not _AUXILIARY.match(rest):
        # the asked noun phrase is the slot: 'Which Russian general did X replace' -> 'X replace'; 'Which rebel group
        # fired the rocket' -> 'fired the rocket' (up to the first verb form, within ASKED_NOUN_WORDS words)
        words = rest.split()
        aux = next((i for i, w in enumerate(words[: ASKED_NOUN_WORDS + 1]) if _AUXILIARY.match(w) and w.lower() == _AUXILIARY.match(w).group().strip().lower()), None)
        verb = next((i for i, w in enumerate(words[: ASKED_NOUN_WORDS + 1]) if i > 0 and w[:1].islower() and _verb_form(w.lower())), None)
        cut = aux if aux is not None else (verb if verb is not None else 1)
        # a phrase that places the asked thing stays a constraint: 'which hospital in Korvath took in ...' -> '... in Korvath'
        prep = next((j for j in range(1, cut) if words[j].lower() in PREPOSITIONS or words[j].lower() == "of"), cut)
        rest = " ".join(words[cut:] + words[prep:cut])
    rest = _AUXILIARY.sub("", rest, count=1).strip()
    if counted:
        words = rest.split()
        # the counted noun stands after a verb of saying ('the UN say' + 'children' + 'died'), else before the first
        # preposition of the verb phrase ('X kill' + 'civilians' + 'in Y'), else at the end
        say = next((i for i, w in enumerate(words) if w.lower() in SAY_VERBS), None)
        prep = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
        at = say + 1 if say is not None else prep
        rest = " ".join(words[:at] + counted.split() + words[at:])
    if len(rest.split()) <= 2:
        return None
    return rest[:1].upper() + rest[1:]


# The verifier's problem kinds that say the passage does not carry a constraint of the question (matching.py,
# counts.py): a name, a date or a figure of the statement stated nowhere near the answer.
CONSTRAINT_KINDS = frozenset({"name", "date", "number", "value"})


def presupposition_problems(question: str, evidence: Sequence[str], context: str = "", embed: Embed | None = None) -> tuple[str, list[Problem]] | None:
    """The statement a question takes for granted and the verifier's problems with it against the evidence: (the
    statement, the contradictions when the verifier finds it contradicted, else every problem found); None when the
    question presupposes nothing or there is no evidence."""
    from briefing.verify import assess

    claim = presupposition(question)
    if claim is None or not evidence:
        return None
    sentences = [s for e in evidence for s in split_sentences(e)]
    a = assess(claim, sentences, context, embed=embed, whole=False)
    return claim, [p for p in a.problems if p.contradicts] if a.verdict == "contradicted" else list(a.problems)


def failing(problems: list[Problem], kinds: frozenset[str] = CONSTRAINT_KINDS) -> list[Problem]:
    """The problems that refuse: a contradiction, or a constraint of `kinds` the evidence does not state."""
    return [p for p in problems if p.contradicts or p.kind in kinds]


def presupposition_failure(question: str, evidence: Sequence[str], context: str = "", embed: Embed | None = None, kinds: frozenset[str] = CONSTRAINT_KINDS) -> str | None:
    """Why the answering passage does not bear out what the question takes for granted: the verifier finds the
    statement contradicted, or one of its constraints (a problem of `kinds`) unstated; None when it holds or the
    question presupposes nothing."""
    found = presupposition_problems(question, evidence, context, embed)
    bad = failing(found[1], kinds) if found else []
    if not bad:
        return None
    return f"the passage does not bear out what the question takes for granted ('{found[0]}'): {bad[0].reason}"  # type: ignore[index]
