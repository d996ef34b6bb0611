"""Answers: evidence -> cited, verified Answer, by the extractive generator or an OpenAI-compatible model.

Both generators end in the same place: drafts of (sentence, cited evidence)
go through cite.verify, which keeps only supported sentences, and citations
are renumbered by first appearance with quotes taken from the stored originals.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from . import anchors, llm, prompts
from .cite import Citer, EvidencePool, stated_in, assemble, markers, strip_keys, verify
from .clean import split_sentences
from .dates import date_key
from .errors import LLMError
from .lexical import STOPWORDS, names, terms
from .types import Answer, Evidence, SupportReport

if TYPE_CHECKING:
    from .settings import Settings

OnSentence = Callable[[str], None]
INSUFFICIENT = "INSUFFICIENT_EVIDENCE"
_QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "is", "are", "was", "were", "besides", "according", "roughly", "in", "since"}
_NUMERIC_Q = re.compile(r"\b(how many|how much|what (share|percentage|proportion|number|year|date|month)|when|in what year|what time)\b", re.I)
_NAME_Q = re.compile(r"^\s*(who|whom|whose|which|where|(in|at|from|on|near|to|by) (which|what|whose))\b", re.I)
_HOW_MANY = re.compile(r"\bhow (?:many|much)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)
_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}


_HEAD = re.compile(r"\b(?:which|what)\s+((?:[a-z-]+\s+){0,3}?)([a-z-]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|of|in|near|hit|saw|said|with|from|on|at|by|to|for|that|where)\b", re.I)


def answer_pattern(question: str) -> re.Pattern[str] | None:
    """For 'which <noun> ...' questions: a name standing with that noun ('the Atme crossing', 'town of Douma')."""
    m = _HEAD.search(question)
    if not m:
        return None
    head = m.group(2).lower()
    if head in STOPWORDS or head in _QUESTION_WORDS or len(head) < 3:
        return None
    stem = re.escape(head[:-1] if head.endswith("s") and len(head) > 4 else head)
    name = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)*"
    noun = rf"(?i:{stem}s?)"
    return re.compile(rf"{name}\s+(?:[a-z-]+\s+)?{noun}\b|\b{noun}\s+(?:(?:of|at|in|called|named|known as)\s+(?:the\s+)?)?{name}")


def _new_names(text: str, known: set[str], multiword: bool = False) -> set[str]:
    """Names in text that the question does not mention (weekdays and months aside)."""
    out = set()
    for n in names(text) - known:
        if n in _CALENDAR or any(n in k or k in n for k in known):
            continue
        if not multiword or " " in n:
            out.add(n)
    return out


def question_names(question: str) -> list[str]:
    """Names the question mentions (its first word only when it is not a question word)."""
    # 'Besides Ruritania, which ...': a name after besides/except is excluded, not asked about.
    question = re.sub(r"\b(besides|apart from|other than|except(?: for)?|excluding|aside from)\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*)*", " ", question, flags=re.I)
    out = []
    for n in names(question):
        # Months and weekdays date the question; articles state dates in many forms (4/4/2016, 'Apr').
        words = [w for w in n.split() if w not in _QUESTION_WORDS and w not in _CALENDAR]
        if words:
            out.append(" ".join(words))
    return out


def _name_found(name: str, text: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in STOPWORDS and w not in {"al", "el"}]
    if not words:
        return True
    hits = sum(stated_in(w, text) for w in words)
    return hits >= max(1, math.ceil(len(words) / 2))


@dataclass
class Scored:
    index: int
    score: float
    similarity: float
    coverage: float


def score_sentences(pool: EvidencePool, query: str, qvec: np.ndarray, limit: int | None = 10) -> list[Scored]:
    """Rank pool sentences for a query: meaning (cosine) + idf-weighted coverage of the query's words."""
    if not pool.sentences:
        return []
    sent_terms = [pool.terms_of(j) for j in range(len(pool.sentences))]
    n = len(sent_terms)
    q_terms = list(dict.fromkeys(terms(query)))
    idf = {t: math.log(1 + n / (1 + sum(t in st for st in sent_terms))) for t in q_terms}
    total = sum(idf.values()) or 1.0
    # Embed only the sentences worth a look: best word coverage, and the lead sentences of the best chunks.
    cover = [sum(idf[t] for t in q_terms if t in st) / total for st in sent_terms]
    order = sorted(range(n), key=lambda j: -cover[j])
    lead = [j for j in range(n) if pool.sentences[j].evidence == 0][:4]
    cand = list(dict.fromkeys(order[:limit] + lead)) if limit else list(range(n))
    sims = np.full(n, -1.0)
    sims[cand] = pool.similarities(qvec, cand)
    numeric = bool(_NUMERIC_Q.search(query))
    wants_name = bool(_NAME_Q.search(query))
    pattern = answer_pattern(query) if wants_name else None
    q_names = set(names(query))
    out: list[Scored] = []
    for i, (s, st) in enumerate(zip(pool.sentences, sent_terms)):
        if sims[i] < -0.5:
            continue
        coverage = cover[i]
        score = 0.55 * float(sims[i]) + 0.45 * coverage
        if numeric and re.search(r"\d", s.text):
            score += 0.08
        if wants_name and _new_names(s.text, q_names, multiword=True):
            score += 0.06
        if pattern is not None and pattern.search(s.text):
            score += 0.06
        out.append(Scored(i, score, float(sims[i]), coverage))
    return sorted(out, key=lambda x: -x.score)


