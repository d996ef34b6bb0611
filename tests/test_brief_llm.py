"""The model path of briefs, step by step, against the scripted OpenAI-compatible server on 127.0.0.1."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from briefing import Corpus, Settings

from .conftest import EXAMPLES, TOPIC
from .openai_stub import OpenAIStub, passages


def _llm_corpus(store: Path, stub: OpenAIStub) -> Corpus:
    return Corpus(Settings(store={"path": store}, generate={"backend": "openai", "model": "stub-model", "base_url": stub.base_url, "api_key": "test-key", "max_retries": 0, "timeout": 10}))


def _key(req: dict[str, Any], needle: str) -> str:
    return next(k for k, t in passages(req).items() if needle in t)


def _step(req: dict[str, Any]) -> str:
    system = req["messages"][0]["content"]
    if "step 1" in system:
        return "outline"
    if "conflicting reports" in system:
        return "conflicts"
    return "section"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _model(req: dict[str, Any]) -> str:
    """A model that names an actor the evidence never mentions and invents a conflict."""
    step = _step(req)
    if step == "outline":
        return json.dumps({"actors": [
            {"name": "China", "backs": "Assad", "form": "political statement"},
            {"name": "Brazil", "backs": "Assad", "form": "military"},
            {"name": "Turkey", "backs": "rebels", "form": "military"},
        ]})
    if step == "conflicts":
        k = _key(req, "Lin Jian")
        return json.dumps({"conflicts": [{"about": "troops sent", "sides": [
            {"text": "China sent 5,000 troops to the government.", "key": k},
            {"text": "China said it supports the efforts to maintain national security and stability.", "key": k},
        ]}]})
    user = req["messages"][-1]["content"]
    if "the actor Turkey" in user:
        return json.dumps({"sentences": [{"text": "The rebellion is led by a coalition of armed groups supported by Turkey.", "key": _key(req, "supported by Turkey")}]})
    if "the actor China" in user:
        return json.dumps({"sentences": [
            {"text": "China said it supports the Syrian regime in its efforts to maintain national security and stability.", "key": _key(req, "national security and stability")},
            {"text": "Brazil pledged two warships.", "key": "zz11"},
        ]})
    return json.dumps({"sentences": [{"text": "A number of nations, including Russia, Iran, Iraq and Egypt, have expressed support for Damascus.", "key": _key(req, "Egypt")}]})


def test_brief_is_planned_in_steps_and_verified(example_store: Path) -> None:
    with OpenAIStub(default=_model) as stub:
        b = _llm_corpus(example_store, stub).brief(TOPIC)
    steps = [_step(r) for r in stub.requests if not r["_path"].endswith("/embeddings")]
    assert steps[0] == "outline" and "section" in steps and "conflicts" in steps
    assert b.backend == "openai:stub-model", b.notes
    assert "Brazil" not in b.markdown.split("> Note")[0]
    assert any("does not support; dropped: Brazil" in n for n in b.notes)
    assert "| China |" in b.markdown and "| Turkey |" in b.markdown
    # The invented conflict (one source on both sides, no disagreement) is dropped, and the brief says none was found.
    assert "5,000" not in b.markdown and "_No conflicting reports found" in b.markdown
    assert any("conflict was dropped" in n for n in b.notes)
    for s in b.sentences:
        for q in s.quotes:
            assert _norm(q.quote) in _norm((EXAMPLES / f"{q.doc_id}.txt").read_text(encoding="utf-8"))


def test_wrong_shape_is_retried_with_the_error_then_falls_back(example_store: Path) -> None:
    wrong = json.dumps({"actors": "China and Russia"})
    with OpenAIStub(default=wrong) as stub:
        b = _llm_corpus(example_store, stub).brief(TOPIC)
    chats = [r for r in stub.requests if not r["_path"].endswith("/embeddings")]
    assert len(chats) == 2  # one try, one retry showing the validation error
    assert "did not have the JSON shape" in chats[1]["messages"][-1]["content"] and "actors" in chats[1]["messages"][-1]["content"]
    assert b.backend == "extractive" and b.sentences
    assert any("shape" in n and "Outline" in n for n in b.notes)
    assert "> Note: fell back to the extractive generator" in b.markdown


def test_wrong_shape_then_right_shape_is_accepted(example_store: Path) -> None:
    script: list[Any] = [json.dumps({"actor": []})]
    with OpenAIStub(script, default=_model) as stub:
        b = _llm_corpus(example_store, stub).brief(TOPIC)
    assert b.backend == "openai:stub-model" and "| China |" in b.markdown


def test_reply_that_is_not_json_falls_back(example_store: Path) -> None:
    with OpenAIStub(default="Sure! Here is your brief: China supports.") as stub:
        b = _llm_corpus(example_store, stub).brief(TOPIC)
    assert b.backend == "extractive" and any("JSON" in n for n in b.notes)
