"""Citations: evidence keys, the support check, verbatim quotes, renumbering and the bibliography.

Every sentence shown to a user passes `EvidencePool.check` against the evidence
it cites, which asks the claim verifier (verify.judge): each assertion of the
sentence (names, numbers with what they count, dates, polarity, who does what to
whom, hedging, speaker, every clause) must be stated by that evidence. Only
'supported' passes; 'partial', 'unsupported' and 'contradicted' sentences are
dropped. A sentence whose cited evidence fails may be re-cited to another
retrieved passage only when that passage passes the same full check; such
sentences are counted apart (SupportReport.recited). The quote of a citation is
the original text of the supporting sentence.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .dates import report_month
from .lexical import numbers, terms
from .verify import stated as stated_in  # one rule for 'a name is stated in a text'
from .types import Citation, Document, Evidence, Sentence, SupportReport

if TYPE_CHECKING:
    from .embed import Embedder
    from .settings import Settings
    from .store import Store

KEY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
# Words a model may put before a key ('[src: k7q2]'); a key never starts with one, or stripping it would
# change the key (a key 'sq7d' read as 'q7d' was stripped as invented, one request in a few).
KEY_PREFIXES = ("key", "src", "ref", "doc", "source", "s")
KEY_RE = re.compile(r"\[\s*((?:src|ref|doc|source|S)?[:\-]?\s*[a-z0-9]{1,6}(?:\s*[,;]\s*(?:src|ref|doc|source|S)?[:\-]?\s*[a-z0-9]{1,6})*)\s*\]", re.I)


@functools.lru_cache(maxsize=1)
def _key_secret() -> bytes:
    """A secret drawn once per process: keys are stable within it and unguessable outside it."""
    return secrets.token_bytes(32)


def new_keys(ids: list[str]) -> list[str]:
    """Short citation keys ('k7q2') for evidence chunk ids: a keyed hash (HMAC with a per-process secret).

    The same chunk gets the same key for every request of a process (a request at temperature 0
    repeats itself), while an article cannot guess the key it would need to plant.
    """
    keys: list[str] = []
    for chunk_id in ids:
        for salt in range(1000):
            digest = hmac.new(_key_secret(), f"{chunk_id}\x00{salt}".encode(), hashlib.sha256).digest()
            k = "".join(KEY_ALPHABET[b % len(KEY_ALPHABET)] for b in digest[:4])
            if k not in keys and not k.isdigit() and not k.startswith(KEY_PREFIXES):
                keys.append(k)
                break
    return keys


def escape(text: str) -> str:
    """Article text inert in Markdown: the Markdown renderer's one escaping function (render.md_text)."""
    from .render import md_text

    return md_text(text)


@dataclass
class PoolSentence:
    evidence: int
    text: str
    orig_start: int
    orig_end: int


@dataclass
class Check:
    ok: bool
    sentence: int | None  # index of the best supporting pool sentence
    cosine: float
    missing: list[str] = field(default_factory=list)  # the verifier's reasons when not ok
    verdict: str = "unsupported"
    sentences: list[int] = field(default_factory=list)  # every supporting sentence (a stitched claim cites two)
    judge: str = "rules"
    signals: dict[str, object] = field(default_factory=dict)  # what the verifier saw (Verdict.signals)


# Below this cosine to every evidence sentence a sentence is not checked further: a cheap pre-filter.
PREFILTER_MARGIN = 0.20


