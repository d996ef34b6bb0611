"""briefing inside a LangChain (LCEL) chain: the hybrid retriever and the cited-answer runnable.

    briefing ingest examples/articles      # once
    python examples/langchain_chain.py "Who replaced the commander of Russian forces in Syria?"
"""
from __future__ import annotations

import sys

from langchain_core.runnables import RunnableLambda, RunnableParallel

from briefing import Corpus
from briefing.langchain import BriefingRetriever, cited_answer

corpus = Corpus()  # BRIEFING_* settings; ./vectorstore by default
retriever = BriefingRetriever(corpus=corpus, k=4)

chain = RunnableParallel(
    sources=retriever | RunnableLambda(lambda docs: [f"{d.metadata['doc_id']}: {d.metadata.get('title') or ''}" for d in docs]),
    result=cited_answer(corpus),
)

if __name__ == "__main__":
    question = " ".join(sys.argv[1:]) or "Which countries expressed support for Damascus?"
    out = chain.invoke(question)
    print(out["result"]["answer"])
    for c in out["result"]["citations"]:
        print(f"  [{c['id']}] {c['doc_id']} — “{c['quote']}”")
    print("retrieved:", *out["sources"], sep="\n  ")
