"""Lexical side of retrieval: word tokens and an incremental BM25 index persisted beside the store.

The index is a list of immutable segments (chunk ids, filter fields, term postings) plus,
per store generation, a manifest naming the segments and the documents deleted since
each was written. An ingest appends one small segment and writes a new manifest, so its
cost grows with what it adds; small segments are merged as they pile up (the big one
only when the rest reach a quarter of it). Scores use corpus-wide statistics over all
live rows, so a segmented index ranks exactly as one built in a single pass.

On disk (<store>/lexical/<corpus>/): seg-<id>.json + seg-<id>.npz per segment and
gen-<generation>.json per manifest, each written to a temporary name and renamed. A
manifest records the SHA-256 of its segment files, so a damaged file is detected on
load and the index rebuilt rather than trusted.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says say according did does what which who whom whose how many much roughly""".split()
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def stem(word: str) -> str:
    """A light suffix strip so 'militias'/'militia' and 'supported'/'supports' meet."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words; hyphenated words also yield their parts."""
    out: list[str] = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        out.extend(_word_terms(w))
    return out


@lru_cache(maxsize=1 << 16)  # a corpus's vocabulary repeats: each word is split and stemmed once, not at every use
def _word_terms(w: str) -> tuple[str, ...]:
    """The terms one lower-cased word yields (see terms)."""
    if w.endswith("'s"):
        w = w[:-2]
    parts = [w] + (re.split(r"[-']", w) if "-" in w or "'" in w else [])
    return tuple(stem(p) for p in parts if p and p not in STOPWORDS and (len(p) > 1 or p.isdigit()))


# The Arabic article joins a name in all its transliterated forms ('Ras al-Ain', 'Ahrar ash-Sham', 'Deir ez-Zor',
# 'Jabhat an-Nusra'): the sun letters assimilate its 'l' (as-, ash-, ad-, ar-, at-, az-, an-; ez-, es-, ed- ...).
_ARTICLE = r"(?:a[lsdrtzn]-|ash-|e[lsdrtzn]-|ul-)"
_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:" + _ARTICLE + r"|de\s+|of\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)*|\b[A-Z]{2,}\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_LEADING = STOPWORDS | {"but", "however", "meanwhile", "thus", "furthermore", "currently", "since", "while", "although", "even", "last", "this", "that"}


def names(text: str) -> set[str]:
    """Capitalised names in a text, lower-cased, without a sentence-initial common word."""
    out: set[str] = set()
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in _LEADING:
            words = words[1:]
        if words:
            out.add(" ".join(words).lower().removesuffix("'s").removesuffix("’s"))
    return out


def numbers(text: str) -> set[str]:
    """Numbers in a text, normalised ('5,000' -> '5000')."""
    return {m.group().replace(",", "") for m in _NUMBER.finditer(text)}


def facts(text: str) -> set[str]:
    """The names and numbers a text states."""
    return names(text) | numbers(text)


def fact_overlap(a: str, b: str) -> float:
    """Jaccard similarity of the names and numbers two texts state."""
    return overlap(facts(a), facts(b))


def overlap(fa: set[str], fb: set[str]) -> float:
    """Jaccard similarity of two texts' facts (see facts)."""
    return len(fa & fb) / max(1, len(fa | fb))


# BM25 as bm25s scores it by default (Lucene idf, tf / (tf + k1 * length norm)), so rankings match the old index.
K1 = 1.5  # standard BM25 saturation; the value bm25s and Lucene default to
B = 0.75  # standard BM25 length normalisation
MERGE_RATIO = 4  # merge the two newest segments while the older is at most this many times the newer: O(log n) segments
DEAD_SHARE = 0.25  # rewrite a segment when this share of its rows belongs to deleted or replaced documents
FORMAT = 2


class IndexDamaged(ValueError):
    """A saved index file is unreadable or does not match its manifest."""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass
