"""Session 9: the refusal decision judged leave one set out over 12 question sets (issue 9).

Extends session 8 (fit_answerability8.py, whose fitting functions this reuses) with holdout5 and with the texts a
new signal needs, so that every candidate signal is computed and judged from a cache:

  features  as fit_answerability8 features (today's checks, signals, decision) plus, per question, the top ranked
            candidate sentences and the chosen ones (text, article), cached in
            benchmarks/results/answerability-features9.json; the retrieved chunk texts go to
            benchmarks/results/answerability-texts9.json.gz.
  today     today's decision per set and pooled, blind-written sets separately.
  audit     each check kind alone, on the sets it was not written from: unanswerable it alone catches vs
            answerable it alone refuses.
  signals   the session-9 candidate signals (answerability.unstated_focus_words etc.), each judged leave one set
            out: its threshold chosen on the other sets, measured on the left-out set.

Usage (from the worktree root):
  python benchmarks/questions/fit_answerability9.py features --fakes-store DIR --examples-store DIR [--only holdout5]
  python benchmarks/questions/fit_answerability9.py today|audit|signals
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability8 as s8  # noqa: E402
from briefing.answerability import hinge_words  # noqa: E402
from briefing.question import QuestionShape  # noqa: E402

CACHE = ROOT / "benchmarks" / "results" / "answerability-features9.json"
TEXTS = ROOT / "benchmarks" / "results" / "answerability-texts9.json.gz"
BLIND = ("holdout", "h2tune", "holdout3", "holdout4", "holdout5")  # written blind, by someone who never saw the reader's errors
TOP = 8  # ranked candidates kept per question: the reader chooses among the first few


def question_sets() -> dict[str, list[Path]]:
    sets = s8.question_sets()
    sets["holdout5"] = [Path(p) for p in sorted(glob.glob(str(ROOT / "benchmarks" / "holdout5" / "questions-*.jsonl")))]
    return sets


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
    extra = getattr(args, "stores", ())  # more (cache corpus, store, store corpus) triples: session 13's h9
    for corpus, store, name in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default"), *extra):
        corpora[corpus] = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
    cache, texts_file = args.cache or CACHE, args.texts or TEXTS
    only = set(args.only.split(",")) if args.only else None
    done, texts = {}, {}
    if cache.exists():
        done = {(r["set"], r["id"]): r for r in json.loads(cache.read_text())["rows"]}
    if texts_file.exists():
        texts = json.loads(gzip.decompress(texts_file.read_bytes()))
    rows_out = []
    t0, n = time.time(), 0

    def save() -> None:
        cache.write_text(json.dumps({"rows": rows_out}) + "\n")
        texts_file.write_bytes(gzip.compress(json.dumps(texts).encode()))

    for set_name, paths in question_sets().items():
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                r = json.loads(line)
                key = (set_name, r["id"])
                if key in done or (only and set_name not in only):
                    if key in done:
                        rows_out.append(done[key])
                    continue
                corpus = s8.corpus_of(set_name, path, r)
                c = corpora[corpus]
                question = r["question"]
                evidence = search_question(question, analyse(question), c.store, c.embedder, c.settings)
                pool = EvidencePool(evidence, c.embedder, c.store, c.settings)
                shape = analyse(correct_typos(question, vocabulary(pool)))
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
                order = [k for k, _ in pre] + (["model"] if sig is not None and p < 0.5 else []) + [k for k, _ in post] + ([] if verified else ["verify"])

                def sent(i: int) -> dict:
                    s = pool.sentences[i]
                    return {"text": s.text, "doc": evidence[s.evidence].document.doc_id, "evidence": s.evidence}

                rows_out.append({
                    "set": set_name, "id": r["id"], "corpus": corpus, "answerable": bool(r.get("answerable", True)),
                    "question": question, "docs": r.get("docs", []), "about": r.get("about"), "form": r.get("form"),
                    "answer_type": shape.answer_type, "english": shape.english,
                    "signals": None if sig is None else {k: float(v) for k, v in zip(("similarity", "coverage", "focus", "typed"), sig.vector())},
                    "p_today": p,
                    "extra": extra_signals(shape, pool, ranked, chosen) if ranked else None,
                    "checks": {k: w for k, w in [*pre, *post]},
                    "verified": verified,
                    "today_refused": bool(order),
                    "today_kind": order[0] if order else None,
                    "evidence_docs": sorted({e.document.doc_id for e in evidence}),
                    "top": [{**sent(s.index), "score": round(float(s.score), 4), "similarity": round(float(s.similarity), 4)} for s in ranked[:TOP]],
                    "chosen": [sent(i) for i in chosen],
                })
                texts[f"{set_name}/{r['id']}"] = [{"doc": e.document.doc_id, "title": e.document.title, "date": e.document.published or "", "text": e.chunk.text} for e in evidence]
                n += 1
                if n % 25 == 0:
                    print(f"{n} questions, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
                    save()
    save()
    print(f"{len(rows_out)} rows cached in {cache}", file=sys.stderr)


def evidence_texts(args: argparse.Namespace) -> None:
    """Retrieval only (as Corpus.ask: search_question), for the rows the session-8 cache already holds: the retrieved
    chunk texts a session-9 signal reads, without the reader's slower steps."""
    from briefing import Corpus, Settings
    from briefing.question import analyse
    from briefing.retrieve import search_question

    corpora = {}
    for corpus, store, name in (("fakes", args.fakes_store, "fakes"), ("examples", args.examples_store, "default")):
        corpora[corpus] = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
    texts_file = args.texts or TEXTS
    texts = json.loads(gzip.decompress(texts_file.read_bytes())) if texts_file.exists() else {}
    only = set(args.only.split(",")) if args.only else None
    t0, n = time.time(), 0
    for set_name, paths in question_sets().items():
        if only and set_name not in only:
            continue
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                r = json.loads(line)
                key = f"{set_name}/{r['id']}"
                if key in texts:
                    continue
                c = corpora[s8.corpus_of(set_name, path, r)]
                evidence = search_question(r["question"], analyse(r["question"]), c.store, c.embedder, c.settings)
                texts[key] = [{"doc": e.document.doc_id, "title": e.document.title, "date": e.document.published or "", "text": e.chunk.text} for e in evidence]
                n += 1
                if n % 100 == 0:
                    print(f"{n} questions, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
                    texts_file.write_bytes(gzip.compress(json.dumps(texts).encode()))
    texts_file.write_bytes(gzip.compress(json.dumps(texts).encode()))
    print(f"{len(texts)} questions' evidence in {texts_file}", file=sys.stderr)


def load_rows(parts: list[Path] | None = None) -> list[dict]:
    """Rows of the session-9 cache (and any partial caches given), the session-8 cache's rows for questions not yet
    recomputed; in set order."""
    rows: dict = {}
    for p in [*(parts or []), CACHE]:
        if p.exists():
            for r in json.loads(p.read_text(encoding="utf-8"))["rows"]:
                rows.setdefault((r["set"], r["id"]), r)
    for r in json.loads(s8.CACHE.read_text(encoding="utf-8"))["rows"]:
        rows.setdefault((r["set"], r["id"]), r)
    order = list(question_sets())
    return sorted(rows.values(), key=lambda r: order.index(r["set"]))


# When each set was added (git log --diff-filter=A; h2tune from its session-5 notes) and whether it was written blind.
SET_SESSION = {"dev": 1, "fakes": 1, "forms": 3, "holdout": 4, "h2tune": 5, "answers6": 6, "refusals6": 6, "holdout3": 6,
               "answers7": 7, "refusals7": 7, "holdout4": 7, "holdout5": 8}
# The session whose commit introduced each check (git log -S on its message or function; the kinds got their names in
# session 8 without changing what they check). A check is judged on the sets it cannot have been written from: sets of
# later sessions, and the blind sets written in parallel in its own session.
KIND_SESSION = {
    "no_evidence": 1, "outlet": 1, "names": 1,  # d740b82 (11-22 00:24)
    "year": 3, "year_names": 3, "how_many_noun": 3,  # 50f838d (11-23 07:44)
    "measure": 3,  # 55cb8ef (07:53)
    "person_focus": 3,  # 2faeeef (08:13)
    "qualifiers": 4,  # 6ead09e (11:25)
    "figure": 5, "count_bound": 5,  # ed7f7f6 (14:26), 18a9d1d (17:25)
    "no_candidate": 5,
    "article_names": 6, "asked_outlet": 6, "asked_person": 6, "date_event": 6, "count_event": 6,  # ba4834e (20:21)
    "article_date": 6, "asked_speaker": 6, "topic": 6,  # 37791dc (20:29), 690734d (20:49)
    "own_article_names": 7, "name_slot": 7, "date_slot": 7, "event_slot": 7, "actor_slot": 7, "measure_slot": 7,
    "speaker_role": 7, "acronym": 7,  # slots.py c3a2597..c0fd924 (23:23-23:44)
}


def unseen_sets(kind: str, sets: list[str]) -> list[str]:
    k = KIND_SESSION.get(kind, 1)
    return [s for s in sets if SET_SESSION[s] > k or (SET_SESSION[s] == k and s in BLIND)]


def reasons(r: dict, drop: frozenset = frozenset()) -> set[str]:
    """Why today's decision refuses r (empty: it answers), without the dropped check kinds."""
    out = {k for k in r["checks"] if k not in drop}
    if r["signals"] is None:
        out.add("no_candidate")
    elif r["p_today"] < 0.5:
        out.add("model")
    if not r["verified"]:
        out.add("verify")
    return out


def table(rows: list[dict], refused, title: str) -> None:
    sets = list(dict.fromkeys(r["set"] for r in rows))
    print(f"{title}\n{'set':10} {'unans':>5} {'refused':>8} {'ans':>4} {'refused':>8}")
    groups = [(s, [s]) for s in sets] + [("blind", [s for s in sets if s in BLIND]), ("other", [s for s in sets if s not in BLIND]), ("pooled", sets)]
    for name, ss in groups:
        rr = [(r, f) for r, f in zip(rows, refused) if r["set"] in ss]
        u = [f for r, f in rr if not r["answerable"]]
        a = [f for r, f in rr if r["answerable"]]
        print(f"{name:10} {len(u):5d} {sum(u):4d} {sum(u) / max(len(u), 1):.2f} {len(a):4d} {sum(a):3d} {sum(a) / max(len(a), 1):.3f}")
    print()


def today_main(args: argparse.Namespace) -> None:
    rows = load_rows(args.parts)
    table(rows, [r["today_refused"] for r in rows], "today's decision (no fitting: every set is left out)")
    recomputed = [r for r in rows if "top" in r]
    print(f"{len(recomputed)} of {len(rows)} rows computed with today's code (the rest from the session-8 cache)")


def audit_main(args: argparse.Namespace) -> None:
    rows = load_rows(args.parts)
    sets = list(dict.fromkeys(r["set"] for r in rows))
    kinds = [k for k in dict.fromkeys(k for r in rows for k in r["checks"])]
    print("each check alone on the sets it was not written from: unanswerable questions it alone refuses (caught) vs answerable")
    print("questions it alone refuses (lost); 'any' = fires at all (with other reasons too)\n")
    print(f"{'kind':18} {'s':>2} {'caught':>6} {'lost':>5} {'any u/a':>8} | all sets caught/lost | unseen sets")
    bad = []
    for k in sorted(kinds, key=lambda k: (KIND_SESSION.get(k, 1), k)):
        us = unseen_sets(k, sets)
        def count(ss):
            alone = [r for r in rows if r["set"] in ss and reasons(r) == {k}]
            fired = [r for r in rows if r["set"] in ss and k in r["checks"]]
            return (sum(not r["answerable"] for r in alone), sum(r["answerable"] for r in alone),
                    sum(not r["answerable"] for r in fired), sum(r["answerable"] for r in fired))
        c, l, fu, fa = count(us)
        ca, la, _, _ = count(sets)
        print(f"{k:18} {KIND_SESSION.get(k, 1):2d} {c:6d} {l:5d} {fu:3d}/{fa:<4d} | {ca:3d}/{la:<3d} | {','.join(us)}")
        if l > c:
            bad.append(k)
    print(f"\nkinds whose trade on their unseen sets is bad (lost > caught): {bad}")
    table(rows, [bool(reasons(r, frozenset(bad))) for r in rows], f"today without {bad} (chosen on these same sets: in-sample)")
    # Leave one set out: the kinds to drop chosen from the other sets' unseen rows only.
    per_set = {}
    for s in sets:
        others = [x for x in sets if x != s]
        drop = []
        for k in kinds:
            us = [x for x in unseen_sets(k, others)]
            alone = [r for r in rows if r["set"] in us and reasons(r) == {k}]
            if sum(r["answerable"] for r in alone) > sum(not r["answerable"] for r in alone):
                drop.append(k)
        per_set[s] = frozenset(drop)
    refused = [bool(reasons(r, per_set[r["set"]])) for r in rows]
    print("drops per left-out set: " + "; ".join(f"{s}: {','.join(sorted(d)) or '-'}" for s, d in per_set.items()))
    table(rows, refused, "today without the kinds dropped on the OTHER sets (leave one set out)")


ZIPF_COMMON = 7.0  # wordfreq's Zipf scale tops out near 7-8 ('the' 7.7): a word's English rarity is (7 - zipf) / 7, 0 for the commonest


def english_rarity(word: str) -> float:
    """(benchmark only: wordfreq is not a dependency of the package) How rare a word is in general English, 0..1, from wordfreq's frequency lists (a well-kept library, not a
    list of this corpus's words): 'near' 0.24, 'sponsor' 0.42, 'expulsion' 0.51; a word it has never seen 1.0.
    A 5-article corpus cannot say whether a word it lacks is common English; this can."""
    from wordfreq import zipf_frequency

    return max(0.0, min(1.0, (ZIPF_COMMON - zipf_frequency(word, "en")) / ZIPF_COMMON))


def unstated_uncommon(shape: QuestionShape, passages: list[str]) -> tuple[float, str | None]:
    """The question word (hinge_words) of highest english_rarity that no passage states, and that rarity; (0, None)
    when every uncommon word of the question is stated."""
    missing = hinge_words(shape, passages)
    if not missing:
        return 0.0, None
    word = max(missing, key=english_rarity)
    return english_rarity(word), word



def load_texts(parts: list[Path] | None = None) -> dict[str, list[dict]]:
    out: dict = {}
    for p in [*(parts or []), TEXTS]:
        if p.exists():
            for k, v in json.loads(gzip.decompress(p.read_bytes())).items():
                out.setdefault(k, v)
    return out


def signal_values(rows: list[dict], texts: dict, stores: dict[str, tuple[Path, str]]) -> dict[str, list[float | None]]:
    """Each candidate signal per row (None: no evidence cached for it)."""
    from briefing import Corpus, Settings
    from collections import Counter
    import re

    from briefing.answerability import chunk_frequency, corpus_rarity, hinge_words, unstated_rarity, unstated_words
    from briefing.question import analyse, correct_typos

    indexes = {}
    for corpus, (store, name) in stores.items():
        c = Corpus(Settings.model_validate({"store": {"path": str(store), "corpus": name}, "generate": {"backend": "extractive"}}))
        indexes[corpus] = c.store.lexical()
    out: dict[str, list] = {"unstated_all": [], "unstated_article": [], "unstated_top": [], "uncommon_all": [], "uncommon_article": [], "both_all": []}
    words_out = []
    for r in rows:
        ev = texts.get(f"{r['set']}/{r['id']}")
        if ev is None:
            for v in out.values():
                v.append(None)
            words_out.append(None)
            continue
        idx = indexes[r["corpus"]]
        q = r["question"]
        rarity = {w: corpus_rarity(chunk_frequency(idx, w), idx.live) for w in unstated_words(q, [e["text"] for e in ev])}
        all_ = [f"{e['title'] or ''} {e['text']}" for e in ev]
        first = ev[0]["doc"] if ev else None
        art = [f"{e['title'] or ''} {e['text']}" for e in ev if e["doc"] == first]
        for name, passages in (("unstated_all", all_), ("unstated_article", art), ("unstated_top", all_[:3])):  # noqa: B007
            missing = unstated_words(q, passages)
            for w in missing:
                if w not in rarity:
                    rarity[w] = corpus_rarity(chunk_frequency(idx, w), idx.live)
            out[name].append(unstated_rarity(q, passages, rarity)[0] if ev else 1.0)
        vocab = Counter(w for p in all_ for w in re.findall(r"[a-z]+", p.lower()))
        shape = analyse(correct_typos(q, vocab))  # as assembly.read
        out["uncommon_all"].append(unstated_uncommon(shape, all_)[0])
        out["uncommon_article"].append(unstated_uncommon(shape, art)[0])
        hw = hinge_words(shape, all_)
        for w in hw:
            if w not in rarity:
                rarity[w] = corpus_rarity(chunk_frequency(idx, w), idx.live)
        out["both_all"].append(max((min(english_rarity(w), rarity[w]) for w in hw), default=0.0))
        words_out.append(unstated_uncommon(shape, all_))
    out["_words"] = words_out  # type: ignore[assignment]
    return out


COST = 1.0  # an answerable question refused costs as much as an unanswerable one caught (counts; the pools are 946 vs 304)


def best_threshold(values: list[float], rows: list[dict]) -> tuple[float, int, int]:
    """The threshold (refuse when value >= t) that maximises unanswerable newly caught minus COST x answerable newly
    refused, over the rows today's decision answers; ties go to the higher threshold (fewer refusals)."""
    cand = sorted({v for v in values if v is not None} | {1.01})
    best = (0.0, 1.01, 0, 0)
    for t in cand:
        c = sum(1 for v, r in zip(values, rows) if v is not None and v >= t and not r["today_refused"] and not r["answerable"])
        lost = sum(1 for v, r in zip(values, rows) if v is not None and v >= t and not r["today_refused"] and r["answerable"])
        gain = c - COST * lost
        if gain > best[0] or (gain == best[0] and t > best[1]):
            best = (gain, t, c, lost)
    return best[1], best[2], best[3]


PAIR_SECONDS = ("similarity", "coverage", "focus", "p_today", "score", "margin")  # the reader's own closeness signals
GRID = 25  # quantiles of each signal tried as a threshold


def pair_value(r: dict, name: str) -> float:
    if name == "p_today":
        return r["p_today"]
    if name in s8.SIGNAL_NAMES:
        return r["signals"][name] if r["signals"] else 0.0
    return r["extra"][name] if r["extra"] else 0.0


def pairs(rows: list[dict], vals: dict) -> None:
    """Each word signal AND a low closeness signal: on the other sets, the pair of thresholds that catches the most
    unanswerable questions today answers while refusing none of their answerable ones; measured on the left-out set."""
    import numpy as np

    sets = list(dict.fromkeys(r["set"] for r in rows))
    print("\n== word signal >= a AND closeness <= b (zero answerable refused on the training sets), left out")
    for name in [k for k in vals if not k.startswith("_")]:
        for second in PAIR_SECONDS:
            x = np.array([v or 0.0 for v in vals[name]])
            y = np.array([pair_value(r, second) for r in rows])
            ans = np.array([r["answerable"] for r in rows])
            open_ = np.array([not r["today_refused"] for r in rows])
            of = np.array([r["set"] for r in rows])
            tc = tl = bl = 0
            for s in sets:
                train = open_ & (of != s)
                best, th = 0, None
                for a in np.quantile(x[train], np.linspace(0, 1, GRID)):
                    for b in np.quantile(y[train], np.linspace(0, 1, GRID)):
                        hit = train & (x >= a) & (y <= b)
                        c = int((hit & ~ans).sum())
                        if c > best and not (hit & ans).any():
                            best, th = c, (a, b)
                if th is None:
                    continue
                hit = open_ & (of == s) & (x >= th[0]) & (y <= th[1])
                tc += int((hit & ~ans).sum())
                lost = int((hit & ans).sum())
                tl += lost
                bl += lost if s in BLIND else 0
            print(f"  {name:16} & {second:10}: +{tc} unanswerable, +{tl} answerable refused (blind-written sets +{bl})")


def signals_main(args: argparse.Namespace) -> None:
    rows = load_rows(args.parts)
    texts = load_texts(args.texts_parts)
    stores = {"fakes": (args.fakes_store, "fakes"), "examples": (args.examples_store, "default")}
    vals = signal_values(rows, texts, stores)
    sets = list(dict.fromkeys(r["set"] for r in rows))
    have = sum(v is not None for v in vals["unstated_all"])
    print(f"{have} of {len(rows)} questions with cached evidence\n")
    for name in [k for k in vals if not k.startswith("_")]:
        v = vals[name]
        refused = []
        print(f"== {name}: per left-out set, threshold chosen on the other sets (in-sample caught/lost at it)")
        for s in sets:
            train = [(x, r) for x, r in zip(v, rows) if r["set"] != s]
            t, c, lost = best_threshold([x for x, _ in train], [r for _, r in train])
            held = [(x, r) for x, r in zip(v, rows) if r["set"] == s]
            nc = sum(1 for x, r in held if x is not None and x >= t and not r["today_refused"] and not r["answerable"])
            nl = sum(1 for x, r in held if x is not None and x >= t and not r["today_refused"] and r["answerable"])
            print(f"  {s:10} t={t:.3f} (train +{c}/-{lost}) left out: +{nc} unanswerable caught, +{nl} answerable refused")
        ts = {}
        for s in sets:
            train = [(x, r) for x, r in zip(v, rows) if r["set"] != s]
            ts[s] = best_threshold([x for x, _ in train], [r for _, r in train])[0]
        refused = [r["today_refused"] or (x is not None and x >= ts[r["set"]]) for x, r in zip(v, rows)]
        table(rows, refused, f"today + {name} (left out)")
        t_all, c, lost = best_threshold(v, rows)
        print(f"  fitted on every set: t={t_all:.3f}, +{c} unanswerable, +{lost} answerable\n")
    pairs(rows, vals)
    if args.show:
        for r, x, w in zip(rows, vals["uncommon_all"], vals["_words"]):
            if w is not None and not r["today_refused"]:
                print(f"{'U' if not r['answerable'] else 'A'} {x:.2f} {w[1]!s:14} {r['set']:9} {r['question'][:120]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--fakes-store", type=Path, required=True)
    f.add_argument("--examples-store", type=Path, required=True)
    f.add_argument("--only", help="comma-separated set names (default: every set)")
    f.add_argument("--cache", type=Path)
    f.add_argument("--texts", type=Path)
    t = sub.add_parser("texts")
    t.add_argument("--fakes-store", type=Path, required=True)
    t.add_argument("--examples-store", type=Path, required=True)
    t.add_argument("--only")
    t.add_argument("--texts", type=Path)
    for name in ("today", "audit", "signals"):
        g = sub.add_parser(name)
        g.add_argument("--parts", type=Path, nargs="*", help="partial feature caches to read first (features --cache PART)")
        if name == "signals":
            g.add_argument("--texts-parts", type=Path, nargs="*", help="partial evidence caches to read first")
            g.add_argument("--fakes-store", type=Path, required=True)
            g.add_argument("--examples-store", type=Path, required=True)
            g.add_argument("--show", action="store_true", help="every question today answers, with its rarest unstated word")
    args = ap.parse_args()
    if args.cmd == "features":
        features(args)
    elif args.cmd == "texts":
        evidence_texts(args)
    elif args.cmd == "today":
        today_main(args)
    elif args.cmd == "audit":
        audit_main(args)
    elif args.cmd == "signals":
        signals_main(args)


if __name__ == "__main__":
    main()
