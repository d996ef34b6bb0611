from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import Corpus
from briefing.errors import InputError
from briefing.evaluate import evaluate, load_questions


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_eval_measures_retrieval_answers_and_citations(corpus: Corpus, tmp_path: Path) -> None:
    qs = load_questions(_write(tmp_path / "q.jsonl", [
        {"id": "a", "question": "Who replaced the commander of Russian forces in Syria?", "facts": ["Chaiko"], "docs": ["003"]},
        {"id": "b", "question": "Which group dominates the rebel coalition?", "facts": ["a fact no answer states"], "docs": ["999"]},
        {"id": "c", "question": "What did the Brazilian president say?", "answerable": False},
    ]))
    r = evaluate(corpus, qs)
    assert r.questions == 3 and r.backend == "extractive"
    assert r.fact_recall == 0.5 and r.refusal_ok == 1.0 and r.quote_valid == 1.0
    assert r.recall_at_10 == 0.5 and r.results[0].gold_rank == 1 and r.results[1].gold_rank is None
    assert r.alce_citation_recall == 1.0 and r.alce_citation_precision is not None


def test_bad_question_file_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "q.jsonl"
    p.write_text('{"id": "a", "question": "ok?"}\n{"id": 1}\n')
    with pytest.raises(InputError, match="q.jsonl:2"):
        load_questions(p)
