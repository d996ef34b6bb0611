"""Chroma behind a small Store class: chunks, documents, the lexical index, and the write lock.

Per corpus there are two Chroma collections:
  <corpus>-chunks  one record per chunk (text, vector, doc id, sentence spans, filter fields)
  <corpus>-docs    one record per document (original text, mean vector, metadata, content hash)
                   plus a '__state__' record: which embedder built the store, and a generation
                   token that changes around every write.
A document record is written last, after its chunks, so a crash leaves at most
orphan chunks, which retrieval ignores (their doc hash does not match) and the
next ingest of that document replaces.

The generation is the single source of truth for the BM25 index beside the store
(<path>/lexical/<corpus>, see lexical.py). A writer sets `writing=1` and a fresh
generation before it changes anything (begin_write), and at the end saves the
index under another fresh generation and only then records that generation with
`writing=0` (commit_write). So a saved index for the store's generation always
describes exactly the committed chunks: while `writing` is set, readers build the
index in memory and never save it, and a reader saves an index it built only if
the state is unchanged after the build.

Faults fail readable: a read-only store is answered from a temporary copy (writes
say which command needs write access), a full disk says so, and a store whose
Chroma database was deleted says that rather than looking empty.
"""
from __future__ import annotations

import atexit
import errno
import fcntl
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .dates import date_key
from .dedup import DedupIndex
from .errors import StoreBusy, StoreError, StoreFull, StoreMismatch, StoreReadOnly, StoreUnavailable
from .lexical import IndexDamaged, LexicalIndex, Segment, terms
from .types import Chunk, Document, Span

if TYPE_CHECKING:
    from .settings import Settings

STATE_ID = "__state__"
COSINE_SLACK = 1e-4  # the dedup index computes cosines in numpy, Chroma in its own kernel: read a hair more, ingest applies the threshold
_GET_PAGE = 2000
log = logging.getLogger("briefing")
LOW_SPACE = 16 * 2**20  # below this much free space, a failing store write is reported as a full disk (Chroma's own errors do not always say so)
WRITE_COMMANDS = "'briefing ingest', 'briefing doctor' (without --check) and 'briefing reset'"
# Chroma keeps up to `sync_threshold` writes of a collection only in its log and replays them into the
# HNSW index every time a process first touches the collection (measured: 0.8-1.0 s for 900 pending
# records, 0.03 s for under 100), so at Chroma's default of 1000 every small ingest into a store that
# has seen a few hundred writes pays a replay that grows with the store. Chroma persists only the
# changed HNSW elements, so syncing every 100 writes did not slow bulk writes (2,000 vectors: 4.9 s vs 5.6 s).
HNSW_SYNC = 100
# Candidates Chroma's HNSW graph keeps while it searches. At Chroma's default (100) the exact nearest chunk of a
# question was missing from the 40 returned in 9 of 414 FA-KES questions (holdout7+8) and 50 of their 4,140 exact
# top-10 chunks were; at 1,000 none was, and a query took 8 ms instead of 5 on 2,000 chunks. A store this tool serves
# (up to ~100k chunks) is small enough for a search this wide to stay near exact.
HNSW_SEARCH_EF = 1000
_COLLECTION_META = {"hnsw:space": "cosine", "hnsw:sync_threshold": HNSW_SYNC, "hnsw:batch_size": HNSW_SYNC, "hnsw:search_ef": HNSW_SEARCH_EF}


def committed_doc(meta: dict[str, Any] | None, docs: dict[str, Document]) -> Document | None:
    """The document of `docs` a chunk record is committed to: its record holds the hash the chunk was written with.
    None for a chunk of a replaced or unfinished write, and for a record with no metadata (a SIGKILL can leave one
    between Chroma's own writes): doctor removes those as orphans."""
    if not meta:
        return None
    doc = docs.get(str(meta.get("doc_id")))
    return doc if doc is not None and doc.content_hash == meta.get("doc_hash") else None


