"""LangChain adapters: a BaseRetriever over the hybrid retrieval and a Runnable for cited answers.

    from briefing import Corpus
    from briefing.langchain import BriefingRetriever, cited_answer

    retriever = BriefingRetriever(corpus=Corpus(), k=5)
    chain = RunnableLambda(lambda q: {"question": q}) | cited_answer(Corpus())
"""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import ConfigDict

from . import render
from .corpus import Corpus
from .retrieve import Filters


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
