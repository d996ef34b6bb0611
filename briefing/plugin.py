"""A plugin for simonw's `llm` CLI: briefing's checked answers and briefs as models, commands, fragments and tools.

Installed with `pip install -e ".[llm]"` (entry point group `llm`):

    llm -m briefing "Who backs the government?"          # the checked answer, streamed, with [n] sources
    llm -m briefing-brief "the ceasefire" -o corpus fakes  # a Markdown brief
    llm briefing ingest examples/articles                 # the briefing CLI under `llm briefing`
    llm -m gpt-4o-mini -f briefing:"the ceasefire" "What do the sources say?"   # evidence as fragments
    llm -m gpt-4o-mini -T Briefing "Who backs the government?"                 # search/ask/brief as tools

Store and corpus come from briefing's settings (BRIEFING_* variables), overridden by
`-o store PATH -o corpus NAME` on the models and by `Briefing(store=..., corpus=...)` on the toolbox.
Every hook calls the same Corpus methods as the CLI; this module only renders what they return.
"""
from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import llm
from pydantic import Field

from . import render
from .corpus import Corpus
from .errors import BriefingError
from .settings import load_settings
from .types import Answer, Evidence

FRAGMENT_K = 8  # evidence chunks a `briefing:` fragment loader returns: the retrieval default, enough for a model to answer from
_corpora: dict[tuple[str, str, str], Corpus] = {}
_corpora_lock = threading.Lock()


def open_corpus(store: str | Path | None = None, corpus: str | None = None) -> Corpus:
    """The Corpus the settings name, with the store path and corpus name overridden when given (one per store+corpus, kept warm)."""
    settings = load_settings()
    if store:
        settings.store.path = Path(store).expanduser()
    if corpus:
        settings.store.corpus = corpus
    key = (str(settings.store.path.resolve()), settings.store.corpus, settings.store.chroma_url or "")
    with _corpora_lock:
        if key not in _corpora:
            _corpora[key] = Corpus(settings)
        return _corpora[key]


def answer_text(a: Answer) -> str:
    """The answer as `briefing ask` prints it: the sentences with [n] markers, then the numbered sources with quotes."""
    sources = render.sources_plain(a.citations)
    return a.answer + ("\n" + sources if sources else "")


class _Options(llm.Options):
    store: str | None = Field(default=None, description="Store folder (default: BRIEFING_STORE__PATH or ./vectorstore).")
    corpus: str | None = Field(default=None, description="Corpus name (default: BRIEFING_STORE__CORPUS or 'default').")


def _query(prompt: llm.Prompt) -> str:
    text = (prompt.prompt or "").strip()
    if not text:
        raise llm.ModelError("give the question (or topic) as the prompt")
    return text


class BriefingModel(llm.Model):
    """`llm -m briefing QUESTION`: briefing's checked, cited answer, streamed sentence by sentence."""

    model_id = "briefing"
    can_stream = True

    class Options(_Options):
        pass

    def execute(self, prompt: llm.Prompt, stream: bool, response: llm.Response, conversation: llm.Conversation | None) -> Iterator[str]:
        question = _query(prompt)
        c = _model_corpus(prompt)
        result: dict[str, Any] = {}
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()

        def work() -> None:
            try:
                result["answer"] = c.ask(question, on_sentence=lambda s: pieces.put(("sentence", s)))
            except BriefingError as exc:
                result["error"] = exc
            finally:
                pieces.put(("end", None))

        # The library calls back from inside ask(); a worker thread turns those calls into this generator's chunks.
        threading.Thread(target=work, daemon=True, name="briefing-ask").start()
        sent = False
        while True:
            kind, value = pieces.get()
            if kind == "end":
                break
            yield (" " if sent else "") + value
            sent = True
        if "error" in result:
            raise llm.ModelError(str(result["error"]))
        a: Answer = result["answer"]
        if not sent:
            yield a.answer
        sources = render.sources_plain(a.citations)
        if sources:
            yield "\n" + sources
        response.response_json = render.answer_dict(a)


class BriefingBriefModel(llm.Model):
    """`llm -m briefing-brief TOPIC`: a Markdown situation brief; every sentence cited and checked."""

    model_id = "briefing-brief"
    can_stream = False

    class Options(_Options):
        pass

    def execute(self, prompt: llm.Prompt, stream: bool, response: llm.Response, conversation: llm.Conversation | None) -> Iterator[str]:
        topic = _query(prompt)
        try:
            b = _model_corpus(prompt).brief(topic)
        except BriefingError as exc:
            raise llm.ModelError(str(exc)) from None
        response.response_json = render.brief_dict(b)
        yield b.markdown.rstrip("\n")


def _model_corpus(prompt: llm.Prompt) -> Corpus:
    opts = prompt.options
    try:
        return open_corpus(getattr(opts, "store", None), getattr(opts, "corpus", None))
    except BriefingError as exc:
        raise llm.ModelError(str(exc)) from None


def evidence_fragment(e: Evidence, c: Corpus) -> llm.Fragment:
    """One retrieved chunk as a fragment: a header with doc id, outlet, date and title, then the verbatim quote."""
    chunk_id = e.chunk.chunk_id
    return llm.Fragment(render.evidence_plain(e, c.store), source=f"briefing:{c.settings.store.corpus}/{chunk_id}")


def load_fragments(argument: str) -> list[llm.Fragment]:
    """`-f briefing:QUERY`: the evidence briefing retrieves for QUERY, one fragment per chunk."""
    query = argument.strip()
    if not query:
        raise ValueError("briefing: needs a query, e.g. -f 'briefing:who backs the government'")
    try:
        c = open_corpus()
        evidence = c.search(query, k=FRAGMENT_K)
        return [evidence_fragment(e, c) for e in evidence]
    except BriefingError as exc:
        raise ValueError(f"briefing:{query}: {exc}") from None


class Briefing(llm.Toolbox):
    """Search a corpus of news articles and get cited, checked answers and briefs."""

    def __init__(self, store: str | None = None, corpus: str | None = None) -> None:
        self._store = store
        self._corpus_name = corpus

    def _c(self) -> Corpus:
        return open_corpus(self._store, self._corpus_name)

    def search(self, query: str, k: int = 5) -> str:
        """Find evidence in the stored articles: a JSON list of {doc_id, title, source, published, url, quote} (quotes are verbatim)."""
        c = self._c()
        rows = [render.evidence_dict(e, c.store) for e in c.search(query, k=k)]
        keep = ("doc_id", "chunk_id", "title", "source", "published", "url", "quote")
        return json.dumps([{k2: r[k2] for k2 in keep} for r in rows], ensure_ascii=False)

    def ask(self, question: str) -> str:
        """A checked answer with [n] citation markers and the numbered sources with verbatim quotes (or a statement that the articles do not answer it)."""
        return answer_text(self._c().ask(question))

    def brief(self, topic: str) -> str:
        """A Markdown situation brief on a topic: bottom line, actors, timeline, uncertain reports, sources; every sentence cited."""
        return self._c().brief(topic).markdown


@llm.hookimpl
def register_models(register: Any) -> None:
    register(BriefingModel())
    register(BriefingBriefModel())


@llm.hookimpl
def register_commands(cli: click.Group) -> None:
    import typer

    from .cli import app

    group = typer.main.get_command(app)
    group.help = "briefing: cited situation briefs from news articles (the briefing CLI: ingest, ask, brief, sources, ...)."
    cli.add_command(group, name="briefing")


@llm.hookimpl
def register_fragment_loaders(register: Any) -> None:
    register("briefing", load_fragments)


@llm.hookimpl
def register_tools(register: Any) -> None:
    register(Briefing)
