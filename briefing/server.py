"""`briefing serve`: a thin HTTP adapter (FastAPI) with an OpenAI-compatible chat endpoint.

Routes: POST /ask, POST /brief, GET /sources, GET /health, GET /v1/models,
POST /v1/chat/completions (JSON or SSE). Citations travel as structured data:
in the `citations` field of /ask and /brief, as an extra `citations` field of a
chat completion, and, when streaming, in a final chunk before `data: [DONE]`.
"""
from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import threading
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from pydantic import BaseModel, ConfigDict, Field, field_validator

from . import llm, render
from .corpus import Corpus
from .errors import BriefingError, ConfigError, InputError, LLMError, StoreBusy, StoreUnavailable
from .corpus import check_text
from .retrieve import Filters
from .settings import Settings

log = logging.getLogger("briefing.server")
RATE_WINDOW = 60.0  # seconds: serve.rate_limit counts requests per minute
MAX_CLIENTS = 10_000  # addresses the limiter remembers; the least recently seen are forgotten first


def _unicode(value: object) -> object:
    """Reject text JSON can carry but Unicode cannot (a lone surrogate such as \\ud800): 422, not a 500 later."""
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str):
            try:
                check_text(text, "the text")
            except InputError as exc:
                raise ValueError(str(exc)) from None
    return value


class RateLimiter:
    """At most `limit` requests per RATE_WINDOW seconds per client, remembering at most `max_clients` clients."""

    def __init__(self, limit: int, max_clients: int = MAX_CLIENTS) -> None:
        self.limit = limit
        self.max_clients = max_clients
        self.hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, who: str, now: float | None = None) -> bool:
        """Count a request from `who`; False when it is over the limit."""
        now = time.monotonic() if now is None else now
        with self._lock:
            q = self.hits.pop(who, None) or deque()
            while q and now - q[0] > RATE_WINDOW:
                q.popleft()
            self.hits[who] = q  # most recently seen last
            while len(self.hits) > self.max_clients:
                self.hits.popitem(last=False)
            if len(q) >= self.limit:
                return False
            q.append(now)
            return True


class FilterBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[str] = Field(default_factory=list, max_length=50, description="Only these outlets.")
    since: str | None = Field(default=None, max_length=32, description="Published on or after (ISO date).")
    until: str | None = Field(default=None, max_length=32, description="Published on or before (ISO date).")

    @field_validator("*")
    @classmethod
    def _valid_text(cls, value: object) -> object:
        return _unicode(value)

    def filters(self) -> Filters:
        return Filters(sources=tuple(self.sources), since=self.since, until=self.until)


class AskBody(FilterBody):
    question: str = Field(min_length=1, max_length=2000)


class BriefBody(FilterBody):
    topic: str = Field(min_length=1, max_length=2000)


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = Field(max_length=32)
    content: str | list[dict[str, Any]] | None = None

    @field_validator("content")
    @classmethod
    def _valid_text(cls, value: object) -> object:
        _unicode(_text_of(value))  # type: ignore[arg-type]
        return value


class ChatBody(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(default="briefing", max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=500)
    stream: bool = False


def _is_loopback(host: str) -> bool:
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, api_key: str | None) -> None:
    """Refuse to serve off loopback without a token."""
    if not _is_loopback(host) and not api_key:
        raise ConfigError(f"refusing to bind to {host} without a token: set BRIEFING_API_KEY (clients then send 'Authorization: Bearer <token>'), or bind to 127.0.0.1")


def _error(status: int, message: str, kind: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"message": message, "type": kind}})


def _status(exc: BriefingError) -> int:
    if isinstance(exc, (StoreUnavailable, StoreBusy, LLMError)):
        return 503
    return 400