def _rare_terms(question: str) -> list[str]:
    """Long content words of a question (not verb forms) that an answer's evidence should state."""
    words = re.findall(r"[a-z][a-z-]+", question.lower())
    out = []
    for w in words:
        if len(w) >= 6 and w not in STOPWORDS and w not in _QUESTION_WORDS and w not in _CALENDAR and not w.endswith(("ed", "ing", "ly")) and "-" not in w:
            out.append(w)
    return out


def window_text(pool: EvidencePool, index: int) -> str:
    """A sentence with its neighbours in the same chunk, and the document title."""
    s = pool.sentences[index]
    parts = [pool.sentences[j].text for j in [index, *pool.neighbours(index)]]
    return " ".join(parts + [pool.evidence[s.evidence].document.title or ""])


def insufficient(question: str, evidence: list[Evidence], ranked: list[Scored], settings: Settings, pool: EvidencePool | None = None) -> str | None:
    """Why the evidence cannot answer the question, or None when it may."""
    if not evidence or not ranked:
        return "the store holds no evidence for this question"
    text = " ".join(e.chunk.text + " " + (e.document.title or "") for e in evidence)
    q_names = question_names(question)
    missing = [n for n in q_names if not _name_found(n, text)]
    if missing:
        return f"the evidence never mentions {', '.join(missing)}"
    m = _HOW_MANY.search(question)
    if m and not any(stated_in(t, text) for t in terms(m.group(1))[:1]):
        return f"the evidence never mentions {m.group(1).split()[0]}"
    absent = [t for t in _rare_terms(question) if not stated_in(t, text.lower())]
    if absent:
        return f"the evidence never mentions {', '.join(absent)}"
    if len(q_names) > 1 and pool is not None:
        windows = [window_text(pool, s.index) for s in ranked[:3]]
        if ranked[0].similarity < 0.55 and not any(all(_name_found(n, w) for n in q_names) for w in windows):
            return f"no passage mentions {' and '.join(q_names)} together"
    best = ranked[0]
    if best.similarity < settings.cite.refuse_below and best.coverage < 0.5:
        return "no passage is close to the question"
    return None


def _empty(question: str, backend: str, reason: str, notes: list[str] | None = None) -> Answer:
    return Answer(
        question=question, answer=f"The stored articles do not answer this question ({reason}).",
        insufficient_evidence=True, citations=[], backend=backend, notes=(notes or []) + [reason],
    )


def _finish(question: str, pool: EvidencePool, drafts: list[tuple[str, list[int], str]], settings: Settings, backend: str, report: SupportReport, notes: list[str], on_sentence: OnSentence | None = None) -> Answer:
    verified = verify(pool, drafts, settings.cite.similarity_floor, report)
    if not verified:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence", notes)
    citer = Citer(pool, copies=True)
    sentences = assemble(citer, verified)
    parts = [f"{s.text} {markers(s.citations)}" for s in sentences]
    if on_sentence:
        for p in parts:
            on_sentence(p)
    return Answer(
        question=question, answer=" ".join(parts), insufficient_evidence=False, citations=citer.citations,
        backend=backend, sentences=sentences, support=report, notes=notes,
    )


