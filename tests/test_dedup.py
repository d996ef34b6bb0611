"""The dedup index: exact nearest stored documents from a flat file of their mean vectors."""
from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing import Corpus, Settings
from briefing.dedup import DedupIndex


def _unit(seed: int, base: np.ndarray | None = None, noise: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=16).astype(np.float32) if base is None else base + noise * rng.normal(size=16).astype(np.float32)
    return v / np.linalg.norm(v)


def test_nearest_is_an_exact_scan_of_the_mapped_rows(tmp_path: Path) -> None:
    """Against a brute-force ranking: the n nearest rows with cosine >= c, nearest first; rows whose mapping is
    gone (replaced or deleted versions) are skipped."""
    rng = np.random.default_rng(5)
    base = _unit(1)
    index = DedupIndex(tmp_path / "d.sqlite3")
    stored = [(f"d{i}", "h", _unit(100 + i, base, noise=float(rng.choice([0.1, 0.5, 2.0])))) for i in range(150)]
    index.add(stored[:70])
    index.add(stored[70:])
    index.remove(["d3", "d80"])
    live = [r for r in stored if r[0] not in ("d3", "d80")]
    queries = np.stack([_unit(1000 + k, base, noise=0.3) for k in range(20)])
    for q, got in zip(queries, index.nearest(queries, 5, 0.8)):
        want = sorted(((d, float(v @ q)) for d, _, v in live if float(v @ q) >= 0.8), key=lambda r: -r[1])[:5]
        assert [(d, round(c, 5)) for d, _, c in got] == [(d, round(c, 5)) for d, c in want]


def test_versions_are_kept_apart_and_removed(tmp_path: Path) -> None:
    index = DedupIndex(tmp_path / "d.sqlite3")
    v = _unit(1)
    index.add([("a", "h1", v), ("a", "h2", v), ("b", "h1", v), ("a", "h1", v)])
    assert {(d, h) for d, h, _ in index.nearest(v[None, :], 10, 0.5)[0]} == {("a", "h1"), ("a", "h2"), ("b", "h1")}
    index.remove(["a"], keep={"a": "h2"})
    assert index.rows() == {("a", "h2"), ("b", "h1")}
    assert index.retain({"b": "h1"}) == 1 and index.rows() == {("b", "h1")}
    assert [d for d, _, _ in index.nearest(v[None, :], 10, 0.5)[0]] == ["b"]


def test_a_torn_row_at_the_end_of_the_file_is_cut_before_the_next_append(tmp_path: Path) -> None:
    index = DedupIndex(tmp_path / "d.sqlite3")
    a, b = _unit(1), _unit(2)
    index.add([("a", "h", a)])
    with index.vectors_path.open("ab") as fh:  # a writer killed in the middle of a row
        fh.write(b"\x01\x02\x03")
    index.add([("b", "h", b)])
    assert index.nearest(b[None, :], 1, 0.99)[0][0][:2] == ("b", "h")
    assert index.vectors_path.stat().st_size == 2 * 16 * 4


def _article(i: int, names: list[str]) -> str:
    return " ".join(f"{n} said on Tuesday that {10 + i * 7 + j} families left the district of {names[(j + 1) % len(names)]}." for j, n in enumerate(names))


NAMES = ["Harbourton", "Millbrook", "Quarry Ridge", "Ashford", "Lindenvale", "Oakmere", "Brightwater", "Kestrel Point", "Fenwick", "Stonebridge", "Marlow", "Redcliff"]


def test_a_rewrite_ingested_later_is_found_through_the_index(tmp_path: Path) -> None:
    """A near-duplicate in a later ingest (not in the same batch) is found from the stored index, and the index
    holds one row per committed document after replacement, prune and doctor."""
    src = tmp_path / "in"
    src.mkdir()
    for i, group in enumerate(itertools.islice(itertools.permutations(NAMES, 5), 0, 60, 12)):
        (src / f"a{i}.txt").write_text(_article(i, list(group)))
    store = tmp_path / "store"
    c = Corpus(Settings(store={"path": store}))
    c.ingest([src])
    original = (src / "a2.txt").read_text()
    rewrite = tmp_path / "rewrite.txt"
    rewrite.write_text(original.replace("said on Tuesday that", "reported on Tuesday that").replace("left", "fled"))
    report = c.ingest([rewrite])
    assert report.duplicates == [("rewrite", "a2")]
    assert c.store.check()["dedup_index_ok"]
    (src / "a3.txt").write_text(_article(3, NAMES[6:11]))  # replaced: the old version's row goes
    (src / "a4.txt").unlink()
    c.ingest([src], prune=True)
    rows = c.store._dedup.rows()
    docs = c.store.documents()
    assert rows == {(d, doc.content_hash) for d, doc in docs.items()}
    # A store whose index is gone (written before it existed) gets it built on the next ingest; doctor rebuilds it.
    c.store._dedup.close()
    c.store._dedup.path.unlink()
    again = Corpus(Settings(store={"path": store}))
    assert again.doctor(repair=False)["dedup_index"].startswith("not built")
    (src / "a9.txt").write_text(original.replace("Tuesday", "Wednesday"))
    assert again.ingest([src]).duplicates == [("a9", "a2")]
    assert again.store._dedup.rows() == {(d, doc.content_hash) for d, doc in again.store.documents().items()}
    fixed = Corpus(Settings(store={"path": store}))
    fixed.store._dedup.add([("ghost", "x", np.full(384, 384 ** -0.5, dtype=np.float32))])
    assert fixed.doctor(repair=False)["dedup_index_ok"]  # a row no committed record matches is ignored, not an error


