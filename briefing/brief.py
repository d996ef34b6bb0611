"""Briefs: plan (actors, timeline, uncertain reports) from the evidence, draft, verify, render Markdown.

Actors are found in the evidence, never named in code: a name counts as an
actor when a sentence shows it backing someone ('X-backed', 'supported by X',
'allies X, Y and Z', 'X ... expressed support'). Each generator fills the same
plan; every sentence then passes cite.verify before it is rendered.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from . import llm, prompts
from .cite import Citer, EvidencePool, assemble, escape, markers, strip_keys, verify
from .dates import date_key, dates_in
from .errors import LLMError
from .generate import evidence_block, leaks_prompt, score_sentences
from .lexical import STOPWORDS
from .render import md_source_meta
from .retrieve import search
from .types import Brief, Citation, Sentence, SupportReport

if TYPE_CHECKING:
    from .corpus import Corpus
    from .retrieve import Filters

_NAME = r"(?:[A-Z][\w’'.]*[a-z]|[A-Z]{2,})(?:[ -](?:al-|el-)?(?:[A-Z][\w’']*[a-z]|[A-Z]{2,}))*"
_LIST = rf"{_NAME}(?:,\s+(?:and\s+)?(?:the\s+)?{_NAME}(?:-backed\s+{_NAME})?)*(?:,?\s+and\s+(?:the\s+)?{_NAME})?"
_GROUP = r"(?:militias?|forces|fighters|troops|units|brigades|paramilitar(?:y|ies)|advisers|advisors|mercenaries)"
_VERB = r"(?:supports?|supported|backs?|backed|aids?|aided|helps?|helped|assists?|assisted|arms|armed|funds?|funded|sends?|sent|deploy(?:s|ed)?|provid(?:es|ed|ing)|offer(?:s|ed)?|pledg(?:es|ed)|mobili[sz]ed|willing to (?:aid|help|assist|support))"
AGENT_PATTERNS = [
    re.compile(rf"(?P<a>{_NAME})-(?:backed|supported|supporter|allied|sponsored|funded|armed)\b"),
    re.compile(rf"\b(?:backed|supported|aided|armed|funded|assisted|sponsored|support of|support from|backing of|help of)\s+(?:by\s+)?(?:the\s+)?(?P<a>{_NAME})"),
    re.compile(rf"\b(?:allies|ally|backers|supporters|partners)[,:]?\s+(?:such as\s+|including\s+|like\s+|of\s+\w+\s+)?(?:the\s+)?(?P<list>{_LIST})"),
    re.compile(rf"(?P<list>{_LIST}),?\s+(?:\w+\s+){{0,4}}?(?:have|has|had)\s+(?:\w+\s+){{0,2}}?(?:expressed|voiced|pledged|offered|declared|announced|reaffirmed)\s+(?:\w+\s+)?(?:support|backing|solidarity)"),
    re.compile(rf"\b(?:depends?|depended|relies|relied|reliance|dependence)\s+(?:\w+\s+)?on\s+(?:the\s+)?(?P<list>{_LIST})"),
    re.compile(rf"(?:^|[,;:]\s+|\.\s+)(?:the\s+)?(?P<a>{_NAME})(?:[’']s)?\s+(?:\w+\s+){{0,3}}?{_VERB}\b"),
    re.compile(rf"(?P<a>{_NAME})[’']s\s+(?:\w+\s+){{0,2}}?(?:support|backing|aid|help|assistance|intervention)\b"),
]
GROUP_PATTERN = re.compile(rf"(?P<a>{_NAME})(?:-based)?\s+(?:(?:Shia|Shiite|Sunni|\w+-backed)\s+)?(?P<g>{_GROUP})\b")
RECEIVER_PATTERNS = [
    re.compile(rf"\b(?:supports?|supported|backs?|backed|aids?|aided|helps?|helped|helping|assists?|assisted|support for|backing for|aid to|solidarity with)\s+(?:the\s+)?(?P<a>{_NAME})"),
    re.compile(rf"(?P<a>{_NAME})[’']s?\s+(?:\w+\s+)?(?:allies|ally|friend|friends|partners?|backers?|supporters?|efforts?)\b"),
    re.compile(rf"\b(?:allies|ally|friend|backers|supporters) of (?:the\s+)?(?P<a>{_NAME})"),
]
HEDGE = re.compile(
    r"\b(reportedly|is believed|are believed|were believed|believed to|is said to|are said to|said to have|unconfirmed|refused to confirm|"
    r"declined to confirm|denied|denies|claimed|claims|alleged|allegedly|rumou?rs?|according to some estimates|could not be verified|disputed)\b",
    re.I,
)
_OLD_DAYS = 365


@dataclass
class Actor:
    key: str
    name: str
    score: float = 0.0
    sentences: list[int] = field(default_factory=list)  # pool indices where it acts
    mentions: list[int] = field(default_factory=list)


@dataclass
class Plan:
    """What a brief will say, as drafts: (text, cited evidence indices, section)."""

    bottom_line: list[tuple[str, list[int]]] = field(default_factory=list)
    actors: list[dict[str, object]] = field(default_factory=list)  # name, stance, latest, sentences
    timeline: list[tuple[str, str, list[int]]] = field(default_factory=list)  # date, text, cited
    conflicts: list[tuple[str, list[int]]] = field(default_factory=list)


def _base_forms(names: set[str]) -> dict[str, str]:
    """Map demonyms to the name they derive from when both occur ('Ruritanian' -> 'Ruritania', 'Elbonish' -> 'Elbonia')."""
    singles = [b for b in names if " " not in b and len(b) >= 4 and b[0].isupper()]
    out: dict[str, str] = {}
    for n in names:
        if " " in n or not re.search(r"(ian|an|ese|i|ish|ic|n)$", n):
            continue
        best, best_len = None, 0
        for b in singles:
            stem = b[: max(4, len(b) - 2)]
            if b != n and n.startswith(stem) and len(stem) > best_len:
                best, best_len = b, len(stem)
        if best:
            out[n] = best
    return out


def _split_list(text: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    out = []
    for p in parts:
        p = re.sub(r"^(?:the)\s+", "", p.strip())
        m = re.match(rf"({_NAME})-backed\s+({_NAME})", p)
        out.extend([m.group(1), m.group(2)] if m else [p])
    return [x for x in out if x and x[0].isupper()]


def find_actors(pool: EvidencePool, topic: str, relevance: np.ndarray, limit: int = 8) -> list[Actor]:
    """Backers named in the evidence, strongest first; names in the topic (its subject) are left out."""
    found: dict[str, Actor] = {}
    raw: list[tuple[str, int, bool]] = []
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for i, s in enumerate(pool.sentences):
        for pat in AGENT_PATTERNS:
            for m in pat.finditer(s.text):
                names = _split_list(m.group("list")) if "list" in pat.groupindex else [m.group("a")]
                for n in names:
                    raw.append((n, i, True))
        for m in GROUP_PATTERN.finditer(s.text):
            raw.append((f"{m.group('a')} {m.group('g')}", i, False))
            if "-based" not in m.group(0):
                surfaces[_norm_group(m.group("g"))][m.group("a").split()[-1]] += 1
    received: Counter[str] = Counter()
    for s in pool.sentences:
        for pat in RECEIVER_PATTERNS:
            for m in pat.finditer(s.text):
                received[re.sub(r"[’']s?$", "", m.group("a"))] += 1
    all_names = {n.split()[0] if n.split()[-1] in _group_words() else n for n, _, _ in raw}
    base = _base_forms(all_names | _mentioned_names(pool))
    topic_low = topic.lower()
    stop = STOPWORDS | {"president", "minister", "foreign", "ministry", "government", "regime", "army", "state", "the", "this", "these", "his", "her", "its", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "since", "while", "when", "as", "but", "in", "on", "after"}
    for n, i, direct in raw:
        n = re.sub(r"[’']s$", "", n.strip())
        words = n.split()
        group = words[-1] if words and words[-1] in _group_words() else None
        head = " ".join(words[:-1]) if group else n
        head = base.get(head, head)
        if not head or head.lower() in stop or head.split()[0].lower() in stop or len(head) < 3:
            continue
        if any(w in topic_low for w in re.split(r"[\s-]+", head.lower()) if len(w) > 3 and w not in {"al", "el"}):
            continue  # the topic's own subject is not one of its backers
        key = f"{head} {_norm_group(group)}" if group else head
        if group and not HEDGE.search(pool.sentences[i].text) and not re.search(r"back|support|aid|ally|allies|active|deploy|fight", pool.sentences[i].text, re.I):
            continue
        display = key
        if group:
            forms = [f for f, _ in surfaces[_norm_group(group)].most_common() if f.lower().startswith(head.lower()[:4])]
            display = f"{forms[0] if forms else head} {_norm_group(group)}"
        actor = found.setdefault(key, Actor(key=key, name=display))
        weight = 1.0 if direct else 0.6
        actor.score += weight * (0.5 + float(relevance[i]))
        if i not in actor.sentences:
            actor.sentences.append(i)
    for key in [k for k in found if " " in k and k.split()[-1] not in _group_words()]:
        first = base.get(key.split()[0], key.split()[0])
        if first in found and first != key:
            found[first].sentences.extend(i for i in found[key].sentences if i not in found[first].sentences)
            found[first].score += found[key].score
            del found[key]  # 'Ruritanian Air Forces' is part of 'Ruritania'
    for key, count in list(received.items()):
        received[base.get(key, key)] += count if base.get(key, key) != key else 0
    for key in list(found):
        a = found[key]
        if " " not in key and received.get(key, 0) > len(a.sentences):
            del found[key]  # mostly the one being backed, not a backer
    for a in found.values():
        pattern = re.compile(r"\b" + re.escape(a.key.split()[0][: max(4, len(a.key.split()[0]) - 1)]), re.I)
        a.mentions = [i for i, s in enumerate(pool.sentences) if pattern.search(s.text)]
        docs = {pool.doc_id(i) for i in a.sentences}
        a.score *= 1 + 0.3 * (len(docs) - 1)
    ranked = sorted(found.values(), key=lambda a: -a.score)
    return [a for a in ranked if a.score > 0.5][:limit]


def _group_words() -> set[str]:
    return {"militia", "militias", "forces", "fighters", "troops", "units", "brigades", "paramilitary", "paramilitaries", "advisers", "advisors", "mercenaries"}


def _norm_group(g: str) -> str:
    return "militias" if g.startswith("militia") else g


def _mentioned_names(pool: EvidencePool) -> set[str]:
    out: set[str] = set()
    for s in pool.sentences:
        out.update(re.findall(r"\b[A-Z][a-z]{3,}\b", s.text))
    return out


def _relevance(pool: EvidencePool, topic: str) -> np.ndarray:
    vec = pool.embedder.embed([topic])[0]
    rel = np.zeros(len(pool.sentences))
    for s in score_sentences(pool, topic, vec, limit=None):
        rel[s.index] = s.score
    return rel


def _pub(pool: EvidencePool, i: int) -> str | None:
    return pool.evidence[pool.sentences[i].evidence].document.published


def _is_old(published: str | None, newest: str | None) -> bool:
    if not published or not newest:
        return False
    return (date_key(newest) - date_key(published)) >= 10000 or (
        date_key(newest) // 10000 - date_key(published) // 10000 == 1 and (date_key(newest) % 10000) > (date_key(published) % 10000)
    )


def extractive_plan(pool: EvidencePool, topic: str, actors: list[Actor], relevance: np.ndarray, newest: str | None) -> Plan:
    """Choose verbatim sentences for every part of the brief."""
    plan = Plan()
    used: set[int] = set()

    def recency(i: int) -> float:
        return 0.0 if _is_old(_pub(pool, i), newest) else 0.15

    def pick(candidates: list[int], n: int, per_doc: int = 1) -> list[int]:
        out: list[int] = []
        docs: Counter[str] = Counter()
        for i in sorted(dict.fromkeys(candidates), key=lambda i: -(relevance[i] + recency(i))):
            dup = pool.evidence[pool.sentences[i].evidence].document.duplicate_of
            group = dup or pool.doc_id(i)
            if i in used or docs[group] >= per_doc or any(float(pool.vector(i) @ pool.vector(j)) > 0.85 for j in used | set(out)):
                continue
            out.append(i)
            docs[group] += 1
            if len(out) >= n:
                break
        used.update(out)
        return out

    actor_sentences = [i for a in actors for i in a.sentences]
    bottom = _cover(pool, actors, [i for i in actor_sentences if not _is_old(_pub(pool, i), newest)] or actor_sentences, relevance, 4)
    used.update(bottom)
    if len(bottom) < 3:
        bottom += pick(list(range(len(pool.sentences))), 3 - len(bottom), per_doc=2)
    plan.bottom_line = [(pool.sentences[i].text, [pool.sentences[i].evidence]) for i in bottom]
    for a in actors:
        stance = sorted(a.sentences, key=lambda i: -(relevance[i] + recency(i)))[0]
        dated = sorted(a.mentions or a.sentences, key=lambda i: (date_key(_pub(pool, i)), relevance[i]), reverse=True)
        latest = next((i for i in dated if i != stance), stance)
        extra = pick([i for i in a.sentences + a.mentions if i not in (stance, latest)], 2, per_doc=1)
        section = list(dict.fromkeys([stance, latest, *extra]))
        used.update(section)
        plan.actors.append(
            {
                "name": a.name,
                "stance": (pool.sentences[stance].text, [pool.sentences[stance].evidence]),
                "latest": (pool.sentences[latest].text, [pool.sentences[latest].evidence]),
                "sentences": [(pool.sentences[i].text, [pool.sentences[i].evidence]) for i in section],
            }
        )
    events: list[tuple[str, int]] = []
    for i, s in enumerate(pool.sentences):
        for d in dates_in(s.text, _pub(pool, i))[:1]:
            events.append((d, i))
    seen: set[str] = set()
    for d, i in sorted(events, key=lambda e: (date_key(e[0]), -relevance[e[1]])):
        key = pool.sentences[i].text
        if key in seen or relevance[i] < 0.2:
            continue
        seen.add(key)
        plan.timeline.append((d, pool.sentences[i].text, [pool.sentences[i].evidence]))
    plan.timeline = plan.timeline[-12:]
    hedged = [i for i, s in enumerate(pool.sentences) if HEDGE.search(s.text)]
    plan.conflicts = [(pool.sentences[i].text, [pool.sentences[i].evidence]) for i in sorted(hedged, key=lambda i: -relevance[i])[:5]]
    return plan


def _cover(pool: EvidencePool, actors: list[Actor], candidates: list[int], relevance: np.ndarray, n: int) -> list[int]:
    """Greedy: sentences that name the most backers not yet named, weighted by relevance, one per document."""
    named: set[str] = set()
    docs: Counter[str] = Counter()
    chosen: list[int] = []
    members = {i: {a.key for a in actors if i in a.sentences or i in a.mentions} for i in set(candidates)}
    for _ in range(n):
        best, best_score = None, 0.0
        for i in dict.fromkeys(candidates):
            group = pool.evidence[pool.sentences[i].evidence].document.duplicate_of or pool.doc_id(i)
            if i in chosen or docs[group] >= 2:
                continue
            gain = len(members[i] - named)
            score = float(relevance[i]) + 0.25 * gain + (0.1 if not docs[group] else 0.0)
            if gain and score > best_score:
                best, best_score = i, score
        if best is None:
            break
        chosen.append(best)
        named |= members[best]
        docs[pool.evidence[pool.sentences[best].evidence].document.duplicate_of or pool.doc_id(best)] += 1
    return chosen


def llm_plan(corpus: Corpus, pool: EvidencePool, topic: str, actors: list[Actor]) -> tuple[Plan, SupportReport]:
    """Ask the chat model for the brief as JSON over keyed evidence; keys are checked later."""
    settings = corpus.settings
    folder = settings.generate.prompts_dir
    messages = [
        ("system", prompts.render("brief_system", folder, example_key=pool.evidence[0].key, max_actors=8)),
        ("human", prompts.render("brief_user", folder, topic=topic, actors=", ".join(a.name for a in actors) or "none found", evidence=evidence_block(pool.evidence), today=date.today().isoformat())),
    ]
    reply = llm.complete(settings, messages)
    m = re.search(r"\{.*\}", reply, re.S)
    try:
        data = json.loads(m.group(0)) if m else None
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        raise LLMError("the model did not reply with the JSON brief it was asked for")
    report = SupportReport()

    def draft(text: object) -> tuple[str, list[int]]:
        cleaned, cited = strip_keys(str(text or ""), pool.by_key, report)
        if leaks_prompt(cleaned):
            report.checked += 1
            report.dropped += 1
            return "", []
        return cleaned, cited

    plan = Plan()
    plan.bottom_line = [draft(t) for t in _list(data.get("bottom_line"))]
    for a in _list(data.get("actors")):
        if isinstance(a, dict) and a.get("name"):
            stance, latest = draft(a.get("stance")), draft(a.get("latest"))
            plan.actors.append({"name": str(a["name"])[:80], "stance": stance, "latest": latest, "sentences": [stance, latest] + [draft(t) for t in _list(a.get("sentences"))]})
    for e in _list(data.get("timeline")):
        if isinstance(e, dict):
            text, cited = draft(e.get("event"))
            plan.timeline.append((str(e.get("date") or "")[:10], text, cited))
    plan.conflicts = [draft(t) for t in _list(data.get("conflicts"))]
    return plan, report


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def write_brief(topic: str, corpus: Corpus, filters: Filters | None = None) -> Brief:
    """Retrieve, plan, verify and render a brief on `topic`."""
    settings = corpus.settings
    evidence = search(topic, corpus.store, corpus.embedder, settings, k=settings.generate.brief_evidence, filters=filters, per_doc=6)
    if not evidence:
        return _empty_brief(topic, "extractive", "the store holds no evidence for this topic")
    pool = EvidencePool(evidence, corpus.embedder, corpus.store)
    relevance = _relevance(pool, topic)
    actors = find_actors(pool, topic, relevance, limit=10)
    newest = max((e.document.published for e in evidence if e.document.published), key=date_key, default=None)
    notes: list[str] = []
    backend = "extractive"
    report = SupportReport()
    if settings.generator_name() == "openai":
        try:
            plan, report = llm_plan(corpus, pool, topic, actors)
            backend = f"openai:{settings.generate.model}"
        except LLMError as exc:
            notes.append(f"fell back to the extractive generator: {exc}")
            plan = extractive_plan(pool, topic, actors, relevance, newest)
    else:
        plan = extractive_plan(pool, topic, actors, relevance, newest)
    return render(topic, pool, plan, settings.cite.similarity_floor, backend, report, notes, newest)


def _empty_brief(topic: str, backend: str, reason: str) -> Brief:
    md = f"# Brief: {escape(topic)}\n\nThe stored articles hold no evidence on this topic ({reason}).\n"
    return Brief(topic=topic, title=f"Brief: {topic}", as_of=None, markdown=md, insufficient_evidence=True, citations=[], sentences=[], backend=backend, notes=[reason])


def render(topic: str, pool: EvidencePool, plan: Plan, floor: float, backend: str, report: SupportReport, notes: list[str], newest: str | None) -> Brief:
    """Verify every drafted sentence, number citations by first appearance, and write the Markdown."""
    citer = Citer(pool)
    sentences: list[Sentence] = []

    def check(items: list[tuple[str, list[int]]], section: str) -> list[Sentence]:
        drafts = [(t, c, section) for t, c in items if t.strip()]
        out = assemble(citer, verify(pool, drafts, floor, report))
        sentences.extend(out)
        return out

    def label(s: Sentence) -> str:
        cites = [citer.citations[i - 1] for i in s.citations]
        dates = {c.published for c in cites if c.published}
        old = [d for d in dates if _is_old(d, newest)]
        prefix = f"*(reported {_human(min(old))})* " if old and len(old) == len(dates) else ""
        return f"{prefix}{escape(s.text)} {markers(s.citations)}"

    lines: list[str] = []
    bottom = check(plan.bottom_line, "bottom line")
    actor_rows: list[tuple[str, Sentence | None, Sentence | None, list[Sentence]]] = []
    for a in plan.actors:
        name = str(a["name"])
        stance = check([a["stance"]], f"actor:{name}")  # type: ignore[list-item]
        latest = check([a["latest"]], f"actor:{name}") if a["latest"] != a["stance"] else stance  # type: ignore[list-item]
        rest = [x for x in a["sentences"] if x not in (a["stance"], a["latest"])]  # type: ignore[attr-defined]
        body = check(rest, f"actor:{name}")
        if stance or latest or body:
            actor_rows.append((name, stance[0] if stance else None, latest[0] if latest else None, body))
    timeline = []
    for d, text, cited in plan.timeline:
        got = check([(text, cited)], "timeline")
        if got:
            timeline.append((d, got[0]))
    conflicts = check(plan.conflicts, "conflicting or uncertain reports")

    cited_dates = [c.published for c in citer.citations if c.published]
    as_of = max(cited_dates, key=date_key) if cited_dates else newest
    title = f"Brief: {topic}"
    docs = {c.doc_id for c in citer.citations}
    lines.append(f"# {escape(title)}")
    lines.append("")
    lines.append(f"*As of {as_of or 'an unknown date'} · {len(docs)} sources · written by {backend} · every sentence checked against the quote it cites*")
    lines.append("")
    lines.append("## Bottom line")
    lines.append("")
    lines.append(" ".join(label(s) for s in bottom) if bottom else "_No supported summary sentence._")
    lines.append("")
    lines.append("## Key actors")
    lines.append("")
    if actor_rows:
        lines.append("| Actor | Stance / form of support | Latest development | Sources |")
        lines.append("| --- | --- | --- | --- |")
        for name, stance, latest, body in actor_rows:
            ids = sorted({i for s in [stance, latest, *body] if s for i in s.citations})
            lines.append(f"| {escape(name)} | {_cell(stance, name)} | {_cell(latest, name)} | {markers(ids)} |")
        lines.append("")
        for name, stance, latest, body in actor_rows:
            lines.append(f"### {escape(name)}")
            lines.append("")
            shown: set[str] = set()
            for s in [x for x in [stance, latest, *body] if x]:
                if s.text not in shown:
                    shown.add(s.text)
                    lines.append(f"- {label(s)}")
            lines.append("")
    else:
        lines.append("_No actor could be identified from the evidence._")
        lines.append("")
    lines.append("## Timeline")
    lines.append("")
    for d, s in sorted(timeline, key=lambda t: date_key(t[0])):
        lines.append(f"- **{escape(d)}**: {escape(s.text)} {markers(s.citations)}")
    if not timeline:
        lines.append("_No dated events in the evidence._")
    lines.append("")
    lines.append("## Conflicting or uncertain reports")
    lines.append("")
    for s in conflicts:
        lines.append(f"- {label(s)}")
    if not conflicts:
        lines.append("_None found in the evidence._")
    lines.append("")
    lines.append("## Sources")
    lines.append("")
    lines.extend(_bibliography(citer.citations))
    if notes:
        lines.append("")
        lines.extend(f"> Note: {escape(n)}" for n in notes)
    return Brief(
        topic=topic, title=title, as_of=as_of, markdown="\n".join(lines).rstrip() + "\n",
        insufficient_evidence=not sentences, citations=citer.citations, sentences=sentences,
        backend=backend, support=report, notes=notes,
    )


def _cell(s: Sentence | None, name: str, width: int = 14) -> str:
    """A table cell: the words of a verified sentence around the actor's name, verbatim, with its markers."""
    if s is None:
        return "—"
    words = s.text.split()
    stem = re.escape(name.split()[0][: max(4, len(name.split()[0]) - 2)].lower())
    hit = next((i for i, w in enumerate(words) if re.match(stem, w.lower().lstrip("“‘\"'("))), 0)
    a, b = max(0, hit - width), min(len(words), hit + width)
    text = ("… " if a else "") + " ".join(words[a:b]) + (" …" if b < len(words) else "")
    return f"{escape(text)} {markers(s.citations)}"  # escape() escapes '|' too


def _human(iso: str) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    parts = iso.split("-")
    if len(parts) >= 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _bibliography(citations: list[Citation]) -> list[str]:
    """Numbered sources from stored metadata only, one line per document with its citation numbers."""
    by_doc: dict[str, list[Citation]] = defaultdict(list)
    for c in citations:
        by_doc[c.doc_id].append(c)
    lines = []
    for n, (doc_id, cs) in enumerate(sorted(by_doc.items(), key=lambda kv: kv[1][0].id), start=1):
        c = cs[0]
        lines.append(f"{n}. {markers([x.id for x in cs])} " + md_source_meta(c.title, c.source, c.published, doc_id, c.url))
    return lines
