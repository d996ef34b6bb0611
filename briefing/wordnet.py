"""Word pairs from WordNet 3.0 shipped with the package (antonyms.txt, event_nouns.txt, noun_kinds.txt, noun_hyponyms.txt), and
the lines of any other packaged text file (group_aliases.txt): read once, nothing downloads.

Each file is written by a script in benchmarks/ (wordnet_antonyms.py, wordnet_events.py, wordnet_kinds.py) from
Debian's wordnet-base; WordNet's licence stands at the head of each file.
"""
from __future__ import annotations

from importlib import resources

__all__ = ["data_lines", "pairs"]


def data_lines(filename: str) -> list[str]:
    """The lines of a text file packaged with briefing, blank and '#' lines skipped."""
    text = resources.files("briefing").joinpath(filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def pairs(filename: str) -> list[tuple[str, str]]:
    """The (first, second) word pairs of a packaged pair file, one pair a line."""
    return [(a, b) for a, b in (line.split() for line in data_lines(filename))]
