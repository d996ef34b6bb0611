"""Reading inputs: files and folders of .txt/.md/.html and record files (.csv/.jsonl/.json) into Articles.

Bad input never raises out of `read_paths`: it is reported as a Problem naming
the file (and record) and the reason, and reading goes on.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .dates import parse_date
from .errors import InputError
from .render import md_url, plain_line, strip_controls
from .types import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
RECORD_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json"}
MANIFEST_STEMS = {"manifest", "metadata", "_manifest"}
MAX_RECORD_FILE_BYTES = 256 * 1024 * 1024  # a CSV/JSONL file of many articles
MAX_ARTICLE_CHARS = 5 * 1024 * 1024  # one article; longer is not an article but a dump
MIN_PRINTABLE = 0.95  # a decoded text with more unprintable characters than this is not text in that encoding
MAX_FRONT_MATTER_CHARS = 64 * 1024  # metadata of one article; more is not metadata
MAX_TITLE_CHARS = 500  # headlines run under 300 characters; longer is body text in the wrong field
MAX_SOURCE_CHARS = 200  # an outlet's name
MAX_URL_CHARS = 2048  # what browsers and servers reliably accept
MAX_ID_CHARS = 256  # a file name's length; longer ids are not ids
CSV_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class _Number(str):
    """A JSON number kept as its digits: a 5,000-digit integer is text to store or refuse, not a value to convert."""


@dataclass(frozen=True)
class FieldMap:
    """Which record fields hold what; also used for manifests."""

    id: str | None = None
    text: str = "text"
    title: str | None = "title"
    date: str | None = "date"
    source: str | None = "source"
    url: str | None = "url"


def _decode(raw: bytes, where: str) -> tuple[str, str | None]:
    """Text of a file and a note when it was not clean UTF-8. Raises InputError when it is not text."""
    if not raw.strip():
        raise InputError(f"{where}: empty file")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: not valid {codec.upper()} text ({exc.reason} at byte {exc.start + len(bom)}); convert it to UTF-8") from None
            if not text.strip():
                raise InputError(f"{where}: empty file")
            if _printable(text) < MIN_PRINTABLE:
                raise InputError(f"{where}: not text (starts like {codec.upper()} but does not read as it); convert it to UTF-8")
            return text, None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{where}: binary file (NUL bytes); only text, HTML, CSV and JSON are read")
    nuls = raw.count(b"\x00")
    if nuls:
        text, note = _decode(raw.replace(b"\x00", b""), where)
        return text, "; ".join(x for x in (f"{nuls} NUL bytes removed", note) if x)
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 200):
        return text, f"{bad} bytes were not valid UTF-8 and read as U+FFFD"
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start}); convert it to UTF-8") from None
    if _printable(text) < MIN_PRINTABLE:
        raise InputError(f"{where}: not text (undecodable bytes); convert it to UTF-8")
    return text, "not UTF-8: read as Windows-1252"


def _printable(text: str) -> float:
    """The share of printable characters (and whitespace) in a text."""
    return sum(c.isprintable() or c.isspace() for c in text) / max(1, len(text))


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise InputError(f"{path}: not a regular file")
        size = path.stat().st_size
        limit = MAX_RECORD_FILE_BYTES if path.suffix.lower() in RECORD_SUFFIXES else MAX_ARTICLE_CHARS * 4
        if size > limit:
            raise InputError(f"{path}: {size / 1e6:.0f} MB is over the {limit // 2**20} MiB limit for this kind of file; split it into articles")
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None


def _first_line_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 200 and line[-1] not in ".!?:" and len(line.split()) >= 3:
                return line
            return None
    return None


def _front_matter(text: str, where: str) -> tuple[dict[str, object], str]:
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    if end > MAX_FRONT_MATTER_CHARS:
        raise InputError(f"{where}: the YAML front matter is {end:,} characters, over the {MAX_FRONT_MATTER_CHARS // 1024} KiB limit for metadata; shorten it")
    import yaml

    class NoAliases(yaml.SafeLoader):
        """YAML without anchors and aliases: an alias bomb ('billion laughs') cannot expand."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not read in front matter", self.peek_event().start_mark)
            return super().compose_node(parent, index)

    try:
        meta = yaml.load(text[3:end], Loader=NoAliases) or {}  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise InputError(f"{where}: bad YAML front matter ({problem}); fix or remove it") from None
    except RecursionError:
        raise InputError(f"{where}: the YAML front matter is nested too deeply to read; fix or remove it") from None
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter is not a mapping of fields")
    body = text[end + 4 :]
    return meta, body.lstrip("\n")


