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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, proc: Any) -> None:
    import socket
    import time

    deadline = time.time() + 90
    while time.time() < deadline and proc.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the MCP server did not start")


def test_mcp_over_streamable_http_needs_the_token(example_store: Path) -> None:
    import subprocess
    import urllib.error
    import urllib.request

    from mcp.client.session import ClientSession
    from mcp.client.streamable_http import streamable_http_client
    from mcp.shared._httpx_utils import create_mcp_http_client

    port = _free_port()
    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store), "BRIEFING_API_KEY": "mcp-s3cret"}
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "mcp", "--http", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        _wait_for(port, proc)

        async def scenario(headers: dict[str, str]) -> Any:
            async with create_mcp_http_client(headers=headers) as http, streamable_http_client(url, http_client=http) as streams, ClientSession(streams[0], streams[1]) as session:
                await session.initialize()
                tools = [t.name for t in (await session.list_tools()).tools]
                return tools, await session.call_tool("ask", {"question": QUESTION})

        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic mcp-s3cret"}):
            req = urllib.request.Request(url, data=b'{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}', headers={"Content-Type": "application/json", "Accept": "application/json, text/event-stream", **headers})
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(req, timeout=30)
            assert err.value.code == 401
        with pytest.raises(BaseException):  # the real client without the token gets nothing
            anyio.run(scenario, {})
        tools, result = anyio.run(scenario, {"Authorization": "Bearer mcp-s3cret"})
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "list_sources" in tools
    assert "Chaiko" in result.structured_content["answer"] and result.structured_content["citations"]


def test_mcp_http_off_loopback_needs_a_token(example_store: Path) -> None:
    import subprocess

    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store)}
    env.pop("BRIEFING_API_KEY", None)
    out = subprocess.run([sys.executable, "-m", "briefing", "mcp", "--http", "--host", "0.0.0.0", "--port", str(_free_port())], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "BRIEFING_API_KEY" in out.stderr and "Traceback" not in out.stderr


def test_mcp_tools_return_the_library_error_without_a_crash_log(example_store: Path, tmp_path: Path) -> None:
    errlog = tmp_path / "server.log"

    async def scenario(session: Any) -> list[Any]:
        return [
            await session.call_tool("ask", {"question": "   "}),
            await session.call_tool("ask", {"question": QUESTION, "since": "not a date"}),
            await session.call_tool("write_brief", {"topic": ""}),
        ]

    async def run() -> list[Any]:
        from mcp.client.session import ClientSession
        from mcp.client.stdio import StdioServerParameters, stdio_client

        params = StdioServerParameters(command=sys.executable, args=["-m", "briefing", "mcp"], env={**os.environ, "BRIEFING_STORE__PATH": str(example_store)})
        with errlog.open("w") as fh:
            async with stdio_client(params, errlog=fh) as (read, write), ClientSession(read, write) as session:
                await session.initialize()
                return await scenario(session)

    empty, bad_date, empty_topic = anyio.run(run)
    texts = [" ".join(c.text for c in r.content if c.type == "text") for r in (empty, bad_date, empty_topic)]
    assert all(r.is_error for r in (empty, bad_date, empty_topic))
    assert "the question is empty" in texts[0]
    assert "cannot read the date 'not a date'" in texts[1]
    assert "the topic is empty" in texts[2]
    assert "Traceback" not in errlog.read_text()
