"""`briefing mcp`: an MCP server (official `mcp` SDK) over stdio or streamable HTTP.

Tools return structured content (citations as objects), not only text; briefs
written in a session are exposed as resources `brief://N`.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import threading
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from . import render
from .errors import BriefingError
from .retrieve import Filters
from .types import Citation

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from .corpus import Corpus


class EvidenceOut(BaseModel):
    doc_id: str
    chunk_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    duplicate_of: str | None = None
    score: float
    text: str
    quote: str = Field(description="Verbatim text of the original article the chunk was cut from.")


class SearchOut(BaseModel):
    query: str
    results: list[EvidenceOut]


class AnswerOut(BaseModel):
    question: str
    answer: str = Field(description="Plain text with [n] markers that refer to citations[].id.")
    insufficient_evidence: bool
    citations: list[Citation]
    backend: str
    notes: list[str] = Field(default_factory=list)


class BriefOut(BaseModel):
    topic: str
    uri: str = Field(description="The brief as an MCP resource.")
    markdown: str
    insufficient_evidence: bool
    citations: list[Citation]
    backend: str


class SourceOut(BaseModel):
    doc_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    chunks: int
    duplicate_of: str | None = None


class SourcesOut(BaseModel):
    corpus: str
    documents: list[SourceOut]


def _filters(source: list[str] | None, since: str | None, until: str | None) -> Filters:
    return Filters(sources=tuple(source or ()), since=since, until=until)


def build(corpus: Corpus) -> MCPServer:
    """The MCP server over one Corpus."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.resources.types import TextResource

    server = MCPServer(
        name="briefing",
        instructions="Search a news corpus and answer with citations. Every citation carries a verbatim quote that was checked to support its sentence.",
    )
    lock = threading.Lock()
    briefs: list[str] = []

    async def call(fn: Any) -> Any:
        from mcp.server.mcpserver.exceptions import ToolError

        def locked() -> Any:
            with lock:
                return fn()

        try:
            return await asyncio.to_thread(locked)
        except BriefingError as exc:
            # The library's message reaches the client; the SDK logs a ToolError without a traceback.
            raise ToolError(render.plain_text(str(exc))) from None

    @server.tool(description="Search the stored articles; returns evidence chunks with verbatim quotes and doc ids.")
    async def search_articles(query: str, k: int = 8, source: list[str] | None = None, since: str | None = None, until: str | None = None) -> SearchOut:
        k = max(1, min(k, 50))
        ev = await call(lambda: corpus.search(query, k=k, filters=_filters(source, since, until)))
        return SearchOut(query=query, results=[EvidenceOut(**render.evidence_dict(e, corpus.store)) for e in ev])

    @server.tool(description="Answer a question from the articles with cited sentences; insufficient_evidence when they do not answer it.")
    async def ask(question: str, source: list[str] | None = None, since: str | None = None, until: str | None = None) -> AnswerOut:
        a = await call(lambda: corpus.ask(question, filters=_filters(source, since, until)))
        return AnswerOut(**render.plain_data(a.model_dump(include=set(AnswerOut.model_fields))))

    @server.tool(description="Write a Markdown situation brief on a topic: bottom line, actors, timeline, uncertain reports, sources.")
    async def write_brief(topic: str, source: list[str] | None = None, since: str | None = None, until: str | None = None) -> BriefOut:
        b = await call(lambda: corpus.brief(topic, filters=_filters(source, since, until)))
        briefs.append(b.markdown)
        uri = f"brief://{len(briefs)}"
        server.add_resource(TextResource(uri=uri, name=f"brief-{len(briefs)}", title=render.plain_line(b.title), description=render.plain_line(f"Brief on '{topic}' as of {b.as_of}"), mime_type="text/markdown", text=b.markdown))
        return BriefOut(topic=topic, uri=uri, **render.plain_data(b.model_dump(include={"markdown", "insufficient_evidence", "citations", "backend"})))

    @server.tool(description="List the stored documents with their metadata and duplicates.")
    async def list_sources() -> SourcesOut:
        docs = await call(corpus.sources)
        return SourcesOut(corpus=corpus.settings.store.corpus, documents=[SourceOut(**render.plain_data(d.model_dump(include=set(SourceOut.model_fields)))) for d in docs])

    return server


class BearerAuth:
    """ASGI middleware: every HTTP request must carry 'Authorization: Bearer <token>' (compared in constant time)."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.token = token.encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            auth = dict(scope.get("headers") or []).get(b"authorization", b"")
            given = auth[7:] if auth[:7].lower() == b"bearer " else b""
            if not hmac.compare_digest(given, self.token):
                body = json.dumps({"error": {"message": "missing or wrong bearer token", "type": "authentication_error"}}).encode()
                await send({"type": "http.response.start", "status": 401, "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def http_app(corpus: Corpus, host: str = "127.0.0.1") -> Any:
    """The streamable-HTTP ASGI app at /mcp, behind the BRIEFING_API_KEY bearer token when one is set."""
    app = build(corpus).streamable_http_app(host=host)
    key = corpus.settings.api_key
    return BearerAuth(app, key) if key else app


def run(corpus: Corpus, http: bool = False, host: str = "127.0.0.1", port: int = 8766) -> None:
    """Serve over stdio (default) or streamable HTTP (blocking); HTTP off loopback needs BRIEFING_API_KEY."""
    if http:
        import uvicorn

        from .server import check_bind

        check_bind(host, corpus.settings.api_key)
        uvicorn.run(http_app(corpus, host), host=host, port=port, log_level="warning", proxy_headers=False)
    else:
        build(corpus).run("stdio")
