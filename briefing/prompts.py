"""Prompt templates: files under prompts/ (shipped as briefing.templates), validated on load."""
from __future__ import annotations

import string
from importlib import resources
from pathlib import Path

from .errors import PromptError

# The variables each template must use, no more and no fewer.
EXPECTED: dict[str, frozenset[str]] = {
    "answer_system": frozenset({"example_key", "max_sentences"}),
    "answer_user": frozenset({"question", "evidence", "today"}),
    "brief_outline": frozenset({"max_actors"}),
    "brief_outline_user": frozenset({"topic", "actors", "evidence", "today"}),
    "brief_section": frozenset({"example_key"}),
    "brief_section_user": frozenset({"topic", "section", "evidence", "today"}),
    "brief_conflicts": frozenset({"example_key"}),
    "brief_retry": frozenset({"error"}),
    "judge_system": frozenset(),
    "judge_user": frozenset({"claim", "evidence"}),
}


def _variables(text: str, name: str) -> set[str]:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as exc:
        raise PromptError(f"prompt '{name}': {exc}; write literal braces as {{{{ and }}}}") from None


def _shipped(name: str) -> Path:
    """The shipped template: in a source checkout prompts/ beside the package, in a wheel briefing.templates."""
    checkout = Path(__file__).resolve().parent.parent / "prompts" / f"{name}.md"
    if checkout.is_file():
        return checkout
    try:
        installed = resources.files("briefing.templates").joinpath(f"{name}.md")
        if installed.is_file():
            return Path(str(installed))
    except (ModuleNotFoundError, TypeError):
        pass
    raise PromptError(f"prompt file '{name}.md' is missing from the installation; reinstall briefing")


def load(name: str, folder: Path | None = None) -> str:
    """The template text, checked against the variables it must use."""
    if name not in EXPECTED:
        raise PromptError(f"unknown prompt '{name}'; known: {', '.join(sorted(EXPECTED))}")
    if folder is not None and (folder / f"{name}.md").is_file():
        path = folder / f"{name}.md"
        text = path.read_text(encoding="utf-8")
    else:
        path = _shipped(name)
        text = path.read_text(encoding="utf-8")
    found = _variables(text, name)
    expected = EXPECTED[name]
    if found != expected:
        unknown, missing = sorted(found - expected), sorted(expected - found)
        parts = ([f"unknown variables {unknown}"] if unknown else []) + ([f"missing variables {missing}"] if missing else [])
        raise PromptError(f"prompt {path}: {'; '.join(parts)}; the template must use exactly {sorted(expected)}")
    return text


def render(name: str, folder: Path | None = None, **values: object) -> str:
    return load(name, folder).format(**values)
