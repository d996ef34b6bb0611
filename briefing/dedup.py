"""Near-duplicate candidates without loading every stored document: an inverted index of each document's facts.

Two documents are near-duplicates when their mean vectors are close (cosine >= chunk.near_duplicate) and the
names and numbers they state overlap (Jaccard >= chunk.near_duplicate_facts; see ingest._duplicate_of).
Jaccard J(x, y) >= t needs |x & y| >= t * |x|, so y holds at least one of ANY |x| - ceil(t * |x|) + 1 facts
of x (pigeonhole). A lookup therefore reads only the postings of the new document's rarest facts (that many),
bounds each document found by how many of them it shares, computes the exact Jaccard of the rest from their
stored facts and the cosine of those that pass from their stored vectors. Its cost follows the new document's
rare facts, not the size of the store (a corpus's common facts are never read), and it is exact: every stored
document passing both tests is found (Chroma's HNSW query it replaces returned the 5 nearest, approximately).

One sqlite file per corpus beside the store (<store>/dedup/<corpus>.sqlite3). Rows are keyed by
(doc id, content hash): a row describes one version of a document. The store writes a batch's rows after its
chunks and before its document records, and deletes the rows of replaced versions after the records; so a
crash leaves at most rows that no committed record matches, which lookups ignore (the store checks the content
hash against the committed record) and the sweep after an interrupted ingest removes.
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .lexical import overlap

FORMAT = "2"  # bump when the tables change: an index of another format is dropped and rebuilt
SEP = "\x1f"  # between the facts of one document in its row (facts are names and numbers: never this character)
_VARS = 500  # parameters per IN (...) list, under sqlite's limit
EPS = 1e-9  # float slack: the bounds below only ever read more, never fewer, documents


def probe_size(n: int, min_jaccard: float) -> int:
    """How many of a document's n facts a lookup must read so that any document with Jaccard >= min_jaccard shares one."""
    need = max(1, math.ceil(min_jaccard * n - EPS))
    return max(0, n - need + 1)


def jaccard_bound(shared: int, unread: int, n: int, m: int) -> float:
    """The most Jaccard a document with m facts can reach with one of n facts: it shares `shared` of those read
    and at most all `unread` others."""
    u = min(shared + unread, m, n)
    return u / max(1, n + m - u)


