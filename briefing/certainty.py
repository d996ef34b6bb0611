"""Certainty rules: a reported, alleged or estimated statement never supports a certain one, and a planned, asked or
conditional one never supports a done one."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import core_sentence
from .polarity import REPLACED_HEAD, _unstated, in_head_place
from .claims import Claim, hedge_scopes, modalities, modality_scopes, negation_scopes
from .lemmas import tokens, vocabulary
from .lexical import terms
from .matching import Problem, same_word, word_stated, stated


HEDGE_OVERLAP = 2  # content words a hedged evidence clause must share with a claim to touch it


MODAL_OVERLAP = 2  # content words a planned/asked/conditional evidence clause must share with a claim to touch it


def check_hedge(claim: Claim, unit: str) -> list[Problem]:
    """A reported, alleged or uncertain statement never supports a certain one."""
    if claim.hedges:
        return []
    approximate = _APPROXIMATE.search(claim.text) is not None
    reported = reports_speech(claim)
    for cue, scope in hedge_scopes(unit):
        if approximate and cue.startswith("estimat"):
            continue
        if reported and _REPORTING_HEDGE.fullmatch(cue) and (not cue.startswith("claim") or claimed_by_speaker(claim, unit)):
            continue  # 'X said/reported that P' is no more certain than 'P reportedly', 'according to a report, P'
        if claim.negations and any(set(terms(cue)) & scope for _, scope in negation_scopes(unit)):
            continue  # 'no evidence to support the allegation': the negation governs the hedge  # 'put the number at about 5,000' keeps an estimate's uncertainty
        if len(scope & claim.content) >= HEDGE_OVERLAP:
            return [Problem("hedge", f"the evidence is '{cue}', the claim is certain")]
    return []


# Hedges that say only that someone reported or claimed the statement (not that it is doubtful, suspected or possible)
_REPORTING_HEDGE = re.compile(r"reportedly|purportedly|supposedly|claimed that|claims that|claim that|(?:is|are|was|were|being)\s+(?:widely\s+)?(?:said|reported)|"
                              r"said to|reported to|according to (?:a|one) (?:report|reports|rumou?r)|according to (?:some|unconfirmed|unverified) \w+")
# Verbs that put a claim in a speaker's mouth without vouching for it (not 'confirmed', 'proved', 'announced')
_NEUTRAL_REPORTING = frozenset("said says say told tells reported reports noted notes added adds wrote writes claimed claims stated states".split()) | {"according to"}


def reports_speech(claim: Claim) -> bool:
    """The claim puts its statement in a speaker's mouth with a neutral verb ('..., the monitor said', 'according to
    X'): it reports the statement, so it is no more certain than evidence that says it was reported."""
    return any(a.verb in _NEUTRAL_REPORTING for a in claim.attributions)


CLAIMANT_WINDOW = 80  # characters before 'claimed that' where its claimant is named (about a dozen words of one clause)


def claimed_by_speaker(claim: Claim, unit: str) -> bool:
    """The evidence's 'claimed that' has the claim's speaker as its claimant ('Ruritanian opposition forces claimed that ...'
    for 'Opposition forces said ...'), not another party ('state media claimed that' for 'the monitor said')."""
    for m in re.finditer(r"\bclaim(?:ed|s)?\s+that\b", unit, re.I):
        before = re.split(r"[;:.!?]\s", unit[max(0, m.start() - CLAIMANT_WINDOW) : m.start()])[-1]
        for a in claim.attributions:
            words = terms(a.speaker)  # the claimant's words, once (the check used to compute them twice)
            if words and all(stated(w, before) for w in words):
                return True
    return False


