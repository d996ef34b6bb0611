from __future__ import annotations

import csv
import json
import shutil
import time
from pathlib import Path

import pytest

from briefing import Corpus, Settings
from briefing.errors import StoreMismatch
from briefing.reader import FieldMap

from .conftest import EXAMPLES


def _corpus(tmp_path: Path, **groups: dict) -> Corpus:
    return Corpus(Settings(store={"path": tmp_path / "store"}, **groups))


def _record_embedded(c: Corpus) -> list[str]:
    """From now on every text the corpus embeds is appended to the returned list (and embedded as before)."""
    embedded: list[str] = []
    inner = c.embedder

    class Recording:
        name, dim = inner.name, inner.dim

        def embed(self, texts: list[str]):  # noqa: ANN202
            embedded.extend(texts)
            return inner.embed(texts)

    c._embedder = Recording()
    return embedded


def test_examples_ingest_with_metadata_and_duplicates(corpus: Corpus) -> None:
    docs = {d.doc_id: d for d in corpus.sources()}
    assert len(docs) == 5
    assert docs["001_4efe01105d93e776"].duplicate_of == "000_c2cd9c9f4bf8ec9d"
    assert docs["004_300f4099c5dd32fd"].published == "2018-08"
    assert docs["002_ff6499cc7a25c720"].source == "RT"
    assert all(d.duplicate_of is None for k, d in docs.items() if k != "001_4efe01105d93e776")


def test_reingest_is_idempotent_and_changes_replace_chunks(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    c = _corpus(tmp_path)
    first = c.ingest([src])
    chunks = c.store.count_chunks()
    again = c.ingest([src])
    assert (again.new, again.updated, again.unchanged, again.chunks) == (0, 0, 5, 0)
    assert c.store.count_chunks() == chunks
    target = next(src.glob("002_*.txt"))
    target.write_text(target.read_text() + "\nA new closing sentence says the embassy closed on Friday.\n")
    changed = c.ingest([src])
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 4)
    doc_chunks = c.store.doc_chunks(target.stem)
    assert "embassy closed on Friday" in " ".join(ch.text for ch in doc_chunks)
    assert c.store.count_chunks() == chunks - first.chunks + sum(d.chunks for d in c.sources())
    target.unlink()
    pruned = c.ingest([src], prune=True)
    assert pruned.pruned == 1 and target.stem not in {d.doc_id for d in c.sources()}
    assert c.store.doc_chunks(target.stem) == []


def test_duplicate_ids_with_other_text_are_kept_apart(tmp_path: Path) -> None:
    p = tmp_path / "rows.csv"
    with p.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["unit_id", "article_content", "article_title", "date", "source"])
        w.writerow(["7", "Shelling killed four people in the northern town on Monday, officials said.", "Shelling", "4/5/2017", "sana"])
        w.writerow(["7", "Shelling killed four people in the northern town on Monday, officials said.", "Shelling", "4/5/2017", "sana"])
        w.writerow(["7", "A convoy of aid trucks reached the besieged district after weeks of talks.", "Aid", "4/6/2017", "sana"])
        w.writerow(["8", "Shelling killed four people in the northern town on Monday, officials said.", "Shelling", "4/5/2017", "trt"])
    c = _corpus(tmp_path)
    r = c.ingest([p], fields=FieldMap(id="unit_id", text="article_content", title="article_title", date="date", source="source"))
    ids = {d.doc_id: d for d in c.sources()}
    assert set(ids) == {"7", "7.2", "8"}
    assert r.id_collisions == ["7"]
    assert ids["8"].duplicate_of == "7" and ids["7.2"].duplicate_of is None
    assert ids["7"].published == "2017-04-05"
    assert any("repeats record" in pr.reason for pr in r.problems)


def test_boilerplate_repeated_across_documents_is_removed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    trailer = "Subscribe to our channel for the latest in-depth reporting from the ground."
    events = ["a bridge collapsed", "the port reopened", "talks resumed", "a dam burst", "prices rose", "schools closed", "a ferry sank", "the border opened", "a fire spread"]
    for i, e in enumerate(events):
        (src / f"d{i}.txt").write_text(f"In city number {i}, {e} on Tuesday according to officials. {trailer}\n")
    c = _corpus(tmp_path)
    c.ingest([src])
    assert all(trailer not in ch.text for d in c.sources() for ch in c.store.doc_chunks(d.doc_id))


def test_bad_inputs_are_skipped_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    c = _corpus(tmp_path)
    c.ingest([EXAMPLES])
    before = c.store.count_chunks()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "bin.txt").write_bytes(b"\x00" * 50)
    (bad / "empty.md").write_text("")
    (bad / "rows.jsonl").write_text('{"text": "A good record about the river crossing."}\n{oops\n')
    r = c.ingest([bad])
    assert r.new == 1 and r.skipped == 3
    where = " ".join(p.where for p in r.problems)
    assert "bin.txt" in where and "empty.md" in where and "rows.jsonl" in where
    assert c.store.count_chunks() > before and len(c.sources()) == 6


