"""Rendering library results for people and programs: one escaping function per renderer.

Every field that comes from an article or its metadata (title, outlet, doc id,
URL, quote, sentence text) is data, never markup, in every output:

    plain_text     JSON string fields, SSE, MCP text: the raw text without control
                   characters, escape sequences or bidi overrides
    md_text        Markdown prose (chat replies, briefs): inline markup, HTML,
                   links, footnotes and block starts escaped; one line
    md_code        a Markdown code span (doc ids) that no backtick can close
    md_url         a URL Markdown may link to: http(s) only, else None
    html_text      HTML text and attribute values
    terminal_text  a terminal: plain_text, so no escape sequence reaches it

The library's own text (Answer.answer, Sentence.text, Citation.quote) is plain
text; only these renderers escape it, each for its own output.
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:
    from .store import Store
    from .types import Answer, Brief, Citation, Document, Evidence

# ESC-introduced sequences (CSI, OSC up to BEL/ST, other two-byte escapes) and the 8-bit CSI/OSC forms.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|[\x1b][\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)|[\x90\x9d\x9e\x9f][^\x07\x1b\x90\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)|\x1b[@-Z\\-_]?")
# C0 controls but tab, newline and carriage return; DEL and C1; bidi embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_ESCAPES_7BIT = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x1b][\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]?")
_READ_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_MD_ESCAPES = str.maketrans({**{c: "\\" + c for c in "\\`*_[]~|"}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})
_URL_UNSAFE = "()<>\"' `[]{}|\\^"


def strip_controls(text: str, c1: bool = True) -> str:
    """The text without escape sequences, NUL and other control characters (but tab, newline, CR) or bidi overrides.

    The reader applies it (with c1=False: C1 characters are mojibake the cleaner repairs) to every
    article and field it stores; the renderers below apply it fully to everything they output.
    """
    if not _SUSPECT.search(text):
        return text  # the common case, at the speed of one character-class scan
    text = _SURROGATES.sub("\ufffd", text)
    if not c1:
        return _READ_CONTROLS.sub("", _ESCAPES_7BIT.sub("", text))
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def plain_text(text: str | None) -> str:
    """The text as data: strip_controls, and every line break (CR, LS, PS) a newline."""
    if not text:
        return ""
    return strip_controls(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def plain_line(text: str | None) -> str:
    """plain_text on one line: every run of whitespace with a line break in it becomes one space."""
    return " ".join(part.strip() for part in plain_text(text).split("\n") if part.strip())  # linear on any input


def md_text(text: str | None) -> str:
    """Article text inert in Markdown (and in chat UIs that also render HTML): one line, no live markup."""
    line = plain_line(text).translate(_MD_ESCAPES)
    # A line that starts like a heading, list or numbered list would open a block where the text lands.
    m = re.match(r"\d+(?=[.)])", line)
    if m:
        return line[: m.end()] + "\\" + line[m.end() :]
    return "\\" + line if line[:1] in {"#", "+", "-", "="} else line


def md_code(text: str | None) -> str:
    """A code span holding the text verbatim (on one line): the fence is longer than any backtick run inside."""
    line = plain_line(text) or " "
    longest = max((len(run) for run in re.findall(r"`+", line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if line.startswith("`") or line.endswith("`") or (line.startswith(" ") and line.endswith(" ")) else ""
    return f"{fence}{pad}{line}{pad}{fence}"


def md_url(url: str | None) -> str | None:
    """The URL when a renderer may link to it (http or https with a host), characters that could end a link quoted; else None."""
    line = plain_line(url)
    if not line or any(c.isspace() for c in line):
        return None
    try:
        parts = urlsplit(line)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return quote(line, safe="".join(chr(c) for c in range(33, 127) if chr(c) not in _URL_UNSAFE) + "%")


def md_link(text: str | None, url: str | None) -> str:
    """`[text](url)` when the URL is safe to link to, else the escaped text alone."""
    label = md_text(text)
    href = md_url(url)
    return f"[{label}](<{href}>)" if href and label else label


def html_text(text: str | None) -> str:
    """Text (or an attribute value) inert in HTML."""
    return html.escape(plain_text(text), quote=True)


def terminal_text(text: str | None) -> str:
    """Text safe to write to a terminal: no escape sequence, control character or bidi override."""
    return plain_text(text)


def terminal_line(text: str | None) -> str:
    """terminal_text on one line (table cells, list items)."""
    return plain_line(text)


def plain_data(value: Any) -> Any:
    """A JSON-ready structure with plain_text applied to every string and unsafe URLs ('url' fields) set to None."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, dict):
        return {plain_text(str(k)): (md_url(v) if k == "url" and isinstance(v, str) else plain_data(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_data(v) for v in value]
    return value


# --- Markdown renderers ------------------------------------------------------------------------

_MARKERS = re.compile(r"(?:\[\d+\])+")


def md_sentence(part: str) -> str:
    """A plain 'sentence [1][2]' as the generators emit it, with the sentence escaped and the markers kept live."""
    text, _, marks = part.rstrip().rpartition(" ")
    if text and _MARKERS.fullmatch(marks):
        return f"{md_text(text)} {marks}"
    return md_text(part)


def md_answer(a: Answer) -> str:
    """The answer as Markdown: each checked sentence escaped, its [n] markers live."""
    if not a.sentences:
        return md_text(a.answer)
    return " ".join(f"{md_text(s.text)} " + "".join(f"[{i}]" for i in s.citations) for s in a.sentences)


def md_source_meta(title: str | None, source: str | None, published: str | None, doc_id: str, url: str | None = None) -> str:
    """'*Title* — Outlet — date — doc `id`' from stored metadata, every field escaped; the title links to a safe URL."""
    name = md_link(title, url) if title else "untitled"
    return " — ".join([f"*{name}*", md_text(source) if source else "unknown outlet", md_text(published) if published else "undated", f"doc {md_code(doc_id)}"])


def sources_text(citations: list[Citation]) -> str:
    """A Markdown list of numbered sources with their quotes, for chat replies."""
    if not citations:
        return ""
    lines = ["", "", "**Sources**", ""]
    for c in citations:
        meta = " — ".join(md_text(x) for x in [c.title or c.doc_id, c.source, c.published] if x)
        lines.append(f"- [{c.id}] {meta} ({md_code(c.doc_id)}): “{md_text(c.quote)}”")
    return "\n".join(lines)


def answer_text(a: Answer) -> str:
    """The answer as Markdown with its [n] markers, followed by the numbered sources."""
    return md_answer(a) + sources_text(a.citations)


# --- Terminal renderers ------------------------------------------------------------------------

def terminal_sources(citations: list[Citation]) -> str:
    """'Sources:' and the numbered sources with their quotes, for a terminal ('' without citations)."""
    if not citations:
        return ""
    lines = ["Sources:"]
    for c in citations:
        meta = " — ".join(terminal_line(x) for x in [c.title or c.doc_id, c.source, c.published] if x)
        lines.append(f"[{c.id}] {meta} ({terminal_line(c.doc_id)})\n    “{terminal_line(c.quote)}”")
    return "\n".join(lines)


def terminal_answer(a: Answer) -> str:
    """The answer and its numbered sources with quotes, for a terminal."""
    tail = terminal_sources(a.citations)
    return terminal_text(a.answer) + ("\n\n" + tail if tail else "")


# --- JSON renderers (plain data) ---------------------------------------------------------------

def citation_dict(c: Citation) -> dict[str, Any]:
    return plain_data(c.model_dump())  # type: ignore[no-any-return]


def answer_dict(a: Answer) -> dict[str, Any]:
    return plain_data(a.model_dump())  # type: ignore[no-any-return]


def brief_dict(b: Brief) -> dict[str, Any]:
    return plain_data(b.model_dump())  # type: ignore[no-any-return]


def evidence_dict(e: Evidence, store: Store) -> dict[str, Any]:
    """A retrieved chunk with a verbatim quote of the original text it was cut from."""
    spans = e.chunk.spans
    original = store.original(e.document.doc_id) or ""
    quote_ = original[spans[0].orig_start : spans[-1].orig_end] if spans else ""
    d = e.document
    return plain_data({  # type: ignore[no-any-return]
        "doc_id": d.doc_id, "chunk_id": e.chunk.chunk_id, "title": d.title, "source": d.source, "published": d.published,
        "url": d.url, "duplicate_of": d.duplicate_of, "score": e.score, "text": e.chunk.text, "quote": quote_,
    })


def document_dict(d: Document) -> dict[str, Any]:
    return plain_data(d.model_dump())  # type: ignore[no-any-return]


def sources_plain(citations: list[Citation]) -> str:
    """The numbered sources with quotes after a blank line, as `briefing ask` and `llm -m briefing` print them."""
    return "\n" + terminal_sources(citations) if citations else ""


def evidence_plain(e: Evidence, store: Store) -> str:
    """A retrieved chunk for a model to read: a header with doc id, outlet, date and title, then the verbatim quote."""
    d = evidence_dict(e, store)
    header = " | ".join(plain_line(x) for x in [f"doc {d['doc_id']}", d["source"], d["published"], d["title"]] if x)
    return f"[{header}]\n“{' '.join(str(d['quote']).split())}”"
