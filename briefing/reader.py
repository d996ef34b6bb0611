"""Reading inputs: files and folders of .txt/.md/.html and record files (.csv/.jsonl/.json) into Articles.

Bad input never raises out of `read_paths`: it is reported as a Problem naming
the file (and record) and the reason, and reading goes on.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .dates import parse_date
from .errors import InputError
from .types import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
RECORD_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json"}
MANIFEST_STEMS = {"manifest", "metadata", "_manifest"}
MAX_RECORD_FILE_BYTES = 256 * 1024 * 1024  # a CSV/JSONL file of many articles
MAX_ARTICLE_CHARS = 5 * 1024 * 1024  # one article; longer is not an article but a dump


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
    if b"\x00" in raw[:8192]:
        raise InputError(f"{where}: binary file (NUL bytes); only text, HTML, CSV and JSON are read")
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
    printable = sum(c.isprintable() or c.isspace() for c in text) / max(1, len(text))
    if printable < 0.95:
        raise InputError(f"{where}: not text (undecodable bytes); convert it to UTF-8")
    return text, "not UTF-8: read as Windows-1252"


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
    import yaml

    try:
        meta = yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{where}: bad YAML front matter ({exc.__class__.__name__}); fix or remove it") from None
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
    if value is None:
        return None
    s = str(value).strip()
    return s or None


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
    yield Article(
        doc_id=_str(meta.get("id")) or path.stem,
        text=text,
        title=_str(meta.get("title")) or _first_line_title(text),
        source=_str(meta.get("source") or meta.get("outlet")),
        published=parse_date(meta.get("published") or meta.get("date")),
        url=_str(meta.get("url")),
        origin=str(path),
    )


def _rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(record number, record or error text) for CSV, JSON Lines and JSON arrays."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        reader = csv.DictReader(text.splitlines(keepends=True))
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
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield exc.lineno, f"line {exc.lineno}: malformed JSON ({exc.msg})"
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
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield i, f"line {i}: malformed JSON ({exc.msg})"
            continue
        yield i, rec if isinstance(rec, dict) else f"line {i}: not a JSON object"


def _records(path: Path, text: str, fields: FieldMap) -> Iterator[Article | Problem]:
    for n, rec in _rows(path, text):
        where = f"{path}:{n}"
        if isinstance(rec, str):
            yield Problem(where=f"{path}", reason=rec)
            continue
        if fields.text not in rec:
            yield Problem(where=where, reason=f"no '{fields.text}' field (fields: {', '.join(map(str, rec))}); pass --text-field")
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
            doc_id = _str(rec.get(id_field))
            if not doc_id:
                yield Problem(where=where, reason=f"no value in the id field '{id_field}'")
                continue
        else:
            doc_id = f"{path.stem}-{n}"
        yield Article(
            doc_id=doc_id,
            text=str(rec.get(fields.text)),
            title=_str(rec.get(fields.title)) if fields.title else None,
            source=_str(rec.get(fields.source)) if fields.source else None,
            published=parse_date(rec.get(fields.date)) if fields.date else None,
            url=_str(rec.get(fields.url)) if fields.url else None,
            origin=where,
        )


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
    for field, keys in {"title": ("title",), "source": ("source", "outlet"), "url": ("url",)}.items():
        for k in keys:
            if _str(rec.get(k)):
                update[field] = _str(rec.get(k))
                break
    published = parse_date(rec.get("published") or rec.get("date"))
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
