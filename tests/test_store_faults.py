"""Store faults and data loss: ids never overwrite another input's document silently, and a store
that is read-only, full, damaged or missing its database fails readable (no traceback, no advice
to delete the corpus)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import Corpus, Settings
from briefing.errors import StoreError
from briefing.store import collection_base

from .conftest import EXAMPLES

ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="needs root to mount a tmpfs / read-only bind mount")


def _corpus(path: Path) -> Corpus:
    return Corpus(Settings(store={"path": path}))


def _cli(store: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEFING_STORE__PATH": str(store)}
    return subprocess.run([sys.executable, "-m", "briefing", *args], env=env, capture_output=True, text=True, timeout=timeout)


def _tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


# -- identity -------------------------------------------------------------------------------------
def test_same_file_name_in_another_folder_is_stored_apart_with_a_line(tmp_path: Path) -> None:
    mon, tue = tmp_path / "monday", tmp_path / "tuesday"
    mon.mkdir()
    tue.mkdir()
    (mon / "report.txt").write_text("Monday: the council closed the northern bridge after the flood damaged its pillars.")
    (tue / "report.txt").write_text("Tuesday: engineers reopened the ferry crossing while the bridge stays shut for repairs.")
    c = _corpus(tmp_path / "store")
    assert c.ingest([mon]).new == 1
    second = c.ingest([tue])
    assert (second.new, second.updated) == (1, 0)
    line = " ".join(p.reason for p in second.problems)
    assert "id 'report' is taken by" in line and str(mon / "report.txt") in line and "stored as 'report.2'" in line
    docs = {d.doc_id: d for d in c.sources()}
    assert docs["report"].origin.startswith(str(mon)) and docs["report.2"].origin.startswith(str(tue))
    # Each file keeps its own id on later runs: unchanged, and a change replaces only its own document.
    again = c.ingest([mon, tue])
    assert (again.new, again.updated, again.unchanged, again.skipped) == (0, 0, 2, 0)
    (mon / "report.txt").write_text("Monday, corrected: the council closed the northern bridge and the ferry.")
    changed = c.ingest([tue, mon])
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 1)
    assert "ferry" in c.show("report")[1] and "engineers" in c.show("report.2")[1]


def test_front_matter_id_never_takes_another_documents_id(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "b.txt").write_text("The port authority said grain exports rose by a third in the spring.")
    (src / "a.md").write_text("---\nid: b\ntitle: Claims b\n---\nA planted note claims the port closed in the spring.")
    c = _corpus(tmp_path / "store")
    # In one run, the file named b keeps id b although a.md (read first) names it in its front matter.
    report = c.ingest([src])
    assert report.new == 2 and report.skipped == 0
    assert "grain exports" in c.show("b")[1] and "planted note" in c.show("b.2")[1]
    assert any("id 'b' is taken by" in p.reason and p.where.endswith("a.md") for p in report.problems)
    # In a later run, a new file naming a stored id is stored apart, with a line.
    other = tmp_path / "later"
    other.mkdir()
    (other / "x.md").write_text("---\nid: b\n---\nAnother note about the harbour cranes being repaired.")
    later = c.ingest([other])
    assert later.new == 1 and any("stored as 'b.3'" in p.reason for p in later.problems)
    assert "grain exports" in c.show("b")[1]


# -- read-only -------------------------------------------------------------------------------------
@pytest.fixture()
def read_only_store(example_store: Path, tmp_path: Path) -> Iterator[Path]:
    src = tmp_path / "src"
    shutil.copytree(example_store, src)
    mnt = tmp_path / "ro"
    mnt.mkdir()
    subprocess.run(["mount", "--bind", str(src), str(mnt)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], check=True)
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


@ROOT_ONLY
def test_read_only_store_answers_reads_and_names_the_write_commands(read_only_store: Path) -> None:
    for args in (["sources"], ["ask", "Who replaced the commander of Russian forces in Syria?"], ["show", "000_c2cd9c9f4bf8ec9d"], ["doctor", "--check"], ["brief", "international backing for the Assad government"]):
        out = _cli(read_only_store, *args)
        assert out.returncode == 0, (args, out.stderr)
        assert "Traceback" not in out.stderr and "read-only" in out.stderr, (args, out.stderr)
    assert "Chaiko" in _cli(read_only_store, "ask", "Who replaced the commander of Russian forces in Syria?").stdout
    ing = _cli(read_only_store, "ingest", str(EXAMPLES))
    assert ing.returncode == 1 and "Traceback" not in ing.stderr
    assert "read-only" in ing.stderr and "'briefing ingest'" in ing.stderr and "reset" not in ing.stderr.split("need write access")[-1]


# -- full disk --------------------------------------------------------------------------------------
@ROOT_ONLY
def test_full_disk_says_so_and_a_rerun_completes_after_space_is_freed(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], check=True)
    try:
        store = disk / "store"
        assert _cli(store, "ingest", str(EXAMPLES)).returncode == 0
        more = tmp_path / "more"
        more.mkdir()
        for i in range(40):
            (more / f"note{i:02d}.txt").write_text(" ".join(f"Note {i} line {j}: the convoy reached village {j * 7 + i} with {i * 13 + j} crates of grain." for j in range(14)))
        free = shutil.disk_usage(disk).free
        filler = disk / "filler"
        filler.write_bytes(b"\0" * max(0, free - 48 * 1024))
        out = _cli(store, "ingest", str(more))
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
        assert "full" in out.stderr and "free some space" in out.stderr and "reset" not in out.stderr
        # Reads still work on the full disk.
        assert _cli(store, "sources").returncode == 0
        filler.unlink()
        again = _cli(store, "ingest", str(more), "--json")
        assert again.returncode == 0, again.stderr
        check = _cli(store, "doctor", "--check", "--json")
        report = json.loads(check.stdout)
        assert report["ok"] and report["documents"] == 45, report
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# -- damaged lexical index ----------------------------------------------------------------------------
def _lexical_dir(store: Path) -> Path:
    return store / "lexical" / collection_base("default")


def _damage(kind: str, folder: Path) -> None:
    manifest = next(folder.glob("gen-*.json"))
    seg = next(folder.glob("seg-*.json"))
    if kind == "manifest-bad-json":
        manifest.write_text(manifest.read_text()[:-7])
    elif kind == "segment-truncated-array":
        text = seg.read_text()
        seg.write_text(text[: text.index('"meta"') - 3] + "]}")
    elif kind == "ids-wrong-type":
        info = json.loads(seg.read_text())
        info["ids"] = list(range(len(info["ids"])))
        seg.write_text(json.dumps(info))
    elif kind == "ids-wrong-order":
        info = json.loads(seg.read_text())
        info["ids"] = info["ids"][::-1]
        seg.write_text(json.dumps(info))
    elif kind == "postings-truncated":
        npz = seg.with_suffix(".npz")
        npz.write_bytes(npz.read_bytes()[:100])
    elif kind == "manifest-names-missing-segment":
        m = json.loads(manifest.read_text())
        m["segments"][0]["name"] = "0123456789abcdef"
        manifest.write_text(json.dumps(m))


@pytest.mark.parametrize("kind", ["manifest-bad-json", "segment-truncated-array", "ids-wrong-type", "ids-wrong-order", "postings-truncated", "manifest-names-missing-segment"])
def test_damaged_lexical_index_is_reported_by_check_and_rebuilt(example_store: Path, tmp_path: Path, kind: str) -> None:
    store = tmp_path / "copy"
    shutil.copytree(example_store, store)
    folder = _lexical_dir(store)
    _damage(kind, folder)
    before = _tree_digest(folder)
    found = _corpus(store).doctor(repair=False)
    assert not found["lexical_index_ok"] and not found["ok"] and "damaged" in str(found["lexical_index"]), found
    assert _tree_digest(folder) == before  # --check changes nothing (Chroma's own files aside, which it touches on open)
    if kind == "manifest-bad-json":  # the command line says the same (one kind is enough: the path is shared)
        out = _cli(store, "doctor", "--check")
        assert out.returncode == 3 and "Traceback" not in out.stderr and "damaged" in out.stdout
    # A query rebuilds the index instead of aborting, and doctor repairs it.
    answer = _corpus(store).ask("Who replaced the commander of Russian forces in Syria?")
    assert "Chaiko" in answer.answer
    assert _corpus(store).doctor(repair=False)["lexical_index_ok"]
    _damage(kind, folder)
    assert _corpus(store).doctor(repair=True)["repaired"]
    assert _corpus(store).doctor(repair=False)["ok"]


# -- deleted database -----------------------------------------------------------------------------------
def test_deleted_chroma_database_is_reported_not_an_empty_corpus(example_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "copy"
    shutil.copytree(example_store, store)
    shutil.rmtree(store / "chroma")
    with pytest.raises(StoreError, match="Chroma database .* is missing"):
        _corpus(store).sources()
    for args in (["sources"], ["ask", "who?"], ["doctor", "--check"], ["ingest", str(EXAMPLES)]):
        out = _cli(store, *args)
        assert out.returncode == 1 and "Traceback" not in out.stderr and "is missing" in out.stderr, (args, out.stderr)
        assert "documents are already gone" in out.stderr  # the one destructive fix says what it loses
    assert not (store / "chroma").exists()  # reads did not create an empty database in its place
    assert _cli(store, "reset", "--yes").returncode == 0
    assert _corpus(store).ingest([EXAMPLES]).new == 5
