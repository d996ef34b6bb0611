"""Write briefing/antonyms.txt: WordNet 3.0's direct antonym pairs of single words (issue 8, session 16).

    # WordNet's data files: Debian's wordnet-base package (apt-get install wordnet-base, or dpkg -x its .deb)
    python benchmarks/wordnet_antonyms.py [--dict /usr/share/wordnet] [--out briefing/antonyms.txt]

The verifier's opposite-predicate check (polarity.check_opposites) reads this file at run time; nothing downloads.
Only WordNet's lexical antonym pointers ('!') are kept, between two single content words (no phrases, no hyphens, no
stopword: 'on'/'off', 'up'/'down' are particles of phrasal verbs), each with at most SENSES_MAX senses in its part of
speech, as lemma pairs, one pair a line, sorted: general English, no word chosen by hand.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "r": "data.adv"}
# A word with more senses than this holds its antonym in one sense of many: the light verbs 'go'/'come' (30/21 verb
# senses), 'take'/'give' (42/44), 'keep'/'lose' (22/11), 'find' (16), whose other word in a text is seldom that sense's
# opposite ('the sale went ahead' against 'the sale came despite'). 98% of WordNet's antonym pairs have both words at or
# under it; 'true'/'false' (12/10) and 'hire'/'fire' (3/9) stay.
SENSES_MAX = 15
NOTICE = """# Antonym pairs (lemmas) from WordNet 3.0, written by benchmarks/wordnet_antonyms.py; read by briefing/antonyms.py.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and
# without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and
# statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
# EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES
# OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution
# of the software and/or database. Title to copyright in this software, database and any associated documentation shall
# at all times remain with Princeton University and LICENSEE agrees to preserve same.
"""


def synsets(folder: Path) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], list[tuple[str, tuple[str, str], int, int]]]]:
    """Every synset's words and its pointers, keyed by (part of speech, offset)."""
    words: dict[tuple[str, str], list[str]] = {}
    pointers: dict[tuple[str, str], list[tuple[str, tuple[str, str], int, int]]] = {}
    for pos, name in FILES.items():
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or not line.strip():
                continue  # the licence header
            parts = line.split(" | ")[0].split()
            count = int(parts[3], 16)
            words[(pos, parts[0])] = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            i = 4 + 2 * count
            out = []
            for _ in range(int(parts[i])):
                symbol, offset, tpos, st = parts[i + 1 : i + 5]
                out.append((symbol, ("a" if tpos == "s" else tpos, offset), int(st[:2], 16), int(st[2:], 16)))
                i += 4
            pointers[(pos, parts[0])] = out
    return words, pointers


def sense_counts(folder: Path) -> dict[tuple[str, str], int]:
    """How many senses each (word, part of speech) has (WordNet's index files)."""
    out = {}
    for pos, name in FILES.items():
        for line in (folder / name.replace("data.", "index.")).read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or not line.strip():
                continue
            parts = line.split()
            out[(parts[0], pos)] = int(parts[2])
    return out


def antonym_pairs(folder: Path) -> list[tuple[str, str]]:
    """WordNet's direct antonyms of single content words with few senses, as sorted lemma pairs."""
    from briefing.lexical import STOPWORDS

    words, pointers = synsets(folder)
    senses = sense_counts(folder)
    pairs = set()
    for key, ps in pointers.items():
        for symbol, target, source, dest in ps:
            if symbol != "!":
                continue
            a, b = words[key][source - 1], words[target][dest - 1]
            if a == b or not (a.isalpha() and b.isalpha()) or a in STOPWORDS or b in STOPWORDS:
                continue
            if max(senses.get((a, key[0]), 0), senses.get((b, target[0]), 0)) > SENSES_MAX:
                continue
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def notice(what: str, script: str, reader: str) -> str:
    """The licence head of a packaged WordNet file: what it holds, the script that writes it, the module that reads it."""
    return NOTICE.replace("# Antonym pairs (lemmas)", f"# {what}").replace(
        "benchmarks/wordnet_antonyms.py; read by briefing/antonyms.py", f"benchmarks/{script}; read by briefing/{reader}")


def run(doc: str, default_out: Path, pairs_of: Callable[[Path], list[tuple[str, str]]], head: str) -> None:
    """A WordNet script's command line: read the data files in --dict, write the pairs under `head` to --out."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--dict", default="/usr/share/wordnet", help="folder with WordNet's data.noun, data.verb, data.adj, data.adv")
    ap.add_argument("--out", default=str(default_out))
    args = ap.parse_args()
    pairs = pairs_of(Path(args.dict))
    Path(args.out).write_text(head + "".join(f"{a} {b}\n" for a, b in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {args.out}")


def main() -> None:
    run(__doc__, ROOT / "briefing" / "antonyms.txt", antonym_pairs, NOTICE)


if __name__ == "__main__":
    main()
