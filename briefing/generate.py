"""Answers: evidence -> cited, verified Answer, by the extractive generator or an OpenAI-compatible model.

The extractive reader lives in question.py (what is asked), candidates.py (which sentences may
answer, scored), answerability.py (whether to refuse, and why) and assembly.py (which sentences
answer); this module keeps the model path and the `answer()` dispatcher. Both generators end in the same place: drafts of (sentence, cited evidence)
go through cite.verify, which keeps only supported sentences, and citations
are renumbered by first appearance with quotes taken from the stored originals.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from . import anchors, assembly, llm, prompts, window
from .answerability import insufficient, model_answer_failure
from .candidates import Scored, answer_pattern, score_sentences, window_text  # noqa: F401  (re-exported: brief.py and older imports)
from .cite import Citer, EvidencePool, assemble, markers, strip_keys, verify
from .clean import split_sentences
from .dates import date_key
from .errors import LLMError
from .types import Answer, Evidence, SupportReport

if TYPE_CHECKING:
    from .settings import Settings

OnSentence = Callable[[str], None]
INSUFFICIENT = "INSUFFICIENT_EVIDENCE"


def _empty(question: str, backend: str, reason: str, notes: list[str] | None = None) -> Answer:
    return Answer(
        question=question, answer=f"The stored articles do not answer this question ({reason}).",
        insufficient_evidence=True, citations=[], backend=backend, notes=(notes or []) + [reason],
    )


def _finish(question: str, pool: EvidencePool, drafts: list[tuple[str, list[int], str]], settings: Settings, backend: str, report: SupportReport, notes: list[str], on_sentence: OnSentence | None = None) -> Answer:
    verified = verify(pool, drafts, settings.cite.similarity_floor, report)
    return _show(question, pool, verified, backend, report, notes, on_sentence)


def _show(question: str, pool: EvidencePool, verified: list[tuple[str, list[int], str]], backend: str, report: SupportReport, notes: list[str], on_sentence: OnSentence | None = None) -> Answer:
    """The Answer of verified (sentence, supporting pool sentences, section) drafts; none: the stored articles do not answer."""
    if not verified:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence", notes)
    citer = Citer(pool, copies=True)
    sentences = assemble(citer, verified)
    parts = [f"{s.text} {markers(s.citations)}" for s in sentences]
    if on_sentence:
        for p in parts:
            on_sentence(p)
    return Answer(
        question=question, answer=" ".join(parts), insufficient_evidence=False, citations=citer.citations,
        backend=backend, sentences=sentences, support=report, notes=notes,
    )


def extractive_answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, notes: list[str] | None = None, on_sentence: OnSentence | None = None) -> Answer:
    """Answer with verbatim evidence sentences chosen by the reader (question -> candidates -> answerability -> assembly)."""
    notes = list(notes or [])
    reading = assembly.read(question, evidence, pool, settings)
    if reading.refusal:
        return _empty(question, "extractive", reading.refusal, notes + reading.notes)
    return _finish(question, pool, reading.drafts, settings, "extractive", SupportReport(), notes + reading.notes, on_sentence)


def evidence_block(evidence: list[Evidence], keep: dict[int, list[str]] | None = None, budget: int | None = None, settings: Settings | None = None) -> str:
    """Evidence passages for a prompt, newest first, article text kept inert.

    With `keep` (evidence index -> sentences), a passage holds only those sentences: the
    model reads what bears on the question, not whole chunks. With a token `budget` (and
    the `settings` whose encoding counts it), passages are taken in the order given (the
    retrieval rank) while they fit; a passage that does not fit is left out.
    """
    blocks: dict[int, str] = {}
    used = 0
    for i, e in enumerate(evidence):
        if keep is not None and not keep.get(i):
            continue
        d = e.document
        attrs = f'key="{e.key}" published="{d.published or "unknown"}" source="{_attr(d.source)}" title="{_attr(d.title)}"'
        text = " … ".join(keep[i]) if keep is not None else e.chunk.text
        body = text.replace("<", "‹").replace(">", "›")
        block = f"<passage {attrs}>\n{body}\n</passage>"
        if budget is not None:
            assert settings is not None, "a token budget needs the settings that name the encoding"
            size = window.count(settings, block + "\n\n")
            if used + size > budget:
                continue
            used += size
        blocks[i] = block
    order = sorted(blocks, key=lambda i: -date_key(evidence[i].document.published))
    return "\n\n".join(blocks[i] for i in order)


def focused_evidence(pool: EvidencePool, ranked: list[Scored], n: int = 6) -> dict[int, list[str]]:
    """The n best sentences for a question (with the next sentence of each), grouped by passage, in text order."""
    picked: set[int] = set()
    for s in ranked[:n]:
        picked.add(s.index)
        picked.update(pool.neighbours(s.index)[:1])
    keep: dict[int, list[str]] = {}
    for j in sorted(picked, key=lambda j: (pool.sentences[j].evidence, pool.sentences[j].orig_start)):
        keep.setdefault(pool.sentences[j].evidence, []).append(pool.sentences[j].text)
    return keep


def _attr(value: str | None) -> str:
    return (value or "").replace('"', "'").replace("<", "‹").replace(">", "›")


def _sentences(text: str) -> list[str]:
    """Sentences of model text, cut from the very string that was split (bullets blanked, offsets kept)."""
    text = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", lambda m: " " * len(m.group()), text, flags=re.M)
    return [text[a:b] for a, b in split_sentences(text)]


@dataclass
class Drops:
    """Why model sentences were dropped before the meaning check, for the notes."""

    no_quote: int = 0
    not_verbatim: int = 0
    no_passage: int = 0
    leaked: int = 0
    by_quote: int = 0  # cited by the passage their verbatim quote comes from (key missing or invalid)

    def notes(self) -> list[str]:
        out = []
        if self.no_quote:
            out.append(f"{self.no_quote} model sentence(s) dropped: written without a quote from the passage they cite")
        if self.not_verbatim:
            out.append(f"{self.not_verbatim} model sentence(s) dropped: their quote is not verbatim in the cited passage")
        if self.no_passage:
            out.append(f"{self.no_passage} model sentence(s) dropped: no valid passage key and no verbatim quote")
        if self.leaked:
            out.append(f"{self.leaked} model sentence(s) dropped: they repeat the prompt")
        if self.by_quote:
            out.append(f"{self.by_quote} model sentence(s) cited by the passage their verbatim quote comes from (the key was missing or invalid)")
        return out


def _passage_text(e: Evidence) -> str:
    return f"{e.chunk.text}\n{e.document.title or ''}"


class ModelDraft(NamedTuple):
    """A model sentence with the passages it cites; `anchor` is the pool sentence its reworded span was matched to."""

    text: str
    cited: list[int]
    section: str
    anchor: int | None = None


# A span that is not verbatim is matched to the sentence of its own cited passage holding the largest share
# of its words; at least this share (of the span's distinct words, normalized) makes the match: one word in
# five missing or changed. NOT fitted to a real model: in session 9 SmolLM2-135M wrote no reworded span at
# all over the dev questions (22 replies; it wrote no quote, or copied the prompt's example), even with the
# threshold lowered to 0.5 (benchmarks/results/real-model-s9.json, docs/benchmarks.md). So anchoring is off
# by default (generate.anchor_spans) until a model's labelled spans measure it.
ANCHOR_OVERLAP = 0.8
# A shorter span anchors nothing: four words ('the army said on') are in many sentences.
ANCHOR_MIN_WORDS = 5


def _passage_sentences(pool: EvidencePool, e: int) -> list[int]:
    """Pool sentences of one passage (a sentence shared with an overlapping chunk is stored under the first)."""
    text, doc = pool.evidence[e].chunk.text, pool.evidence[e].document.doc_id
    return [j for j, s in enumerate(pool.sentences) if s.evidence == e or (pool.doc_id(j) == doc and s.text in text)]


def span_overlap(span: str, sentence: str) -> float:
    """Share of a span's distinct words (normalized: case, punctuation, quote marks) that the sentence holds."""
    words = set(_words(span))
    return len(words & set(_words(sentence))) / len(words) if words else 0.0


