"""Word pairs from WordNet 3.0 shipped with the package (antonyms.txt, event_nouns.txt, noun_kinds.txt, noun_hyponyms.txt): read once,
nothing downloads.

Each file is written by a script in benchmarks/ (wordnet_antonyms.py, wordnet_events.py, wordnet_kinds.py) from
Debian's wordnet-base; WordNet's licence stands at the head of each file.
"""
from __future__ import annotations

from importlib import resources

__all__ = ["pairs"]


def pairs(filename: str) -> list[tuple[str, str]]:
    """The (first, second) word pairs of a packaged pair file, one pair a line, '#' lines skipped."""
    text = resources.files("briefing").joinpath(filename).read_text(encoding="utf-8")
    return [(a, b) for a, b in (line.split() for line in text.splitlines() if line and not line.startswith("#"))]
