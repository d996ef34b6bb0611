"""The only module that names an LLM provider: the ChatModel seam, its LangChain implementations, retries and deadlines.

    ChatModel            complete(messages, max_tokens, timeout) -> Reply; stream(...) -> Stream
    ├── LangChainModel   any LangChain chat model: ChatOpenAI for OpenAI-compatible servers
    │                    (the default), or `provider:model` resolved by init_chat_model
    └── FunctionModel    a Python function (tests run the generators in process with it)

`complete()` and `stream()` add what every call needs: tries with backoff inside one
total deadline (`generate.deadline`, shared by all calls of a request when a `Budget`
is open), a cap on output tokens, and cancellation: when the caller gives up (a server
request that timed out), the call returns at once and the HTTP work is abandoned on a
helper thread that holds nothing of the store.
"""
from __future__ import annotations

import contextlib
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .errors import BriefingError, ConfigError, LLMError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from .settings import Settings

T = TypeVar("T")
Messages = list[tuple[str, str]]
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# How often a waiting call looks at its deadline and at cancellation: cheap, and short next to any model call.
POLL_SECONDS = 0.05
# Backoff between tries: 0.5 s, 1 s, 2 s ... (capped), never past the deadline.
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 8.0
# A Retry-After longer than this is not worth waiting for inside one request.
RETRY_AFTER_MAX = 20.0
# Providers whose output cap has another name than max_tokens.
_MAX_TOKENS_FIELD = {"ollama": "num_predict", "google_genai": "max_output_tokens", "google_vertexai": "max_output_tokens"}
# The provider prefixes of LangChain's init_chat_model (langchain.chat_models.base._BUILTIN_PROVIDERS), copied
# so that reading settings never imports langchain, and so that an Ollama tag such as 'gemma:2b' or
# 'llama3.1:8b' on an OpenAI-compatible server stays a model name.
PROVIDERS = frozenset({
    "anthropic", "anthropic_bedrock", "azure_ai", "azure_openai", "baseten", "bedrock", "bedrock_converse", "cohere",
    "deepseek", "fireworks", "google_anthropic_vertex", "google_genai", "google_vertexai", "groq", "huggingface", "ibm",
    "litellm", "meta", "mistralai", "nvidia", "ollama", "openai", "openrouter", "perplexity", "together", "upstage", "xai",
})


class Cancelled(BriefingError):
    """The caller gave up on this request (a server timeout or a closed connection); stop working."""


@dataclass(frozen=True)
class Reply:
    """A model's reply: its text and the name of the model that wrote it, as the response says."""

    text: str
    model: str


class Stream:
    """Text pieces of a streamed reply; `model` is the answering model's name once a piece has said it."""

    def __init__(self, pieces: Iterator[str], model: str, close: Callable[[], None] | None = None) -> None:
        self._pieces = pieces
        self.model = model
        self._close = close

    def __iter__(self) -> Iterator[str]:
        return self._pieces

    def close(self) -> None:
        """Stop the reply: close the connection so the server stops generating."""
        if self._close is not None:
            self._close()


class ChatModel(Protocol):
    """The narrow seam every generator calls; `name` is 'provider:model' as configured."""

    name: str

    def complete(self, messages: Messages, max_tokens: int, timeout: float) -> Reply:
        """One try at a whole reply; raise LLMError (retryable or not) on failure."""
        ...

    def stream(self, messages: Messages, max_tokens: int, timeout: float) -> Stream:
        """One try at a streamed reply."""
        ...


class ContextOverflow(LLMError):
    """The prompt is longer than the model's context window (a 400 'context length exceeded').

    `window` is the context size the server named and `prompt_tokens` how many tokens it
    counted in our messages, when its message says (OpenAI, vLLM and llama-cpp-python do).
    """

    def __init__(self, message: str, window: int | None = None, prompt_tokens: int | None = None) -> None:
        super().__init__(message)
        self.window = window
        self.prompt_tokens = prompt_tokens


