"""The model's context window: prompts are cut to fit it, by tokens, before they are sent.

A prompt is rendered by a function of an evidence budget (in tokens of the offline
tiktoken encoding, `chunk.encoding`): render(0) is the prompt without evidence, whose
size is fixed; what is left of `generate.context_tokens` after it and after the reply
(`generate.max_tokens`) is the evidence budget, filled with passages in rank order
(generate.evidence_block). Our encoding is not the model's tokenizer, so the count is
scaled by a ratio: RATIO_DEFAULT until a server has said better.

A server that still answers 'context length exceeded' (a 400, llm.ContextOverflow) names
its window and how many tokens it counted in our messages: the call is retried once with
that window and that ratio, and both are remembered for the model (per process), so the
next prompt fits on its first try.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import llm
from .errors import LLMError

if TYPE_CHECKING:
    from .settings import Settings

Messages = list[tuple[str, str]]
Render = Callable[[int], Messages]

# Tokens a chat template adds per message (role markers, separators): ChatML adds 5, Llama 3 adds 5,
# OpenAI counts 3-4; rounded up.
MESSAGE_OVERHEAD = 8
# Model tokens per token of our encoding before a server tells us. SmolLM2-135M's tokenizer counts 1.09x
# the cl100k tokens of the five example articles with our answer and brief prompts (3,580 vs 3,270, session 9);
# Llama 3 and OpenAI models count ~1.0x, sentencepiece models (Mistral, Gemma) more. 1.25 covers them with a
# margin: an overlong prompt costs a failed call, a short one a passage.
RATIO_DEFAULT = 1.25
# A learned ratio gets this margin on top: the same prompt's count varies with the passages kept.
RATIO_MARGIN = 1.05
# Fewer evidence tokens than this is no prompt worth sending: one passage of the chunker is ~250 tokens.
MIN_EVIDENCE_TOKENS = 200


@dataclass(frozen=True)
class Window:
    """What is known of one model's context: its size in model tokens and model tokens per token of ours."""

    tokens: int
    ratio: float


_LEARNED: dict[str, Window] = {}
_LOCK = threading.Lock()


def _model_key(settings: Settings, model: llm.ChatModel | None) -> str:
    if model is not None:
        return f"{getattr(model, 'url', '')}|{model.name}"
    return f"{settings.llm_credentials()[1] or ''}|{settings.generate.model}"


def window_of(settings: Settings, model: llm.ChatModel | None = None) -> Window:
    """The window prompts are fitted to: what a server taught for this model, else the settings."""
    with _LOCK:
        learned = _LEARNED.get(_model_key(settings, model))
    return learned or Window(settings.generate.context_tokens, RATIO_DEFAULT)


def count(settings: Settings, messages: Sequence[tuple[str, str]] | str) -> int:
    """Tokens of a prompt (or a text) in the offline encoding, with each message's template overhead."""
    from .chunk import count_tokens

    if isinstance(messages, str):
        return count_tokens(messages, settings.chunk.encoding)
    return sum(count_tokens(text, settings.chunk.encoding) + MESSAGE_OVERHEAD for _, text in messages)


def evidence_budget(settings: Settings, render: Render, window: Window) -> int:
    """Tokens (ours) the evidence may take in the prompt `render` builds, inside `window` after the reply."""
    room = (window.tokens - settings.generate.max_tokens) / window.ratio
    return int(room - count(settings, render(0)))


def learn(settings: Settings, model: llm.ChatModel | None, exc: llm.ContextOverflow, sent: Messages) -> Window:
    """Remember what an overflow said of the model's window; return the window to retry in."""
    old = window_of(settings, model)
    ours = count(settings, sent)
    ratio = old.ratio
    if exc.prompt_tokens and ours:
        ratio = max(exc.prompt_tokens / ours * RATIO_MARGIN, 0.5)
    if exc.window:
        tokens = exc.window
    else:
        # The server did not say: what we sent did not fit, so aim at half of it.
        tokens = min(old.tokens, int(ours * ratio)) // 2 + settings.generate.max_tokens
    new = Window(tokens, ratio)
    with _LOCK:
        _LEARNED[_model_key(settings, model)] = new
    return new


def fitted(settings: Settings, render: Render, model: llm.ChatModel | None = None) -> Messages:
    """The prompt `render` builds with as much evidence as fits the model's window (no retry)."""
    window = window_of(settings, model)
    budget = evidence_budget(settings, render, window)
    if budget < MIN_EVIDENCE_TOKENS:
        raise LLMError(
            f"the model's context window ({window.tokens} tokens) leaves {max(budget, 0)} tokens for evidence after the prompt and "
            f"the reply ({settings.generate.max_tokens} tokens): raise BRIEFING_GENERATE__CONTEXT_TOKENS or lower BRIEFING_GENERATE__MAX_TOKENS"
        )
    return render(budget)


def ask(settings: Settings, render: Render, model: llm.ChatModel | None = None, extra: Messages | None = None) -> llm.Reply:
    """One completion of a prompt fitted to the model's window; one retry, refitted, when the server says it did not fit.

    `extra` messages (a retry's correction) are appended after the fitted prompt and
    counted as part of its fixed size.
    """
    def full(budget: int) -> Messages:
        return render(budget) + list(extra or [])

    sent = fitted(settings, full, model)
    try:
        return llm.complete_reply(settings, sent, model)
    except llm.ContextOverflow as exc:
        learn(settings, model, exc, sent)
        return llm.complete_reply(settings, fitted(settings, full, model), model)


def forget() -> None:
    """Drop what servers taught about their windows (tests; a server restarted with another size)."""
    with _LOCK:
        _LEARNED.clear()
