"""Ingest: read inputs, clean, chunk, embed, detect duplicates, write to the store."""
from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .chunk import chunk
from .clean import CleanText, clean, normalize_key
from .embed import Embedder, normalize
from .errors import InputError
from .lexical import fact_overlap
from .reader import RECORD_SUFFIXES, FieldMap, apply_manifest, discover, read_file, read_manifest
from .settings import Settings
from .store import Store
from .types import Article, Chunk, Document, IngestReport, Problem

CLEANING_VERSION = "3"  # bump when cleaning or chunking changes what a document yields
Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): stages read (files, or records when record files are read: total 0 until
all are read), clean and chunk (documents), embed (chunks), write (documents committed), index (the lexical index)."""


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


def _dedupe_ids(articles: list[Article], report: IngestReport) -> list[Article]:
    """Repeated records with the same id and text are read once; the same id with other text becomes id.2, id.3..."""
    out: list[Article] = []
    by_id: dict[str, dict[str, str]] = defaultdict(dict)  # id -> text hash -> assigned id
    for a in articles:
        h = _hash(a.text)
        seen = by_id[a.doc_id]
        if h in seen:
            report.problems.append(Problem(where=a.origin, reason=f"repeats record '{seen[h]}' (same id and text); read once"))
            continue
        if seen:
            new_id = f"{a.doc_id}.{len(seen) + 1}"
            report.id_collisions.append(a.doc_id)
            report.problems.append(Problem(where=a.origin, reason=f"id '{a.doc_id}' already used with other text; stored as '{new_id}'"))
            seen[h] = new_id
            out.append(a.model_copy(update={"doc_id": new_id}))
        else:
            seen[h] = a.doc_id
            out.append(a)
    return out


def _boilerplate(cleaned: list[CleanText], min_docs: int) -> set[str]:
    """Sentence keys that recur in at least `min_docs` distinct documents: page furniture."""
    counts: Counter[str] = Counter()
    seen_texts: set[str] = set()
    for ct in cleaned:
        h = _hash(ct.text)
        if h in seen_texts:
            continue
        seen_texts.add(h)
        counts.update({normalize_key(s) for s in ct.sentence_texts() if len(s) >= 12})
    return {k for k, n in counts.items() if n >= min_docs}


def _embed_text(doc: Document, c: Chunk) -> str:
    if doc.title and not c.text.startswith(doc.title[:40]):
        return f"{doc.title}. {c.text}"
    return c.text


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
    articles = _dedupe_ids(articles, report)

    with store.write_lock():
        store.refresh()
        # The store's records need the vector size before anything is written.
        store.check_embedder(embedder.name, embedder.dim or len(embedder.embed(["dimension probe"])[0]), claim=True)
        if store.state().get("writing"):
            report.swept = store.sweep_orphans()  # a writer died mid-write: drop its uncommitted chunks
        store.set_state(writing=1)
        existing = store.documents()
        state = store.state()
        stored_boiler = set(json.loads(str(state.get("boilerplate", "[]"))))
        first = []
        for a in articles:
            first.append(clean(a.text, a.title))
            if progress:
                progress("clean", len(first), len(articles))
        found = _boilerplate(first, settings.chunk.boilerplate_docs) if len(first) >= settings.chunk.boilerplate_docs else set()
        boiler = frozenset(stored_boiler | {_hash(k) for k in found})
        prepared = _prepare(articles, first, boiler, existing, settings, embedder, report, progress)
        seen_ids = {a.doc_id for a in articles}
        store.bump_generation()
        done = written = 0
        total_chunks = sum(len(p.chunks) for p in prepared)
        batch: list[_Prepared] = []
        budget = 0
        for p in prepared + [None]:  # type: ignore[list-item]
            if p is not None:
                batch.append(p)
                budget += len(p.chunks)
            if batch and (p is None or budget >= settings.chunk.ingest_batch):
                _write_batch(batch, settings, store, embedder, report)
                done += budget
                written += len(batch)
                if progress:
                    progress("embed", done, total_chunks)
                    progress("write", written, len(prepared))
                batch, budget = [], 0
        if prune:
            report.pruned = _prune(store, files, seen_ids)
        store.set_state(boilerplate=json.dumps(sorted(boiler)), writing=0)
        store.bump_generation()
        if progress:
            progress("index", 0, 1)
        store.rebuild_lexical()
        if progress:
            progress("index", 1, 1)
    report.skipped = sum(1 for p in report.problems if counts_as_skip(p))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _prepare(
    articles: list[Article], first: list[CleanText], boiler: frozenset[str], existing: dict[str, Document],
    settings: Settings, embedder: Embedder, report: IngestReport, progress: Progress | None = None,
) -> list[_Prepared]:
    """Clean and chunk the articles that are new or changed; count the unchanged ones."""
    prepared: list[_Prepared] = []
    c = settings.chunk
    for i, (a, ct0) in enumerate(zip(articles, first)):
        if progress:
            progress("chunk", i + 1, len(articles))
        content_hash = _hash(CLEANING_VERSION, c.size, c.overlap, c.encoding, embedder.name, a.text, a.title, a.source, a.published, a.url)
        old = existing.get(a.doc_id)
        if old is not None and old.content_hash == content_hash:
            report.unchanged += 1
            continue
        drop = frozenset(k for k in (normalize_key(s) for s in ct0.sentence_texts()) if _hash(k) in boiler)
        ct = clean(a.text, a.title, drop) if drop else ct0
        chunks = chunk(a.doc_id, ct, c.size, c.overlap, c.encoding)
        if not chunks:
            report.problems.append(Problem(where=a.origin, reason="no text left after removing page debris"))
            continue
        doc = Document(
            doc_id=a.doc_id, title=a.title, source=a.source, published=a.published, url=a.url, origin=a.origin,
            content_hash=content_hash, text_hash=_hash(normalize_key(ct.text)), chunks=len(chunks), chars=len(a.text),
        )
        prepared.append(_Prepared(a, doc, ct, chunks, "updated" if old is not None else "new"))
    return prepared


def _write_batch(batch: list[_Prepared], settings: Settings, store: Store, embedder: Embedder, report: IngestReport) -> None:
    texts = [_embed_text(p.doc, c) for p in batch for c in p.chunks]
    vectors = embedder.embed(texts)
    pos = 0
    per_doc: list[np.ndarray] = []
    for p in batch:
        per_doc.append(vectors[pos : pos + len(p.chunks)])
        pos += len(p.chunks)
    doc_vecs = normalize(np.stack([v.mean(axis=0) for v in per_doc]))
    stored = store.similar_documents(doc_vecs, 5)
    items = []
    for i, p in enumerate(batch):
        # Candidates: the nearest stored documents and the earlier documents of this batch.
        candidates = list(stored[i]) + [(batch[j].doc.doc_id, float(doc_vecs[i] @ doc_vecs[j])) for j in range(i)]
        dup = _duplicate_of(p, candidates, batch[:i], settings, store)
        doc = p.doc.model_copy(update={"duplicate_of": dup})
        p.doc = doc
        items.append((doc, p.article.text, p.chunks, per_doc[i], doc_vecs[i]))
        setattr(report, p.status, getattr(report, p.status) + 1)
        report.chunks += len(p.chunks)
        if dup:
            report.duplicates.append((doc.doc_id, dup))
    store.write_documents(items)


def _duplicate_of(p: _Prepared, candidates: list[tuple[str, float]], earlier: list[_Prepared], settings: Settings, store: Store) -> str | None:
    """The document this one repeats: same cleaned text, or a near-identical rewrite (close vectors, same names and numbers)."""
    docs = store.documents()
    in_batch = {q.doc.doc_id: q for q in earlier}
    text = " ".join(c.text for c in p.chunks)
    for other_id, cos in sorted(candidates, key=lambda c: -c[1]):
        other = in_batch[other_id].doc if other_id in in_batch else docs.get(other_id)
        if other is None or other_id == p.doc.doc_id:
            continue
        if other.text_hash == p.doc.text_hash:
            return other.duplicate_of or other_id
        if cos >= settings.chunk.near_duplicate:
            chunks = in_batch[other_id].chunks if other_id in in_batch else store.doc_chunks(other_id)
            if fact_overlap(text, " ".join(c.text for c in chunks)) >= settings.chunk.near_duplicate_facts:
                return other.duplicate_of or other_id
    return None


def _prune(store: Store, files: list[Path], seen_ids: set[str]) -> int:
    """Remove documents whose file is gone, or whose record is gone from a file read in this run."""
    read_files = {str(f) for f in files}
    pruned = 0
    for doc_id, doc in list(store.documents().items()):
        origin_file = re.sub(r":\d+$", "", doc.origin)  # a record's origin is FILE:LINE
        if not origin_file:
            continue
        gone = not Path(origin_file).exists() or (origin_file in read_files and doc_id not in seen_ids)
        if gone:
            store.delete_document(doc_id)
            pruned += 1
    return pruned
