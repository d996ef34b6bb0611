"""The one error tree of briefing. Every message says what went wrong and how to fix it.

    BriefingError
    ├── ConfigError          bad settings, missing key, unknown backend
    ├── PromptError          a prompt file is missing or has unknown/missing variables
    ├── InputError           a file or record cannot be read (names the file/record)
    ├── StoreError           the vector store cannot be used
    │   ├── StoreMismatch    the store was built with another embedder
    │   ├── StoreBusy        another process holds the store's write lock
    │   ├── StoreReadOnly    the store cannot be written (names the command that needs write access)
    │   ├── StoreFull        the disk holding the store is full
    │   ├── StoreUnavailable a Chroma server does not answer (names the URL)
    │   └── EmptyCorpus      a question or brief asked of a corpus with no documents
    ├── EmbeddingError       the embedder failed (model file, endpoint)
    └── LLMError             the chat model failed after retries (names the endpoint)

The CLI and the servers catch only BriefingError; anything else is a bug.
"""
from __future__ import annotations


class BriefingError(Exception):
    """Base of every error briefing raises on purpose."""


class ConfigError(BriefingError):
    """Settings are invalid or incomplete."""


class PromptError(BriefingError):
    """A prompt template cannot be loaded or does not fit its variables."""


class InputError(BriefingError):
    """An input file or record cannot be ingested."""


class StoreError(BriefingError):
    """The vector store cannot be used."""


class StoreMismatch(StoreError):
    """The store was built with a different embedder."""


class StoreBusy(StoreError):
    """Another process is writing to the store."""


class StoreReadOnly(StoreError):
    """The store is on a read-only file system or not writable by this user."""


class StoreFull(StoreError):
    """The disk holding the store has no space left."""


class StoreUnavailable(StoreError):
    """A Chroma server is unreachable."""


class EmptyCorpus(StoreError):
    """The corpus holds no documents (or the store does not exist): nothing to answer from."""


class EmbeddingError(BriefingError):
    """The embedding backend failed."""


class LLMError(BriefingError):
    """The chat model failed after retries."""
