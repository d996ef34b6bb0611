"""The NLI judge on a tiny cross-encoder built here: a real ONNX graph and a real tokenizers file, no download.

The toy model averages token embeddings over the pair (or, with token_type_ids, over the
hypothesis only) and maps them to three logits: 'indeed' pushes entailment, 'never'
contradiction, every other token neutral.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
from typer.testing import CliRunner

from briefing import Settings
from briefing.cli import app
from briefing.errors import ConfigError
from briefing.nli import MAX_TOKENS, classify, load
from briefing.verify import judge

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "shelled", "town", "indeed", "never", "."]
CONFIG_ORDER = ("ENTAILMENT", "Neutral", "contradiction")  # not the default order: the config decides
PULL = 1000.0  # one cue token outweighs a long premise of neutral tokens


def _tokenizer(folder: Path) -> None:
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(VOCAB)}, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    tok.save(str(folder / "tokenizer.json"))


def _graph(path: Path, type_ids: bool) -> None:
    """logits = mean over (masked) tokens of Embedding[input_ids] @ W."""
    neutral, entail, contra = CONFIG_ORDER.index("Neutral"), CONFIG_ORDER.index("ENTAILMENT"), CONFIG_ORDER.index("contradiction")
    table = np.zeros((len(VOCAB), 3), dtype=np.float32)
    table[:, neutral] = 1.0
    table[VOCAB.index("indeed"), entail] = PULL
    table[VOCAB.index("never"), contra] = PULL
    inits = [
        numpy_helper.from_array(table, "table"),
        numpy_helper.from_array(np.eye(3, dtype=np.float32), "w"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
    ]
    nodes = [helper.make_node("Gather", ["table", "input_ids"], ["emb"], axis=0), helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT)]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "seq"]) for n in ("input_ids", "attention_mask")]
    weight = "mask"
    if type_ids:  # only the hypothesis (segment 1) counts: tests that the pair's type ids reach the model
        inputs.append(helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, ["batch", "seq"]))
        nodes += [helper.make_node("Cast", ["token_type_ids"], ["tt"], to=TensorProto.FLOAT), helper.make_node("Mul", ["mask", "tt"], ["mask_tt"])]
        weight = "mask_tt"
    nodes += [
        helper.make_node("Unsqueeze", [weight, "axis2"], ["m3"]),
        helper.make_node("Mul", ["emb", "m3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["total"], keepdims=0),
        helper.make_node("ReduceSum", ["m3", "axis1"], ["count"], keepdims=0),
        helper.make_node("Div", ["total", "count"], ["mean"]),
        helper.make_node("MatMul", ["mean", "w"], ["logits"]),
    ]
    out = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 3])
    model = helper.make_model(helper.make_graph(nodes, "toy_nli", inputs, [out], inits), opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def _folder(root: Path, name: str = "nli", *, config: Any = "order", type_ids: bool = False, onnx_name: str = "model.onnx") -> Path:
    folder = root / name
    folder.mkdir()
    _graph(folder / onnx_name, type_ids)
    _tokenizer(folder)
    if config == "order":
        config = {"id2label": {str(i): label for i, label in enumerate(CONFIG_ORDER)}, "max_position_embeddings": 512}
    if config is not None:
        (folder / "config.json").write_text(json.dumps(config))
    return folder


@pytest.fixture(scope="module")
def nli_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _folder(tmp_path_factory.mktemp("models"))


EVIDENCE = "The army shelled the town."


def test_pairs_map_to_verdicts_through_config_labels(nli_dir: Path) -> None:
    assert classify(nli_dir, EVIDENCE, "The army indeed shelled the town.")[:2] == ("supported", "entailment")
    assert classify(nli_dir, EVIDENCE, "The army never shelled the town.")[:2] == ("contradicted", "contradiction")
    verdict, label, p = classify(nli_dir, EVIDENCE, "The town shelled the army.")
    assert (verdict, label) == ("unsupported", "neutral") and 0.33 < p <= 1.0
    assert load(nli_dir) is load(str(nli_dir))  # one session per path


def test_pair_is_tokenized_with_the_template_and_truncated(nli_dir: Path) -> None:
    model = load(nli_dir)
    enc = model.tokenizer.encode(EVIDENCE, "never")
    assert enc.tokens == ["[CLS]", "the", "army", "shelled", "the", "town", ".", "[SEP]", "never", "[SEP]"]
    assert enc.type_ids == [0] * 8 + [1, 1]
    assert set(model.inputs) == {"input_ids", "attention_mask"}  # the graph declares no token_type_ids: none fed
    long_premise = " ".join(["the town"] * 2000)
    enc = model.tokenizer.encode(long_premise, "The army never shelled the town.")
    assert len(enc.ids) == MAX_TOKENS and enc.tokens[-2] == "."  # the premise is cut, the claim kept whole
    assert classify(nli_dir, long_premise, "The army never shelled the town.")[0] == "contradicted"


def test_default_label_order_without_config(tmp_path: Path) -> None:
    folder = _folder(tmp_path, config=None)
    # the toy's index 2 (its 'contradiction') is 'neutral' in the default MNLI cross-encoder order
    assert classify(folder, EVIDENCE, "The army never shelled the town.")[:2] == ("unsupported", "neutral")
    assert classify(folder, EVIDENCE, "The army indeed shelled the town.")[:2] == ("contradicted", "contradiction")


def test_token_type_ids_are_fed_when_the_graph_declares_them(tmp_path: Path) -> None:
    folder = _folder(tmp_path, type_ids=True, onnx_name="cross-encoder.onnx")  # the only *.onnx in the folder
    assert set(load(folder).inputs) == {"input_ids", "attention_mask", "token_type_ids"}
    # 'indeed' in the premise (segment 0) does not count for this model, in the claim it does
    assert classify(folder, "The army indeed shelled the town.", "The army shelled the town.")[0] == "unsupported"
    assert classify(folder, EVIDENCE, "The army indeed shelled the town.")[0] == "supported"


def test_judge_reports_nli_after_the_same_prefilters(nli_dir: Path, tmp_path: Path) -> None:
    s = Settings(cite={"judge": "nli", "nli_model_path": nli_dir})
    v = judge("The army never shelled the town.", [EVIDENCE, "It was dark."], settings=s)
    assert v.judge == "nli" and v.verdict == "contradicted" and v.quotes[0].quote == EVIDENCE
    assert v.reasons and "contradiction" in v.reasons[0]
    v = judge("The army indeed shelled the town.", [EVIDENCE], settings=s)
    assert v.judge == "nli" and v.verdict == "supported" and not v.reasons
    # a name the evidence never states: the pre-filter decides, the model is not asked
    v = judge("Ruritania never shelled the town.", [EVIDENCE], settings=s)
    assert v.judge == "rules" and v.verdict != "supported"
    # a verbatim claim stays supported without loading any model
    missing = Settings(cite={"judge": "nli", "nli_model_path": tmp_path / "absent"})
    v = judge(EVIDENCE, [EVIDENCE], settings=missing)
    assert v.judge == "rules" and v.verdict == "supported"
    with pytest.raises(ConfigError, match="absent.*does not exist"):
        judge("The army never shelled the town.", [EVIDENCE], settings=missing)


def test_bad_model_folders_are_config_errors(nli_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="NLI_MODEL_PATH"):
        load(None)
    no_tok = tmp_path / "no_tok"
    shutil.copytree(nli_dir, no_tok)
    (no_tok / "tokenizer.json").unlink()
    with pytest.raises(ConfigError, match=r"tokenizer\.json is missing"):
        load(no_tok)
    two = tmp_path / "two"
    shutil.copytree(nli_dir, two)
    (two / "model.onnx").rename(two / "a.onnx")
    shutil.copy(two / "a.onnx", two / "b.onnx")
    with pytest.raises(ConfigError, match=r"2 \*\.onnx files"):
        load(two)
    bad = _folder(tmp_path, "bad", config={"id2label": {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}})
    with pytest.raises(ConfigError, match=r"config\.json: id2label must map"):
        load(bad)
    short = _folder(tmp_path, "short", config={"id2label": {"0": "entailment", "1": "neutral"}})
    with pytest.raises(ConfigError, match="returns 3 scores"):
        load(short)


DOC = "003_a564510a00329eea"


def test_cli_check_reports_the_nli_judge(example_store: Path, nli_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CITE__JUDGE", "nli")
    monkeypatch.setenv("BRIEFING_CITE__NLI_MODEL_PATH", str(nli_dir))
    run = CliRunner()
    out = run.invoke(app, ["check", "The Syrian army never bombed civilians.", "--doc", DOC, "--json", "--store", str(example_store)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["judge"] == "nli" and data["verdict"] == "contradicted" and data["quotes"][0]["doc_id"] == DOC
    out = run.invoke(app, ["check", "The Syrian army bombed civilians.", "--doc", DOC, "--json", "--store", str(example_store)], catch_exceptions=False)
    data = json.loads(out.stdout)
    assert data["judge"] == "nli" and data["verdict"] == "unsupported"  # the rules call it contradicted; the model decided
