"""The `briefing` command: a thin typer layer over briefing.Corpus. Heavy imports happen inside commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from .render import terminal_line, terminal_text

if TYPE_CHECKING:
    from .corpus import Corpus
    from .types import Answer, Brief, IngestReport, Problem

app = typer.Typer(
    name="briefing",
    help="Turn a pile of news articles into cited situation briefs. Every citation is checked against a verbatim quote.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOpt = Annotated[Optional[Path], typer.Option("--store", help="Store folder (default ./vectorstore; env BRIEFING_STORE__PATH).", show_default=False)]
CorpusOpt = Annotated[Optional[str], typer.Option("--corpus", help="Corpus name (env BRIEFING_STORE__CORPUS).", show_default=False)]
ChromaOpt = Annotated[Optional[str], typer.Option("--chroma-url", help="Chroma server URL, e.g. http://127.0.0.1:8000 (env BRIEFING_STORE__CHROMA_URL).", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")]
SourceOpt = Annotated[Optional[list[str]], typer.Option("--source", help="Only this outlet (repeatable).", show_default=False)]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Only articles published on or after this date.", show_default=False)]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Only articles published on or before this date.", show_default=False)]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("briefing")
        except PackageNotFoundError:  # run from a source tree that is not installed
            from . import __version__ as v
        sys.stdout.write(f"briefing {v}\n")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True)] = False,
) -> None:
    """Turn a pile of news articles into cited situation briefs. Every citation is checked against a verbatim quote."""


def _err(message: str) -> None:
    from rich.console import Console
    from rich.text import Text


    Console(stderr=True, highlight=False).print(Text.assemble(("error:", "red"), " ", terminal_text(message)), soft_wrap=True)


def _safe(text: object) -> str:
    """Text from an article, a file name or a record for a rich console with markup on: no escape sequence, no markup."""
    from rich.markup import escape


    return escape(terminal_line(str(text)))


def _corpus(store: Path | None, corpus: str | None, chroma_url: str | None) -> Corpus:
    return _run(lambda: _make_corpus(store, corpus, chroma_url))  # type: ignore[no-any-return]


def _make_corpus(store: Path | None, corpus: str | None, chroma_url: str | None) -> Corpus:
    from .corpus import Corpus
    from .settings import load_settings

    settings = load_settings()
    if store is not None:
        settings.store.path = store
    if corpus is not None:
        settings.store.corpus = corpus
    if chroma_url is not None:
        settings.store.chroma_url = chroma_url
    return Corpus(settings)


def _run(fn: Any) -> Any:
    """Call fn, turning briefing errors into a message on stderr and exit status 1."""
    from .errors import BriefingError

    try:
        return fn()
    except BriefingError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None


def _filters(source: list[str] | None, since: str | None, until: str | None) -> Any:
    from .retrieve import Filters

    _check_args(*(source or ()), since, until)
    return Filters(sources=tuple(source or ()), since=since, until=until)


def _check_args(*values: str | None) -> None:
    """Exit 2 (a usage error) when an argument holds bytes the shell could not decode."""
    from .corpus import check_text
    from .errors import InputError

    try:
        for v in values:
            if v:
                check_text(v, "an argument")
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


def _print_json(data: Any) -> None:
    from .render import plain_data

    sys.stdout.write(json.dumps(plain_data(data), ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .md .html .csv .jsonl .json")],
    id_field: Annotated[Optional[str], typer.Option(help="Record field holding the document id (default: id or doc_id when present, else FILE-N).")] = None,
    text_field: Annotated[str, typer.Option(help="Record field holding the article text.")] = "text",
    title_field: Annotated[str, typer.Option(help="Record field holding the title.")] = "title",
    date_field: Annotated[str, typer.Option(help="Record field holding the publication date.")] = "date",
    source_field: Annotated[str, typer.Option(help="Record field holding the outlet.")] = "source",
    url_field: Annotated[str, typer.Option(help="Record field holding the URL.")] = "url",
    manifest: Annotated[Optional[Path], typer.Option(help="CSV/JSONL/JSON of metadata keyed by doc_id (manifest.* files in folders are read too).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove stored documents whose files (or records) are gone.")] = False,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Read, clean, chunk and embed articles into the store. Re-running adds only what changed."""
    from rich.console import Console

    from .errors import BriefingError
    from .reader import FieldMap

    fields = FieldMap(id=id_field, text=text_field, title=title_field, date=date_field, source=source_field, url=url_field)
    c = _corpus(store, corpus, chroma_url)
    console = Console(stderr=True)
    committed = {"write": 0}
    with _IngestProgress(console) as progress:

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage == "write":
                committed["write"] = done
            progress(stage, done, total)

        try:
            report = c.ingest(paths, fields=fields, manifest=manifest, prune=prune, progress=on_progress)
        except BriefingError as exc:
            _err(str(exc))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _err(f"interrupted: {_plural(committed['write'], 'document')} committed; re-run the same command to finish")
            raise typer.Exit(130) from None
    for line in _problem_lines(report.problems):
        console.print(terminal_line(line), highlight=False, soft_wrap=True, markup=False)
    for doc_id, dup in report.duplicates:
        console.print(f"duplicate: {terminal_line(doc_id)} repeats {terminal_line(dup)}", highlight=False, markup=False)
    console.print(ingest_summary(report, prune), highlight=False, markup=False)
    if as_json:
        _print_json(report.model_dump())
    if report.skipped:
        raise typer.Exit(2)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def ingest_summary(report: IngestReport, prune: bool = False) -> str:
    """One short line: counts that happened (skipped always), chunks, duplicates, seconds; no empty parts."""
    docs = [f"{n} {label}" for label, n in (("new", report.new), ("updated", report.updated), ("unchanged", report.unchanged)) if n]
    docs.append(f"{report.skipped} skipped")
    if prune:
        docs.append(f"{report.pruned} pruned")
    parts = ["documents: " + ", ".join(docs), _plural(report.chunks, "chunk")]
    if report.duplicates:
        parts.append(_plural(len(report.duplicates), "duplicate"))
    parts.append(f"{report.seconds:.1f} s")
    return "; ".join(parts)


