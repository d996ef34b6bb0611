"""The `llm` plugin with the real llm package in process: its CLI (CliRunner), plugin manager, fragments and tool chains."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llm
import pytest
from click.testing import CliRunner
from llm.cli import cli as llm_cli
from typer.testing import CliRunner as TyperRunner

from briefing import Corpus, render
from briefing.cli import app as briefing_app

from .conftest import TOPIC
from .openai_stub import OpenAIStub

QUESTION = "Who replaced the commander of Russian forces in Syria?"
UNANSWERABLE = "What did the Brazilian minister say?"


@pytest.fixture(autouse=True)
def _llm_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, example_store: Path) -> Path:
    """llm keeps its logs and config under tmp_path; briefing's settings point at the example store."""
    home = tmp_path / "llm-home"
    home.mkdir()
    monkeypatch.setenv("LLM_USER_PATH", str(home))
    monkeypatch.setenv("BRIEFING_STORE__PATH", str(example_store))
    return home


def _llm(*args: str) -> str:
    result = CliRunner().invoke(llm_cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _briefing(*args: str) -> str:
    result = TyperRunner().invoke(briefing_app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_llm_plugins_lists_briefing_with_every_hook() -> None:
    plugins = {p["name"]: p for p in json.loads(_llm("plugins"))}
    assert set(plugins["briefing"]["hooks"]) == {"register_models", "register_commands", "register_fragment_loaders", "register_tools"}
    models = _llm("models")
    assert "briefing\n" in models and "briefing-brief" in models


@pytest.mark.parametrize("question", [QUESTION, UNANSWERABLE])
def test_llm_model_prints_what_briefing_ask_prints(question: str) -> None:
    via_llm = _llm("-m", "briefing", question)
    via_cli = _briefing("ask", question)
    assert via_llm == via_cli
    assert ("Sources:" in via_llm) == (question == QUESTION)


def test_model_streams_sentences_and_logs_the_citations(corpus: Corpus) -> None:
    question = "What did Russia and Iran do to support the government?"
    direct = corpus.ask(question)
    assert len(direct.sentences) >= 2, "the question must give a multi-sentence answer for this test to mean anything"
    response = llm.get_model("briefing").prompt(question)
    chunks = list(response)
    assert len(chunks) >= len(direct.sentences)  # one chunk per verified sentence, then the sources
    assert "".join(chunks[: len(direct.sentences)]) == direct.answer
    assert response.response_json["citations"] == [c.model_dump() for c in direct.citations]


def test_store_and_corpus_options_override_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, example_store: Path) -> None:
    monkeypatch.setenv("BRIEFING_STORE__PATH", str(tmp_path / "empty"))
    empty = CliRunner().invoke(llm_cli, ["-m", "briefing", QUESTION])
    assert empty.exit_code != 0 and "is empty: run `briefing ingest PATH`" in empty.output and "Sources:" not in empty.output
    full = _llm("-m", "briefing", QUESTION, "-o", "store", str(example_store), "-o", "corpus", "default")
    assert "Chaiko" in full and "Sources:" in full
    other = CliRunner().invoke(llm_cli, ["-m", "briefing", QUESTION, "-o", "store", str(example_store), "-o", "corpus", "nothing-here"])
    assert "Chaiko" not in other.output


def test_brief_model_prints_the_markdown_brief(corpus: Corpus) -> None:
    out = _llm("-m", "briefing-brief", TOPIC)
    assert out == corpus.brief(TOPIC).markdown.rstrip("\n") + "\n"
    assert out.startswith("# Brief: ") and "## Sources" in out


def test_llm_briefing_commands_are_the_briefing_cli(tmp_path: Path) -> None:
    assert json.loads(_llm("briefing", "sources", "--json")) == json.loads(_briefing("sources", "--json"))
    assert _llm("briefing", "ask", QUESTION) == _briefing("ask", QUESTION)
    store = tmp_path / "fresh"
    articles = Path(__file__).resolve().parents[1] / "examples" / "articles"
    report = json.loads(_llm("briefing", "ingest", str(articles), "--store", str(store), "--json"))
    assert report["new"] == 5
    assert "# Brief: " in _llm("briefing", "brief", TOPIC, "--store", str(store))


def test_fragments_give_any_model_the_verbatim_evidence(_llm_home: Path, corpus: Corpus) -> None:
    query = "Chinese embassy security alert"
    with OpenAIStub(default="The embassy told citizens to leave.") as stub:
        (_llm_home / "extra-openai-models.yaml").write_text(f"- model_id: stub\n  model_name: stub\n  api_base: {stub.base_url}\n")
        out = _llm("-m", "stub", "-f", f"briefing:{query}", "What did the embassy say?", "--no-stream")
        assert out.strip() == "The embassy told citizens to leave."
        sent = " ".join(m["content"] if isinstance(m["content"], str) else json.dumps(m["content"]) for m in stub.requests[0]["messages"])
    evidence = corpus.search(query)
    assert evidence
    for e in evidence:
        d = render.evidence_dict(e, corpus.store)
        assert f"doc {d['doc_id']}" in sent and (d["source"] or "") in sent and (d["published"] or "") in sent
        assert " ".join(d["quote"].split()) in sent
    shown = _llm("fragments", "show", f"briefing:{query}")
    for block in shown.split("\n\n"):
        body = block.strip().split("\n", 1)[-1].strip("“”")
        assert body and body in " ".join((corpus.store.original(block.split()[1]) or "").split())


class _ScriptedToolCaller(llm.Model):
    """A tool-calling model scripted in process: first asks for Briefing_search, then echoes what the tool returned."""

    model_id = "scripted-tool-caller"
    supports_tools = True

    def execute(self, prompt: llm.Prompt, stream: bool, response: llm.Response, conversation: Any) -> Iterator[str]:
        if prompt.tool_results:
            yield "TOOL SAID: " + prompt.tool_results[0].output
            return
        response.add_tool_call(llm.ToolCall(name="Briefing_search", arguments={"query": prompt.prompt, "k": 3}))
        yield ""


class _TestPlugin:
    @llm.hookimpl
    def register_models(self, register: Any) -> None:
        register(_ScriptedToolCaller())


def test_toolbox_runs_in_an_llm_tool_chain(corpus: Corpus, example_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = _llm("tools", "list")
    for name in ("Briefing_search", "Briefing_ask", "Briefing_brief"):
        assert name in listing
    plugin = _TestPlugin()
    llm.pm.register(plugin, name="test-tool-caller")
    try:
        monkeypatch.setenv("BRIEFING_STORE__PATH", str(tmp_path / "empty"))  # the toolbox's own store argument wins
        out = _llm("-m", "scripted-tool-caller", "-T", f'Briefing(store="{example_store}")', "Chinese embassy security alert")
    finally:
        llm.pm.unregister(plugin)
    found = json.loads(out.split("TOOL SAID: ", 1)[1])
    expected = corpus.search("Chinese embassy security alert", k=3)
    assert [f["chunk_id"] for f in found] == [e.chunk.chunk_id for e in expected]
    for f in found:
        assert f["quote"] and " ".join(f["quote"].split()) in " ".join((corpus.store.original(f["doc_id"]) or "").split())
