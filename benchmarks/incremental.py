"""Incremental ingest: time to add 1 and 10 new articles, and to re-ingest them unchanged, by store size.

    python benchmarks/incremental.py --store /path/to/fakes-store --corpus fakes [--sizes 10000] [--trials 3]

Each measurement copies the store afresh, opens it in this process with a warm embedder
(the model load and Python imports are the same for every size and are left out), primes the saved lexical index
with one query, then times Corpus.ingest of the new article files (medians of `trials`), in wall seconds and in
this process's CPU seconds (which other processes on a shared machine disturb less).
The empty store gets the same articles. Stores of other sizes are built by run.py's
replication (`--scale-child`). Prints one JSON object and writes benchmarks/results/incremental.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FAKES = Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv") if not (ROOT.parent / "shared").exists() else ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def new_articles(folder: Path, n: int, offset: int) -> list[Path]:
    """`n` new article files: each strings together sentences of six different FA-KES articles, so it is
    in no store and is not a near-duplicate of a stored article (duplicate checks then cost what they do
    for a genuinely new article)."""
    import re

    folder.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(FAKES.open(encoding="utf-8", errors="replace")))
    out = []
    for k in range(n):
        picks = [rows[(offset * 7 + k * 61 + j * 131) % len(rows)] for j in range(6)]
        sentences = [s for j, r in enumerate(picks) for s in re.split(r"(?<=[.!?])\s+", r["article_content"])[j : j + 3]]
        p = folder / f"bench-{offset + k:04d}.txt"
        p.write_text(f"Update {offset + k}: {picks[0]['article_title']}\n\n" + " ".join(sentences))
        out.append(p)
    return out


def measure(store: Path | None, corpus: str, files: list[Path], embedder: Any, work: Path) -> dict[str, float]:
    from briefing import Corpus, Settings

    path = work / f"trial-{time.monotonic_ns()}"  # a new path each time: Chroma caches clients by path
    if store is not None:
        shutil.copytree(store, path)
    primer = Corpus(Settings(store={"path": path, "corpus": corpus}))
    primer._embedder = embedder
    if store is not None:
        primer.search("prime the saved lexical index")  # saved on disk, as after any ingest
    else:
        primer.store.count_chunks()  # open the (empty) store too, so both sides reuse an opened database
    c = Corpus(Settings(store={"path": path, "corpus": corpus}))  # a fresh Store: the writer reads the index from disk
    c._embedder = embedder
    os.sync()  # the copied store's dirty pages are written now, not during the timed ingest (they were its noise)
    t, cpu = time.perf_counter(), time.process_time()
    report = c.ingest(files)
    add_s, add_cpu = time.perf_counter() - t, time.process_time() - cpu
    assert report.new == len(files), report
    c2 = Corpus(Settings(store={"path": path, "corpus": corpus}))
    c2._embedder = embedder
    t = time.perf_counter()
    again = c2.ingest(files)
    same_s = time.perf_counter() - t
    assert again.unchanged == len(files), again
    chunks = c2.store.count_chunks()
    del c, c2, primer
    shutil.rmtree(path, ignore_errors=True)
    return {"add_s": add_s, "add_cpu_s": add_cpu, "unchanged_s": same_s, "chunks": chunks}


def with_dedup_index(store: Path, corpus: str, work: Path, in_place: bool = False) -> Path:
    """The store with its dedup index built. briefing builds the index on the first ingest after an upgrade, once;
    a store written by older code and copied afresh for every trial would pay that build in every trial. Returns
    `store` when it has the index (or `in_place`: built there), else a copy under `work` with it (made once, reused)."""
    from briefing import Corpus, Settings
    from briefing.store import collection_base

    index = store / "dedup" / f"{collection_base(corpus)}.sqlite3"
    if index.exists():
        from briefing.dedup import DedupIndex

        if DedupIndex(index).complete():
            return store
    dst = store if in_place else work / f"{store.name}-indexed"
    if not (dst / "chroma").exists():
        shutil.copytree(store, dst)
    c = Corpus(Settings(store={"path": dst, "corpus": corpus}))
    with c.store.write_lock():
        c.store.ensure_dedup()
    return dst


def lexical_scale(sizes: list[int]) -> dict[str, Any]:
    """The lexical index alone at `sizes` rows (FA-KES chunk-sized texts): full build, reader load, and a writer's
    append of 10 articles (30 chunks) to the saved index, which it does not read."""
    from briefing.lexical import LexicalIndex, terms

    rows = list(csv.DictReader(FAKES.open(encoding="utf-8", errors="replace")))
    texts = [r["article_content"][:900] for r in rows]
    out: dict[str, Any] = {}
    for n in sizes:
        ids = [f"d{i // 3}::{i % 3:04d}" for i in range(n)]
        tx = [f"{texts[i % len(texts)]} v{i % 101}" for i in range(n)]
        meta: list[dict[str, object]] = [{"doc_id": f"d{i // 3}", "source": "s", "published_key": 20170101} for i in range(n)]
        folder = Path(tempfile.mkdtemp(prefix="briefing-lex-"))
        t = time.perf_counter()
        LexicalIndex.build(ids, tx, meta, "g0").save(folder)
        build = time.perf_counter() - t
        appends = []
        generation = "g0"
        for k in range(3):
            t = time.perf_counter()
            base = LexicalIndex.load(folder, generation, lazy=True)
            assert base is not None
            new = [f"n{k}-{j}::0000" for j in range(30)]
            base.updated(f"g{k + 1}", [f"d{k}"], new, [terms(t) for t in tx[:30]], [{"doc_id": f"n{k}-{j}"} for j in range(30)]).save(folder, keep=[generation])
            appends.append(time.perf_counter() - t)
            generation = f"g{k + 1}"
        t = time.perf_counter()
        index = LexicalIndex.load(folder, generation)
        load = time.perf_counter() - t
        assert index is not None and len(index.live_ids()) == n + 90 - 9
        out[str(n)] = {"build_s": round(build, 2), "writer_append_30_chunks_s": round(statistics.median(appends), 3), "reader_load_s": round(load, 2)}
        print("lexical", n, out[str(n)], file=sys.stderr, flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    return out


def cold_ingest(store: Path, corpus: str, files: list[Path], fields: list[str] | None = None) -> dict[str, Any]:
    """One `briefing ingest` in a fresh process, as a user runs it: wall seconds, the ingest's own seconds, the report."""
    import os

    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    cmd = [sys.executable, "-m", "briefing", "ingest", *map(str, files), "--store", str(store), "--corpus", corpus, "--json", *(fields or [])]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr[-800:]}")
    report = json.loads(proc.stdout[proc.stdout.index("{"):])
    return {"wall_s": wall, "ingest_s": report["seconds"], "new": report["new"], "unchanged": report["unchanged"]}