def extractive_answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, notes: list[str] | None = None, on_sentence: OnSentence | None = None) -> Answer:
    """Answer with verbatim evidence sentences, best first: no model involved."""
    notes = list(notes or [])
    qvec = pool.embedder.embed([question])[0]
    ranked = score_sentences(pool, question, qvec)
    why = insufficient(question, evidence, ranked, settings, pool)
    if why:
        return _empty(question, "extractive", why, notes)
    top = ranked[0].score
    chosen: list[int] = [ranked[0].index]
    neighbour = _answer_neighbour(pool, question, ranked[0].index)
    if neighbour is not None:
        chosen.append(neighbour)
    for s in ranked[1:]:
        if len(chosen) >= settings.generate.answer_sentences or s.score < 0.75 * top:
            break
        if any(float(pool.vector(s.index) @ pool.vector(c)) > 0.85 for c in chosen):
            continue
        chosen.append(s.index)
    drafts = [(pool.sentences[i].text, [pool.sentences[i].evidence], "answer") for i in chosen]
    return _finish(question, pool, drafts, settings, "extractive", SupportReport(), notes, on_sentence)


def _answer_neighbour(pool: EvidencePool, question: str, index: int) -> int | None:
    """The next (or previous) sentence when it, not the best one, holds the name or number asked for."""
    q_names = set(names(question))

    def has_answer(text: str) -> bool:
        if _NUMERIC_Q.search(question):
            return bool(re.search(r"\d", text))
        if _NAME_Q.search(question):
            pattern = answer_pattern(question)
            if pattern is not None:
                return any(_new_names(m.group(), q_names) for m in pattern.finditer(text))
            return bool(_new_names(text, q_names))
        return True

    if has_answer(pool.sentences[index].text):
        return None
    for j in pool.neighbours(index):
        if has_answer(pool.sentences[j].text):
            return j
    return None


def evidence_block(evidence: list[Evidence], keep: dict[int, list[str]] | None = None) -> str:
    """Evidence passages for a prompt, newest first, article text kept inert.

    With `keep` (evidence index -> sentences), a passage holds only those sentences: the
    model reads what bears on the question, not whole chunks.
    """
    order = sorted(range(len(evidence)), key=lambda i: -date_key(evidence[i].document.published))
    blocks = []
    for i in order:
        e = evidence[i]
        if keep is not None and not keep.get(i):
            continue
        d = e.document
        attrs = f'key="{e.key}" published="{d.published or "unknown"}" source="{_attr(d.source)}" title="{_attr(d.title)}"'
        text = " … ".join(keep[i]) if keep is not None else e.chunk.text
        body = text.replace("<", "‹").replace(">", "›")
        blocks.append(f"<passage {attrs}>\n{body}\n</passage>")
    return "\n\n".join(blocks)


def focused_evidence(pool: EvidencePool, ranked: list[Scored], n: int = 6) -> dict[int, list[str]]:
    """The n best sentences for a question (with the next sentence of each), grouped by passage, in text order."""
    picked: set[int] = set()
    for s in ranked[:n]:
        picked.add(s.index)
        picked.update(pool.neighbours(s.index)[:1])
    keep: dict[int, list[str]] = {}
    for j in sorted(picked, key=lambda j: (pool.sentences[j].evidence, pool.sentences[j].orig_start)):
        keep.setdefault(pool.sentences[j].evidence, []).append(pool.sentences[j].text)
    return keep


def _attr(value: str | None) -> str:
    return (value or "").replace('"', "'").replace("<", "‹").replace(">", "›")


def _sentences(text: str) -> list[str]:
    """Sentences of model text, cut from the very string that was split (bullets blanked, offsets kept)."""
    text = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", lambda m: " " * len(m.group()), text, flags=re.M)
    return [text[a:b] for a, b in split_sentences(text)]


@dataclass
class Drops:
    """Why model sentences were dropped before the meaning check, for the notes."""

    no_quote: int = 0
    not_verbatim: int = 0
    no_passage: int = 0
    leaked: int = 0
    by_quote: int = 0  # cited by the passage their verbatim quote comes from (key missing or invalid)

    def notes(self) -> list[str]:
        out = []
        if self.no_quote:
            out.append(f"{self.no_quote} model sentence(s) dropped: written without a quote from the passage they cite")
        if self.not_verbatim:
            out.append(f"{self.not_verbatim} model sentence(s) dropped: their quote is not verbatim in the cited passage")
        if self.no_passage:
            out.append(f"{self.no_passage} model sentence(s) dropped: no valid passage key and no verbatim quote")
        if self.leaked:
            out.append(f"{self.leaked} model sentence(s) dropped: they repeat the prompt")
        if self.by_quote:
            out.append(f"{self.by_quote} model sentence(s) cited by the passage their verbatim quote comes from (the key was missing or invalid)")
        return out