# What servers say when a prompt does not fit: OpenAI, vLLM and llama-cpp-python ("This model's maximum
# context length is 4096 tokens. However, you requested 5000 tokens (4400 in the messages, 600 in the
# completion)"), llama.cpp's own server ("exceeds the available context size ... n_ctx = 4096") and others.
_OVERFLOW = re.compile(r"context[_ ](?:length|window|size)|maximum context|too many tokens|prompt is too long", re.I)
_WINDOW = re.compile(r"(?:maximum context length is|context window of|n_ctx\W{0,3}|context size[^\d]{0,20})\s*(\d{3,7})", re.I)
_PROMPT_TOKENS = re.compile(r"\((\d+) in the messages|\((\d+) in your prompt|requested tokens \((\d+)\)|n_prompt_tokens = (\d+)", re.I)


def context_overflow(message: str, url: str) -> ContextOverflow | None:
    """A ContextOverflow when a server's error message says the prompt exceeds the context window, else None."""
    if not _OVERFLOW.search(message):
        return None
    window = _WINDOW.search(message)
    prompt = _PROMPT_TOKENS.search(message)
    used = next((int(g) for g in prompt.groups() if g), None) if prompt else None
    size = f" of {window.group(1)} tokens" if window else ""
    return ContextOverflow(
        f"{url}: the prompt does not fit the model's context window{size}; lower BRIEFING_GENERATE__CONTEXT_TOKENS to the server's context size",
        int(window.group(1)) if window else None, used,
    )


class RetryableError(LLMError):
    """A failure worth another try (timeout, connection, 429, 5xx); `retry_after` when the server said."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


# -- deadlines and cancellation ---------------------------------------------------------


class Budget:
    """Time left for one request's model calls (all tries of all calls), and whether its caller gave up."""

    def __init__(self, seconds: float, cancel: threading.Event | None = None) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.cancel = cancel or threading.Event()
        self.served: list[str] = []  # 'provider:model' of each reply, as the response named its model

    @property
    def backend(self) -> str | None:
        """The model that answered last in this request, as its response said; None before any reply."""
        return self.served[-1] if self.served else None

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self, where: str) -> None:
        """Raise Cancelled when the caller gave up, LLMError when the deadline passed."""
        if self.cancel.is_set():
            raise Cancelled("the request was abandoned by its caller")
        if self.remaining() <= 0:
            raise LLMError(f"{where}: no complete reply within the deadline of {self.seconds:.0f} s (BRIEFING_GENERATE__DEADLINE)")


_BUDGET: ContextVar[Budget | None] = ContextVar("briefing_llm_budget", default=None)
_CANCEL: ContextVar[threading.Event | None] = ContextVar("briefing_llm_cancel", default=None)


@contextlib.contextmanager
def cancellable(event: threading.Event) -> Iterator[None]:
    """Work inside this block stops (Cancelled) soon after `event` is set: servers set it when they give up."""
    token = _CANCEL.set(event)
    try:
        yield
    finally:
        _CANCEL.reset(token)


def check_cancelled() -> None:
    """Raise Cancelled when the caller of this request gave up (call between steps of long work)."""
    event = _CANCEL.get()
    if event is not None and event.is_set():
        raise Cancelled("the request was abandoned by its caller")


@contextlib.contextmanager
def budget(settings: Settings) -> Iterator[Budget]:
    """One total deadline for all model calls inside the block (an open budget is reused, not extended)."""
    current = _BUDGET.get()
    if current is not None:
        yield current
        return
    b = Budget(settings.generate.deadline, _CANCEL.get())
    token = _BUDGET.set(b)
    try:
        yield b
    finally:
        _BUDGET.reset(token)


