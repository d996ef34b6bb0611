"""The dedup index: exact near-duplicate candidates from the postings of a document's rarest facts."""
from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing import Corpus, Settings
from briefing.dedup import DedupIndex, jaccard_bound, probe_size
from briefing.lexical import facts, overlap


def _unit(seed: int, base: np.ndarray | None = None, noise: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=16).astype(np.float32) if base is None else base + noise * rng.normal(size=16).astype(np.float32)
    return v / np.linalg.norm(v)


def test_probe_size_reads_enough_facts_for_any_document_over_the_threshold() -> None:
    # Jaccard >= 0.4 with 5 facts needs 2 shared: any 4 of the 5 hold one of them.
    assert probe_size(5, 0.4) == 4
    assert probe_size(10, 0.4) == 7
    assert probe_size(1, 0.4) == 1
    assert probe_size(0, 0.4) == 0


def test_jaccard_bound_is_never_below_the_true_jaccard() -> None:
    rng = random.Random(3)
    universe = [f"f{i}" for i in range(30)]
    for _ in range(300):
        x = set(rng.sample(universe, rng.randint(1, 12)))
        y = set(rng.sample(universe, rng.randint(1, 12)))
        read = set(rng.sample(sorted(x), probe_size(len(x), 0.4)))
        bound = jaccard_bound(len(read & y), len(x) - len(read), len(x), len(y))
        assert bound >= overlap(x, y) - 1e-12


def test_candidates_are_exactly_the_documents_passing_both_tests(tmp_path: Path) -> None:
    """Against a brute-force scan over random fact sets and vectors: the index finds every document with
    Jaccard >= t and cosine >= c, and nothing else."""
    rng = random.Random(5)
    universe = [f"name{i}" for i in range(40)] + ["syria", "2016", "aleppo"]  # a few facts every document states
    base = _unit(1)
    index = DedupIndex(tmp_path / "d.sqlite3")
    stored = []
    for i in range(120):
        fs = set(rng.sample(universe[:40], rng.randint(0, 10))) | {"syria", "2016", "aleppo"}
        vec = _unit(100 + i, base, noise=rng.choice([0.1, 0.5, 2.0]))
        stored.append((f"d{i}", "h", fs, vec))
    index.add(stored)
    for k in range(40):
        q = set(rng.sample(universe[:40], rng.randint(1, 10))) | ({"syria"} if k % 2 else set())
        qv = _unit(1000 + k, base, noise=0.3)
        got = index.candidates(q, qv, 0.4, 0.8)
        want = sorted(((d, float(v @ qv)) for d, _, f, v in stored if overlap(q, f) >= 0.4 and float(v @ qv) >= 0.8), key=lambda r: (-r[1], r[0]))
        assert [(d, round(c, 5)) for d, _, c in got] == [(d, round(c, 5)) for d, c in want]


def test_versions_are_kept_apart_and_removed(tmp_path: Path) -> None:
    index = DedupIndex(tmp_path / "d.sqlite3")
    v = _unit(1)
    index.add([("a", "h1", {"x", "y"}, v), ("a", "h2", {"x", "z"}, v), ("b", "h1", {"x", "y"}, v)])
    assert {(d, h) for d, h, _ in index.candidates({"x", "y"}, v, 0.3, 0.5)} == {("a", "h1"), ("a", "h2"), ("b", "h1")}
    index.remove(["a"], keep={"a": "h2"})
    assert index.rows() == {("a", "h2"), ("b", "h1")}
    assert index.retain({"b": "h1"}) == 1 and index.rows() == {("b", "h1")}
    # Document frequencies follow: only b states y now.
    assert dict(index._db().execute("SELECT fact, n FROM df").fetchall()) == {"x": 1, "y": 1, "z": 0}


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
    fixed.store._dedup.add([("ghost", "x", {"harbourton"}, _unit(2, noise=0.0))])
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