def _text_of(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type", "text") == "text")
    return ""


def create_app(corpus: Corpus) -> FastAPI:
    """The ASGI app over one Corpus; library calls run one at a time in a worker thread."""
    s = corpus.settings
    serve = s.serve
    app = FastAPI(title="briefing", version="0.1.0", description="Cited situation briefs from news articles; every citation checked against a verbatim quote.")
    lock = threading.Lock()
    limiter = RateLimiter(serve.rate_limit) if serve.rate_limit else None
    limit = request_timeout(s)
    if corpus.chat_model is None and s.generator_name() != "extractive":
        llm.from_settings(s)  # at startup: a missing package is said now, and imports never eat a request's time

    async def call(fn: Callable[[], Any], cancel: threading.Event | None = None) -> Any:
        """Run fn in a worker thread, one at a time; at the timeout its work is told to stop and the store is freed."""
        cancel = cancel or threading.Event()
        end = time.monotonic() + limit

        def locked() -> Any:
            # A request that timed out while waiting for the store never starts its work.
            if not lock.acquire(timeout=max(end - time.monotonic(), 0.0)):
                raise asyncio.TimeoutError
            try:
                if cancel.is_set():
                    raise asyncio.TimeoutError
                with llm.cancellable(cancel):
                    return fn()
            finally:
                lock.release()

        try:
            return await asyncio.wait_for(asyncio.to_thread(locked), timeout=limit)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            cancel.set()  # the worker stops at its next step (model calls poll it) and releases the lock
            raise

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Any:
        if request.url.path not in {"/health"}:
            # Counted before the token check, so guessing tokens is rate-limited too. The address is the
            # peer's, or the forwarded one only from a proxy in serve.trusted_proxies (uvicorn applies it).
            if limiter is not None and not limiter.allow(request.client.host if request.client else "?"):
                return JSONResponse(status_code=429, headers={"Retry-After": "60"}, content={"error": {"message": "rate limit reached", "type": "rate_limit_error"}})
            if s.api_key:
                auth = request.headers.get("authorization", "")
                token = auth[7:] if auth.lower().startswith("bearer ") else ""
                if not hmac.compare_digest(token.encode("utf-8", "surrogateescape"), s.api_key.encode()):
                    return _error(401, "missing or wrong bearer token", "authentication_error")
        length = request.headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return _error(400, "bad Content-Length", "invalid_request_error")
            if int(length) > serve.max_body_bytes:
                return _error(413, f"request body over {serve.max_body_bytes} bytes", "invalid_request_error")
        elif request.method in {"POST", "PUT", "PATCH"}:
            return _error(411, "send a Content-Length header", "invalid_request_error")
        try:
            return await call_next(request)
        except asyncio.TimeoutError:
            return _error(504, f"the request took longer than {limit:.0f} s; its work was stopped", "timeout")
        except InputError as exc:
            return _error(422, str(exc), "invalid_request_error")
        except BriefingError as exc:
            return _error(_status(exc), str(exc), "briefing_error")
        except Exception:  # noqa: BLE001 - never leak a stack trace to a client; the log gets it
            log.exception("500 on %s %s", request.method, request.url.path)
            return _error(500, "internal error; see the server log", "server_error")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), "invalid_request_error" if exc.status_code < 500 else "server_error")

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return _error(422, f"{where}: {first.get('msg', 'invalid request')}", "invalid_request_error")

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "corpus": s.store.corpus, "generator": s.generator_name()}

    @app.get("/sources")
    async def sources() -> dict[str, Any]:
        docs = await call(corpus.sources)
        return {"corpus": s.store.corpus, "documents": [render.document_dict(d) for d in docs]}

    @app.post("/ask")
    async def ask(body: AskBody) -> dict[str, Any]:
        a = await call(lambda: corpus.ask(body.question, filters=body.filters()))
        return render.answer_dict(a)

    @app.post("/brief")
    async def brief(body: BriefBody) -> dict[str, Any]:
        b = await call(lambda: corpus.brief(body.topic, filters=body.filters()))
        return render.brief_dict(b)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": serve.model_name, "object": "model", "created": 0, "owned_by": "briefing"}]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(body: ChatBody) -> Any:
        user = [m for m in body.messages if m.role == "user"]
        if not user or not _text_of(user[-1].content).strip():
            return _error(400, "the last user message is empty", "invalid_request_error")
        text = _text_of(user[-1].content).strip()
        trigger = serve.brief_trigger
        kind: Literal["ask", "brief"] = "brief" if trigger and text.startswith(trigger) else "ask"
        query = text[len(trigger) :].strip() if kind == "brief" else text
        if not query:
            return _error(400, f"say what the brief is about after {trigger}", "invalid_request_error")
        cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        if body.stream:
            return StreamingResponse(_stream(corpus, call, kind, query, cid, serve.model_name, limit), media_type="text/event-stream")
        result = await call(lambda: corpus.brief(query) if kind == "brief" else corpus.ask(query))
        content = result.markdown if kind == "brief" else render.answer_text(result)
        return {
            "id": cid, "object": "chat.completion", "created": int(time.time()), "model": serve.model_name,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "citations": [render.citation_dict(c) for c in result.citations],
            "briefing": _extra(result),
        }

    return app


