"""Near-duplicate candidates without loading Chroma's HNSW index of the document vectors: a flat file of them.

Two documents are near-duplicates when their mean vectors are close (cosine >= chunk.near_duplicate) and the
names and numbers they state overlap (ingest._duplicate_of). Chroma answered "the nearest stored documents" from
the docs collection's HNSW index, which it loads whole on first use in a process (0.38 s of a 10-article ingest
at 100k chunks, session 9). Here the unit mean vectors sit in one append-only file of float32 rows, read with
one sequential read and scored with one matrix product per write batch (about 60 MB and a few milliseconds at
38k documents): exact nearest neighbours, no graph to load or extend.

Files per corpus, beside the store (<store>/dedup/): `<corpus>.vectors` (the rows) and `<corpus>.sqlite3`,
which maps a row (slot) to its (doc id, content hash). The store appends a batch's rows and maps them after its
chunks and before its document records, and unmaps the rows of replaced versions after the records. A crash
leaves at most rows no mapping names (skipped) or mappings of versions no committed record has (the store
checks the content hash against the committed record; the sweep after an interrupted ingest removes them).
Deleted rows stay in the file until `briefing doctor` rewrites it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import numpy as np

FORMAT = "3"  # bump when the files change: an index of another format is dropped and rebuilt
_VARS = 500  # parameters per IN (...) list, under sqlite's limit


class DedupIndex:
    """The stored documents' unit mean vectors (a flat float32 file) and which document each row belongs to."""

    def __init__(self, path: Path) -> None:
        self.path = path  # the sqlite file; the vectors are beside it
        self.vectors_path = path.with_suffix(".vectors")
        self._con: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(str(self.path), check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")  # a killed process loses no committed transaction
            con.execute("PRAGMA synchronous=NORMAL")
            if con.execute("SELECT name FROM sqlite_master WHERE name='meta'").fetchone():
                row = con.execute("SELECT value FROM meta WHERE key='format'").fetchone()
                if not row or row[0] != FORMAT:
                    con.executescript("DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS postings; DROP TABLE IF EXISTS df; DROP TABLE IF EXISTS meta;")
                    self.vectors_path.unlink(missing_ok=True)
            con.executescript(
                """
                CREATE TABLE IF NOT EXISTS docs(doc_id TEXT NOT NULL, content_hash TEXT NOT NULL, slot INTEGER NOT NULL UNIQUE,
                    PRIMARY KEY(doc_id, content_hash));
                CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """
            )
            con.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('format', ?)", (FORMAT,))
            con.commit()
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def remove_files(self) -> None:
        self.close()
        for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"), self.vectors_path):
            p.unlink(missing_ok=True)

    # -- state ------------------------------------------------------------------------
    def complete(self) -> bool:
        """Whether the index was built for every stored document (then every write keeps it so)."""
        if self._con is None and not self.path.exists():
            return False
        row = self._db().execute("SELECT value FROM meta WHERE key='complete'").fetchone()
        return bool(row and row[0] == "1")

    def mark_complete(self) -> None:
        with self._db() as con:
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('complete', '1')")

    def clear(self) -> None:
        with self._db() as con:
            con.execute("DELETE FROM docs")
            con.execute("DELETE FROM meta WHERE key IN ('complete', 'dim')")
        self.vectors_path.unlink(missing_ok=True)

    def rows(self) -> set[tuple[str, str]]:
        """(doc id, content hash) of every mapped row."""
        return set(self._db().execute("SELECT doc_id, content_hash FROM docs").fetchall())

    def _dim(self, con: sqlite3.Connection) -> int | None:
        row = con.execute("SELECT value FROM meta WHERE key='dim'").fetchone()
        return int(row[0]) if row else None

    # -- writes -----------------------------------------------------------------------
    def add(self, rows: Iterable[tuple[str, str, np.ndarray]]) -> None:
        """Append (doc id, content hash, unit mean vector) rows, then map them in one transaction; a version
        already mapped keeps its row."""
        con = self._db()
        have = set()
        todo = []
        for doc_id, content_hash, vector in rows:
            if (doc_id, content_hash) in have:
                continue
            have.add((doc_id, content_hash))
            if not con.execute("SELECT 1 FROM docs WHERE doc_id=? AND content_hash=?", (doc_id, content_hash)).fetchone():
                todo.append((doc_id, content_hash, np.asarray(vector, dtype=np.float32).ravel()))
        if not todo:
            return
        dim = self._dim(con) or len(todo[0][2])
        width = 4 * dim
        with self.vectors_path.open("ab") as fh:
            size = fh.tell()
            if size % width:  # a write killed mid-row: no mapping names the torn row; start at a whole row
                fh.truncate(size - size % width)
                size -= size % width
            fh.write(np.stack([v for *_, v in todo]).astype(np.float32).tobytes())
            fh.flush()
        first = size // width
        with con:
            con.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('dim', ?)", (str(dim),))
            con.executemany("INSERT INTO docs(doc_id, content_hash, slot) VALUES(?,?,?)", [(d, h, first + i) for i, (d, h, _) in enumerate(todo)])

    def remove(self, doc_ids: Iterable[str], keep: dict[str, str] | None = None) -> None:
        """Unmap the rows of these documents, except the version (content hash) `keep` names for a doc id."""
        keep = keep or {}
        with self._db() as con:
            for doc_id in doc_ids:
                con.execute("DELETE FROM docs WHERE doc_id=? AND content_hash IS NOT ?", (doc_id, keep.get(doc_id)))

    def retain(self, live: dict[str, str]) -> int:
        """Keep only the mappings of committed versions (doc id -> content hash); returns how many were removed."""
        stale = [(d, h) for d, h in self.rows() if live.get(d) != h]
        with self._db() as con:
            con.executemany("DELETE FROM docs WHERE doc_id=? AND content_hash=?", stale)
        return len(stale)

    # -- lookup ------------------------------------------------------------------------
    def nearest(self, vectors: np.ndarray, n: int, min_cosine: float) -> list[list[tuple[str, str, float]]]:
        """For each vector, (doc id, content hash, cosine) of the n mapped rows nearest to it with cosine >=
        min_cosine, nearest first (exact: every row is scored)."""
        con = self._db()
        dim = self._dim(con)
        if dim is None or not self.vectors_path.exists() or not len(vectors):
            return [[] for _ in range(len(vectors))]
        rows = self.vectors_path.stat().st_size // (4 * dim)
        if not rows:
            return [[] for _ in range(len(vectors))]
        # Mapped, not read: the product reads the (page-cached) rows in place instead of copying the file first
        # (0.08 s of a 10-article ingest at 33k documents).
        matrix = np.memmap(self.vectors_path, dtype=np.float32, mode="r", shape=(rows, dim))
        sims = np.asarray(vectors, dtype=np.float32) @ matrix.T
        hits = [np.nonzero(row >= min_cosine)[0] for row in sims]
        wanted = sorted({int(s) for h in hits for s in h})
        named: dict[int, tuple[str, str]] = {}  # dead rows (replaced or deleted versions) have no mapping
        for b in range(0, len(wanted), _VARS):
            part = wanted[b : b + _VARS]
            named.update((s, (d, h)) for d, h, s in con.execute(f"SELECT doc_id, content_hash, slot FROM docs WHERE slot IN ({','.join('?' * len(part))})", part))  # noqa: S608
        out: list[list[tuple[str, str, float]]] = []
        for row, slots in zip(sims, hits):
            ranked = sorted((int(s) for s in slots if int(s) in named), key=lambda s: (-float(row[s]), s))
            out.append([(*named[s], float(row[s])) for s in ranked[:n]])
        return out