def test_a_crash_before_the_document_record_leaves_no_visible_half_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    c = _corpus(tmp_path)
    store = c.store
    real_upsert = store.docs.upsert
    calls = {"n": 0}

    def crash(*args: object, **kwargs: object) -> object:
        if kwargs.get("ids") and kwargs["ids"] != ["__state__"]:  # type: ignore[comparison-overlap]
            calls["n"] += 1
            raise KeyboardInterrupt("simulated crash after the chunks were written")
        return real_upsert(*args, **kwargs)

    monkeypatch.setattr(store.docs, "upsert", crash)
    with pytest.raises(KeyboardInterrupt):
        c.ingest([src])
    monkeypatch.setattr(store.docs, "upsert", real_upsert)
    fresh = _corpus(tmp_path)
    assert fresh.sources() == [] and fresh.store.count_chunks() > 0  # orphan chunks, no documents
    assert fresh.search("Who backs the government?") == []  # orphans are never evidence
    r = fresh.ingest([src])
    assert r.new == 5
    assert fresh.store.count_chunks() == sum(d.chunks for d in fresh.sources())


def test_another_embedder_is_a_clear_error(tmp_path: Path, corpus: Corpus) -> None:
    # The mismatch is caught before any request is sent, so the endpoint need not exist.
    other = Corpus(Settings(store={"path": corpus.settings.store.path}, embed={"backend": "openai", "base_url": "http://127.0.0.1:9/v1"}))
    with pytest.raises(StoreMismatch, match="onnx:all-MiniLM-L6-v2-int8"):
        other.ask("Who backs the government?")


def test_an_exact_duplicate_from_an_earlier_run_reuses_the_stored_vectors(tmp_path: Path) -> None:
    text = "Monitors said the ceasefire held overnight in the southern province. Aid convoys were expected on Tuesday, officials said."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "first.txt").write_text(text)
    (tmp_path / "b" / "second.txt").write_text(text)
    c = _corpus(tmp_path)
    c.ingest([tmp_path / "a"])
    embedded = _record_embedded(c)
    report = c.ingest([tmp_path / "b"])
    assert report.new == 1 and report.duplicates == [("second", "first")]
    assert embedded == []  # same cleaned text, same embedding text: the stored vectors are reused
    stored = c.store.chunks.get(where={"doc_id": {"$in": ["first", "second"]}}, include=["embeddings", "metadatas"])
    vecs = {m["doc_id"]: e for m, e in zip(stored["metadatas"], stored["embeddings"])}
    assert list(vecs["first"]) == list(vecs["second"])


def test_a_one_article_ingest_reads_only_what_it_needs_from_a_large_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows read from Chroma and from the saved lexical index by a one-article ingest stay small and do not grow with the store."""
    import hashlib

    import numpy as np
    from chromadb.api.models.Collection import Collection

    from briefing import lexical
    from briefing.store import Store

    c = _corpus(tmp_path)
    real = c.embedder

    class Hashed:
        """Unit vectors seeded by the text: a store of many documents without the model's cost (same name and size)."""

        name, dim = real.name, real.dim

        def embed(self, texts: list[str]) -> np.ndarray:
            vecs = np.stack([np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:12], 16)).standard_normal(real.dim or 384) for t in texts])
            return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)

    words = "harbour council ministry river convoy station bridge market school hospital border valley".split()
    src = tmp_path / "pad"
    src.mkdir()
    for i in range(240):
        body = " ".join(f"The {words[(i + k) % len(words)]} report number {i * 7 + k} was filed by office {i} on day {k}." for k in range(40))
        (src / f"pad-{i:03d}.txt").write_text(f"Notice {i}\n\n{body}")
    c._embedder = Hashed()
    assert c.ingest([src]).new == 240
    stored_chunks = c.store.count_chunks()
    assert stored_chunks > 400

    rows = {"chroma": 0, "lexical": 0, "all_documents": 0}
    real_get, real_query, real_load = Collection.get, Collection.query, lexical.Segment.load
    real_documents = Store.documents

    def get(self: Collection, *a: object, **k: object) -> object:
        got = real_get(self, *a, **k)
        rows["chroma"] += len(got["ids"])
        return got

    def query(self: Collection, *a: object, **k: object) -> object:
        got = real_query(self, *a, **k)
        rows["chroma"] += sum(len(x) for x in got["ids"])
        return got

    def load(cls: type, *a: object, **k: object) -> object:
        seg = real_load(*a, **k)
        rows["lexical"] += len(seg.ids)
        return seg

    def documents(self: Store) -> object:
        rows["all_documents"] += 1
        return real_documents(self)

    monkeypatch.setattr(Collection, "get", get)
    monkeypatch.setattr(Collection, "query", query)
    monkeypatch.setattr(lexical.Segment, "load", classmethod(load))
    monkeypatch.setattr(Store, "documents", documents)
    new = tmp_path / "new"
    new.mkdir()
    (new / "fresh.txt").write_text("Ferry talks\n\nNegotiators met at the harbour on Monday to reopen the ferry line. " * 3)
    fresh = Corpus(c.settings)  # a new process's view: nothing cached
    fresh._embedder = real
    report = fresh.ingest([new])
    assert report.new == 1
    # State records, the id claim, the five nearest documents and their records; never the stored chunks or records at large.
    assert rows["chroma"] <= 25, rows
    assert rows["lexical"] == 0 and rows["all_documents"] == 0, rows
    rows.update(chroma=0)
    again = Corpus(c.settings)
    again._embedder = real
    assert again.ingest([new]).unchanged == 1
    assert rows["chroma"] <= 10, rows  # state reads and the one record
    assert fresh.search("ferry harbour negotiators")[0].document.doc_id == "fresh"


