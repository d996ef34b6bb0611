"""Write briefing/noun_hyponyms.txt: which common English nouns are kinds of which (issue 9, session 19).

    # WordNet's data files: Debian's wordnet-base package (apt-get install wordnet-base, or dpkg -x its .deb)
    python benchmarks/wordnet_hyponyms.py [--dict /usr/share/wordnet] [--out briefing/noun_hyponyms.txt]

One line per WordNet 3.0 noun synset that holds a single word WordNet's sense-tagged corpus (cntlist.rev) uses at
least MIN_TAGGED times in any part of speech: 'number words children', the synset's kept words and the numbers of its
nearest hyponym synsets (instances, which are proper names, left out; a synset with no kept word is walked through:
'vehicle > motor vehicle > truck'). Senses stay apart: 'base' (a military base) has 'air base' kinds, not the chemical
ones of another sense's word. Read by briefing/slots.py:
a question asking 'Which vehicle ...' is answered by a sentence that names a truck, so an article that says 'truck'
states the asked slot. General English, no word chosen by hand; nothing downloads at run time.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_antonyms import ROOT, notice, run  # noqa: E402  (the same licence and command line)

# One tagged use keeps the words news uses ('auctioneer' has none and no hyponyms either); rarer lemmas (~40,000
# species, chemicals and archaisms) never stand in a news article as the answer to a 'which <noun>' question.
MIN_TAGGED = 1


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="latin-1").splitlines() if line.strip() and not line.startswith("  ")]


def hyponym_rows(folder: Path) -> list[tuple[str, str]]:
    """One row per noun synset that holds a tagged single word: (its number, 'words children') with its words comma-joined
    and the numbers of its nearest hyponym synsets that hold one ('-' when none); synsets without such a word are walked
    through ('vehicle > motor vehicle > truck')."""
    tagged: dict[str, int] = defaultdict(int)
    for line in _lines(folder / "cntlist.rev"):
        key, _sense, count = line.split()
        tagged[key.split("%", 1)[0]] += int(count)
    words: dict[str, list[str]] = {}
    children: dict[str, list[str]] = defaultdict(list)
    for line in _lines(folder / "data.noun"):
        parts = line.split(" | ")[0].split()
        offset = parts[0]
        n = int(parts[3], 16)
        words[offset] = [w.lower() for w in parts[4 : 4 + 2 * n : 2] if w.isalpha() and tagged.get(w.lower(), 0) >= MIN_TAGGED]
        i = 4 + 2 * n
        for _ in range(int(parts[i])):
            symbol, target, pos, _st = parts[i + 1 : i + 5]
            i += 4
            if symbol == "~" and pos == "n":
                children[offset].append(target)

    def nearest(offset: str, seen: set[str]) -> list[str]:
        out: list[str] = []
        for c in children.get(offset, []):
            if c not in seen:
                seen.add(c)
                out += [c] if words[c] else nearest(c, seen)
        return out

    kept = [o for o in words if words[o]]
    number = {o: i for i, o in enumerate(kept)}
    rows = []
    for o in kept:
        kids = sorted({number[c] for c in nearest(o, set())})
        rows.append((str(number[o]), f"{','.join(dict.fromkeys(words[o]))} {','.join(map(str, kids)) or '-'}"))
    return rows


def main() -> None:
    run(__doc__, ROOT / "briefing" / "noun_hyponyms.txt", hyponym_rows, notice("Noun synsets: number, words, nearest hyponym synsets", "wordnet_hyponyms.py", "slots.py"))


if __name__ == "__main__":
    main()