def anchor_span(pool: EvidencePool, span: str, cited: list[int]) -> int | None:
    """The pool sentence of one of the cited passages that a reworded span was copied from, if one holds
    ANCHOR_OVERLAP of its words (ties: the shorter sentence, which the span covers more of); never another passage."""
    if len(set(_words(span))) < ANCHOR_MIN_WORDS:
        return None
    best: tuple[float, int, int] | None = None
    for e in cited:
        for j in _passage_sentences(pool, e):
            score = span_overlap(span, pool.sentences[j].text)
            if score >= ANCHOR_OVERLAP and (best is None or (score, -len(pool.sentences[j].text)) > (best[0], -best[1])):
                best = (score, len(pool.sentences[j].text), j)
    return best[2] if best else None


def verify_drafts(pool: EvidencePool, drafts: list[ModelDraft], settings: Settings, report: SupportReport) -> list[tuple[str, list[int], str]]:
    """cite.verify for model drafts, in order. An anchored draft is judged by the full check against its one
    verbatim sentence (in its own passage's context) and is never re-cited: it stands (report.anchored) or is dropped."""
    out: list[tuple[str, list[int], str]] = []
    floor = settings.cite.similarity_floor
    for d in drafts:
        if d.anchor is None:
            out += verify(pool, [(d.text, d.cited, d.section)], floor, report)
            continue
        report.checked += 1
        c = pool.check(d.text, [pool.sentences[d.anchor].evidence], floor, only=[d.anchor])
        if c.ok:
            report.anchored += 1
            out.append((d.text, [d.anchor], d.section))
        else:
            report.dropped += 1
    return out