_KILL_BEFORE_RECORDS = """
import os, signal, sys
from pathlib import Path
from briefing import Corpus, Settings
from briefing import store as store_module
real = store_module.DedupIndex.{target}
def killed(self, *a, **k):
    real(self, *a, **k)
    os.kill(os.getpid(), signal.SIGKILL)
store_module.DedupIndex.{target} = killed
Corpus(Settings(store={{"path": Path(sys.argv[1])}})).ingest([Path(p) for p in sys.argv[2:]])
"""


@pytest.mark.slow
@pytest.mark.parametrize("target", ["add", "remove"])
def test_sigkill_after_the_index_rows_leaves_nothing_a_lookup_or_doctor_trusts(tmp_path: Path, target: str) -> None:
    """Killed after the dedup rows are written (before the document records) or after the records (before the
    replaced version's rows go): the store is consistent, the rerun completes and the index ends with exactly
    the committed versions."""
    src = tmp_path / "in"
    src.mkdir()
    for i, group in enumerate(itertools.islice(itertools.permutations(NAMES, 5), 0, 48, 12)):
        (src / f"a{i}.txt").write_text(_article(i, list(group)))
    store = tmp_path / "store"
    Corpus(Settings(store={"path": store})).ingest([src])
    (src / "a1.txt").write_text(_article(1, NAMES[7:12]))  # a replacement: its old row is removed after the record
    (src / "a9.txt").write_text(_article(9, NAMES[2:7]))
    files = sorted(map(str, src.glob("*.txt")))
    proc = subprocess.run([sys.executable, "-c", _KILL_BEFORE_RECORDS.format(target=target), str(store), *files], capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-500:]
    c = Corpus(Settings(store={"path": store}))
    found = c.doctor(repair=False)
    # (A replaced document killed between its new chunks and its new record reads as incomplete until the rerun,
    # as before this index: its old record no longer matches the chunks.)
    assert found["interrupted_ingest"] and found["dedup_index_ok"]
    done = c.ingest([Path(f) for f in files])
    assert done.new + done.updated + done.unchanged == 5
    final = Corpus(Settings(store={"path": store}))
    assert final.doctor(repair=False)["ok"]
    assert final.store._dedup.rows() == {(d, doc.content_hash) for d, doc in final.store.documents().items()}
    assert os.path.exists(final.store._dedup.path)


def test_vectors_written_as_one_float32_array_are_stored_as_the_list_of_floats_was(tmp_path: Path) -> None:
    """store._vectors (one float32 array per Chroma write) stores the same values as the lists of Python floats it replaced."""
    import chromadb

    from briefing.store import _COLLECTION_META, _vectors

    rows = [_unit(seed) * (1 + seed) for seed in range(40)]  # not unit length: a cosine collection stores them as given
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    ids = [f"r{i}" for i in range(len(rows))]
    as_array, as_list = (client.get_or_create_collection(name, metadata=_COLLECTION_META) for name in ("as-array", "as-list"))
    as_array.upsert(ids=ids, embeddings=_vectors(rows), documents=["x"] * len(rows))
    as_list.upsert(ids=ids, embeddings=[r.tolist() for r in rows], documents=["x"] * len(rows))
    got = [np.asarray(col.get(ids=ids, include=["embeddings"])["embeddings"], dtype=np.float32) for col in (as_array, as_list)]
    assert _vectors(rows).dtype == np.float32
    assert np.array_equal(got[0], got[1])
    assert np.allclose(got[0], np.stack(rows), rtol=1e-6)  # what was written (Chroma's own rounding aside)
