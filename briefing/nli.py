"""A local NLI cross-encoder as a claim judge: premise = the evidence, hypothesis = the claim.

The user points `settings.cite.nli_model_path` (BRIEFING_CITE__NLI_MODEL_PATH) at a
folder holding an exported cross-encoder: `model.onnx` (or the only `*.onnx` there),
`tokenizer.json` (HuggingFace `tokenizers` format) and optionally `config.json`
whose `id2label` names each output (entailment / neutral / contradiction). It runs
on onnxruntime; nothing is ever downloaded. A missing or malformed file is a
ConfigError naming the path and what is expected.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ConfigError

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["NLIModel", "classify", "load"]

# The verdict each NLI label stands for. Neutral is "unsupported", not "partial": the
# model says only that the evidence does not entail the claim, not that its core is stated.
VERDICTS = {"entailment": "supported", "contradiction": "contradicted", "neutral": "unsupported"}
# Output order without a config.json: that of the sentence-transformers MNLI cross-encoders
# (cross-encoder/nli-deberta-v3-*, nli-roberta-base, nli-MiniLM2-L6-H768).
DEFAULT_LABELS = ("contradiction", "entailment", "neutral")
MAX_TOKENS = 512  # BERT-family position limit; used when neither tokenizer.json nor config.json says less
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_EXPECTED = "a folder with model.onnx (or exactly one *.onnx), tokenizer.json and optionally config.json with id2label"


@dataclass
class NLIModel:
    """A loaded cross-encoder: ONNX session, pair tokenizer, output labels."""

    path: Path
    session: Any
    tokenizer: Any
    labels: tuple[str, ...]
    inputs: dict[str, np.dtype]

    def probabilities(self, premise: str, hypothesis: str) -> dict[str, float]:
        """Softmax over the model's labels for one (premise, hypothesis) pair."""
        enc = self.tokenizer.encode(premise, hypothesis)
        given = {"input_ids": enc.ids, "attention_mask": enc.attention_mask, "token_type_ids": enc.type_ids}
        feed = {name: np.asarray([given[name]], dtype=dtype) for name, dtype in self.inputs.items()}
        logits = np.asarray(self.session.run(None, feed)[0], dtype=np.float64).reshape(-1)
        if logits.shape[0] != len(self.labels):
            raise ConfigError(f"{self.path}: the model returns {logits.shape[0]} scores but config.json names {len(self.labels)} labels; fix id2label")
        e = np.exp(logits - logits.max())
        p = e / e.sum()
        return {label: float(x) for label, x in zip(self.labels, p)}


def _model_file(folder: Path) -> Path:
    if (folder / "model.onnx").is_file():
        return folder / "model.onnx"
    found = sorted(folder.glob("*.onnx"))
    if len(found) != 1:
        what = "no *.onnx file" if not found else f"{len(found)} *.onnx files ({', '.join(f.name for f in found)}) and no model.onnx"
        raise ConfigError(f"NLI model folder {folder} has {what}; expected {_EXPECTED}")
    return found[0]


def _labels(folder: Path) -> tuple[tuple[str, ...], dict[str, Any]]:
    config = folder / "config.json"
    if not config.is_file():
        return DEFAULT_LABELS, {}
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{config} cannot be read as JSON ({exc}); expected an object with id2label") from exc
    id2label = data.get("id2label") if isinstance(data, dict) else None
    if id2label is None:
        return DEFAULT_LABELS, data if isinstance(data, dict) else {}
    bad = f"{config}: id2label must map 0..n-1 to entailment, neutral, contradiction (any case), got {id2label!r}"
    if not isinstance(id2label, dict):
        raise ConfigError(bad)
    try:
        pairs = sorted((int(k), str(v).strip().lower()) for k, v in id2label.items())
    except ValueError as exc:
        raise ConfigError(bad) from exc
    labels = tuple(v for _, v in pairs)
    if [k for k, _ in pairs] != list(range(len(pairs))) or any(v not in VERDICTS for v in labels) or "entailment" not in labels or len(set(labels)) != len(labels):
        raise ConfigError(bad)
    return labels, data


