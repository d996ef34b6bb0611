"""Ingest: read inputs, clean, chunk, embed, detect duplicates, write to the store."""
from __future__ import annotations

import hashlib
import json
import re
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .chunk import chunk
from .clean import CleanText, clean, normalize_key
from .embed import Embedder, Loading, normalize
from .errors import InputError
from .lexical import facts, overlap
from .reader import RECORD_SUFFIXES, FieldMap, apply_manifest, discover, read_file, read_manifest
from .settings import Settings
from .store import Store, _abs, origin_file
from .types import Article, Chunk, Document, IngestReport, Problem

CLEANING_VERSION = "8"  # bump when cleaning or chunking changes what a document yields
EMBED_TEXT_VERSION = "2"  # bump when what is embedded for a chunk changes (2: the title before the first chunk only)
Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): stages read (files, or records when record files are read: total 0 until
all are read), clean and chunk (documents), embed (chunks), write (documents committed), index (the lexical index)."""
PIPELINE_DEPTH = 1  # batches embedded ahead of the writer: one keeps the embedder busy, more only hold memory
# Embedding calls in flight at once. A call waits for its last model batch while the other sessions have finished
# theirs, and tokenizes its texts before any session starts; with two calls in flight the next call's batches fill
# those gaps (the embedder's sessions share one queue; results still come back per call, in order).
EMBED_CALLS = 2
# The first batch sent to the model during the clean-and-chunk pass holds this many chunks, each next one twice as
# many up to chunk.ingest_batch: the model starts after ~10 articles instead of ~80 (FA-KES), while the calls that
# follow are large enough to keep every session busy.
FIRST_EMBED_BATCH = 32


def counts_as_skip(problem: Problem) -> bool:
    """Whether a problem means an input was left out (warnings, records read once and renamed ids are not)."""
    return not problem.reason.startswith(("warning", "repeats")) and "stored as" not in problem.reason


@dataclass
class _Prepared:
    article: Article
    doc: Document
    clean: CleanText
    chunks: list[Chunk]
    status: str  # new | updated


def _hash(*parts: object) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:20]


def _explicit(a: Article) -> bool:
    """Whether a file's id was named in its front matter rather than taken from its file name."""
    return not re.search(r":\d+$", a.origin) and a.doc_id != Path(a.origin).stem


def _suffix(doc_id: str, base: str) -> int:
    tail = doc_id[len(base) + 1 :]
    return int(tail) if doc_id != base and tail.isdigit() else (1 if doc_id == base else 10**9)


def assign_ids(articles: list[Article], store: Store, report: IngestReport) -> tuple[list[Article], dict[str, str]]:
    """Decide each article's stored id so that no input silently replaces another's document.

    An id belongs to the file (or record file) it was first stored from. A later input
    asking for the same id replaces that document only if it comes from the same file;
    from any other file it is stored as ID.2, ID.3... with a line saying who holds ID.
    Within one run, ids from file names and record fields claim first, ids named in front
    matter after them; a repeated record (same id and text) is read once. Returns the
    articles with their ids and a map from each renamed id to the id its input asked for.
    """
    claims = store.claims(sorted({a.doc_id for a in articles})) if articles else {}
    taken: dict[str, str] = {}  # stored id -> origin file that holds it in this run
    texts: dict[tuple[str, str], str] = {}  # (asked id, text hash) -> id given in this run
    out: list[Article | None] = [None] * len(articles)
    base_ids: dict[str, str] = {}
    order = sorted(range(len(articles)), key=lambda k: _explicit(articles[k]))
    for k in order:
        a = articles[k]
        asked, file = a.doc_id, _abs(origin_file(a.origin))
        h = _hash(a.text)
        if (asked, h) in texts:
            report.problems.append(Problem(where=a.origin, reason=f"repeats record '{texts[asked, h]}' (same id and text); read once"))
            continue
        held = sorted(claims.get(asked, []), key=lambda c: _suffix(c[0], asked))
        stored = {d for d, _ in held}
        mine = next((d for d, f in held if f == file and d not in taken), None)
        if mine is None and asked not in stored and asked not in taken:
            mine = asked
        if mine is None:
            n = 2
            while f"{asked}.{n}" in stored or f"{asked}.{n}" in taken or store.get_documents([f"{asked}.{n}"]):
                n += 1
            mine = f"{asked}.{n}"
            holder = taken.get(asked) or next((f for d, f in held if d == asked), "") or "another input"
            when = "in this run" if asked in taken else "in the store"
            report.id_collisions.append(asked)
            report.problems.append(Problem(where=a.origin, reason=f"id '{asked}' is taken by {holder} ({when}); stored as '{mine}'"))
        taken[mine] = file
        texts[asked, h] = mine
        if mine != asked:
            base_ids[mine] = asked
        out[k] = a.model_copy(update={"doc_id": mine}) if mine != asked else a
    return [a for a in out if a is not None], base_ids


