"""SIGKILL an ingest at random points; the store stays consistent and a re-run completes it. Writers are serialised."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import Corpus, Settings
from briefing.errors import StoreBusy
from briefing.store import collection_base

pytestmark = pytest.mark.slow
TRIALS = int(os.environ.get("BRIEFING_KILL_TRIALS", "20"))
WORDS = "army council bridge harbour minister convoy river village market clinic border talks ceasefire fuel grain school".split()


def _corpus_dir(root: Path, n: int = 60) -> Path:
    rng = random.Random(7)
    root.mkdir()
    for i in range(n):
        sentences = [f"Report {i} line {j}: the {rng.choice(WORDS)} near the {rng.choice(WORDS)} saw {rng.randint(2, 900)} people on day {j}." for j in range(14)]
        (root / f"doc{i:03d}.txt").write_text(" ".join(sentences))
    return root


def _consistent(store: Path) -> dict[str, object]:
    c = Corpus(Settings(store={"path": store}))
    report = c.store.check(repair=False)
    docs = c.sources()
    # Committed documents are whole, the lexical index holds exactly their chunks, search sees no uncommitted chunk.
    assert report["incomplete_documents"] == [] and report["lexical_index_ok"], report
    assert report["chunks"] == sum(d.chunks for d in docs)
    if docs:
        ev = c.search("people near the harbour", k=8)
        assert all(e.document.doc_id in {d.doc_id for d in docs} for e in ev)
    return report


def test_sigkill_during_ingest_never_corrupts_the_store(tmp_path: Path) -> None:
    src = _corpus_dir(tmp_path / "in")
    store = tmp_path / "store"
    env = {**os.environ, "BRIEFING_STORE__PATH": str(store), "BRIEFING_CHUNK__INGEST_BATCH": "12"}
    lock = store / f".lock-{collection_base('default')}"
    rng = random.Random(11)
    kills = runs = 0
    while kills < TRIALS and runs < 3 * TRIALS:
        runs += 1
        proc = subprocess.Popen([sys.executable, "-m", "briefing", "ingest", str(src)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None:  # wait until it holds the write lock
            if lock.exists() and lock.read_text().strip() == str(proc.pid):
                break
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        report = _consistent(store)
        if report["documents"] == 60:
            # Complete: start over in a new store so later kills land mid-ingest too.
            store = tmp_path / f"store{runs}"
            env["BRIEFING_STORE__PATH"] = str(store)
            lock = store / f".lock-{collection_base('default')}"
    assert kills == TRIALS, f"only {kills} kills in {runs} runs"
    final = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(src)], env=env, capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr
    report = _consistent(store)
    assert report["documents"] == 60 and report["orphan_chunks"] == 0 and report["ok"]
    again = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(src), "--json"], env=env, capture_output=True, text=True, timeout=600)
    assert '"unchanged": 60' in again.stdout


def test_a_second_writer_waits_then_says_the_store_is_busy(tmp_path: Path) -> None:
    src = _corpus_dir(tmp_path / "in", n=2)
    c = Corpus(Settings(store={"path": tmp_path / "store", "lock_timeout": 0.5}))
    with c.store.write_lock():
        with pytest.raises(StoreBusy, match="another briefing process is writing"):
            Corpus(Settings(store={"path": tmp_path / "store", "lock_timeout": 0.5})).ingest([src])
        env = {**os.environ, "BRIEFING_STORE__PATH": str(tmp_path / "store"), "BRIEFING_STORE__LOCK_TIMEOUT": "0.5"}
        out = subprocess.run([sys.executable, "-m", "briefing", "ingest", str(src)], env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 1 and "another briefing process is writing" in out.stderr
    assert c.ingest([src]).new == 2  # free again


def test_ask_during_an_ingest_answers_from_a_consistent_state(tmp_path: Path) -> None:
    src = _corpus_dir(tmp_path / "in", n=40)
    store = tmp_path / "store"
    env = {**os.environ, "BRIEFING_STORE__PATH": str(store), "BRIEFING_CHUNK__INGEST_BATCH": "8"}
    subprocess.run([sys.executable, "-m", "briefing", "ingest", str(src / "doc000.txt")], env=env, check=True, capture_output=True, timeout=120)
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "ingest", str(src)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reader = Corpus(Settings(store={"path": store}))
    answers = 0
    while proc.poll() is None:
        a = reader.ask("How many people were near the harbour on day 3?")
        docs = {d.doc_id for d in reader.sources()}
        assert all(c.doc_id in docs or c.doc_id for c in a.citations)
        for c in a.citations:
            assert c.quote in (reader.store.original(c.doc_id) or "")
        answers += 1
    assert proc.returncode == 0 and answers >= 1


def test_doctor_repairs_what_a_crash_left(tmp_path: Path) -> None:
    src = _corpus_dir(tmp_path / "in", n=3)
    store = tmp_path / "store"
    c = Corpus(Settings(store={"path": store}))
    c.ingest([src])
    # Simulate damage: an uncommitted chunk and a document that lost a chunk.
    doc = c.sources()[0]
    ch = c.store.doc_chunks(doc.doc_id)
    c.store.chunks.upsert(ids=["ghost::0000"], embeddings=[[0.1] * 384], documents=["ghost"], metadatas=[{"doc_id": "ghost", "index": 0, "tokens": 1, "spans": "[]", "doc_hash": "x"}])
    c.store.chunks.delete(ids=[ch[0].chunk_id])
    found = Corpus(Settings(store={"path": store})).doctor(repair=False)
    assert found["orphan_chunks"] == 1 and found["incomplete_documents"] == [doc.doc_id] and not found["ok"]
    fixed = Corpus(Settings(store={"path": store})).doctor(repair=True)
    assert fixed["repaired"] is True
    after = Corpus(Settings(store={"path": store}))
    assert after.doctor(repair=False)["ok"] and len(after.sources()) == 2
    assert after.ingest([src]).new == 1 and after.doctor(repair=False)["ok"]


_KILL_IN_LEXICAL = """
import os, signal, sys
from pathlib import Path
from briefing import Corpus, Settings
from briefing import lexical
real = lexical.{target}
def killed(*a, **k):
    if {after}:
        real(*a, **k)
    os.kill(os.getpid(), signal.SIGKILL)
