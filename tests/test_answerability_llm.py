"""The chat model's answer gets the extractive reader's constraint checks before it is shown (scripted server on 127.0.0.1)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing import Corpus, Settings

from .openai_stub import OpenAIStub, anchored


def _ask(store: Path, question: str, sentence: str, needle: str) -> Any:
    def reply(req: dict[str, Any]) -> str:
        return anchored(req, sentence, needle)

    with OpenAIStub([reply]) as stub:
        c = Corpus(Settings(store={"path": store}, generate={"backend": "openai", "model": "stub-model", "base_url": stub.base_url, "api_key": "k", "max_retries": 0, "timeout": 10}))
        answer = c.ask(question)
    assert len(stub.requests) == 1  # the model was asked: the pre-check let the question through
    return answer


def test_a_model_count_of_another_event_is_not_shown(example_store: Path) -> None:
    a = _ask(example_store, "How many civilians were wounded in the strikes on the outskirts of Es-Safira?",
             "11 civilians are believed to have died in the strikes near Es-Safira.", "11 civilians")
    assert a.insufficient_evidence
    assert any("model's answer was not shown" in n and "wound" in n for n in a.notes), a.notes


def test_a_model_count_of_the_asked_event_is_shown(example_store: Path) -> None:
    a = _ask(example_store, "How many civilians are believed to have died in the strikes on the outskirts of Es-Safira?",
             "11 civilians are believed to have died in the strikes near Es-Safira.", "11 civilians")
    assert not a.insufficient_evidence and a.backend == "openai:stub-model", a.notes
    assert "11 civilians" in a.answer