def _drafts_from_claims(claims: list[anchors.Claim], pool: EvidencePool, report: SupportReport, section: str, require_quotes: bool, drops: Drops, anchor: bool = False) -> list[ModelDraft]:
    """Drafts for verification: each claim cites the passages its quote is verbatim in (or, with `anchor`, the
    sentence of its own cited passage its reworded quote matches); the rest is dropped and counted."""
    drafts: list[ModelDraft] = []
    for claim in claims:
        text, inline = strip_keys(claim.text, pool.by_key, report)
        if not re.search(r"\w", text):
            continue
        cited = list(inline)
        for k in claim.keys:
            if k in pool.by_key:
                cited.append(pool.by_key[k])
            else:
                report.stripped_keys += 1
        cited = list(dict.fromkeys(cited))

        def drop(kind: str) -> None:
            report.checked += 1
            report.dropped += 1
            setattr(drops, kind, getattr(drops, kind) + 1)

        if leaks_prompt(text) or (claim.quote and leaks_prompt(claim.quote)):
            drop("leaked")
            continue
        if claim.quote is None:
            if require_quotes:
                drop("no_quote")
            else:
                drafts.append(ModelDraft(text, cited, section))
            continue
        anchored = [i for i in cited if anchors.verbatim(claim.quote, _passage_text(pool.evidence[i]))]
        if cited and not anchored:
            j = anchor_span(pool, claim.quote, cited) if anchor else None
            if j is None:
                drop("not_verbatim")
            else:
                drafts.append(ModelDraft(text, [pool.sentences[j].evidence], section, j))
            continue
        if not cited:
            # The key is an address; the verbatim span says which passage the sentence was read from.
            anchored = [i for i, e in enumerate(pool.evidence) if anchors.verbatim(claim.quote, _passage_text(e))]
            if not anchored:
                drop("no_passage")
                continue
            drops.by_quote += 1
        drafts.append(ModelDraft(text, anchored, section))
    return drafts