def test_the_ingest_command_imports_no_model_client_or_server_framework(tmp_path: Path) -> None:
    """Cold start of `briefing ingest`: LangChain, the OpenAI client and the server frameworks stay unimported."""
    import subprocess
    import sys

    (tmp_path / "one.txt").write_text("Ferry talks\n\nNegotiators met at the harbour on Monday to reopen the ferry line.")
    code = (
        "import sys\n"
        "from briefing.cli import app\n"
        f"sys.argv = ['briefing', 'ingest', {str(tmp_path / 'one.txt')!r}, '--store', {str(tmp_path / 'store')!r}]\n"
        "try:\n    app()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'langchain', 'langchain_core', 'openai', 'fastapi', 'uvicorn', 'mcp', 'starlette'})\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "HEAVY []" in proc.stdout, proc.stdout


def test_the_title_is_embedded_before_the_first_chunk_only(tmp_path: Path) -> None:
    """Measured on FA-KES: a title before every chunk costs 5% more embedded word pieces and no recall."""
    body = " ".join(f"Officials in the northern district {i} said the convoy number {i} crossed the bridge at dawn." for i in range(12))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "convoy.json").write_text(json.dumps({"id": "convoy", "title": "Aid convoys cross the river", "text": body}))
    c = _corpus(tmp_path, chunk={"size": 60, "overlap": 0})
    embedded = _record_embedded(c)
    c.ingest([tmp_path / "in"])
    chunks = c.store.doc_chunks("convoy")
    assert len(chunks) > 2
    with_title = [t for t in embedded if t.startswith("Aid convoys cross the river. ")]
    assert with_title == [f"Aid convoys cross the river. {chunks[0].text}"]
    assert set(embedded) - set(with_title) == {ch.text for ch in chunks[1:]}


def test_ctrl_c_inside_a_batch_write_takes_effect_after_it() -> None:
    import os
    import signal

    from briefing.ingest import interrupt_after

    done = []
    # As in a terminal: a test run started in the background (CI) inherits SIGINT ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with interrupt_after():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # the signal arrives while the block runs; it must not cut it short
                done.append("written")
                done.append("counted")
        assert done == ["written", "counted"]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)


def test_an_ingest_embeds_each_chunk_text_once(tmp_path: Path) -> None:
    """Chunks embedded while later articles are still cleaned are not embedded again when they are written."""
    from briefing.ingest import _embed_text

    c = _corpus(tmp_path)
    embedded = _record_embedded(c)
    c.ingest([EXAMPLES])
    stored = {_embed_text(d, ch) for d in c.sources() for ch in c.store.doc_chunks(d.doc_id)}
    assert len(embedded) == len(set(embedded))
    assert set(embedded) == stored


def test_debris_found_late_in_an_ingest_is_cut_and_the_vectors_match_the_stored_text(tmp_path: Path) -> None:
    """A sentence that becomes page debris only at the 8th article was in the chunks cut ahead for the first 7:
    those are embedded again without it, the later articles' chunks are cut without it from the start."""
    import numpy as np

    from briefing.ingest import _embed_text

    src = tmp_path / "in"
    src.mkdir()
    footer = "The regional desk compiled this account from several agency wires and local monitors."
    places = ["harbour", "market", "station", "bridge", "school", "clinic", "stadium", "airport", "library", "factory", "museum", "depot"]
    for i, p in enumerate(places):
        (src / f"d{i:02d}.txt").write_text(f"Officials said the {p} in district {i} reopened on Tuesday after {i + 2} weeks of repairs. {footer}\n")
    c = _corpus(tmp_path)
    real = c.embedder
    embedded = _record_embedded(c)
    report = c.ingest([src])
    assert report.new == len(places)
    docs = c.sources()
    assert all(footer not in ch.text for d in docs for ch in c.store.doc_chunks(d.doc_id))
    with_footer = [t for t in embedded if footer in t]
    assert 0 < len(with_footer) <= 7  # only the articles read before the footer's 8th appearance were cut with it
    for d in docs:
        for ch in c.store.doc_chunks(d.doc_id):
            got = c.store.chunks.get(ids=[ch.chunk_id], include=["embeddings"])["embeddings"][0]
            assert float(np.dot(got, real.embed([_embed_text(d, ch)])[0])) > 0.999


