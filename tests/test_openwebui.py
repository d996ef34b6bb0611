"""The Open WebUI Pipe in examples/, loaded as Open WebUI loads a function file, against a real `briefing serve` on loopback."""
from __future__ import annotations

import asyncio
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from briefing import Corpus, render

from .conftest import ROOT, TOPIC

pytestmark = pytest.mark.slow
QUESTION = "Who replaced the commander of Russian forces in Syria?"
KEY = "pipe-s3cret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(example_store: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store), "BRIEFING_API_KEY": KEY}
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while True:
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server exited")
        try:
            urllib.request.urlopen(f"{base}/health", timeout=1)
            break
        except OSError:
            if time.time() > deadline:
                proc.kill()
                raise
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def _load_pipe_module() -> ModuleType:
    """As Open WebUI does: the file's source executed as a fresh module, then Pipe() instantiated."""
    spec = importlib.util.spec_from_file_location("function_briefing", ROOT / "examples" / "openwebui_pipe.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _run(base: str, text: str, **valves: Any) -> tuple[str, list[dict[str, Any]]]:
    module = _load_pipe_module()
    pipe = module.Pipe()
    pipe.valves = module.Pipe.Valves(BRIEFING_URL=base, **valves)  # Open WebUI sets the stored valves like this
    events: list[dict[str, Any]] = []

    async def emitter(event: dict[str, Any]) -> None:
        events.append(event)

    async def go() -> str:
        body = {"model": "briefing", "stream": True, "messages": [{"role": "user", "content": text}]}
        return "".join([piece async for piece in pipe.pipe(body, __event_emitter__=emitter)])

    return asyncio.run(go()), events


def test_pipe_streams_the_answer_and_emits_one_source_per_citation(server: str, corpus: Corpus) -> None:
    text, events = _run(server, QUESTION, BRIEFING_API_KEY=KEY)
    direct = corpus.ask(QUESTION)  # what `briefing ask --json` prints
    assert text == render.answer_text(direct)
    sources = [e["data"] for e in events if e["type"] == "source"]
    assert len(sources) == len(direct.citations) >= 1
    for data, c in zip(sources, direct.citations):  # in id order
        assert data["document"] == [c.quote]
        meta = data["metadata"][0]
        assert meta["doc_id"] == c.doc_id and meta["citation_id"] == c.id
        assert meta.get("title") == c.title and meta.get("outlet") == c.source and meta.get("date") == c.published
        assert data["source"]["name"].startswith(f"[{c.id}] ")
    statuses = [e["data"] for e in events if e["type"] == "status"]
    assert statuses[0]["done"] is False and statuses[-1]["done"] is True


def test_pipe_writes_a_brief_on_the_brief_trigger(server: str, corpus: Corpus) -> None:
    text, events = _run(server, f"/brief {TOPIC}", BRIEFING_API_KEY=KEY)
    b = corpus.brief(TOPIC)
    assert text == b.markdown
    assert [e["data"]["document"][0] for e in events if e["type"] == "source"] == [c.quote for c in b.citations]


def test_pipe_says_what_is_wrong_with_the_valves(server: str) -> None:
    text, events = _run(server, QUESTION, BRIEFING_API_KEY="wrong")
    assert "401" in text and "bearer token" in text and not [e for e in events if e["type"] == "source"]
    text, _ = _run(server, QUESTION, BRIEFING_API_KEY=KEY, CORPUS="elsewhere")
    assert "serves corpus 'default', not 'elsewhere'" in text and "briefing serve --corpus elsewhere" in text
    text, _ = _run(server, QUESTION, BRIEFING_API_KEY=KEY, CORPUS="default")
    assert "[1]" in text
    text, _ = _run(f"http://127.0.0.1:{_free_port()}", QUESTION)
    assert "cannot reach the briefing server" in text