def _problem_lines(problems: list[Problem]) -> list[str]:
    """'skip' for inputs left out, 'note' for the rest; one line per file for a reason every record of it shares."""
    import re

    from .ingest import counts_as_skip

    groups: dict[tuple[str, str, bool], list[str]] = {}
    for p in problems:
        m = re.fullmatch(r"(.*):(\d+)", p.where)
        file, line = (m.group(1), m.group(2)) if m else (p.where, "")
        groups.setdefault((file, p.reason, counts_as_skip(p)), []).append(line)
    out = []
    for (file, reason, skip), lines in groups.items():
        label = "skip" if skip else "note"
        numbered = [x for x in lines if x]
        if len(numbered) > 1:
            shown = ", ".join(numbered[:3]) + (f" … {numbered[-1]}" if len(numbered) > 3 else "")
            out.append(f"{label} {file} ({len(numbered)} records, lines {shown}): {reason}")
        else:
            out.append(f"{label} {file}{':' + lines[0] if lines[0] else ''}: {reason}")
    return out


class _IngestProgress:
    """A bar per ingest stage with counts, rate and time left, on stderr; drawn only on a terminal."""

    LABELS = {"read": "reading files", "clean": "cleaning", "chunk": "chunking", "embed": "embedding chunks", "write": "committing documents", "index": "indexing (BM25)"}

    def __init__(self, console: Any) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console, transient=True)
        self.tasks: dict[str, Any] = {}
        self.records = False

    def __enter__(self) -> Any:
        if self.bar.console.is_terminal:  # elsewhere (a pipe, a log file) rich would print only a blank line
            self.bar.__enter__()
        return self.update

    def __exit__(self, *exc: Any) -> None:
        if self.bar.live.is_started:
            self.bar.__exit__(*exc)

    def update(self, stage: str, done: int, total: int) -> None:
        if stage == "read" and not total:
            self.records = True  # record files: the count is of records, the total is known only at the end
        label = "reading records" if stage == "read" and self.records else self.LABELS.get(stage, stage)
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(label, total=total or None)
        self.bar.update(self.tasks[stage], completed=done, total=total or None, description=label)