def _many_articles(folder: Path, n: int) -> Path:
    """`n` distinct short articles (about one chunk each) in `folder`."""
    words = "harbour council ministry river convoy station bridge market school hospital border valley".split()
    folder.mkdir()
    for i in range(n):
        body = " ".join(f"The {words[(i + k) % len(words)]} office number {i * 11 + k} reported on day {k}." for k in range(12))
        (folder / f"n-{i:03d}.txt").write_text(f"Notice {i}\n\n{body}")
    return folder


class _Hashed:
    """Deterministic unit vectors from each text's hash (the embedder's protocol, no model), recording each call."""

    name, dim = "hashed-test", 16

    def __init__(self, on_call: object = None) -> None:
        self.calls: list[int] = []
        self.on_call = on_call

    def embed(self, texts: list[str]):  # noqa: ANN201
        import hashlib

        import numpy as np

        self.calls.append(len(texts))
        if self.on_call is not None:
            self.on_call(len(self.calls))  # type: ignore[operator]
        vecs = np.stack([np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:12], 16)).standard_normal(16) for t in texts])
        return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)


def test_the_model_gets_a_small_first_batch_then_doubling_ones(tmp_path: Path) -> None:
    from briefing.ingest import FIRST_EMBED_BATCH

    src = _many_articles(tmp_path / "in", 300)
    c = _corpus(tmp_path)
    emb = _Hashed()
    c._embedder = emb
    assert c.ingest([src]).new == 300
    calls = [n for n in emb.calls if n > 1]  # the one-text dimension probe aside
    assert FIRST_EMBED_BATCH <= calls[0] < 2 * FIRST_EMBED_BATCH  # the model starts after a few articles
    assert calls[1] >= 2 * FIRST_EMBED_BATCH and calls[2] >= 4 * FIRST_EMBED_BATCH
    assert max(calls) < 2 * c.settings.chunk.ingest_batch  # then ingest_batch-sized calls
    assert sum(calls) == c.store.count_chunks()  # every chunk embedded once


def test_two_embedding_calls_run_at_once(tmp_path: Path) -> None:
    """The first call waits (up to 20 s) until the second has started: with one call at a time it would not start."""
    import threading

    second = threading.Event()
    overlapped: list[bool] = []

    def on_call(k: int) -> None:
        if k == 2:
            second.set()
        elif k == 1:  # the ingest's first call (the embedder states its size: no dimension probe)
            overlapped.append(second.wait(timeout=20))

    src = _many_articles(tmp_path / "in", 120)
    c = _corpus(tmp_path)
    c._embedder = _Hashed(on_call)
    report = c.ingest([src])
    assert overlapped == [True]
    assert report.new == 120 and c.store.count_chunks() == report.chunks
    assert {d.doc_id for d in c.sources()} == {f"n-{i:03d}" for i in range(120)}


def test_a_new_store_searches_its_hnsw_graph_wide(writable_corpus) -> None:  # noqa: ANN001
    from briefing.store import HNSW_SEARCH_EF

    for col in (writable_corpus.store.chunks, writable_corpus.store.docs):
        assert col.configuration_json["hnsw"]["ef_search"] == HNSW_SEARCH_EF


def test_an_older_store_gets_the_wide_search_at_its_next_write_not_on_read(tmp_path) -> None:  # noqa: ANN001
    from briefing import Corpus, Settings
    from briefing.store import HNSW_SEARCH_EF

    path = tmp_path / "store"
    old = Corpus(Settings(store={"path": path}))
    old.ingest([EXAMPLES])
    for col in (old.store.chunks, old.store.docs):
        col.modify(configuration={"hnsw": {"ef_search": 100}})  # as Chroma's default left stores made before
    reader = Corpus(Settings(store={"path": path}))
    reader.search("air strikes")
    assert Corpus(Settings(store={"path": path})).store.chunks.configuration_json["hnsw"]["ef_search"] == 100
    Corpus(Settings(store={"path": path})).ingest([EXAMPLES], prune=True)  # a write command, even with nothing new
    again = Corpus(Settings(store={"path": path}))
    assert [c.configuration_json["hnsw"]["ef_search"] for c in (again.store.chunks, again.store.docs)] == [HNSW_SEARCH_EF] * 2
