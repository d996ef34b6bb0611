from __future__ import annotations

from pathlib import Path

import pytest

from briefing import prompts
from briefing.errors import PromptError


def test_shipped_prompts_load() -> None:
    for name in prompts.EXPECTED:
        assert prompts.load(name)


def test_override_folder_is_validated(tmp_path: Path) -> None:
    (tmp_path / "answer_user.md").write_text("Q: {question}\n{evidence}\n{today}\n{mood}")
    with pytest.raises(PromptError, match=r"unknown variables \['mood'\]"):
        prompts.load("answer_user", tmp_path)
    (tmp_path / "answer_user.md").write_text("Q: {question}\n{evidence}")
    with pytest.raises(PromptError, match=r"missing variables \['today'\]"):
        prompts.load("answer_user", tmp_path)
    (tmp_path / "answer_user.md").write_text("Question first: {question}\n\n{evidence}\n(today: {today})")
    assert prompts.render("answer_user", tmp_path, question="q", evidence="e", today="t").startswith("Question first: q")
    with pytest.raises(PromptError, match="unknown prompt"):
        prompts.load("nope")
