"""The `briefing` command: a thin typer layer over briefing.Corpus. Heavy imports happen inside commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from .corpus import Corpus
    from .types import Answer, Brief

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


def _err(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)


def _corpus(store: Path | None, corpus: str | None, chroma_url: str | None) -> Corpus:
    return _run(lambda: _make_corpus(store, corpus, chroma_url))  # type: ignore[no-any-return]


def _make_corpus(store: Path | None, corpus: str | None, chroma_url: str | None) -> Corpus:
    from pydantic import ValidationError

    from .corpus import Corpus
    from .errors import ConfigError
    from .settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "BRIEFING_" + "__".join(str(p).upper() for p in first["loc"])
        raise ConfigError(f"invalid setting {name}: {first['msg']}; fix or unset the variable") from None
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

    return Filters(sources=tuple(source or ()), since=since, until=until)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .reader import FieldMap

    fields = FieldMap(id=id_field, text=text_field, title=title_field, date=date_field, source=source_field, url=url_field)
    c = _corpus(store, corpus, chroma_url)
    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task({"read": "reading files", "embed": "embedding chunks"}.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = _run(lambda: c.ingest(paths, fields=fields, manifest=manifest, prune=prune, progress=progress))
    for p in report.problems:
        console.print(f"[yellow]skip[/yellow] {p.where}: {p.reason}" if not p.reason.startswith("warning") else f"[yellow]note[/yellow] {p.where}: {p.reason}", highlight=False, soft_wrap=True)
    for doc_id, dup in report.duplicates:
        console.print(f"duplicate: {doc_id} repeats {dup}", highlight=False)
    console.print(
        f"documents: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, {report.skipped} skipped"
        + (f", {report.pruned} pruned" if prune else "")
        + f"; {report.chunks} chunks; {len(report.duplicates)} duplicates; {report.seconds:.1f} s",
        highlight=False,
    )
    if as_json:
        _print_json(report.model_dump())
    if report.skipped:
        raise typer.Exit(2)


def _render_answer(a: Answer, streamed: bool) -> None:
    from rich.console import Console

    out = Console(highlight=False, soft_wrap=True)
    if not streamed:
        out.print(a.answer, markup=False)
    for note in a.notes:
        Console(stderr=True).print(f"[yellow]note:[/yellow] {note}", highlight=False)
    if a.citations:
        out.print("\nSources:", markup=False)
        for c in a.citations:
            meta = " — ".join(x for x in [c.title or c.doc_id, c.source, c.published] if x)
            out.print(f"[{c.id}] {meta} ({c.doc_id})\n    “{c.quote}”", markup=False)


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
    c = _corpus(store, corpus, chroma_url)
    streamed = False

    def on_sentence(text: str) -> None:
        nonlocal streamed
        streamed = True
        sys.stdout.write(text + " ")
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
    fmt: Annotated[str, typer.Option("--format", help="md or json (for -o).")] = "md",
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
    c = _corpus(store, corpus, chroma_url)
    b: Brief = _run(lambda: c.brief(topic, filters=_filters(source, since, until)))
    if output is not None:
        text = b.markdown if fmt == "md" else json.dumps(b.model_dump(), ensure_ascii=False, indent=2) + "\n"
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
        sys.stdout.write(b.markdown)
    for note in b.notes:
        sys.stderr.write(f"note: {note}\n")


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

    table = Table("doc id", "title", "source", "published", "chunks", "duplicate of", title=f"corpus '{c.settings.store.corpus}': {len(docs)} documents")
    for d in docs:
        table.add_row(d.doc_id, (d.title or "")[:60], d.source or "", d.published or "", str(d.chunks), d.duplicate_of or "")
    Console().print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (see 'briefing sources').")],
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a document's metadata, original text and chunks."""
    c = _corpus(store, corpus, chroma_url)
    doc, original, chunks = _run(lambda: c.show(doc_id))
    if as_json:
        _print_json({"document": doc.model_dump(), "text": original, "chunks": [ch.model_dump() for ch in chunks]})
        return
    sys.stdout.write(json.dumps(doc.model_dump(), ensure_ascii=False, indent=2) + "\n\n" + original.rstrip() + "\n")
    sys.stdout.write(f"\n{len(chunks)} chunks: " + ", ".join(f"{ch.chunk_id} ({ch.tokens} tokens)" for ch in chunks) + "\n")


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
    questions: Annotated[Path, typer.Argument(help='JSON Lines: {"id", "question", "answerable", "facts": [regex], "docs": [doc id prefix]}')],
    store: StoreOpt = None,
    corpus: CorpusOpt = None,
    chroma_url: ChromaOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score a question set: retrieval recall@k/MRR, facts, citations (hit, precision, ALCE), quotes, refusals."""
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
