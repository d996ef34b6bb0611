"""The only module that names an LLM provider: OpenAI-compatible clients, retries, error wrapping."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ConfigError, LLMError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from .settings import Settings

T = TypeVar("T")
DEFAULT_BASE_URL = "https://api.openai.com/v1"


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
    """A LangChain chat model for any OpenAI-compatible server."""
    from langchain_openai import ChatOpenAI

    key, url = _credentials(settings, "chat")
    g = settings.generate
    return ChatOpenAI(
        model=g.model,
        api_key=key,  # type: ignore[arg-type]
        base_url=url,
        temperature=g.temperature,
        timeout=g.timeout,
        max_retries=g.max_retries,
        streaming=streaming,
    )


def _wrap(exc: Exception, url: str) -> LLMError:
    import openai

    if isinstance(exc, openai.AuthenticationError):
        return LLMError(f"{url}: the API key was refused (401); check OPENAI_API_KEY")
    if isinstance(exc, openai.RateLimitError):
        return LLMError(f"{url}: rate limited (429) after retries; wait or lower the request rate")
    if isinstance(exc, openai.APITimeoutError):
        return LLMError(f"{url}: no answer within the timeout; raise BRIEFING_GENERATE__TIMEOUT or check the server")
    if isinstance(exc, openai.APIConnectionError):
        return LLMError(f"{url}: cannot connect; is the server running and the base URL right?")
    if isinstance(exc, openai.NotFoundError):
        return LLMError(f"{url}: not found (404); check the model name and the base URL (it usually ends in /v1)")
    if isinstance(exc, openai.APIStatusError):
        return LLMError(f"{url}: the server answered {exc.status_code} after retries")
    return LLMError(f"{url}: {exc.__class__.__name__}: {exc}")


def _provider_errors() -> tuple[type[Exception], ...]:
    import openai

    return (openai.OpenAIError,)


def call_openai(fn: Callable[[], T], url: str) -> T:
    """Run one client call (the client retries with backoff itself); wrap what it raises."""
    try:
        return fn()
    except _provider_errors() as exc:
        raise _wrap(exc, url) from None


def complete(settings: Settings, messages: list[tuple[str, str]]) -> str:
    """One chat completion through LangChain; the reply's text."""
    model = chat_model(settings)
    _, url = _credentials(settings, "chat")
    reply = call_openai(lambda: model.invoke(messages), url)
    text = str(reply.content or "")
    if not text.strip():
        raise LLMError(f"{url}: the model sent an empty reply")
    return text


def stream(settings: Settings, messages: list[tuple[str, str]], deadline: float | None = None) -> Iterator[str]:
    """Text pieces of a streamed chat completion through LangChain."""
    model = chat_model(settings, streaming=True)
    _, url = _credentials(settings, "chat")
    start = time.monotonic()
    sent = False
    try:
        for piece in model.stream(messages):
            if deadline is not None and time.monotonic() - start > deadline:
                raise LLMError(f"{url}: the streamed reply took longer than {deadline:.0f} s")
            text = piece.content if isinstance(piece.content, str) else ""
            if text:
                sent = True
                yield text
    except _provider_errors() as exc:
        raise _wrap(exc, url) from None
    if not sent:
        raise LLMError(f"{url}: the model sent an empty reply")