lexical.{target} = killed
Corpus(Settings(store={{"path": Path(sys.argv[1])}})).ingest([Path(p) for p in sys.argv[2:]])
"""


@pytest.mark.parametrize(("target", "after"), [("Segment.save", False), ("Segment.save", True), ("_write_atomic", False), ("LexicalIndex._collect", False)])
def test_sigkill_during_the_lexical_update_keeps_generation_and_index_in_step(tmp_path: Path, target: str, after: bool) -> None:
    src = _corpus_dir(tmp_path / "in", n=12)
    store = tmp_path / "store"
    first = sorted(src.glob("*.txt"))
    Corpus(Settings(store={"path": store})).ingest(first[:6])
    script = _KILL_IN_LEXICAL.format(target=target, after=after)
    proc = subprocess.run([sys.executable, "-c", script, str(store), *map(str, first)], capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    report = _consistent(store)  # the killed write is flagged; queries build the index from what is committed
    assert report["interrupted_ingest"] and report["lexical_index_ok"]
    done = Corpus(Settings(store={"path": store})).ingest(first)
    assert done.new + done.unchanged == 12
    final = _consistent(store)
    assert final["ok"] and final["documents"] == 12 and final["lexical_index"] == "ok"


def test_incremental_index_equals_a_full_rebuild(tmp_path: Path) -> None:
    """Adds, replacements and prunes update the saved index; it ranks exactly like one built from scratch."""
    src = _corpus_dir(tmp_path / "in", n=30)
    c = Corpus(Settings(store={"path": tmp_path / "store"}))
    files = sorted(src.glob("*.txt"))
    c.ingest(files[:10])
    for k in range(10, 30, 4):
        c.ingest(files[: k + 4])
    files[3].write_text(files[3].read_text() + " The harbour bridge reopened to convoy traffic.")
    files[5].unlink()
    c.ingest([src], prune=True)
    fresh = Corpus(Settings(store={"path": tmp_path / "store"}))
    saved = fresh.store.lexical()
    assert len(saved.segments) >= 1 and sorted(saved.live_ids()) == sorted(fresh.store._live_chunks())
    rebuilt = fresh.store._build_lexical("check")
    for q in ("people near the harbour", "convoy on day 3", "ceasefire talks at the border", "harbour bridge reopened"):
        assert saved.search(q, 50) == rebuilt.search(q, 50) or [s for _, s in saved.search(q, 50)] == [s for _, s in rebuilt.search(q, 50)]
    assert fresh.doctor(repair=False)["ok"]


def test_a_chunk_record_left_without_metadata_is_an_orphan_not_a_crash(writable_corpus: Corpus) -> None:
    # A SIGKILL between Chroma's own writes can leave a record with an id and a vector but no metadata.
    store = writable_corpus.store
    store.chunks.add(ids=["ghost::0000"], embeddings=[[0.05] * 384], documents=["Xland jets struck Velmar on Monday."])
    assert writable_corpus.search("Xland jets struck Velmar")  # queries skip it
    report = writable_corpus.doctor(repair=False)
    assert report["orphan_chunks"] == 1
    writable_corpus.doctor()
    assert writable_corpus.doctor(repair=False)["orphan_chunks"] == 0
