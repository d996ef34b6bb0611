"""Evidence built from plain sentences, for the reader's unit tests."""
from __future__ import annotations

from briefing.types import Chunk, Document, Evidence, Span


def evidence(sentences: list[str], doc_id: str = "d1") -> Evidence:
    """One chunk, one span per sentence (as the chunker gives them)."""
    spans, at = [], 0
    for t in sentences:
        spans.append(Span(start=at, end=at + len(t), orig_start=at, orig_end=at + len(t)))
        at += len(t) + 1
    text = " ".join(sentences)
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=spans)
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, content_hash="h"), score=1.0)