class Segment:
    """An immutable run of chunks: ids, filter fields, and term postings (term -> rows, counts)."""

    name: str
    seq: int
    ids: list[str]
    meta: list[dict[str, object]]
    vocab: dict[str, int]
    ptr: np.ndarray  # postings of term t are rows[ptr[t]:ptr[t+1]]
    rows: np.ndarray
    tfs: np.ndarray
    lengths: np.ndarray
    digest: str = ""

    @classmethod
    def build(cls, seq: int, ids: list[str], tokens: list[list[str]], meta: list[dict[str, object]]) -> Segment:
        """A segment of these chunks, from their terms() (an empty chunk counts as one placeholder term)."""
        n = len(ids)
        tokens = [x or ["_"] for x in tokens]
        lengths = np.fromiter((len(x) for x in tokens), dtype=np.int64, count=n)
        vocab: dict[str, int] = {}
        tid = np.fromiter((vocab.setdefault(w, len(vocab)) for x in tokens for w in x), dtype=np.int64, count=int(lengths.sum()))
        # (term, row) pairs counted and sorted by term, then row: the postings in one pass.
        keys, tfs = np.unique(tid * max(n, 1) + np.repeat(np.arange(n, dtype=np.int64), lengths), return_counts=True)
        t_arr = keys // max(n, 1)
        ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(t_arr, minlength=len(vocab)), out=ptr[1:])
        return cls(
            name=uuid.uuid4().hex[:16], seq=seq, ids=list(ids), meta=list(meta), vocab=vocab, ptr=ptr,
            rows=(keys % max(n, 1)).astype(np.int32), tfs=tfs.astype(np.float32), lengths=lengths.astype(np.int32),
        )

    @classmethod
    def merge(cls, parts: list[tuple[Segment, np.ndarray]], seq: int) -> Segment:
        """One segment holding the live rows (mask) of `parts`, in order."""
        vocab: dict[str, int] = {}
        ts: list[np.ndarray] = []
        rs: list[np.ndarray] = []
        fs: list[np.ndarray] = []
        ids: list[str] = []
        meta: list[dict[str, object]] = []
        lengths: list[np.ndarray] = []
        base = 0
        for seg, alive in parts:
            new_row = np.cumsum(alive) - 1 + base
            remap = np.asarray([vocab.setdefault(t, len(vocab)) for t in seg.vocab], dtype=np.int64)
            term_of = np.repeat(np.arange(len(seg.vocab)), np.diff(seg.ptr)) if len(seg.vocab) else np.zeros(0, dtype=np.int64)
            keep = alive[seg.rows] if len(seg.rows) else np.zeros(0, dtype=bool)
            ts.append(remap[term_of[keep]] if len(remap) else np.zeros(0, dtype=np.int64))
            rs.append(new_row[seg.rows[keep]])
            fs.append(seg.tfs[keep])
            ids.extend(i for i, a in zip(seg.ids, alive) if a)
            meta.extend(m for m, a in zip(seg.meta, alive) if a)
            lengths.append(seg.lengths[alive])
            base += int(alive.sum())
        t_arr = np.concatenate(ts) if ts else np.zeros(0, dtype=np.int64)
        order = np.argsort(t_arr, kind="stable")
        ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(t_arr, minlength=len(vocab)), out=ptr[1:])
        return cls(
            name=uuid.uuid4().hex[:16], seq=seq, ids=ids, meta=meta, vocab=vocab, ptr=ptr,
            rows=np.concatenate(rs).astype(np.int32)[order] if rs else np.zeros(0, dtype=np.int32),
            tfs=np.concatenate(fs).astype(np.float32)[order] if fs else np.zeros(0, dtype=np.float32),
            lengths=np.concatenate(lengths).astype(np.int32) if lengths else np.zeros(0, dtype=np.int32),
        )

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        t = self.vocab.get(term)
        if t is None:
            return None
        a, b = int(self.ptr[t]), int(self.ptr[t + 1])
        return self.rows[a:b], self.tfs[a:b]

    def save(self, folder: Path) -> str:
        """Write the segment's two files; returns their combined digest."""
        words = [""] * len(self.vocab)
        for w, i in self.vocab.items():
            words[i] = w
        info = json.dumps({"format": FORMAT, "ids": self.ids, "meta": self.meta, "vocab": words}).encode()
        buf = io.BytesIO()
        np.savez(buf, ptr=self.ptr, rows=self.rows, tfs=self.tfs, lengths=self.lengths)
        arrays = buf.getvalue()
        _write_atomic(folder / f"seg-{self.name}.json", info)
        _write_atomic(folder / f"seg-{self.name}.npz", arrays)
        self.digest = _sha(info) + _sha(arrays)
        return self.digest

    @classmethod
    def load(cls, folder: Path, name: str, seq: int, digest: str) -> Segment:
        """Read and validate a segment; IndexDamaged when anything is off."""
        try:
            info_b = (folder / f"seg-{name}.json").read_bytes()
            arrays_b = (folder / f"seg-{name}.npz").read_bytes()
        except OSError as exc:
            raise IndexDamaged(f"segment {name} is missing ({exc.strerror})") from None
        if _sha(info_b) + _sha(arrays_b) != digest:
            raise IndexDamaged(f"segment {name} does not match the checksum its manifest recorded")
        try:
            info = json.loads(info_b)
            with np.load(io.BytesIO(arrays_b), allow_pickle=False) as z:
                ptr, rows, tfs, lengths = (np.asarray(z[k]) for k in ("ptr", "rows", "tfs", "lengths"))
        except (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile) as exc:
            raise IndexDamaged(f"segment {name} is unreadable ({exc})") from None
        ids, meta, words = info.get("ids"), info.get("meta"), info.get("vocab")
        n = len(ids) if isinstance(ids, list) else -1
        if not (
            isinstance(meta, list) and isinstance(words, list) and n == len(meta) == len(lengths)
            and all(isinstance(i, str) for i in ids) and all(isinstance(m, dict) and isinstance(m.get("doc_id"), str) for m in meta)
            and all(isinstance(w, str) for w in words) and len(ptr) == len(words) + 1 and len(rows) == len(tfs)
            and (len(ptr) == 0 or (ptr[0] == 0 and ptr[-1] == len(rows) and bool(np.all(np.diff(ptr) >= 0))))
            and (len(rows) == 0 or (int(rows.min()) >= 0 and int(rows.max()) < n))
        ):
            raise IndexDamaged(f"segment {name} has inconsistent contents")
        return cls(name, seq, ids, meta, {w: i for i, w in enumerate(words)}, ptr.astype(np.int64), rows.astype(np.int32), tfs.astype(np.float32), lengths.astype(np.int32), digest)


