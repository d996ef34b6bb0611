"""Evaluation: run a question set through the library (one warm process) and measure retrieval and answers.

Question file: JSON Lines of {"id", "question", "answerable", "facts": [regex], "docs": [doc id prefix]}.
Citation recall/precision follow ALCE, judged by briefing's own support rule (cite.support):
a sentence is supported when its citations' quotes together support it; a citation is
irrelevant when it does not support the sentence alone and the sentence stays supported without it.
"""
from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from .cite import support
from .errors import InputError

if TYPE_CHECKING:
    from .corpus import Corpus
    from .types import Answer


class Question(BaseModel):
    id: str
    question: str
    answerable: bool = True
    facts: list[str] = Field(default_factory=list)
    docs: list[str] = Field(default_factory=list)


class QuestionResult(BaseModel):
    id: str
    seconds: float
    answerable: bool
    insufficient_evidence: bool
    facts_ok: bool | None = None
    gold_rank: int | None = Field(default=None, description="Rank (1-based) of the first gold document in retrieval.")
    citations: int = 0
    gold_citations: int = 0
    quotes_ok: int = 0
    sentences: int = 0
    sentences_supported: int = 0
    citation_uses: int = Field(default=0, description="(sentence, citation) pairs in the answer.")
    citations_relevant: int = 0
    gold_docs: int = 0
    backend: str = ""


class Report(BaseModel):
    questions: int
    backend: str
    recall_at_1: float | None
    recall_at_5: float | None
    recall_at_10: float | None
    mrr: float | None
    fact_recall: float | None
    cite_hit: float | None
    cite_precision: float | None
    quote_valid: float | None
    refusal_ok: float | None
    false_refusal: float | None
    alce_citation_recall: float | None
    alce_citation_precision: float | None
    p50_s: float | None
    p95_s: float | None
    results: list[QuestionResult]


def dead_anchor(pattern: str) -> bool:
    """Does the regex put an end anchor '$' before more text, where nothing can ever match ('$9bn' asks for the end of
    the answer, then '9bn')? Escaped ('\\$9bn') and bracketed ('[$]') dollars are literal, and so never dead."""
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 3 if pattern[i + 1 : i + 3] == "^]" else 2 if pattern[i + 1 : i + 2] == "]" else 1  # '[]...]': a first ']' is literal
            continue
        elif c == "$" and pattern[i + 1 : i + 2] not in ("", "|", ")", "?", "*"):
            return True
        i += 1
    return False


def fact_problem(fact: str) -> str | None:
    """Why a fact pattern can never be checked (it does not compile, or an anchor makes it unmatchable), with the fix;
    None when it is a usable regex."""
    try:
        re.compile(fact)
    except re.error as exc:
        return f"fact {fact!r} is not a regular expression ({exc}); escape special characters with a backslash"
    if dead_anchor(fact):
        return f"fact {fact!r} can never match: '$' is an end-of-text anchor in a regex; write a literal dollar as '\\$'"
    return None


