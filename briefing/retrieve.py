"""Retrieval: dense (Chroma) + lexical (BM25) rankings fused by reciprocal rank, with diversity and filters."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

import numpy as np

from .dates import MONTHS, date_key, dateline, numeric_dateline, parse_date
from .errors import ConfigError
from .types import Document, Evidence

if TYPE_CHECKING:
    from .embed import Embedder
    from .question import QuestionShape
    from .settings import Settings
    from .store import Store


@dataclass(frozen=True)
class Filters:
    """Metadata filters: outlets, and a published date range (inclusive, ISO or any parseable date); `doc_ids` keeps
    only some documents' passages (the second pass of search_question reads inside its best articles)."""

    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    doc_ids: tuple[str, ...] = ()

    def bounds(self) -> tuple[int, int]:
        lo = hi = 0
        if self.since:
            iso = parse_date(self.since)
            if not iso:
                raise ConfigError(f"cannot read the date '{self.since}'; use YYYY-MM-DD")
            lo = date_key(iso)
        if self.until:
            iso = parse_date(self.until)
            if not iso:
                raise ConfigError(f"cannot read the date '{self.until}'; use YYYY-MM-DD")
            key = date_key(iso)
            # A partial date covers its whole month or year.
            hi = key + (9999 if key % 10000 == 0 else 99 if key % 100 == 0 else 0)
        return lo, hi

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        lo, hi = self.bounds()
        if lo:
            clauses.append({"published_key": {"$gte": lo}})
        if hi:
            clauses.append({"published_key": {"$lte": hi}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, meta: dict[str, object]) -> bool:
        if self.sources and meta.get("source") not in self.sources:
            return False
        if self.doc_ids and meta.get("doc_id") not in self.doc_ids:
            return False
        lo, hi = self.bounds()
        key = int(meta.get("published_key") or 0)  # type: ignore[call-overload]
        return not ((lo and key < lo) or (hi and (key == 0 or key > hi)))

    def __bool__(self) -> bool:
        return bool(self.sources or self.since or self.until or self.doc_ids)


def search(
    query: str,
    store: Store,
    embedder: Embedder,
    settings: Settings,
    k: int | None = None,
    filters: Filters | None = None,
    per_doc: int | None = None,
    anchors: int = 0,
) -> list[Evidence]:
    """The best `k` evidence chunks for a query, at most `per_doc` from one document (or its duplicates).

    With `anchors`, the best `anchors` chunks of the lexical ranking are always among them (see anchored).
    """
    r = settings.retrieve
    k = k or r.k
    per_doc = per_doc or r.per_doc
    filters = filters or Filters()
    n = max(r.candidates, k * 3)
    qvec = embedder.embed([query])[0]
    dense = store.dense(qvec, n, filters.where())
    lex_index = store.lexical()
    mask = np.array([filters.allows(m) for m in lex_index.meta], dtype=bool) if filters and lex_index.meta else None
    lexical = lex_index.search(query, n, mask)

    fused: dict[str, float] = {}
    dense_rank = {cid: i for i, (cid, _) in enumerate(dense)}
    lexical_rank = {cid: i for i, (cid, _) in enumerate(lexical)}
    for ranking in (dense, lexical):
        for i, (cid, _) in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (r.rrf_k + i + 1)
    order = anchored(sorted(fused, key=lambda c: -fused[c]), [cid for cid, _ in lexical], k, anchors)
    similarity = dict(dense)
    docs = store.documents()
    chunks = store.get_chunks(order[: max(k * 4, 20)])
    taken: dict[str, int] = {}
    out: list[Evidence] = []
    # A near-duplicate group counts as one document for the cap, and the original survives: the group's last
    # slot goes to the original's best chunk when that was retrieved but a copy took the first slots.
    best_of_original: dict[str, list[str]] = {}
    for cid in order:
        c = chunks.get(cid)
        if c is not None and c.doc_id in docs and not docs[c.doc_id].duplicate_of:
            best_of_original.setdefault(c.doc_id, []).append(cid)
    used: set[str] = set()
    pinned = {cid for cid, _ in lexical[:anchors]}
    for cid in order:
        c = chunks.get(cid)
        if c is None or c.doc_id not in docs or cid in used:
            continue
        doc = docs[c.doc_id]
        group = doc.duplicate_of or doc.doc_id
        if taken.get(group, 0) >= per_doc and cid not in pinned:
            continue  # an anchor is read even past its document's cap: a copy's other chunks may have taken the slots
        if doc.duplicate_of and doc.duplicate_of in docs and taken.get(group, 0) == per_doc - 1:
            # The group's last slot goes to the original when it was retrieved and is not in yet.
            spare = [x for x in best_of_original.get(doc.duplicate_of, []) if x not in used]
            if spare and not any(x in used for x in best_of_original.get(doc.duplicate_of, [])):
                cid, c, doc = spare[0], chunks[spare[0]], docs[doc.duplicate_of]
        used.add(cid)
        taken[group] = taken.get(group, 0) + 1
        out.append(
            Evidence(
                chunk=c, document=doc, score=round(fused[cid], 6), similarity=similarity.get(cid),
                dense_rank=dense_rank.get(cid), lexical_rank=lexical_rank.get(cid),
            )
        )
        if len(out) >= k:
            break
    return out


LEXICAL_ANCHORS = 2  # best word-match chunks a question always reads: a rare term (a village's name, 'antidote') ranks first by words but low by meaning, and fusion dropped it (tune half: 4 answers, first lexical rank, dense rank > 40)


def anchored(order: list[str], lexical: list[str], k: int, anchors: int) -> list[str]:
    """The fused order with the first `anchors` lexical hits moved into the first `k` (they take the last places there)."""
    if anchors <= 0:
        return order
    top = [cid for cid in lexical[:anchors] if cid not in order[: k - anchors]]
    if not top:
        return order
    head = [cid for cid in order if cid not in top]
    cut = max(0, k - len(top))
    return head[:cut] + top + head[cut:]


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", re.sub(r"^\s*the\s+", "", text.lower()))


_ARTICLE = re.compile(r"^(?:al|el)(?=[a-z]{4})")  # Arabic article: 'Al Xyz' may be stored as 'xyz', 'Al-Xyz' as 'alxyz'


_ACRONYM_HEAD = re.compile(r"^\s*(?:the\s+)?([A-Z]{2,6})\s+[A-Z]\w*")  # 'ZTV World', 'ZTV Arabic': an outlet stored by its acronym alone


def outlet_forms(text: str) -> set[str]:
    """A name squashed to letters and digits, with and without a leading Arabic article ('Al Manara' -> almanara, manara),
    and its leading acronym when the name goes on after one ('ZTV World' -> ztvworld, ztv)."""
    p = _squash(text)
    if not p:
        return set()
    head = _ACRONYM_HEAD.match(text)
    return {p, _ARTICLE.sub("", p)} | ({head.group(1).lower()} if head else set())


def outlet_matches(phrase: str, sources: set[str]) -> list[str]:
    """Stored sources a question's outlet phrase names ('Al-Araby' -> 'alaraby', 'Daily Sabah' -> 'dailysabah', 'Al Manara' -> 'manara')."""
    forms = {p for p in outlet_forms(phrase) if len(p) >= 2}
    if not forms:
        return []
    out = []
    for s in sources:
        if any(q == p or (min(len(p), len(q)) >= 4 and (q.startswith(p) or p.startswith(q))) for p in forms for q in outlet_forms(s)):
            out.append(s)
    return out


def question_filters(shape: QuestionShape, store: Store, filters: Filters | None = None) -> Filters:
    """The user's filters, plus the stored outlets a question names ('According to X, ...') as a source filter."""
    base = filters or Filters()
    if base.sources or not shape.outlets:
        return base
    sources = {d.source for d in store.documents().values() if d.source}
    per_phrase = [outlet_matches(o, sources) for o in shape.outlets]
    # Only when every outlet named is a stored source: 'Did X and the Y report ...' may name Y only in article text.
    if not all(per_phrase):
        return base
    return replace(base, sources=tuple(sorted({s for m in per_phrase for s in m})))


OTHER_OUTLET_SLOTS = 3  # slots an outlet-attributed question keeps for other outlets' articles that quote the outlet


def outlet_sides(shape: QuestionShape, store: Store, filters: Filters | None = None) -> list[tuple[str, ...]]:
    """The stored sources of each outlet a question names, one group per outlet ('Did X and Y report ...': two sides);
    an outlet that is no stored source ('the WHO') is a side read from every source (the empty group).
    Empty unless one outlet named is a stored source and the user gave no source filter."""
    if (filters and filters.sources) or not shape.outlets:
        return []
    sources = {d.source for d in store.documents().values() if d.source}
    per_phrase = [tuple(sorted(outlet_matches(o, sources))) for o in shape.outlets]
    return list(dict.fromkeys(per_phrase)) if any(per_phrase) else []


def _by_side(query: str, sides: list[tuple[str, ...]], base: Filters, store: Store, embedder: Embedder, settings: Settings, k: int) -> list[Evidence]:
    """The best chunks of each side's articles, taken in turns: one outlet's many articles do not crowd out the other's."""
    per_side = [search(query, store, embedder, settings, k=k, filters=replace(base, sources=side), anchors=LEXICAL_ANCHORS) for side in sides]
    out: list[Evidence] = []
    seen: set[str] = set()
    for row in zip_longest(*per_side):
        for e in row:
            if e is not None and e.chunk.chunk_id not in seen:
                seen.add(e.chunk.chunk_id)
                out.append(e)
    return out[:k]


def side_queries(shape: QuestionShape) -> list[str]:
    """One query per compared side ('How many in A, and how many in B?'): the side's own words, with the question's
    names when the side names nothing ('How many children' + 'Port Elbon')."""
    from .lexical import names
    from .question import attribution_sides

    out = []
    asked = asked_event(shape)
    sources = attribution_sides(shape.text) if asked is not None else []
    for side in shape.sides:
        if side in sources:
            out.append(f"{asked} {side}")  # a source alone finds its every report: the asked event goes with it
        else:
            out.append(side if names(side) else " ".join([side, *shape.focus]))
    return out


_ATTRIBUTION = re.compile(r",?\s*(?:and\s+)?according to\s+[^,?.!]+", re.I)


def asked_event(shape: QuestionShape) -> str | None:
    """What a question asks of each of its sources, without the sources ('How many were killed in Velmar, according to
    A, and according to B?' -> 'How many were killed in Velmar'); None when it names no two sources by 'according to'."""
    from .question import attribution_sides

    if not attribution_sides(shape.text):
        return None
    return " ".join(_ATTRIBUTION.sub(" ", shape.text).split()).rstrip("?.! ")


SIDE_SLOTS = 2  # passages each compared side adds beyond the whole question's k: its two best new ones (holdout3 and answers6 comparisons: cutting the whole question's passages to make room lost an article giving both figures; one side passage missed a side)


def with_sides(shape: QuestionShape, evidence: list[Evidence], store: Store, embedder: Embedder, settings: Settings, base: Filters, k: int) -> list[Evidence]:
    """A comparison's evidence: the whole question's best k passages, then each side's own best ones that those do
    not hold. A side that shares few words with the rest ('... in Velmar, and how many in Dorn and Karsk?') is
    otherwise outranked by the other."""
    keep = evidence[:k]
    seen = {e.chunk.chunk_id for e in keep}
    extra: list[Evidence] = []
    for q in side_queries(shape):
        found = [e for e in search(q, store, embedder, settings, k=k, filters=base, anchors=1) if e.chunk.chunk_id not in seen]
        for e in found[:SIDE_SLOTS]:
            seen.add(e.chunk.chunk_id)
            extra.append(e)
    return keep + extra


def date_fit(shape: QuestionShape, doc: Document, text: str) -> int:
    """How well a passage fits the question's month/year: 0 its date or its own text names that time ('December 16 2013'),
    1 it could speak of it (answerability.date_compatible), 2 it cannot."""
    from .answerability import MONTH_SLACK, date_compatible

    if not date_compatible(shape, doc, text):
        return 2
    iso = parse_date(doc.published) if doc.published else None
    if shape.month is None:
        return 0 if (iso and iso[:4] == str(shape.year)) or str(shape.year) in text else 1
    if iso and len(iso) >= 7 and int(iso[:4]) == shape.year and abs(int(iso[5:7]) - shape.month) <= MONTH_SLACK:
        return 0
    month = next((m for m, i in MONTHS.items() if i == shape.month and len(m) > 3), "")
    return 0 if re.search(rf"\b{month}\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+{shape.year}\b", text, re.I) else 1


def dateline_words(original: str | None) -> str:
    """The date an article's own text opens with, in words ('December 16 2013'); '' when it opens with none.

    Metadata dates can be wrong (a corpus's date column, a re-publication): the dateline is the article's own word
    on when it was written, so a dated question's filters read it beside the chunk text."""
    iso = dateline(original or "") or numeric_dateline(original or "")
    if not iso:
        return ""
    month = next((m.capitalize() for m, i in MONTHS.items() if len(iso) >= 7 and i == int(iso[5:7]) and len(m) > 3), "")
    day = str(int(iso[8:10])) if len(iso) >= 10 else ""
    return " ".join(p for p in (month, day, iso[:4]) if p)


def datelines(store: Any, evidence: list[Evidence]) -> dict[str, str]:
    """Doc id -> its dateline in words, for the documents of some passages (one store read each)."""
    out: dict[str, str] = {}
    for e in evidence:
        d = e.document.doc_id
        if d not in out:
            out[d] = dateline_words(store.original(d)) if store is not None else ""
    return out


def date_first(shape: QuestionShape, evidence: list[Evidence], lines: dict[str, str] | None = None) -> list[Evidence]:
    """Passages that fit the question's month/year best first (date_fit), order kept within a tier.
    `lines`: documents' own datelines (datelines), read as part of their text."""
    lines = lines or {}
    fits = [date_fit(shape, e.document, f"{e.document.title or ''} {lines.get(e.document.doc_id, '')} {e.chunk.text}") for e in evidence]
    return [e for _, e in sorted(zip(fits, evidence), key=lambda x: x[0])]


DATED_WIDTH = 2  # a dated question reads this many times k passages of any date and keeps those its date fits: an article's text may date the event when its metadata does not


SECOND_DOCS = 1  # articles of the first pass (best first) that the second pass reads again: the best-ranked one (answers10_retrieval.py over 19 sets: facts reaching the reader 1167 -> 1177 of 1205 with 1 article and 1 slot, 1178 with 2 and 2: more articles add sentences for one fact)
SECOND_SLOTS = 1  # passages the second pass adds beyond the first pass, at most one per article (answers10_retrieval.py: 1-3 measured, see SECOND_DOCS)


def article_docs(evidence: list[Evidence], n: int) -> list[str]:
    """The first `n` distinct documents of some passages, best first; a near-duplicate counts as its original."""
    out: list[str] = []
    for e in evidence:
        d = e.document.duplicate_of or e.document.doc_id
        if d not in out:
            out.append(d)
        if len(out) >= n:
            break
    return out


def within_articles(query: str, evidence: list[Evidence], store: Store, embedder: Embedder, settings: Settings, base: Filters,
                    docs: int = SECOND_DOCS, slots: int = SECOND_SLOTS) -> list[Evidence]:
    """Second retrieval pass: the question searched again inside the first pass's best articles only, each article's
    best passage that the first pass left out (its per-document cap, or a rank below k), at most one per article.

    The right article was retrieved but the sentence with the answer sat in a third passage of it (the per-document cap
    takes two) or ranked below k among the whole corpus: inside the article it is among the best."""
    if slots <= 0 or not evidence:
        return []
    seen = {e.chunk.chunk_id for e in evidence}
    ids = article_docs(evidence, docs)
    found = search(query, store, embedder, settings, k=len(seen) + slots * 4, filters=replace(base, doc_ids=tuple(ids)),
                   per_doc=len(seen) + slots * 4)
    out: list[Evidence] = []
    taken: set[str] = set()
    for e in found:
        d = e.document.duplicate_of or e.document.doc_id
        if e.chunk.chunk_id in seen or d in taken:
            continue
        taken.add(d)
        out.append(e)
        if len(out) >= slots:
            break
    return out


def search_question(question: str, shape: QuestionShape, store: Store, embedder: Embedder, settings: Settings, filters: Filters | None = None) -> list[Evidence]:
    """Evidence for a question: the first pass (first_pass), then each of its best articles' best passage left out
    (within_articles)."""
    evidence = first_pass(question, shape, store, embedder, settings, filters)
    if compared(shape, store, filters):
        return evidence
    base = question_filters(shape, store, filters)
    return evidence + within_articles(shape.text, evidence, store, embedder, settings, base)


def compared(shape: QuestionShape, store: Store, filters: Filters | None = None) -> bool:
    """A comparison ('in A, and how many in B?', 'Did X and Y report the same ...?'): its sides already read their own
    passages (with_sides, _by_side), and a third passage of the best article took a side's place (answers10: comparison
    questions of 18 sets, all facts 23 -> 22 with the second pass, holdout6 100 -> 99; no comparison gained)."""
    return len(shape.sides) > 1 or len(outlet_sides(shape, store, filters)) > 1


def first_pass(question: str, shape: QuestionShape, store: Store, embedder: Embedder, settings: Settings, filters: Filters | None = None) -> list[Evidence]:
    """Evidence for a question: its outlet becomes a source filter, its year a preference for articles of that year."""
    k = settings.retrieve.k
    base = question_filters(shape, store, filters)
    sides = outlet_sides(shape, store, filters)
    # A comparison's sides each add their own passages beyond k (with_sides).
    limit = k + (SIDE_SLOTS * len(shape.sides) if len(shape.sides) > 1 and len(sides) <= 1 else 0)
    if len(sides) > 1:
        evidence = _by_side(shape.text, sides, base, store, embedder, settings, k)
    else:
        width = k * (DATED_WIDTH if shape.year is not None else 1)
        evidence = search(shape.text, store, embedder, settings, k=width, filters=base, anchors=LEXICAL_ANCHORS)
        if len(shape.sides) > 1:
            evidence = with_sides(shape, evidence, store, embedder, settings, base, width)
    if base.sources and not (filters and filters.sources):
        # 'According to X' also names X when another outlet quotes it ('..., SANA said'): the outlet's own articles
        # keep most of the slots, the best of any outlet the rest (assembly keeps answers to passages of or naming X).
        own = evidence[: max(2, k - OTHER_OUTLET_SLOTS)]
        seen = {e.chunk.chunk_id for e in own}
        rest = search(shape.text, store, embedder, settings, filters=replace(base, sources=filters.sources if filters else ()), anchors=LEXICAL_ANCHORS)
        evidence = own + [e for e in rest if e.chunk.chunk_id not in seen][: max(0, k - len(own))]
    if shape.year is None or base.since or base.until:
        return evidence[:limit]
    lines = datelines(store, evidence)
    evidence = date_first(shape, evidence, lines)
    # Articles of the asked year first (half the slots), then the best of any date: text may date an event too.
    year = replace(base, since=f"{shape.year}-01-01", until=f"{shape.year}-12-31")
    if len(sides) > 1:
        dated = _by_side(shape.text, sides, year, store, embedder, settings, max(2, k // 2))
    else:
        dated = search(shape.text, store, embedder, settings, k=max(2, k // 2), filters=year, anchors=1)
    seen = {e.chunk.chunk_id for e in dated}
    merged = dated + [e for e in evidence if e.chunk.chunk_id not in seen][: max(0, k - len(dated))]
    # A passage whose own text names the asked month and year outranks one only published that year.
    spare = [e for e in evidence if e.chunk.chunk_id not in {m.chunk.chunk_id for m in merged}]
    lines |= datelines(store, [e for e in dated if e.document.doc_id not in lines])
    return date_first(shape, merged + spare, lines)[:limit]