def _drafts_from_text(text: str, pool: EvidencePool, report: SupportReport, section: str, require_quotes: bool = False, drops: Drops | None = None, anchor: bool = False) -> list[ModelDraft]:
    """Drafts from a whole model reply (see anchors.parse for the forms it reads)."""
    return _drafts_from_claims(anchors.parse(text, set(pool.by_key)), pool, report, section, require_quotes, drops or Drops(), anchor)


_PROMPT_WORDS: list[str] = []
_PROMPT_SHINGLES: set[tuple[str, ...]] = set()
# Five words in a row of our prompts in a model sentence is a leak; so is a whole sentence of
# four words or more standing in a prompt (its example sentence, however short).
LEAK_SHINGLE, LEAK_SENTENCE_WORDS = 5, 4


def _words(text: str) -> list[str]:
    """Words of normalized text: NFKC, case-folded, punctuation and quote marks ignored."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("'", ""))


def _shingles(words: list[str], n: int = LEAK_SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def leaks_prompt(sentence: str) -> bool:
    """Does a model sentence repeat our own prompts (five words in a row, or a whole sentence of them)?"""
    if not _PROMPT_WORDS:
        for name in prompts.EXPECTED:
            words = _words(re.sub(r"\{[a-z_]+\}", " ", prompts.load(name)))
            _PROMPT_SHINGLES.update(_shingles(words))
            _PROMPT_WORDS.append(" " + " ".join(words) + " ")
    words = _words(sentence)
    if _shingles(words) & _PROMPT_SHINGLES:
        return True
    return len(words) >= LEAK_SENTENCE_WORDS and any(f" {' '.join(words)} " in p for p in _PROMPT_WORDS)


def _messages(question: str, evidence: list[Evidence], pool: EvidencePool, ranked: list[Scored], settings: Settings) -> window.Render:
    """The answer prompt as a function of its evidence budget in tokens (window.fitted cuts it to the model's context)."""
    folder = settings.generate.prompts_dir
    keep = focused_evidence(pool, ranked)

    def render(budget: int) -> list[tuple[str, str]]:
        return [
            ("system", prompts.render("answer_system", folder, example_key=evidence[0].key, max_sentences=max(3, settings.generate.answer_sentences + 2))),
            ("human", prompts.render("answer_user", folder, question=question, evidence=evidence_block(evidence, keep, budget, settings), today=date.today().isoformat())),
        ]

    return render


def llm_answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None, model: llm.ChatModel | None = None) -> Answer:
    """Answer with a chat model; every sentence must quote its passage verbatim and pass cite.verify.

    A reply of which nothing stands (or a refusal the extractive reader does not share) gives
    the extractive answer with a note; the support report keeps the model's counts.
    """
    model = model or llm.from_settings(settings)
    qvec = pool.embedder.embed([question])[0]
    ranked = score_sentences(pool, question, qvec)
    why = insufficient(question, evidence, ranked, settings, pool)
    if why:
        return _empty(question, "extractive", why)  # the reader's pre-check refused: no model was asked, none answered
    render = _messages(question, evidence, pool, ranked, settings)
    report, drops = SupportReport(), Drops()
    unfit: str | None = None
    with llm.budget(settings):
        if on_sentence is None:
            reply = window.ask(settings, render, model)
            backend = f"{model.name.split(':', 1)[0]}:{reply.model}"
            if INSUFFICIENT in reply.text:
                result = None
            else:
                drafts = _drafts_from_text(reply.text, pool, report, "answer", settings.generate.require_quotes, drops, settings.generate.anchor_spans)
                verified = verify_drafts(pool, drafts, settings, report)
                # What would be shown must carry the question's constraints, as the extractive answer must: judged on
                # the passages that support each verified sentence (a sentence written without a key has none until then).
                shown = [(t, sorted({pool.sentences[j].evidence for j in sup}), sec) for t, sup, sec in verified]
                unfit = model_answer_failure(question, pool, shown) if shown else None
                result = None if unfit else _show(question, pool, verified, backend, report, drops.notes())
        else:
            result, backend = _stream_answer(question, pool, settings, model, window.fitted(settings, render, model), report, drops, on_sentence)
    if result is not None and not result.insufficient_evidence:
        return result
    llm.check_cancelled()
    if unfit:
        note = f"the model's answer was not shown: {unfit}; showing the extractive answer"
    elif result is None:
        note = f"{backend} found no answer in the evidence; showing the extractive answer"
    else:
        note = f"the model's {report.checked} sentence(s) were not supported by their cited passages; showing the extractive answer"
    fallback = extractive_answer(question, evidence, pool, settings, notes=[note, *drops.notes()], on_sentence=on_sentence)
    s = fallback.support
    # The model's sentences were checked and none is shown: the shown ones are the extractive answer's.
    fallback.support = SupportReport(
        checked=report.checked + s.checked, supported=s.supported, recited=s.recited, repaired=s.repaired, anchored=s.anchored,
        dropped=report.checked + s.dropped, stripped_keys=report.stripped_keys,
    )
    return fallback