def _max_tokens(tokenizer: Any, config: dict[str, Any]) -> int:
    """The model's max length: the tokenizer's own truncation, else config.json, capped at MAX_TOKENS."""
    limit = MAX_TOKENS
    if tokenizer.truncation:
        limit = min(limit, int(tokenizer.truncation["max_length"]))
    positions = config.get("max_position_embeddings")
    if isinstance(positions, int) and positions > 0:
        limit = min(limit, positions)
    return limit


@lru_cache(maxsize=4)
def _load(folder: Path) -> NLIModel:
    import onnxruntime as ort
    from onnxruntime.capi import onnxruntime_pybind11_state as ort_state
    from tokenizers import Tokenizer

    if not folder.is_dir():
        raise ConfigError(f"NLI model folder {folder} does not exist; set BRIEFING_CITE__NLI_MODEL_PATH to {_EXPECTED} (nothing is downloaded)")
    model = _model_file(folder)
    tok_file = folder / "tokenizer.json"
    if not tok_file.is_file():
        raise ConfigError(f"{tok_file} is missing; expected {_EXPECTED}")
    labels, config = _labels(folder)
    # tokenizers raises a bare Exception on a malformed file: check the shape first, so the error names the file
    try:
        tok_data = json.loads(tok_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{tok_file} cannot be read as JSON ({exc}); expected a HuggingFace tokenizers file") from exc
    if not isinstance(tok_data, dict) or not isinstance(tok_data.get("model"), dict):
        raise ConfigError(f"{tok_file} has no 'model' object; expected a HuggingFace tokenizers file (tokenizer.json)")
    tokenizer = Tokenizer.from_str(json.dumps(tok_data))
    tokenizer.enable_truncation(max_length=_max_tokens(tokenizer, config), strategy="longest_first")
    tokenizer.no_padding()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 0
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    try:
        session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
    except (ort_state.InvalidGraph, ort_state.InvalidProtobuf, ort_state.NoSuchFile, ort_state.Fail) as exc:
        raise ConfigError(f"{model} is not a loadable ONNX model ({exc})") from exc
    inputs: dict[str, np.dtype] = {}
    for spec in session.get_inputs():
        if spec.name not in _INPUTS:
            raise ConfigError(f"{model} wants an input '{spec.name}'; an NLI cross-encoder takes only {', '.join(_INPUTS)}")
        inputs[spec.name] = np.dtype(np.int32) if spec.type == "tensor(int32)" else np.dtype(np.int64)
    if "input_ids" not in inputs:
        raise ConfigError(f"{model} has no 'input_ids' input; expected an NLI cross-encoder")
    out = session.get_outputs()[0].shape
    if out and isinstance(out[-1], int) and out[-1] != len(labels):
        raise ConfigError(f"{model} returns {out[-1]} scores per pair but {folder / 'config.json'} names {len(labels)} labels; fix id2label")
    return NLIModel(folder, session, tokenizer, labels, inputs)


def load(path: Path | str | None) -> NLIModel:
    """The cross-encoder in a folder, loaded once per path."""
    if path is None:
        raise ConfigError(f"BRIEFING_CITE__JUDGE=nli needs BRIEFING_CITE__NLI_MODEL_PATH: {_EXPECTED}")
    return _load(Path(path).expanduser().resolve())


def classify(path: Path | str | None, premise: str, hypothesis: str) -> tuple[str, str, float]:
    """(verdict, NLI label, its probability) for a claim (hypothesis) against evidence (premise)."""
    probs = load(path).probabilities(premise, hypothesis)
    label = max(probs, key=probs.__getitem__)
    return VERDICTS[label], label, probs[label]


def nli_judge(settings: Settings, evidence: str, claim: str) -> tuple[str, str]:
    """The NLI model's verdict and a reason, as verify.judge uses it."""
    verdict, label, p = classify(settings.cite.nli_model_path, evidence, claim)
    return verdict, f"the NLI model judged it {label} (p={p:.2f})"