# Time the extractive fallback may need after the model's deadline (it takes under 2 s on the 804-article
# FA-KES store; the rest is headroom for a loaded machine).
FALLBACK_SECONDS = 30.0
# The request timeout when nothing asks for a longer one.
DEFAULT_REQUEST_TIMEOUT = 120.0


def request_timeout(settings: Settings) -> float:
    """Seconds a request may take: the setting, else the model's total deadline plus the fallback (at least 120)."""
    if settings.serve.request_timeout is not None:
        return settings.serve.request_timeout
    if settings.generator_name() == "extractive":
        return DEFAULT_REQUEST_TIMEOUT
    return max(DEFAULT_REQUEST_TIMEOUT, settings.generate.deadline + FALLBACK_SECONDS)


def _extra(result: Any) -> dict[str, Any]:
    return render.plain_data({"insufficient_evidence": result.insufficient_evidence, "backend": result.backend, "support": result.support.model_dump(), "notes": result.notes})  # type: ignore[no-any-return]


def _chunk(cid: str, model: str, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
    data = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


async def _stream(corpus: Corpus, call: Callable[..., Any], kind: str, query: str, cid: str, model: str, timeout: float) -> AsyncIterator[str]:
    """SSE: verified sentences as they stand, then the sources, then a chunk with structured citations, then [DONE]."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    cancel = threading.Event()

    def on_sentence(text: str) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, render.md_sentence(text))

    async def work() -> Any:
        try:
            if kind == "brief":
                return await call(lambda: corpus.brief(query), cancel)
            return await call(lambda: corpus.ask(query, on_sentence=on_sentence), cancel)
        finally:
            queue.put_nowait(None)

    yield _chunk(cid, model, {"role": "assistant", "content": ""})
    task = asyncio.create_task(work())
    sent = False
    try:
        while True:
            piece = await queue.get()
            if piece is None:
                break
            yield _chunk(cid, model, {"content": (" " if sent else "") + piece})
            sent = True
    finally:
        if not task.done():
            cancel.set()  # the client went away: stop the model and free the store
    try:
        result = await task
    except asyncio.TimeoutError:
        yield _chunk(cid, model, {"content": f"\n\n[error: the request took longer than {timeout:.0f} s]"}, "stop")
        yield "data: [DONE]\n\n"
        return
    except BriefingError as exc:
        yield _chunk(cid, model, {"content": f"\n\n[error: {render.md_text(str(exc))}]"}, "stop")
        yield "data: [DONE]\n\n"
        return
    if kind == "brief":
        yield _chunk(cid, model, {"content": result.markdown})
    elif not sent:
        yield _chunk(cid, model, {"content": render.md_answer(result)})
    tail = render.sources_text(result.citations) if kind == "ask" else ""
    if tail:
        yield _chunk(cid, model, {"content": tail})
    yield _chunk(cid, model, {}, "stop", citations=[render.citation_dict(c) for c in result.citations], briefing=_extra(result))
    yield "data: [DONE]\n\n"


def serve(corpus: Corpus, host: str, port: int) -> None:
    """Run the server (blocking)."""
    import uvicorn

    check_bind(host, corpus.settings.api_key)
    _log_to_stderr()
    proxies = corpus.settings.serve.trusted_proxies
    uvicorn.run(create_app(corpus), host=host, port=port, log_level="warning", timeout_keep_alive=5,
                proxy_headers=bool(proxies), forwarded_allow_ips=",".join(proxies) or None)


def _log_to_stderr() -> None:
    """Server errors (with their traces) go to stderr even when the host app configured no logging."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