def _passage_text(e: Evidence) -> str:
    return f"{e.chunk.text}\n{e.document.title or ''}"


def _drafts_from_claims(claims: list[anchors.Claim], pool: EvidencePool, report: SupportReport, section: str, require_quotes: bool, drops: Drops) -> list[tuple[str, list[int], str]]:
    """Drafts for cite.verify: each claim cites the passages its quote is verbatim in; the rest is dropped and counted."""
    drafts = []
    for claim in claims:
        text, inline = strip_keys(claim.text, pool.by_key, report)
        if not re.search(r"\w", text):
            continue
        cited = list(inline)
        for k in claim.keys:
            if k in pool.by_key:
                cited.append(pool.by_key[k])
            else:
                report.stripped_keys += 1
        cited = list(dict.fromkeys(cited))

        def drop(kind: str) -> None:
            report.checked += 1
            report.dropped += 1
            setattr(drops, kind, getattr(drops, kind) + 1)

        if leaks_prompt(text) or (claim.quote and leaks_prompt(claim.quote)):
            drop("leaked")
            continue
        if claim.quote is None:
            if require_quotes:
                drop("no_quote")
            else:
                drafts.append((text, cited, section))
            continue
        anchored = [i for i in cited if anchors.verbatim(claim.quote, _passage_text(pool.evidence[i]))]
        if cited and not anchored:
            drop("not_verbatim")
            continue
        if not cited:
            # The key is an address; the verbatim span says which passage the sentence was read from.
            anchored = [i for i, e in enumerate(pool.evidence) if anchors.verbatim(claim.quote, _passage_text(e))]
            if not anchored:
                drop("no_passage")
                continue
            drops.by_quote += 1
        drafts.append((text, anchored, section))
    return drafts


def _drafts_from_text(text: str, pool: EvidencePool, report: SupportReport, section: str, require_quotes: bool = False, drops: Drops | None = None) -> list[tuple[str, list[int], str]]:
    """Drafts from a whole model reply (see anchors.parse for the forms it reads)."""
    return _drafts_from_claims(anchors.parse(text, set(pool.by_key)), pool, report, section, require_quotes, drops or Drops())


_PROMPT_WORDS: list[str] = []
_PROMPT_SHINGLES: set[tuple[str, ...]] = set()
# Five words in a row of our prompts in a model sentence is a leak; so is a whole sentence of
# four words or more standing in a prompt (its example sentence, however short).
LEAK_SHINGLE, LEAK_SENTENCE_WORDS = 5, 4