def _embed_text(doc: Document, c: Chunk) -> str:
    """What is embedded for a chunk: its text, the document's title before the first chunk only.

    Measured on FA-KES (docs/benchmarks.md, "Session 7: the title before the first chunk only"): against the title
    before every chunk, recall@5 is equal or higher on every question set and 5% fewer word pieces are embedded;
    without any title recall@5 fell from 0.964 to 0.929 on fakes.jsonl."""
    return _embed_text_of(doc.title, c)


def _embed_text_of(title: str | None, c: Chunk) -> str:
    return with_title(title, c.text) if c.index == 0 else c.text


def with_title(title: str | None, text: str) -> str:
    """'TITLE. text', unless there is no title or the text already opens with it."""
    if title and not text.startswith(title[:40]):
        return f"{title}. {text}"
    return text


def ingest(
    paths: list[Path],
    settings: Settings,
    store: Store,
    embedder: Embedder,
    fields: FieldMap | None = None,
    manifest: Path | None = None,
    prune: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; bad inputs are reported, never fatal."""
    started = time.perf_counter()
    fields = fields or FieldMap()
    report = IngestReport()
    files, manifests, problems = discover(paths)
    report.problems.extend(problems)
    meta: dict[str, dict[str, object]] = {}
    for m in ([manifest] if manifest else []) + manifests:
        try:
            meta.update(read_manifest(m))
        except InputError as exc:
            if m == manifest:
                raise
            report.problems.append(Problem(where=str(m), reason=str(exc)))
    articles: list[Article] = []
    records = any(f.suffix.lower() in RECORD_SUFFIXES for f in files)  # then count records; their total is known at the end
    for i, f in enumerate(files):
        for item in read_file(f, fields):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                articles.append(apply_manifest(item, meta))
                if progress and records:
                    progress("read", len(articles), 0)
        if progress and not records:
            progress("read", i + 1, len(files))
    if progress and records:
        progress("read", len(articles), len(articles))

    with store.write_lock():
        store.refresh()
        # The store's records need the vector size before anything is written.
        store.check_embedder(embedder.name, embedder.dim or len(embedder.embed(["dimension probe"])[0]), claim=True)
        state = store.state()
        interrupted = bool(state.get("writing"))
        if interrupted:
            report.swept = store.sweep_orphans()  # a writer died mid-write: drop its uncommitted chunks
        articles, base_ids = assign_ids(articles, store, report)
        existing = store.get_documents([a.doc_id for a in articles])
        stored_boiler = set(json.loads(str(state.get("boilerplate", "[]"))))
        if not prune and not interrupted and all(_unchanged(a, existing, settings, embedder) for a in articles):
            report.unchanged = len(articles)  # nothing to clean or write: the store and its generation stay as they are
            return _finish(report, started)
        # Embedding threads for the whole ingest: they embed the first articles' chunks while later ones are cleaned.
        pool = ThreadPoolExecutor(max_workers=EMBED_CALLS, thread_name_prefix="briefing-embed")
        try:
            ahead = _Ahead(pool, embedder, store, settings, stored_boiler)
            first = []
            for a in articles:
                first.append(clean(a.text, a.title))
                ahead.add(a, first[-1], changed=not _unchanged(a, existing, settings, embedder))
                if progress:
                    progress("clean", len(first), len(articles))
            ahead.flush()
            found = ahead.found() if len(first) >= settings.chunk.boilerplate_docs else set()
            boiler = frozenset(stored_boiler | {_hash(k) for k in found})
            todo = _changed(articles, first, existing, settings, embedder, report)
            seen_ids = {a.doc_id for a in articles}
            if not todo and not prune and not interrupted and boiler == frozenset(stored_boiler):
                return _finish(report, started)  # nothing to write: the store and its generation stay as they are
            if isinstance(embedder, Loading):
                embedder.loaded()  # a model that fails to load fails here, before anything is written
            store.begin_write()
            store.ensure_dedup()  # a store written before the dedup index existed gets it once
            _pipeline(_prepared(todo, boiler, settings, report, progress, ahead), len(todo), settings, store, embedder, report, base_ids, progress, ahead)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if prune:
            report.pruned = _prune(store, files, seen_ids)
        if progress:
            progress("index", 0, 1)
        store.commit_write(boilerplate=json.dumps(sorted(boiler)))
        if progress:
            progress("index", 1, 1)
    return _finish(report, started)


def _finish(report: IngestReport, started: float) -> IngestReport:
    report.skipped = sum(1 for p in report.problems if counts_as_skip(p))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _content_hash(a: Article, settings: Settings, embedder: Embedder) -> str:
    """What a stored document must match to be left alone: its input and everything that shapes its chunks and vectors."""
    c = settings.chunk
    return _hash(CLEANING_VERSION, EMBED_TEXT_VERSION, c.size, c.overlap, c.encoding, embedder.name, a.text, a.title, a.source, a.published, a.url)


def _unchanged(a: Article, existing: dict[str, Document], settings: Settings, embedder: Embedder) -> bool:
    old = existing.get(a.doc_id)
    return old is not None and old.content_hash == _content_hash(a, settings, embedder)


def _changed(
    articles: list[Article], first: list[CleanText], existing: dict[str, Document], settings: Settings, embedder: Embedder, report: IngestReport,
) -> list[tuple[Article, CleanText, str, Document | None]]:
    """The articles that are new or changed, with their content hash and stored record; counts the unchanged ones."""
    todo = []
    for a, ct0 in zip(articles, first):
        content_hash = _content_hash(a, settings, embedder)
        old = existing.get(a.doc_id)
        if old is not None and old.content_hash == content_hash:
            report.unchanged += 1
            continue
        todo.append((a, ct0, content_hash, old))
    return todo


def _prepared(
    todo: list[tuple[Article, CleanText, str, Document | None]], boiler: frozenset[str], settings: Settings, report: IngestReport,
    progress: Progress | None = None, ahead: _Ahead | None = None,
) -> Iterator[_Prepared]:
    """Clean (without page debris) and chunk each changed article, lazily so it overlaps embedding; an article cut
    ahead (see _Ahead) under the same debris keeps those chunks."""
    c = settings.chunk
    for i, (a, ct0, content_hash, old) in enumerate(todo):
        if progress:
            progress("chunk", i + 1, len(todo))
        drop = _drop(ct0, boiler)
        cut = ahead.cut.get(a.doc_id) if ahead is not None else None
        if cut is not None and cut[0] == drop:
            ct, chunks = cut[1], cut[2]
        else:
            ct = clean(a.text, a.title, drop) if drop else ct0
            chunks = chunk(a.doc_id, ct, c.size, c.overlap, c.encoding)
        if not chunks:
            report.problems.append(Problem(where=a.origin, reason="no text left after removing page debris"))
            continue
        doc = Document(
            doc_id=a.doc_id, title=a.title, source=a.source, published=a.published, url=a.url, origin=a.origin,
            content_hash=content_hash, text_hash=_hash(normalize_key(ct.text)), chunks=len(chunks), chars=len(a.text),
        )
        yield _Prepared(a, doc, ct, chunks, "updated" if old is not None else "new")


def _batches(prepared: Iterator[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    batch: list[_Prepared] = []
    budget = 0
    for p in prepared:
        batch.append(p)
        budget += len(p.chunks)
        if budget >= size:
            yield batch
            batch, budget = [], 0
    if batch:
        yield batch


def _pipeline(
    prepared: Iterator[_Prepared], total: int, settings: Settings, store: Store, embedder: Embedder, report: IngestReport,
    base_ids: dict[str, str], progress: Progress | None, ahead: _Ahead,
) -> None:
    """Write each batch once its vectors are in while this thread chunks the next (onnxruntime releases the GIL).

    Vectors come from the store (exact duplicates of stored documents), from the chunks embedded ahead
    (see _Ahead), or are embedded now on the embedding thread (chunks that came out different from the
    ones cut ahead). Writes stay in order on this thread, so duplicate detection sees every earlier batch
    and the crash-safety order (chunks, then their document records) is unchanged.
    """
    done = 0
    pending: deque[tuple[list[_Prepared], dict[str, np.ndarray], Future[dict[str, np.ndarray]]]] = deque()
    seen: dict[str, np.ndarray] = {}  # only the embedding threads touch it (a text two calls both miss is embedded twice, and either vector is kept)

    def write_oldest() -> None:
        nonlocal done
        b, known, rest = pending.popleft()
        texts = _texts(b)
        vecs = {**ahead.vectors(texts), **rest.result(), **known}
        vectors = np.stack([vecs[t] for t in texts])
        with interrupt_after():  # the batch's write and the count of committed documents stay in step
            _store_batch(b, vectors, settings, store, report, base_ids)
            done += len(b)
            if progress:
                progress("embed", done, total)
                progress("write", done, total)

    for batch in _batches(prepared, settings.chunk.ingest_batch):
        known = _stored_vectors(batch, store)
        missing = [t for t in dict.fromkeys(_texts(batch)) if t not in known and t not in ahead.futures]
        pending.append((batch, known, ahead.pool.submit(_embed_missing, missing, embedder, seen) if missing else _done({})))
        while len(pending) > PIPELINE_DEPTH:
            write_oldest()
    while pending:
        write_oldest()


def _done(value: dict[str, np.ndarray]) -> Future[dict[str, np.ndarray]]:
    fut: Future[dict[str, np.ndarray]] = Future()
    fut.set_result(value)
    return fut


def _texts(batch: list[_Prepared]) -> list[str]:
    return [_embed_text(p.doc, c) for p in batch for c in p.chunks]


def _drop(ct: CleanText, boiler: frozenset[str] | set[str]) -> frozenset[str]:
    """The sentence keys of a cleaned article that are page debris (their hashes are in `boiler`)."""
    if not boiler:
        return frozenset()
    return frozenset(k for k in (normalize_key(s) for s in ct.sentence_texts()) if _hash(k) in boiler)


class _Ahead:
    """Embeds the chunks of new and changed articles while the later articles are still being cleaned.

    Debris shared across documents (sentences in `boilerplate_docs` distinct texts) is known only once every article is cleaned, so an
    article is cut here with the debris known so far: the store's, and sentences already seen in
    `boilerplate_docs` documents of this ingest. At write time an article cut the same way keeps these
    chunks and vectors; one whose debris grew later has only its changed chunks embedded again (a footer
    on every page of a site costs the articles read before its `boilerplate_docs`-th one).
    Exact duplicates of stored documents are not embedded here: they reuse the stored vectors.
    """

    def __init__(self, pool: ThreadPoolExecutor, embedder: Embedder, store: Store, settings: Settings, stored_boiler: set[str]) -> None:
        self.pool, self.embedder, self.store, self.settings = pool, embedder, store, settings
        self.boiler = set(stored_boiler)  # hashes of debris sentence keys known so far
        self.counts: Counter[str] = Counter()  # sentence key -> distinct texts holding it
        self.counted: set[str] = set()
        self.cut: dict[str, tuple[frozenset[str], CleanText, list[Chunk]]] = {}  # doc id -> (debris dropped, clean text, chunks)
        self.futures: dict[str, Future[dict[str, np.ndarray]]] = {}  # embedding text -> its batch's vectors
        self._waiting: list[tuple[str, list[str]]] = []  # (text hash, embedding texts) of articles not sent yet
        self._size = 0
        self._limit = min(FIRST_EMBED_BATCH, settings.chunk.ingest_batch)  # chunks that make the next batch

    def add(self, a: Article, ct0: CleanText, changed: bool) -> None:
        """Count the article's sentences for the debris known so far; cut and queue it if it is to be written."""
        c = self.settings.chunk
        h = _hash(ct0.text)
        if h not in self.counted:
            self.counted.add(h)
            for k in {normalize_key(s) for s in ct0.sentence_texts() if len(s) >= 12}:
                self.counts[k] += 1
                if self.counts[k] >= c.boilerplate_docs:
                    self.boiler.add(_hash(k))
        if not changed:
            return
        drop = _drop(ct0, self.boiler)
        ct = clean(a.text, a.title, drop) if drop else ct0
        chunks = chunk(a.doc_id, ct, c.size, c.overlap, c.encoding)
        self.cut[a.doc_id] = (drop, ct, chunks)
        if chunks:
            self._waiting.append((_hash(normalize_key(ct.text)), [_embed_text_of(a.title, x) for x in chunks]))
            self._size += len(chunks)
            if self._size >= self._limit:
                self.flush()
                self._limit = min(2 * self._limit, c.ingest_batch)

    def found(self) -> set[str]:
        """Page debris of this ingest: the keys of sentences (12+ characters) found in `boilerplate_docs` distinct
        texts among every article added (counted as they were added, not read again)."""
        return {k for k, n in self.counts.items() if n >= self.settings.chunk.boilerplate_docs}

    def flush(self) -> None:
        """Send the queued articles' chunks to the embedding thread as one batch."""
        if not self._waiting:
            return
        stored = self.store.by_text_hash(sorted({h for h, _ in self._waiting}))
        texts = list(dict.fromkeys(t for h, ts in self._waiting if h not in stored for t in ts if t not in self.futures))
        self._waiting, self._size = [], 0
        if texts:
            fut = self.pool.submit(_embed_missing, texts, self.embedder, {})
            for t in texts:
                self.futures[t] = fut

    def vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The vectors of those of `texts` embedded ahead (waits for their batches)."""
        return {t: self.futures[t].result()[t] for t in texts if t in self.futures}


@contextmanager
def interrupt_after() -> Iterator[None]:
    """Ctrl-C during the block takes effect when it ends: a batch is written and counted whole, so 'N documents
    committed' is what the store holds. Only where Python's own Ctrl-C handler is installed (the main thread of a
    process that did not ignore or replace SIGINT); elsewhere the block runs as is."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if pressed:
        raise KeyboardInterrupt


def _stored_vectors(batch: list[_Prepared], store: Store) -> dict[str, np.ndarray]:
    """Vectors already in the store for the batch's embedding texts: the chunks of stored documents with
    the same cleaned text (exact duplicates from earlier runs), keyed by their embedding text."""
    same = store.by_text_hash(sorted({p.doc.text_hash for p in batch}))
    if not same:
        return {}
    docs = {d.doc_id: d for d in same.values()}
    return {_embed_text(docs[c.doc_id], c): v for c, v in store.chunk_vectors(docs)}


def _embed_missing(texts: list[str], embedder: Embedder, seen: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Vectors of `texts` (runs on the embedding thread); a text in `seen` (embedded earlier) is not embedded again."""
    new = [t for t in texts if t not in seen]
    if new:
        seen.update(zip(new, embedder.embed(new)))
    return {t: seen[t] for t in texts}


def _store_batch(batch: list[_Prepared], vectors: np.ndarray, settings: Settings, store: Store, report: IngestReport, base_ids: dict[str, str]) -> None:
    pos = 0
    per_doc: list[np.ndarray] = []
    for p in batch:
        per_doc.append(vectors[pos : pos + len(p.chunks)])
        pos += len(p.chunks)
    doc_vecs = normalize(np.stack([v.mean(axis=0) for v in per_doc]))
    stored = store.similar_documents(doc_vecs, 5)
    # Only the records these candidates need: the nearest stored documents and same-text ones.
    same_text = store.by_text_hash(sorted({p.doc.text_hash for p in batch}))
    docs = store.get_documents(sorted({d for near in stored for d, _ in near}))
    docs.update({d.doc_id: d for d in same_text.values()})
    # The stored texts a near-duplicate check may compare against, read in one call.
    close = {d: docs[d] for near in stored for d, cos in near if cos >= settings.chunk.near_duplicate and d in docs}
    texts = {d: " ".join(c.text for c in chunks) for d, chunks in store.chunks_of(close).items()}
    items = []
    known: dict[tuple[str, str], set[str]] = {}  # the facts of each text a near-duplicate check read, once a batch
    for i, p in enumerate(batch):
        # Candidates: a stored document with the same text, the nearest stored documents, the earlier documents of this batch.
        exact = same_text.get(p.doc.text_hash)
        candidates = ([(exact.doc_id, 1.0)] if exact else []) + list(stored[i]) + [(batch[j].doc.doc_id, float(doc_vecs[i] @ doc_vecs[j])) for j in range(i)]
        dup = _duplicate_of(p, candidates, batch[:i], settings, texts, docs, known)
        doc = p.doc.model_copy(update={"duplicate_of": dup})
        p.doc = doc
        items.append((doc, p.article.text, p.chunks, per_doc[i], doc_vecs[i]))
        setattr(report, p.status, getattr(report, p.status) + 1)
        report.chunks += len(p.chunks)
        if dup:
            report.duplicates.append((doc.doc_id, dup))
    store.write_documents(items, base_ids)


def _duplicate_of(
    p: _Prepared, candidates: list[tuple[str, float]], earlier: list[_Prepared], settings: Settings, texts: dict[str, str], docs: dict[str, Document],
    known: dict[tuple[str, str], set[str]] | None = None,
) -> str | None:
    """The document this one repeats: same cleaned text, or a near-identical rewrite (close vectors, same names and numbers).

    `texts` holds the chunk texts of the close stored candidates, `docs` their records; `known` caches the facts of
    texts already read in this batch (keyed ('batch', id) or ('stored', id): an id may be both while it is replaced).
    """
    known = {} if known is None else known
    in_batch = {q.doc.doc_id: q for q in earlier}

    def facts_of(where: str, doc_id: str, text: str) -> set[str]:
        if (where, doc_id) not in known:
            known[where, doc_id] = facts(text)
        return known[where, doc_id]

    for other_id, cos in sorted(candidates, key=lambda c: -c[1]):
        other = in_batch[other_id].doc if other_id in in_batch else docs.get(other_id)
        if other is None or other_id == p.doc.doc_id:
            continue
        if other.text_hash == p.doc.text_hash:
            return other.duplicate_of or other_id
        if cos >= settings.chunk.near_duplicate:
            where = "batch" if other_id in in_batch else "stored"
            other_text = " ".join(c.text for c in in_batch[other_id].chunks) if where == "batch" else texts.get(other_id, "")
            if not other_text:
                continue
            mine = facts_of("batch", p.doc.doc_id, " ".join(c.text for c in p.chunks))
            if overlap(mine, facts_of(where, other_id, other_text)) >= settings.chunk.near_duplicate_facts:
                return other.duplicate_of or other_id
    return None


def _prune(store: Store, files: list[Path], seen_ids: set[str]) -> int:
    """Remove documents whose file is gone, or whose record is gone from a file read in this run."""
    read_files = {str(f) for f in files}
    pruned = 0
    for doc_id, doc in list(store.documents().items()):
        file = origin_file(doc.origin)  # a record's origin is FILE:LINE
        if not file:
            continue
        gone = not Path(file).exists() or (file in read_files and doc_id not in seen_ids)
        if gone:
            store.delete_document(doc_id)
            pruned += 1
    return pruned