def _wait(fn: Callable[[], T], b: Budget, where: str) -> T:
    """Run a blocking call on a helper thread; return its result, or give up at the deadline or on cancel.

    The helper holds nothing but its HTTP connection, which times out by itself (the per-try
    timeout never exceeds the budget left); the caller is free at once.
    """
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        if b.cancel.is_set():
            return  # given up before it began: send nothing
        try:
            box.put((True, fn()))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread, which re-raises it
            box.put((False, exc))

    threading.Thread(target=run, daemon=True, name="briefing-llm-call").start()
    while True:
        b.check(where)
        try:
            ok, value = box.get(timeout=min(POLL_SECONDS, max(b.remaining(), 0.001)))
        except queue.Empty:
            continue
        if ok:
            return value  # type: ignore[no-any-return]
        raise value


# -- settings -> model ------------------------------------------------------------------


def provider_of(model: str) -> tuple[str, str] | None:
    """('ollama', 'llama3.1') for 'ollama:llama3.1'; None for a plain model name (OpenAI-compatible)."""
    provider, sep, name = model.partition(":")
    if not sep or not name or provider.replace("-", "_").lower() not in PROVIDERS:
        return None
    return provider.replace("-", "_").lower(), name


def _credentials(settings: Settings, purpose: str) -> tuple[str, str]:
    key, url = settings.embed_credentials() if purpose == "embed" else settings.llm_credentials()
    if not key and not url:
        raise ConfigError("no OpenAI-compatible endpoint configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server")
    # Local servers (Ollama, vLLM, llama.cpp, LM Studio) accept any key.
    return key or "not-needed", url or DEFAULT_BASE_URL


def openai_client(settings: Settings, purpose: str = "chat") -> tuple[Any, str]:
    """(openai.OpenAI, base URL) built from settings."""
    import openai

    key, url = _credentials(settings, purpose)
    g = settings.generate
    return openai.OpenAI(api_key=key, base_url=url, timeout=g.timeout, max_retries=g.max_retries), url


def chat_model(settings: Settings, streaming: bool = False) -> BaseChatModel:
    """A LangChain chat model for any OpenAI-compatible server (the client retries by itself)."""
    from langchain_openai import ChatOpenAI

    key, url = _credentials(settings, "chat")
    g = settings.generate
    return ChatOpenAI(
        model=g.model, api_key=key, base_url=url, temperature=g.temperature,  # type: ignore[arg-type]
        timeout=g.timeout, max_retries=g.max_retries, streaming=streaming, max_tokens=g.max_tokens,  # type: ignore[call-arg]
    )


def from_settings(settings: Settings) -> ChatModel:
    """The chat model the settings name: `provider:model` through init_chat_model, else OpenAI-compatible."""
    g = settings.generate
    prefixed = provider_of(g.model)
    if prefixed is None:
        key, url = _credentials(settings, "chat")
        import langchain_openai  # noqa: F401 - imported here, not on the helper thread of the first call (seconds, under the import lock)

        def build_openai(max_tokens: int, timeout: float) -> BaseChatModel:
            from langchain_openai import ChatOpenAI

            # LangChain sends max_completion_tokens (OpenAI's name); llama.cpp, vLLM and Ollama servers
            # read max_tokens, so a local server gets both.
            extra = {"extra_body": {"max_tokens": max_tokens}} if url.rstrip("/") != DEFAULT_BASE_URL else {}
            return ChatOpenAI(
                model=g.model, api_key=key, base_url=url, temperature=g.temperature,  # type: ignore[arg-type]
                timeout=timeout, max_retries=0, max_tokens=max_tokens, **extra,  # type: ignore[call-arg]
            )

        return LangChainModel(f"openai:{g.model}", "openai", url, build_openai)
    provider, name = prefixed
    return _init_chat_model(settings, provider, name)


