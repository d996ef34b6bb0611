"""Session 8: the refusal decision fitted and judged leave-one-set-out (issue 9).

Two steps, the slow one cached:

  features  run every question of every labelled question set through the real reader (the retrieval of
            `briefing ask`, assembly.read's ranking and choice) and record every signal the reader has: the four
            signals of answerability.signals, each hard constraint and slot check as its own flag
            (answerability.evidence_failures / answer_failures, kinds in answerability.CHECK_KINDS), a few general
            signals (answerability.extra_signals), and today's decision. Cached in
            benchmarks/results/answerability-features8.json.
  fit       from the cache: for each set left out, fit a logistic model (numpy, L2) on the other sets, choose
            its threshold on them, and measure both it and today's decision on the left-out set; measure each
            check's left-out precision as a hard veto; write the model fitted on every set to
            briefing/answerability8.json.

Usage (from the worktree root):
  python benchmarks/questions/fit_answerability8.py features --fakes-store DIR --examples-store DIR
  python benchmarks/questions/fit_answerability8.py fit [--write]
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

CACHE = ROOT / "benchmarks" / "results" / "answerability-features8.json"
H2TUNE = Path("/work/notes/h2tune")  # the session-5 tune half of holdout2 (the test half stays unread)


def question_sets() -> dict[str, list[Path]]:
    """The labelled question sets, by name: one fold each (a set's examples and FA-KES files together)."""
    q = HERE
    sets = {name: [q / f"{name}.jsonl"] for name in ("dev", "fakes", "forms", "answers6", "answers7", "refusals6", "refusals7")}
    for name, folder in (("holdout", ROOT / "benchmarks" / "holdout"), ("h2tune", H2TUNE), ("holdout3", ROOT / "benchmarks" / "holdout3"), ("holdout4", ROOT / "benchmarks" / "holdout4")):
        sets[name] = [Path(p) for p in sorted(glob.glob(str(folder / "questions-*.jsonl")))]
    return sets


def corpus_of(set_name: str, path: Path, row: dict) -> str:
    if row.get("corpus"):
        return row["corpus"]
    if set_name == "dev":
        return "examples"
    if set_name == "fakes":
        return "fakes"
    return "examples" if "examples" in path.name else "fakes"


def features(args: argparse.Namespace) -> None:
    from briefing import Corpus, Settings
    from briefing.answerability import answer_failures, evidence_failures, extra_signals, probability, signals
    from briefing.assembly import READ_CANDIDATES, _attributed, _dated, choose, corroborating, vocabulary
    from briefing.candidates import excluded, score_sentences
    from briefing.cite import EvidencePool, verify
    from briefing.question import analyse, correct_typos
    from briefing.retrieve import search_question
    from briefing.types import SupportReport

    corpora = {}
    for corpus, store, name in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default")):
        corpora[corpus] = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
    cache = args.cache or CACHE
    only = set(args.only.split(",")) if args.only else None
    done = {}
    if cache.exists() and not args.fresh:
        for r in json.loads(cache.read_text())["rows"]:
            done[(r["set"], r["id"])] = r
    rows_out = []
    t0 = time.time()
    n = 0
    for set_name, paths in question_sets().items():
        if only and set_name not in only:
            continue
        for path in paths:
            if args.files and args.files not in path.name:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            for line in reversed(lines) if args.reverse else lines:
                if not line.strip():
                    continue
                r = json.loads(line)
                key = (set_name, r["id"])
                if key in done:
                    rows_out.append(done[key])
                    continue
                corpus = corpus_of(set_name, path, r)
                c = corpora[corpus]
                question = r["question"]
                evidence = search_question(question, analyse(question), c.store, c.embedder, c.settings)  # as Corpus.ask
                pool = EvidencePool(evidence, c.embedder, c.store, c.settings)
                shape = analyse(correct_typos(question, vocabulary(pool)))  # as assembly.read
                qvec = pool.embedder.embed([shape.text])[0]
                ranked = [s for s in _attributed(shape, pool, _dated(shape, pool, score_sentences(pool, question, qvec, limit=READ_CANDIDATES, shape=shape))) if not excluded(pool, s.index)]
                pre = list(evidence_failures(shape, evidence, pool, ranked))
                sig = signals(shape, pool, ranked) if ranked else None
                p = probability(sig) if sig else 0.0
                chosen = choose(shape, pool, ranked, c.settings) if ranked else []
                post = list(answer_failures(shape, pool, chosen))
                verified = True
                if chosen:
                    drafts = [(pool.sentences[i].text, [pool.sentences[i].evidence, *corroborating(pool, ranked, i, set(chosen))], "answer") for i in chosen]
                    verified = bool(verify(pool, drafts, c.settings.cite.similarity_floor, SupportReport()))
                # Today's decision, in assembly.read's order: the evidence checks, the model, the answer checks, verification.
                order = [k for k, _ in pre] + (["model"] if sig is not None and p < 0.5 else []) + [k for k, _ in post] + ([] if verified else ["verify"])
                rows_out.append({
                    "set": set_name, "id": r["id"], "corpus": corpus, "answerable": bool(r.get("answerable", True)),
                    "question": question, "docs": r.get("docs", []), "about": r.get("about"),
                    "answer_type": shape.answer_type, "english": shape.english,
                    "signals": None if sig is None else {k: float(v) for k, v in zip(("similarity", "coverage", "focus", "typed"), sig.vector())},
                    "p_today": p,
                    "extra": extra_signals(shape, pool, ranked, chosen) if ranked else None,
                    "checks": {k: w for k, w in [*pre, *post]},
                    "verified": verified,
                    "today_refused": bool(order),
                    "today_kind": order[0] if order else None,
                    "evidence_docs": sorted({e.document.doc_id for e in evidence}),
                })
                n += 1
                if n % 25 == 0:
                    print(f"{n} questions, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
                    cache.write_text(json.dumps({"rows": rows_out}) + "\n")
    cache.write_text(json.dumps({"rows": rows_out}) + "\n")
    print(f"{len(rows_out)} rows cached in {cache}", file=sys.stderr)


def merge(args: argparse.Namespace) -> None:
    """Add the rows of partial caches (features --only ... --cache PART) to the main cache, in set order."""
    target = args.into or CACHE
    rows = {(r["set"], r["id"]): r for r in (json.loads(CACHE.read_text())["rows"] if CACHE.exists() else [])}
    for part in args.parts:
        for r in json.loads(part.read_text())["rows"]:
            rows.setdefault((r["set"], r["id"]), r)
    order = list(question_sets())
    out = sorted(rows.values(), key=lambda r: order.index(r["set"]))
    target.write_text(json.dumps({"rows": out}) + "\n")
    print(f"{len(out)} rows in {target}", file=sys.stderr)


# ---- fitting, from the cache only ----

SIGNAL_NAMES = ("similarity", "coverage", "focus", "typed")
EXTRA_NAMES = ("margin", "score", "article_focus", "date_ok", "answer_typed", "doc_spread")
ALWAYS_HARD = ("no_evidence", "no_candidate", "verify")  # nothing to answer from, or no sentence of the answer verified: no model can answer
SHIP_MARGIN = 0.02  # 'clearly better': two points of a pooled rate (about 6 of 292 unanswerable, 18 of 908 answerable)
L2 = 1.0  # ridge on standardised features, per row-weight unit: ~1,000 rows, ~35 features; keeps a rare check's weight finite
VETO_PRECISION = 0.7  # a check stays a hard veto when, on the training sets, at least 7 in 10 of the questions it refuses are unanswerable
VETO_MIN_FIRES = 1  # a check that fired on fewer training questions is no measurement: measured 3 and 10 too (--sensitivity)
# The threshold refuses as many unanswerable questions as it can while refusing no larger share of the training sets'
# answerable questions (out of fold) than today's decision refuses on those same sets: more refusals at today's cost.


def load_rows(cache: Path | None = None) -> list[dict]:
    return json.loads((cache or CACHE).read_text(encoding="utf-8"))["rows"]


def check_kinds(rows: list[dict]) -> list[str]:
    kinds: dict[str, int] = defaultdict(int)
    for r in rows:
        for k in r["checks"]:
            kinds[k] += 1
    return sorted(k for k in kinds if k not in ALWAYS_HARD)


def hard(r: dict) -> bool:
    """Refused whatever the model says: no evidence, no candidate sentence, or nothing verified."""
    return r["signals"] is None or any(k in r["checks"] for k in ALWAYS_HARD) or not r["verified"]


def design(rows: list[dict], kinds: list[str]) -> tuple[np.ndarray, list[str]]:
    names = [*SIGNAL_NAMES, *EXTRA_NAMES, *(f"check:{k}" for k in kinds)]
    X = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        if r["signals"] is not None:
            X[i, : len(SIGNAL_NAMES)] = [r["signals"][k] for k in SIGNAL_NAMES]
        if r["extra"] is not None:
            X[i, len(SIGNAL_NAMES) : len(SIGNAL_NAMES) + len(EXTRA_NAMES)] = [r["extra"][k] for k in EXTRA_NAMES]
        for j, k in enumerate(kinds):
            X[i, len(SIGNAL_NAMES) + len(EXTRA_NAMES) + j] = float(k in r["checks"])
    return X, names


def logistic(X: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """L2 logistic regression by Newton steps on standardised columns, classes weighted to equal total weight.
    Returns weights and bias on the RAW features plus the standardisation (mean, scale)."""
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1.0
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    cw = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -30, 30)))
        g = Z.T @ ((p - y) * cw) + reg * w
        H = (Z * (p * (1 - p) * cw)[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[:-1] / sd
    bias = w[-1] - float(raw @ mu)
    return raw, bias, mu, sd


def prob(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(X @ w + b, -30, 30)))


def choose_vetoes(rows: list[dict], kinds: list[str], precision: float = VETO_PRECISION, min_fires: int = VETO_MIN_FIRES) -> list[str]:
    out = []
    for k in kinds:
        fired = [r for r in rows if k in r["checks"]]
        if len(fired) >= min_fires and sum(not r["answerable"] for r in fired) / len(fired) >= precision:
            out.append(k)
    return out


def threshold_for(p: np.ndarray, y: np.ndarray, vetoed: np.ndarray, cap: float) -> float:
    """The highest threshold (most refusals) whose false-refusal rate, with the vetoes, stays at or under cap."""
    best = 0.0
    for t in np.unique(np.concatenate([[0.0], p])):
        refused = vetoed | (p < t)
        if refused[y == 1].mean() <= cap + 1e-9:
            best = max(best, float(t))
    return best


def model_fit(rows: list[dict], kinds: list[str], inner: bool = True, precision: float = VETO_PRECISION, min_fires: int = VETO_MIN_FIRES) -> dict:
    """Vetoes chosen on these rows, a logistic model on the rest, its threshold chosen on out-of-fold probabilities
    (inner leave-one-set-out over these rows' sets)."""
    vetoes = choose_vetoes(rows, kinds, precision, min_fires)
    feats = [k for k in kinds if k not in vetoes]
    soft = [r for r in rows if not hard(r) and not any(v in r["checks"] for v in vetoes)]
    X, names = design(soft, feats)
    y = np.array([float(r["answerable"]) for r in soft])
    w, b, _, _ = logistic(X, y)
    if inner:
        oof = np.zeros(len(soft))
        for s in sorted({r["set"] for r in soft}):
            mask = np.array([r["set"] == s for r in soft])
            wi, bi, _, _ = logistic(X[~mask], y[~mask])
            oof[mask] = prob(X[mask], wi, bi)
        # Threshold on all training rows: hard and vetoed rows count as refused, soft rows by their out-of-fold P.
        p_all = np.ones(len(rows))
        vetoed = np.zeros(len(rows), dtype=bool)
        idx = {id(r): i for i, r in enumerate(soft)}
        for i, r in enumerate(rows):
            if id(r) in idx:
                p_all[i] = oof[idx[id(r)]]
            else:
                vetoed[i] = True
        y_all = np.array([float(r["answerable"]) for r in rows])
        cap = float(np.mean([r["today_refused"] for r in rows if r["answerable"]]))
        t = threshold_for(p_all, y_all, vetoed, cap)
    else:
        t = 0.5
    return {"vetoes": vetoes, "features": feats, "names": names, "w": w, "b": b, "threshold": t}


def old_model_refuses(r: dict) -> bool:
    """Today's four-signal model (answerability.json, P(answerable) < 0.5)."""
    return r["signals"] is not None and r["p_today"] < 0.5


def vetoes_refuse(vetoes: list[str], rows: list[dict]) -> np.ndarray:
    """Today's decision with only these checks as vetoes: the checks, the old model, verification."""
    return np.array([hard(r) or any(v in r["checks"] for v in vetoes) or old_model_refuses(r) for r in rows])


def model_refuses(m: dict, rows: list[dict]) -> np.ndarray:
    out = np.zeros(len(rows), dtype=bool)
    X, _ = design(rows, m["features"])
    p = prob(X, m["w"], m["b"])
    for i, r in enumerate(rows):
        out[i] = hard(r) or any(v in r["checks"] for v in m["vetoes"]) or p[i] < m["threshold"]
    return out


def rates(refused: np.ndarray, rows: list[dict]) -> tuple[float, int, float, int]:
    y = np.array([r["answerable"] for r in rows])
    un, an = (~y).sum(), y.sum()
    return (float(refused[~y].mean()) if un else float("nan"), int(un), float(refused[y].mean()) if an else float("nan"), int(an))


def fit_main(args: argparse.Namespace) -> None:
    rows = load_rows(args.cache)
    kinds = check_kinds(rows)
    sets = list(dict.fromkeys(r["set"] for r in rows))
    today = np.array([r["today_refused"] for r in rows])
    print(f"{len(rows)} questions, {sum(not r['answerable'] for r in rows)} unanswerable, {len(sets)} sets; check kinds: {', '.join(kinds)}\n")
    # Article sharing between sets (the 'about' article, else the gold docs).
    arts = {s: {a for r in rows if r["set"] == s for a in ([r["about"]] if r.get("about") else r["docs"])} for s in sets}
    print("articles shared with other sets: " + ", ".join(f"{s} {len(arts[s] & set().union(*(arts[o] for o in sets if o != s)))}/{len(arts[s])}" for s in sets) + "\n")
    left_out = np.zeros(len(rows), dtype=bool)
    chosen: dict[str, list[str]] = {}
    checked = np.zeros(len(rows), dtype=bool)
    print(f"{'set':10} {'unans':>5} {'ans':>4} | today refused / false | model refused / false | vetoes+old model | threshold, checks dropped")
    for s in sets:
        test = np.array([r["set"] == s for r in rows])
        train = [r for r, t in zip(rows, test) if not t]
        m = model_fit(train, kinds)
        held = [r for r, t in zip(rows, test) if t]
        ref = model_refuses(m, held)
        left_out[test] = ref
        chosen[s] = m["vetoes"]
        tu, nu, ta, na = rates(today[test], held)
        mu_, _, ma, _ = rates(ref, held)
        checked[test] = vetoes_refuse(m["vetoes"], held)
        cu, _, ca, _ = rates(checked[test], held)
        print(f"{s:10} {nu:5d} {na:4d} | {tu:6.2f} / {ta:5.2f}     | {mu_:6.2f} / {ma:5.2f}     | {cu:5.2f} / {ca:4.2f}      | {m['threshold']:.2f}, {' '.join(k for k in kinds if k not in m['vetoes'])}")
    tu, nu, ta, na = rates(today, rows)
    mu_, _, ma, _ = rates(left_out, rows)
    cu, _, ca, _ = rates(checked, rows)
    print(f"{'pooled':10} {nu:5d} {na:4d} | {tu:6.2f} / {ta:5.2f}     | {mu_:6.2f} / {ma:5.2f}     | {cu:5.2f} / {ca:4.2f}      |")
    for name, ref_all in (("today", today), ("model", left_out), ("vetoes+old model", checked)):
        u = sum(ref_all[i] for i, r in enumerate(rows) if not r["answerable"])
        a = sum(ref_all[i] for i, r in enumerate(rows) if r["answerable"])
        print(f"  {name}: {u}/{nu} unanswerable refused, {a}/{na} answerable refused")
    # Each check as a hard veto, per set: how many it refuses and how many of those are unanswerable.
    print("\ncheck: fires (unanswerable share) per set; pooled; today first-kind refusals")
    for k in [*ALWAYS_HARD, *kinds]:
        per = []
        tot_u = tot = 0
        for s in sets:
            fired = [r for r in rows if r["set"] == s and k in r["checks"]]
            u = sum(not r["answerable"] for r in fired)
            tot_u += u
            tot += len(fired)
            if fired:
                per.append(f"{s} {u}/{len(fired)}")
        kept = sum(k in v for v in chosen.values())
        print(f"  {k:18} {tot_u}/{tot} unanswerable ({tot_u / tot if tot else 0:.2f}); veto in {kept}/{len(sets)} folds; {', '.join(per)}")
    if args.sensitivity:
        print("\nsensitivity (pooled left-out unanswerable refused / false refusal): veto precision x minimum fires")
    for prec in (0.5, 0.6, 0.7, 0.8, 0.9) if args.sensitivity else ():
        cells = []
        for mf in (1, 3, 10):
            lo = np.zeros(len(rows), dtype=bool)
            for s in sets:
                test = np.array([r["set"] == s for r in rows])
                m = model_fit([r for r, t in zip(rows, test) if not t], kinds, precision=prec, min_fires=mf)
                lo[test] = model_refuses(m, [r for r, t in zip(rows, test) if t])
            a, _, b, _ = rates(lo, rows)
            cells.append(f"min {mf}: {a:.2f} / {b:.2f}")
        print(f"  precision {prec:4.2f}: " + "; ".join(cells))
    final = model_fit(rows, kinds)
    print(f"\nfitted on all sets: vetoes {final['vetoes']}, threshold {final['threshold']:.3f}")
    for n, w in sorted(zip(final["names"], final["w"]), key=lambda t: -abs(t[1])):
        print(f"  {n:24} {w:+.3f}")
    # Ship rule: the fitted decision replaces today's only if its pooled left-out rates beat today's on both (or one is
    # clearly better, by SHIP_MARGIN, and the other not worse). Else answerability8.json states today's decision.
    better = (mu_ >= tu and ma <= ta and (mu_, ma) != (tu, ta)) or (mu_ >= tu + SHIP_MARGIN and ma <= ta) or (ma <= ta - SHIP_MARGIN and mu_ >= tu)
    print(f"\nship rule: model {'BEATS' if better else 'does not beat'} today's decision left out ({mu_:.3f}/{ma:.3f} vs {tu:.3f}/{ta:.3f})")
    left = {"today": {"unanswerable_refused": round(tu, 3), "false_refusal": round(ta, 3)}, "model": {"unanswerable_refused": round(mu_, 3), "false_refusal": round(ma, 3)},
            "vetoes_old_model": {"unanswerable_refused": round(cu, 3), "false_refusal": round(ca, 3)}}
    if args.write and better:
        data = {
            "decision": "fitted",
            "features": final["names"],
            "weights": {n: round(float(w), 4) for n, w in zip(final["names"], final["w"])},
            "bias": round(float(final["b"]), 4),
            "threshold": round(float(final["threshold"]), 4),
            "vetoes": final["vetoes"],
            "fitted_on": f"{len(rows)} questions of {len(sets)} labelled sets ({', '.join(sets)}); benchmarks/questions/fit_answerability8.py fit --write",
            "l2": L2, "veto_precision": VETO_PRECISION, "veto_min_fires": VETO_MIN_FIRES, "left_out": left,
        }
    elif args.write:
        from briefing.answerability import CHECK_KINDS

        NOT_VETOES = json.loads((ROOT / "briefing" / "answerability8.json").read_text(encoding="utf-8")).get("not_vetoes", {})

        data = {
            "decision": "today",
            "why": "the model fitted leave-one-set-out did not beat today's decision on the sets it was not fitted on (left_out); "
                   "today's decision stands: every check a hard veto, then the four-signal model of answerability.json at 0.5",
            "features": list(SIGNAL_NAMES),  # weights and bias: answerability.json's (read there, not copied)
            "threshold": 0.5,
            "vetoes": [k for k in CHECK_KINDS if k not in NOT_VETOES],  # session 9: checks measured to refuse only answerable questions
            "not_vetoes": NOT_VETOES,
            "left_out": left,
            "measured_on": f"{len(rows)} questions of {len(sets)} labelled sets ({', '.join(sets)}); benchmarks/questions/fit_answerability8.py fit --write",
        }
    if args.write:
        out = ROOT / "briefing" / "answerability8.json"
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out} ({data['decision']})")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--fakes-store", type=Path, required=True)
    f.add_argument("--examples-store", type=Path, required=True)
    f.add_argument("--fresh", action="store_true", help="recompute every row (else rows already cached are kept)")
    f.add_argument("--reverse", action="store_true", help="each file from its last row (a second process on the same sets meets the first halfway)")
    f.add_argument("--files", help="only the files of those sets whose name holds this (e.g. 'fakes')")
    f.add_argument("--only", help="comma-separated set names (default: every set)")
    f.add_argument("--cache", type=Path, help=f"cache file (default {CACHE.relative_to(ROOT)})")
    m = sub.add_parser("merge")
    m.add_argument("parts", type=Path, nargs="+")
    m.add_argument("--into", type=Path, help="write the merged rows here instead of the main cache")
    g = sub.add_parser("fit")
    g.add_argument("--write", action="store_true", help="write briefing/answerability8.json")
    g.add_argument("--sensitivity", action="store_true", help="also the pooled left-out rates for other veto precisions and minimum fires")
    g.add_argument("--cache", type=Path, help=f"cache file (default {CACHE.relative_to(ROOT)})")
    args = ap.parse_args()
    if args.cmd == "features":
        features(args)
    elif args.cmd == "merge":
        merge(args)
    else:
        fit_main(args)


if __name__ == "__main__":
    main()