def _html(text: str, where: str) -> tuple[str, dict[str, object]]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False, with_metadata=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{where}: no article text found in the HTML")
    meta = {
        "title": getattr(doc, "title", None),
        "date": getattr(doc, "date", None),
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None),
    }
    return body, meta


def _str(value: object) -> str | None:
    """A scalar metadata value as one clean line; None for nothing, lists, objects and true/false."""
    if value is None or _kind(value) in {"a list", "an object", "true/false"}:
        return None
    s = plain_line(str(value))
    return s or None


def _kind(value: object) -> str | None:
    """What a field holds when it is not text: 'a list', 'an object', 'a number', 'true/false'."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (_Number, int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return None


def _article(where: str, doc_id: str, text: str, meta: dict[str, object], origin: str) -> Iterator[Article | Problem]:
    """The Article, with metadata cleaned and capped; a warning for each field cut, dropped or ignored."""
    fields: dict[str, str | None] = {}
    for name, limit in (("title", MAX_TITLE_CHARS), ("source", MAX_SOURCE_CHARS), ("url", MAX_URL_CHARS)):
        value = meta.get(name)
        kind = _kind(value)
        if kind in {"a list", "an object", "true/false"}:
            yield Problem(where=where, reason=f"warning: field '{name}' is {kind}, not text; ignored")
            continue
        s = _str(value)
        if s and len(s) > limit:
            if name == "url":
                yield Problem(where=where, reason=f"warning: the url is {len(s):,} characters, over {limit}; dropped")
                continue
            yield Problem(where=where, reason=f"warning: the {name} is {len(s):,} characters; cut to {limit}")
            s = s[: limit - 1].rstrip() + "…"
        if name == "url" and s and md_url(s) is None:
            yield Problem(where=where, reason=f"warning: the url '{s[:60]}' is not an http(s) address; dropped")
            continue
        fields[name] = s
    yield Article(doc_id=doc_id, text=strip_controls(text, c1=False), title=fields.get("title"), source=fields.get("source"),
                  published=parse_date(meta.get("published") or meta.get("date")), url=fields.get("url"), origin=origin)


def read_file(path: Path, fields: FieldMap) -> Iterator[Article | Problem]:
    """Articles (or Problems) from one file."""
    suffix = path.suffix.lower()
    try:
        text, note = _decode(_read_bytes(path), str(path))
    except InputError as exc:
        yield Problem(where=str(path), reason=str(exc).removeprefix(f"{path}: "))
        return
    if note:
        yield Problem(where=str(path), reason=f"warning: {note}")
    if suffix in RECORD_SUFFIXES:
        yield from _records(path, text, fields)
        return
    try:
        meta: dict[str, object] = {}
        if suffix in {".md", ".markdown"}:
            meta, text = _front_matter(text, str(path))
        elif suffix in {".html", ".htm"}:
            text, meta = _html(text, str(path))
    except InputError as exc:
        yield Problem(where=str(path), reason=str(exc).removeprefix(f"{path}: "))
        return
    if not text.strip():
        yield Problem(where=str(path), reason="no text after the front matter")
        return
    if len(text) > MAX_ARTICLE_CHARS:
        yield Problem(where=str(path), reason=f"{len(text) / 1e6:.0f} million characters is over the {MAX_ARTICLE_CHARS // 2**20} M limit for one article; split it")
        return
    doc_id = _str(meta.get("id")) or plain_line(path.stem)
    if len(doc_id) > MAX_ID_CHARS:
        yield Problem(where=str(path), reason=f"the id is {len(doc_id):,} characters, over the {MAX_ID_CHARS} limit; shorten it")
        return
    meta = {**meta, "title": meta.get("title") or _first_line_title(strip_controls(text, c1=False)), "source": meta.get("source") or meta.get("outlet")}
    yield from _article(str(path), doc_id, text, meta, str(path))


def _rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(record number, record or error text) for CSV, JSON Lines and JSON arrays."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        reader = csv.DictReader(text.splitlines(keepends=True), delimiter=csv_delimiter(text))
        try:
            for i, row in enumerate(reader, start=2):
                if None in row:
                    yield i, f"line {i}: more fields than the header has"
                    continue
                yield i, dict(row)
        except csv.Error as exc:
            yield reader.line_num, f"line {reader.line_num}: malformed CSV ({exc})"
        return
    if suffix == ".json":
        try:
            data = _json(text)
        except json.JSONDecodeError as exc:
            yield exc.lineno, f"line {exc.lineno}: malformed JSON ({exc.msg})"
            return
        except RecursionError:
            yield 1, "the JSON is nested too deeply to read (about a thousand levels); records are flat objects"
            return
        if isinstance(data, dict):
            data = data.get("records") or data.get("articles") or data.get("data") or [data]
        if not isinstance(data, list):
            yield 1, "a JSON file must hold a list of records"
            return
        for i, rec in enumerate(data, start=1):
            yield i, rec if isinstance(rec, dict) else f"record {i}: not an object"
        return
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = _json(line)
        except json.JSONDecodeError as exc:
            yield i, f"line {i}: malformed JSON ({exc.msg})"
            continue
        except RecursionError:
            yield i, f"line {i}: the JSON is nested too deeply to read (about a thousand levels); records are flat objects"
            continue
        yield i, rec if isinstance(rec, dict) else f"line {i}: not a JSON object"


def _json(text: str) -> Any:
    """json.loads with every number kept as its digits (_Number), so no number is too long to read."""
    return json.loads(text, parse_int=_Number, parse_float=_Number, parse_constant=_Number)


def csv_delimiter(text: str) -> str:
    """The delimiter of a CSV file: the one of , ; TAB | the header line holds most of (a comma on a tie)."""
    header = text.split("\n", 1)[0]
    return max(CSV_DELIMITERS, key=lambda d: (header.count(d), d == ","))


def _records(path: Path, text: str, fields: FieldMap) -> Iterator[Article | Problem]:
    for n, rec in _rows(path, text):
        where = f"{path}:{n}"
        if isinstance(rec, str):
            yield Problem(where=f"{path}", reason=rec)
            continue
        if fields.text not in rec:
            names = ", ".join(plain_line(str(k))[:40] for k in list(rec)[:20])
            read_as = f"; read as {_DELIMITER_NAMES[csv_delimiter(text)]}-delimited CSV" if path.suffix.lower() == ".csv" else ""
            yield Problem(where=where, reason=f"no '{fields.text}' field (fields: {names}{read_as}); pass --text-field")
            continue
        kind = _kind(rec.get(fields.text))
        if kind:
            yield Problem(where=where, reason=f"field '{fields.text}' is {kind}, not text")
            continue
        body = _str(rec.get(fields.text))
        if not body:
            yield Problem(where=where, reason=f"empty '{fields.text}'")
            continue
        if len(body) > MAX_ARTICLE_CHARS:
            yield Problem(where=where, reason=f"'{fields.text}' is over the {MAX_ARTICLE_CHARS // 2**20} M character limit for one article")
            continue
        id_field = fields.id or next((k for k in ("id", "doc_id") if k in rec), None)
        if id_field:
            kind = _kind(rec.get(id_field))
            if kind in {"a list", "an object", "true/false"}:
                yield Problem(where=where, reason=f"field '{id_field}' is {kind}, not an id")
                continue
            doc_id = _str(rec.get(id_field))
            if not doc_id:
                yield Problem(where=where, reason=f"no value in the id field '{id_field}'")
                continue
            if len(doc_id) > MAX_ID_CHARS:
                yield Problem(where=where, reason=f"the id is {len(doc_id):,} characters, over the {MAX_ID_CHARS} limit")
                continue
        else:
            doc_id = f"{plain_line(path.stem)}-{n}"
        meta = {"title": rec.get(fields.title) if fields.title else None, "source": rec.get(fields.source) if fields.source else None,
                "url": rec.get(fields.url) if fields.url else None, "date": rec.get(fields.date) if fields.date else None}
        if _kind(meta["date"]) in {"a list", "an object", "true/false"}:
            meta["date"] = None
        yield from _article(where, doc_id, str(rec.get(fields.text)), meta, where)


def read_manifest(path: Path) -> dict[str, dict[str, object]]:
    """Metadata keyed by doc id (or file name) from a CSV/JSONL/JSON manifest."""
    text, _ = _decode(_read_bytes(path), str(path))
    out: dict[str, dict[str, object]] = {}
    for n, rec in _rows(path, text):
        if isinstance(rec, str):
            raise InputError(f"{path}: {rec}")
        key = _str(rec.get("doc_id") or rec.get("id"))
        if not key and _str(rec.get("file")):
            key = Path(str(rec["file"])).stem
        if not key:
            raise InputError(f"{path}:{n}: a manifest record needs doc_id, id or file")
        out[key] = rec
    return out


def apply_manifest(article: Article, manifest: dict[str, dict[str, object]]) -> Article:
    """Manifest metadata overrides what the file says."""
    rec = manifest.get(article.doc_id)
    if not rec:
        return article
    update: dict[str, object] = {}
    limits = {"title": MAX_TITLE_CHARS, "source": MAX_SOURCE_CHARS, "url": MAX_URL_CHARS}
    for field, keys in {"title": ("title",), "source": ("source", "outlet"), "url": ("url",)}.items():
        for k in keys:
            value = _str(rec.get(k))
            if value and not (field == "url" and (md_url(value) is None or len(value) > MAX_URL_CHARS)):
                update[field] = value if len(value) <= limits[field] else value[: limits[field] - 1].rstrip() + "…"
                break
    when = rec.get("published") or rec.get("date")
    published = parse_date(when) if _kind(when) in {None, "a number"} else None
    if published:
        update["published"] = published
    return article.model_copy(update=update)


def discover(paths: list[Path]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Input files, manifests found beside them, and problems (missing paths, loops) under `paths`."""
    files: list[Path] = []
    manifests: list[Path] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()
    for root in paths:
        if not root.exists():
            problems.append(Problem(where=str(root), reason="no such file or folder"))
            continue
        if root.is_file():
            files.append(root)
            continue
        if not root.is_dir():
            problems.append(Problem(where=str(root), reason="not a regular file or folder (a FIFO, socket or device); skipped"))
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            try:
                st = os.stat(dirpath)
            except OSError as exc:
                problems.append(Problem(where=dirpath, reason=f"cannot read folder ({exc.strerror})"))
                dirnames[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen:
                problems.append(Problem(where=dirpath, reason="symlink loop or repeated folder; skipped"))
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                suffix = p.suffix.lower()
                if name.startswith("."):
                    continue
                if p.stem.lower() in MANIFEST_STEMS and suffix in RECORD_SUFFIXES:
                    manifests.append(p)
                elif suffix in TEXT_SUFFIXES | RECORD_SUFFIXES:
                    files.append(p)
                else:
                    problems.append(Problem(where=str(p), reason=f"unsupported file type '{suffix or name}'; skipped"))
    return files, manifests, problems
