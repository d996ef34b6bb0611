"""
title: briefing
author: briefing
version: 0.1.0
license: Apache-2.0
description: Cited situation briefs from your news articles. Streams briefing's checked answer (or, for a message starting with /brief, a Markdown brief) from a `briefing serve` server, and shows every citation's verbatim quote as an Open WebUI source.
requirements: httpx
"""
# An Open WebUI Pipe function (Admin Panel > Functions > +, paste this file; or import it).
# Open WebUI loads the file, instantiates Pipe, fills its Valves and calls pipe(body, __event_emitter__=...).
# Start the server first:  briefing serve --host 0.0.0.0 --port 8765  (with BRIEFING_API_KEY set off loopback).
from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
from pydantic import BaseModel, Field

Emitter = Callable[[dict[str, Any]], Awaitable[None]]


class Pipe:
    class Valves(BaseModel):
        BRIEFING_URL: str = Field(default="http://127.0.0.1:8765", description="Base URL of `briefing serve` (without /v1).")
        BRIEFING_API_KEY: str = Field(default="", description="The server's BRIEFING_API_KEY (sent as a bearer token); empty on loopback.")
        CORPUS: str = Field(default="", description="The corpus you expect the server to serve (checked; empty: whatever it serves).")
        TIMEOUT: float = Field(default=180.0, description="Seconds to wait for an answer or a brief.")

    def __init__(self) -> None:
        self.valves = self.Valves()
        self.citation = False  # the sources come from briefing's checked citations, not Open WebUI's own

    async def pipe(self, body: dict[str, Any], __event_emitter__: Emitter | None = None) -> AsyncIterator[str]:
        """Stream the reply of briefing's OpenAI-compatible endpoint; then one source event per citation, in id order."""
        emit = __event_emitter__ or _no_events
        base = self.valves.BRIEFING_URL.rstrip("/")
        headers = {"Authorization": f"Bearer {self.valves.BRIEFING_API_KEY}"} if self.valves.BRIEFING_API_KEY else {}
        messages = [{"role": m.get("role", "user"), "content": m.get("content", "")} for m in body.get("messages", [])]
        await emit({"type": "status", "data": {"description": "Searching the articles and checking every sentence", "done": False}})
        citations: list[dict[str, Any]] = []
        try:
            async with httpx.AsyncClient(timeout=self.valves.TIMEOUT, headers=headers) as client:
                if self.valves.CORPUS:
                    health = (await client.get(f"{base}/health")).json()
                    if health.get("corpus") != self.valves.CORPUS:
                        raise _Refused(f"the briefing server at {base} serves corpus '{health.get('corpus')}', not '{self.valves.CORPUS}': "
                                       f"start it with `briefing serve --corpus {self.valves.CORPUS}` or clear the CORPUS valve")
                request = {"model": "briefing", "messages": messages, "stream": True}
                async with client.stream("POST", f"{base}/v1/chat/completions", json=request) as r:
                    if r.status_code != 200:
                        detail = (await r.aread()).decode("utf-8", "replace")
                        raise _Refused(f"the briefing server answered {r.status_code}: {_message(detail)}")
                    async for line in r.aiter_lines():
                        if not line.startswith("data: ") or line == "data: [DONE]":
                            continue
                        chunk = json.loads(line[6:])
                        citations = chunk.get("citations", citations)
                        for choice in chunk.get("choices", []):
                            text = choice.get("delta", {}).get("content")
                            if text:
                                yield text
        except _Refused as exc:
            await emit({"type": "status", "data": {"description": str(exc), "done": True}})
            yield f"briefing: {exc}"
            return
        except httpx.HTTPError as exc:
            message = f"cannot reach the briefing server at {base} ({type(exc).__name__}); is `briefing serve` running?"
            await emit({"type": "status", "data": {"description": message, "done": True}})
            yield f"briefing: {message}"
            return
        for c in sorted(citations, key=lambda c: c["id"]):
            await emit(source_event(c))
        await emit({"type": "status", "data": {"description": f"{len(citations)} sources, every quote verbatim", "done": True}})


def source_event(c: dict[str, Any]) -> dict[str, Any]:
    """An Open WebUI source event for one briefing citation: the document is the verbatim quote."""
    name = f"[{c['id']}] {c.get('title') or c['doc_id']}"
    meta = {
        "source": name, "name": name, "title": c.get("title"), "outlet": c.get("source"), "date": c.get("published"),
        "doc_id": c["doc_id"], "chunk_id": c.get("chunk_id"), "citation_id": c["id"], "url": c.get("url"),
    }
    source = {"name": name, **({"url": c["url"]} if c.get("url") else {})}
    return {"type": "source", "data": {"document": [c["quote"]], "metadata": [{k: v for k, v in meta.items() if v is not None}], "source": source}}


class _Refused(Exception):
    """The server refused the request, or serves another corpus: said to the user as the reply."""


def _message(detail: str) -> str:
    try:
        return str(json.loads(detail)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return detail[:300]


async def _no_events(event: dict[str, Any]) -> None:
    return None
