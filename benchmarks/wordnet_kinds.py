"""Write briefing/noun_kinds.txt: what kind of thing each common English noun names, from WordNet 3.0 (issue 8, session 18).

    # WordNet's data files: Debian's wordnet-base package (apt-get install wordnet-base, or dpkg -x its .deb)
    python benchmarks/wordnet_kinds.py [--dict /usr/share/wordnet] [--out briefing/noun_kinds.txt]

WordNet files every noun sense under one of 25 lexicographer files ("supersenses"): noun.person ('businessman'),
noun.group ('government', 'firm'), noun.act ('merger', 'deal'), noun.time ('week'), noun.location, noun.artifact, ...
A claim that puts 'the government' where its evidence says 'a businessman' names another kind of thing; 'deal' for
'merger' names the same kind. Kept, one noun a line with the kinds of ALL its senses (the broadest reading: two nouns
are told apart only when no sense of one shares a kind with any sense of the other; session 18 measured the first
one or two senses and the senses covering 80% of the tagged uses, and each fired on more supported claims): single
words that WordNet's sense-tagged corpus (cntlist.rev) uses as a noun at least MIN_TAGGED times and mostly as a noun
(NOUN_SHARE of its tagged uses, so 'drive', 'cut', 'dark' are left out: in a sentence they are mostly verbs or
adjectives). A sense in noun.Tops ('person', 'thing', 'group') takes the kinds of its direct hyponyms. General
English, no word chosen by hand; read at run time by briefing/kinds.py, nothing downloads.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_antonyms import ROOT, notice, run  # noqa: E402  (the same licence and command line)

# WordNet 3.0's noun lexicographer files by number (its lexnames file), noun.Tops (03) resolved through hyponyms.
LEXNAMES = {
    3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition", 10: "communication",
    11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
    19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity", 24: "relation", 25: "shape",
    26: "state", 27: "substance", 28: "time",
}
TOPS = 3
# A noun the tagged corpus never uses is too rare to matter in news, or not a noun in running text ('despite' is a
# WordNet noun, never tagged: a preposition); one tagged use keeps 'businessman' (1) and drops ~40,000 rare lemmas.
MIN_TAGGED = 1
# A word tagged as a noun in at least two thirds of its uses is read as a noun wherever it stands ('government',
# 'week'); 'work', 'force', 'drive' (verbs as often or more) are left out. 0.5 and 0.8 measured: 0.5 fired on one more
# supported claim, 0.8 on the same claims as 2/3.
NOUN_SHARE = 2 / 3


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="latin-1").splitlines() if line.strip() and not line.startswith("  ")]


def noun_kinds(folder: Path) -> list[tuple[str, str]]:
    """(noun, comma-joined kinds) for common single-word nouns: the lexicographer files of all their senses."""
    lexfile: dict[str, int] = {}
    hyponyms: dict[str, list[str]] = defaultdict(list)
    for line in _lines(folder / "data.noun"):
        parts = line.split(" | ")[0].split()
        offset = parts[0]
        lexfile[offset] = int(parts[1])
        i = 4 + 2 * int(parts[3], 16)
        for _ in range(int(parts[i])):
            symbol, target, pos, _st = parts[i + 1 : i + 5]
            i += 4
            if symbol in ("~", "~i") and pos == "n":
                hyponyms[offset].append(target)
    tagged: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # uses as a noun, uses as anything else
    for line in _lines(folder / "cntlist.rev"):
        key, _sense, count = line.split()
        word, sense_key = key.split("%", 1)
        tagged[word][0 if sense_key[0] == "1" else 1] += int(count)
    out = []
    for line in _lines(folder / "index.noun"):
        parts = line.split()
        word, senses = parts[0], int(parts[2])
        noun, other = tagged.get(word, (0, 0))
        if not word.isalpha() or noun < MIN_TAGGED or noun < NOUN_SHARE * (noun + other):
            continue
        kinds: set[str] = set()
        for offset in parts[-senses:]:
            if lexfile[offset] != TOPS:
                kinds.add(LEXNAMES[lexfile[offset]])
            else:
                kinds |= {LEXNAMES[lexfile[h]] for h in hyponyms[offset] if lexfile[h] != TOPS} or {LEXNAMES[TOPS]}
        out.append((word, ",".join(sorted(kinds))))
    return sorted(out)


def main() -> None:
    head = notice("Common nouns and the kinds of thing they name (lexicographer files)", "wordnet_kinds.py", "kinds.py")
    run(__doc__, ROOT / "briefing" / "noun_kinds.txt", noun_kinds, head)


if __name__ == "__main__":
    main()
