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


@pytest.mark.parametrize("fact,dead", [
    ("$9bn headache", True),
    ("Sberbank|$1.7bn", True),
    (r"\$9bn", False),
    ("[$]9bn", False),
    ("[^$]9bn", False),
    ("[]$]x", False),
    ("headache$", False),
    ("(9bn$|nine billion)", False),
    ("Chaiko", False),
])
def test_a_dollar_before_text_is_a_dead_anchor(fact: str, dead: bool) -> None:
    from briefing.evaluate import dead_anchor

    assert dead_anchor(fact) is dead


def test_a_fact_that_can_never_match_is_refused_with_the_fix(tmp_path: Path) -> None:
    p = _write(tmp_path / "q.jsonl", [
        {"id": "ok", "question": "How big?", "facts": [r"\$9bn"]},
        {"id": "price", "question": "What was the price?", "facts": ["$9bn"]},
    ])
    with pytest.raises(InputError, match=r"q.jsonl:2 \(question 'price'\).*never match.*'\\\$'"):
        load_questions(p)
    bad = _write(tmp_path / "r.jsonl", [{"id": "x", "question": "Who?", "facts": ["Assad ("]}])
    with pytest.raises(InputError, match="r.jsonl:1.*not a regular expression"):
        load_questions(bad)
