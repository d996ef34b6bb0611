"""Answers: evidence -> cited, verified Answer, by the extractive generator or an OpenAI-compatible model.

The extractive reader lives in question.py (what is asked), candidates.py (which sentences may
answer, scored), answerability.py (whether to refuse, and why) and assembly.py (which sentences
answer); this module keeps the model path and the `answer()` dispatcher. Both generators end in the same place: drafts of (sentence, cited evidence)
go through cite.verify, which keeps only supported sentences, and citations
are renumbered by first appearance with quotes taken from the stored originals.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from . import assembly, llm, prompts
from .answerability import insufficient
from .candidates import Scored, answer_pattern, score_sentences, window_text  # noqa: F401  (re-exported: brief.py and older imports)
from .cite import Citer, EvidencePool, assemble, escape, markers, strip_keys, verify
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
    if not verified:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence", notes)
    citer = Citer(pool, copies=True)
    sentences = assemble(citer, verified)
    parts = [f"{escape(s.text)} {markers(s.citations)}" for s in sentences]
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


def evidence_block(evidence: list[Evidence], keep: dict[int, list[str]] | None = None) -> str:
    """Evidence passages for a prompt, newest first, article text kept inert.

    With `keep` (evidence index -> sentences), a passage holds only those sentences: the
    model reads what bears on the question, not whole chunks.
    """
    order = sorted(range(len(evidence)), key=lambda i: -date_key(evidence[i].document.published))
    blocks = []
    for i in order:
        e = evidence[i]
        if keep is not None and not keep.get(i):
            continue
        d = e.document
        attrs = f'key="{e.key}" published="{d.published or "unknown"}" source="{_attr(d.source)}" title="{_attr(d.title)}"'
        text = " … ".join(keep[i]) if keep is not None else e.chunk.text
        body = text.replace("<", "‹").replace(">", "›")
        blocks.append(f"<passage {attrs}>\n{body}\n</passage>")
    return "\n\n".join(blocks)


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
    text = re.sub(r"^\s*([-*]|\d+\.)\s+", "", text, flags=re.M)
    return [text[a:b] for a, b in split_sentences(text.replace("\n", " \n"))]


def _drafts_from_text(text: str, pool: EvidencePool, report: SupportReport, section: str) -> list[tuple[str, list[int], str]]:
    drafts = []
    for sentence in _sentences(text):
        cleaned, cited = strip_keys(sentence, pool.by_key, report)
        if not re.search(r"\w", cleaned):
            continue
        if leaks_prompt(cleaned):
            report.checked += 1
            report.dropped += 1
            continue
        drafts.append((cleaned, cited, section))
    return drafts


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


_PROMPT_SHINGLES: set[tuple[str, ...]] = set()


def leaks_prompt(sentence: str) -> bool:
    """Does a model sentence repeat five or more words of our own prompts? An answer never needs to."""
    if not _PROMPT_SHINGLES:
        for name in prompts.EXPECTED:
            _PROMPT_SHINGLES.update(_shingles(re.sub(r"\{[a-z_]+\}", " ", prompts.load(name))))
    return bool(_shingles(sentence) & _PROMPT_SHINGLES)


def llm_answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None) -> Answer:
    """Answer with an OpenAI-compatible chat model; every sentence is checked before it is shown."""
    backend = f"openai:{settings.generate.model}"
    qvec = pool.embedder.embed([question])[0]
    ranked = score_sentences(pool, question, qvec)
    why = insufficient(question, evidence, ranked, settings, pool)
    if why:
        return _empty(question, backend, why)
    folder = settings.generate.prompts_dir
    messages = [
        ("system", prompts.render("answer_system", folder, example_key=evidence[0].key, max_sentences=max(3, settings.generate.answer_sentences + 2))),
        ("human", prompts.render("answer_user", folder, question=question, evidence=evidence_block(evidence, focused_evidence(pool, ranked)), today=date.today().isoformat())),
    ]
    report = SupportReport()
    if on_sentence is None:
        reply = llm.complete(settings, messages)
        if INSUFFICIENT in reply:
            return _empty(question, backend, "the model found no answer in the evidence")
        return _finish(question, pool, _drafts_from_text(reply, pool, report, "answer"), settings, backend, report, [])
    return _stream_answer(question, pool, settings, backend, messages, report, on_sentence)


def _stream_answer(question: str, pool: EvidencePool, settings: Settings, backend: str, messages: list[tuple[str, str]], report: SupportReport, on_sentence: OnSentence) -> Answer:
    """Stream the model's reply, verifying and emitting each sentence as soon as it is complete."""
    citer = Citer(pool, copies=True)
    sentences = []
    parts: list[str] = []
    buffer = ""

    def flush(text: str) -> None:
        for draft in _drafts_from_text(text, pool, report, "answer"):
            for s in assemble(citer, verify(pool, [draft], settings.cite.similarity_floor, report)):
                sentences.append(s)
                part = f"{escape(s.text)} {markers(s.citations)}"
                parts.append(part)
                on_sentence(part)

    for piece in llm.stream(settings, messages, deadline=settings.generate.timeout * 3):
        buffer += piece
        if INSUFFICIENT in buffer:
            break
        spans = split_sentences(buffer)
        # A sentence is complete once another one has begun after it (keys stay with their sentence).
        while len(spans) > 1:
            end = spans[1][0]
            flush(buffer[:end])
            buffer = buffer[end:]
            spans = split_sentences(buffer)
    if INSUFFICIENT in buffer and not sentences:
        return _empty(question, backend, "the model found no answer in the evidence")
    if buffer.strip() and INSUFFICIENT not in buffer:
        flush(buffer)
    if not sentences:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence")
    return Answer(
        question=question, answer=" ".join(parts), insufficient_evidence=False, citations=citer.citations,
        backend=backend, sentences=sentences, support=report,
    )


def answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None) -> Answer:
    """Answer with the configured generator; a failing model falls back to extractive and says so."""
    if settings.generator_name() == "extractive":
        return extractive_answer(question, evidence, pool, settings, on_sentence=on_sentence)
    try:
        return llm_answer(question, evidence, pool, settings, on_sentence)
    except LLMError as exc:
        note = f"fell back to the extractive generator: {exc}"
        return extractive_answer(question, evidence, pool, settings, notes=[note], on_sentence=on_sentence)
