"""A real `chroma run` server on 127.0.0.1: ingest and ask against it, then lose it and get it back."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import Corpus, Settings
from briefing.errors import StoreUnavailable

from .conftest import EXAMPLES

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(path: Path, port: int) -> subprocess.Popen[bytes]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    proc = subprocess.Popen([chroma, "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma run did not start")


def test_ingest_and_ask_against_a_chroma_server(tmp_path: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    settings = Settings(store={"path": tmp_path / "local", "chroma_url": url})
    proc = _start(tmp_path / "server", port)
    try:
        c = Corpus(settings)
        assert c.ingest([EXAMPLES]).new == 5
        a = c.ask("Who replaced the commander of Russian forces in Syria?")
        assert "Chaiko" in a.answer and a.citations
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    with pytest.raises(StoreUnavailable, match=f"127.0.0.1:{port}"):
        Corpus(settings).sources()
    proc = _start(tmp_path / "server", port)
    try:
        again = Corpus(settings)
        assert len(again.sources()) == 5  # nothing lost across the restart
        assert again.ingest([EXAMPLES]).unchanged == 5
        assert "Chaiko" in again.ask("Who replaced the commander of Russian forces in Syria?").answer
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_two_clients_with_their_own_store_folders_share_one_server(tmp_path: Path) -> None:
    """Sequential writers on two 'machines' (two --store folders, one Chroma server) see each other's documents."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = _start(tmp_path / "server", port)
    try:
        a = Corpus(Settings(store={"path": tmp_path / "machine-a", "chroma_url": url}))
        b = Corpus(Settings(store={"path": tmp_path / "machine-b", "chroma_url": url}))
        assert a.ingest([EXAMPLES]).new == 5
        assert "Chaiko" in b.ask("Who replaced the commander of Russian forces in Syria?").answer
        extra = tmp_path / "extra"
        extra.mkdir()
        (extra / "ferry.txt").write_text("Engineers reopened the Quillmoor ferry crossing on Thursday after three weeks of repairs, the port office said.")
        assert b.ingest([extra]).new == 1
        # A's saved lexical index belongs to an older generation: it is rebuilt, and finds B's article.
        hits = a.search("Quillmoor ferry crossing", k=3)
        assert hits and hits[0].document.doc_id == "ferry"
        assert a.doctor(repair=False)["ok"] and b.doctor(repair=False)["ok"]
        assert a.ingest([EXAMPLES, extra]).unchanged == 6
    finally:
        proc.terminate()
        proc.wait(timeout=30)
