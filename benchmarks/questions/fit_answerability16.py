"""Session 16: does the answer sentence answer the ASKED part of the question, or is it merely on topic? (issue 9)

Measured on the session-15 cache (fit_answerability15.load_rows: 2,752 questions in 20 groups; holdout9/10 split
once by item id, tune = even sha1) on the questions the shipped decision (session 13) answers. Three readings of
"the question without its named entities" against the reader's chosen sentences, each a number per question:

  strip2    cosine (offline MiniLM) of the question with its focus names, outlets and bare first-word name removed
            against the best chosen sentence with the same names removed: the predicate match, not the entity match.
  lex_best  share of the stripped question's content words (no question words, stopwords, calendar words, numbers)
            that the best chosen sentence states in some form (lemmas.forms): the asked slot's own words.
  ev_s2     the best strip2 over EVERY retrieved sentence (only for the low tail: lex_best < 0.5, score <= 1.1):
            is there a sentence that would answer, so that the reader erred, rather than none?
  (also: full = the plain question against the best sentence; strip = names removed from the question only;
  rsim = the words of the stripped question the best sentence lacks, embedded, against that sentence; ev_lex.)

  features  compute the readings into /tmp/answerability-signals16.json (the embedder runs ~6 min on 2 busy cores)
  auc       their AUC (answerable above unanswerable) on the tune halves, the test halves and the older sets
  select    variants (reading x threshold x answer types x a cap on the reader's best score) chosen on the tune halves
            plus the older sets at COST (one answerable refused must be paid for by three unanswerable caught, the
            session-16 brief), each older set also left out; test halves reported
  tail      a leave-one-set-out logistic model over (score, lex_best, strip2): its lowest-k answered rows, and on
            holdout9/10 the answerable ones split by whether the reader's answer had its facts right (needs the
            baseline evals in /work/notes/base16)

Usage (from the worktree root): python benchmarks/questions/fit_answerability16.py features|auc|select|tail
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import fit_answerability11 as s11  # noqa: E402
import fit_answerability13 as s13  # noqa: E402
import fit_answerability15 as s15  # noqa: E402

WORK = Path("/tmp/answerability-signals16.json")
BASE_EVALS = (Path("/work/notes/base16/eval-h10-main.json"), Path("/work/notes/base16/eval-h9-main.json"))
COST = 3.0  # the session-16 brief: at most one answerable question refused per three unanswerable ones caught
TAIL_LEX = 0.5  # ev_s2 is computed only where lex_best < TAIL_LEX and the best score <= TAIL_SCORE (the tail that matters; it keeps the embedder run short)
TAIL_SCORE = 1.1
EVIDENCE_SENTENCES = 60  # retrieved sentences read per question for ev_s2 (the rest repeat; keeps the run short)
THRESHOLDS = {
    "strip2": (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4),
    "lex_best": (0.001, 0.2, 0.26, 0.34, 0.4, 0.5),
    "score": (0.8, 0.85, 0.9, 0.95, 1.0),
}
TYPES = {"all": None, "figure": ("number", "quantity"), "quantity": ("quantity",), "fig+other": ("number", "quantity", "other"),
         "person/org": ("person", "organisation"), "other": ("other",)}
CAPS = (None, 1.0, 1.1)


def without_names(text: str, names: list[str]) -> str:
    """The text with each of the names (any case, hyphen or space between words, a possessive 's) removed."""
    out = text
    for n in sorted(names, key=len, reverse=True):
        words = [w for w in re.split(r"[\s-]+", n) if w]
        if words:
            pat = r"[\s-]+".join(re.escape(w) for w in words)
            out = re.sub(rf"\b{pat}(?:['’]s)?\b", " ", out, flags=re.I)
    return re.sub(r"\s+", " ", out).strip()


def question_names(question: str) -> list[str]:
    """The names the question asks about (QuestionShape.focus), its bare first-word name and its outlets."""
    from briefing.question import analyse

    sh = analyse(question)
    return [*sh.focus, *([sh.first_word_name] if sh.first_word_name else []), *sh.outlets]


def content_words(text: str) -> list[str]:
    """The text's content words in order, once: no question words, stopwords, calendar words, numbers, 1-2 letter words."""
    from briefing.lemmas import tokens
    from briefing.lexical import STOPWORDS
    from briefing.question import CALENDAR, QUESTION_WORDS

    return list(dict.fromkeys(w for w in tokens(text) if w not in QUESTION_WORDS and w not in STOPWORDS and w not in CALENDAR and not w.isdigit() and len(w) > 2))


def stated_share(words: list[str], sentence: str) -> float:
    """Share of the words the sentence states in some form (lemmas.forms); 0 for no words."""
    from briefing.lemmas import forms, tokens

    vocab: set[str] = set()
    for t in tokens(sentence):
        vocab |= forms(t)
    return sum(bool(forms(w) & vocab) for w in words) / max(len(words), 1)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.clip(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12, None)


def features() -> None:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    rows = s15.load_rows()
    base = s13.shipped(rows)
    embed = get_embedder(Settings()).embed
    recs = []
    for r, b in zip(rows, base):
        chosen = [c["text"] for c in r.get("chosen", [])]
        if b or not chosen or not r["english"]:
            recs.append(None)
            continue
        names = question_names(r["question"])
        qs = without_names(r["question"], names)
        words = content_words(qs)
        recs.append({"q": r["question"], "qs": qs, "best": chosen[0], "best_s": without_names(chosen[0], names), "words": words, "names": names})
    texts = list(dict.fromkeys(t for x in recs if x for t in (x["q"], x["qs"], x["best"], x["best_s"])))
    vec = dict(zip(texts, _unit(embed(texts))))
    out: list[dict | None] = []
    for r, x in zip(rows, recs):
        if x is None:
            out.append(None)
            continue
        f = {"full": float(vec[x["q"]] @ vec[x["best"]]), "strip": float(vec[x["qs"]] @ vec[x["best"]]), "strip2": float(vec[x["qs"]] @ vec[x["best_s"]]),
             "lex_best": stated_share(x["words"], x["best"]), "score": s11.score_of(r)}
        lacking = [w for w in x["words"] if stated_share([w], x["best"]) == 0]
        f["resid"] = " ".join(lacking)
        out.append(f)
    # The words of the stripped question the best sentence lacks, embedded against it (a soft match of what is missing).
    resid = list(dict.fromkeys(f["resid"] for f in out if f and f["resid"]))
    rvec = dict(zip(resid, _unit(embed(resid)))) if resid else {}
    for f, x in zip(out, recs):
        if f:
            f["rsim"] = float(rvec[f["resid"]] @ vec[x["best"]]) if f["resid"] else 1.0
    # The tail: is there ANY retrieved sentence that matches the stripped question (the reader erred) or none?
    tail = {i: [without_names(s, x["names"]) for s in s13.evidence_sentences(rows[i])][:EVIDENCE_SENTENCES]
            for i, (f, x) in enumerate(zip(out, recs)) if f and f["lex_best"] < TAIL_LEX and f["score"] <= TAIL_SCORE}
    sents = list(dict.fromkeys(s for ss in tail.values() for s in ss))
    svec = dict(zip(sents, _unit(embed(sents)))) if sents else {}
    for i, ss in tail.items():
        q = vec[recs[i]["qs"]]
        out[i]["ev_s2"] = max((float(svec[s] @ q) for s in ss), default=0.0)
        out[i]["ev_lex"] = max((stated_share(recs[i]["words"], s) for s in ss), default=0.0)
    WORK.write_text(json.dumps({"ids": [r["id"] for r in rows], "features": out}) + "\n")
    print(f"wrote {WORK}: {sum(1 for f in out if f)} answered rows, {len(tail)} in the tail, {len(sents)} tail sentences")


def load() -> tuple[list[dict], list[bool], list[dict | None]]:
    rows = s15.load_rows()
    data = json.loads(WORK.read_text())
    assert data["ids"] == [r["id"] for r in rows], "features computed on other rows: rerun `features`"
    return rows, s13.shipped(rows), data["features"]


def split(group: str) -> str:
    return "tune" if group.endswith("/tune") else "test" if group.endswith("/test") else "older"


def auc(pos: list[float], neg: list[float]) -> float:
    """P(an answerable row's value > an unanswerable row's), ties half."""
    if not pos or not neg:
        return float("nan")
    p, n = np.array(pos)[:, None], np.array(neg)[None, :]
    return float(((p > n).sum() + 0.5 * (p == n).sum()) / (p.size * n.size))


def auc_main() -> None:
    rows, _, feats = load()
    print("AUC (answerable above unanswerable) on the rows the shipped decision answers")
    for name in ("full", "strip", "strip2", "lex_best", "rsim", "score", "ev_s2", "ev_lex"):
        line = f"{name:9}"
        for part in ("tune", "test", "older"):
            sel = [(r, f) for r, f in zip(rows, feats) if f and name in f and split(s15.group(r)) == part]
            pos = [f[name] for r, f in sel if r["answerable"]]
            neg = [f[name] for r, f in sel if not r["answerable"]]
            line += f"  {part} {auc(pos, neg):.3f} ({len(pos)}/{len(neg)})"
        print(line)


def select_main() -> None:
    rows, _, feats = load()
    groups = [s15.group(r) for r in rows]
    variants: dict[tuple, list[bool]] = {}
    for name, ths in THRESHOLDS.items():
        for th in ths:
            for tname, types in TYPES.items():
                for cap in CAPS:
                    variants[(name, th, tname, cap)] = [bool(f) and f[name] < th and (types is None or r["answer_type"] in types) and (cap is None or f["score"] <= cap)
                                                        for r, f in zip(rows, feats)]

    def gain(v: list[bool], gs: set[str]) -> tuple[int, int]:
        c = lo = 0
        for x, r, g in zip(v, rows, groups):
            if x and g in gs:
                lo += r["answerable"]
                c += not r["answerable"]
        return c, lo

    def pick(train: set[str]) -> tuple | None:
        best, choice = 0.0, None
        for k, v in variants.items():
            c, lo = gain(v, train)
            if c - COST * lo > best:
                best, choice = c - COST * lo, k
        return choice

    names = set(groups)
    tune, test, old = {g for g in names if split(g) == "tune"}, {g for g in names if split(g) == "test"}, {g for g in names if split(g) == "older"}
    for label, train in (("tune halves + older sets", tune | old), ("tune halves only", tune)):
        c = pick(train)
        print(f"chosen on the {label} (COST {COST}): {c}")
        if c:
            print(f"   tune {gain(variants[c], tune)}  test {gain(variants[c], test)}  older {gain(variants[c], old)}  (unanswerable, answerable newly refused)")
    total = [0, 0]
    for g in sorted(old):
        c = pick(tune | (old - {g}))
        if c:
            x = gain(variants[c], {g})
            total = [total[0] + x[0], total[1] + x[1]]
            if x != (0, 0):
                print(f"   left out {g:10} {c}: +{x[0]}/-{x[1]}")
    print(f"older sets, each left out: +{total[0]}/-{total[1]}")
    print("best ratios on the tune halves (at least 5 caught), with their test halves and older sets:")
    ranked = sorted(variants, key=lambda k: (-(gain(variants[k], tune)[0] / (gain(variants[k], tune)[1] + 1)), k[0]))
    shown = 0
    for k in ranked:
        t = gain(variants[k], tune)
        if t[0] >= 5 and shown < 15:
            shown += 1
            print(f"   {str(k):40} tune +{t[0]}/-{t[1]}  test +{gain(variants[k], test)[0]}/-{gain(variants[k], test)[1]}  older +{gain(variants[k], old)[0]}/-{gain(variants[k], old)[1]}")


def _fit(x: np.ndarray, y: np.ndarray, steps: int = 800) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= x.T @ (p - y) / len(y) + w / len(y)
        b -= float((p - y).mean())
    return w, b


def tail_main() -> None:
    rows, _, feats = load()
    facts = {x["id"]: x["facts_ok"] for p in BASE_EVALS if p.exists() for x in json.loads(p.read_text())["results"]}
    names = ("score", "lex_best", "strip2")
    idx = [i for i, f in enumerate(feats) if f]
    x = np.array([[feats[i][n] for n in names] for i in idx])
    x = (x - x.mean(0)) / x.std(0)
    y = np.array([0.0 if rows[i]["answerable"] else 1.0 for i in idx])
    sets = np.array([rows[i]["set"] for i in idx])
    p = np.zeros(len(idx))
    for s in sorted(set(sets)):
        w, b = _fit(x[sets != s], y[sets != s])
        p[sets == s] = (1 / (1 + np.exp(-(x @ w + b))))[sets == s]
    order = np.argsort(-p)
    print(f"logistic over {names}, each set left out: the k answered rows it finds least answerable")
    for k in (10, 20, 30, 50, 100, 200):
        u = int(y[order[:k]].sum())
        print(f"   k={k:3}: unanswerable {u:3}  answerable {k - u:3}")
    new = [j for j in order if sets[j] in s15.NEW]
    print("holdout9+10 (both halves): answerable rows split by the reader's facts (right / wrong)")
    for k in (10, 20, 30, 40, 60):
        sel = new[:k]
        u = sum(int(y[j]) for j in sel)
        right = sum(1 for j in sel if not y[j] and facts.get(rows[idx[j]]["id"]))
        print(f"   k={k:3}: unanswerable {u:3}  answerable right {right:3}  answerable wrong {k - u - right:3}")
    ans = [j for j in new if not y[j]]
    print(f"   all answered answerable rows: {len(ans)}, facts wrong {sum(1 for j in ans if not facts.get(rows[idx[j]]['id']))}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "auc"
    {"features": features, "auc": auc_main, "select": select_main, "tail": tail_main}[cmd]()


if __name__ == "__main__":
    main()
