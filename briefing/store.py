"""Chroma behind a small Store class: chunks, documents, the lexical index, and the write lock.

Per corpus there are two Chroma collections:
  <corpus>-chunks  one record per chunk (text, vector, doc id, sentence spans, filter fields)
  <corpus>-docs    one record per document (original text, mean vector, metadata, content hash)
                   plus a '__state__' record: which embedder built the store, and a generation
                   token that changes around every write.
A document record is written last, after its chunks, so a crash leaves at most
orphan chunks, which retrieval ignores (their doc hash does not match) and the
next ingest of that document replaces. The BM25 index lives beside the store
(<path>/lexical/<corpus>) and is rebuilt whenever its generation is stale.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .dates import date_key
from .errors import StoreBusy, StoreError, StoreMismatch, StoreUnavailable
from .lexical import LexicalIndex
from .types import Chunk, Document, Span

if TYPE_CHECKING:
    from .settings import Settings

STATE_ID = "__state__"
_GET_PAGE = 2000


def _clean_meta(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def collection_base(corpus: str) -> str:
    name = re.sub(r"[^a-zA-Z0-9._-]+", "-", corpus).strip("-._") or "default"
    return f"briefing-{name}"[:400]


class Store:
    """A corpus in Chroma (embedded or server) plus its lexical index."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.path = Path(settings.store.path)
        self.corpus = settings.store.corpus
        self.url = settings.store.chroma_url
        self._open()
        self._documents: dict[str, Document] | None = None
        self._lexical: LexicalIndex | None = None
        self._last_state: dict[str, Any] | None = None
        self._counts: tuple[object, int] | None = None
        self._seen_generation: object = None

    # -- connection ---------------------------------------------------------------
    def _open(self) -> None:
        self.client = self._connect()
        base = collection_base(self.corpus)
        try:
            self.chunks = self.client.get_or_create_collection(f"{base}-chunks", embedding_function=None, metadata={"hnsw:space": "cosine"})
            self.docs = self.client.get_or_create_collection(f"{base}-docs", embedding_function=None, metadata={"hnsw:space": "cosine"})
        except Exception as exc:  # noqa: BLE001 - chromadb raises many types; translated once here
            raise self._translate(exc) from None

    def _reopen(self) -> None:
        """Drop this process's cached view of an embedded store (another process may have written it)."""
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        self._open()

    def _connect(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if self.url:
            from urllib.parse import urlparse

            u = urlparse(self.url if "://" in self.url else f"http://{self.url}")
            try:
                client = chromadb.HttpClient(host=u.hostname or "localhost", port=u.port or 8000, ssl=u.scheme == "https", settings=chroma_settings)
                client.heartbeat()
                return client
            except Exception:  # noqa: BLE001 - connection failures come in many types
                raise StoreUnavailable(f"cannot reach the Chroma server at {self.url}; start it (chroma run --path DIR --port N) or fix --chroma-url") from None
        self.path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str((self.path / "chroma").resolve()), settings=chroma_settings)

    def _translate(self, exc: Exception) -> StoreError:
        if self.url:
            return StoreUnavailable(f"the Chroma server at {self.url} failed: {exc}; check that it is running")
        return StoreError(f"the store at {self.path} failed: {exc}; run 'briefing reset' if it is damaged")

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - translated once at this seam
            if self.url or not hasattr(fn, "__self__") or fn.__self__ not in (self.chunks, self.docs):
                raise self._translate(exc) from None
            # An embedded store written by another process since this one opened it can look
            # inconsistent to the cached client: open it afresh and try once more.
            which = "chunks" if fn.__self__ is self.chunks else "docs"
            self._reopen()
            try:
                return getattr(getattr(self, which), fn.__name__)(*args, **kwargs)
            except Exception as again:  # noqa: BLE001
                raise self._translate(again) from None

    # -- lock ------------------------------------------------------------------------
    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """Serialise writers on this machine; StoreBusy after lock_timeout seconds."""
        self.path.mkdir(parents=True, exist_ok=True)
        lock_path = self.path / f".lock-{collection_base(self.corpus)}"
        fh = lock_path.open("a+")
        deadline = time.monotonic() + self.settings.store.lock_timeout
        try:
            while True:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreBusy(f"another briefing process is writing to {self.path} (corpus '{self.corpus}'); wait for it to finish") from None
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()

    # -- state ------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        got = self._call(self.docs.get, ids=[STATE_ID], include=["metadatas"])
        self._last_state = dict(got["metadatas"][0]) if got["ids"] else {}
        return dict(self._last_state)

    def cached_state(self) -> dict[str, Any]:
        """The state as last read or written by this process (read it if never)."""
        return dict(self._last_state) if self._last_state is not None else self.state()

    def set_state(self, **values: Any) -> None:
        state = {**self.state(), **values, "kind": "state"}
        dim = int(state.get("dim") or 1)
        vec = [1.0] + [0.0] * (dim - 1)
        self._call(self.docs.upsert, ids=[STATE_ID], embeddings=[vec], documents=[""], metadatas=[state])
        self._last_state = dict(state)

    def check_embedder(self, name: str, dim: int | None = None, claim: bool = False) -> None:
        """Raise StoreMismatch when the store was built by another embedder; claim an empty store."""
        state = self.cached_state() if not claim else self.state()
        built = state.get("embedder")
        if built and built != name:
            raise StoreMismatch(
                f"the store '{self.corpus}' at {self.url or self.path} was built with embedder '{built}', not '{name}'; "
                f"use the same embedder (BRIEFING_EMBED__BACKEND), another --corpus, or 'briefing reset' and re-ingest"
            )
        if claim and not built and dim:
            self.set_state(embedder=name, dim=dim, generation=uuid.uuid4().hex)

    def bump_generation(self) -> None:
        self.set_state(generation=uuid.uuid4().hex)

    # -- documents -----------------------------------------------------------------------
    def documents(self) -> dict[str, Document]:
        """Every committed document, by id (cached for this Store's life, refreshed on writes)."""
        if self._documents is None:
            docs: dict[str, Document] = {}
            offset = 0
            while True:
                got = self._call(self.docs.get, where={"kind": "doc"}, include=["metadatas"], limit=_GET_PAGE, offset=offset)
                for meta in got["metadatas"]:
                    fields = {k: meta.get(k) for k in Document.model_fields}
                    docs[str(meta["doc_id"])] = Document.model_validate({k: v for k, v in fields.items() if v is not None})
                if len(got["ids"]) < _GET_PAGE:
                    break
                offset += _GET_PAGE
            self._documents = docs
        return self._documents

    def original(self, doc_id: str) -> str | None:
        got = self._call(self.docs.get, ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def similar_documents(self, vectors: np.ndarray, n: int) -> list[list[tuple[str, float]]]:
        """For each document vector, (doc id, cosine) of the nearest stored documents."""
        total = len(self.documents())
        if not total or not len(vectors):
            return [[] for _ in range(len(vectors))]
        got = self._call(self.docs.query, query_embeddings=vectors.tolist(), n_results=min(n, total), where={"kind": "doc"}, include=["distances"])
        return [[(i, 1.0 - d) for i, d in zip(ids, ds)] for ids, ds in zip(got["ids"], got["distances"])]

    # -- writes -----------------------------------------------------------------------------
    def write_documents(self, items: list[tuple[Document, str, list[Chunk], np.ndarray, np.ndarray]]) -> None:
        """Replace documents' chunks, then commit their records (call inside write_lock).

        Each item is (document, original text, chunks, chunk vectors, document vector).
        Records are written after all their chunks, so a crash leaves no record without chunks.
        """
        if not items:
            return
        ids = [doc.doc_id for doc, *_ in items]
        # Only documents already stored have old chunks to drop; leftovers of an interrupted
        # write are swept before the next one starts (see ingest).
        replaced = [i for i in ids if i in self.documents()]
        if replaced:
            self._call(self.chunks.delete, where={"doc_id": {"$in": replaced}})
        chunk_ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        vecs: list[np.ndarray] = []
        for doc, _, chunks, vectors, _ in items:
            for c, v in zip(chunks, vectors):
                chunk_ids.append(c.chunk_id)
                texts.append(c.text)
                vecs.append(v)
                metas.append(
                    _clean_meta(
                        {
                            "doc_id": doc.doc_id,
                            "index": c.index,
                            "tokens": c.tokens,
                            "spans": json.dumps([[s.start, s.end, s.orig_start, s.orig_end] for s in c.spans]),
                            "doc_hash": doc.content_hash,
                            "source": doc.source,
                            "published_key": date_key(doc.published),
                        }
                    )
                )
        for b in range(0, len(chunk_ids), 2000):
            self._call(
                self.chunks.upsert, ids=chunk_ids[b : b + 2000], embeddings=np.asarray(vecs[b : b + 2000]).tolist(),
                documents=texts[b : b + 2000], metadatas=metas[b : b + 2000],
            )
        self._call(
            self.docs.upsert,
            ids=ids,
            embeddings=[dv.tolist() for *_, dv in items],
            documents=[original for _, original, *_ in items],
            metadatas=[_clean_meta({**doc.model_dump(), "kind": "doc", "published_key": date_key(doc.published)}) for doc, *_ in items],
        )
        if self._documents is not None:
            for doc, *_ in items:
                self._documents[doc.doc_id] = doc

    def delete_document(self, doc_id: str) -> None:
        """Remove a document record first, then its chunks (call inside write_lock)."""
        self._call(self.docs.delete, ids=[doc_id])
        self._call(self.chunks.delete, where={"doc_id": doc_id})
        if self._documents is not None:
            self._documents.pop(doc_id, None)

    def reset(self) -> None:
        """Drop both collections and the lexical index of this corpus."""
        base = collection_base(self.corpus)
        for name in (f"{base}-chunks", f"{base}-docs"):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001,S110 - absent collection is fine
                pass
        import shutil

        shutil.rmtree(self._lexical_dir(), ignore_errors=True)
        self._documents = None
        self._lexical = None
        self._last_state = None
        self._counts = None

    # -- reads ---------------------------------------------------------------------------------
    def count_chunks(self) -> int:
        return int(self._call(self.chunks.count))

    def _chunk(self, cid: str, text: str, meta: dict[str, Any]) -> Chunk:
        spans = [Span(start=a, end=b, orig_start=c, orig_end=d) for a, b, c, d in json.loads(str(meta["spans"]))]
        return Chunk(chunk_id=cid, doc_id=str(meta["doc_id"]), index=int(meta["index"]), text=text, tokens=int(meta.get("tokens", 0)), spans=spans)

    def _live(self, meta: dict[str, Any]) -> bool:
        doc = self.documents().get(str(meta.get("doc_id")))
        return doc is not None and doc.content_hash == meta.get("doc_hash")

    def get_chunks(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        got = self._call(self.chunks.get, ids=ids, include=["documents", "metadatas"])
        return {cid: self._chunk(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]) if self._live(meta)}

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        got = self._call(self.chunks.get, where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [self._chunk(cid, t, m) for cid, t, m in zip(got["ids"], got["documents"], got["metadatas"]) if self._live(m)]
        return sorted(chunks, key=lambda c: c.index)

    def dense(self, vector: np.ndarray, n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        """(chunk id, cosine) of the nearest chunks."""
        generation = self.cached_state().get("generation")
        if self._counts is None or self._counts[0] != generation:
            self._counts = (generation, self.count_chunks())
        total = self._counts[1]
        if not total:
            return []
        got = self._call(self.chunks.query, query_embeddings=[vector.tolist()], n_results=min(n, total), where=where or None, include=["distances", "metadatas"])
        return [(cid, 1.0 - d) for cid, d, m in zip(got["ids"][0], got["distances"][0], got["metadatas"][0]) if self._live(m)]

    # -- lexical index -------------------------------------------------------------------------
    def _lexical_dir(self) -> Path:
        return self.path / "lexical" / collection_base(self.corpus)

    def lexical(self) -> LexicalIndex:
        """The BM25 index, rebuilt from Chroma when its generation is not the store's."""
        generation = str(self.cached_state().get("generation", ""))
        if self._lexical is not None and self._lexical.generation == generation:
            return self._lexical
        loaded = LexicalIndex.load(self._lexical_dir())
        # A saved index is trusted only for the same generation and the same number of committed chunks.
        committed = sum(d.chunks for d in self.documents().values())
        if loaded is None or loaded.generation != generation or len(loaded.ids) != committed:
            loaded = self.rebuild_lexical(generation)
        self._lexical = loaded
        return loaded

    def rebuild_lexical(self, generation: str | None = None) -> LexicalIndex:
        generation = generation if generation is not None else str(self.state().get("generation", ""))
        ids: list[str] = []
        texts: list[str] = []
        meta: list[dict[str, object]] = []
        offset = 0
        while True:
            got = self._call(self.chunks.get, include=["documents", "metadatas"], limit=_GET_PAGE, offset=offset)
            for cid, text, m in zip(got["ids"], got["documents"], got["metadatas"]):
                if self._live(m):
                    ids.append(cid)
                    texts.append(text)
                    meta.append({"doc_id": m["doc_id"], "source": m.get("source"), "published_key": m.get("published_key", 0)})
            if len(got["ids"]) < _GET_PAGE:
                break
            offset += _GET_PAGE
        index = LexicalIndex.build(ids, texts, meta, generation)
        try:
            index.save(self._lexical_dir())
        except OSError:
            pass  # a read-only store still answers from the in-memory index
        self._lexical = index
        return index

    def _scan(self) -> tuple[dict[str, int], list[str]]:
        """(committed chunk count per document, ids of uncommitted chunks) over the whole collection."""
        live: dict[str, int] = {}
        orphans: list[str] = []
        offset = 0
        while True:
            got = self._call(self.chunks.get, include=["metadatas"], limit=_GET_PAGE, offset=offset)
            for cid, m in zip(got["ids"], got["metadatas"]):
                if self._live(m):
                    live[str(m["doc_id"])] = live.get(str(m["doc_id"]), 0) + 1
                else:
                    orphans.append(cid)
            if len(got["ids"]) < _GET_PAGE:
                break
            offset += _GET_PAGE
        return live, orphans

    def sweep_orphans(self) -> int:
        """Delete chunks that no committed document owns (call inside write_lock)."""
        self._documents = None
        _, orphans = self._scan()
        for b in range(0, len(orphans), 1000):
            self._call(self.chunks.delete, ids=orphans[b : b + 1000])
        return len(orphans)

    def check(self, repair: bool = False) -> dict[str, Any]:
        """Consistency of the store: orphan chunks, documents missing chunks, a stale lexical index.

        With repair: orphans are deleted, incomplete documents are removed (the next ingest adds
        them again) and the lexical index is rebuilt. Returns what was found (and done).
        """
        self._documents = None
        docs = self.documents()
        live, orphans = self._scan()
        incomplete = sorted(d for d, doc in docs.items() if live.get(d, 0) != doc.chunks)
        index = self.lexical()
        lexical_ids = set(index.ids)
        lexical_ok = len(lexical_ids) == sum(live.values()) and not (lexical_ids & set(orphans))
        report: dict[str, Any] = {
            "corpus": self.corpus, "documents": len(docs), "chunks": sum(live.values()), "orphan_chunks": len(orphans),
            "incomplete_documents": incomplete, "lexical_index_ok": lexical_ok, "embedder": self.state().get("embedder"),
            "ok": not orphans and not incomplete and lexical_ok, "repaired": False,
        }
        if repair and not report["ok"]:
            with self.write_lock():
                self.bump_generation()
                self.sweep_orphans()
                for d in incomplete:
                    self.delete_document(d)
                self.bump_generation()
                self.rebuild_lexical()
            report["repaired"] = True
        return report

    def refresh(self) -> None:
        """Forget cached documents when another process has written since they were read."""
        generation = self.state().get("generation")
        if generation != self._seen_generation:
            self._documents = None
            self._seen_generation = generation
