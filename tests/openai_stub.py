"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat/embeddings protocol with scripted replies."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = str | dict[str, Any] | Callable[[dict[str, Any]], Any]


class OpenAIStub:
    """Each chat request takes the next scripted reply: a string (the message content), or a dict
    {"status": 500, "body": ..., "headers": {...}, "delay": s}, or a callable(request) -> either."""

    def __init__(self, replies: list[Reply] | None = None, default: Reply | None = None) -> None:
        self.replies: list[Reply] = list(replies or [])
        self.default = default
        self.requests: list[dict[str, Any]] = []
        self.streams_finished = 0
        self.streams_closed = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> OpenAIStub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_reply(self, request: dict[str, Any]) -> Any:
        reply = self.replies.pop(0) if self.replies else self.default
        if reply is None:
            return {"status": 500, "body": {"error": {"message": "no scripted reply left"}}}
        return reply(request) if callable(reply) else reply

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout under test)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                request["_path"] = self.path
                request["_auth"] = self.headers.get("Authorization")
                request["_t"] = time.monotonic()
                stub.requests.append(request)
                if self.path.endswith("/embeddings"):
                    inputs = request["input"] if isinstance(request["input"], list) else [request["input"]]
                    data = [{"object": "embedding", "index": i, "embedding": _fake_vector(t)} for i, t in enumerate(inputs)]
                    self._send(200, {"object": "list", "data": data, "model": request.get("model"), "usage": {"prompt_tokens": 1, "total_tokens": 1}})
                    return
                reply = stub.next_reply(request)
                served = request.get("model", "stub")
                word_delay = 0.0
                if isinstance(reply, dict):
                    time.sleep(reply.get("delay", 0))
                    if "status" in reply:
                        self._send(reply["status"], reply.get("body", {"error": {"message": "scripted failure"}}), reply.get("headers"))
                        return
                    served = reply.get("model", served)  # the model that answers, whatever the request named
                    word_delay = reply.get("word_delay", 0.0)  # streaming: seconds between words (a slow or looping model)
                    reply = reply.get("content", "")
                if request.get("stream"):
                    self._stream(str(reply), served, word_delay)
                else:
                    self._send(200, _completion(str(reply), request, served))

            def _stream(self, content: str, served: str, word_delay: float) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = content.split(" ")
                try:
                    for i, w in enumerate(words):
                        piece = w + (" " if i < len(words) - 1 else "")
                        chunk = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0, "model": served,
                                 "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        if word_delay:
                            self.wfile.flush()
                            time.sleep(word_delay)
                    end = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0, "model": served,
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                    self.wfile.flush()
                    stub.streams_finished += 1
                except (BrokenPipeError, ConnectionResetError):
                    stub.streams_closed += 1  # the client closed the stream

        return Handler


def _completion(content: str, request: dict[str, Any], served: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": served or request.get("model", "stub"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def _fake_vector(text: str, dim: int = 8) -> list[float]:
    import hashlib

    h = hashlib.sha256(text.encode()).digest()
    return [b / 255.0 for b in h[:dim]]


def evidence_keys(request: dict[str, Any]) -> list[str]:
    """The citation keys the prompt offered, in order."""
    import re

    text = " ".join(m["content"] for m in request["messages"] if isinstance(m.get("content"), str))
    return re.findall(r'<passage key="([a-z0-9]+)"', text)


def passages(request: dict[str, Any]) -> dict[str, str]:
    """key -> passage text of the prompt."""
    import re

    text = " ".join(m["content"] for m in request["messages"] if isinstance(m.get("content"), str))
    return {k: v.strip() for k, v in re.findall(r'<passage key="([a-z0-9]+)"[^>]*>\n(.*?)\n</passage>', text, re.S)}


def quote(request: dict[str, Any], needle: str, words: int = 8) -> tuple[str, str]:
    """(key, span): a passage of the prompt holding `needle` and a verbatim span of it starting there."""
    for key, text in passages(request).items():
        at = text.find(needle)
        if at >= 0:
            return key, " ".join(text[at:].split()[:words]).rstrip(".,;")
    raise KeyError(needle)


def anchored(request: dict[str, Any], sentence: str, needle: str, words: int = 8) -> str:
    """A model line in the asked-for form: 'Sentence. [key] "verbatim span"'."""
    key, span = quote(request, needle, words)
    return f'{sentence} [{key}] "{span}"'