def _init_chat_model(settings: Settings, provider: str, name: str) -> ChatModel:
    """Any LangChain chat model, by LangChain's own provider table (langchain.chat_models.init_chat_model)."""
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        raise ConfigError("a 'provider:model' setting needs the langchain package: pip install langchain") from None
    g = settings.generate
    extra: dict[str, Any] = {}
    if provider == "openai":
        key, url = settings.llm_credentials()
        extra = {"api_key": key or "not-needed", "base_url": url} if url else ({"api_key": key} if key else {})
    else:
        # OPENAI_* variables belong to OpenAI-compatible servers; other providers read their own (ANTHROPIC_API_KEY ...).
        if g.base_url:
            extra["base_url"] = g.base_url
        if g.api_key:
            extra["api_key"] = g.api_key
    where = extra.get("base_url") or provider

    def build(max_tokens: int, timeout: float) -> BaseChatModel:
        kwargs = {**extra, "temperature": g.temperature, "timeout": timeout, "max_retries": 0, _MAX_TOKENS_FIELD.get(provider, "max_tokens"): max_tokens}
        if provider == "openai" and str(extra.get("base_url", DEFAULT_BASE_URL)).rstrip("/") != DEFAULT_BASE_URL:
            kwargs["extra_body"] = {"max_tokens": max_tokens}  # local servers read max_tokens, not max_completion_tokens
        try:
            return init_chat_model(f"{provider}:{name}", **kwargs)
        except ImportError as exc:
            pkg = _missing_package(str(exc)) or f"langchain-{provider.replace('_', '-')}"
            raise ConfigError(f"BRIEFING_GENERATE__MODEL={provider}:{name} needs the LangChain integration package {pkg}: pip install {pkg}") from None
        except ValueError as exc:
            raise ConfigError(f"BRIEFING_GENERATE__MODEL={provider}:{name}: {str(exc).splitlines()[0]}") from None

    model = LangChainModel(f"{provider}:{name}", provider, str(where), build)
    build(g.max_tokens, g.timeout)  # fail now, at configuration, when the package is missing
    return model


def _missing_package(message: str) -> str | None:
    m = re.search(r"pip install ([\w\-\[\]]+)", message)
    return m.group(1) if m else None


# -- implementations ---------------------------------------------------------------------


def _provider_errors() -> tuple[type[BaseException], ...]:
    import httpx
    import openai

    return (openai.OpenAIError, httpx.HTTPError, ConnectionError, TimeoutError)


def _retry_after(exc: Any) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _wrap(exc: BaseException, url: str) -> LLMError:
    """One LLMError (RetryableError when another try may help) for what a provider raised."""
    import httpx
    import openai

    if isinstance(exc, openai.AuthenticationError):
        return LLMError(f"{url}: the API key was refused (401); check OPENAI_API_KEY")
    if isinstance(exc, openai.RateLimitError):
        return RetryableError(f"{url}: rate limited (429) after retries; wait or lower the request rate", _retry_after(exc))
    if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)):
        return RetryableError(f"{url}: no answer within the timeout; raise BRIEFING_GENERATE__TIMEOUT or check the server")
    if isinstance(exc, (openai.APIConnectionError, httpx.TransportError, ConnectionError)):
        return RetryableError(f"{url}: cannot connect; is the server running and the base URL right?")
    if isinstance(exc, openai.NotFoundError):
        return LLMError(f"{url}: not found (404); check the model name and the base URL (it usually ends in /v1)")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code in (400, 413, 422):
            overflow = context_overflow(_error_text(exc), url)
            if overflow is not None:
                return overflow
        message = f"{url}: the server answered {exc.status_code} after retries"
        return RetryableError(message, _retry_after(exc)) if exc.status_code in (408, 409) or exc.status_code >= 500 else LLMError(message)
    return LLMError(f"{url}: {exc.__class__.__name__}: {exc}")


