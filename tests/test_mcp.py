"""`briefing mcp` as a subprocess, driven by the official MCP client over stdio."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from briefing import Corpus

from .conftest import TOPIC

pytestmark = pytest.mark.slow
QUESTION = "Who replaced the commander of Russian forces in Syria?"


async def _session_run(store: Path, fn: Any) -> Any:
    from mcp.client.session import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "briefing", "mcp"], env={**os.environ, "BRIEFING_STORE__PATH": str(store)})
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        return await fn(session)


def test_mcp_tools_return_structured_citations(example_store: Path, corpus: Corpus) -> None:
    async def scenario(session: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["tools"] = sorted(t.name for t in (await session.list_tools()).tools)
        out["ask"] = await session.call_tool("ask", {"question": QUESTION})
        out["search"] = await session.call_tool("search_articles", {"query": "Chinese embassy security alert", "k": 3})
        out["sources"] = await session.call_tool("list_sources", {})
        out["brief"] = await session.call_tool("write_brief", {"topic": TOPIC})
        out["resources"] = (await session.list_resources()).resources
        out["read"] = await session.read_resource(str(out["resources"][0].uri))
        return out

    out = anyio.run(_session_run, example_store, scenario)
    assert out["tools"] == ["ask", "list_sources", "search_articles", "write_brief"]
    ask = out["ask"].structured_content
    direct = corpus.ask(QUESTION)
    assert ask["answer"] == direct.answer and not out["ask"].is_error
    assert [c["quote"] for c in ask["citations"]] == [c.quote for c in direct.citations]
    assert set(ask["citations"][0]) >= {"id", "doc_id", "title", "source", "published", "quote"}
    results = out["search"].structured_content["results"]
    assert len(results) == 3 and results[0]["doc_id"].startswith("002") and "security alert" in results[0]["quote"]
    assert len(out["sources"].structured_content["documents"]) == 5
    brief = out["brief"].structured_content
    assert brief["markdown"].startswith("# Brief:") and brief["uri"] == "brief://1" and brief["citations"]
    assert [str(r.uri) for r in out["resources"]] == ["brief://1"]
    assert out["read"].contents[0].text == brief["markdown"]


def test_mcp_over_streamable_http(example_store: Path) -> None:
    import socket
    import subprocess
    import time

    from mcp.client.session import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store)}
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "mcp", "--http", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)

        async def scenario() -> Any:
            async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as streams, ClientSession(streams[0], streams[1]) as session:
                await session.initialize()
                return await session.call_tool("ask", {"question": QUESTION})

        result = anyio.run(scenario)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "Chaiko" in result.structured_content["answer"] and result.structured_content["citations"]
