"""Duplicate decisions before and after a change: a full FA-KES ingest with every vector replayed from a stored
FA-KES store (benchmarks/profile_ingest.py's Replay: no model), then the duplicate_of of every stored document
compared with that store's.

    python benchmarks/dedup_proof.py --store FAKES_STORE_COPY [--work DIR] [--out dedup-s10]

Prints wall and CPU seconds of the ingest and the differences; writes benchmarks/results/OUT.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from profile_ingest import Replay  # noqa: E402
from run import RESULTS, corpus_inputs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a FA-KES store (read only): its vectors are replayed and its duplicates compared")
    ap.add_argument("--corpus", default="fakes")
    ap.add_argument("--fakes", type=Path, default=Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv"))
    ap.add_argument("--work", type=Path)
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    from briefing import Corpus, Settings

    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-dedup-"))
    replay = Replay(args.store, args.corpus)
    paths, fields, _ = corpus_inputs("fakes", args.fakes)
    c = Corpus(Settings(store={"path": work / "store", "corpus": args.corpus}))
    c._embedder = replay  # type: ignore[assignment]
    c.store.count_chunks()
    t, cpu = time.perf_counter(), time.process_time()
    report = c.ingest(paths, fields=fields)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    before = {d: doc.duplicate_of for d, doc in sorted(Corpus(Settings(store={"path": args.store, "corpus": args.corpus})).store.documents().items())}
    after = {d: doc.duplicate_of for d, doc in sorted(c.store.documents().items())}
    diff = sorted(d for d in set(before) | set(after) if before.get(d, "absent") != after.get(d, "absent"))
    out = {
        "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "rows_new": report.new, "documents": len(after),
        "duplicates_before": sum(1 for v in before.values() if v), "duplicates_after": sum(1 for v in after.values() if v),
        "differences": diff, "before": before, "after": after,
    }
    print(json.dumps({k: v for k, v in out.items() if k not in ("before", "after")}))
    if args.out:
        (RESULTS / f"{args.out}.json").write_text(json.dumps(out, indent=0) + "\n")
    return 0 if not diff else 1


if __name__ == "__main__":
    raise SystemExit(main())
