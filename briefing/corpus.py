"""The library's front door: a Corpus ingests articles, searches them, answers questions and writes briefs.

The CLI, the HTTP and MCP servers and the LangChain adapters all call these
methods and only render what they return.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefingError, EmptyCorpus, InputError
from .settings import Settings
from .types import Answer, Brief, Chunk, Document, Evidence, IngestReport, Verdict

if TYPE_CHECKING:
    from .cite import EvidencePool
    from .embed import Embedder
    from .ingest import Progress
    from .llm import ChatModel
    from .reader import FieldMap
    from .retrieve import Filters
    from .store import Store


def check_text(text: str, what: str) -> str:
    """The text when it is valid Unicode; InputError naming `what` when it holds a lone surrogate.

    Undecodable bytes in a command-line argument arrive as lone surrogates (U+DC80..U+DCFF),
    and JSON can spell one (\\ud800); neither can be embedded, searched or printed.
    """
    for i, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":
            raise InputError(f"{what} holds a character that is not valid Unicode (U+{ord(ch):04X} at position {i}, an undecodable byte or a lone surrogate); send UTF-8 text")
    return text


def _check_filters(filters: Filters | None) -> None:
    if filters is not None:
        for value in filters.sources:
            check_text(value, "the source filter")
        for value, what in ((filters.since, "the 'since' date"), (filters.until, "the 'until' date")):
            if value:
                check_text(value, what)


_CHECK_POOLS = 8  # documents' evidence pools Corpus.check keeps embedded between calls


class Corpus:
    """A named corpus in a store, with the embedder and generator the settings choose."""

    def __init__(self, settings: Settings | None = None, chat_model: ChatModel | None = None) -> None:
        import threading

        self.settings = settings or Settings()
        self.chat_model = chat_model  # a ChatModel object instead of the one the settings name (tests, embedding apps)
        self._store: Store | None = None
        self._embedder: Embedder | None = None
        self._init_lock = threading.Lock()  # adapters may touch a fresh Corpus from several threads
        self._check_pools: dict[tuple[str, tuple[str, ...]], EvidencePool] = {}

    @property
    def store(self) -> Store:
        with self._init_lock:
            if self._store is None:
                from .store import Store

                self._store = Store(self.settings)
        return self._store

    @property
    def embedder(self) -> Embedder:
        with self._init_lock:
            if self._embedder is None:
                from .embed import get_embedder

                self._embedder = get_embedder(self.settings)
        return self._embedder

    def _check_embedder(self) -> None:
        self.store.check_embedder(self.embedder.name)

    def _require_documents(self) -> None:
        """Refuse to read an empty or missing corpus, without creating a store folder to find out."""
        s = self.settings.store
        if self._store is None and s.chroma_url is None and not Path(s.path).exists():
            raise EmptyCorpus(f"corpus '{s.corpus}' is empty: run `briefing ingest PATH` (no store at {s.path})")
        self.store.refresh()
        if not self.store.documents():
            raise EmptyCorpus(f"corpus '{s.corpus}' is empty: run `briefing ingest PATH`")

    def ingest(self, paths: list[Path], fields: FieldMap | None = None, manifest: Path | None = None, prune: bool = False, progress: Progress | None = None) -> IngestReport:
        """Read, clean, chunk, embed and store files and folders; see IngestReport for what happened."""
        from .ingest import ingest

        with self._init_lock:
            if self._embedder is None:
                from .embed import get_embedder

                self._embedder = get_embedder(self.settings, background=True)  # the model loads while the store opens and inputs are read
        self._check_embedder()
        return ingest(paths, self.settings, self.store, self.embedder, fields, manifest, prune, progress)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Evidence]:
        """The best evidence chunks for a query (hybrid dense + BM25, fused, diversified)."""
        from .retrieve import search

        check_text(query, "the query")
        _check_filters(filters)
        self.store.refresh()
        self._check_embedder()
        return search(query, self.store, self.embedder, self.settings, k=k, filters=filters)

    def ask(self, question: str, filters: Filters | None = None, on_sentence: object = None) -> Answer:
        """A cited answer, or insufficient_evidence when the store holds none.

        Args:
            question: the question.
            filters: optional source/date filters.
            on_sentence: called with each verified sentence as soon as it stands (streaming).
        """
        from .cite import EvidencePool
        from .generate import answer

        from .question import analyse
        from .retrieve import search_question

        question = check_text(question, "the question").strip()
        _check_filters(filters)
        if not question:
            raise BriefingError("the question is empty")
        self._require_documents()
        self._check_embedder()
        # The question's outlet and year shape the retrieval (source filter, articles of that year first).
        evidence = search_question(question, analyse(question), self.store, self.embedder, self.settings, filters)
        pool = EvidencePool(evidence, self.embedder, self.store, self.settings)
        return answer(question, evidence, pool, self.settings, on_sentence, self.chat_model)  # type: ignore[arg-type]

    def brief(self, topic: str, filters: Filters | None = None) -> Brief:
        """A Markdown situation brief on a topic; every sentence cited and checked."""
        from .brief import write_brief

        topic = check_text(topic, "the topic").strip()
        _check_filters(filters)
        if not topic:
            raise BriefingError("the topic is empty")
        self._require_documents()
        from .retrieve import search

        self._check_embedder()
        self.store.refresh()
        g = self.settings.generate

        def retrieve(query: str, k: int) -> list[Evidence]:
            return search(query, self.store, self.embedder, self.settings, k=k, filters=filters, per_doc=2)

        evidence = search(topic, self.store, self.embedder, self.settings, k=g.brief_evidence, filters=filters, per_doc=6)
        return write_brief(topic, evidence, retrieve, self.settings, self.embedder, self.store)

    def check(self, claim: str, doc_ids: list[str] | None = None) -> Verdict:
        """Is a claim supported by the stored articles? The check every generated sentence passes.

        Args:
            claim: one sentence.
            doc_ids: documents to check it against (all their text); without them the corpus
                is searched and each retrieved passage is tried.

        Returns:
            A Verdict: supported, partial, unsupported or contradicted, with the quotes it rests
            on, the reasons an assertion failed, and the judge that decided. A passage that
            supports wins; otherwise a contradiction is reported before a partial match.
        """
        from .cite import EvidencePool

        claim = " ".join(check_text(claim, "the claim").split())
        if not claim:
            raise BriefingError("the claim is empty")
        self.store.refresh()
        self._check_embedder()
        if doc_ids:
            docs = self.store.documents()
            unknown = [d for d in doc_ids if d not in docs]
            if unknown:
                raise BriefingError(f"no document '{unknown[0]}' in corpus '{self.settings.store.corpus}'; 'briefing sources' lists them")
            key = (str(self.store.cached_state().get("generation")), tuple(dict.fromkeys(doc_ids)))
            cached = self._check_pools.get(key)
            if cached is None:
                evidence = [Evidence(chunk=ch, document=docs[d], score=0.0) for d in dict.fromkeys(doc_ids) for ch in self.store.doc_chunks(d)]
                cached = EvidencePool(evidence, self.embedder, self.store, self.settings)
                # batch checks (`briefing check --file`) often cite the same documents: keep their embedded sentences
                self._check_pools = {k: v for k, v in list(self._check_pools.items())[-(_CHECK_POOLS - 1):]}
                self._check_pools[key] = cached
            pool, evidence = cached, cached.evidence
            groups = [[i for i, ev in enumerate(evidence) if ev.document.doc_id == d] for d in dict.fromkeys(doc_ids)]
        else:
            evidence = self.search(claim, k=self.settings.cite.check_evidence)
            pool = EvidencePool(evidence, self.embedder, self.store, self.settings)
            groups = [[i] for i in range(len(evidence))]
        if not evidence:
            return Verdict(claim=claim, verdict="unsupported", reasons=["no stored passage is about this claim"])
        vector = self.embedder.embed([claim])[0]
        rank = {"supported": 0, "contradicted": 1, "partial": 2, "unsupported": 3}
        best = None
        for group in groups:
            c = pool.check(claim, group, self.settings.cite.similarity_floor, vector)
            if best is None or rank[c.verdict] < rank[best.verdict]:
                best = c
        assert best is not None
        used = best.sentences or ([best.sentence] if best.sentence is not None and best.verdict != "unsupported" else [])
        return Verdict(
            claim=claim,
            verdict=best.verdict,  # type: ignore[arg-type]
            quotes=[{"doc_id": pool.doc_id(j), "quote": pool.quote(j)} for j in used],  # type: ignore[misc]
            reasons=best.missing,
            judge=best.judge,
            signals=best.signals,
        )

    def sources(self) -> list[Document]:
        """Every stored document, sorted by id."""
        self.store.refresh()
        return sorted(self.store.documents().values(), key=lambda d: d.doc_id)

    def show(self, doc_id: str) -> tuple[Document, str, list[Chunk]]:
        """A document's metadata, original text and chunks."""
        self.store.refresh()
        doc = self.store.documents().get(doc_id)
        if doc is None:
            raise BriefingError(f"no document '{doc_id}' in corpus '{self.settings.store.corpus}'; 'briefing sources' lists them")
        return doc, self.store.original(doc_id) or "", self.store.doc_chunks(doc_id)

    def doctor(self, repair: bool = True) -> dict[str, object]:
        """Check the store's consistency and repair what can be repaired."""
        return self.store.check(repair=repair)

    def reset(self) -> None:
        """Delete this corpus from the store."""
        with self.store.write_lock():
            self.store.reset()
