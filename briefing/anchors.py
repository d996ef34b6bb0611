"""Quote anchors: a model writes each sentence with its passage key and a span copied from that passage.

The format asked for (prompts/answer_system.md), one sentence a line:

    Sentence. [k7q2] "words copied from passage k7q2"

Replies of small models drift from it, so the parser is lenient: the key may come
after the quote or hold it (`[k7q2: "..."]`), the quote may use any double quote
marks («», “”, „“), lines may be bulleted or glued together, and JSON objects
(`{"sentence": ..., "key": ..., "quote": ...}`, one a line or in a list) are read too.
Whether a span is verbatim is decided on normalized text (case, whitespace, quote
marks, dashes), never on meaning: meaning is cite.verify's job.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from .clean import split_sentences
from .cite import KEY_RE

# A span shorter than this anchors nothing: any passage says 'the army' or 'on Monday'.
MIN_QUOTE_WORDS = 3

_Q = r'"([^"\n]{2,}?)"|“([^”\n]{2,}?)[”"]|«([^»\n]{2,}?)»|„([^“”\n]{2,}?)[“”]|”([^”\n]{2,}?)”'
_QUOTE = re.compile(_Q)
# '[k7q2: "span"]' and '[k7q2] : "span"' alike; the key group as in cite.KEY_RE.
_KEY_WITH_QUOTE = re.compile(r"\[\s*(?:key|src|ref|source)?\s*[:=]?\s*([a-z0-9]{1,6})\s*[:,=\-–—]\s*(?:" + _Q + r")\s*\]", re.I)
_PAREN_KEY = re.compile(r"\(\s*(?:key|src|ref|source)?\s*[:=]?\s*([a-z0-9]{4})\s*\)", re.I)
_GAP = re.compile(r"[\s.,;:–—\-]*(?:(?:quote|span|evidence|source|key)\s*[:=]\s*)?", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+", re.M)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.+)\s*")


@dataclass
class Claim:
    """One model sentence with the keys and the quote it was written with; `end` is where it ends in the reply."""

    text: str
    keys: list[str] = field(default_factory=list)
    quote: str | None = None
    end: int = 0


@dataclass
class _Anchor:
    start: int
    end: int
    keys: list[str]
    quote: str | None


def normalize(text: str) -> str:
    """Text compared for 'verbatim': NFKC, case-folded, one kind of dash, no quote marks, single spaces."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = t.replace("‹", "<").replace("›", ">")
    t = re.sub(r"[‐‑‒–—―]", "-", t)
    t = re.sub(r"[\"'“”„‟«»‘’‚‛`´]", "", t)
    return re.sub(r"\s+", " ", t).strip()


def quote_words(quote: str) -> int:
    return len(re.findall(r"\w+", quote))


def verbatim(quote: str, passage: str) -> bool:
    """Is the quote copied from the passage? Parts joined by an ellipsis may come from anywhere in it."""
    text = normalize(passage)
    parts = [normalize(p).strip(" .,;:") for p in _ELLIPSIS.split(quote)]
    parts = [p for p in parts if re.search(r"\w", p)]
    if not parts or sum(quote_words(p) for p in parts) < MIN_QUOTE_WORDS:
        return False
    return all(p in text for p in parts)


def _keys_in(bracket: str) -> list[str]:
    m = KEY_RE.fullmatch(bracket.strip())
    if not m:
        return []
    return [re.sub(r"^(?:src|ref|doc|source|S)?[:\-]?\s*", "", raw.strip(), flags=re.I).lower() for raw in re.split(r"[,;]", m.group(1))]


def _first(m: re.Match[str], groups: range) -> str:
    return next(g for g in (m.group(i) for i in groups) if g is not None)