@dataclass
class LazySegment:
    """A saved segment known only by its manifest entry: a writer appends after it without reading it."""

    name: str
    seq: int
    rows: int
    digest: str

    def load(self, folder: Path) -> Segment:
        return Segment.load(folder, self.name, self.seq, self.digest)


def _rows(seg: Segment | LazySegment) -> int:
    return seg.rows if isinstance(seg, LazySegment) else len(seg.ids)


@dataclass
class LexicalIndex:
    """BM25 over chunk texts as segments; `ids`/`meta` list every row, deleted ones score zero."""

    generation: str
    segments: list[Segment] = field(default_factory=list)
    deleted: dict[str, int] = field(default_factory=dict)  # doc id -> rows in segments older than this seq are dead
    next_seq: int = 1
    folder: Path | None = None  # set for a writer's lazy view: segments not read yet are LazySegments

    def __post_init__(self) -> None:
        self._refresh()

    @property
    def lazy(self) -> bool:
        return any(isinstance(s, LazySegment) for s in self.segments)

    def _refresh(self) -> None:
        if self.lazy:
            self.alive, self.ids, self.meta, self.live, self.avgdl = [], [], [], 0, 1.0  # a writer's view: saved, never searched
            return
        self.alive = [self._alive(s) for s in self.segments]
        self.ids: list[str] = [i for s in self.segments for i in s.ids]
        self.meta: list[dict[str, object]] = [m for s in self.segments for m in s.meta]
        live_lengths = [s.lengths[a] for s, a in zip(self.segments, self.alive)]
        self.live = int(sum(int(a.sum()) for a in self.alive))
        self.avgdl = float(sum(float(x.sum()) for x in live_lengths)) / self.live if self.live else 1.0

    def _alive(self, seg: Segment) -> np.ndarray:
        if not self.deleted:
            return np.ones(len(seg.ids), dtype=bool)
        return np.fromiter((self.deleted.get(str(m["doc_id"]), 0) <= seg.seq for m in seg.meta), dtype=bool, count=len(seg.ids))

    def live_ids(self) -> list[str]:
        return [i for s, a in zip(self.segments, self.alive) for i, ok in zip(s.ids, a) if ok]

    def live_docs(self) -> dict[str, str]:
        """chunk id -> doc id of every live row."""
        return {i: str(m["doc_id"]) for s, a in zip(self.segments, self.alive) for i, m, ok in zip(s.ids, s.meta, a) if ok}

    # -- building ---------------------------------------------------------------------
    @classmethod
    def build(cls, ids: list[str], texts: list[str], meta: list[dict[str, object]], generation: str) -> LexicalIndex:
        segs = [Segment.build(1, ids, [terms(t) for t in texts], meta)] if ids else []
        return cls(generation, segs, {}, 2)

    def updated(self, generation: str, removed: Iterable[str], ids: list[str], tokens: list[list[str]], meta: list[dict[str, object]]) -> LexicalIndex:
        """A new index: rows of `removed` documents dead, the given chunks (their terms()) added, small segments merged."""
        seq = self.next_seq
        deleted = dict(self.deleted)
        for d in removed:
            deleted[d] = seq
        segs = list(self.segments) + ([Segment.build(seq, ids, tokens, meta)] if ids else [])
        out = LexicalIndex(generation, segs, deleted, seq + 1, self.folder)
        out.compact()
        return out

    def _loaded(self, k: int) -> Segment:
        seg = self.segments[k]
        if isinstance(seg, LazySegment):
            assert self.folder is not None
            self.segments[k] = seg = seg.load(self.folder)
        return seg

    def compact(self) -> None:
        """Merge the newest segments while they are of similar size; rewrite segments that are mostly dead."""
        while len(self.segments) >= 2 and _rows(self.segments[-2]) <= MERGE_RATIO * max(1, _rows(self.segments[-1])):
            a, b = self._loaded(len(self.segments) - 2), self._loaded(len(self.segments) - 1)
            merged = Segment.merge([(a, self._alive(a)), (b, self._alive(b))], b.seq)
            self.segments[-2:] = [merged] if merged.ids else []
        for k, s in enumerate(self.segments):
            if isinstance(s, LazySegment):
                continue  # not read by this writer; its dead rows go when it is merged or the index is rebuilt
            alive = self._alive(s)
            if len(s.ids) and (len(s.ids) - int(alive.sum())) > DEAD_SHARE * len(s.ids):
                self.segments[k] = Segment.merge([(s, alive)], s.seq)
        self.segments = [s for s in self.segments if _rows(s)]
        oldest = min((s.seq for s in self.segments), default=self.next_seq)
        self.deleted = {d: q for d, q in self.deleted.items() if q > oldest}
        self._refresh()

    # -- persistence --------------------------------------------------------------------
    def save(self, folder: Path, keep: Iterable[str] = ()) -> None:
        """Write new segments and this generation's manifest; drop files no kept manifest names."""
        folder.mkdir(parents=True, exist_ok=True)
        for s in self.segments:
            if isinstance(s, Segment) and (not s.digest or not (folder / f"seg-{s.name}.json").exists()):
                s.save(folder)
        manifest = {
            "format": FORMAT, "generation": self.generation, "next_seq": self.next_seq, "deleted": self.deleted,
            "segments": [{"name": s.name, "seq": s.seq, "rows": _rows(s), "digest": s.digest} for s in self.segments],
        }
        _write_atomic(folder / f"gen-{_safe(self.generation)}.json", json.dumps(manifest).encode())
        self._collect(folder, {self.generation, *keep})

    @staticmethod
    def _collect(folder: Path, generations: set[str]) -> None:
        """Remove manifests of other generations and segments no remaining manifest names."""
        wanted = {f"gen-{_safe(g)}.json" for g in generations}
        names: set[str] = set()
        for p in folder.iterdir():
            if p.name.startswith("gen-") and p.name not in wanted:
                p.unlink(missing_ok=True)
        for g in wanted:
            try:
                names.update(str(s["name"]) for s in json.loads((folder / g).read_text())["segments"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
        for p in folder.iterdir():
            stem = p.name.split(".")[0]
            if p.is_file() and not p.name.startswith("gen-") and not (stem.startswith("seg-") and stem[4:] in names):
                if p.name.startswith(".") and p.name.endswith(".tmp"):
                    continue  # another process's file being written
                p.unlink(missing_ok=True)

    @classmethod
    def load(cls, folder: Path, generation: str, cache: dict[str, Segment] | None = None, lazy: bool = False) -> LexicalIndex | None:
        """The index saved for `generation`; None when there is none; IndexDamaged when it is unreadable.

        `lazy` (for a writer that only appends): segments are not read, only named.
        """
        path = folder / f"gen-{_safe(generation)}.json"
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise IndexDamaged(f"{path.name} is unreadable ({exc.strerror})") from None
        try:
            m = json.loads(raw)
            specs = [(str(s["name"]), int(s["seq"]), str(s["digest"]), int(s["rows"])) for s in m["segments"]]
            deleted = {str(k): int(v) for k, v in m["deleted"].items()}
            next_seq = int(m["next_seq"])
            ok = m.get("format") == FORMAT and m.get("generation") == generation
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise IndexDamaged(f"{path.name} is not a valid manifest ({exc})") from None
        if not ok:
            raise IndexDamaged(f"{path.name} names another generation or format")
        cache = cache if cache is not None else {}
        segs: list[Segment | LazySegment] = []
        for name, seq, digest, rows in specs:
            seg = cache.get(name)
            if seg is not None and seg.digest == digest and seg.seq == seq:
                segs.append(seg)
            elif lazy:
                segs.append(LazySegment(name, seq, rows, digest))
            else:
                segs.append(Segment.load(folder, name, seq, digest))
        return cls(generation, segs, deleted, next_seq, folder if lazy else None)  # type: ignore[arg-type]

    # -- search ------------------------------------------------------------------------------
    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top `n` (chunk id, score) with a positive score; `allowed` masks rows (in `ids` order) out."""
        q = terms(query)
        if not self.live or not q:
            return []
        found: list[list[tuple[np.ndarray, np.ndarray] | None]] = [[s.postings(t) for s in self.segments] for t in q]
        scores = [np.zeros(len(s.ids), dtype=np.float64) for s in self.segments]
        for per_seg in found:
            df = sum(int(a[p[0]].sum()) for a, p in zip(self.alive, per_seg) if p is not None)
            if not df:
                continue
            idf = float(np.log(1.0 + (self.live - df + 0.5) / (df + 0.5)))
            for k, p in enumerate(per_seg):
                if p is None:
                    continue
                rows, tf = p
                norm = K1 * (1.0 - B + B * self.segments[k].lengths[rows] / self.avgdl)
                scores[k][rows] += idf * tf / (tf + norm)
        total = np.concatenate([sc * a for sc, a in zip(scores, self.alive)]) if scores else np.zeros(0)
        if allowed is not None:
            total = np.where(allowed, total, 0.0)
        top = np.argsort(-total, kind="stable")[:n]
        return [(self.ids[i], float(total[i])) for i in top if total[i] > 0]


def _safe(generation: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", generation) or "_"
