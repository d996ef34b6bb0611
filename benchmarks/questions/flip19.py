"""Session 19: run labelled questions with one of the integrator's changes switched on (new) or off (old).

    python benchmarks/questions/flip19.py CHANGE new OUT.jsonl QFILE@CORPUS ...
    python benchmarks/questions/flip19.py CHANGE old OUT_OLD.jsonl QFILE@CORPUS ... --only TOUCHED.txt

CHANGE is one of
  state   a country focus stated by any of its forms, a capital used as the state (entities.states_country,
          entities.capital_as_state, read by candidates.name_found);
  speech  promises, pledges, vows and threats as verbs of saying (slots.SPEECH_VERBS);
  names   the Arabic article in its assimilated forms joining a name (lexical._NAME).
Each QFILE is a question file (`briefing eval` format) and CORPUS one of examples, fakes, h9, h10 (stores under
--stores, default /tmp/s19: ex, fk, h9, h10). In 'new' mode each row records whether the changed function gave
another result than the old one for that question ('touched'); the old run is then needed only for the touched
keys (write them with --touched-out). Compare the two files row by row: answer, refusal, facts, gold citations.
"""
from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pkgutil
import re
from pathlib import Path

SPEECH_ADDED = frozenset("promised promise promises pledged pledge pledges vowed vow vows threatened threaten threatens".split())
OLD_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)*|\b[A-Z]{2,}\b")
STORES = {"examples": ("ex", "default"), "fakes": ("fk", "fakes"), "h9": ("h9", "h9"), "h10": ("h10", "h10")}


def switch(change: str, mode: str, touched: list[bool]) -> None:
    """Put the old behaviour back (old) or wrap the new one so that a differing result marks the question (new)."""
    import briefing
    import briefing.answerability as A
    import briefing.candidates as C
    import briefing.entities as E
    import briefing.lexical as L
    import briefing.slots as S

    if change == "speech":
        if mode == "old":
            S.SPEECH_VERBS = frozenset(S.SPEECH_VERBS - SPEECH_ADDED)
        return
    if change == "state":
        new_found = C.name_found

        def old_found(name: str, text: str, strict: bool = False) -> bool:
            words = [w for w in re.split(r"[\s-]+", name) if w and w not in C.STOPWORDS and w not in {"al", "el"}]
            if not words:
                return True
            hits = sum(C.stated_in(w, text) or (strict and len(w) < 4) for w in words)
            return hits >= (len(words) // 2 + 1 if strict else max(1, math.ceil(len(words) / 2)))

        def marked(name: str, text: str, strict: bool = False) -> bool:
            out = new_found(name, text, strict)
            touched[0] |= out != old_found(name, text, strict)
            return out

        new_capital = E.capital_as_state

        def capital(name: str, question: str) -> str | None:
            out = new_capital(name, question)
            touched[0] |= out is not None
            return out

        C.name_found = A.name_found = old_found if mode == "old" else marked
        E.capital_as_state = (lambda name, question: None) if mode == "old" else capital
        return
    new_pattern, new_names = L._NAME, L.names

    def old_names(text: str) -> set[str]:
        L._NAME = OLD_NAME
        try:
            return new_names(text)
        finally:
            L._NAME = new_pattern

    def marked_names(text: str) -> set[str]:
        out = new_names(text)
        touched[0] |= out != old_names(text)
        return out

    skip = {"__main__", "cli", "server", "mcp", "plugin", "langchain"}
    modules = [importlib.import_module(f"briefing.{m.name}") for m in pkgutil.iter_modules(briefing.__path__) if m.name not in skip]
    for m in [*modules, L]:
        if getattr(m, "names", None) is new_names:
            m.names = old_names if mode == "old" else marked_names


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("change", choices=["state", "speech", "names"])
    p.add_argument("mode", choices=["old", "new"])
    p.add_argument("out")
    p.add_argument("files", nargs="+", help="QFILE@CORPUS")
    p.add_argument("--only", help="a file of keys (FILE:ID) to run, one a line")
    p.add_argument("--touched-out", help="write the keys the change touched here (new mode)")
    p.add_argument("--stores", default="/tmp/s19")
    args = p.parse_args()
    only = set(Path(args.only).read_text().split()) if args.only else None
    touched = [False]
    switch(args.change, args.mode, touched)
    from briefing import Corpus

    corpora: dict[str, Corpus] = {}
    keys: list[str] = []
    with open(args.out, "w", encoding="utf-8") as out:
        for spec in args.files:
            path, corpus_name = spec.rsplit("@", 1)
            for line in open(path, encoding="utf-8"):
                q = json.loads(line)
                key = f"{Path(path).name}:{q['id']}"
                if only is not None and key not in only:
                    continue
                if corpus_name not in corpora:
                    folder, name = STORES[corpus_name]
                    os.environ["BRIEFING_STORE__PATH"], os.environ["BRIEFING_STORE__CORPUS"] = str(Path(args.stores) / folder), name
                    corpora[corpus_name] = Corpus()
                touched[0] = False
                a = corpora[corpus_name].ask(q["question"])
                facts = all(re.search(f, a.answer, re.I) for f in q.get("facts", [])) if q.get("answerable") else None
                gold = sum(any(c.doc_id.startswith(d) for d in q.get("docs", [])) for c in a.citations)
                row = {"key": key, "answerable": q.get("answerable"), "refused": a.insufficient_evidence, "facts": facts,
                       "gold": gold, "touched": touched[0], "answer": a.answer[:400]}
                out.write(json.dumps(row) + "\n")
                if touched[0]:
                    keys.append(key)
    if args.touched_out:
        Path(args.touched_out).write_text("\n".join(keys), encoding="utf-8")


if __name__ == "__main__":
    main()