def _render_answer(a: Answer, streamed: bool) -> None:
    from rich.console import Console

    from .render import terminal_answer, terminal_sources

    out = Console(highlight=False, soft_wrap=True)
    text = ("\n" + terminal_sources(a.citations) if a.citations else "") if streamed else terminal_answer(a)
    for note in a.notes:
        Console(stderr=True).print(f"[yellow]note:[/yellow] {_safe(note)}", highlight=False)
    if text:
        out.print(text, markup=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question.")],
    source: SourceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question with cited, checked sentences (or say the store cannot answer it)."""
    _check_args(question)
    c = _corpus(store, corpus, chroma_url)
    streamed = False

    def on_sentence(text: str) -> None:
        nonlocal streamed
        streamed = True

        sys.stdout.write(terminal_text(text) + " ")
        sys.stdout.flush()

    live = None if as_json or c.settings.generator_name() == "extractive" else on_sentence
    a = _run(lambda: c.ask(question, filters=_filters(source, since, until), on_sentence=live))
    if as_json:
        _print_json(a.model_dump())
        return
    if streamed:
        sys.stdout.write("\n")
    _render_answer(a, streamed)


@app.command()
def brief(
    topic: Annotated[str, typer.Argument(help="What the brief is about.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the brief to this file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md or json, for -o FILE or stdout.")] = "md",
    source: SourceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write a Markdown situation brief: bottom line, actors, timeline, uncertain reports, sources."""
    if fmt not in {"md", "json"}:
        _err(f"--format must be md or json, not '{fmt}'")
        raise typer.Exit(2)
    _check_args(topic)
    c = _corpus(store, corpus, chroma_url)
    b: Brief = _run(lambda: c.brief(topic, filters=_filters(source, since, until)))
    from .render import plain_data

    if output is not None:
        text = b.markdown if fmt == "md" else json.dumps(plain_data(b.model_dump()), ensure_ascii=False, indent=2) + "\n"
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _err(f"cannot write {output}: {exc.strerror}")
            raise typer.Exit(1) from None
        sys.stderr.write(f"wrote {output} ({len(b.sentences)} checked sentences, {len(b.citations)} citations)\n")
    if as_json:
        _print_json(b.model_dump())
    elif output is None:
        sys.stdout.write(terminal_text(b.markdown) if fmt == "md" else json.dumps(b.model_dump(), ensure_ascii=False, indent=2) + "\n")
    for note in b.notes:
        sys.stderr.write(f"note: {terminal_text(note)}\n")


@app.command()
def sources(store: StoreOpt = None, corpus: CorpusOpt = None, chroma_url: ChromaOpt = None, as_json: JsonOpt = False) -> None:
    """List stored documents with their chunk counts and duplicates."""
    c = _corpus(store, corpus, chroma_url)
    docs = _run(c.sources)
    if as_json:
        _print_json({"corpus": c.settings.store.corpus, "documents": [d.model_dump() for d in docs], "chunks": sum(d.chunks for d in docs)})
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text


    console = Console()
    id_width = max([len("doc id")] + [len(d.doc_id) for d in docs])
    dup_width = max([len("duplicate of")] + [len(d.duplicate_of or "") for d in docs])
    table_min = id_width + dup_width + len("YYYY-MM-DD") + len("chunks") + 40 + 19  # 40: title and source; 19: borders and padding
    if console.width < table_min:
        # Too narrow for a table that keeps ids whole: one document per line; ids are what `show` takes.
        console.print(f"corpus '{terminal_line(c.settings.store.corpus)}': {len(docs)} documents", markup=False, highlight=False)
        for d in docs:
            extra = " · ".join(x for x in [d.source, d.published, f"{d.chunks} chunks", f"duplicate of {d.duplicate_of}" if d.duplicate_of else None] if x)
            console.print(terminal_line(d.doc_id), markup=False, highlight=False, soft_wrap=True)
            console.print(terminal_line(f"  {d.title or ''} ({extra})"), markup=False, highlight=False)
        return
    table = Table(title=Text(f"corpus '{terminal_line(c.settings.store.corpus)}': {len(docs)} documents"))
    table.add_column("doc id", no_wrap=True, min_width=id_width)
    free = console.width - (table_min - 40)
    table.add_column("title", no_wrap=True, overflow="ellipsis", width=free * 3 // 4)
    table.add_column("source", no_wrap=True, overflow="ellipsis", width=free - free * 3 // 4)
    table.add_column("published", no_wrap=True)
    table.add_column("chunks", no_wrap=True, justify="right")
    table.add_column("duplicate of", no_wrap=True, min_width=dup_width)
    for d in docs:
        table.add_row(*(Text(terminal_line(x)) for x in [d.doc_id, d.title or "", d.source or "", d.published or "", str(d.chunks), d.duplicate_of or ""]))
    console.print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (see 'briefing sources').")],
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a document's metadata, original text and chunks."""
    _check_args(doc_id)
    c = _corpus(store, corpus, chroma_url)
    doc, original, chunks = _run(lambda: c.show(doc_id))
    if as_json:
        _print_json({"document": doc.model_dump(), "text": original, "chunks": [ch.model_dump() for ch in chunks]})
        return
    from .render import plain_data, terminal_line, terminal_text

    sys.stdout.write(json.dumps(plain_data(doc.model_dump()), ensure_ascii=False, indent=2) + "\n\n" + terminal_text(original).rstrip() + "\n")
    sys.stdout.write(f"\n{len(chunks)} chunks: " + ", ".join(f"{terminal_line(ch.chunk_id)} ({ch.tokens} tokens)" for ch in chunks) + "\n")


@app.command()
def reset(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
) -> None:
    """Delete the corpus (its chunks, documents and lexical index) from the store."""
    c = _corpus(store, corpus, chroma_url)
    if not yes and not typer.confirm(f"Delete corpus '{c.settings.store.corpus}' from {c.settings.store.chroma_url or c.settings.store.path}?"):
        raise typer.Exit(1)
    _run(c.reset)
    sys.stderr.write(f"corpus '{c.settings.store.corpus}' deleted\n")


@app.command()
def doctor(
    check_only: Annotated[bool, typer.Option("--check", help="Only report; change nothing.")] = False,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check the store (orphan chunks, incomplete documents, lexical index) and repair it."""
    c = _corpus(store, corpus, chroma_url)
    report = _run(lambda: c.doctor(repair=not check_only))
    if as_json:
        _print_json(report)
    else:
        for k, v in report.items():
            sys.stdout.write(f"{k}: {v}\n")
    if not report["ok"] and not report["repaired"]:
        raise typer.Exit(3)


@app.command("eval")
def eval_(
    questions: Annotated[Path, typer.Argument(help='JSON Lines, one question a line (see the example above); benchmarks/questions/dev.jsonl is the dev set.')],
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score a question set: retrieval recall@k/MRR, facts, citations (hit, precision, ALCE), quotes, refusals.

    Each line of QUESTIONS is one JSON object: facts are regular expressions the answer must match, docs are prefixes of the doc ids that support it, answerable false means the right output is a refusal. For example:

    {"id": "q1", "question": "Who chairs the harbour council?", "answerable": true, "facts": \\["Jane Doe"], "docs": \\["004"]}

    The dev set: briefing ingest examples/articles && briefing eval benchmarks/questions/dev.jsonl
    """
    from .evaluate import evaluate, load_questions

    c = _corpus(store, corpus, chroma_url)
    qs = _run(lambda: load_questions(questions))
    report = _run(lambda: evaluate(c, qs, progress=lambda n, total: sys.stderr.write(f"\r{n}/{total}") if not as_json else None))
    sys.stderr.write("\n")
    if as_json:
        _print_json(report.model_dump())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "s", "gold rank", "facts", "cites (gold)", "quotes ok", "supported", "refused")
    for r in report.results:
        facts = "—" if r.facts_ok is None else ("yes" if r.facts_ok else "NO")
        table.add_row(r.id, f"{r.seconds:.2f}", str(r.gold_rank or "—"), facts, f"{r.citations} ({r.gold_citations})", str(r.quotes_ok), f"{r.sentences_supported}/{r.sentences}", "yes" if r.insufficient_evidence else "")
    console = Console()
    console.print(table)
    summary = report.model_dump(exclude={"results"})
    console.print(json.dumps(summary), markup=False, highlight=False, soft_wrap=True)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to bind (default 127.0.0.1; others need BRIEFING_API_KEY).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default 8765).")] = None,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
) -> None:
    """Serve the HTTP API and an OpenAI-compatible /v1/chat/completions endpoint."""
    from .server import serve as run_server

    c = _corpus(store, corpus, chroma_url)
    h = host or c.settings.serve.host
    p = port if port is not None else c.settings.serve.port
    sys.stderr.write(f"briefing serving corpus '{c.settings.store.corpus}' on http://{h}:{p} (OpenAI base URL http://{h}:{p}/v1, docs /docs)\n")
    _run(lambda: run_server(c, h, p))


@app.command()
def mcp(
    http: Annotated[bool, typer.Option("--http", help="Streamable HTTP instead of stdio.")] = False,
    host: Annotated[str, typer.Option(help="Address for --http.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for --http.")] = 8766,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
) -> None:
    """Run the MCP server (tools: search_articles, ask, write_brief, list_sources; briefs as resources)."""
    from .mcp import run as run_mcp

    c = _corpus(store, corpus, chroma_url)
    _run(lambda: run_mcp(c, http=http, host=host, port=port))


# ---- briefing check: the claim verifier (self-contained block) ----------------------------------


def _check_lines(path: Path) -> list[tuple[int, dict[str, Any] | str]]:
    """JSONL records {"claim": str, "doc_ids": [str]}; a bad line becomes its error message."""
    out: list[tuple[int, dict[str, Any] | str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        from .errors import InputError

        raise InputError(f"cannot read {path}: {exc}; give a UTF-8 JSONL file") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((n, f"{path}:{n}: not JSON ({exc.msg}); each line must be an object like {{\"claim\": \"...\", \"doc_ids\": [\"...\"]}}"))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("claim"), str) or not rec["claim"].strip():
            out.append((n, f"{path}:{n}: needs a non-empty string field \"claim\""))
            continue
        ids = rec.get("doc_ids")
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            out.append((n, f"{path}:{n}: \"doc_ids\" must be a list of document ids (strings)"))
            continue
        out.append((n, rec))
    return out


@app.command()
def check(
    claim: Annotated[Optional[str], typer.Argument(help="The sentence to check.", show_default=False)] = None,
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Check against this document (repeatable); default: search the corpus.", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="JSONL of {\"claim\": ..., \"doc_ids\": [...]}, one verdict line out per line in.", show_default=False)] = None,
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a claim against the stored articles: supported, partial, unsupported or contradicted, with quotes and reasons."""
    from .errors import BriefingError

    if (claim is None) == (file is None):
        _err("give either a CLAIM or --file CLAIMS.jsonl")
        raise typer.Exit(1)
    c = _corpus(store, corpus, chroma_url)
    if file is None:
        v = _run(lambda: c.check(claim or "", doc_ids=doc))
        if as_json:
            _print_json(v.model_dump())
            return
        sys.stdout.write(f"{v.verdict} (judge: {v.judge})\n")
        for r in v.reasons:
            sys.stdout.write(f"  - {r}\n")
        for q in v.quotes:
            sys.stdout.write(f"  “{q.quote}” ({q.doc_id})\n")
        return
    bad = 0
    for n, rec in _run(lambda: _check_lines(file)):
        if isinstance(rec, str):
            bad += 1
            _err(rec)
            sys.stdout.write(json.dumps({"line": n, "error": rec}, ensure_ascii=False) + "\n")
            continue
        try:
            v = c.check(rec["claim"], doc_ids=rec.get("doc_ids") or doc)
        except BriefingError as exc:
            bad += 1
            _err(f"{file}:{n}: {exc}")
            sys.stdout.write(json.dumps({"line": n, "error": f"{file}:{n}: {exc}"}, ensure_ascii=False) + "\n")
            continue
        out = v.model_dump()
        sys.stdout.write((json.dumps(out, ensure_ascii=False) if as_json else f"{n}\t{v.verdict}\t{v.claim}") + "\n")
        sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point."""
    import os

    # Chroma and onnxruntime are chatty on import; keep stdout clean for --json.
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    app()
