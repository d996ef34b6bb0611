"""Session 14 (issue 9): the labelled questions a session-13 switch can touch, as {set: [ids]} for answers13_paired --only.

Usage: .venv/bin/python benchmarks/questions/touched14.py ARTICLE_SPEAKER|SPELLED_OUT|COUNT_SENTENCES|EVENT_HEAD OUT.json

ARTICLE_SPEAKER only acts in assembly._attributed, which filters nothing unless the question names a speaker or outlet
(QuestionShape.outlets); SPELLED_OUT only when the question writes a word in capitals;
COUNT_SENTENCES and COUNT_WORDS only on 'how many' number and quantity questions; EVENT_HEAD only on date questions with
an inflected verb. (Session 13's PHRASE_TYPES, measured with the ids whose answer type it changed, was dropped.) Every
other question reads the same on both sides, so the paired tally over these ids is the tally over the whole set.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from losses8 import SETS  # noqa: E402


def touched(change: str, text: str) -> bool:
    """Can the switch change how this question is read?"""
    from briefing import question

    if change in ("COUNT_SENTENCES", "COUNT_WORDS"):
        from briefing.answerability import counted_words
        from briefing.slots import subcount_words

        shape = question.analyse(text)  # count_bound, tight_count and subcount read only these
        return shape.answer_type in ("number", "quantity") and bool(counted_words(shape) or subcount_words(text))
    if change == "EVENT_HEAD":
        from briefing.answerability import question_verbs

        shape = question.analyse(text)  # the date_event check reads date questions with an inflected verb only
        return shape.answer_type == "date" and bool(question_verbs(shape))
    if change == "SPELLED_OUT":
        return bool(re.search(r"\b[A-Z]{3,6}\b", text))  # matching.expands reads acronyms of 3-6 capitals
    if change == "ARTICLE_SPEAKER":
        return bool(question.analyse(text).outlets)
    raise SystemExit(f"unknown change {change}")


def main() -> None:
    change, out = sys.argv[1], Path(sys.argv[2])
    ids: dict[str, list[str]] = {}
    for name, path, _ in SETS:
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        ids[name] = [q["id"] for q in rows if touched(change, q["question"])]
    out.write_text(json.dumps(ids))
    print(sum(map(len, ids.values())), {k: len(v) for k, v in ids.items() if v})


if __name__ == "__main__":
    main()
