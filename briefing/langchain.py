"""LangChain adapters: a BaseRetriever over the hybrid retrieval, a Runnable for cited answers, and agent tools.

    from briefing import Corpus
    from briefing.langchain import BriefingRetriever, ask_tool, cited_answer, search_tool

    retriever = BriefingRetriever(corpus=Corpus(), k=5)
    chain = RunnableLambda(lambda q: {"question": q}) | cited_answer(Corpus())
    tools = [search_tool(Corpus()), ask_tool(Corpus())]   # model.bind_tools(tools) in an agent loop
"""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field

from . import render
from .corpus import Corpus
from .retrieve import Filters
from .types import Answer, Evidence


class BriefingRetriever(BaseRetriever):
    """Hybrid (dense + BM25) retrieval as LangChain Documents; metadata carries doc id, outlet, date and a verbatim quote."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    corpus: Corpus
    k: int = 8
    filters: Filters | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        evidence = self.corpus.search(query, k=self.k, filters=self.filters)
        out = []
        for e in evidence:
            meta = render.evidence_dict(e, self.corpus.store)
            text = meta.pop("text")
            out.append(LCDocument(page_content=text, metadata={k: v for k, v in meta.items() if v is not None}, id=e.chunk.chunk_id))
        return out


def cited_answer(corpus: Corpus) -> Runnable[Any, dict[str, Any]]:
    """A Runnable: a question (str, or a dict with 'question') -> the Answer as a dict (answer, citations, ...)."""

    def run(value: Any) -> dict[str, Any]:
        question = value.get("question") if isinstance(value, dict) else value
        if not isinstance(question, str):
            raise TypeError("cited_answer takes a question string or {'question': str}")
        return render.answer_dict(corpus.ask(question))

    return RunnableLambda(run, name="briefing_cited_answer")


class _FilterArgs(BaseModel):
    sources: list[str] = Field(default_factory=list, description="Only articles from these outlets (empty: all).")
    since: str | None = Field(default=None, description="Only articles published on or after this ISO date.")
    until: str | None = Field(default=None, description="Only articles published on or before this ISO date.")


class SearchArgs(_FilterArgs):
    query: str = Field(description="What to look for in the stored news articles.")


class AskArgs(_FilterArgs):
    question: str = Field(description="A question the stored news articles may answer.")


def evidence_text(evidence: list[Evidence], corpus: Corpus) -> str:
    """Evidence for a model: one block per chunk with doc id, outlet, date and title, then the verbatim quote."""
    if not evidence:
        return "No stored article matches this query."
    return "\n\n".join(render.evidence_plain(e, corpus.store) for e in evidence)


def search_tool(corpus: Corpus, k: int = 5, name: str = "search_articles") -> BaseTool:
    """A tool over search: the model reads numbered evidence with verbatim quotes; the artifact is the list of Evidence."""

    def run(query: str, sources: list[str] | None = None, since: str | None = None, until: str | None = None) -> tuple[str, list[Evidence]]:
        evidence = corpus.search(query, k=k, filters=Filters(sources=tuple(sources or ()), since=since, until=until))
        return evidence_text(evidence, corpus), evidence

    return StructuredTool.from_function(
        func=run, name=name, args_schema=SearchArgs, response_format="content_and_artifact",
        description="Search the stored news articles. Returns the best passages, each with its doc id, outlet, date, title and a verbatim quote.",
    )


def ask_tool(corpus: Corpus, name: str = "ask_articles") -> BaseTool:
    """A tool over ask: the model reads the checked answer with [n] markers and sources; the artifact is the Answer."""

    def run(question: str, sources: list[str] | None = None, since: str | None = None, until: str | None = None) -> tuple[str, Answer]:
        a = corpus.ask(question, filters=Filters(sources=tuple(sources or ()), since=since, until=until))
        return render.answer_text(a), a

    return StructuredTool.from_function(
        func=run, name=name, args_schema=AskArgs, response_format="content_and_artifact",
        description="Answer a question from the stored news articles. Every sentence is checked against a verbatim quote and cited as [n]; "
        "says so when the articles do not answer it.",
    )
