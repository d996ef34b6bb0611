"""Write briefing/event_nouns.txt: WordNet 3.0's verbs and the nouns that name their act or event (issue 9, session 17).

    # WordNet's data files: Debian's wordnet-base package (apt-get install wordnet-base, or dpkg -x its .deb)
    python benchmarks/wordnet_events.py [--dict /usr/share/wordnet] [--out briefing/event_nouns.txt]

'When did X intervene?' is answered by 'the intervention in 2015', 'When did X invade Y?' by 'the invasion of Y in
2003': news states an event as often by its noun as by its verb. Kept: WordNet's lexical derivation pointers ('+')
from a single-word verb to a single-word noun in the lexicographer files of acts (noun.act) and events (noun.event),
and the acts of saying and owning, where the noun opens with the verb's first STEM letters (a derivation by suffix:
'intervene'/'intervention', 'invade'/'invasion', 'withdraw'/'withdrawal'; not 'die'/'death', a link of sense, not of
form), each verb with at most SENSES_MAX senses. General English, no word chosen by hand; read at run time by
briefing/derivations.py, nothing downloads.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_antonyms import ROOT, SENSES_MAX, notice, run, sense_counts  # noqa: E402  (the same WordNet reading and licence)

# Lexicographer files of nouns that name an act or an event (WordNet's lexnames: 04 noun.act, 11 noun.event, and the acts
# of saying and owning: 10 noun.communication ("announcement", "agreement"), 21 noun.possession ("sale", "purchase")).
EVENT_FILES = frozenset({"04", "10", "11", "21"})
# A derived noun shares the verb's first letters ('inva-de' / 'inva-sion'): four keeps 'elect'/'election' and drops
# suppletive pairs whose link is a sense, not a form.
STEM = 4


def derivations(folder: Path) -> list[tuple[str, str]]:
    """(verb, noun) pairs: a verb's lexical derivation pointer to an act or event noun that shares its stem."""
    from briefing.lexical import STOPWORDS

    nouns: dict[str, tuple[str, list[str]]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  ") or not line.strip():
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        nouns[parts[0]] = (parts[1], [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)])
    senses = sense_counts(folder)
    pairs = set()
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  ") or not line.strip():
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        i = 4 + 2 * count
        for _ in range(int(parts[i])):
            symbol, offset, tpos, st = parts[i + 1 : i + 5]
            i += 4
            if symbol != "+" or tpos != "n" or st == "0000" or offset not in nouns:
                continue
            lexfile, targets = nouns[offset]
            verb, noun = words[int(st[:2], 16) - 1], targets[int(st[2:], 16) - 1]
            if lexfile not in EVENT_FILES or not (verb.isalpha() and noun.isalpha()) or verb in STOPWORDS:
                continue
            if verb == noun or noun[:STEM] != verb[:STEM] or senses.get((verb, "v"), 0) > SENSES_MAX:
                continue
            pairs.add((verb, noun))
    return sorted(pairs)


def main() -> None:
    run(__doc__, ROOT / "briefing" / "event_nouns.txt", derivations, notice("Verbs and the nouns of their act or event", "wordnet_events.py", "derivations.py"))

if __name__ == "__main__":
    main()
