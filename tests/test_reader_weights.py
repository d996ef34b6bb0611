"""Session-8 reader: the candidate scorer's weights by name (what benchmarks/questions/answers8_fit.py fits).

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import pytest

from briefing import candidates
from briefing.candidates import WEIGHT_NAMES, scorer_weights, score_sentences
from briefing.cite import EvidencePool
from briefing.errors import ConfigError
from .sentences import evidence


def test_scorer_weights_default_to_the_named_constants_and_take_overrides_by_name() -> None:
    w = scorer_weights()
    assert set(w) == set(WEIGHT_NAMES)
    assert w["W_MEANING"] == candidates.W_MEANING and w["HEADLINE_PENALTY"] == candidates.HEADLINE_PENALTY
    assert scorer_weights({"TYPE_BONUS": 0.3})["TYPE_BONUS"] == 0.3
    assert scorer_weights({"TYPE_BONUS": 0.3})["W_WORDS"] == candidates.W_WORDS


@pytest.mark.parametrize("values, says", [({"W_MEANNG": 0.5}, "unknown scorer weight 'W_MEANNG'"),
                                          ({"W_WORDS": float("nan")}, "not a finite number"),
                                          ({"W_WORDS": "0.4"}, "not a finite number"),
                                          ({"W_WORDS": True}, "not a finite number")])
def test_bad_weights_are_refused_with_the_name_and_the_source(values: dict, says: str) -> None:
    with pytest.raises(ConfigError, match=says) as err:
        scorer_weights(values, where="w.json")
    assert "w.json" in str(err.value)


def test_score_sentences_ranks_by_the_weights_it_is_given() -> None:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    text = ["Twelve people were evacuated from Velmar on Monday.",
            "The evacuation of Velmar was discussed by officials at length on Monday."]
    pool = EvidencePool([evidence(text)], embedder=get_embedder(Settings()), store=None)  # type: ignore[arg-type]
    q = "How many people were evacuated from Velmar?"
    qvec = pool.embedder.embed([q])[0]
    ranked = score_sentences(pool, q, qvec, limit=None)
    typed = {pool.sentences[s.index].text: s for s in ranked}
    assert typed[text[0]].typed and not typed[text[1]].typed
    # A type bonus large enough decides; without it and without words, meaning alone orders the two.
    heavy = score_sentences(pool, q, qvec, limit=None, weights=scorer_weights({"TYPE_BONUS": 5.0}))
    assert pool.sentences[heavy[0].index].text == text[0]
    assert heavy[0].score - next(s.score for s in heavy if s.index != heavy[0].index) > 4.0
    meaning = scorer_weights({n: 0.0 for n in WEIGHT_NAMES} | {"W_MEANING": 1.0})
    only = score_sentences(pool, q, qvec, limit=None, weights=meaning)
    assert [round(s.score, 6) for s in only] == [round(s.similarity, 6) for s in only]
