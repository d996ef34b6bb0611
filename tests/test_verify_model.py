"""The verdict model (issue 8, session 8): the features the rules' signals give on sentences, the weights file
(missing or corrupt: a ConfigError naming it), and that with cite.decision = model the model decides."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefing import Settings
from briefing.errors import BriefingError, ConfigError
from briefing.verdict_model import FEATURES, WEIGHTS, VerdictModel, features, load, read
from briefing.verify import assess, decide, judge

EVIDENCE = [
    "At least 12 people were killed in Zenda on Monday, the Observatory said.",
    "Ruritanian jets struck the depot near Zenda on Tuesday.",
    "The army denied bombing civilians.",
]


def signals(claim: str) -> dict[str, object]:
    return assess(claim, EVIDENCE).signals


def model(**weights: float) -> VerdictModel:
    """A model whose only non-zero weights are the given ones (features unscaled, threshold 0.5)."""
    bias = weights.pop("bias", 0.0)
    return VerdictModel(FEATURES, tuple(0.0 for _ in FEATURES), tuple(1.0 for _ in FEATURES), tuple(weights.get(n, 0.0) for n in FEATURES), bias, 0.5)


# ---- features from sentences -----------------------------------------------------------------------


def test_a_stated_claim_fires_no_family_and_is_covered() -> None:
    f = features(signals("The Observatory said at least 12 people were killed in Zenda on Monday."))
    assert not any(f[n] for n in FEATURES if n.startswith("fired_"))
    assert f["contradicts"] == 0.0 and f["cov"] >= 0.8 and f["names_unstated"] == 0.0 and f["numbers_unstated"] == 0.0


def test_a_changed_number_fires_the_numbers_family_and_counts_as_unstated() -> None:
    f = features(signals("The Observatory said at least 40 people were killed in Zenda on Monday."))
    assert f["fired_numbers"] == 1.0 and f["numbers_unstated"] == 1.0 and f["problems"] > 0


def test_a_negated_claim_of_a_stated_event_is_a_negation_mismatch_and_contradicts() -> None:
    f = features(signals("Ruritanian jets did not strike the depot near Zenda on Tuesday."))
    assert f["claim_negated"] == 1.0 and f["negation_mismatch"] == 1.0 and f["contradicts"] == 1.0


def test_a_verbatim_claim_has_no_families_to_weigh() -> None:
    s = signals("Ruritanian jets struck the depot near Zenda on Tuesday.")
    assert s.get("verbatim") is True and "families" not in s


def test_missing_signals_read_as_zero_features() -> None:
    f = features({})
    assert set(f) == set(FEATURES) and all(v == 0.0 for v in f.values())


# ---- the weights file --------------------------------------------------------------------------------


def test_the_shipped_weights_load_and_name_known_features() -> None:
    m = load()
    assert set(m.names) <= set(FEATURES) and 0 < m.threshold < 1 and len(m.weights) == len(m.names)


def test_a_missing_weights_file_is_a_config_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "verdict_model.json"
    with pytest.raises(ConfigError, match="no verdict-model weights at .*verdict_model.json"):
        read(path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"features": ["cov"], "mean": [0], "scale": [1], "weights": [1, 2], "bias": 0, "threshold": 0.5}', "'weights' must be a list of 1"),
        ('{"features": ["no_such"], "mean": [0], "scale": [1], "weights": [1], "bias": 0, "threshold": 0.5}', "unknown feature 'no_such'"),
        ('{"features": ["cov"], "mean": [0], "scale": [0], "weights": [1], "bias": 0, "threshold": 0.5}', "'scale' must be positive"),
        ('{"features": ["cov"], "mean": [0], "scale": [1], "weights": [1], "bias": 0, "threshold": 2}', "'threshold' must be a probability"),
    ],
)
def test_a_corrupt_weights_file_is_a_config_error_naming_it(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "w.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        read(path)
    assert str(path) in str(err.value) and isinstance(err.value, BriefingError)


def test_the_shipped_file_round_trips_through_read() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert read(WEIGHTS).threshold == data["threshold"]


# ---- the decision --------------------------------------------------------------------------------


def test_the_model_never_accepts_what_a_rule_rejects() -> None:
    a = assess("The Observatory said at least 40 people were killed in Zenda on Monday.", EVIDENCE)
    assert a.verdict != "supported" and "numbers" in a.signals["families"]  # type: ignore[operator]
    verdict, problems, name = decide(a, Settings(cite={"decision": "model"}), model(bias=50.0))
    assert (verdict, name) == (a.verdict, "rules") and problems == a.problems


def test_the_model_accepts_what_the_rules_accept_when_it_agrees() -> None:
    a = assess("The Observatory said at least 12 people were killed in Zenda on Monday.", EVIDENCE)
    assert decide(a, Settings(cite={"decision": "model"}), model(bias=5.0)) == ("supported", [], "rules+model")


def test_the_model_rejects_what_the_rules_accept_and_the_rules_name_the_label() -> None:
    a = assess("The Observatory said at least 12 people were killed in Zenda on Monday.", EVIDENCE)
    assert a.verdict == "supported"
    verdict, problems, name = decide(a, Settings(cite={"decision": "model"}), model(bias=-5.0))
    assert verdict in ("partial", "unsupported") and name == "rules+model"
    assert any("verdict model" in p.reason for p in problems)


def with_rescue(bias: float) -> VerdictModel:
    """A gate that accepts everything, with a rescue model of the given bias (threshold 0.5)."""
    from dataclasses import replace

    return replace(model(bias=50.0), rescue=model(bias=bias))


def test_a_confident_rescue_accepts_a_rejection_without_a_contradiction() -> None:
    a = assess("The Observatory said at least 40 people were killed in Zenda on Monday.", EVIDENCE)
    assert a.verdict in ("partial", "unsupported")
    assert decide(a, Settings(cite={"decision": "model"}), with_rescue(5.0)) == ("supported", [], "rules+model")
    assert decide(a, Settings(cite={"decision": "model"}), with_rescue(-5.0))[0] == a.verdict


def test_the_rescue_never_overrules_a_contradiction() -> None:
    a = assess("Ruritanian jets did not strike the depot near Zenda on Tuesday.", EVIDENCE)
    assert a.verdict == "contradicted"
    assert decide(a, Settings(cite={"decision": "model"}), with_rescue(50.0))[0] == "contradicted"


def test_a_rescue_block_in_the_weights_file_is_read_and_checked(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    block = {k: data[k] for k in ("mean", "scale", "weights", "bias", "threshold")}
    f = tmp_path / "w.json"
    f.write_text(json.dumps({**data, "rescue": {**block, "threshold": 0.9}}), encoding="utf-8")
    m = read(f)
    assert m.rescue is not None and m.rescue.threshold == 0.9
    f.write_text(json.dumps({**data, "rescue": {**block, "threshold": 2.0}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="threshold"):
        read(f)


def test_a_verbatim_quote_is_not_weighed() -> None:
    a = assess("Ruritanian jets struck the depot near Zenda on Tuesday.", EVIDENCE)
    assert decide(a, Settings(cite={"decision": "model"}), model(bias=-50.0))[0] == "supported"


def test_judge_names_the_model_when_it_decides_and_the_rules_otherwise() -> None:
    claim = "The Observatory said at least 12 people were killed in Zenda on Monday."
    with_model = judge(claim, EVIDENCE, settings=Settings(cite={"decision": "model"}))
    assert with_model.judge == "rules+model" and "p_supported" in with_model.signals
    assert judge(claim, EVIDENCE, settings=Settings(cite={"decision": "rules"})).judge == "rules"


def test_judge_with_a_model_that_rejects_gives_the_rules_label_and_a_readable_reason(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["bias"], data["weights"] = -50.0, [0.0] * len(data["weights"])
    path = tmp_path / "reject.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    v = judge("The Observatory said at least 12 people were killed in Zenda on Monday.", EVIDENCE, settings=Settings(cite={"decision": "model", "verdict_model_path": path}))
    assert v.verdict in ("partial", "unsupported") and v.judge == "rules+model" and any("verdict model" in r for r in v.reasons)


def test_a_missing_weights_file_named_in_settings_fails_the_check_clearly(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no verdict-model weights"):
        judge("The Observatory said at least 12 people were killed in Zenda on Monday.", EVIDENCE, settings=Settings(cite={"decision": "model", "verdict_model_path": tmp_path / "none.json"}))


# ---- the fitting script ----------------------------------------------------------------------------------


def _fit_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("verify_fit", Path(__file__).parent.parent / "benchmarks" / "verify_fit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_learns_a_rule_that_fires_on_unsupported_claims_and_a_set_left_out_is_scored_by_the_others() -> None:
    import numpy as np

    vf = _fit_module()
    rng = np.random.default_rng(0)
    fired = rng.random(200) < 0.5
    X = np.column_stack([fired.astype(float), rng.random(200)])
    y = (~fired & (rng.random(200) < 0.9)).astype(float)
    mean, scale, w, b = vf.fit_lr(X, y, 1.0)
    assert w[0] < -1.0 and abs(w[1]) < 0.5
    p = vf.predict((mean, scale, w, b), np.array([[1.0, 0.5], [0.0, 0.5]]))
    assert p[0] < 0.2 < 0.8 < p[1]
    rows = [{"set": s, "label": "supported" if i % 2 else "unsupported", "verdict": "supported", "signals": {"families": {"numbers": [1, False]} if i % 2 == 0 else {}, "cov": 1.0}}
            for s in ("a", "b", "c") for i in range(20)]
    d = vf.Data(rows)
    probs = vf.loso_probs(d, 1.0, np.ones(len(rows), bool))
    assert (probs[d.pos] > 0.5).all() and (probs[d.neg] < 0.5).all()


def test_the_families_the_model_reads_are_the_checks_assess_runs() -> None:
    from briefing.verify import FAMILIES, FAMILY_CHECKS

    assert FAMILIES == tuple(FAMILY_CHECKS) and all(f"fired_{f}" in FEATURES for f in FAMILIES)
    fired = list(signals("The Observatory said at least 40 people were killed in Zenda on Monday.")["families"])  # type: ignore[arg-type]
    assert "numbers" in fired and fired == [f for f in FAMILIES if f in fired]  # recorded in the order they run


def test_holdout10_is_a_fold_of_the_fit_and_its_store_is_an_option_of_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 15: the BBC blind set (corpus h10) is one of the labelled sets, written blind, and `features --h10 STORE`
    names its store."""
    vf = _fit_module()
    files = vf.sets()["holdout10"]
    assert [f.name for f in files] == ["claims-h10.jsonl"] and "holdout10" in vf.BLIND
    assert all(r["corpus"] == "h10" for r in vf.load() if r["set"] == "holdout10")
    seen = {}
    monkeypatch.setattr(vf, "features", lambda args: seen.update(vars(args)))
    monkeypatch.setattr(sys, "argv", ["verify_fit.py", "features", "--examples", "E", "--fakes", "F", "--h9", "H9", "--h10", "H10"])
    vf.main()
    assert seen["h10"] == "H10" and seen["h9"] == "H9"