class DedupIndex:
    """Facts and mean vectors of the stored documents, with postings from each fact to the documents stating it."""

    def __init__(self, path: Path) -> None:
        self.path = path
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
            con.executescript(
                """
                CREATE TABLE IF NOT EXISTS docs(doc_id TEXT NOT NULL, content_hash TEXT NOT NULL, nfacts INTEGER NOT NULL,
                    facts TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY(doc_id, content_hash));
                CREATE TABLE IF NOT EXISTS postings(fact TEXT NOT NULL, doc_id TEXT NOT NULL, content_hash TEXT NOT NULL,
                    nfacts INTEGER NOT NULL, PRIMARY KEY(fact, doc_id, content_hash)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS postings_doc ON postings(doc_id);
                CREATE TABLE IF NOT EXISTS df(fact TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
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
            for table in ("docs", "postings", "df"):
                con.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            con.execute("DELETE FROM meta WHERE key='complete'")

    def rows(self) -> set[tuple[str, str]]:
        """(doc id, content hash) of every row."""
        return set(self._db().execute("SELECT doc_id, content_hash FROM docs").fetchall())

    # -- writes -----------------------------------------------------------------------
    def add(self, rows: Iterable[tuple[str, str, set[str], np.ndarray]]) -> None:
        """Add (doc id, content hash, facts, unit mean vector) rows in one transaction; a row already there is kept."""
        with self._db() as con:
            for doc_id, content_hash, facts, vector in rows:
                if con.execute("SELECT 1 FROM docs WHERE doc_id=? AND content_hash=?", (doc_id, content_hash)).fetchone():
                    continue
                fs = sorted(facts)
                con.execute(
                    "INSERT INTO docs(doc_id, content_hash, nfacts, facts, vector) VALUES(?,?,?,?,?)",
                    (doc_id, content_hash, len(fs), SEP.join(fs), np.asarray(vector, dtype=np.float32).tobytes()),
                )
                con.executemany("INSERT INTO postings(fact, doc_id, content_hash, nfacts) VALUES(?,?,?,?)", [(f, doc_id, content_hash, len(fs)) for f in fs])
                con.executemany("INSERT INTO df(fact, n) VALUES(?, 1) ON CONFLICT(fact) DO UPDATE SET n = n + 1", [(f,) for f in fs])

    def remove(self, doc_ids: Iterable[str], keep: dict[str, str] | None = None) -> None:
        """Delete the rows of these documents, except the version (content hash) `keep` names for a doc id."""
        keep = keep or {}
        with self._db() as con:
            for doc_id in doc_ids:
                for (content_hash, facts) in con.execute("SELECT content_hash, facts FROM docs WHERE doc_id=?", (doc_id,)).fetchall():
                    if keep.get(doc_id) == content_hash:
                        continue
                    self._drop(con, doc_id, content_hash, facts)

    def retain(self, live: dict[str, str]) -> int:
        """Keep only the rows of committed versions (doc id -> content hash); returns how many were deleted."""
        stale = [(d, h) for d, h in self.rows() if live.get(d) != h]
        with self._db() as con:
            for doc_id, content_hash in stale:
                row = con.execute("SELECT facts FROM docs WHERE doc_id=? AND content_hash=?", (doc_id, content_hash)).fetchone()
                if row:
                    self._drop(con, doc_id, content_hash, row[0])
        return len(stale)

    @staticmethod
    def _drop(con: sqlite3.Connection, doc_id: str, content_hash: str, facts: str) -> None:
        fs = facts.split(SEP) if facts else []
        con.execute("DELETE FROM postings WHERE doc_id=? AND content_hash=?", (doc_id, content_hash))
        con.executemany("UPDATE df SET n = n - 1 WHERE fact=?", [(f,) for f in fs])
        con.execute("DELETE FROM docs WHERE doc_id=? AND content_hash=?", (doc_id, content_hash))

    # -- lookup ------------------------------------------------------------------------
    def candidates(self, facts: set[str], vector: np.ndarray, min_jaccard: float, min_cosine: float) -> list[tuple[str, str, float]]:
        """(doc id, content hash, cosine) of every row whose facts have Jaccard >= min_jaccard with `facts` and whose
        vector has cosine >= min_cosine with `vector`, nearest first."""
        if not facts:
            return []
        con = self._db()
        fs = sorted(facts)
        df: dict[str, int] = {}
        for b in range(0, len(fs), _VARS):
            part = fs[b : b + _VARS]
            df.update(con.execute(f"SELECT fact, n FROM df WHERE fact IN ({','.join('?' * len(part))})", part).fetchall())  # noqa: S608
        k = probe_size(len(fs), min_jaccard)
        probe = sorted(fs, key=lambda f: (df.get(f, 0), f))[:k]
        probe = [f for f in probe if df.get(f, 0) > 0]  # a fact no stored document states has no postings
        if not probe:
            return []
        n, unread = len(fs), len(fs) - len(probe)
        # In sqlite, not Python: the documents holding a probed fact whose size (J <= min/max of the sizes) and
        # count of shared probed facts (jaccard_bound) still allow Jaccard >= min_jaccard.
        lo, hi = math.ceil(min_jaccard * n - EPS), math.floor(n / min_jaccard + EPS)  # only numbers go into the SQL text
        u = f"min(COUNT(*) + {unread}, MIN(nfacts), {n})"
        found = con.execute(
            f"SELECT doc_id, content_hash FROM postings WHERE fact IN ({','.join('?' * len(probe))}) AND nfacts BETWEEN {lo} AND {hi} "  # noqa: S608
            f"GROUP BY doc_id, content_hash HAVING {u} * 1.0 / max(1, {n} + MIN(nfacts) - {u}) >= {min_jaccard - EPS!r}",
            probe,
        ).fetchall()
        out: list[tuple[str, str, float]] = []
        q = np.asarray(vector, dtype=np.float32)
        for doc_id, content_hash in found:
            row = con.execute("SELECT facts, vector FROM docs WHERE doc_id=? AND content_hash=?", (doc_id, content_hash)).fetchone()
            if row is None or overlap(facts, set(row[0].split(SEP)) if row[0] else set()) < min_jaccard:
                continue
            cos = float(np.frombuffer(row[1], dtype=np.float32) @ q)
            if cos >= min_cosine:
                out.append((doc_id, content_hash, cos))
        return sorted(out, key=lambda r: (-r[2], r[0]))
