"""briefing: cited situation briefs from news articles, every citation checked against a verbatim quote.

    from briefing import Corpus
    corpus = Corpus()                        # settings from BRIEFING_* variables
    corpus.ingest([Path("examples/articles")])
    print(corpus.ask("Who backs the government?").answer)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "Article",
    "Brief",
    "BriefingError",
    "Chunk",
    "Citation",
    "Corpus",
    "Document",
    "Evidence",
    "Filters",
    "IngestReport",
    "Settings",
]

if TYPE_CHECKING:
    from .corpus import Corpus
    from .errors import BriefingError
    from .retrieve import Filters
    from .settings import Settings
    from .types import Answer, Article, Brief, Chunk, Citation, Document, Evidence, IngestReport

_WHERE = {
    "Corpus": "corpus", "BriefingError": "errors", "Filters": "retrieve", "Settings": "settings",
    "Answer": "types", "Article": "types", "Brief": "types", "Chunk": "types", "Citation": "types",
    "Document": "types", "Evidence": "types", "IngestReport": "types",
}


def __getattr__(name: str) -> Any:
    """Import lazily so `briefing --help` stays fast."""
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(name)
