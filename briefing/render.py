"""Rendering library results for adapters (HTTP, OpenAI-compatible chat, MCP, LangChain): text and plain dicts."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store
    from .types import Answer, Brief, Citation, Document, Evidence


def citation_dict(c: Citation) -> dict[str, Any]:
    return c.model_dump()


def sources_text(citations: list[Citation]) -> str:
    """A Markdown list of numbered sources with their quotes, for chat replies."""
    if not citations:
        return ""
    lines = ["", "", "**Sources**", ""]
    for c in citations:
        meta = " — ".join(x for x in [c.title or c.doc_id, c.source, c.published] if x)
        quote = c.quote.replace("\n", " ").strip()
        lines.append(f"[{c.id}] {meta} (`{c.doc_id}`): “{quote}”")
    return "\n".join(lines)


def answer_text(a: Answer) -> str:
    """The answer with its [n] markers followed by the numbered sources."""
    return a.answer + sources_text(a.citations)


def answer_dict(a: Answer) -> dict[str, Any]:
    return a.model_dump()


def brief_dict(b: Brief) -> dict[str, Any]:
    return b.model_dump()


def evidence_dict(e: Evidence, store: Store) -> dict[str, Any]:
    """A retrieved chunk with a verbatim quote of the original text it was cut from."""
    spans = e.chunk.spans
    original = store.original(e.document.doc_id) or ""
    quote = original[spans[0].orig_start : spans[-1].orig_end] if spans else ""
    d = e.document
    return {
        "doc_id": d.doc_id, "chunk_id": e.chunk.chunk_id, "title": d.title, "source": d.source, "published": d.published,
        "url": d.url, "duplicate_of": d.duplicate_of, "score": e.score, "text": e.chunk.text, "quote": quote,
    }


def document_dict(d: Document) -> dict[str, Any]:
    return d.model_dump()


def sources_plain(citations: list[Citation]) -> str:
    """The numbered sources as plain text, as `briefing ask` and `llm -m briefing` print them after the answer."""
    if not citations:
        return ""
    lines = ["", "Sources:"]
    for c in citations:
        meta = " — ".join(x for x in [c.title or c.doc_id, c.source, c.published] if x)
        lines.append(f"[{c.id}] {meta} ({c.doc_id})\n    “{c.quote}”")
    return "\n".join(lines)


def evidence_plain(e: Evidence, store: Store) -> str:
    """A retrieved chunk for a model to read: a header with doc id, outlet, date and title, then the verbatim quote."""
    d = evidence_dict(e, store)
    header = " | ".join(x for x in [f"doc {d['doc_id']}", d["source"], d["published"], d["title"]] if x)
    return f"[{header}]\n“{' '.join(str(d['quote']).split())}”"
