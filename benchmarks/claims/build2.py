"""Build the hand-written claim set benchmarks/claims/claims2.jsonl from claims2.txt.

claims2.txt holds, per FA-KES article (`@unit_id`), claims written by hand the way a
weak model summarising the article would write them (none of these articles is in
claims.jsonl). Each line is `LABEL KIND | source snippet | claim`; the snippet is a
phrase of the article sentence the claim rests on, expanded here to that sentence.
Kinds: supported paraphrase, passive_active, drop_detail, merge_clauses, summary,
comparison_true; unsupported or contradicted actor_sub, role_swap, passive_role,
quantifier, modality, causal, comparison, place_swap, time_shift, wrong_speaker,
added_invented, merged_false.

The split is by article with the same stable hash as build.py (tune/test).

    python benchmarks/claims/build2.py [--csv FA-KES-Dataset.csv]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from build import split_of  # type: ignore[import-not-found]

HERE = Path(__file__).parent
LABELS = ("supported", "unsupported", "contradicted")


def sentence_with(article: str, snippet: str) -> str:
    """The sentence of the article that holds the snippet (the snippet itself when not found)."""
    text = " ".join(article.split())
    i = text.find(snippet)
    if i < 0:
        raise SystemExit(f"claims2.txt: snippet not in the article: {snippet!r}")
    start = max(text.rfind(". ", 0, i) + 2, 0) if text.rfind(". ", 0, i) >= 0 else 0
    m = re.search(r"[.!?](?:\s|$)", text[i + len(snippet):])
    end = i + len(snippet) + (m.end() if m else len(text))
    return text[start:end].strip()


def parse(path: Path, articles: dict[str, str]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    doc = None
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            doc = line[1:].strip()
            if doc not in articles:
                raise SystemExit(f"{path.name}:{n}: no FA-KES article {doc}")
            continue
        head, snippet, claim = (p.strip() for p in line.split("|", 2))
        label, kind = head.split()
        if label not in LABELS or doc is None:
            raise SystemExit(f"{path.name}:{n}: bad line {line!r}")
        items.append({"claim": claim, "doc_ids": [doc], "label": label, "kind": kind, "corpus": "fakes",
                      "source": sentence_with(articles[doc], snippet), "split": split_of(doc), "set": "claims2"})
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", type=Path, default=Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv"))
    args = ap.parse_args()
    with args.csv.open(encoding="utf-8", errors="replace") as f:
        articles = {r["unit_id"]: r["article_content"] for r in csv.DictReader(f)}
    items = parse(HERE / "claims2.txt", articles)
    (HERE / "claims2.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
    print(f"{len(items)} claims")


if __name__ == "__main__":
    main()
