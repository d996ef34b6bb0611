"""Shared fixtures: stores under tmp paths, no real network, the example corpus ingested once."""
from __future__ import annotations

import ipaddress
import shutil
import socket
from pathlib import Path

import pytest

from briefing import Corpus, Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
TOPIC = "international backing for the Assad government"


def _loopback(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test gets its own store path and no OpenAI credentials; only loopback is reachable."""
    monkeypatch.setenv("BRIEFING_STORE__PATH", str(tmp_path / "store"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BRIEFING_GENERATE__BACKEND", "BRIEFING_STORE__CHROMA_URL"):
        monkeypatch.delenv(var, raising=False)
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if not _loopback(address):
            raise OSError(f"tests may not reach the network: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the five example articles, built once per session (copy it before writing)."""
    path = tmp_path_factory.mktemp("examples") / "store"
    report = Corpus(Settings(store={"path": path})).ingest([EXAMPLES])
    assert report.new == 5 and not report.skipped
    return path


@pytest.fixture()
def corpus(example_store: Path) -> Corpus:
    """A read-only view of the example store."""
    return Corpus(Settings(store={"path": example_store}))


@pytest.fixture()
def writable_corpus(example_store: Path, tmp_path: Path) -> Corpus:
    """A private copy of the example store that a test may change."""
    path = tmp_path / "copy"
    shutil.copytree(example_store, path)
    return Corpus(Settings(store={"path": path}))


def settings_at(path: Path, **groups: dict) -> Settings:
    return Settings(store={"path": path}, **groups)
