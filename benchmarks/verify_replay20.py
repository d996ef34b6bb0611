"""Record every labelled claim's `Corpus.check` inputs once, replay them with today's code (session 20, issue 8).

    # once per store set (minutes): what cite.support receives for each claim and each cited document group
    python benchmarks/verify_replay20.py record --examples STORE --fakes STORE --h9 STORE --h10 STORE --out REC.pkl.gz
    # seconds to a few minutes: every recorded claim judged by this tree's code, the verdict `briefing check` would give
    python benchmarks/verify_replay20.py replay REC.pkl.gz --out VERDICTS.json [--sets holdout9,holdout10]
    # per set and half (sha1(claim) even = tune): false accepts / false rejects, before -> after, and the moved claims
    python benchmarks/verify_replay20.py compare BEFORE.json AFTER.json [--show tune]

The recording holds the claim, the evidence sentences of each cited document group, their vectors, the claim's vector,
the similarity floor and the context string (exactly cite.support's arguments); the replay calls cite.support with them
and ranks the groups as Corpus.check does. The clause embedder is the store's (MiniLM), cached by text.
False accept: an unsupported or contradicted claim judged supported; false reject: a supported claim judged otherwise
(partial counts as a reject). Test-half claims are printed as counts only.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
BAD = ("unsupported", "contradicted")
RANK = {"supported": 0, "contradicted": 1, "partial": 2, "unsupported": 3}
STORES = {"examples": "default", "fakes": "fakes", "h9": "h9", "h10": "h10"}


def half(claim: str) -> str:
    return "tune" if int(hashlib.sha1(claim.encode()).hexdigest(), 16) % 2 == 0 else "test"


def rows() -> list[dict]:
    from verify_fit import load  # every labelled set (the 17 folds)

    return load()


def record(args: argparse.Namespace) -> None:
    import briefing.cite as cite
    from briefing import Corpus, Settings

    paths = {"examples": args.examples, "fakes": args.fakes, "h9": args.h9, "h10": args.h10}
    corpora = {k: Corpus(Settings(store={"path": p, "corpus": STORES[k]})) for k, p in paths.items() if p}
    calls: list[tuple] = []
    real = cite.support

    def spy(text, vector, evidence, vectors, floor, context=None, embed=None, settings=None):  # type: ignore[no-untyped-def]
        calls.append((text, vector, list(evidence), vectors, floor, context))
        return real(text, vector, evidence, vectors, floor, context, embed, settings)

    cite.support = spy  # type: ignore[assignment]
    out = []
    todo = [r for r in rows() if r["corpus"] in corpora and (not args.sets or r["set"] in args.sets.split(","))]
    for n, r in enumerate(todo):
        calls.clear()
        v = corpora[r["corpus"]].check(r["claim"], doc_ids=r["doc_ids"] or None)
        out.append({**r, "calls": list(calls), "verdict": v.verdict})
        if n % 200 == 0:
            print(n, len(todo), file=sys.stderr, flush=True)
    with gzip.open(args.out, "wb") as f:
        pickle.dump(out, f)


_CACHE: dict[str, object] = {}


def _embedder(store: str):  # type: ignore[no-untyped-def]
    import numpy as np

    from briefing.embed import get_embedder
    from briefing.settings import Settings

    e = get_embedder(Settings())

    def embed(texts: list[str]):  # type: ignore[no-untyped-def]
        missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
        if missing:
            for t, v in zip(missing, e.embed(missing)):
                _CACHE[t] = v
        return np.stack([_CACHE[t] for t in texts])

    return embed


def replay(args: argparse.Namespace) -> None:
    from briefing.cite import support
    from briefing.settings import Settings

    with gzip.open(args.rec, "rb") as f:
        rec = pickle.load(f)
    cache = Path(args.rec).with_suffix(".emb.pkl")
    if cache.exists():
        _CACHE.update(pickle.loads(cache.read_bytes()))
    before = len(_CACHE)
    embed = _embedder("")
    settings = Settings()
    out = []
    for r in rec:
        if args.sets and r["set"] not in args.sets.split(","):
            continue
        best, ev = None, []
        for text, vector, evidence, vectors, floor, context in r["calls"]:
            c = support(text, vector, evidence, vectors, floor, context, embed, settings)
            if best is None or RANK[c.verdict] < RANK[best.verdict]:
                best, ev = c, evidence
        verdict = best.verdict if best is not None else "unsupported"
        quotes = [ev[j] for j in best.sentences] if best is not None else []
        out.append({k: r[k] for k in ("set", "file", "line", "claim", "doc_ids", "label", "kind", "corpus")} | {
            "half": half(r["claim"]), "verdict": verdict, "reasons": best.missing if best else [], "recorded": r["verdict"], "quotes": quotes})
    if len(_CACHE) > before:
        cache.write_bytes(pickle.dumps(_CACHE))
    Path(args.out).write_text(json.dumps(out, indent=0))
    _table(out)


def _counts(rs: list[dict]) -> tuple[int, int, int, int]:
    bad = [r for r in rs if r["label"] in BAD]
    good = [r for r in rs if r["label"] == "supported"]
    return sum(r["verdict"] == "supported" for r in bad), len(bad), sum(r["verdict"] != "supported" for r in good), len(good)


def _table(rs: list[dict], before: list[dict] | None = None) -> None:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rs:
        h = r["half"] if r["set"] in ("holdout9", "holdout10") else "all"
        groups[(r["set"], h)].append(r)
    key = lambda r: (r["set"], r["file"], r["line"])  # noqa: E731
    b = {key(r): r for r in before or []}
    tot = [0, 0, 0, 0, 0, 0, 0, 0]
    print("| set | half | FA | FR |\n| --- | --- | --- | --- |")
    for (s, h), g in sorted(groups.items()):
        fa, n, fr, p = _counts(g)
        if before is not None:
            fa0, _, fr0, _ = _counts([b[key(r)] for r in g])
            print(f"| {s} | {h} | {fa0} -> {fa}/{n} | {fr0} -> {fr}/{p} |")
            tot = [x + y for x, y in zip(tot, (fa0, fa, n, fr0, fr, p, 0, 0))]
        else:
            print(f"| {s} | {h} | {fa}/{n} | {fr}/{p} |")
    if before is not None:
        print(f"| all | | {tot[0]} -> {tot[1]}/{tot[2]} | {tot[3]} -> {tot[4]}/{tot[5]} |")


def compare(args: argparse.Namespace) -> None:
    before = json.loads(Path(args.before).read_text())
    after = json.loads(Path(args.after).read_text())
    key = lambda r: (r["set"], r["file"], r["line"])  # noqa: E731
    b = {key(r): r for r in before}
    after = [r for r in after if key(r) in b]
    _table(after, [b[key(r)] for r in after])
    moved = [(b[key(r)], r) for r in after if b[key(r)]["verdict"] != r["verdict"]]
    print(f"\n{len(moved)} verdicts moved")
    for x, y in moved:
        if y["set"] in ("holdout9", "holdout10") and y["half"] == "test":
            print(f"  [{y['set']} test] {y['label']}: {x['verdict']} -> {y['verdict']}")
            continue
        if args.show == "none":
            continue
        print(f"  [{y['set']} {y['half']}] {y['label']} {y['kind']}: {x['verdict']} -> {y['verdict']} :: {y['claim'][:160]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    for k in STORES:
        r.add_argument(f"--{k}")
    r.add_argument("--sets", default="")
    r.add_argument("--out", required=True)
    p = sub.add_parser("replay")
    p.add_argument("rec")
    p.add_argument("--out", required=True)
    p.add_argument("--sets", default="")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--show", default="tune")
    a = ap.parse_args()
    {"record": record, "replay": replay, "compare": compare}[a.cmd](a)


if __name__ == "__main__":
    main()
