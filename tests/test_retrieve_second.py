"""Session 10: the second retrieval pass reads the first pass's best articles again (retrieve.within_articles).
Made-up articles in a real store; plain evidence for the pure helpers."""
from __future__ import annotations

from pathlib import Path

from briefing import Corpus, Settings
from briefing.question import analyse
from briefing.retrieve import SECOND_SLOTS, Filters, article_docs, compared, first_pass, search_question, within_articles
from briefing.types import Document

from .sentences import evidence


def test_a_document_filter_keeps_only_those_documents() -> None:
    f = Filters(doc_ids=("a", "b"))
    assert f and f.where() == {"doc_id": {"$in": ["a", "b"]}}
    assert f.allows({"doc_id": "a"}) and not f.allows({"doc_id": "c"})
    both = Filters(sources=("X",), doc_ids=("a",)).where()
    assert both == {"$and": [{"source": {"$in": ["X"]}}, {"doc_id": {"$in": ["a"]}}]}
    assert not Filters()


def test_article_docs_are_the_first_distinct_articles_and_a_copy_counts_as_its_original() -> None:
    a1, a2 = evidence(["Rain fell on Velmar."], "a"), evidence(["Rain fell on Dorn."], "a")
    copy = evidence(["Rain fell on Velmar again."], "c")
    copy = copy.model_copy(update={"document": Document(doc_id="c", content_hash="h", duplicate_of="a")})
    b = evidence(["Wind hit Karsk."], "b")
    assert article_docs([a1, a2, copy, b], 2) == ["a", "b"]
    assert article_docs([a1, b], 1) == ["a"]
    assert article_docs([], 2) == []


FLOOD = [
    "Floods hit the town of Velmar on Monday when the river Elb burst its banks near the old bridge after three days of rain.",
    "Water from the river Elb poured over the old bridge and reached the market square of Velmar by the evening, officials said.",
    "Shops along the main street stayed closed on Tuesday as the water slowly drained from the roads of the lower districts.",
    "Farmers in the valley said the rain had ruined most of the wheat harvest in the fields south of the town.",
    "The regional weather office said more rain was expected in the valley later in the week, and asked drivers to stay home.",
    "The mayor Ilse Marrow said 412 people had been moved to the school on the hill, where volunteers handed out blankets.",
]


def _store(tmp_path: Path) -> Corpus:
    folder = tmp_path / "articles"
    folder.mkdir()
    # One long article (six paragraphs, one passage each: more than the per-document cap of two), two short ones.
    (folder / "flood.txt").write_text("Velmar floods\n\n" + "\n\n".join(FLOOD) + "\n")
    (folder / "fair.txt").write_text("Velmar fair\n\nThe yearly fair of Velmar opened on Friday with music in the market square.\n")
    (folder / "road.txt").write_text("Dorn road\n\nA new road links Dorn and Karsk, the transport office said on Monday.\n")
    corpus = Corpus(Settings(store={"path": tmp_path / "store"}, chunk={"size": 32, "overlap": 0}))
    corpus.ingest([folder])
    return corpus


QUESTION = "How many people were moved when the river Elb burst its banks near the old bridge in Velmar?"


def test_the_second_pass_adds_the_best_article_s_passage_the_per_document_cap_left_out(tmp_path: Path) -> None:
    corpus = _store(tmp_path)
    settings = corpus.settings
    question = QUESTION
    shape = analyse(question)
    first = first_pass(question, shape, corpus.store, corpus.embedder, settings)
    flood = [e for e in first if "Floods hit" in corpus.store.original(e.document.doc_id)]
    assert len(flood) == settings.retrieve.per_doc  # the cap: two passages of the long article
    extra = within_articles(shape.text, first, corpus.store, corpus.embedder, settings, Filters(), docs=2, slots=2)
    assert extra and len(extra) <= 2
    assert not {e.chunk.chunk_id for e in extra} & {e.chunk.chunk_id for e in first}  # only passages the first pass left out
    docs = [e.document.doc_id for e in extra]
    assert len(docs) == len(set(docs))  # at most one passage per article
    assert set(docs) <= set(article_docs(first, 2))
    # search_question is the first pass and then the second at the shipped SECOND_DOCS / SECOND_SLOTS.
    shipped = within_articles(shape.text, first, corpus.store, corpus.embedder, settings, Filters())
    assert len(shipped) <= SECOND_SLOTS
    every = search_question(question, shape, corpus.store, corpus.embedder, settings)
    assert [e.chunk.chunk_id for e in every] == [e.chunk.chunk_id for e in first + shipped]
    # With no slots, or no first pass, nothing is added.
    assert within_articles(shape.text, first, corpus.store, corpus.embedder, settings, Filters(), slots=0) == []
    assert within_articles(shape.text, [], corpus.store, corpus.embedder, settings, Filters()) == []


def test_the_second_pass_finds_the_answer_passage_the_cap_left_out(tmp_path: Path) -> None:
    corpus = _store(tmp_path)
    settings = corpus.settings
    shape = analyse(QUESTION)
    first = first_pass(QUESTION, shape, corpus.store, corpus.embedder, settings)
    assert not any("412" in e.chunk.text for e in first)  # the two passages on the bridge took the article's cap
    extra = within_articles(shape.text, first, corpus.store, corpus.embedder, settings, Filters(), docs=1, slots=1)
    assert "412" in extra[0].chunk.text


def test_a_comparison_reads_no_second_pass(tmp_path: Path) -> None:
    corpus = _store(tmp_path)
    settings = corpus.settings
    question = "How many people were moved in Velmar, and how many in Dorn?"
    shape = analyse(question)
    assert compared(shape, corpus.store) and not compared(analyse(QUESTION), corpus.store)
    every = search_question(question, shape, corpus.store, corpus.embedder, settings)
    assert [e.chunk.chunk_id for e in every] == [e.chunk.chunk_id for e in first_pass(question, shape, corpus.store, corpus.embedder, settings)]
