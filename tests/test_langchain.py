"""The LangChain retriever and runnable inside an LCEL chain."""
from __future__ import annotations

from langchain_core.runnables import RunnableLambda, RunnableParallel

from briefing import Corpus
from briefing.langchain import BriefingRetriever, cited_answer
from briefing.retrieve import Filters


def test_retriever_and_runnable_in_an_lcel_chain(corpus: Corpus) -> None:
    retriever = BriefingRetriever(corpus=corpus, k=4)
    docs = retriever.invoke("Chinese embassy security alert")
    assert len(docs) == 4 and docs[0].metadata["doc_id"].startswith("002") and docs[0].metadata["quote"]
    chain = RunnableParallel(
        context=RunnableLambda(lambda q: q) | retriever | RunnableLambda(lambda ds: [d.metadata["doc_id"] for d in ds]),
        answer=cited_answer(corpus),
    )
    out = chain.invoke("Who replaced the commander of Russian forces in Syria?")
    assert "Chaiko" in out["answer"]["answer"] and out["answer"]["citations"][0]["quote"]
    assert out["answer"]["citations"][0]["doc_id"] in out["context"]
    filtered = BriefingRetriever(corpus=corpus, k=3, filters=Filters(sources=("RT",))).invoke("China")
    assert {d.metadata["source"] for d in filtered} == {"RT"}
    assert cited_answer(corpus).invoke({"question": "What did the Brazilian minister say?"})["insufficient_evidence"] is True
