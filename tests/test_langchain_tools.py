"""briefing as LangChain agent tools: search (text + Evidence artifact) and ask (text + Answer artifact), and the agent example."""
from __future__ import annotations

import importlib.util
import re
import sys

from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.utils.function_calling import convert_to_openai_tool

from briefing import Corpus, render
from briefing.langchain import ask_tool, search_tool
from briefing.types import Answer, Evidence

from .conftest import ROOT

QUESTION = "Who replaced the commander of Russian forces in Syria?"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_search_tool_gives_text_to_the_model_and_evidence_as_artifact(corpus: Corpus) -> None:
    tool = search_tool(corpus, k=4)
    schema = convert_to_openai_tool(tool)["function"]
    assert schema["name"] == "search_articles" and schema["parameters"]["required"] == ["query"]
    msg = tool.invoke({"type": "tool_call", "name": "search_articles", "args": {"query": "Chinese embassy security alert"}, "id": "c1"})
    assert isinstance(msg, ToolMessage) and msg.tool_call_id == "c1"
    assert all(isinstance(e, Evidence) for e in msg.artifact)
    assert [e.chunk.chunk_id for e in msg.artifact] == [e.chunk.chunk_id for e in corpus.search("Chinese embassy security alert", k=4)]
    for e in msg.artifact:
        quote = render.evidence_dict(e, corpus.store)["quote"]
        assert f"doc {e.document.doc_id}" in msg.content and _flat(quote) in msg.content
        assert _flat(quote) in _flat(corpus.store.original(e.document.doc_id) or "")
    filtered = tool.invoke({"type": "tool_call", "name": "search_articles", "args": {"query": "China", "sources": ["RT"]}, "id": "c2"})
    assert filtered.artifact and {e.document.source for e in filtered.artifact} == {"RT"}


def test_ask_tool_gives_the_checked_answer_and_the_answer_object(corpus: Corpus) -> None:
    tool = ask_tool(corpus)
    msg = tool.invoke({"type": "tool_call", "name": "ask_articles", "args": {"question": QUESTION}, "id": "c1"})
    direct = corpus.ask(QUESTION)
    assert isinstance(msg.artifact, Answer) and msg.artifact.citations == direct.citations
    assert msg.content == render.answer_text(direct) and "[1]" in msg.content
    refusal = tool.invoke({"question": "What did the Brazilian minister say?"})
    assert "do not answer" in refusal


def test_agent_example_runs_the_tool_loop_offline(corpus: Corpus) -> None:
    spec = importlib.util.spec_from_file_location("langchain_agent", ROOT / "examples" / "langchain_agent.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as `python examples/langchain_agent.py` would: its annotations resolve in its module
    spec.loader.exec_module(module)
    messages = module.run_agent(QUESTION, corpus)
    tool_messages = [m for m in messages if isinstance(m, ToolMessage)]
    assert [m.name for m in tool_messages] == ["search_articles", "ask_articles"]
    assert all(isinstance(e, Evidence) for e in tool_messages[0].artifact) and isinstance(tool_messages[1].artifact, Answer)
    final = messages[-1]
    assert isinstance(final, AIMessage) and not final.tool_calls
    assert final.content == render.answer_text(corpus.ask(QUESTION))