def support(
    text: str,
    vector: np.ndarray,
    evidence: list[str],
    vectors: np.ndarray,
    floor: float,
    context: str | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    settings: Settings | None = None,
) -> Check:
    """Do these evidence sentences support `text`? The one rule every citation passes.

    Names and numbers must be stated in the evidence or its wider `context` (the
    cited chunks and titles) and the sentence must be at least `floor - 0.20` close
    in meaning to one evidence sentence: cheap pre-filters. The decision is the
    claim verifier's (verify.judge): only a 'supported' verdict passes.
    Check.sentence is the index of the best supporting evidence sentence.
    """
    from .verify import judge

    if not evidence:
        return Check(False, None, 0.0, ["no evidence"])
    context = context if context is not None else " ".join(evidence)
    from .claims import real_names

    missing = [n for n in sorted(real_names(text)) if not stated_in(n, context)]
    # a number glued to its unit ('20km') is stated too: the index's number pattern wants a word boundary
    missing += [n for n in sorted(numbers(text)) if n not in numbers(context) and not re.search(rf"(?<![\d.,]){re.escape(n)}(?=[a-zA-Z])", context.replace(",", ""))]
    sims = vectors @ vector
    best = int(np.argmax(sims))
    cos = float(sims[best])
    if missing:
        return Check(False, best, cos, [f"not in the evidence: '{m}'" for m in missing], signals={"prefilter": "names", "top_cos": cos})
    if cos < floor - PREFILTER_MARGIN and not any(text.strip() in e for e in evidence):
        return Check(False, best, cos, [f"not close in meaning to the evidence (cosine {cos:.2f})"], signals={"prefilter": "cosine", "top_cos": cos})
    v = judge(text, evidence, context, similarities=[float(x) for x in sims], embed=embed, settings=settings)
    first = v.evidence[0] if v.evidence else best
    return Check(v.verdict == "supported", first, float(sims[first]), v.reasons, v.verdict, list(v.evidence), v.judge, v.signals)