def _error_text(exc: Any) -> str:
    """The message and code of a provider's error response, however its body is shaped."""
    body = getattr(exc, "body", None)
    parts = [str(getattr(exc, "message", "") or exc)]
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            parts += [str(inner.get("message", "")), str(inner.get("code", ""))]
            # llama.cpp's own server gives the sizes as fields
            parts += [f"{k} = {inner[k]}" for k in ("n_ctx", "n_prompt_tokens") if k in inner]
        else:
            parts.append(str(inner))
    return " ".join(parts)


def _model_name(message: Any, fallback: str) -> str:
    meta = getattr(message, "response_metadata", None) or {}
    return str(meta.get("model_name") or meta.get("model") or fallback)


class LangChainModel:
    """A ChatModel over a LangChain chat model, built per try (the per-try timeout and token cap go in)."""

    def __init__(self, name: str, provider: str, url: str, build: Callable[[int, float], BaseChatModel]) -> None:
        self.name = name
        self.provider = provider
        self.url = url
        self._build = build

    def complete(self, messages: Messages, max_tokens: int, timeout: float) -> Reply:
        model = self._build(max_tokens, timeout)
        try:
            message = model.invoke(messages)
        except _provider_errors() as exc:
            raise _wrap(exc, self.url) from None
        text = message.content if isinstance(message.content, str) else "".join(
            p.get("text", "") if isinstance(p, dict) else str(p) for p in message.content
        )
        return Reply(text, _model_name(message, self.name.split(":", 1)[1]))

    def stream(self, messages: Messages, max_tokens: int, timeout: float) -> Stream:
        model = self._build(max_tokens, timeout)
        chunks = model.stream(messages)
        holder = Stream(iter(()), self.name.split(":", 1)[1], chunks.close)

        def pieces() -> Iterator[str]:
            try:
                for chunk in chunks:
                    name = _model_name(chunk, "")
                    if name:
                        holder.model = name
                    text = chunk.content if isinstance(chunk.content, str) else ""
                    if text:
                        yield text
            except _provider_errors() as exc:
                raise _wrap(exc, self.url) from None

        holder._pieces = pieces()
        return holder


class FunctionModel:
    """A ChatModel backed by a Python function (messages, max_tokens) -> reply text; for in-process tests.

    `stream_fn` (same arguments) yields the pieces of a streamed reply; without it the
    reply of `fn` is streamed word by word. Either may raise LLMError to play a failure.
    """

    def __init__(self, fn: Callable[[Messages, int], str], stream_fn: Callable[[Messages, int], Iterator[str]] | None = None, name: str = "function:fake") -> None:
        self.name = name
        self.fn = fn
        self.stream_fn = stream_fn
        self.calls: list[Messages] = []

    def complete(self, messages: Messages, max_tokens: int, timeout: float) -> Reply:
        self.calls.append(messages)
        return Reply(self.fn(messages, max_tokens), self.name.split(":", 1)[-1])

    def stream(self, messages: Messages, max_tokens: int, timeout: float) -> Stream:
        self.calls.append(messages)
        if self.stream_fn is not None:
            pieces = iter(self.stream_fn(messages, max_tokens))
        else:
            pieces = iter(re.findall(r"\S+\s*", self.fn(messages, max_tokens)))
        return Stream(pieces, self.name.split(":", 1)[-1])


# -- calls with tries, a deadline and cancellation ---------------------------------------


def _tries(settings: Settings, model: ChatModel, b: Budget, attempt: Callable[[float], T]) -> T:
    """Call attempt(timeout) until it succeeds, a failure is final, the tries run out or the budget does."""
    g = settings.generate
    where = getattr(model, "url", model.name)
    delay = BACKOFF_FIRST
    for i in range(g.max_retries + 1):
        b.check(where)
        try:
            return attempt(min(g.timeout, max(b.remaining(), 0.001)))
        except RetryableError as exc:
            if i == g.max_retries:
                raise
            wait = exc.retry_after if exc.retry_after is not None and exc.retry_after <= RETRY_AFTER_MAX else delay
            if wait >= b.remaining():
                raise
            _sleep(wait, b, where)
            delay = min(delay * 2, BACKOFF_MAX)
    raise AssertionError("unreachable")