def _anchors(text: str, valid: set[str]) -> list[_Anchor]:
    """Runs of keys and quotes, in order. A lone quote anchors only at the end of a line after a full stop."""
    tokens: list[tuple[int, int, list[str], str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in _KEY_WITH_QUOTE.finditer(text):
        tokens.append((m.start(), m.end(), [m.group(1).lower()], _first(m, range(2, 7))))
        taken.append((m.start(), m.end()))

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in KEY_RE.finditer(text):
        if free(m.start(), m.end()):
            tokens.append((m.start(), m.end(), _keys_in(m.group()), None))
    for m in _PAREN_KEY.finditer(text):
        if m.group(1).lower() in valid and free(m.start(), m.end()):
            tokens.append((m.start(), m.end(), [m.group(1).lower()], None))
    for m in _QUOTE.finditer(text):
        if free(m.start(), m.end()):
            tokens.append((m.start(), m.end(), [], _first(m, range(1, 6))))
    tokens.sort()
    runs: list[_Anchor] = []
    for start, end, keys, quote in tokens:
        last = runs[-1] if runs else None
        if last is not None and _GAP.fullmatch(text[last.end : start]) and not (quote and last.quote):
            last.end, last.keys, last.quote = end, last.keys + keys, last.quote or quote
        else:
            runs.append(_Anchor(start, end, keys, quote))
    out = []
    for r in runs:
        if r.keys:
            out.append(r)
            continue
        # A quote with no key: an anchor only when it closes a line after a finished sentence;
        # elsewhere it is the sentence quoting someone.
        before = text[: r.start].rstrip()
        after = text[r.end :].split("\n", 1)[0]
        if before.endswith((".", "!", "?", ":")) and not re.search(r"\w", after):
            out.append(r)
    return out


def _clean(segment: str) -> str:
    s = re.sub(r"^[\s.,;:–—\-)\]]+", "", segment)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([.,;:!?])", r"\1", s).rstrip(" ,;:–—-")
    if s and not s.endswith((".", "!", "?", '"', "”")):
        s += "."
    return s


def _json_claims(reply: str) -> list[Claim] | None:
    """Claims from JSON: a list of objects, or one object a line. None when the reply is not JSON."""
    stripped = reply.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
    objects: list[object] = []
    try:
        data = json.loads(stripped)
        objects = data if isinstance(data, list) else [data]
    except ValueError:
        lines = [ln.strip().rstrip(",") for ln in stripped.splitlines() if ln.strip()]
        if not lines or not all(ln.startswith("{") and ln.endswith("}") for ln in lines):
            return None
        for ln in lines:
            try:
                objects.append(json.loads(ln))
            except ValueError:
                continue
    out = []
    for o in objects:
        if not isinstance(o, dict):
            continue
        low = {str(k).lower(): v for k, v in o.items()}
        text = next((str(low[k]) for k in ("sentence", "text", "claim", "answer") if isinstance(low.get(k), str)), "")
        key = next((low[k] for k in ("key", "source", "passage", "citation", "cite") if k in low), "")
        keys = [str(k) for k in key] if isinstance(key, list) else [str(key)] if key else []
        quote = next((str(low[k]) for k in ("quote", "span", "evidence", "verbatim") if isinstance(low.get(k), str)), None)
        if text:
            out.append(Claim(_clean(text), [k.strip("[] ").lower() for k in keys if k], quote, len(reply)))
    return out


def parse(reply: str, valid: set[str] | frozenset[str] = frozenset()) -> list[Claim]:
    """The claims of a whole reply, in order; sentences written without an anchor come with none."""
    js = _json_claims(reply) if reply.lstrip().startswith(("{", "[", "```")) else None
    if js is not None:
        return js
    claims, _ = _parse(reply, set(valid), final=True)
    return claims


def complete_claims(buffer: str, valid: set[str] | frozenset[str] = frozenset()) -> tuple[list[Claim], int]:
    """For a streamed reply: the claims already finished, and where the unfinished rest begins."""
    if buffer.lstrip().startswith(("{", "[", "```")):
        return [], 0  # JSON is read whole, at the end of the stream
    return _parse(buffer, set(valid), final=False)


def _parse(reply: str, valid: set[str], final: bool) -> tuple[list[Claim], int]:
    text = _BULLET.sub(lambda m: " " * len(m.group()), reply)  # same length: offsets stay true
    groups: list[tuple[int, list[Claim]]] = []  # (where the segment began, its claims)
    pos = 0
    for a in _anchors(text, valid):
        segment = text[pos : a.start]
        sentences = [s for s in (_clean(segment[x:y]) for x, y in split_sentences(segment)) if re.search(r"\w", s)]
        if not sentences:
            last = groups[-1][1][-1] if groups else None
            if last is not None and not last.quote and a.quote and not (last.keys and a.keys):
                last.keys, last.quote, last.end = last.keys + a.keys, a.quote, a.end  # 'Sentence [k1]' + a line '"span"'
            pos = a.end
            continue
        claims = [Claim(s, end=a.start) for s in sentences[:-1]]
        claims.append(Claim(sentences[-1], a.keys, a.quote, a.end))
        groups.append((pos, claims))
        pos = a.end
    tail = text[pos:]
    if final:
        rest = [Claim(s, end=pos + y) for x, y in split_sentences(tail) if re.search(r"\w", s := _clean(tail[x:y]))]
        return [c for _, cs in groups for c in cs] + rest, len(reply)
    # Streaming: the last anchor is finished once a new line or a new sentence's words follow it
    # (not an opening quote mark or bracket: its span or key may still be arriving).
    if groups and "\n" not in tail and not re.match(r"[\s.,;:]*[^\W_]", tail):
        start, _ = groups.pop()
        return [c for _, cs in groups for c in cs], start
    return [c for _, cs in groups for c in cs], pos
