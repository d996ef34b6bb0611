"""The verdict model: P(supported | what the rules saw), a small logistic regression fitted by labelled set.

The rules (verify.py) each look for one way a claim can go beyond its evidence; any problem found rejects the claim.
The model reads what they saw: which rule families fired, whether one found a contradiction, how much of the claim
the evidence and its neighbours state, how close in meaning the best evidence unit is, negation and hedge cues. With
settings.cite.decision = "model" (the default) it is a gate after the rules (verify.decide): it may reject a claim they accept.
Its weights, the feature scaling and the threshold ship in verdict_model.json beside this module;
benchmarks/verify_fit.py fits them and measures them leave-one-set-out (docs/benchmarks.md, issue 8, session 8).
Measured there: a model that replaces the rules' decision did worse on sets it was not fitted on, so it is not used
that way; the gate trades false accepts for false rejects (pooled 0.057 -> 0.044 for 0.203 -> 0.230), and it is the
default because a false accept is the error an analyst cannot see (settings.cite.decision = "rules" turns it off).

A weights file may also hold a `rescue` model (verify_fit.py rescue): it may accept a claim the rules reject without a
contradiction when confident. Measured leave-one-set-out in session 9 it was not worth it, so none ships.

`features(signals)` turns the signals of verify.assess into the named feature vector; `load()` reads the weights
file (ConfigError when missing or corrupt); `VerdictModel.probability(signals)` is P(supported).
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .verify import FAMILIES  # verify.assess's rule families, by name (a family the model has no weight for is ignored)

WEIGHTS = Path(__file__).with_name("verdict_model.json")



def _num(signals: Mapping[str, object], key: str) -> float:
    v = signals.get(key, 0.0)
    return float(v) if isinstance(v, (int, float)) else 0.0


def features(signals: Mapping[str, object]) -> dict[str, float]:
    """The named features of one judged claim, from verify.assess's signals (missing signals read as 0)."""
    fams = signals.get("families") or {}
    assert isinstance(fams, Mapping)
    out = {f"fired_{f}": float(f in fams) for f in FAMILIES}
    out["contradicts"] = float(any(bool(v[1]) for v in fams.values()))
    out["any_fired"] = float(bool(fams))  # today's decision: any problem rejects
    out["families_fired"] = math.log1p(len(fams))
    out["problems"] = math.log1p(sum(int(v[0]) for v in fams.values()))
    for key in ("cov", "near_cov", "unit_cos", "top_cos", "names_unstated", "numbers_unstated"):
        out[key] = _num(signals, key)
    out["cos_margin"] = _num(signals, "top_cos") - _num(signals, "second_cos")
    out["clauses"] = _num(signals, "clauses")
    out["content_share"] = _num(signals, "content_problems") / max(1.0, _num(signals, "clauses"))
    out["pair_unit"] = float(bool(signals.get("pair_unit")))
    out["summary"] = float(bool(signals.get("summary")))
    out["log_words"] = math.log1p(_num(signals, "words"))
    out["negation_mismatch"] = float((_num(signals, "claim_negations") > 0) != (_num(signals, "unit_negations") > 0))
    out["claim_negated"] = float(_num(signals, "claim_negations") > 0)
    out["hedge_mismatch"] = float((_num(signals, "claim_hedges") > 0) != (_num(signals, "unit_hedges") > 0))
    out["unmatched_relations"] = max(0.0, _num(signals, "relations") - _num(signals, "matched_relations"))
    return out


FEATURES = tuple(features({}).keys())


@dataclass(frozen=True)
class VerdictModel:
    """Logistic regression weights over standardised features, and the threshold on P(supported)."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    rescue: VerdictModel | None = None  # a second model over the rules' rejections without a contradiction (or none)

    def probability(self, signals: Mapping[str, object]) -> float:
        """P(supported) of a claim the rules judged with these signals."""
        f = features(signals)
        z = self.bias + sum(w * (f.get(n, 0.0) - m) / s for n, m, s, w in zip(self.names, self.mean, self.scale, self.weights))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def supported(self, signals: Mapping[str, object]) -> tuple[bool, float]:
        p = self.probability(signals)
        return p >= self.threshold, p


def _floats(data: Mapping[str, object], key: str, n: int | None, path: Path) -> tuple[float, ...]:
    v = data.get(key)
    if not isinstance(v, Sequence) or isinstance(v, str) or not all(isinstance(x, (int, float)) and math.isfinite(x) for x in v) or (n is not None and len(v) != n):
        raise ConfigError(f"{path}: '{key}' must be a list of {n if n is not None else 'some'} finite numbers; refit with `python benchmarks/verify_fit.py fit --write-weights`")
    return tuple(float(x) for x in v)


def parse(data: object, path: Path) -> VerdictModel:
    """A VerdictModel from the decoded weights file; a clear ConfigError naming the file when it is malformed."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path}: not a JSON object of verdict-model weights; refit with `python benchmarks/verify_fit.py fit --write-weights`")
    names = data.get("features")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise ConfigError(f"{path}: 'features' must be a list of feature names; refit with `python benchmarks/verify_fit.py fit --write-weights`")
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ConfigError(f"{path}: unknown feature '{unknown[0]}' (this version computes {', '.join(FEATURES[:3])}, ...); refit with `python benchmarks/verify_fit.py fit --write-weights`")
    n = len(names)
    scale = _floats(data, "scale", n, path)
    if any(s <= 0 for s in scale):
        raise ConfigError(f"{path}: every 'scale' must be positive; refit with `python benchmarks/verify_fit.py fit --write-weights`")
    bias = _floats({"bias": [data.get("bias")]}, "bias", 1, path)[0]
    threshold = _floats({"threshold": [data.get("threshold")]}, "threshold", 1, path)[0]
    if not 0.0 < threshold < 1.0:
        raise ConfigError(f"{path}: 'threshold' must be a probability between 0 and 1, not {threshold}")
    rescue = data.get("rescue")
    if rescue is not None:
        if not isinstance(rescue, Mapping):
            raise ConfigError(f"{path}: 'rescue' must be an object of verdict-model weights; refit with `python benchmarks/verify_fit.py rescue --write-weights`")
        rescue = parse({"features": names, **rescue}, path)
    return VerdictModel(tuple(names), _floats(data, "mean", n, path), scale, _floats(data, "weights", n, path), bias, threshold, rescue)


def read(path: Path) -> VerdictModel:
    """The verdict model in a weights file; ConfigError when it is missing or corrupt."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no verdict-model weights at {path}: reinstall briefing, or set cite.decision = 'rules', or fit them with `python benchmarks/verify_fit.py fit --write-weights`") from None
    except OSError as exc:
        raise ConfigError(f"cannot read the verdict-model weights {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}); refit with `python benchmarks/verify_fit.py fit --write-weights`") from None
    return parse(data, path)


@functools.lru_cache(maxsize=4)
def load(path: Path = WEIGHTS) -> VerdictModel:
    """The shipped verdict model (read once per process)."""
    return read(path)
