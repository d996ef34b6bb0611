"""briefing as tools of a LangChain agent: a tool-calling loop over search_articles and ask_articles.

    briefing ingest examples/articles      # once
    python examples/langchain_agent.py "Who replaced the commander of Russian forces in Syria?"

The loop is the usual one: the model answers or asks for tool calls, each tool call runs and its
ToolMessage (text for the model, briefing's own Evidence / Answer objects as the artifact) goes back
to the model. To run offline with no key, the model here is a scripted tool caller built on
langchain_core's fake chat model: it searches, then asks, then returns the checked answer. Swap in
any chat model that calls tools, e.g. `init_chat_model("openai:gpt-4o-mini")` (plus its package).
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatResult

from briefing import Corpus, Settings
from briefing.langchain import ask_tool, search_tool


class ScriptedToolCaller(GenericFakeChatModel):
    """Offline stand-in for a tool-calling model: search first, then ask, then reply with what ask returned."""

    messages: Any = iter(())  # GenericFakeChatModel requires it; replies are computed from the conversation instead

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedToolCaller:
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        from langchain_core.outputs import ChatGeneration

        question = next(str(m.content) for m in messages if isinstance(m, HumanMessage))
        done = [m.name for m in messages if isinstance(m, ToolMessage)]
        if "search_articles" not in done:
            reply = AIMessage(content="", tool_calls=[{"name": "search_articles", "args": {"query": question}, "id": "call_search"}])
        elif "ask_articles" not in done:
            reply = AIMessage(content="", tool_calls=[{"name": "ask_articles", "args": {"question": question}, "id": "call_ask"}])
        else:
            reply = AIMessage(content=str(messages[-1].content))
        return ChatResult(generations=[ChatGeneration(message=reply)])


def run_agent(question: str, corpus: Corpus, model: Any = None, max_steps: int = 6) -> list[BaseMessage]:
    """The agent loop; returns the whole conversation (the last message is the model's reply)."""
    tools = {t.name: t for t in (search_tool(corpus, k=4), ask_tool(corpus))}
    llm = (model or ScriptedToolCaller()).bind_tools(list(tools.values()))
    messages: list[BaseMessage] = [HumanMessage(question)]
    for _ in range(max_steps):
        reply = llm.invoke(messages)
        messages.append(reply)
        if not reply.tool_calls:
            break
        for call in reply.tool_calls:
            messages.append(tools[call["name"]].invoke(call))  # a ToolMessage with .content and .artifact
    return messages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("question", nargs="*", help="the question (default: a question about the example articles)")
    ap.add_argument("--store", type=Path, help="store folder (default: BRIEFING_STORE__PATH or ./vectorstore)")
    args = ap.parse_args()
    settings = Settings()
    if args.store:
        settings.store.path = args.store
    question = " ".join(args.question) or "Which countries expressed support for Damascus?"
    for m in run_agent(question, Corpus(settings)):
        if isinstance(m, ToolMessage):
            print(f"--- tool {m.name}: {type(m.artifact).__name__ if not isinstance(m.artifact, list) else f'{len(m.artifact)} Evidence'} as artifact")
        elif isinstance(m, AIMessage) and m.tool_calls:
            print("--- model calls", ", ".join(f"{c['name']}({c['args']})" for c in m.tool_calls))
        elif isinstance(m, AIMessage):
            print("--- model replies\n" + str(m.content))


if __name__ == "__main__":
    main()
