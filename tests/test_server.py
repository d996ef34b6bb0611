"""`briefing serve` on 127.0.0.1 with the official openai client (sync and streaming) and plain HTTP."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from briefing import Corpus, Settings

from .conftest import TOPIC
from .openai_stub import OpenAIStub, anchored

pytestmark = pytest.mark.slow
QUESTION = "Who replaced the commander of Russian forces in Syria?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(store: Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    full = {**os.environ, "BRIEFING_STORE__PATH": str(store), **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--port", str(port), *args], env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server exited")
        try:
            urllib.request.urlopen(f"{base}/health", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


@pytest.fixture(scope="module")
def server(example_store: Path) -> Iterator[str]:
    proc, base = _start(example_store, {"BRIEFING_API_KEY": "s3cret", "BRIEFING_SERVE__MAX_BODY_BYTES": "20000"})
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def _client(base: str, key: str = "s3cret") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0, timeout=120)


def _post(url: str, body: bytes, key: str = "s3cret") -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_chat_completion_matches_ask(server: str, corpus: Corpus) -> None:
    client = _client(server)
    assert [m.id for m in client.models.list().data] == ["briefing"]
    resp = client.chat.completions.create(model="briefing", messages=[{"role": "user", "content": QUESTION}])
    content = resp.choices[0].message.content or ""
    citations = resp.model_extra["citations"]
    direct = corpus.ask(QUESTION)
    assert content.startswith(direct.answer) and "**Sources**" in content
    assert [c["quote"] for c in citations] == [c.quote for c in direct.citations]
    assert all(f"[{c['id']}]" in content for c in citations)
    assert resp.model_extra["briefing"]["insufficient_evidence"] is False


def test_streaming_carries_citations_in_a_final_chunk(server: str) -> None:
    stream = _client(server).chat.completions.create(model="briefing", messages=[{"role": "user", "content": QUESTION}], stream=True)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    citations = final.model_extra["citations"]
    assert citations and "Chaiko" in text and "**Sources**" in text
    assert all(f"[{c['id']}]" in text for c in citations)


def test_brief_trigger_writes_a_brief(server: str) -> None:
    resp = _client(server).chat.completions.create(model="briefing", messages=[{"role": "user", "content": f"/brief {TOPIC}"}])
    content = resp.choices[0].message.content or ""
    assert content.startswith("# Brief:") and "## Key actors" in content
    assert len(resp.model_extra["citations"]) > 5


def test_rest_endpoints_and_errors(server: str) -> None:
    status, data = _post(f"{server}/ask", json.dumps({"question": QUESTION}).encode())
    assert status == 200 and "Chaiko" in data["answer"] and data["citations"]
    status, data = _post(f"{server}/ask", json.dumps({"question": QUESTION, "sources": ["RT"]}).encode())
    assert status == 200 and all(c["source"] == "RT" for c in data["citations"])
    status, data = _post(f"{server}/ask", b'{"questio": 1}')
    assert status == 422 and "question" in data["error"]["message"] and "Traceback" not in json.dumps(data)
    status, data = _post(f"{server}/ask", b"not json")
    assert status == 422
    status, data = _post(f"{server}/ask", json.dumps({"question": "x" * 30000}).encode())
    assert status == 413
    status, data = _post(f"{server}/ask", json.dumps({"question": QUESTION}).encode(), key="wrong")
    assert status == 401
    with pytest.raises(openai.AuthenticationError):
        _client(server, key="wrong").chat.completions.create(model="briefing", messages=[{"role": "user", "content": QUESTION}])
    req = urllib.request.Request(f"{server}/sources", headers={"Authorization": "Bearer s3cret"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert len(json.loads(r.read())["documents"]) == 5
    with _open(f"{server}/openapi.json") as r:
        assert "/v1/chat/completions" in json.loads(r.read())["paths"]


def _open(url: str) -> Any:
    return urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer s3cret"}), timeout=30)


def test_binding_off_loopback_without_a_token_is_refused(example_store: Path) -> None:
    env = {**os.environ, "BRIEFING_STORE__PATH": str(example_store)}
    env.pop("BRIEFING_API_KEY", None)
    out = subprocess.run([sys.executable, "-m", "briefing", "serve", "--host", "0.0.0.0", "--port", str(_free_port())], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "BRIEFING_API_KEY" in out.stderr


def test_chat_endpoint_with_the_openai_generator(example_store: Path) -> None:
    def reply(req: dict[str, Any]) -> str:
        return anchored(req, "Alexander Chaiko reportedly replaced Sergei Kisel as commander of the Russian forces in Syria.", "Chaiko") + " Japan sent troops [zz00]."

    with OpenAIStub([reply, reply]) as stub:
        proc, base = _start(example_store, {"OPENAI_BASE_URL": stub.base_url, "OPENAI_API_KEY": "k", "BRIEFING_GENERATE__MODEL": "local"})
        try:
            client = openai.OpenAI(base_url=f"{base}/v1", api_key="unused", max_retries=0, timeout=120)
            resp = client.chat.completions.create(model="briefing", messages=[{"role": "user", "content": QUESTION}])
            chunks = list(client.chat.completions.create(model="briefing", messages=[{"role": "user", "content": QUESTION}], stream=True))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    content = resp.choices[0].message.content or ""
    assert resp.model_extra["briefing"]["backend"] == "openai:local" and "Chaiko" in content and "Japan" not in content and "zz00" not in content
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Chaiko" in streamed and "Japan" not in streamed and chunks[-1].model_extra["citations"]


def _get(url: str, key: str, forwarded: str | None = None) -> int:
    headers = {"Authorization": f"Bearer {key}", **({"X-Forwarded-For": forwarded} if forwarded else {})}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)


def test_wrong_tokens_are_rate_limited_and_forwarded_for_is_not_trusted(example_store: Path) -> None:
    proc, base = _start(example_store, {"BRIEFING_API_KEY": "s3cret", "BRIEFING_SERVE__RATE_LIMIT": "4"})
    try:
        wrong = [_get(f"{base}/sources", "guess", forwarded=f"10.0.0.{i}") for i in range(6)]
        right = _get(f"{base}/sources", "s3cret", forwarded="10.9.9.9")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert wrong == [401] * 4 + [429] * 2  # guesses count; a forged address is not a new client
    assert right == 429


def test_a_trusted_proxy_names_the_client(example_store: Path) -> None:
    proc, base = _start(example_store, {"BRIEFING_SERVE__RATE_LIMIT": "2", "BRIEFING_SERVE__TRUSTED_PROXIES": '["127.0.0.1"]'})
    try:
        codes = [_get(f"{base}/sources", "", forwarded=f"10.0.0.{i % 3}") for i in range(6)]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert codes == [200] * 6  # three clients behind the proxy, two requests each


def test_the_limiter_table_is_bounded() -> None:
    from briefing.server import RateLimiter

    limiter = RateLimiter(limit=2, max_clients=100)
    assert all(limiter.allow(f"10.{i // 65536}.{i // 256 % 256}.{i % 256}", now=float(i) / 1000) for i in range(20_000))
    assert len(limiter.hits) == 100
    assert limiter.allow("a", 0.0) and limiter.allow("a", 1.0) and not limiter.allow("a", 2.0)
    assert limiter.allow("a", 61.5)  # the window has moved on


def test_invalid_unicode_is_a_422_not_a_500(server: str) -> None:
    for path, body in (
        ("/ask", b'{"question": "who \\ud800 won"}'),
        ("/ask", b'{"question": "who won", "sources": ["\\udcff"]}'),
        ("/brief", b'{"topic": "\\udfff"}'),
        ("/v1/chat/completions", b'{"model": "briefing", "messages": [{"role": "user", "content": "x \\ud83d y"}]}'),
        ("/v1/chat/completions", b'{"model": "briefing", "messages": [{"role": "user", "content": [{"type": "text", "text": "\\udc80"}]}]}'),
    ):
        status, data = _post(f"{server}{path}", body)
        assert status == 422 and "unicode" in data["error"]["message"].lower(), (path, status, data)


def test_a_server_error_is_logged_with_its_trace(example_store: Path, caplog: pytest.LogCaptureFixture) -> None:
    import threading

    import uvicorn

    from briefing.server import create_app

    class Broken(Corpus):
        def sources(self) -> Any:
            raise RuntimeError("disk on fire")

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Broken(Settings(store={"path": example_store}))), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 30
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        with caplog.at_level("INFO", logger="briefing.server"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/sources", timeout=30)
            except urllib.error.HTTPError as e:
                status, body = e.code, json.loads(e.read())
            bad = _post(f"http://127.0.0.1:{port}/ask", json.dumps({"question": "  "}).encode())
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert status == 500 and "disk on fire" not in json.dumps(body) and "Traceback" not in json.dumps(body)
    crashes = [r for r in caplog.records if r.name == "briefing.server" and r.levelname == "ERROR"]
    assert len(crashes) == 1 and crashes[0].exc_info and "disk on fire" in str(crashes[0].exc_info[1])
    assert bad[0] == 400 and "the question is empty" in bad[1]["error"]["message"]  # a user error is not a crash