def _stream_answer(question: str, pool: EvidencePool, settings: Settings, model: llm.ChatModel, messages: list[tuple[str, str]], report: SupportReport, drops: Drops, on_sentence: OnSentence) -> tuple[Answer | None, str]:
    """Stream the model's reply, verifying and emitting each sentence as soon as its anchor is complete.

    Returns (None, backend) when the model refused; an Answer without sentences when nothing stood.
    """
    citer = Citer(pool, copies=True)
    sentences = []
    parts: list[str] = []
    buffer = ""
    valid = set(pool.by_key)
    require = settings.generate.require_quotes

    def flush(claims: list[anchors.Claim]) -> None:
        for draft in _drafts_from_claims(claims, pool, report, "answer", require, drops, settings.generate.anchor_spans):
            for s in assemble(citer, verify_drafts(pool, [draft], settings, report)):
                sentences.append(s)
                part = f"{s.text} {markers(s.citations)}"
                parts.append(part)
                on_sentence(part)

    stream = llm.open_stream(settings, messages, model)
    notes: list[str] = []
    try:
        for piece in stream:
            buffer += piece
            if INSUFFICIENT in buffer:
                break
            done, rest = anchors.complete_claims(buffer, valid)
            if done:
                flush(done)
                buffer = buffer[rest:]
    except LLMError as exc:
        if isinstance(exc, llm.ContextOverflow):
            window.learn(settings, model, exc, messages)  # the next request fits on its first try
        if not sentences:
            raise
        # Sentences already shown stand; the reply was cut (deadline, lost connection).
        notes.append(f"the model's reply was cut short: {exc}")
        buffer = ""
    backend = f"{model.name.split(':', 1)[0]}:{stream.model}"
    if INSUFFICIENT in buffer and not sentences:
        return None, backend
    if buffer.strip() and INSUFFICIENT not in buffer:
        flush(anchors.parse(buffer, valid))
    if not sentences:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence"), backend
    return Answer(
        question=question, answer=" ".join(parts), insufficient_evidence=False, citations=citer.citations,
        backend=backend, sentences=sentences, support=report, notes=notes + drops.notes(),
    ), backend


def answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None, model: llm.ChatModel | None = None) -> Answer:
    """Answer with the configured generator; a failing model falls back to extractive and says so."""
    if model is None and settings.generator_name() == "extractive":
        return extractive_answer(question, evidence, pool, settings, on_sentence=on_sentence)
    try:
        return llm_answer(question, evidence, pool, settings, on_sentence, model)
    except LLMError as exc:
        llm.check_cancelled()
        note = f"fell back to the extractive generator: {exc}"
        return extractive_answer(question, evidence, pool, settings, notes=[note], on_sentence=on_sentence)
