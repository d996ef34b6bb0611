"""Plain data models shared by every module: no I/O here."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Article(BaseModel):
    """One input document as read from a file or record, before cleaning."""

    doc_id: str
    text: str = Field(description="The original text; every quote is a verbatim span of it.")
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")
    url: str | None = None
    origin: str = Field(default="", description="File (and record) the article came from.")


class Span(BaseModel):
    """A sentence of a chunk: offsets in the chunk text and in the original article."""

    start: int
    end: int
    orig_start: int
    orig_end: int


class Chunk(BaseModel):
    """A piece of a cleaned article, the unit that is embedded and retrieved."""

    chunk_id: str
    doc_id: str
    index: int
    text: str
    tokens: int
    spans: list[Span]

    def sentences(self) -> list[tuple[str, Span]]:
        """The chunk's sentences with their spans."""
        return [(self.text[s.start : s.end], s) for s in self.spans]


class Document(BaseModel):
    """A stored document: metadata, the original text's hash, duplicate links."""

    doc_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    origin: str = ""
    content_hash: str
    text_hash: str = ""
    chunks: int = 0
    chars: int = 0
    duplicate_of: str | None = None


class Evidence(BaseModel):
    """A retrieved chunk with its document and how it ranked."""

    key: str = Field(default="", description="Short citation key shown to a model for this request.")
    chunk: Chunk
    document: Document
    score: float
    similarity: float | None = Field(default=None, description="Cosine of the query and the chunk, when the dense side found it.")
    dense_rank: int | None = None
    lexical_rank: int | None = None


class Citation(BaseModel):
    """A numbered source behind a sentence, with the verbatim quote that supports it."""

    id: int
    doc_id: str
    chunk_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    quote: str


class SupportReport(BaseModel):
    """What the support check did to the cited sentences of one answer or brief."""

    checked: int = 0
    supported: int = Field(default=0, description="Sentences the evidence they cite supports (claim verifier: 'supported').")
    recited: int = Field(default=0, description="Sentences whose own citations failed, re-cited to another retrieved passage that passes the full check.")
    anchored: int = Field(default=0, description="Model sentences whose span was not verbatim but matched one sentence of the passage they cite (word overlap), shown with that verbatim sentence as their quote after it passed the full check; counted apart from supported.")
    repaired: int = Field(default=0, description="Former name of `recited` (same count), kept for existing readers.")
    dropped: int = Field(default=0, description="Sentences judged partial, unsupported or contradicted by every passage: not shown.")
    stripped_keys: int = Field(default=0, description="Citation keys the model wrote that were not in the evidence.")


class Sentence(BaseModel):
    """A sentence of an answer or brief with the citation ids that support it."""

    text: str
    citations: list[int]
    section: str = ""


class SourceQuote(BaseModel):
    """The verbatim text of a source behind a brief sentence."""

    source: int = Field(description="Number of the source in the brief's source list; [n] in the text.")
    doc_id: str
    quote: str


class BriefSentence(Sentence):
    """A brief sentence: `citations` are source numbers; `quotes` the verbatim text behind it."""

    quotes: list[SourceQuote] = Field(default_factory=list)
    independent_sources: int = Field(default=1, description="Independent sources (duplicates counted once) that state this sentence.")


class Source(BaseModel):
    """A numbered independent source of a brief: an article and its stored near-duplicates."""

    number: int
    doc_id: str
    copies: list[str] = Field(default_factory=list, description="Near-duplicates of the article, not counted again.")


class Answer(BaseModel):
    """The result of ask(): the contract of `briefing ask --json`."""

    question: str
    answer: str
    insufficient_evidence: bool
    citations: list[Citation]
    backend: str
    sentences: list[Sentence] = Field(default_factory=list)
    support: SupportReport = Field(default_factory=SupportReport)
    notes: list[str] = Field(default_factory=list, description="E.g. that the generator fell back to extractive.")


class Brief(BaseModel):
    """The result of brief(): a Markdown brief and its verified sentences."""

    topic: str
    title: str
    as_of: str | None
    markdown: str
    insufficient_evidence: bool
    citations: list[Citation] = Field(description="Quotes by source: Citation.id is the source number [n].")
    sentences: list[BriefSentence]
    backend: str
    support: SupportReport = Field(default_factory=SupportReport)
    notes: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    articles: int = 0
    independent_sources: int = 0


class Problem(BaseModel):
    """An input that was skipped, and why."""

    where: str
    reason: str


class IngestReport(BaseModel):
    """Summary of one ingest run."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    pruned: int = 0
    swept: int = Field(default=0, description="Uncommitted chunks of an interrupted ingest that were removed.")
    chunks: int = 0
    duplicates: list[tuple[str, str]] = Field(default_factory=list, description="(doc_id, duplicate_of) found in this run.")
    id_collisions: list[str] = Field(default_factory=list, description="Ids that carried different texts; kept apart as id.N.")
    problems: list[Problem] = Field(default_factory=list)
    seconds: float = 0.0


class Quote(BaseModel):
    """A verbatim evidence sentence and the document it stands in."""

    doc_id: str
    quote: str


class Verdict(BaseModel):
    """What the claim verifier decided for one sentence: the contract of `briefing check --json`."""

    claim: str
    verdict: Literal["supported", "partial", "unsupported", "contradicted"]
    quotes: list[Quote] = Field(default_factory=list, description="The evidence sentences the verdict rests on.")
    reasons: list[str] = Field(default_factory=list, description="Which assertion failed and why; empty when supported.")
    judge: str = Field(default="rules", description="Which judge decided: rules, rules+model (the verdict model weighed the rules' findings), llm or nli.")
    evidence: list[int] = Field(default_factory=list, exclude=True, description="Indices of the judged evidence sentences (internal).")
    signals: dict[str, Any] = Field(default_factory=dict, exclude=True, description="What the rules saw: the families that fired and cheap signals (internal; verdict_model.py reads them).")