class EvidencePool:
    """The retrieved evidence split into sentences, embedded once, with keys and original texts."""

    def __init__(self, evidence: list[Evidence], embedder: Embedder, store: Store, settings: Settings | None = None) -> None:
        self.settings = settings
        self.evidence = evidence
        self.embedder = embedder
        self.store = store
        for ev, key in zip(evidence, new_keys([ev.chunk.chunk_id for ev in evidence])):
            ev.key = key
        self.by_key = {ev.key: i for i, ev in enumerate(evidence)}
        self.sentences: list[PoolSentence] = []
        seen: set[tuple[str, int]] = set()
        for i, ev in enumerate(evidence):
            for text, span in ev.chunk.sentences():
                # Chunks overlap: a sentence of a document enters the pool once.
                if (ev.document.doc_id, span.orig_start) not in seen:
                    seen.add((ev.document.doc_id, span.orig_start))
                    self.sentences.append(PoolSentence(i, text, span.orig_start, span.orig_end))
        order: dict[str, list[int]] = {}
        for j, s in enumerate(self.sentences):
            order.setdefault(self.doc_id(j), []).append(j)
        self._position: dict[int, tuple[list[int], int]] = {}
        for idxs in order.values():
            idxs.sort(key=lambda j: self.sentences[j].orig_start)
            for pos, j in enumerate(idxs):
                self._position[j] = (idxs, pos)
        self._vectors: dict[int, np.ndarray] = {}
        self._terms: list[set[str]] | None = None
        self._originals: dict[str, str] = {}
        # Stored near-duplicates a brief found to be reports of their own (brief.split_follow_ups): not listed as copies.
        self.follow_ups: set[str] = set()

    def doc_id(self, idx: int) -> str:
        return self.evidence[self.sentences[idx].evidence].document.doc_id

    def neighbours(self, idx: int) -> list[int]:
        """The pool sentences just after and just before a sentence in its document, when retrieved."""
        idxs, pos = self._position[idx]
        out = []
        for p in (pos + 1, pos - 1):
            if 0 <= p < len(idxs) and self._adjacent(idxs[min(p, pos)], idxs[max(p, pos)]):
                out.append(idxs[p])
        return out

    def _adjacent(self, a: int, b: int) -> bool:
        gap = self.original(self.doc_id(a))[self.sentences[a].orig_end : self.sentences[b].orig_start]
        return len(gap) < 200 and not re.search(r"[.!?]\s", gap.strip()[:-1] if gap.strip() else "")

    def copies_of(self, doc: Document) -> list[Document]:
        """Other stored documents marked as duplicates of the same article (exact copies first)."""
        if not hasattr(self, "_groups"):
            groups: dict[str, list[Document]] = {}
            for d in self.store.documents().values():
                groups.setdefault(d.duplicate_of or d.doc_id, []).append(d)
            self._groups = groups
        group = self._groups.get(doc.duplicate_of or doc.doc_id, [])
        others = [d for d in group if d.doc_id != doc.doc_id]
        return sorted(others, key=lambda d: (d.text_hash != doc.text_hash, d.doc_id))

    def original(self, doc_id: str) -> str:
        if doc_id not in self._originals:
            self._originals[doc_id] = self.store.original(doc_id) or ""
        return self._originals[doc_id]

    def quote(self, idx: int) -> str:
        s = self.sentences[idx]
        return self.original(self.evidence[s.evidence].document.doc_id)[s.orig_start : s.orig_end]

    def vectors_of(self, idx: list[int]) -> np.ndarray:
        """Vectors of pool sentences, embedded on first use (one batch for the missing ones)."""
        missing = [j for j in dict.fromkeys(idx) if j not in self._vectors]
        if missing:
            for j, v in zip(missing, self.embedder.embed([self.sentences[j].text for j in missing])):
                self._vectors[j] = v
        if not idx:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._vectors[j] for j in idx])

    def embed_texts(self, texts: list[str]) -> list[np.ndarray]:
        """Vectors of arbitrary texts, reusing a pool sentence's vector when the text is one."""
        index = {s.text: j for j, s in enumerate(self.sentences)}
        known = [index.get(t) for t in texts]
        self.vectors_of([j for j in known if j is not None])
        new = [t for t, j in zip(texts, known) if j is None]
        fresh = iter(self.embedder.embed(new)) if new else iter(())
        return [self._vectors[j] if j is not None else next(fresh) for j in known]

    def vector(self, idx: int) -> np.ndarray:
        return self.vectors_of([idx])[0]

    def terms_of(self, idx: int) -> set[str]:
        if self._terms is None:
            self._terms = [set(terms(s.text)) for s in self.sentences]
        return self._terms[idx]

    def similarities(self, vector: np.ndarray, idx: list[int] | None = None) -> np.ndarray:
        """Cosine of a vector with pool sentences (all, or those in idx)."""
        idx = list(range(len(self.sentences))) if idx is None else idx
        return self.vectors_of(idx) @ vector if idx else np.zeros(0)

    def lexical_candidates(self, text: str, n: int) -> list[int]:
        """The n pool sentences sharing the most content words with text."""
        words = set(terms(text))
        scored = sorted(range(len(self.sentences)), key=lambda j: -len(words & self.terms_of(j)))
        return scored[:n]

    def check(self, text: str, cited: list[int], floor: float, vector: np.ndarray | None = None, only: list[int] | None = None) -> Check:
        """Does the cited evidence support the sentence? Names and numbers present, and close in meaning.

        With `only` (pool sentence indices), the claim is judged against those sentences alone
        (a quote the model anchored to), with the cited passages as their context.
        """
        if not cited:
            return Check(False, None, 0.0, ["no citation"])
        if vector is None:
            vector = self.embedder.embed([text])[0]
        idx = list(only) if only is not None else [j for j, s in enumerate(self.sentences) if s.evidence in cited]
        # the cited articles' headlines first (verify._titles reads the first line), then the cited passages
        # ... and the month each was published ('July 2015'): a claim dating the reported event 'in July 2015' is dated by it
        docs = [self.evidence[i].document for i in cited]
        titles = " ".join(dict.fromkeys(x for d in docs for x in (d.title or "", report_month(d.published)) if x)).strip()
        context = titles.replace("\n", " ") + "\n" + " ".join(self.evidence[i].chunk.text + " " + (self.evidence[i].document.title or "") for i in cited)
        c = support(text, vector, [self.sentences[j].text for j in idx], self.vectors_of(idx), floor, context, self._embed_unit, self.settings)
        return Check(c.ok, idx[c.sentence] if c.sentence is not None else None, c.cosine, c.missing, c.verdict, [idx[j] for j in c.sentences], c.judge, c.signals)

    def _embed_unit(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of texts (the verifier compares a claim's clauses with its evidence)."""
        return np.stack(self.embed_texts(texts))


    def best_support(self, text: str, floor: float, vector: np.ndarray | None = None, exclude: set[int] | None = None) -> Check:
        """A retrieved passage (other than those in `exclude`) that passes the full check for a sentence, if any does."""
        if vector is None:
            vector = self.embedder.embed([text])[0]
        cand = [j for j in self.lexical_candidates(text, 24) if self.sentences[j].evidence not in (exclude or set())]
        sims = self.similarities(vector, cand)
        tried: set[int] = set()
        for j in np.argsort(-sims)[:5]:
            ev = self.sentences[cand[int(j)]].evidence
            if ev in tried:
                continue
            tried.add(ev)
            c = self.check(text, [ev], floor, vector)
            if c.ok:
                return c
        return Check(False, None, float(sims.max()) if len(sims) else 0.0)


class Citer:
    """Numbers citations 1..n by first appearance; one number per (document, quote).

    With `copies`, a quote is also cited in the stored duplicates of its document (the
    same article under other ids) where the quote stands verbatim too.
    """

    def __init__(self, pool: EvidencePool, copies: bool = False) -> None:
        self.pool = pool
        self.copies = copies
        self.citations: list[Citation] = []
        self._ids: dict[tuple[str, str], int] = {}

    def _add(self, doc: Document, chunk_id: str, quote: str) -> int:
        key = (doc.doc_id, quote)
        if key not in self._ids:
            self._ids[key] = len(self.citations) + 1
            self.citations.append(
                Citation(id=self._ids[key], doc_id=doc.doc_id, chunk_id=chunk_id, title=doc.title, source=doc.source, published=doc.published, url=doc.url, quote=quote)
            )
        return self._ids[key]

    def cite(self, sentence_idx: int) -> list[int]:
        s = self.pool.sentences[sentence_idx]
        ev = self.pool.evidence[s.evidence]
        quote = self.pool.quote(sentence_idx)
        ids = [self._add(ev.document, ev.chunk.chunk_id, quote)]
        if self.copies:
            for copy in self.pool.copies_of(ev.document)[:2]:
                if quote in self.pool.original(copy.doc_id):
                    ids.append(self._add(copy, f"{copy.doc_id}::{ev.chunk.index:04d}", quote))
        return ids


def verify(pool: EvidencePool, drafts: list[tuple[str, list[int], str]], floor: float, report: SupportReport) -> list[tuple[str, list[int], str]]:
    """Check each (text, cited evidence indices, section) draft; keep what its evidence supports.

    A draft stands when the claim verifier judges it 'supported' by one cited passage,
    or by its cited passages together. A draft whose citations fail is re-cited only to
    another retrieved passage that passes the same full check (counted in
    report.recited), else dropped. Returns (text, supporting pool-sentence indices,
    section) for the sentences that stand.
    """
    out: list[tuple[str, list[int], str]] = []
    vectors = pool.embed_texts([t for t, _, _ in drafts])
    for (text, cited, section), vec in zip(drafts, vectors):
        report.checked += 1
        support: list[int] = []
        for e in dict.fromkeys(cited):
            c = pool.check(text, [e], floor, vec)
            if c.ok:
                support.extend(j for j in c.sentences or [c.sentence] if j is not None and j not in support)
        if not support and len(set(cited)) > 1:
            together = pool.check(text, list(dict.fromkeys(cited)), floor, vec)
            if together.ok:
                support.extend(j for j in together.sentences or [together.sentence] if j is not None)
        if support:
            report.supported += 1
            out.append((text, support, section))
            continue
        recite = pool.best_support(text, floor, vec, exclude=set(cited))
        if recite.ok and (recite.sentences or recite.sentence is not None):
            report.recited += 1
            report.repaired += 1  # the former name of recited, kept for readers of old reports
            out.append((text, recite.sentences or [recite.sentence], section))  # type: ignore[list-item]
        else:
            report.dropped += 1
    return out


def assemble(citer: Citer, verified: list[tuple[str, list[int], str]]) -> list[Sentence]:
    """Sentences with renumbered citation ids, in order."""
    out: list[Sentence] = []
    for text, support, section in verified:
        ids = list(dict.fromkeys(i for j in support for i in citer.cite(j)))
        out.append(Sentence(text=text, citations=ids, section=section))
    return out


def markers(ids: list[int]) -> str:
    return "".join(f"[{i}]" for i in ids)


def strip_keys(text: str, valid: dict[str, int], report: SupportReport) -> tuple[str, list[int]]:
    """Remove every bracketed key from model text; return the text and the valid keys' evidence indices."""
    found: list[int] = []

    def repl(m: re.Match[str]) -> str:
        for raw in re.split(r"[,;]", m.group(1)):
            key = re.sub(r"^(?:src|ref|doc|source|S)?[:\-]?\s*", "", raw.strip(), flags=re.I).lower()
            if key in valid:
                found.append(valid[key])
            elif raw.strip().lower() in valid:
                found.append(valid[raw.strip().lower()])
            else:
                report.stripped_keys += 1
        return ""

    cleaned = KEY_RE.sub(repl, text)
    cleaned = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip()
    return cleaned, found
