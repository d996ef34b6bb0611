"""Actors of a brief: the parties that back someone in the evidence, one per party, sorted by side.

The topic names its subject ('the X government'); a backer is on the subject's side
when what it backs is the subject, the subject's country or its government, and on
the opponents' side when it backs those that fight the subject (rebels, opposition,
or a party the evidence shows 'against' the subject). Everything else is 'other'.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .backing import Backing, backings, parties

SUBJECT, OPPONENTS, OTHER = "subject", "opponents", "other"
OPPOSING_NOUNS = frozenset({"rebels", "opposition", "insurgents", "militants", "jihadists"})
# Backing sentences count more than plain mentions when ranking actors (they say what the actor does).
BACKING_WEIGHT = 2.0
MENTION_WEIGHT = 0.25


@dataclass
class Subject:
    """What the topic is about: its names, its country (the one the evidence places them in), its government."""

    names: set[str]
    country: str | None
    government: bool
    enemies: set[str] = field(default_factory=set)

    def side(self, backed: str) -> str:
        if backed in self.names or backed == self.country or (backed == "government" and (self.government or self.country)):
            return SUBJECT
        if backed in OPPOSING_NOUNS or backed in self.enemies:
            return OPPONENTS
        return OTHER


@dataclass
class Actor:
    name: str
    score: float = 0.0
    side: str = OTHER
    backs: str = ""
    form: str = ""
    stance: list[int] = field(default_factory=list)  # sentence indices that show its backing, best first
    relations: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # sentence -> (side, backed, form)
    mentions: list[int] = field(default_factory=list)


def subject_of(topic: str, sentences: list[str]) -> Subject:
    """The topic's subject: its names, the country most often named beside them, and whether it is a government."""
    names = {p.name for p in parties(topic) if p.kind != "noun"}
    government = bool(re.search(r"\b(government|regime|state|authorities)\b", topic, re.I))
    countries: Counter[str] = Counter()
    beside: Counter[str] = Counter()
    enemies: set[str] = set()
    for s in sentences:
        ps = parties(s)
        here = {_surname(p.name, names) for p in ps}
        if names & here:
            countries.update(p.name for p in ps if p.kind == "country" and p.name not in names)
            # 'Ruritanian President X', "X's Ruritania": a country named right beside the subject is its own.
            for p, q in zip(ps, ps[1:]):
                gap = s[p.end : q.start]
                if p.kind == "country" and _surname(q.name, names) in names and re.fullmatch(r"\s*(?:[A-Z][\w.-]*\s+)*", gap):
                    beside[p.name] += 1
            for m in re.finditer(r"\bagainst\s+(?:the\s+)?", s):
                after = [p for p in ps if p.start >= m.end() and p.start - m.end() < 30]
                before = [p for p in ps if p.end <= m.start()]
                if after and before and _surname(before[-1].name, names) in names:
                    enemies.add(after[0].name)
    ranked = beside.most_common(1) or countries.most_common(1)
    country = ranked[0][0] if names and ranked else None
    return Subject(names, country, government, enemies - names)


def _surname(name: str, short: set[str]) -> str:
    """'Jan al-Smit' is 'Smit' when the short name is in use."""
    last = re.sub(r"^(?:al|el)-", "", name.split()[-1], flags=re.I) if name.split() else name
    return last if last in short and last != name else name


def merge_aliases(names: list[str]) -> dict[str, str]:
    """Aliases within one evidence: 'Saudi' -> 'Saudi Arabia' (first word), 'Jan al-Smit' -> 'Smit' (last word)."""
    out: dict[str, str] = {}
    singles = {n for n in names if " " not in n}
    for n in names:
        if " " in n and _surname(n, singles) != n:
            out[n] = _surname(n, singles)
    for n in names:
        if " " in n:
            continue
        longer = [m for m in names if m != n and m.split()[0] == n]
        if len(longer) == 1:
            out[n] = longer[0]
    return out


def find_actors(sentences: list[str], relevance: list[float], subject: Subject, aliases: dict[str, str] | None = None, limit: int = 8) -> list[Actor]:
    """Backers found in the sentences, one per party, strongest first; the subject itself is not its own backer."""
    found: dict[str, Actor] = {}
    rels: dict[int, list[Backing]] = {}
    mention_idx: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        if not s:
            continue
        rels[i] = backings(s, aliases)
        for p in parties(s, aliases):
            if p.kind != "noun" and i not in mention_idx[p.name]:
                mention_idx[p.name].append(i)
    merge = merge_aliases(list(mention_idx))
    side_votes: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for i, bs in rels.items():
        for b in bs:
            backer = merge.get(b.backer, b.backer)
            backed = _surname(merge.get(b.backed, b.backed), subject.names)
            if _surname(backer, subject.names) in subject.names or backer == subject.country:
                continue
            a = found.setdefault(backer, Actor(backer))
            a.score += BACKING_WEIGHT * (0.5 + relevance[i])
            if i not in a.stance:
                a.stance.append(i)
                a.relations[i] = (subject.side(backed), backed, b.form)
            side_votes[backer][(subject.side(backed), backed, b.form)] += 1
    for name, a in found.items():
        for alias, full in merge.items():
            if full == name:
                mention_idx[name] += [i for i in mention_idx.get(alias, []) if i not in mention_idx[name]]
        a.mentions = sorted(mention_idx.get(name, []), key=lambda i: -relevance[i])
        a.score += MENTION_WEIGHT * sum(relevance[i] for i in a.mentions)
        votes = side_votes[name]
        # The side with a named backed party wins over 'other'; the most frequent relation otherwise.
        best = max(votes, key=lambda k: (votes[k] + (0.5 if k[0] != OTHER else 0.0)))
        a.side, a.backs, a.form = best
        a.stance.sort(key=lambda i: (a.relations[i][0] != a.side, -relevance[i]))
    # A party backed by a backer of one side stands with that side (a proxy), shown as backed by it.
    for i, bs in rels.items():
        for b in bs:
            backer, backed = merge.get(b.backer, b.backer), merge.get(b.backed, b.backed)
            if backer not in found or b.backed_kind not in {"group", "org", "name"} or subject.side(backed) != OTHER:
                continue
            if _surname(backed, subject.names) in subject.names or backed in found:
                continue
            patron = found[backer]
            if patron.side == OTHER:
                continue
            proxy = found.setdefault(backed, Actor(backed, side=patron.side, backs=patron.backs, form=f"backed by {backer}"))
            proxy.score += BACKING_WEIGHT * 0.5 * (0.5 + relevance[i])
            if i not in proxy.stance:
                proxy.stance.append(i)
                proxy.relations[i] = (patron.side, patron.backs, proxy.form)
            proxy.mentions = sorted(mention_idx.get(backed, []), key=lambda j: -relevance[j])
    ranked = sorted(found.values(), key=lambda a: -a.score)
    return ranked[:limit]
