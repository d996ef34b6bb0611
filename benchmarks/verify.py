"""Claim-verifier benchmark: false accepts and false rejects on benchmarks/claims/claims.jsonl.

Each item is checked with Corpus.check(claim, doc_ids) -- the same function
`briefing check --file` and every generated sentence use -- against a copy of
the example store (corpus default) or the FA-KES store (corpus fakes).

- false accept: an unsupported or contradicted claim judged 'supported';
- false reject: a supported claim judged anything else.

Reported per split (tune / test: by source article) and per kind. Thresholds in
briefing/verify.py were set on the tune half only.

    python benchmarks/verify.py --examples STORE --fakes STORE [--split test] [--out benchmarks/results/verify.json]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from briefing import Corpus, Settings

HERE = Path(__file__).parent
BAD = ("unsupported", "contradicted")


def rates(rows: list[dict[str, object]]) -> dict[str, object]:
    bad = [r for r in rows if r["label"] in BAD]
    good = [r for r in rows if r["label"] == "supported"]
    fa = sum(r["verdict"] == "supported" for r in bad)
    fr = sum(r["verdict"] != "supported" for r in good)
    return {
        "items": len(rows),
        "false_accepts": fa,
        "false_accept_rate": round(fa / len(bad), 3) if bad else None,
        "negatives": len(bad),
        "false_rejects": fr,
        "false_reject_rate": round(fr / len(good), 3) if good else None,
        "positives": len(good),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=True)
    ap.add_argument("--fakes", type=Path, required=True)
    ap.add_argument("--claims", type=Path, default=HERE / "claims" / "claims.jsonl")
    ap.add_argument("--split", choices=["tune", "test", "all"], default="all")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="print the misjudged items")
    args = ap.parse_args()
    corpora = {
        "examples": Corpus(Settings(store={"path": args.examples, "corpus": "default"})),
        "fakes": Corpus(Settings(store={"path": args.fakes, "corpus": "fakes"})),
    }
    items = [json.loads(line) for line in args.claims.read_text().splitlines() if line.strip()]
    if args.split != "all":
        items = [i for i in items if i["split"] == args.split]
    items.sort(key=lambda i: (i["corpus"], i["doc_ids"]))  # one document's claims together: its sentences are embedded once
    rows: list[dict[str, object]] = []
    t0 = time.perf_counter()
    for it in items:
        v = corpora[it["corpus"]].check(it["claim"], doc_ids=it["doc_ids"])
        rows.append({**it, "verdict": v.verdict, "reasons": v.reasons, "judge": v.judge})
    seconds = time.perf_counter() - t0
    out: dict[str, object] = {"seconds": round(seconds, 1), "per_claim_ms": round(1000 * seconds / max(1, len(rows)), 1)}
    for split in ("tune", "test"):
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        kinds: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in part:
            kinds[str(r["kind"])].append(r)
        out[split] = {"all": rates(part), "by_kind": {k: rates(v) for k, v in sorted(kinds.items())}}
    print(json.dumps(out, indent=2))
    if args.errors:
        for r in rows:
            wrong = (r["label"] in BAD and r["verdict"] == "supported") or (r["label"] == "supported" and r["verdict"] != "supported")
            if wrong:
                print(f"[{r['split']} {r['kind']} {r['label']}->{r['verdict']}] {r['claim'][:230]}\n    {r['reasons']}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
