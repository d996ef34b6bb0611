"""Session 8: the refusal decision fitted leave-one-set-out. Each piece on plain sentences: the general signals, every
check reported by its kind, the shipped model file, and refusals that name the failed constraint."""
from __future__ import annotations

import json

import pytest

from briefing import answerability
from briefing.answerability import (
    CHECK_KINDS,
    EXTRA_SIGNALS,
    SIGNALS,
    answer_failures,
    constraint_failures,
    decide,
    extra_signals,
    judge,
    refusal_model,
)
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.errors import ConfigError
from briefing.question import analyse
from briefing.types import Chunk, Document, Evidence, Span


def _ev(text: str, doc_id: str = "d1", published: str | None = None, title: str | None = None) -> Evidence:
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=[Span(start=0, end=len(text), orig_start=0, orig_end=len(text))])
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, source=None, published=published, title=title, content_hash="h"), score=1.0)


def _pool(evidence: list[Evidence]) -> EvidencePool:
    # The checks and signals read sentence texts, neighbours and documents only: no embedder or store needed.
    return EvidencePool(evidence, embedder=None, store=None)  # type: ignore[arg-type]


def _ranked(pool: EvidencePool, sims: list[float]) -> list[Scored]:
    return [Scored(index=i, score=s, similarity=s, coverage=0.5, typed=True, focus=1.0) for i, s in enumerate(sims)]


def test_margin_is_the_top_articles_lead_over_any_other_article() -> None:
    pool = _pool([_ev("Twelve families left Velmar on Monday.", "a"), _ev("Rain fell on Korvath all week.", "b")])
    shape = analyse("How many families left Velmar?")
    extra = extra_signals(shape, pool, _ranked(pool, [0.8, 0.3]), [0])
    assert extra["margin"] == pytest.approx(0.5)
    assert extra["score"] == pytest.approx(0.8)
    assert extra["doc_spread"] == pytest.approx(2 / 3)  # two articles among the top three candidates
    assert set(extra) == set(EXTRA_SIGNALS)


def test_article_focus_is_the_share_of_the_questions_names_the_top_article_states() -> None:
    pool = _pool([_ev("Twelve families left Velmar on Monday.", "a")])
    assert extra_signals(analyse("How many families left Velmar?"), pool, _ranked(pool, [0.8]), [0])["article_focus"] == 1.0
    assert extra_signals(analyse("How many families left Korvath?"), pool, _ranked(pool, [0.8]), [0])["article_focus"] == 0.0


def test_date_ok_reads_the_top_articles_date() -> None:
    pool = _pool([_ev("Twelve families left Velmar on Monday.", "a", published="2016-03-02")])
    ranked = _ranked(pool, [0.8])
    assert extra_signals(analyse("How many families left Velmar in March 2016?"), pool, ranked, [0])["date_ok"] == 1.0
    assert extra_signals(analyse("How many families left Velmar in 2019?"), pool, ranked, [0])["date_ok"] == 0.0
    assert extra_signals(analyse("How many families left Velmar?"), pool, ranked, [0])["date_ok"] == 1.0


def test_answer_typed_asks_a_span_of_the_asked_type_in_the_chosen_sentences() -> None:
    pool = _pool([_ev("Twelve families left Velmar on Monday.", "a"), _ev("Velmar is a market town on the river.", "b")])
    shape = analyse("How many families left Velmar?")
    ranked = _ranked(pool, [0.8, 0.7])
    assert extra_signals(shape, pool, ranked, [0])["answer_typed"] == 1.0
    assert extra_signals(shape, pool, ranked, [1])["answer_typed"] == 0.0


def test_every_check_reports_a_known_kind() -> None:
    ev = [_ev("The army said 22 tanks took part in the push towards Velmar.", published="2016-03-02")]
    kinds = [k for k, _ in constraint_failures(analyse("According to Zorbin, how many Ruritanian lorries reached Korvath in 2019?"), ev)]
    assert kinds and set(kinds) <= set(CHECK_KINDS)
    assert {"outlet", "names", "year"} <= set(kinds)  # each check on its own, not only the first
    post = [k for k, _ in answer_failures(analyse("How many Ruritanian tanks took part in the push towards Velmar?"), _pool(ev), [0])]
    assert post and set(post) <= set(CHECK_KINDS)


def test_the_shipped_model_loads_and_is_consistent() -> None:
    model = refusal_model()
    assert len(model.features) == len(model.weights) and 0.0 < model.threshold < 1.0
    assert set(model.vetoes) <= set(CHECK_KINDS)
    assert {"no_evidence", "no_candidate"} <= model.vetoes
    assert set(SIGNALS) <= set(model.features)


def test_a_broken_model_file_is_a_clear_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "answerability8.json"
    bad.write_text(json.dumps({"features": ["similarity", "loudness"], "weights": {"similarity": 1.0, "loudness": 1.0}, "bias": 0, "threshold": 0.5, "vetoes": []}))
    monkeypatch.setattr(answerability, "MODEL_FILE", bad)
    refusal_model.cache_clear()
    try:
        with pytest.raises(ConfigError, match="loudness"):
            refusal_model()
        bad.write_text("{")
        refusal_model.cache_clear()
        with pytest.raises(ConfigError, match="answerability8.json"):
            refusal_model()
    finally:
        refusal_model.cache_clear()


def test_a_refusal_names_the_constraint_that_failed() -> None:
    """Whether the failed checks stay hard vetoes or feed the model, the refusal says which constraint failed."""
    ev = [_ev("The army said 22 tanks took part in the push towards Velmar.", published="2016-03-02")]
    pool = _pool(ev)
    ranked = _ranked(pool, [0.2])
    shape = analyse("According to Zorbin, how many Ruritanian lorries reached Korvath in 2019?")
    why = decide(shape, ev, pool, ranked) or judge(shape, ev, pool, ranked, [0])
    assert why is not None
    assert any(w in why.lower() for w in ("zorbin", "korvath", "2019", "lorries"))


def test_a_vetoed_check_refuses_before_any_answer_is_chosen() -> None:
    model = refusal_model()
    ev = [_ev("The army said 22 tanks took part in the push towards Velmar.", published="2016-03-02")]
    shape = analyse("According to Zorbin, how many Ruritanian lorries reached Korvath in 2019?")
    fired = dict(constraint_failures(shape, ev))
    kept = [k for k in fired if k in model.vetoes]
    why = decide(shape, ev, _pool(ev), _ranked(_pool(ev), [0.2]))
    assert why == (fired[kept[0]] if kept else None)


def test_a_close_answer_with_every_check_passing_is_not_refused() -> None:
    text = "The army said 22 Ruritanian tanks took part in the push towards Velmar."
    ev = [_ev(text, published="2016-03-02")]
    pool = _pool(ev)
    ranked = [Scored(index=0, score=1.0, similarity=0.85, coverage=0.9, typed=True, focus=1.0)]
    shape = analyse("How many Ruritanian tanks took part in the push towards Velmar?")
    assert decide(shape, ev, pool, ranked) is None
    assert judge(shape, ev, pool, ranked, [0]) is None


def test_the_name_of_someone_is_no_measured_figure() -> None:
    ev = [_ev("Velmar Foreign Minister Jan Olen spoke by telephone with his Korvath counterpart, Piet Kowal.")]
    kinds = [k for k, _ in constraint_failures(analyse("What is the name of Korvath's foreign minister?"), ev)]
    assert "measure" not in kinds
    kinds = [k for k, _ in constraint_failures(analyse("What is the population of Korvath?"), ev)]
    assert "measure" in kinds
