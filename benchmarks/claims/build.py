"""Build the labeled claim-verification set benchmarks/claims/claims.jsonl.

Sources: true sentences of the five example articles and of a fixed sample of
FA-KES articles (as stored, so the cited doc_id is the stored id). Each item is
(claim, doc_ids, label, kind, split):

- verbatim: the true sentence itself (supported);
- one-change perturbations, written by rules below and kept only when the
  change applied: negation, swapped backer/target, changed number, changed
  number unit/event, changed date, changed speaker, certainty removed, an added
  clause from another article, an added place (all unsupported or contradicted);
- faithful paraphrases written by hand (paraphrases.jsonl, supported, some
  partial/unsupported where the paraphrase was deliberately loose);
- real weak-model sentences (SmolLM2-135M-Instruct, smol.py), labeled by hand
  (smol_labeled.jsonl).

The split is by source article (a stable hash of the doc_id), so paraphrases and
perturbations of one sentence never straddle tune and test.

    python benchmarks/claims/build.py --examples STORE --fakes STORE
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from briefing import Corpus, Settings
from briefing.claims import attributions, date_mentions, hedges, negations
from briefing.relations import extract

HERE = Path(__file__).parent
FAKES_SAMPLE = 45  # FA-KES articles drawn (fixed seed) as sources
PER_DOC = 4  # source sentences per article
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def split_of(doc_id: str) -> str:
    return "tune" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def doc_sentences(corpus: Corpus, doc_id: str) -> list[str]:
    _, original, chunks = corpus.show(doc_id)
    seen: set[int] = set()
    out = []
    for ch in chunks:
        for _, span in ch.sentences():
            if span.orig_start in seen:
                continue
            seen.add(span.orig_start)
            out.append(" ".join(original[span.orig_start : span.orig_end].split()))
    return out


def good_source(s: str) -> bool:
    words = s.split()
    return 8 <= len(words) <= 45 and bool(re.search(r"\b[A-Z][a-z]{2,}", s[1:])) and not s.endswith("?") and "http" not in s


def negate(s: str) -> str | None:
    m = re.search(r"\b(is|are|was|were|has|have|had|will|would|can|could)\b(?! not)", s)
    if m and m.start() > 3:
        return s[: m.end()] + " not" + s[m.end():]
    for r in extract(s):
        v = r.verb
        if v.endswith("ed") and v[0].islower() and not r.negated and re.search(rf"\b{re.escape(v)}\b", s):
            base = v[:-2] if not v.endswith("ied") else v[:-3] + "y"
            if base.endswith(("pport", "ck", "nd", "rm")) or len(base) > 3:
                return re.sub(rf"\b{re.escape(v)}\b", "did not " + base, s, count=1)
    return None


def swap(s: str) -> str | None:
    for r in extract(s):
        if r.agent and r.target and r.agent in s and r.target in s and r.agent.lower() != r.target.lower() and r.kind in ("back", "attack", "arm", "fund", "send"):
            if r.agent in r.target or r.target in r.agent:
                continue
            return s.replace(r.agent, "\x00").replace(r.target, r.agent).replace("\x00", r.target)
    return None


def change_number(s: str, rng: random.Random) -> str | None:
    nums = [m for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*|\d+)(?![\w.,]\d)", s) if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
    if not nums:
        return None
    m = rng.choice(nums)
    n = int(m.group(1).replace(",", ""))
    new = n + rng.choice([2, 3, 5, 7]) if n < 20 else int(n * rng.choice([1.5, 2, 3]))
    return s[: m.start(1)] + f"{new:,}" + s[m.end(1):]


def change_unit(s: str) -> str | None:
    for a, b in (("killed", "wounded"), ("wounded", "killed"), ("injured", "killed"), ("civilians", "soldiers"), ("soldiers", "civilians"),
                 ("children", "fighters"), ("fighters", "civilians"), ("people", "soldiers"), ("rebels", "civilians"), ("militants", "civilians")):
        if re.search(rf"\d[\d,]*\s+(?:\w+\s+)?{a}\b", s) or re.search(rf"\b{a}\b", s) and re.search(r"\d", s) and a in ("killed", "wounded", "injured"):
            return re.sub(rf"\b{a}\b", b, s, count=1)
    return None


def change_date(s: str, rng: random.Random) -> str | None:
    for d in date_mentions(s):
        if d in WEEKDAYS:
            return re.sub(rf"\b{d}\b", rng.choice([w for w in WEEKDAYS if w != d]), s, count=1)
        for mo in MONTHS:
            if d.startswith(mo):
                return s.replace(mo, rng.choice([x for x in MONTHS if x != mo]), 1)
        y = re.fullmatch(r"(?:19|20)\d\d", d)
        if y:
            return re.sub(rf"\b{d}\b", str(int(d) + rng.choice([-2, -1, 1, 2])), s, count=1)
    return None


def change_speaker(s: str, others: list[str], rng: random.Random) -> str | None:
    atts = [a for a in attributions(s) if a.speaker in s and len(a.speaker) > 2]
    cands = [o for o in others if atts and o not in s and o.lower() != atts[0].speaker.lower()]
    if not atts or not cands:
        return None
    return s.replace(atts[0].speaker, rng.choice(cands), 1)


def remove_hedge(s: str) -> str | None:
    for pat, rep in ((r"\breportedly\s+", ""), (r"\ballegedly\s+", ""), (r"\bis believed to have been\b", "was"), (r"\bare believed to have\b", "have"),
                     (r"\bis said to have\s+(\w+)", r"\1"), (r"\bis believed to\s+", ""), (r"\bmay have\s+(\w+)", r"\1"), (r"\bmay\s+", "will "),
                     (r"\bcould\s+", "will "), (r"\bpossibly\s+", ""), (r"\bapparently\s+", ""), (r"\b(?:it was )?unconfirmed (?:reports|claims) (?:said|suggest(?:ed)?) (?:that )?", "")):
        if re.search(pat, s):
            out = re.sub(pat, rep, s, count=1)
            if out != s and not hedges(out):
                return out
    return None


def add_clause(s: str, other: str) -> str | None:
    o = other.rstrip(".")
    if not o or len(o.split()) > 25:
        return None
    first = o.split()[0]
    if first.lower() in ("the", "a", "an", "this", "that", "it", "they", "he", "she", "but", "and", "in", "on", "at"):
        o = first.lower() + o[len(first):]
    return s.rstrip(".") + ", and " + o + "."


def add_place(s: str, place: str) -> str | None:
    if place in s:
        return None
    return s.rstrip(".") + f" in {place}."


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=Path, required=True, help="store with the example articles (corpus default)")
    ap.add_argument("--fakes", type=Path, required=True, help="store with FA-KES (corpus fakes)")
    ap.add_argument("--sources-only", action="store_true", help="print the source sentences (to write paraphrases) and stop")
    args = ap.parse_args()
    rng = random.Random(8)
    ex = Corpus(Settings(store={"path": args.examples, "corpus": "default"}))
    fk = Corpus(Settings(store={"path": args.fakes, "corpus": "fakes"}))
    sources: list[tuple[str, str, str]] = []  # (corpus, doc_id, sentence)
    docs_fk = [d.doc_id for d in fk.sources() if not d.duplicate_of]
    random.Random(3).shuffle(docs_fk)
    for corpus_name, corpus, ids in (("examples", ex, [d.doc_id for d in ex.sources()]), ("fakes", fk, docs_fk[:FAKES_SAMPLE])):
        for d in ids:
            sents = [s for s in doc_sentences(corpus, d) if good_source(s)]
            # prefer sentences that state relations, numbers, dates, speakers or hedges: they can be perturbed
            sents.sort(key=lambda s: -(bool(extract(s)) + bool(re.search(r"\d", s)) + bool(attributions(s)) + 2 * bool(hedges(s)) + bool(negations(s))))
            limit = PER_DOC * 3 if corpus_name == "examples" else PER_DOC
            for s in sents[:limit]:
                sources.append((corpus_name, d, s))
    if args.sources_only:
        for i, (c, d, s) in enumerate(sources):
            print(json.dumps({"i": i, "corpus": c, "doc_id": d, "sentence": s}, ensure_ascii=False))
        return
    items: list[dict[str, object]] = []
    from briefing.claims import places as place_names

    speakers_by_doc: dict[str, list[str]] = {}
    for c, d, s in sources:
        speakers_by_doc.setdefault(d, []).extend(a.speaker for a in attributions(s) if re.fullmatch(r"(?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+", a.speaker))
    places = sorted({p for _, _, s in sources for p in place_names(s) if not re.search(r"(?:ian|an|ern|s|ese|ish)$", p) and len(p) > 3})

    def add(c: str, d: str, src: str, claim: str | None, label: str, kind: str) -> None:
        if claim and claim != src:
            items.append({"claim": claim, "doc_ids": [d], "label": label, "kind": kind, "corpus": c, "source": src, "split": split_of(d)})

    for i, (c, d, s) in enumerate(sources):
        if i % 3 == 0:
            items.append({"claim": s, "doc_ids": [d], "label": "supported", "kind": "verbatim", "corpus": c, "source": s, "split": split_of(d)})
        add(c, d, s, negate(s), "contradicted", "negation")
        add(c, d, s, swap(s), "contradicted", "swap")
        add(c, d, s, change_number(s, rng), "unsupported", "number")
        add(c, d, s, change_unit(s), "unsupported", "number_unit")
        add(c, d, s, change_date(s, rng), "unsupported", "date")
        others = sorted({n for dd, ns in speakers_by_doc.items() if dd != d for n in ns if len(n) > 3})
        add(c, d, s, change_speaker(s, others, rng), "unsupported", "speaker")
        add(c, d, s, remove_hedge(s), "unsupported", "certainty")
        other_docs = [x for x in sources if x[1] != d]
        if i % 2 == 0:
            add(c, d, s, add_clause(s, rng.choice(other_docs)[2]), "unsupported", "added_claim")
        else:
            add(c, d, s, add_place(s, rng.choice(places)) if places else None, "unsupported", "added_place")
    for extra in ("paraphrases.jsonl", "smol_labeled.jsonl"):
        path = HERE / extra
        if path.exists():
            for line in path.read_text().splitlines():
                if line.strip():
                    rec = json.loads(line)
                    rec["split"] = split_of(rec["doc_ids"][0])
                    items.append(rec)
    with (HERE / "claims.jsonl").open("w") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(items), Counter(str(i["kind"]) for i in items), Counter(str(i["split"]) for i in items))


if __name__ == "__main__":
    main()