def _sleep(seconds: float, b: Budget, where: str) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        b.check(where)
        time.sleep(min(POLL_SECONDS, left))


def complete_reply(settings: Settings, messages: Messages, model: ChatModel | None = None) -> Reply:
    """One chat completion within the request's deadline: the reply and the model that wrote it."""
    model = model or from_settings(settings)
    where = getattr(model, "url", model.name)
    with budget(settings) as b:
        reply = _tries(settings, model, b, lambda timeout: _wait(lambda: model.complete(messages, settings.generate.max_tokens, timeout), b, where))
        b.served.append(f"{model.name.split(':', 1)[0]}:{reply.model}")
    if not reply.text.strip():
        raise LLMError(f"{where}: the model sent an empty reply")
    return reply


def complete(settings: Settings, messages: Messages, model: ChatModel | None = None) -> str:
    """One chat completion; the reply's text."""
    return complete_reply(settings, messages, model).text


def open_stream(settings: Settings, messages: Messages, model: ChatModel | None = None, deadline: float | None = None) -> Stream:
    """A streamed reply within the request's deadline (and `deadline` seconds, when given); cancellable.

    The pieces come through a helper thread, so a stalled server or a caller that gave up
    never blocks the caller past the deadline; on either, the connection is closed.
    """
    model = model or from_settings(settings)
    where = getattr(model, "url", model.name)
    out = Stream(iter(()), model.name.split(":", 1)[-1])

    def pieces() -> Iterator[str]:
        with budget(settings) as b:
            local = b if deadline is None or deadline >= b.remaining() else Budget(deadline, b.cancel)
            sent = False
            for i in range(settings.generate.max_retries + 1):
                try:
                    for piece in _pump(settings, model, messages, local, where, out):
                        sent = True
                        yield piece
                    break
                except RetryableError as exc:
                    # A stream that already showed text cannot be retried without repeating it.
                    if sent or i == settings.generate.max_retries or (exc.retry_after or BACKOFF_FIRST) >= local.remaining():
                        raise
                    _sleep(min(exc.retry_after or BACKOFF_FIRST * 2**i, BACKOFF_MAX), local, where)
            if not sent:
                raise LLMError(f"{where}: the model sent an empty reply")

    out._pieces = pieces()
    return out


def _pump(settings: Settings, model: ChatModel, messages: Messages, b: Budget, where: str, out: Stream) -> Iterator[str]:
    """Pieces of one streamed try, read on a helper thread; the consumer checks the budget between them."""
    b.check(where)
    timeout = min(settings.generate.timeout, max(b.remaining(), 0.001))
    box: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        stream: Stream | None = None
        try:
            stream = model.stream(messages, settings.generate.max_tokens, timeout)
            for piece in stream:
                out.model = stream.model
                if stop.is_set():
                    break
                box.put(("piece", piece))
            out.model = stream.model
            box.put(("end", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread, which re-raises it
            box.put(("error", exc))
        finally:
            if stream is not None:
                stream.close()

    threading.Thread(target=run, daemon=True, name="briefing-llm-stream").start()
    try:
        while True:
            b.check(where)
            try:
                kind, value = box.get(timeout=min(POLL_SECONDS, max(b.remaining(), 0.001)))
            except queue.Empty:
                continue
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()


def stream(settings: Settings, messages: Messages, deadline: float | None = None, model: ChatModel | None = None) -> Iterator[str]:
    """Text pieces of a streamed chat completion (see open_stream)."""
    yield from open_stream(settings, messages, model, deadline)


def call_openai(fn: Callable[[], T], url: str) -> T:
    """Run one client call (the client retries with backoff itself); wrap what it raises."""
    try:
        return fn()
    except _provider_errors() as exc:
        raise _wrap(exc, url) from None