def hedge_unit(claim: Claim, sentences: Sequence[str]) -> str:
    """The part of a two-sentence unit whose certainty the claim takes: the sentence stating its core, and the other one
    only when it states a claim name or HEDGE_OVERLAP claim words the core does not ('... investigates each credible allegation. Last
    month it acknowledged 700 deaths' does not hedge the acknowledgement)."""
    if len(sentences) < 2:
        return " ".join(sentences)
    core = core_sentence(claim, sentences)
    vocab = vocabulary(core)
    own = [w for w in dict.fromkeys(tokens(claim.text)) if not word_stated(w, vocab)]
    # the other sentence counts when it states claim words the core lacks, or a name the core lacks ('Elbonian' taken
    # from the sentence about rumours is taken with its rumour)
    lacking = [n for n in claim.actors if not stated(n, core)]
    keep = [s for s in sentences if s is core or sum(word_stated(w, vocabulary(s)) for w in own) >= HEDGE_OVERLAP or any(stated(n, s) for n in lacking)
            or any(word_stated(w, vocabulary(after)) for after in _hedged_spans(s) for w in own)]
    return " ".join(keep)


def _hedged_spans(sentence: str) -> list[str]:
    """The words right after each hedge cue, up to the clause's end ('believed to be chlorine gas'): what the hedge doubts."""
    from .claims import _HEDGE

    return [re.split(r"[,;:.!?]|\b(?:but|while|which|who|when|after|before|because)\b", sentence[m.end():])[0] for m in _HEDGE.finditer(sentence)]


_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|up to|an estimated|estimated)\s+\d", re.I)


# A claim that states a fear or a condition asserts less than the evidence's fact ('warned that the toll would rise'
# for 'said the toll would rise'; 'did not know whether A or B struck' for 'did not know who struck'): no addition.
# Over the 15 labelled sets this check rejected 4 supported claims (3 alone) and 2 negatives that other families reject too.
WEAKER_MODALITIES = frozenset({"fear", "condition"})

# Intent and attempt both say the deed is not (yet) done: 'sought to connect' is stated by 'in a bid to connect'
_KIN = {"future": ("attempt",), "attempt": ("future",)}


def check_modality(claim: Claim, unit: str) -> list[Problem]:
    """What is planned, attempted, asked, conditional or feared is not what happened, and the reverse.

    An evidence cue touches the claim when the claim states its head (the planned or asked verb) and its
    clause shares MODAL_OVERLAP content words with it;
    the claim must then use the same family (or hedge). A family the claim uses must be in the evidence.
    """
    mine = modalities(claim.text)
    out = []
    have = modalities(unit)
    have |= {k for f in have for k in _KIN.get(f, ())}
    for fam in sorted(mine - have - WEAKER_MODALITIES):
        out.append(Problem("modality", f"the claim is '{fam}', the evidence is not"))
    if out:
        return out
    for fam, scope, heads in modality_scopes(unit):
        if fam in mine or any(k in mine for k in _KIN.get(fam, ())) or (fam == "condition" and claim.hedges):
            continue
        head_stated = any(same_word(h, w) for h in heads for w in claim.content)
        # the claim's own verb in the planned verb's place ('has joined the army in fighting' for 'is willing to
        # participate alongside the army that is fighting'): the rest of the planned deed is the claim's
        unstated = _unstated(claim, unit)
        # (a weaker reading than a stated head: only for a claim that states its deed as certain)
        replaced = not claim.hedges and not head_stated and heads and len(scope & claim.content) >= MODAL_OVERLAP + 1 and 1 <= len(unstated) <= REPLACED_HEAD and in_head_place(claim, unstated, scope)
        if (head_stated and len(scope & claim.content) >= MODAL_OVERLAP) or replaced:
            out.append(Problem("modality", f"the evidence is '{fam}' ({' '.join(sorted(scope & claim.content)[:4])}), the claim states it as fact"))
            break
    return out


# Words that raise a statement to certainty: a claim using one says more than evidence that does not
_BOOSTER = re.compile(r"\b(?:certainly|definitely|undoubtedly|surely|unquestionably|conclusively|beyond (?:any )?doubt|without (?:any )?doubt|proven|proved)\b", re.I)


def check_booster(claim: Claim, unit: str) -> list[Problem]:
    """A claim made certain ('would certainly defeat', 'were proven to have funded') where the evidence uses no such
    word: the certainty is the claim's own addition."""
    theirs = {m.group(0).lower() for m in _BOOSTER.finditer(unit)}
    for m in _BOOSTER.finditer(claim.text):
        if m.group(0).lower() not in theirs:
            return [Problem("hedge", f"the claim says '{m.group(0)}', the evidence is not so certain")]
    return []