def cold_cpu(store: Path, corpus: str, files: list[Path]) -> dict[str, Any]:
    """cold_ingest plus the child process's CPU seconds (user + system), which other processes disturb less than wall time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    row = cold_ingest(store, corpus, files)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    row["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return row


def _bytecode_cache() -> str:
    """Whether the fresh processes find compiled imports (a fresh venv from uv has none; PYTHONDONTWRITEBYTECODE keeps it so)."""
    code = "import importlib.util, os, chromadb; print(os.path.exists(importlib.util.cache_from_source(chromadb.__file__)))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "True"
    writes = not os.environ.get("PYTHONDONTWRITEBYTECODE")
    return "on: compiled imports are read from __pycache__" if found else ("filled by the first process" if writes else "off: every process compiles its imports")


def one_article(args: argparse.Namespace) -> int:
    """The issue's check: one new article into a copy of the FA-KES store vs into an empty store, each a fresh
    `python -m briefing ingest` process, `trials` trials; every trial adds the same new article to both stores,
    the order alternating per trial (load drift falls on both sides alike), the empty store emptied each time."""
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-one-"))
    work.mkdir(parents=True, exist_ok=True)
    fk, empty = work / "one-fakes", work / "one-empty"
    shutil.rmtree(fk, ignore_errors=True)
    shutil.copytree(args.store, fk)  # the store as it is after a full ingest: no warm-up ingest
    with_dedup_index(fk, args.corpus, work, in_place=True)  # a store from older code: its one-off index build is not the check
    sides: dict[str, list[dict[str, Any]]] = {"empty": [], "fakes": []}
    loads = [load_average()]
    for trial in range(args.trials):
        files = new_articles(work / f"one-{trial}", 1, 8000 + 10 * trial)
        for name in (("empty", "fakes") if trial % 2 == 0 else ("fakes", "empty")):
            shutil.rmtree(empty, ignore_errors=True)
            row = cold_cpu(fk if name == "fakes" else empty, args.corpus, files)
            assert row["new"] == 1, row
            sides[name].append({k: round(v, 3) for k, v in row.items() if k in ("wall_s", "ingest_s", "cpu_s")})
            print(trial, name, sides[name][-1], file=sys.stderr, flush=True)
        loads.append(load_average())
    out: dict[str, Any] = {
        "what": "one new article, a fresh `python -m briefing ingest` per measurement, FA-KES store (copied, no warm-up) vs empty store; "
                "the same article into both in each trial, order alternated per trial",
        "trials": args.trials, "load_average_1_5_15_at_start_and_after_each_trial": loads,
        "bytecode_cache": _bytecode_cache(),
    }
    for key in ("wall_s", "cpu_s", "ingest_s"):
        e, f = [r[key] for r in sides["empty"]], [r[key] for r in sides["fakes"]]
        out[key] = {"empty_all": e, "fakes_all": f, "empty_median": round(statistics.median(e), 3), "fakes_median": round(statistics.median(f), 3),
                    "ratio_of_medians": round(statistics.median(f) / statistics.median(e), 3)}
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    (ROOT / "benchmarks" / "results" / (args.out or "one-article.json")).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out))
    return 0


def load_average() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


def cold(args: argparse.Namespace) -> int:
    """Fresh-process `briefing ingest` of 1 and 10 new articles into each store, trials interleaved across stores.

    Each store is copied once into the work folder and then grows by the articles added (as a user's
    store does); each addition is followed by an unchanged re-ingest of the same files.
    """
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-cold-"))
    work.mkdir(parents=True, exist_ok=True)
    stores: list[tuple[str, Path]] = [("empty", work / "cold-empty")]
    shutil.rmtree(work / "cold-empty", ignore_errors=True)
    sources = ([] if args.no_fakes else [("fakes", args.store)]) + [(f"replicated-{n}", work / f"scale-{n}") for n in args.sizes]
    for name, src in sources:
        if src is None or not (src / "chroma").exists():
            print(f"skip {name}: no store at {src}", file=sys.stderr)
            continue
        dst = work / f"cold-{name}"
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst)
        # One unmeasured ingest first: a store copied from older code gets this code's collection settings
        # (see store.HNSW_SYNC) and every store starts from the state a user's store is in between ingests.
        cold_ingest(dst, args.corpus, new_articles(work / f"warm-{name}", 1, 90000 + len(stores)))
        stores.append((name, dst))
    loads = [load_average()]
    runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for trial in range(args.trials):
        for k, (name, path) in enumerate(stores):
            if name == "empty":
                shutil.rmtree(path, ignore_errors=True)  # empty again for every trial
            for n in (1, 10):
                files = new_articles(work / f"new-{name}-{n}-{trial}", n, 5000 + 1000 * trial + 100 * k + n)
                add = cold_ingest(path, args.corpus, files)
                assert add["new"] == n, add
                same = cold_ingest(path, args.corpus, files)
                assert same["unchanged"] == n, same
                row = {"add_wall_s": add["wall_s"], "add_ingest_s": add["ingest_s"], "unchanged_wall_s": same["wall_s"], "unchanged_ingest_s": same["ingest_s"]}
                runs.setdefault((name, n), []).append(row)
                print(name, n, trial, {k2: round(v, 3) for k2, v in row.items()}, file=sys.stderr, flush=True)
        loads.append(load_average())
    from briefing import Corpus, Settings

    results: dict[str, Any] = {"mode": "cold: one fresh `python -m briefing ingest` process per measurement", "trials": args.trials, "load_average_1_5_15": loads, "stores": {}}
    for name, path in stores:
        row: dict[str, Any] = {"chunks": Corpus(Settings(store={"path": path, "corpus": args.corpus})).store.count_chunks()}
        for n in (1, 10):
            for key in ("add_wall_s", "add_ingest_s", "unchanged_wall_s", "unchanged_ingest_s"):
                row[f"{key.replace('_s', '')}_{n}_s"] = round(statistics.median(r[key] for r in runs[name, n]), 3)
            row[f"add_wall_{n}_all_s"] = [round(r["add_wall_s"], 3) for r in runs[name, n]]
        results["stores"][name] = row
    empty = results["stores"]["empty"]
    for row in results["stores"].values():
        for n in (1, 10):
            row[f"add_{n}_wall_vs_empty"] = round(row[f"add_wall_{n}_s"] / empty[f"add_wall_{n}_s"], 3)
            row[f"add_{n}_ingest_vs_empty"] = round(row[f"add_ingest_{n}_s"] / empty[f"add_ingest_{n}_s"], 3)
    if args.whole and args.store is not None:
        fk = next(p for nm, p in stores if nm == "fakes")
        # The CSV under the path the store recorded, so every record keeps its id (another path would be another file).
        got = Corpus(Settings(store={"path": fk, "corpus": args.corpus})).store.docs.get(where={"kind": "doc"}, limit=1, include=["metadatas"])
        source_csv = Path(str(got["metadatas"][0]["origin_file"]))
        fields = ["--id-field", "unit_id", "--text-field", "article_content", "--title-field", "article_title", "--date-field", "date", "--source-field", "source"]
        whole = cold_ingest(fk, args.corpus, [source_csv], fields)
        results["stores"]["fakes"]["unchanged_whole_input"] = {"wall_s": round(whole["wall_s"], 3), "ingest_s": whole["ingest_s"], "unchanged": whole["unchanged"], "new": whole["new"]}
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "benchmarks" / "results" / (args.out or "incremental-cold.json")
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results))
    return 0


SECTION = "## Incremental ingest (issue 13)"


def _checks(res: Path) -> list[str]:
    """The issue's own checks from this session's result files: one article FA-KES vs empty, and the ingest runs."""
    lines = ["### The issue's checks (session 4)", ""]
    for name in ("one-article.json", "one-article-nopyc.json"):
        f = res / name
        if not f.exists():
            continue
        r = json.loads(f.read_text())
        regime = f"bytecode cache {r['bytecode_cache']}"
        lines += [
            f"**One new article into the FA-KES store vs into an empty store**, {regime}: `python benchmarks/incremental.py --one --store FAKES_STORE "
            f"--corpus fakes --trials {r['trials']}` (`benchmarks/results/{name}`). Each trial runs `python -m briefing ingest ONE_FILE --store X` in a fresh",
            "process for both stores with the same new article, the order alternating per trial; the FA-KES store is a plain copy of a full ingest (no warm-up).",
            f"Load average (1/5/15 min) at the start and after each trial: {r['load_average_1_5_15_at_start_and_after_each_trial']}.", "",
            "| measure | empty store, per trial | FA-KES store, per trial | empty median | FA-KES median | FA-KES / empty |", "| --- | --- | --- | --- | --- | --- |",
        ]
        for key, label in (("wall_s", "wall s (what a user waits)"), ("cpu_s", "process CPU s (user + system)"), ("ingest_s", "the ingest's own s (after imports and store open)")):
            v = r[key]
            lines.append(f"| {label} | {', '.join(map(str, v['empty_all']))} | {', '.join(map(str, v['fakes_all']))} | {v['empty_median']} | {v['fakes_median']} | **{v['ratio_of_medians']}** |")
        lines.append("")
    for f in sorted(res.glob("ingest-runs-*.json")):
        r = json.loads(f.read_text())
        lim = r.get("limit_rows")
        lines += [
            f"**Full ingest vs the raw embedder vs plain LangChain**, `python benchmarks/run.py --ingest-runs {len(r['runs'])}{f' --limit {lim}' if lim else ''} --fakes FA-KES-Dataset.csv` "
            f"(`benchmarks/results/{f.name}`){f': {lim} FA-KES rows (the rows the 28 answerable questions of fakes.jsonl need, then the first others in file order)' if lim else ''}. "
            "One process, one warm ONNX embedder shared by all three; each run measures all three back to back in a rotating order (each goes first, second and last once). "
            "briefing reads the CSV, cleans, deduplicates, chunks, embeds (title + chunk), writes chunk and document vectors and the BM25 index; the raw embedder embeds exactly "
            "briefing's stored embedding texts in batches of 256; LangChain splits the raw rows (RecursiveCharacterTextSplitter 800/120) and calls Chroma.from_documents with the same embedder.", "",
            "| run | order | briefing s (docs, chunks) | raw embedder s | LangChain s (docs, chunks) | briefing / raw chunks/s | briefing / LangChain docs/s | same on CPU s: vs raw, vs LangChain | load before, after |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for k, row in enumerate(r["runs"], 1):
            b, w, lc = row["briefing"], row["raw_embedder"], row["langchain"]
            cpu = f"{row['cpu_briefing_vs_raw_chunks_per_s']}, {row['cpu_briefing_vs_langchain_docs_per_s']}" if "cpu_briefing_vs_raw_chunks_per_s" in row else "not recorded"
            lines.append(f"| {k} | {' > '.join(row['order'])} | {b['seconds']} ({b['documents']}, {b['chunks']}) | {w['seconds']} | {lc['seconds']} ({lc['documents']}, {lc['chunks']}) | "
                         f"{row['briefing_vs_raw_chunks_per_s']} | {row['briefing_vs_langchain_docs_per_s']} | {cpu} | {row['load_average_before']}, {row['load_average_after']} |")
        m = r["median"]
        lines += ["", f"Medians of the {len(r['runs'])} runs (wall): **briefing / raw embedder {m['briefing_vs_raw_chunks_per_s']}** (target >= 0.9), "
                  f"**briefing / LangChain documents/s {m['briefing_vs_langchain_docs_per_s']}** (target >= 1.1)"
                  + (f"; on CPU seconds: {m['cpu_briefing_vs_raw_chunks_per_s']} and {m['cpu_briefing_vs_langchain_docs_per_s']}." if "cpu_briefing_vs_raw_chunks_per_s" in m else "."), ""]
        ret = r.get("retrieval")
        if ret:
            lines += [f"Retrieval on the last run's two stores, {ret['questions']} answerable questions of fakes.jsonl (document recall):", "",
                      "| system | recall@1 | recall@5 | recall@10 | MRR |", "| --- | --- | --- | --- | --- |"]
            for system in ("briefing", "langchain"):
                v = ret[system]
                lines.append(f"| {system} | {v['recall@1']} | {v['recall@5']} | {v['recall@10']} | {v['mrr']} |")
            lines.append("")
    return lines


def _med(xs: list[float]) -> float:
    return round(statistics.median(xs), 2)


def report() -> int:
    """Rewrite the issue-13 section of docs/benchmarks.md from benchmarks/results (cold runs, ingest runs, title prefix)."""
    res = ROOT / "benchmarks" / "results"
    lines = [SECTION, ""]
    lines += _checks(res)
    lines += [
        "### Earlier runs (session 3)", "",
        "All numbers below were taken on the shared 2-core machine while four other engineers ran tests and",
        "benchmarks: load averages (1/5/15 min) are given with each table and were 4-14 during these runs, so",
        "absolute times are several times what a quiet machine gives; ratios come from interleaved trials",
        "(every trial measures every store or pipeline back to back, so the load falls on all of them alike).",
        "`PYTHONDONTWRITEBYTECODE=1` is set on this machine: every fresh process compiles its imports.", "",
        "### Adding articles, as a user runs `briefing ingest` (fresh process each)", "",
        "`python benchmarks/incremental.py --cold --store FAKES_STORE --corpus fakes --sizes 10000 --trials 3 --whole --work W`",
        "and `... --cold --no-fakes --sizes 100000 --out incremental-cold-100k.json` (the 10k/100k stores are the scale run's",
        "replication: `run.py --scale-child N --source FAKES_STORE --source-corpus fakes --work W/scale-N`, no embedding).",
        "Each store is copied once, gets one unmeasured ingest, then each trial adds 1 and then 10 new articles (sentences",
        "of six FA-KES articles strung together: in no store and not near-duplicates) and re-ingests the same files unchanged;",
        "the empty store is emptied for every trial. Wall = the whole process; ingest = the report's own seconds (after imports",
        "and store open). Medians of the trials.", "",
        "| run | store | chunks | add 1 wall s | add 1 ingest s | add 10 wall s | add 10 ingest s | unchanged 1 / 10 wall s | add 1 wall vs empty | add 10 wall vs empty | add 10 ingest vs empty |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    loads = []
    for name in ("incremental-cold.json", "incremental-cold-100k.json"):
        f = res / name
        if not f.exists():
            continue
        r = json.loads(f.read_text())
        loads.append(f"{name}: {r['trials']} trials, load average at start/after each trial {r['load_average_1_5_15']}")
        for store, row in r["stores"].items():
            lines.append(
                f"| {name.removesuffix('.json')} | {store} | {row['chunks']} | {row['add_wall_1_s']} | {row['add_ingest_1_s']} | {row['add_wall_10_s']} | "
                f"{row['add_ingest_10_s']} | {row['unchanged_wall_1_s']} / {row['unchanged_wall_10_s']} | {row['add_1_wall_vs_empty']} | {row['add_10_wall_vs_empty']} | {row['add_10_ingest_vs_empty']} |"
            )
            whole = row.get("unchanged_whole_input")
            if whole:
                loads.append(f"unchanged re-ingest of the whole FA-KES CSV into the FA-KES store: {whole['wall_s']} s wall, {whole['ingest_s']} s ingest ({whole['unchanged']} unchanged, {whole['new']} new)")
    lines += [""] + [f"- {x}" for x in loads] + [""]
    f = res / "ingest-runs.json"
    if f.exists():
        r = json.loads(f.read_text())
        lines += [
            "### Full FA-KES ingest vs the raw embedder vs plain LangChain", "",
            "`python benchmarks/run.py --ingest-runs 3 --fakes FA-KES-Dataset.csv`: per run, briefing's ingest of the CSV into an",
            "empty store, then the raw embedder on exactly briefing's embedding texts (batches of 256), then LangChain",
            "(RecursiveCharacterTextSplitter 800/120 + Chroma.from_documents, same ONNX embedder) on the 804 raw articles.",
            "briefing also cleans, deduplicates (793 documents stored, the rest repeats), writes document vectors and the BM25 index.", "",
            "| run | briefing s | raw embedder s | LangChain s | briefing / raw chunks/s | briefing / LangChain docs/s | load average before, after |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for k, row in enumerate(r["runs"], 1):
            lines.append(f"| {k} | {row['briefing']['seconds']} | {row['raw_embedder']['seconds']} | {row['langchain']['seconds']} | {row['briefing_vs_raw_chunks_per_s']} | {row['briefing_vs_langchain_docs_per_s']} | {row.get('load_average_before_after', '')} |")
        m = r["median"]
        lines += ["", f"Median of {len(r['runs'])} run(s): briefing / raw {m['briefing_vs_raw_chunks_per_s']}, briefing / LangChain documents/s {m['briefing_vs_langchain_docs_per_s']}.", ""]
    f = res / "title-prefix.json"
    if f.exists():
        r = json.loads(f.read_text())
        labels = {"every_chunk": "title before every chunk", "first_chunk": "title before the first chunk only (ingest)", "none": "no title"}
        lines += [
            "### Where the title goes in the embedding text", "",
            "`python benchmarks/run.py --prefix-recall-store FAKES_STORE`: the same chunks re-embedded with the document title",
            "placed each way (vectors replaced in place; the lexical index, which holds the title, unchanged), recall of briefing's",
            "hybrid search on each question set:", "",
            "| questions | embedding text | recall@1 | recall@5 | recall@10 | MRR |", "| --- | --- | --- | --- | --- | --- |",
        ]
        for which in ("every_chunk", "first_chunk", "none"):
            for qs, v in r[which].items():
                lines.append(f"| {qs} ({v['questions']}) | {labels[which]} | {v['recall@1']} | {v['recall@5']} | {v['recall@10']} | {v['mrr']} |")
        w = r.get("embedded_word_pieces")
        if w:
            lines += ["", "Embedded word pieces: " + ", ".join(f"{labels[k]} {w[k]:,}" for k in ("every_chunk", "first_chunk", "none")) + "."]
        lines += [""]
    notes = ROOT / "benchmarks" / "incremental-notes.md"
    if notes.exists():
        lines += notes.read_text().strip().splitlines() + [""]
    doc = ROOT / "docs" / "benchmarks.md"
    text = doc.read_text()
    a = text.index(SECTION)
    b = text.find("\n## ", a + len(SECTION))
    doc.write_text(text[:a] + "\n".join(lines) + ("\n" + text[b + 1 :] if b != -1 else ""))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="a FA-KES store (copied, never written)")
    ap.add_argument("--lexical", type=int, nargs="*", help="only the lexical index at these sizes (rows)")
    ap.add_argument("--corpus", default="fakes")
    ap.add_argument("--sizes", type=int, nargs="*", default=[], help="replicated store sizes (chunks) to add, e.g. 10000")
    ap.add_argument("--trials", type=int, default=3)
    ap.add_argument("--work", type=Path, help="keep replicated stores here and reuse them on later runs")
    ap.add_argument("--cold", action="store_true", help="fresh `briefing ingest` processes (wall clock as a user sees it); stores of --sizes must already be in --work")
    ap.add_argument("--out", help="results file name under benchmarks/results (default incremental.json; with --cold incremental-cold.json)")
    ap.add_argument("--no-fakes", action="store_true", help="with --cold: leave the FA-KES store out (only empty and --sizes)")
    ap.add_argument("--whole", action="store_true", help="with --cold: also an unchanged re-ingest of the whole FA-KES CSV into the FA-KES store")
    ap.add_argument("--one", action="store_true", help="the issue's check only: one new article into a copy of --store vs an empty store, fresh processes, --trials trials (writes one-article.json)")
    ap.add_argument("--report", action="store_true", help="only rewrite the issue-13 section of docs/benchmarks.md from benchmarks/results")
    args = ap.parse_args()
    if args.report:
        return report()
    if args.one:
        return one_article(args)
    if args.cold:
        return cold(args)
    if args.lexical:
        res = lexical_scale(args.lexical)
        (ROOT / "benchmarks" / "results" / "incremental-lexical.json").write_text(json.dumps(res, indent=2) + "\n")
        print(json.dumps(res))
        return 0

    from briefing import Settings
    from briefing.embed import get_embedder

    embedder = get_embedder(Settings())
    embedder.embed(["warm up"])
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-incr-"))
    work.mkdir(parents=True, exist_ok=True)
    measure(None, args.corpus, new_articles(work / "warm", 1, 99), embedder, work)  # imports (chromadb) are a one-off cost
    stores: list[tuple[str, Path | None, str]] = [("empty", None, args.corpus), ("fakes", with_dedup_index(args.store, args.corpus, work), args.corpus)]
    for size in args.sizes:
        dst = work / f"scale-{size}"
        if (dst / "chroma").exists():
            stores.append((f"replicated-{size}", with_dedup_index(dst, args.corpus, work, in_place=True), args.corpus))
            continue
        proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--scale-child", str(size), "--source", str(args.store), "--source-corpus", args.corpus, "--work", str(dst)], capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-800:], file=sys.stderr)
            continue
        stores.append((f"replicated-{size}", dst, args.corpus))
    results: dict[str, Any] = {"trials": args.trials, "stores": {}, "load_average_before": Path("/proc/loadavg").read_text().split()[:3]}
    # Trials interleave the stores, so load from other processes on the machine falls on all of them alike.
    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    for trial in range(args.trials):
        for name, store, corpus in stores:
            for n in (1, 10):
                files = new_articles(work / f"new-{name}-{n}-{trial}", n, 1000 * trial + n)
                runs.setdefault((name, n), []).append(measure(store, corpus, files, embedder, work))
                print(name, n, trial, runs[name, n][-1], file=sys.stderr, flush=True)
    for name, _, _ in stores:
        row: dict[str, Any] = {"chunks": runs[name, 1][0]["chunks"]}
        for n in (1, 10):
            row[f"add_{n}_s"] = round(statistics.median(r["add_s"] for r in runs[name, n]), 3)
            row[f"add_{n}_cpu_s"] = round(statistics.median(r["add_cpu_s"] for r in runs[name, n]), 3)
            row[f"unchanged_{n}_s"] = round(statistics.median(r["unchanged_s"] for r in runs[name, n]), 3)
        results["stores"][name] = row
    empty = results["stores"]["empty"]
    for name, row in results["stores"].items():
        row["add_1_vs_empty"] = round(row["add_1_s"] / empty["add_1_s"], 3)
        row["add_10_vs_empty"] = round(row["add_10_s"] / empty["add_10_s"], 3)
        row["add_1_cpu_vs_empty"] = round(row["add_1_cpu_s"] / empty["add_1_cpu_s"], 3)
        row["add_10_cpu_vs_empty"] = round(row["add_10_cpu_s"] / empty["add_10_cpu_s"], 3)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    results["load_average_after"] = Path("/proc/loadavg").read_text().split()[:3]
    out = ROOT / "benchmarks" / "results" / (args.out or "incremental.json")
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
