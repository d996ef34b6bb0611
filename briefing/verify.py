"""The claim verifier: does this evidence state what this sentence asserts?

`judge(claim, evidence)` decomposes the claim (claims.py) and checks each part
against the evidence unit (one evidence sentence, or two adjacent ones) that
covers it best:

- names, numbers, dates and places it states must be stated there (cheap
  pre-filters: a miss ends the check);
- each number must count the same thing ('12 soldiers' is not '12 people killed');
- polarity must agree: a negated or denied statement never supports the positive,
  and a negated claim is not supported by the positive;
- who-does-what-to-whom must agree in direction and target (relations.py);
- a hedged statement ('reportedly', 'is believed') never supports a certain one;
- a claim 'X said' needs X as the speaker in the evidence;
- every clause of the claim must be stated: no content beyond the evidence.

Verdicts: supported (every part stated), partial (the core is stated but a part
is not: an added detail, a lost hedge, a different count), unsupported (not
stated), contradicted (the evidence states the opposite: negation, swapped roles).
Only 'supported' passes the citation check (cite.py); generated sentences judged
'partial' are dropped like unsupported ones.

An optional judge with the same contract decides after the same pre-filters: the
configured chat model (settings.cite.judge = "llm", prompts/judge_*.md; when it
fails or answers off-contract the rules decide) or a local NLI cross-encoder
(settings.cite.judge = "nli", nli.py). `Verdict.judge` names which decided. With settings.cite.decision = "model"
the verdict model (verdict_model.py) may then reject a claim the rules accept ("rules+model").

A two-sentence unit whose every statement one of its sentences states whole (split_support: 'X, who did A, did B'
with A in one sentence and B in the next) is read by the verdict model as one-sentence units, not as a stitched pair.

The rules live by family: matching.py (stated names, numbers, words; coverage; slots), counts.py, polarity.py,
certainty.py, attribution.py, location.py, roles.py. This module holds the contract: choosing the evidence unit,
combining the rules' problems into a verdict, and the optional judges.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .align import check_aligned_values
from .attribution import check_speaker, claim_names, claim_speakers, core_sentence, resolve_pronouns
from .certainty import check_booster, check_hedge, check_modality, hedge_unit
from .claims import Claim, decompose, strip_meta
from .lexical import numbers, terms
from .counts import (
    check_comparison,
    check_count_events,
    check_durations,
    check_count_nouns,
    check_count_places,
    check_numbers,
    check_quantifier,
    counted_noun,
    place_reference,
)
from .kinds import check_kinds
from .location import check_binding, check_compass, check_places, check_within
from .matching import (
    Embed,
    Problem,
    check_content,
    check_counted,
    check_dates,
    check_initials,
    check_names,
    check_slots,
    coverage,
    expands,
    normalise,
    slot_pairs,
    stated,
    states_number,
)
from .polarity import check_elliptic_negation, check_opposites, check_polarity, negated_heads
from .roles import (
    action_word,
    check_cause,
    check_crossed,
    check_descriptors,
    check_pairs,
    check_relations,
    check_roles,
    check_substitution,
    check_swapped_roles,
    check_swapped_slots,
    descriptors,
    matched_relations,
    name_pairs,
)
from .types import Verdict

if TYPE_CHECKING:
    from .relations import Relation
    from .settings import Settings
    from .verdict_model import VerdictModel

# the rules by name, for callers and tests that import them from here
__all__ = [
    "Embed", "Problem", "judge", "rules", "stated", "states_number", "expands", "coverage", "place_reference", "counted_noun",
    "check_names", "check_numbers", "check_dates", "check_count_events", "check_count_nouns", "check_counted", "check_count_places",
    "check_places", "check_within", "check_compass", "check_descriptors", "check_opposites", "check_slots", "slot_pairs", "check_kinds", "check_pairs",
    "name_pairs", "check_binding", "check_substitution", "check_polarity", "check_elliptic_negation", "negated_heads",
    "check_relations", "check_roles", "check_swapped_roles", "check_swapped_slots", "check_crossed", "check_speaker", "core_sentence", "claim_speakers", "check_hedge", "check_booster", "hedge_unit",
    "check_aligned_values", "check_quantifier", "check_comparison", "check_modality", "check_cause", "check_content", "descriptors",
]

PARTIAL_COVER = 0.50  # below this share of stated content a failing claim is unsupported, not partial


def _units(evidence: Sequence[str]) -> list[tuple[list[int], str]]:
    """Single evidence sentences and adjacent pairs (a claim may stitch two sentences of one passage)."""
    units = [([i], s) for i, s in enumerate(evidence)]
    units += [([i, i + 1], evidence[i] + " " + evidence[i + 1]) for i in range(len(evidence) - 1)]
    return units


def _best_unit(claim: Claim, evidence: Sequence[str], similarities: Sequence[float] | None) -> tuple[list[int], str]:
    scored = []
    for idx, text in _units(evidence):
        cov, _ = coverage(claim.text, text)
        sim = max((similarities[i] for i in idx), default=0.0) if similarities is not None else 0.0
        # a pair must add coverage to beat its better half
        scored.append((round(cov, 3), -len(idx), sim, idx, text))
    scored.sort(key=lambda x: (x[0], x[1], x[2]), reverse=True)
    return scored[0][3], scored[0][4]


def _governed(prefix: str) -> bool:
    """The words before a verbatim match put it under a hedge, a negation or a modality ('According to a report, ...',
    'It is not true that ...', 'They plan to ...'): the match is not stated as fact."""
    from .claims import hedges, modalities, negations

    return bool(hedges(prefix) or negations(prefix) or modalities(prefix))


def _verbatim(claim: str, evidence: Sequence[str]) -> list[int] | None:
    c = normalise(claim)
    if len(c) < 12:
        return None
    for i, s in enumerate(evidence):
        n = normalise(s)
        if c in n:
            if _governed(n[: n.index(c)]):
                return None
            return [i]
    for i in range(len(evidence) - 1):
        if c in normalise(evidence[i] + " " + evidence[i + 1]):
            return [i, i + 1]
    return None


NEAR = 1  # evidence sentences either side of the unit where a name, number or date may also stand


def _titles(context: str | None) -> str:
    """The title lines of a cited context (its first line), where the subject of a passage is often named."""
    if not context:
        return ""
    return context.split("\n", 1)[0][:300]


SUMMARY_CLAUSES = 3  # a claim summing up at most this many statements of one article, each checked on its own
_AUXILIARY = frozenset("is are was were has have had will would can could".split())


def _verb_at(word: str) -> bool:
    w = word.lower()
    return w in _AUXILIARY or action_word(w)


def summary_parts(claim: Claim) -> list[str]:
    """The statements a claim sums up, one per clause, each with a subject: a clause that starts with its verb ('... and
    are now combing the city') takes the words before the first clause's verb ('Kurdish forces')."""
    parts = claim.clauses
    if not 2 <= len(parts) <= SUMMARY_CLAUSES:
        return []
    words = parts[0].split()
    at = next((i for i, w in enumerate(words) if i and _verb_at(w)), None)
    subject = " ".join(words[:at]) if at else ""
    out = []
    for i, part in enumerate(parts):
        first = part.split()[0] if part.split() else ""
        out.append(f"{subject} {part}" if i and subject and first[:1].islower() and _verb_at(first) else part)
    return out


def summary(claim: Claim, evidence: Sequence[str], context: str | None, embed: Embed | None) -> list[int] | None:
    """The evidence sentences of a claim that sums up two or three statements of one article ('X captured A on Friday,
    and Y confirmed it'), when each statement is supported on its own by some sentence of it; None otherwise."""
    idx: list[int] = []
    for part in summary_parts(claim):
        verdict, used, _ = rules(part, evidence, context, None, embed, whole=False)
        if verdict != "supported":
            return None
        idx += used
    return sorted(set(idx)) or None


_RELATIVE = re.compile(r",\s+(?:who|which)\s+([^,]+),\s+")  # a non-restrictive relative clause between commas
# a subordinate clause of time, cause or result after the main one ('X died when Y attacked', 'X rose because Y') or
# before it ('After Y shelled Z, X ...')
_SUBORDINATE = re.compile(r",?\s+(?:because|when|after|before|until|since|as|so that|so)\s+(?=\w)")
_LEADING = re.compile(r"^(?:After|Before|When|As|Since|Because|Until)\s+([^,]+),\s+(.+)$")


def split_parts(claim_text: str) -> list[str]:
    """The statements of a claim one sentence each could state: its clauses (summary_parts); a relative clause between
    commas made a statement about the subject ('X, who did A, did B' -> 'X did A', 'X did B'); a subordinate clause of
    time, cause or result its own statement ('X died when Y attacked' -> 'X died', 'Y attacked'). The whole claim's
    relation between them (order, cause) is the whole unit's to check, not the parts'."""
    text = strip_meta(claim_text).rstrip(" .")
    extra = []
    m = _RELATIVE.search(text)
    if m is not None:
        subject = text[: m.start()]
        extra.append(f"{subject} {m.group(1)}")
        text = f"{subject} {text[m.end():]}"
    lead = _LEADING.match(text)
    if lead is not None:
        extra.append(lead.group(1))
        text = lead.group(2)
    pieces = _SUBORDINATE.split(text, maxsplit=1)
    if len(pieces) == 2 and len(terms(pieces[1])) >= 2 and len(terms(pieces[0])) >= 2:
        extra.append(pieces[1])
        text = pieces[0]
    parts = summary_parts(decompose(text)) or [text]
    return [p for p in parts + extra if p.strip()]


def split_support(claim_text: str, sentences: Sequence[str], context: str | None, embed: Embed | None) -> bool:
    """A claim two adjacent sentences state between them, each of its statements stated whole by one of the two (every
    rule family reading that one sentence alone), and each sentence stating at least one of them."""
    parts = split_parts(claim_text)
    if len(sentences) != 2 or len(parts) < 2:
        return False
    used: set[int] = set()
    for part in parts:
        by = {i for i, sentence in enumerate(sentences) if rules(part, [sentence], context, None, embed, whole=False)[0] == "supported"}
        if not by:
            return False
        used |= by
    return used == {0, 1}  # with two parts or more, some part can be given to each sentence


@dataclass
class Assessment:
    """The rules' judgement of one claim with what they saw: the verdict today's rules give, the evidence used, the
    problems found, and the signals the verdict model (verdict_model.py) reads. `problems` is empty when the verdict
    is supported (verbatim or summed up); a summed-up claim keeps the whole claim's problems in signals['found']."""

    verdict: str
    evidence: list[int]
    problems: list[Problem]
    signals: dict[str, object] = field(default_factory=dict)


def rules(claim_text: str, evidence: Sequence[str], context: str | None = None, similarities: Sequence[float] | None = None, embed: Embed | None = None, whole: bool = True) -> tuple[str, list[int], list[Problem]]:
    """The rule-based judgement: (verdict, indices of the evidence used, problems found).

    `whole`: the claim is a whole sentence, which may sum up statements of several evidence sentences (summary)."""
    a = assess(claim_text, evidence, context, similarities, embed, whole)
    return a.verdict, a.evidence, a.problems


def _top(similarities: Sequence[float] | None) -> tuple[float, float]:
    vals = sorted((float(x) for x in similarities or []), reverse=True)
    return (vals[0] if vals else 0.0), (vals[1] if len(vals) > 1 else 0.0)


@dataclass
class _Scope:
    """What `assess`'s rule families read for one claim: the claim, its evidence unit, the sentences around it (ctx),
    the unit's sentences, the article titles, the embedder and the relations matched. The content family records its
    problems and coverage here (the verdict and the signals use both)."""

    claim: Claim
    unit: str
    ctx: str
    sentences: list[str]
    titles: str
    embed: Embed | None
    matched: list[Relation]
    content: list[Problem] = field(default_factory=list)
    cov: float = 0.0
    document: str = ""  # the cited articles' text (titles and chunks), where a surname's full name may stand

    def check_content(self) -> list[Problem]:
        self.content, self.cov = check_content(self.claim, self.unit, self.embed, self.matched)
        return self.content


# every rule family of `assess` by name, in the order they run: the one list of them (FAMILIES is its keys; the
# verdict model, verdict_model.py, reads which fired)
FAMILY_CHECKS: dict[str, Callable[[_Scope], list[Problem]]] = {
    "names": lambda s: check_names(s.claim, s.unit, s.ctx, s.document) or check_initials(s.claim, s.unit),
    # a number, and a span of time said without one ('for a week')
    "numbers": lambda s: check_numbers(s.claim, s.unit, s.ctx) or check_durations(s.claim, s.unit, s.ctx),
    "dates": lambda s: check_dates(s.claim, s.unit, s.titles),
    "count_events": lambda s: check_count_events(s.claim, s.unit),
    "count_nouns": lambda s: check_count_nouns(s.claim, s.unit) or check_counted(s.claim, s.sentences),
    "count_places": lambda s: check_count_places(s.claim, s.unit),
    "places": lambda s: check_places(s.claim, s.unit),
    "within": lambda s: check_within(s.claim, s.unit),
    "compass": lambda s: check_compass(s.claim, s.unit, s.ctx),
    "descriptors": lambda s: check_descriptors(s.claim, s.unit),
    "opposites": lambda s: check_opposites(s.claim, s.sentences),
    # a claim word in an evidence word's place: another meaning by the embedder, or another kind of thing by WordNet
    "slots": lambda s: check_slots(s.claim, s.sentences, s.embed) or check_kinds(s.claim, s.sentences),
    "pairs": lambda s: check_pairs(s.claim, s.sentences),
    "binding": lambda s: check_binding(s.claim, s.sentences),
    "substitution": lambda s: check_substitution(s.claim, s.sentences),
    "polarity": lambda s: check_polarity(s.claim, s.unit),
    "relations": lambda s: check_relations(s.claim, s.unit),
    "roles": lambda s: check_roles(s.claim, s.unit),
    # who acts on whom, where from and where to, which party has which detail: one family (roles reversed)
    "swapped_roles": lambda s: check_swapped_roles(s.claim, s.sentences) or check_swapped_slots(s.claim, s.sentences) or check_crossed(s.claim, s.sentences),
    "speaker": lambda s: check_speaker(s.claim, s.unit, s.ctx, core_sentence(s.claim, s.sentences)),
    "hedge": lambda s: check_hedge(s.claim, hedge_unit(s.claim, s.sentences)),
    "booster": lambda s: check_booster(s.claim, s.unit),
    "aligned_values": lambda s: check_aligned_values(s.claim, s.sentences, s.titles),
    "quantifier": lambda s: check_quantifier(s.claim, s.unit),
    "comparison": lambda s: check_comparison(s.claim, s.unit),
    "modality": lambda s: check_modality(s.claim, s.unit),
    "cause": lambda s: check_cause(s.claim, s.unit),
    "content": _Scope.check_content,
}
FAMILIES = tuple(FAMILY_CHECKS)


def assess(claim_text: str, evidence: Sequence[str], context: str | None = None, similarities: Sequence[float] | None = None, embed: Embed | None = None, whole: bool = True) -> Assessment:
    """The rules' judgement (see `rules`) with the problems each rule family found and the cheap signals around them."""
    from .claims import hedges, negations

    if not evidence:
        return Assessment("unsupported", [], [Problem("content", "no evidence")], {"empty": True})
    top1, top2 = _top(similarities)
    verbatim = _verbatim(claim_text, evidence)
    if verbatim is not None:
        return Assessment("supported", verbatim, [], {"verbatim": True, "top_cos": top1, "second_cos": top2})
    claim = decompose(strip_meta(claim_text))
    idx, _ = _best_unit(claim, evidence, similarities)
    # the unit is chosen as written; its rules read 'He broke down in tears' after 'Jamie Foxx paid tribute ...' as
    # 'Foxx broke down in tears' (the quotes shown stay as written)
    evidence = resolve_pronouns(evidence, claim_names(claim))
    unit = " ".join(evidence[i] for i in idx)
    # names, numbers and dates must stand in the unit or the sentences around it (a pronoun's
    # antecedent), not anywhere in the document: a date or place from another paragraph is an addition
    near = [evidence[i] for i in range(max(0, idx[0] - NEAR), min(len(evidence), idx[-1] + NEAR + 1))]
    ctx = " ".join(near) + " " + _titles(context)
    sentences = [evidence[i] for i in idx]
    titles = _titles(context)
    matched = matched_relations(claim, unit)
    scope = _Scope(claim, unit, ctx, sentences, titles, embed, matched, document=context or "")
    fired: dict[str, list[Problem]] = {}
    problems: list[Problem] = []
    for family, check in FAMILY_CHECKS.items():
        found = check(scope)
        if found:
            fired[family] = found
        problems += found
    content, cov = scope.content, scope.cov
    near_text = " ".join(near)
    near_cov, _ = coverage(strip_meta(claim_text), near_text)
    names = sorted(claim.actors)
    nums = sorted(numbers(claim_text))
    signals: dict[str, object] = {
        "families": {f: [len(ps), any(p.contradicts for p in ps)] for f, ps in fired.items()},
        "cov": cov,
        "near_cov": near_cov,
        "clauses": len(claim.clauses),
        "content_problems": len(content),
        "unit_cos": max((float(similarities[i]) for i in idx), default=0.0) if similarities is not None else 0.0,
        "top_cos": top1,
        "second_cos": top2,
        "pair_unit": len(idx) == 2,
        "names_unstated": sum(not stated(n, unit) for n in names) / len(names) if names else 0.0,
        "numbers_unstated": sum(not states_number(n, near_text) for n in nums) / len(nums) if nums else 0.0,
        "words": len(claim_text.split()),
        "claim_negations": len(negations(claim_text)),
        "unit_negations": len(negations(unit)),
        "claim_hedges": len(hedges(claim_text)),
        "unit_hedges": len(hedges(unit)),
        "relations": len(claim.relations),
        "matched_relations": len(matched),
    }
    if any(p.contradicts for p in problems):
        return Assessment("contradicted", idx, problems, signals)
    if problems and whole:
        summed = summary(claim, evidence, context, embed)
        if summed is not None:
            signals["summary"] = True
            return Assessment("supported", summed, [], {**signals, "found": [(p.kind, p.reason) for p in problems]})
    if not problems and whole and len(idx) == 2 and split_support(claim_text, sentences, context, embed):
        signals["pair_unit"] = False  # two statements, each of one sentence: read as two one-sentence units
        signals["split"] = True
    if problems:
        core = cov >= PARTIAL_COVER and len(content) < len(claim.clauses) and not any(p.kind in ("relation", "name", "value", "date", "place", "binding", "speaker", "cause", "modality", "quantifier", "comparison", "substitution") for p in problems)
        return Assessment("partial" if core else "unsupported", idx, problems, signals)
    return Assessment("supported", idx, problems, signals)


_LLM_VERDICT = re.compile(r"\{.*\}", re.S)


def llm_judge(settings: Settings, evidence: str, claim: str) -> tuple[str, str] | None:
    """The configured chat model's verdict on a claim and its quote (prompts/judge_*.md), or None when it gives none.

    A model that fails or answers off-contract leaves the decision to the rules.
    """
    import json

    from . import llm, prompts
    from .errors import LLMError

    folder = settings.generate.prompts_dir
    messages = [("system", prompts.render("judge_system", folder)), ("user", prompts.render("judge_user", folder, claim=claim, evidence=evidence))]
    try:
        reply = llm.complete(settings, messages)
    except LLMError:
        return None
    m = _LLM_VERDICT.search(reply)
    if not m:
        return None
    try:
        data = json.loads(m.group(0))
    except json.JSONDecodeError:
        return None
    verdict = str(data.get("verdict", "")).strip().lower() if isinstance(data, dict) else ""
    if verdict not in ("supported", "partial", "unsupported", "contradicted"):
        return None
    return verdict, str(data.get("reason", "")).strip() or f"the model judged it {verdict}"


def decide(a: Assessment, settings: Settings, model: VerdictModel | None = None) -> tuple[str, list[Problem], str]:
    """The verdict model's say on what the rules found: (verdict, problems, judge name).

    The model is a gate: it may reject a claim the rules accept (P(supported) under its threshold). When its weights
    file has a rescue model it may also accept a claim the rules reject without finding a contradiction, when that
    model is confident (P(supported) at or above the rescue threshold) -- both measured leave-one-set-out
    (benchmarks/verify_fit.py gate, rescue). A verbatim quote is supported without the model, and a pre-filter stop
    (a name or number the evidence never states) is never weighed."""
    from .verdict_model import WEIGHTS, load

    if "families" not in a.signals:  # a verbatim quote, no evidence, or a pre-filter stop
        return a.verdict, a.problems, "rules"
    m = model or load(settings.cite.verdict_model_path or WEIGHTS)
    if a.verdict != "supported":
        if m.rescue is not None and a.verdict in ("partial", "unsupported"):
            ok, p = m.rescue.supported(a.signals)
            a.signals["p_rescue"] = p
            if ok:
                return "supported", [], "rules+model"
        return a.verdict, a.problems, "rules"
    ok, p = m.supported(a.signals)
    a.signals["p_supported"] = p
    if ok:
        return "supported", [], "rules+model"
    problems = [Problem(k, r) for k, r in a.signals.get("found", [])]  # type: ignore[union-attr]
    problems.append(Problem("model", f"the verdict model weighs the claim against its evidence as not supported (P(supported) {p:.2f})"))
    cov = a.signals.get("cov", 0.0)
    return ("partial" if isinstance(cov, float) and cov >= PARTIAL_COVER else "unsupported"), problems, "rules+model"


def judge(
    claim: str,
    evidence: Sequence[str],
    context: str | None = None,
    *,
    similarities: Sequence[float] | None = None,
    embed: Embed | None = None,
    settings: Settings | None = None,
) -> Verdict:
    """Does the evidence support the claim? The one check every cited sentence passes.

    Args:
        claim: one sentence.
        evidence: the evidence sentences (in document order, so adjacent ones can be read together).
        context: wider text of the cited passages (titles, chunk text) where names and dates may also stand.
        similarities: cosine of the claim with each evidence sentence, when the caller has it (tie-breaks the unit).
        embed: a function embedding texts to unit vectors; lets paraphrases pass on meaning, clause by clause.
        settings: chooses the judge (settings.cite.judge: rules | llm | nli).

    Returns:
        A Verdict: supported | partial | unsupported | contradicted, the evidence sentences used
        (quotes with doc_id left empty: the caller knows the documents), reasons, and the judge that decided.
    """
    a = assess(claim, evidence, context, similarities, embed)
    verdict, idx, problems = a.verdict, a.evidence, a.problems
    name = "rules"
    which = settings.cite.judge if settings is not None else "rules"
    # the stronger judges decide only what the cheap pre-filters (names, numbers, dates) let through
    prefiltered = any(p.kind in ("name", "value", "number", "date") for p in problems)
    if which == "llm" and settings is not None and evidence and not prefiltered and _verbatim(claim, evidence) is None:
        unit = " ".join(evidence[i] for i in idx)
        decided = llm_judge(settings, unit, claim)
        if decided is not None:
            verdict, reason = decided
            name = "llm"
            problems = [Problem("model", reason)] if verdict != "supported" else []
    elif which == "nli" and settings is not None and evidence and not prefiltered and _verbatim(claim, evidence) is None:
        from .nli import nli_judge

        verdict, reason = nli_judge(settings, " ".join(evidence[i] for i in idx), claim)
        name = "nli"
        problems = [Problem("model", reason)] if verdict != "supported" else []
    if name == "rules" and settings is not None and settings.cite.decision == "model":
        verdict, problems, name = decide(a, settings)
    return Verdict(
        claim=claim,
        verdict=verdict,  # type: ignore[arg-type]
        quotes=[{"doc_id": "", "quote": evidence[i]} for i in idx] if verdict != "unsupported" or idx else [],  # type: ignore[misc]
        reasons=[p.reason for p in problems],
        judge=name,
        evidence=idx,
        signals=a.signals,
    )
