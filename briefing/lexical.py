"""Lexical side of retrieval: word tokens and a BM25 index persisted beside the store."""
from __future__ import annotations

import json
import re
import shutil
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
    for m in _WORD.finditer(text.lower().replace("’", "'")):
        w = m.group()
        if w.endswith("'s"):
            w = w[:-2]
        parts = [w] + (re.split(r"[-']", w) if "-" in w or "'" in w else [])
        for p in parts:
            if p and p not in STOPWORDS and (len(p) > 1 or p.isdigit()):
                out.append(stem(p))
    return out


_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)*|\b[A-Z]{2,}\b")
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


def fact_overlap(a: str, b: str) -> float:
    """Jaccard similarity of the names and numbers two texts state."""
    fa, fb = names(a) | numbers(a), names(b) | numbers(b)
    return len(fa & fb) / max(1, len(fa | fb))


class LexicalIndex:
    """BM25 over chunk texts, with the chunk ids and filter fields it was built from."""

    def __init__(self, ids: list[str], meta: list[dict[str, object]], bm25: object, generation: str) -> None:
        self.ids = ids
        self.meta = meta
        self.bm25 = bm25
        self.generation = generation

    @classmethod
    def build(cls, ids: list[str], texts: list[str], meta: list[dict[str, object]], generation: str) -> LexicalIndex:
        import bm25s

        bm25 = bm25s.BM25()
        if ids:
            bm25.index([terms(t) or ["_"] for t in texts], show_progress=False)
        return cls(ids, meta, bm25, generation)

    def save(self, folder: Path) -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self.bm25.save(str(tmp))  # type: ignore[attr-defined]
        (tmp / "chunks.json").write_text(json.dumps({"generation": self.generation, "ids": self.ids, "meta": self.meta}))
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        try:
            info = json.loads((folder / "chunks.json").read_text())
        except (OSError, ValueError):
            return None
        bm25 = None
        if info["ids"]:
            import bm25s

            try:
                bm25 = bm25s.BM25.load(str(folder))
            except (OSError, ValueError):
                return None
        return cls(info["ids"], info["meta"], bm25, info["generation"])

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top `n` (chunk id, score) with a positive score; `allowed` masks chunks out."""
        q = terms(query)
        if not self.ids or not q:
            return []
        scores = np.asarray(self.bm25.get_scores(q), dtype=np.float64)  # type: ignore[attr-defined]
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        top = np.argsort(-scores)[:n]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