def _words(text: str) -> list[str]:
    """Words of normalized text: NFKC, case-folded, punctuation and quote marks ignored."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("'", ""))


def _shingles(words: list[str], n: int = LEAK_SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def leaks_prompt(sentence: str) -> bool:
    """Does a model sentence repeat our own prompts (five words in a row, or a whole sentence of them)?"""
    if not _PROMPT_WORDS:
        for name in prompts.EXPECTED:
            words = _words(re.sub(r"\{[a-z_]+\}", " ", prompts.load(name)))
            _PROMPT_SHINGLES.update(_shingles(words))
            _PROMPT_WORDS.append(" " + " ".join(words) + " ")
    words = _words(sentence)
    if _shingles(words) & _PROMPT_SHINGLES:
        return True
    return len(words) >= LEAK_SENTENCE_WORDS and any(f" {' '.join(words)} " in p for p in _PROMPT_WORDS)


def _messages(question: str, evidence: list[Evidence], pool: EvidencePool, ranked: list[Scored], settings: Settings) -> list[tuple[str, str]]:
    folder = settings.generate.prompts_dir
    return [
        ("system", prompts.render("answer_system", folder, example_key=evidence[0].key, max_sentences=max(3, settings.generate.answer_sentences + 2))),
        ("human", prompts.render("answer_user", folder, question=question, evidence=evidence_block(evidence, focused_evidence(pool, ranked)), today=date.today().isoformat())),
    ]


def llm_answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None, model: llm.ChatModel | None = None) -> Answer:
    """Answer with a chat model; every sentence must quote its passage verbatim and pass cite.verify.

    A reply of which nothing stands (or a refusal the extractive reader does not share) gives
    the extractive answer with a note; the support report keeps the model's counts.
    """
    model = model or llm.from_settings(settings)
    qvec = pool.embedder.embed([question])[0]
    ranked = score_sentences(pool, question, qvec)
    why = insufficient(question, evidence, ranked, settings, pool)
    if why:
        return _empty(question, model.name, why)
    messages = _messages(question, evidence, pool, ranked, settings)
    report, drops = SupportReport(), Drops()
    with llm.budget(settings):
        if on_sentence is None:
            reply = llm.complete_reply(settings, messages, model)
            backend = f"{model.name.split(':', 1)[0]}:{reply.model}"
            if INSUFFICIENT in reply.text:
                result = None
            else:
                drafts = _drafts_from_text(reply.text, pool, report, "answer", settings.generate.require_quotes, drops)
                result = _finish(question, pool, drafts, settings, backend, report, drops.notes())
        else:
            result, backend = _stream_answer(question, pool, settings, model, messages, report, drops, on_sentence)
    if result is not None and not result.insufficient_evidence:
        return result
    llm.check_cancelled()
    if result is None:
        note = f"{backend} found no answer in the evidence; showing the extractive answer"
    else:
        note = f"the model's {report.checked} sentence(s) were not supported by their cited passages; showing the extractive answer"
    fallback = extractive_answer(question, evidence, pool, settings, notes=[note, *drops.notes()], on_sentence=on_sentence)
    s = fallback.support
    fallback.support = SupportReport(
        checked=report.checked + s.checked, supported=s.supported, repaired=report.repaired + s.repaired,
        dropped=report.dropped + s.dropped, stripped_keys=report.stripped_keys,
    )
    return fallback


def _stream_answer(question: str, pool: EvidencePool, settings: Settings, model: llm.ChatModel, messages: list[tuple[str, str]], report: SupportReport, drops: Drops, on_sentence: OnSentence) -> tuple[Answer | None, str]:
    """Stream the model's reply, verifying and emitting each sentence as soon as its anchor is complete.

    Returns (None, backend) when the model refused; an Answer without sentences when nothing stood.
    """
    citer = Citer(pool, copies=True)
    sentences = []
    parts: list[str] = []
    buffer = ""
    valid = set(pool.by_key)
    require = settings.generate.require_quotes

    def flush(claims: list[anchors.Claim]) -> None:
        for draft in _drafts_from_claims(claims, pool, report, "answer", require, drops):
            for s in assemble(citer, verify(pool, [draft], settings.cite.similarity_floor, report)):
                sentences.append(s)
                part = f"{s.text} {markers(s.citations)}"
                parts.append(part)
                on_sentence(part)

    stream = llm.open_stream(settings, messages, model)
    notes: list[str] = []
    try:
        for piece in stream:
            buffer += piece
            if INSUFFICIENT in buffer:
                break
            done, rest = anchors.complete_claims(buffer, valid)
            if done:
                flush(done)
                buffer = buffer[rest:]
    except LLMError as exc:
        if not sentences:
            raise
        # Sentences already shown stand; the reply was cut (deadline, lost connection).
        notes.append(f"the model's reply was cut short: {exc}")
        buffer = ""
    backend = f"{model.name.split(':', 1)[0]}:{stream.model}"
    if INSUFFICIENT in buffer and not sentences:
        return None, backend
    if buffer.strip() and INSUFFICIENT not in buffer:
        flush(anchors.parse(buffer, valid))
    if not sentences:
        return _empty(question, backend, "no sentence of the draft answer was supported by the evidence"), backend
    return Answer(
        question=question, answer=" ".join(parts), insufficient_evidence=False, citations=citer.citations,
        backend=backend, sentences=sentences, support=report, notes=notes + drops.notes(),
    ), backend


def answer(question: str, evidence: list[Evidence], pool: EvidencePool, settings: Settings, on_sentence: OnSentence | None = None, model: llm.ChatModel | None = None) -> Answer:
    """Answer with the configured generator; a failing model falls back to extractive and says so."""
    if model is None and settings.generator_name() == "extractive":
        return extractive_answer(question, evidence, pool, settings, on_sentence=on_sentence)
    try:
        return llm_answer(question, evidence, pool, settings, on_sentence, model)
    except LLMError as exc:
        llm.check_cancelled()
        note = f"fell back to the extractive generator: {exc}"
        return extractive_answer(question, evidence, pool, settings, notes=[note], on_sentence=on_sentence)
