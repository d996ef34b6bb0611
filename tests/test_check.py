"""Corpus.check and `briefing check` on the example articles; the LLM judge against the scripted server."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefing import Corpus, Settings
from briefing.cli import app
from briefing.errors import BriefingError

from .openai_stub import OpenAIStub

DOC = "003_a564510a00329eea"  # Le Monde-style report: the army 'denied bombing civilians'
TRUE = "This Monday, the Syrian army, with its Russian ally, said it was targeting rebel hideouts and denied bombing civilians."


def test_check_against_a_document(corpus: Corpus) -> None:
    v = corpus.check(TRUE, doc_ids=[DOC])
    assert v.verdict == "supported" and v.judge == "rules" and v.quotes[0].doc_id == DOC
    assert " ".join(v.quotes[0].quote.split()) == TRUE
    v = corpus.check("The Syrian army bombed civilians.", doc_ids=[DOC])
    assert v.verdict == "contradicted" and any("negated" in r for r in v.reasons)


def test_check_searches_the_corpus_without_documents(corpus: Corpus) -> None:
    v = corpus.check("China supports the Syrian government's efforts to maintain national security and stability.")
    assert v.verdict == "supported" and v.quotes
    v = corpus.check("Brazil sent 4,000 troops to Aleppo.")
    assert v.verdict == "unsupported" and v.reasons


def test_check_names_an_unknown_document(corpus: Corpus) -> None:
    with pytest.raises(BriefingError, match="no document 'nope'"):
        corpus.check(TRUE, doc_ids=["nope"])
    with pytest.raises(BriefingError, match="empty"):
        corpus.check("  ")


def _cli(store: Path, *args: str) -> Any:
    return CliRunner().invoke(app, [*args, "--store", str(store)], catch_exceptions=False)


def test_cli_single_claim(example_store: Path) -> None:
    out = _cli(example_store, "check", TRUE, "--doc", DOC, "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert set(data) == {"claim", "verdict", "quotes", "reasons", "judge"}
    assert data["verdict"] == "supported" and data["quotes"][0]["doc_id"] == DOC
    out = _cli(example_store, "check", "The Syrian army bombed civilians.", "--doc", DOC)
    assert out.exit_code == 0 and out.stdout.startswith("contradicted")


def test_cli_batch_file_with_a_bad_line(example_store: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"claim": TRUE, "doc_ids": [DOC]}) + "\n"
        + "{not json\n"
        + json.dumps({"claim": "The Syrian army bombed civilians.", "doc_ids": [DOC]}) + "\n"
        + json.dumps({"claim": "Iran funds the rebels.", "doc_ids": ["missing-doc"]}) + "\n"
        + json.dumps({"text": "no claim field"}) + "\n"
    )
    out = _cli(example_store, "check", "--file", str(claims), "--json")
    assert out.exit_code == 1
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(lines) == 5
    assert lines[0]["verdict"] == "supported" and lines[2]["verdict"] == "contradicted"
    assert lines[1]["line"] == 2 and f"{claims}:2" in lines[1]["error"]
    assert lines[3]["line"] == 4 and "missing-doc" in lines[3]["error"]
    assert lines[4]["line"] == 5 and "claim" in lines[4]["error"]


def test_cli_needs_a_claim_or_a_file(example_store: Path) -> None:
    out = _cli(example_store, "check")
    assert out.exit_code == 1


def test_llm_judge_decides_when_configured(example_store: Path) -> None:
    paraphrase = "The Syrian army said it was going after rebel hideouts."

    def reply(req: dict[str, Any]) -> str:
        user = req["messages"][-1]["content"]
        assert paraphrase in user and "targeting rebel hideouts" in user
        return 'Here: {"verdict": "contradicted", "reason": "scripted: roles reversed"}'

    with OpenAIStub([reply, "no json at all"]) as stub:
        s = Settings(store={"path": example_store}, generate={"backend": "openai", "model": "judge", "base_url": stub.base_url, "api_key": "k", "max_retries": 0}, cite={"judge": "llm"})
        c = Corpus(s)
        v = c.check(paraphrase, doc_ids=[DOC])
        assert v.judge == "llm" and v.verdict == "contradicted" and v.reasons == ["scripted: roles reversed"]
        v = c.check(paraphrase, doc_ids=[DOC])  # an off-contract reply leaves the decision to the rules
        assert v.judge == "rules+model"  # the default decision: the rules, then the verdict model
        assert c.check(TRUE, doc_ids=[DOC]).judge == "rules"  # a verbatim sentence needs no model
    assert len(stub.requests) == 2


def test_a_claim_dated_by_its_report_month(corpus: Corpus) -> None:
    # The report (published 2024-12-02) dates the strikes 'on Monday' only: 'in December 2024' is its month,
    # another month is not stated anywhere, and the report's weekday is not lent to the event.
    claim = "Planes of the Syrian Air Force carried out strikes on rebel areas in northwestern Syria in {}."
    assert corpus.check(claim.format("December 2024"), doc_ids=[DOC]).verdict == "supported"
    assert corpus.check(claim.format("November 2024"), doc_ids=[DOC]).verdict != "supported"
    assert corpus.check(claim.format("December 2023"), doc_ids=[DOC]).verdict != "supported"


def test_report_month_in_words() -> None:
    from briefing.dates import report_month

    assert report_month("2015-07-11") == "July 2015" and report_month("2024-12") == "December 2024"
    assert report_month("2016") == report_month(None) == report_month("not a date") == ""
