"""Rendering a verified brief plan: numbered sources by independent source, Markdown, and the Brief model.

`[n]` in the text is source n of the numbered list; a near-duplicate of an article
is listed under it and not counted again. All escaping of article text and
metadata in the bibliography goes through `bib_escape` (one function to swap).
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .cite import escape
from .dates import date_key, main_period, month_count
from .render import md_source_meta
from .plan import OPPONENTS, OTHER, SUBJECT, Draft, Plan, actors_layout, side_title
from .types import Brief, BriefSentence, Citation, SourceQuote, Source, SupportReport

if TYPE_CHECKING:
    from .cite import EvidencePool
    from .settings import Settings

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def bib_escape(text: str) -> str:
    """Article text or metadata made inert for Markdown (the one escaping function of this renderer)."""
    return escape(" ".join(str(text).split()))


def _human(iso: str) -> str:
    parts = iso.split("-")
    return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}" if len(parts) >= 2 else parts[0]


def _is_old(published: str | None, newest: str | None) -> bool:
    """A year or more older than the newest cited report."""
    return bool(published and newest) and date_key(newest) - date_key(published) >= 10000  # type: ignore[arg-type]


class Numbering:
    """Source numbers by first appearance of an independent source (an article and its stored copies)."""

    def __init__(self, pool: EvidencePool) -> None:
        self.pool = pool
        self.groups: dict[str, int] = {}
        self.first_doc: dict[str, str] = {}
        self.citations: list[Citation] = []
        self._seen: set[tuple[int, str]] = set()

    def cite(self, sentence_idx: int) -> tuple[int, Citation]:
        ps = self.pool.sentences[sentence_idx]
        ev = self.pool.evidence[ps.evidence]
        group = ev.document.duplicate_of or ev.document.doc_id
        n = self.groups.setdefault(group, len(self.groups) + 1)
        self.first_doc.setdefault(group, ev.document.doc_id)
        d = ev.document
        c = Citation(id=n, doc_id=d.doc_id, chunk_id=ev.chunk.chunk_id, title=d.title, source=d.source, published=d.published, url=d.url, quote=self.pool.quote(sentence_idx))
        if (n, c.quote) not in self._seen:
            self._seen.add((n, c.quote))
            self.citations.append(c)
        return n, c


# The sections that state the brief's findings on its topic; their reports set 'as of'.
CORE_SECTIONS = frozenset({"bottom line", "timeline", "conflicts"})
# Cited reports whose months lie this far either side of their median are the brief's period (one year each way).
PERIOD_MONTHS = 12


# Why an undated corpus's brief has no timeline: its reports give no day to count 'on Sunday' or '19 December' from.
UNDATED_TIMELINE = ("_No dated events: none of the cited articles carries a publication date, so the days they name ('on Sunday', "
                    "'last month', a day and month without a year) cannot be placed in time; only dates the text writes with their year are listed._")


def undated(citations: list[Citation], doc_dates: dict[str, str | None] | None) -> bool:
    """Does no cited article carry a publication date (its metadata or its text's dateline)? Then nothing is dated."""
    return bool(citations) and not any((doc_dates or {}).get(c.doc_id) or c.published for c in citations)


def as_of(cited: list[str | None], today: str, period: tuple[int, int] | None = None) -> tuple[str | None, tuple[int, int] | None, str]:
    """(as-of date, the period's months, a span note): the latest report of the brief's period, not of any stray old or new one.

    The period is the topic's own when it names one (widened by the months follow-up reports take), else a year
    either side of the median cited report; the note gives the whole span when cited reports lie outside it.
    """
    valid = [d for d in cited if d and date_key(d) <= date_key(today)]
    if not valid:
        return None, None, ""
    window = (period[0] - 1, period[1] + 2) if period else main_period(valid, PERIOD_MONTHS)
    assert window is not None
    inside = [d for d in valid if window[0] <= month_count(d) <= window[1]] or valid
    first, last = min(valid, key=date_key), max(valid, key=date_key)
    span = ""
    if month_count(last) - month_count(first) > PERIOD_MONTHS or len(inside) < len(valid):
        span = f"cited reports span {first[:7]} to {last[:7]}"
    return max(inside, key=date_key), window, span


def later_rows_note(as_of_date: str | None, cited: list[str], today: str, span: str) -> str:
    """The header's note when the brief cites reports later than its findings' 'as of' (an actor's other news, a report
    outside the brief's period): it says so and to when, so an 'as of' earlier than the newest source cited reads as the
    findings' date, not as an oversight."""
    latest = max((d for d in cited if d and date_key(d) <= date_key(today)), key=date_key, default=None)
    if not as_of_date or latest is None or date_key(latest) <= date_key(as_of_date):
        return span
    note = f"date of the findings; later cited reports run to {latest}"
    return f"{note}; {span}" if span else note


def render(topic: str, pool: EvidencePool | None, plan: Plan, backend: str, report: SupportReport, notes: list[str], settings: Settings, subject: str = "", doc_dates: dict[str, str | None] | None = None, period: tuple[int, int] | None = None) -> Brief:
    """The Markdown brief and its JSON: every sentence with its source numbers and verbatim quotes."""
    title = f"Brief: {topic}"
    if pool is None:
        md = f"# {escape(title)}\n\nThe stored articles hold no evidence on this topic ({notes[0]}).\n"
        return Brief(topic=topic, title=title, as_of=None, markdown=md, insufficient_evidence=True, citations=[], sentences=[], backend=backend, notes=notes)
    numbering = Numbering(pool)
    sentences: list[BriefSentence] = []
    today = date.today().isoformat()

    def sentence(d: Draft, section: str) -> BriefSentence:
        support = [d.quote_hint] if d.quote_hint is not None else []
        quotes, ids = [], []
        for j in support:
            n, c = numbering.cite(j)
            ids.append(n)
            quotes.append(SourceQuote(source=n, doc_id=c.doc_id, quote=c.quote))
        # Independent sources that state the same thing: the same sentence key in other groups of the pool.
        groups = _agreeing_groups(pool, support)
        bs = BriefSentence(text=d.text, citations=ids, section=section, quotes=quotes, independent_sources=len(groups))
        sentences.append(bs)
        return bs

    bottom = [sentence(d, "bottom line") for d in plan.bottom_line]
    rows = []
    for a in plan.actors:
        rows.append((a, sentence(a.stance, f"actor:{a.name}") if a.stance else None, sentence(a.latest, f"actor:{a.name}") if a.latest else None, [sentence(d, f"actor:{a.name}") for d in a.body]))
    timeline = [(t.date, sentence(t.draft, "timeline")) for t in plan.timeline]
    conflicts = [(c, [(what, sentence(d, "conflicts")) for what, d in c.sides]) for c in plan.conflicts]

    cited_dates = [d for c in numbering.citations if (d := (doc_dates or {}).get(c.doc_id) or c.published)]
    future = sorted({d for d in cited_dates if date_key(d) > date_key(today)})
    if future:
        notes = notes + [f"dates after today ({', '.join(future)}) are reported, not used for 'as of'"]
    as_of_date, window, span = as_of(cited_dates, today, period)
    # 'As of' is the latest report of the brief's own findings (bottom line, timeline, conflicts): an actor's
    # later, other news in its row does not make the event's brief newer.
    core = {q.doc_id for s in sentences if s.section in CORE_SECTIONS for q in s.quotes}
    core_dates = [d for c in numbering.citations if c.doc_id in core and (d := (doc_dates or {}).get(c.doc_id) or c.published)]
    if core_dates:
        as_of_date = as_of(core_dates, today, period)[0] or as_of_date
    span = later_rows_note(as_of_date, cited_dates, today, span)

    def _published(doc_id: str) -> str | None:
        return next((c.published for c in numbering.citations if c.doc_id == doc_id), None)

    def reported(s: BriefSentence | None) -> str:
        """'*(reported August 2018)* ' before a sentence whose every source reports from outside the brief's period."""
        if s is None:
            return ""
        # The date a quote's article reports from: its text's dateline when that disagrees with the metadata.
        dates = {(doc_dates or {}).get(q.doc_id) or _published(q.doc_id) for q in s.quotes} - {None}
        old = [d for d in dates if window and not window[0] <= month_count(d) <= window[1]]
        return f"*(reported {_human(min(old))})* " if old and len(old) == len(dates) else ""

    def label(s: BriefSentence, single: bool = True) -> str:
        mark = " *(single source)*" if single and s.independent_sources <= 1 else ""
        return f"{reported(s)}{escape(s.text)} {_markers(s.citations)}{mark}"

    docs = _documents(pool, numbering)
    lines = [f"# {escape(title)}", ""]
    lines.append(f"*As of {as_of_date or 'an unknown date'}{' (' + span + ')' if span else ''} · {sum(len(v) for v in docs.values())} articles, {len(docs)} independent sources · written by {escape(backend)} · every sentence checked against the quote it cites*")
    lines += ["", "## Bottom line", ""]
    lines.append(" ".join(label(s, single=False) for s in bottom) if bottom else "_No supported summary sentence._")
    lines += ["", "## Key actors", ""]
    if rows:
        sides = {r[0].side for r in rows}
        plain = actors_layout(plan.actors)
        for side in (SUBJECT, OPPONENTS, OTHER):
            part = [r for r in rows if r[0].side == side]
            if not part:
                continue
            heading = "Actors" if sides == {OTHER} else side_title(side, subject or topic)
            lines += [f"**{escape(heading)}**", ""]
            if plain:  # no sentence states backing: who did or said what on the topic
                lines.append("| Actor | What it did or said | Latest development |")
                lines.append("| --- | --- | --- |")
            else:
                lines.append("| Actor | Backs | Form of support | Evidence | Latest development |")
                lines.append("| --- | --- | --- | --- | --- |")
            for a, stance, latest, _ in part:
                host = next((r[1] for r in rows if a.shared_with and r[0].name.split(", ")[0] == a.shared_with and r[1] is not None), None)
                if stance is None and latest is None and host is None:
                    continue
                # a table cell carries the same '(reported ...)' date as a body line: an old report never reads as this period's
                evidence = f"*the sentence in {escape(a.shared_with)}'s row* {_markers(host.citations)}" if stance is None and host is not None else _cell(stance, reported(stance))
                if plain:
                    lines.append(f"| {escape(a.name)} | {evidence} | {_cell(latest, reported(latest))} |")
                else:
                    lines.append(f"| {escape(a.name)} | {escape(a.backs) or '—'} | {escape(a.form) or '—'} | {evidence} | {_cell(latest, reported(latest))} |")
            lines.append("")
        for a, stance, latest, body in rows:
            if not body:
                continue
            lines += [f"### {escape(a.name)}", ""]
            lines += [f"- {label(x)}" for x in body]
            lines.append("")
    else:
        lines += ["_No actor could be identified from the evidence._", ""]
    lines += ["## Timeline", ""]
    for d, s in sorted(timeline, key=lambda t: date_key(t[0])):
        lines.append(f"- **{escape(d)}**: {label(s)}")
    if not timeline:
        lines.append(UNDATED_TIMELINE if undated(numbering.citations, doc_dates) else "_No dated events of this period in the evidence._")
    lines += ["", "## Conflicting reports", ""]
    for c, sides in conflicts:
        lines.append(f"- **{escape(c.about)}**" + (" *(update: later reports raised the count; not a disagreement)*" if c.update else ""))
        for what, s in sides:
            lines.append(f"  - {escape(what)}: {label(s, single=False)}")
    if not conflicts:
        lines.append("_No conflicting reports found: no two independent sources disagree on a figure or on who holds a place, or deny each other's claims, in this evidence._")
    lines += ["", "## Sources", ""]
    lines.extend(bibliography(docs, numbering, doc_dates))
    paraphrased = [s for s in sentences if any(" ".join(q.quote.split()) != " ".join(s.text.split()) for q in s.quotes)]
    lines += ["", "## Quotes", ""]
    if paraphrased:
        for s in paraphrased:
            for q in s.quotes:
                lines.append(f"- {_markers([q.source])} “{bib_escape(q.quote)}” — for: {escape(s.text)}")
    else:
        lines.append("_Every sentence above is quoted verbatim from the source it cites._")
    notes = listed_notes(notes, {e.document.doc_id for e in pool.evidence}, {d.doc_id for v in docs.values() for d in v})
    if notes:
        lines.append("")
        lines.extend(f"> Note: {escape(n)}" for n in dict.fromkeys(notes))
    sources = [
        Source(number=n, doc_id=numbering.first_doc[g], copies=[d.doc_id for d in docs[g][1:]])
        for g, n in sorted(numbering.groups.items(), key=lambda kv: kv[1])
    ]
    return Brief(
        topic=topic, title=title, as_of=as_of_date, markdown="\n".join(lines).rstrip() + "\n", insufficient_evidence=not sentences,
        citations=sorted(numbering.citations, key=lambda c: c.id), sentences=sentences, backend=backend, support=report, notes=list(dict.fromkeys(notes)),
        sources=sources, articles=sum(len(v) for v in docs.values()), independent_sources=len(docs),
    )


def listed_notes(notes: list[str], retrieved: set[str], listed: set[str]) -> list[str]:
    """The notes a reader can follow: a note about retrieved reports none of which is in the source list is dropped."""
    out = []
    for n in notes:
        named = {w for w in re.findall(r"[\w.-]+", n) if w in retrieved}
        if not named or named & listed:
            out.append(n)
    return out


def _agreeing_groups(pool: EvidencePool, support: list[int]) -> set[str]:
    from .clean import normalize_key

    keys = {normalize_key(pool.sentences[j].text) for j in support}
    out = set()
    for s in pool.sentences:
        if normalize_key(s.text) in keys:
            d = pool.evidence[s.evidence].document
            out.add(d.duplicate_of or d.doc_id)
    return out


def _documents(pool: EvidencePool, numbering: Numbering) -> dict[str, list]:
    """Per cited independent source: its original first, then its stored near-duplicates."""
    out: dict[str, list] = {}
    for g, n in sorted(numbering.groups.items(), key=lambda kv: kv[1]):
        first = next(e.document for e in pool.evidence if e.document.doc_id == numbering.first_doc[g])
        # A stored copy cited as an independent report of its own (other figures) is listed as its own source.
        copies = [d for d in pool.copies_of(first) if (d.doc_id == g or d.doc_id not in numbering.groups) and d.doc_id not in pool.follow_ups]
        members = [first] + copies
        original = next((d for d in members if d.doc_id == g), first)
        out[g] = [original] + [d for d in members if d.doc_id != original.doc_id]
    return out


def bibliography(docs: dict[str, list], numbering: Numbering, doc_dates: dict[str, str | None] | None = None) -> list[str]:
    """Numbered independent sources from stored metadata; near-duplicates indented under their original.

    A report whose own text gives another day than its metadata shows both: the brief dates its events from the text.
    """
    lines = []
    for g, n in sorted(numbering.groups.items(), key=lambda kv: kv[1]):
        members = docs[g]
        for k, d in enumerate(members):
            meta = md_source_meta(d.title, d.source, d.published, d.doc_id, d.url)
            dated = (doc_dates or {}).get(d.doc_id)
            if dated and d.published and date_key(dated) != date_key(d.published):
                meta += f" — events dated from {dated}"
            if k == 0:
                lines.append(f"{n}. " + meta)
            else:
                lines.append("   - near-duplicate, not counted again: " + meta)
    return lines


def _markers(ids: list[int]) -> str:
    return "".join(f"[{i}]" for i in dict.fromkeys(ids))


def _cell(s: BriefSentence | None, prefix: str = "", width: int = 30) -> str:
    """A table cell: the sentence's first `width` words and its citations, after `prefix` (its '(reported ...)' date)."""
    if s is None:
        return "—"
    words = s.text.split()
    text = " ".join(words[:width]) + (" …" if len(words) > width else "")
    return f"{prefix}{escape(text)} {_markers(s.citations)}".replace("|", "\\|")