def _clean_meta(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _vectors(rows: list[np.ndarray]) -> np.ndarray:
    """Vectors for a Chroma write as one float32 array: Chroma takes it as is (the same stored values as a list of
    Python floats, without converting every number to a Python float and back; docs/benchmarks.md, session 12)."""
    return np.ascontiguousarray(np.stack(rows), dtype=np.float32)


def origin_file(origin: str) -> str:
    """The file a document came from: its origin without a record's ':LINE'."""
    return re.sub(r":\d+$", "", origin)


def _full_disk(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in str(exc) or "No space left" in str(exc)


def _read_only(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)) or "readonly database" in str(exc) or "Read-only file system" in str(exc)


def _free_bytes(path: Path) -> int | None:
    for p in (path, *path.parents):
        if p.exists():
            try:
                return shutil.disk_usage(p).free
            except OSError:
                return None
    return None


def _writable(path: Path) -> bool:
    """Whether this process can write the store folder and its database."""
    targets = [path, path / "chroma", path / "chroma" / "chroma.sqlite3"]
    return all(os.access(t, os.W_OK) for t in targets if t.exists())


class _Missing:
    """Stands in for the collections of a store whose database is gone: any use says so."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __getattr__(self, name: str) -> Any:
        raise StoreError(self.message)


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
        self.data_path = self.path  # where the files are read: a temporary copy when the store is read-only
        self.read_only = False
        self.missing: str | None = None  # why the store cannot be used at all (its database was deleted)
        self._documents: dict[str, Document] | None = None
        self._lexical: LexicalIndex | None = None
        self._segments: dict[str, Segment] = {}
        self._last_state: dict[str, Any] | None = None
        self._counts: tuple[object, int] | None = None
        self._seen_generation: object = None
        self._base: LexicalIndex | None = None
        # What the write in progress changes in the lexical index: removed doc ids, added chunk ids, their terms and fields.
        self._pending: tuple[set[str], list[str], list[list[str]], list[dict[str, object]]] | None = None
        self._write_generation: str | None = None
        self._dedup: DedupIndex | None = None  # near-duplicate candidates (embedded stores; a Chroma server is asked directly)
        self._open()

    # -- connection ---------------------------------------------------------------
    def _open(self) -> None:
        self.missing = None if self.url else self._missing_database()
        if self._dedup is not None:
            self._dedup.close()
        self._dedup = None
        if self.missing:
            self.chunks = self.docs = _Missing(self.missing)
            return
        self.client = self._connect()
        base = collection_base(self.corpus)
        try:
            self.chunks = self.client.get_or_create_collection(f"{base}-chunks", embedding_function=None, metadata=_COLLECTION_META)
            self.docs = self.client.get_or_create_collection(f"{base}-docs", embedding_function=None, metadata=_COLLECTION_META)
        except Exception as exc:  # noqa: BLE001 - chromadb raises many types; translated once here
            raise self._translate(exc) from None
        if not self.url:
            self._dedup = DedupIndex(self.data_path / "dedup" / f"{base}.sqlite3")

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
        if self.path.exists() and not _writable(self.path):
            self._snapshot()
        else:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise self._translate(exc) from None
        try:
            return chromadb.PersistentClient(path=str((self.data_path / "chroma").resolve()), settings=chroma_settings)
        except Exception as exc:  # noqa: BLE001 - chromadb raises many types; translated once here
            if self.read_only or not _read_only(exc):
                raise self._translate(exc) from None
        self._snapshot()
        try:
            return chromadb.PersistentClient(path=str((self.data_path / "chroma").resolve()), settings=chroma_settings)
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc) from None

    def _missing_database(self) -> str | None:
        """A message when the store was used (its lexical index is there) but its Chroma database is gone."""
        lexical = self.path / "lexical"
        if (self.path / "chroma" / "chroma.sqlite3").exists() or not lexical.is_dir() or not any(lexical.iterdir()):
            return None
        return (
            f"the Chroma database of the store at {self.path} is missing ({self.path / 'chroma' / 'chroma.sqlite3'} was deleted or moved) "
            f"while its lexical index is still there; restore the folder from a backup, or run 'briefing reset --yes' and ingest again "
            f"(reset removes only the leftover lexical index: the documents are already gone)"
        )

    def _snapshot(self) -> None:
        """Open a temporary copy of a read-only store so reads still work (removed at exit)."""
        tmp = Path(tempfile.mkdtemp(prefix="briefing-readonly-"))
        atexit.register(shutil.rmtree, tmp, True)
        try:
            if (self.path / "chroma").exists():
                shutil.copytree(self.path / "chroma", tmp / "chroma")
            if (self.path / "lexical").exists():
                shutil.copytree(self.path / "lexical", tmp / "lexical")
            if (self.path / "dedup").exists():
                shutil.copytree(self.path / "dedup", tmp / "dedup")
        except OSError as exc:
            raise StoreError(f"the store at {self.path} is read-only and a temporary copy to read it from failed ({exc}); make the folder writable") from None
        self.read_only = True
        self.data_path = tmp
        log.warning("the store at %s is read-only: answering from a temporary copy; %s need write access", self.path, WRITE_COMMANDS)

    def _translate(self, exc: BaseException) -> StoreError:
        if self.url:
            return StoreUnavailable(f"the Chroma server at {self.url} failed: {exc}; check that it is running")
        if _full_disk(exc):
            return StoreFull(
                f"the disk holding the store at {self.path} is full ({exc}); free some space and run the same command again: "
                f"documents already committed are kept and the rest are added then"
            )
        if _read_only(exc):
            return StoreReadOnly(f"the store at {self.path} is read-only ({exc}); {WRITE_COMMANDS} need write access: make the folder writable or use a copy (--store DIR)")
        free = _free_bytes(self.path)
        if free is not None and free < LOW_SPACE:
            return StoreFull(
                f"the store at {self.path} failed ({exc}) with only {free // 1024} KB free on its disk, the likely cause; free some space and "
                f"run the same command again: documents already committed are kept and the rest are added then"
            )
        return StoreError(f"the store at {self.path} failed: {exc}; 'briefing doctor --check' reports what is wrong and 'briefing doctor' repairs what it can")

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if self.missing:
            raise StoreError(self.missing)
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
            if _full_disk(exc) or _read_only(exc):
                raise self._translate(exc) from None
            self._reopen()
            try:
                return getattr(getattr(self, which), fn.__name__)(*args, **kwargs)
            except Exception as again:  # noqa: BLE001
                raise self._translate(again) from None

    # -- lock ------------------------------------------------------------------------
    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """Serialise writers on this machine; StoreBusy after lock_timeout seconds."""
        if self.read_only:
            raise StoreReadOnly(f"the store at {self.path} is read-only; {WRITE_COMMANDS} need write access: make the folder writable or use a copy (--store DIR)")
        lock_path = self.path / f".lock-{collection_base(self.corpus)}"
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fh = lock_path.open("a+")
        except OSError as exc:
            raise self._translate(exc) from None
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
            try:
                fh.seek(0)
                fh.truncate()
                fh.write(str(os.getpid()))
                fh.flush()
            except OSError as exc:
                raise self._translate(exc) from None
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

    def begin_write(self) -> None:
        """Mark the store as being written under a fresh generation (call inside write_lock, before any change).

        Remembers the saved lexical index of the committed generation, which commit_write
        updates with what changed; after an interrupted write there is none and the index
        is rebuilt from the chunks at commit.
        """
        state = self.state()
        self._base = None
        if not state.get("writing"):
            generation = str(state.get("generation", ""))
            if self._lexical is not None and self._lexical.generation == generation:
                self._base = self._lexical
            else:
                try:
                    self._base = LexicalIndex.load(self._lexical_dir(), generation, self._segments, lazy=True)
                except IndexDamaged as exc:
                    log.warning("the lexical index of corpus '%s' is damaged (%s); rebuilding it", self.corpus, exc)
                if self._base is None and self.count_chunks() == 0:
                    # Nothing committed and no index saved (a new corpus): the index is what this write adds,
                    # so commit builds it from the written chunks' terms instead of reading them all back.
                    self._base = LexicalIndex(generation)
        self._tune_hnsw()
        self._pending = (set(), [], [], [])
        self._write_generation = uuid.uuid4().hex
        self.set_state(writing=1, generation=self._write_generation)

    def _tune_hnsw(self) -> None:
        """Give collections created before HNSW_SYNC and HNSW_SEARCH_EF were set the same sync threshold (their next
        write persists the log) and search width (a write command upgrades them; reading commands change nothing)."""
        for col in (self.chunks, self.docs):
            hnsw = (getattr(col, "configuration_json", None) or {}).get("hnsw") or {}
            change: dict[str, int] = {}
            if int(hnsw.get("sync_threshold") or 0) > HNSW_SYNC:
                change |= {"sync_threshold": HNSW_SYNC, "batch_size": min(HNSW_SYNC, int(hnsw.get("batch_size") or HNSW_SYNC))}
            if hnsw and int(hnsw.get("ef_search") or 0) < HNSW_SEARCH_EF:
                change["ef_search"] = HNSW_SEARCH_EF
            if change:
                self._call(col.modify, configuration={"hnsw": change})

    def commit_write(self, rebuild: bool = False, **values: Any) -> None:
        """Save the lexical index under a new generation, then record it with writing=0 (and `values`)."""
        generation = uuid.uuid4().hex
        if self._base is None or rebuild or self._pending is None:
            index = self._build_lexical(generation)
        else:
            removed, ids, tokens, meta = self._pending
            index = self._base.updated(generation, removed, ids, tokens, meta)
        try:
            # The previous generation's manifest stays until the next commit, for readers that just read the old state.
            index.save(self._lexical_dir(), keep=[self._base.generation] if self._base is not None else [])
        except OSError as exc:
            raise self._translate(exc) from None
        if index.lazy:
            self._lexical = None  # a writer's view holds segments it never read; queries load the saved index
        else:
            self._remember(index)
        self.set_state(writing=0, generation=generation, **values)
        self._seen_generation = generation
        self._base = None
        self._pending = None

    # -- documents -----------------------------------------------------------------------
    def documents(self) -> dict[str, Document]:
        """Every committed document, by id (cached for this Store's life, refreshed on writes)."""
        if self._documents is None:
            docs: dict[str, Document] = {}
            offset = 0
            while True:
                got = self._call(self.docs.get, where={"kind": "doc"}, include=["metadatas"], limit=_GET_PAGE, offset=offset)
                docs.update(self._documents_from(got))
                if len(got["ids"]) < _GET_PAGE:
                    break
                offset += _GET_PAGE
            self._documents = docs
        return self._documents

    def _documents_from(self, got: dict[str, Any]) -> dict[str, Document]:
        out: dict[str, Document] = {}
        for meta in got["metadatas"]:
            if not meta or meta.get("kind") != "doc":
                continue
            fields = {k: meta.get(k) for k in Document.model_fields}
            out[str(meta["doc_id"])] = Document.model_validate({k: v for k, v in fields.items() if v is not None})
        return out

    def get_documents(self, ids: list[str]) -> dict[str, Document]:
        """The committed documents with these ids (only those records are read)."""
        if self._documents is not None:
            return {i: self._documents[i] for i in ids if i in self._documents}
        out: dict[str, Document] = {}
        for b in range(0, len(ids), _GET_PAGE):
            out.update(self._documents_from(self._call(self.docs.get, ids=ids[b : b + _GET_PAGE], include=["metadatas"])))
        return out

    def claims(self, base_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
        """For each requested id, the stored (doc id, origin file) that took it (itself or as id.N)."""
        out: dict[str, list[tuple[str, str]]] = {}
        for b in range(0, len(base_ids), _GET_PAGE):
            part = base_ids[b : b + _GET_PAGE]
            got = self._call(self.docs.get, where={"base_id": {"$in": part}}, include=["metadatas"])
            plain = self._call(self.docs.get, ids=part, include=["metadatas"])  # records written before base_id was stored
            for meta in list(got["metadatas"]) + list(plain["metadatas"]):
                if not meta or meta.get("kind") != "doc":
                    continue
                base = str(meta.get("base_id") or meta["doc_id"])
                entry = (str(meta["doc_id"]), str(meta.get("origin_file") or origin_file(str(meta.get("origin") or ""))))
                if entry not in out.setdefault(base, []):
                    out[base].append(entry)
        return out

    def by_text_hash(self, hashes: list[str]) -> dict[str, Document]:
        """A committed document per cleaned-text hash (the first found), for exact duplicates."""
        out: dict[str, Document] = {}
        for b in range(0, len(hashes), _GET_PAGE):
            got = self._call(self.docs.get, where={"text_hash": {"$in": hashes[b : b + _GET_PAGE]}}, include=["metadatas"])
            for doc in sorted(self._documents_from(got).values(), key=lambda d: d.doc_id):
                out.setdefault(doc.text_hash, doc)
        return out

    def count_documents(self) -> int:
        """Committed documents (the state record aside)."""
        return max(0, int(self._call(self.docs.count)) - (1 if self.cached_state() else 0))

    def original(self, doc_id: str) -> str | None:
        got = self._call(self.docs.get, ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def similar_documents(self, vectors: np.ndarray, n: int) -> list[list[tuple[str, float]]]:
        """For each document vector, (doc id, cosine) of the nearest stored documents, nearest first.

        An embedded store answers from its dedup index (exact, only those with cosine >= chunk.near_duplicate: the
        only ones a near-duplicate check uses) without loading Chroma's HNSW index of the documents; a Chroma
        server is asked directly."""
        if self._dedup is not None and not self.read_only and self._dedup.complete():
            # Every mapping names a committed version here: a write maps its rows just before its records (and
            # unmaps replaced ones just after) on this thread, and an ingest after a killed write sweeps first.
            found = self._dedup.nearest(vectors, n, self.settings.chunk.near_duplicate - COSINE_SLACK)
            return [[(d, cos) for d, _, cos in rows] for rows in found]
        total = self.count_documents()
        if not total or not len(vectors):
            return [[] for _ in range(len(vectors))]
        got = self._call(self.docs.query, query_embeddings=vectors.tolist(), n_results=min(n, total), where={"kind": "doc"}, include=["distances"])
        return [[(i, 1.0 - d) for i, d in zip(ids, ds)] for ids, ds in zip(got["ids"], got["distances"])]

    # -- dedup index ----------------------------------------------------------------------
    def ensure_dedup(self) -> bool:
        """Build the dedup index if this store has none yet (a store written before it existed); call inside
        write_lock. Returns whether it was built now."""
        if self._dedup is None or self._dedup.complete():
            return False
        if self.count_documents() == 0:
            self._dedup.clear()
            self._dedup.mark_complete()
            return False
        self.rebuild_dedup()
        return True

    def rebuild_dedup(self) -> None:
        """Rebuild the dedup index from the committed documents' stored mean vectors (a new file: dead rows go)."""
        if self._dedup is None:
            return
        self._dedup.clear()
        docs = self.documents()
        ids = sorted(docs)
        for b in range(0, len(ids), _GET_PAGE):
            got = self._call(self.docs.get, ids=ids[b : b + _GET_PAGE], include=["embeddings"])
            self._dedup.add((d, docs[d].content_hash, np.asarray(v, dtype=np.float32)) for d, v in zip(got["ids"], got["embeddings"]) if d in docs)
        self._dedup.mark_complete()

    def inspect_dedup(self, docs: dict[str, Document]) -> tuple[bool, str]:
        """(ok, what) of the dedup index against the committed documents; changes nothing."""
        if self._dedup is None:
            return True, "not used (a Chroma server is asked directly)"
        if not self._dedup.complete():
            return True, "not built yet; the next ingest builds it" if docs else "empty"
        rows = self._dedup.rows()
        missing = sum(1 for d, doc in docs.items() if (d, doc.content_hash) not in rows)
        if missing:
            return False, f"{missing} committed documents missing; 'briefing doctor' rebuilds it"
        stale = len(rows) - (len(docs) - missing)
        return True, f"ok ({stale} rows of versions a killed write left; the next ingest sweeps them before any lookup)" if stale else "ok"

    # -- writes -----------------------------------------------------------------------------
    def write_documents(
        self, items: list[tuple[Document, str, list[Chunk], np.ndarray, np.ndarray]], base_ids: dict[str, str] | None = None,
    ) -> None:
        """Replace documents' chunks, then commit their records (call inside write_lock).

        Each item is (document, original text, chunks, chunk vectors, document vector).
        Records are written after all their chunks, so a crash leaves no record without chunks.
        `base_ids` maps a doc id to the id its input asked for (when it was stored as id.N). Order: chunks, the
        dedup index's rows, the document records, then the dedup rows of the versions replaced.
        """
        if not items:
            return
        ids = [doc.doc_id for doc, *_ in items]
        # Only documents already stored have old chunks to drop; leftovers of an interrupted
        # write are swept before the next one starts (see ingest).
        replaced = list(self.get_documents(ids))
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
                self.chunks.upsert, ids=chunk_ids[b : b + 2000], embeddings=_vectors(vecs[b : b + 2000]),
                documents=texts[b : b + 2000], metadatas=metas[b : b + 2000],
            )
        if self._dedup is not None:
            if not self._dedup.complete() and not replaced and self.count_documents() == 0:
                self._dedup.mark_complete()  # the first write into an empty store: the index starts complete
            try:
                self._dedup.add((doc.doc_id, doc.content_hash, dv) for doc, *_, dv in items)
            except (sqlite3.Error, OSError) as exc:
                raise self._translate(exc) from None
        self._call(
            self.docs.upsert,
            ids=ids,
            embeddings=_vectors([dv for *_, dv in items]),
            documents=[original for _, original, *_ in items],
            metadatas=[
                _clean_meta({
                    **doc.model_dump(), "kind": "doc", "published_key": date_key(doc.published),
                    "base_id": (base_ids or {}).get(doc.doc_id, doc.doc_id), "origin_file": _abs(origin_file(doc.origin)),
                })
                for doc, *_ in items
            ],
        )
        if self._documents is not None:
            for doc, *_ in items:
                self._documents[doc.doc_id] = doc
        if self._dedup is not None and replaced:
            try:
                self._dedup.remove(replaced, keep={doc.doc_id: doc.content_hash for doc, *_ in items})
            except (sqlite3.Error, OSError) as exc:
                raise self._translate(exc) from None
        if self._pending is not None:
            removed, p_ids, p_tokens, p_meta = self._pending
            removed.update(replaced)
            p_ids.extend(chunk_ids)
            p_tokens.extend(terms(t) for t in texts)  # here, while the next batch is embedded, not at commit
            p_meta.extend({"doc_id": m["doc_id"], "source": m.get("source"), "published_key": m.get("published_key", 0)} for m in metas)

    def delete_document(self, doc_id: str) -> None:
        """Remove a document record first, then its chunks (call inside write_lock)."""
        self._call(self.docs.delete, ids=[doc_id])
        self._call(self.chunks.delete, where={"doc_id": doc_id})
        if self._dedup is not None:
            try:
                self._dedup.remove([doc_id])
            except (sqlite3.Error, OSError) as exc:
                raise self._translate(exc) from None
        if self._documents is not None:
            self._documents.pop(doc_id, None)
        if self._pending is not None:
            self._pending[0].add(doc_id)

    def reset(self) -> None:
        """Drop both collections and the lexical index of this corpus."""
        base = collection_base(self.corpus)
        if not self.missing:
            for name in (f"{base}-chunks", f"{base}-docs"):
                try:
                    self.client.delete_collection(name)
                except Exception:  # noqa: BLE001,S110 - absent collection is fine
                    pass
        shutil.rmtree(self._lexical_dir(), ignore_errors=True)
        if self._dedup is not None:
            self._dedup.remove_files()
        if self.missing:
            lexical = self.path / "lexical"
            if lexical.is_dir() and not any(lexical.iterdir()):
                lexical.rmdir()
            self._open()
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

    def _live(self, meta: dict[str, Any] | None) -> bool:
        """Is this chunk record committed (committed_doc over every stored document)?"""
        return committed_doc(meta, self.documents()) is not None

    def get_chunks(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        got = self._call(self.chunks.get, ids=ids, include=["documents", "metadatas"])
        return {cid: self._chunk(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]) if self._live(meta)}

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        got = self._call(self.chunks.get, where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [self._chunk(cid, t, m) for cid, t, m in zip(got["ids"], got["documents"], got["metadatas"]) if self._live(m)]
        return sorted(chunks, key=lambda c: c.index)

    def chunk_vectors(self, docs: dict[str, Document]) -> list[tuple[Chunk, np.ndarray]]:
        """(chunk, stored vector) of the committed chunks of these documents."""
        out: list[tuple[Chunk, np.ndarray]] = []
        ids = sorted(docs)
        for b in range(0, len(ids), _GET_PAGE):
            got = self._call(self.chunks.get, where={"doc_id": {"$in": ids[b : b + _GET_PAGE]}}, include=["documents", "metadatas", "embeddings"])
            for cid, text, meta, vec in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"]):
                doc = committed_doc(meta, docs)
                if doc is not None:
                    out.append((self._chunk(cid, text, meta), np.asarray(vec, dtype=np.float32)))
        return out

    def chunks_of(self, docs: dict[str, Document]) -> dict[str, list[Chunk]]:
        """The committed chunks of these documents (by their records, so no other record is read), in order."""
        out: dict[str, list[Chunk]] = {}
        ids = sorted(docs)
        for b in range(0, len(ids), _GET_PAGE):
            part = ids[b : b + _GET_PAGE]
            got = self._call(self.chunks.get, where={"doc_id": {"$in": part}}, include=["documents", "metadatas"])
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                doc = committed_doc(meta, docs)
                if doc is not None:
                    out.setdefault(doc.doc_id, []).append(self._chunk(cid, text, meta))
        return {d: sorted(cs, key=lambda c: c.index) for d, cs in out.items()}

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
        return self.data_path / "lexical" / collection_base(self.corpus)

    def _remember(self, index: LexicalIndex) -> None:
        self._lexical = index
        self._segments = {seg.name: seg for seg in index.segments}

    def lexical(self) -> LexicalIndex:
        """The BM25 index of the store's generation: the saved one, or rebuilt from the chunks.

        A damaged saved index is rebuilt (and replaced) rather than trusted or fatal.
        """
        state = self.cached_state()
        generation = str(state.get("generation", ""))
        if self._lexical is not None and self._lexical.generation == generation:
            return self._lexical
        if not state.get("writing"):
            try:
                loaded = LexicalIndex.load(self._lexical_dir(), generation, self._segments)
            except IndexDamaged as exc:
                log.warning("the lexical index of corpus '%s' is damaged (%s); rebuilding it", self.corpus, exc)
                loaded = None
            if loaded is not None:
                self._remember(loaded)
                return loaded
        return self.rebuild_lexical(generation, save=not state.get("writing"))

    def rebuild_lexical(self, generation: str | None = None, save: bool = True) -> LexicalIndex:
        """Build the index from the committed chunks; save it only if no write began meanwhile."""
        generation = generation if generation is not None else str(self.state().get("generation", ""))
        index = self._build_lexical(generation)
        if save and not self.read_only:
            after = self.state()
            if str(after.get("generation", "")) == generation and not after.get("writing"):
                try:
                    index.save(self._lexical_dir())
                except OSError as exc:
                    log.warning("the lexical index could not be saved (%s); it is rebuilt on the next query", exc)
        self._remember(index)
        return index

    def _build_lexical(self, generation: str) -> LexicalIndex:
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
        return LexicalIndex.build(ids, texts, meta, generation)

    def inspect_lexical(self, live: dict[str, str]) -> tuple[bool, str]:
        """(ok, what) of the saved index against the committed chunks (chunk id -> doc id); changes nothing."""
        state = self.state()
        if state.get("writing"):
            return True, "not saved: an ingest was interrupted; queries build it from the committed chunks until the next ingest or 'briefing doctor'"
        try:
            index = LexicalIndex.load(self._lexical_dir(), str(state.get("generation", "")))
        except IndexDamaged as exc:
            return False, f"damaged ({exc}); 'briefing doctor' rebuilds it (queries rebuild it too)"
        if index is None:
            return True, "not saved yet; the next query builds it from the committed chunks"
        if index.live_docs() != live:
            return False, "stale: it does not hold exactly the committed chunks; 'briefing doctor' rebuilds it"
        return True, "ok"

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
        if self._dedup is not None and self._dedup.complete():
            self._dedup.retain({d: doc.content_hash for d, doc in self.documents().items()})  # rows of versions never committed
        return len(orphans)

    def _live_chunks(self) -> dict[str, str]:
        """chunk id -> doc id of every committed chunk."""
        out: dict[str, str] = {}
        offset = 0
        while True:
            got = self._call(self.chunks.get, include=["metadatas"], limit=_GET_PAGE, offset=offset)
            out.update({cid: str(m["doc_id"]) for cid, m in zip(got["ids"], got["metadatas"]) if self._live(m)})
            if len(got["ids"]) < _GET_PAGE:
                break
            offset += _GET_PAGE
        return out

    def check(self, repair: bool = False) -> dict[str, Any]:
        """Consistency of the store: orphan chunks, documents missing chunks, the lexical index, an interrupted ingest.

        Without repair nothing is written. With repair: orphans are deleted, incomplete
        documents are removed (the next ingest adds them again) and the lexical index is
        rebuilt from scratch. Returns what was found (and done).
        """
        if self.missing:
            raise StoreError(self.missing)
        self._documents = None
        docs = self.documents()
        live, orphans = self._scan()
        incomplete = sorted(d for d, doc in docs.items() if live.get(d, 0) != doc.chunks)
        lexical_ok, lexical_what = self.inspect_lexical(self._live_chunks())
        dedup_ok, dedup_what = self.inspect_dedup(docs)
        state = self.state()
        report: dict[str, Any] = {
            "corpus": self.corpus, "documents": len(docs), "chunks": sum(live.values()), "orphan_chunks": len(orphans),
            "incomplete_documents": incomplete, "lexical_index_ok": lexical_ok, "lexical_index": lexical_what,
            "dedup_index_ok": dedup_ok, "dedup_index": dedup_what,
            "interrupted_ingest": bool(state.get("writing")), "embedder": state.get("embedder"), "read_only": self.read_only,
            "ok": not orphans and not incomplete and lexical_ok and dedup_ok and not state.get("writing"), "repaired": False,
        }
        if repair and not report["ok"]:
            with self.write_lock():
                self.begin_write()
                self.sweep_orphans()
                for d in incomplete:
                    self.delete_document(d)
                self.rebuild_dedup()
                self.commit_write(rebuild=True)
            report["repaired"] = True
        return report

    def refresh(self) -> None:
        """Forget cached documents when another process has written since they were read."""
        generation = self.state().get("generation")
        if generation != self._seen_generation:
            self._documents = None
            self._seen_generation = generation


def _abs(path: str) -> str:
    """An origin file as an absolute path, so the same file matches from any working folder."""
    return str(Path(path).absolute()) if path else ""