def load_questions(path: Path) -> list[Question]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = Question.model_validate(json.loads(line))
        except (ValueError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a question record ({exc.__class__.__name__}); see the format in 'briefing eval --help'") from None
        problem = next((p for p in map(fact_problem, q.facts) if p), None)
        if problem:
            raise InputError(f"{path}:{n} (question {q.id!r}): {problem}")
        out.append(q)
    if not out:
        raise InputError(f"{path}: no questions")
    return out


def _gold(doc_id: str, gold: list[str]) -> bool:
    return any(doc_id == g or doc_id.startswith(g) for g in gold)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _alce(corpus: Corpus, a: Answer) -> tuple[int, int, int, int]:
    """(sentences, sentences supported by their citations together, citation uses, relevant uses)."""
    floor = corpus.settings.cite.similarity_floor
    by_id = {c.id: c for c in a.citations}
    emb = corpus.embedder
    sentences = [s for s in a.sentences if s.citations]
    if not sentences:
        return 0, 0, 0, 0
    quotes = sorted({c.quote for c in a.citations})
    qvec = dict(zip(quotes, emb.embed(quotes)))
    svecs = emb.embed([s.text for s in sentences])
    supported = relevant = uses = 0

    def ok(text: str, vec: Any, ids: list[int]) -> bool:
        qs = [by_id[i].quote for i in ids if i in by_id]
        if not qs:
            return False
        import numpy as np

        return support(text, vec, qs, np.stack([qvec[q] for q in qs]), floor).ok

    for s, vec in zip(sentences, svecs):
        together = ok(s.text, vec, s.citations)
        supported += together
        for cid in s.citations:
            uses += 1
            alone = ok(s.text, vec, [cid])
            without = [i for i in s.citations if i != cid]
            if alone or (together and not (without and ok(s.text, vec, without))):
                relevant += 1
    return len(sentences), supported, uses, relevant


def evaluate(corpus: Corpus, questions: list[Question], progress: Callable[[int, int], None] | None = None) -> Report:
    """Run every question; compute retrieval, answer and citation metrics."""
    results: list[QuestionResult] = []
    backend = ""
    for n, q in enumerate(questions, start=1):
        start = time.perf_counter()
        a = corpus.ask(q.question)
        seconds = time.perf_counter() - start
        ranked = corpus.search(q.question, k=10)
        doc_order = list(dict.fromkeys(e.document.doc_id for e in ranked))
        gold_rank = next((i + 1 for i, d in enumerate(doc_order) if _gold(d, q.docs)), None) if q.docs else None
        backend = a.backend
        r = QuestionResult(id=q.id, seconds=round(seconds, 3), answerable=q.answerable, insufficient_evidence=a.insufficient_evidence, gold_rank=gold_rank, backend=a.backend)
        r.citations = len(a.citations)
        r.gold_citations = sum(_gold(c.doc_id, q.docs) for c in a.citations)
        for c in a.citations:
            original = corpus.store.original(c.doc_id) or ""
            r.quotes_ok += bool(c.quote.strip()) and _norm(c.quote) in _norm(original)
        if q.answerable:
            r.facts_ok = all(re.search(f, a.answer, re.I) for f in q.facts)
        r.sentences, r.sentences_supported, r.citation_uses, r.citations_relevant = _alce(corpus, a)
        r.gold_docs = len(q.docs)
        results.append(r)
        if progress:
            progress(n, len(questions))
    return summarize(results, backend)


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def summarize(results: list[QuestionResult], backend: str) -> Report:
    ans = [r for r in results if r.answerable]
    unans = [r for r in results if not r.answerable]
    with_gold = [r for r in ans if r.gold_docs]
    times = sorted(r.seconds for r in results)

    def recall(k: int) -> float | None:
        return _ratio(sum(1 for r in with_gold if r.gold_rank is not None and r.gold_rank <= k), len(with_gold))

    return Report(
        questions=len(results),
        backend=backend,
        recall_at_1=recall(1),
        recall_at_5=recall(5),
        recall_at_10=recall(10),
        mrr=_ratio(sum(1 / r.gold_rank for r in with_gold if r.gold_rank), len(with_gold)),
        fact_recall=_ratio(sum(bool(r.facts_ok) for r in ans), len(ans)),
        cite_hit=_ratio(sum(r.gold_citations > 0 for r in ans), len(ans)),
        cite_precision=_ratio(sum(r.gold_citations for r in ans), sum(r.citations for r in ans)),
        quote_valid=_ratio(sum(r.quotes_ok for r in results), sum(r.citations for r in results)),
        refusal_ok=_ratio(sum(r.insufficient_evidence for r in unans), len(unans)),
        false_refusal=_ratio(sum(r.insufficient_evidence for r in ans), len(ans)),
        alce_citation_recall=_ratio(sum(r.sentences_supported for r in results), sum(r.sentences for r in results)),
        alce_citation_precision=_ratio(sum(r.citations_relevant for r in results), sum(r.citation_uses for r in results)),
        p50_s=round(statistics.median(times), 3) if times else None,
        p95_s=round(times[min(len(times) - 1, int(0.95 * len(times)))], 3) if times else None,
        results=results,
    )
