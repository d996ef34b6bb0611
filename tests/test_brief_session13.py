"""Session 13: briefs that read the same under any string-hash seed, a backing relation only between a verb's own
arguments, a layout that follows the topic. Sentences are invented (fictional names and places)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

# One party under two names ('Jan al-Smit', 'Smit'), mentioned in sentences of equal relevance whose indices share a
# slot of a small set's hash table (3 and 11, 19): the order of its sentences used to follow the string-hash order in
# which its names were visited.
_PROBE = r"""
import json
from briefing.actors import Subject, find_actors
S = [""] * 24
S[3] = "Jan al-Smit ordered the troops to advance on the northern town."
S[11] = "Smit ordered a new assault on the valley."
S[19] = "Smit visited the front on Monday."
S[5] = "Smit and his allies signed the agreement."
rel = [0.5 if t else 0.0 for t in S]
print(json.dumps([(a.name, a.mentions, a.acting) for a in find_actors(S, rel, Subject(set(), None, False))]))
"""


def _run(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True).stdout


def test_actor_sentences_do_not_depend_on_the_string_hash_seed() -> None:
    outs = {_run(seed) for seed in (1, 2, 3, 4, 5, 6)}
    assert len(outs) == 1, outs
    # ties in relevance go by sentence order; the row shows the person's full name (session 14: actors.full_name)
    assert json.loads(outs.pop()) == [["Jan al-Smit", [3, 5, 11, 19], [3, 11, 19]]]


# ---- a backing relation only between a predicate's own arguments (backing.heads_phrase, opens_clause) ----

from types import SimpleNamespace  # noqa: E402

from briefing.actors import agents, main_subjects  # noqa: E402
from briefing.agency import passive_agents  # noqa: E402
from briefing.backing import backings, heads_phrase, opens_clause, parties, stated_form  # noqa: E402
from briefing.layout import render  # noqa: E402
from briefing.plan import ActorPlan, Draft, Plan, Sentences, actors_layout, extractive_plan, speaks_of_topic  # noqa: E402
from briefing.actors import OTHER, Actor  # noqa: E402
from briefing.settings import Settings  # noqa: E402
from briefing.types import Chunk, Document, Evidence, Span, SupportReport  # noqa: E402


def _party(text: str, name: str):
    return next(p for p in parties(text) if p.name == name)


def test_a_party_that_qualifies_the_object_is_not_backed() -> None:
    # holdout9 h9-0199 / h9-0382 shapes: the object is the party's defence, or sanctions it imposes
    assert backings("The judge told the government to turn over any evidence that could potentially help Smit’s defense.") == []
    assert backings("The loans would require Ruritania to support lifting Elbonian and EU sanctions on Freedonia.") == []
    assert backings("A day after the president endorsed Elbonia Senate candidate Jan Smit of Xville, his strategist campaigned there.") == []


def test_a_party_heading_the_object_is_still_backed() -> None:
    assert [(b.backer, b.backed) for b in backings("The Xville Freedom Party said its committee would continue to support Smit.")] == [("Xville Freedom Party", "Smit")]
    # real countries where the gazetteer must know them (the rule itself knows none)
    assert [(b.backer, b.backed) for b in backings("Norway supports the Chilean government in the talks.")] == [("Norway", "Chile")]


def test_heads_phrase_reads_what_follows_the_name() -> None:
    text = "Norway backs Smit’s defence, EU sanctions and Chile forces; Norway maintains contacts."
    assert not heads_phrase(text, _party(text, "Smit"))
    assert not heads_phrase(text, _party(text, "EU"))
    assert heads_phrase(text, _party(text, "Chile"))  # its own forces: it heads the phrase
    assert heads_phrase(text, parties(text)[-1])  # a present tense after it
    # a country before a state's office-holder speaks for the state; before another title it only qualifies
    t2 = "Norway President Jan Smit said so."
    assert heads_phrase(t2, _party(t2, "Norway"))
    t3 = "Norway District Judge Jan Smit said so."
    assert not heads_phrase(t3, _party(t3, "Norway"))


def test_a_name_after_a_comma_that_opens_its_own_clause_is_no_object() -> None:
    text = "A day after the president endorsed Moore, Jones said the women were credible."
    assert opens_clause(text, _party(text, "Jones")) and not opens_clause(text, _party(text, "Moore"))
    assert backings(text) == []


def test_a_country_qualifying_a_judge_does_not_act() -> None:
    text = "Now, the sentencing will be overseen by Norway District Court Judge Jan Smit."
    assert "Norway" not in passive_agents(text, parties(text)) and "Norway" not in agents(text)
    assert "Norway" not in main_subjects("Norway District Judge Jan Smit ordered the prosecutors to hand over the evidence.")
    assert "Norway" in main_subjects("Norway President Jan Smit ordered the troops to withdraw.")


def test_one_function_gives_the_form_of_a_backing() -> None:
    text = "The town was targeted by both the Xist regime and its Chilean ally."
    backer = _party(text, "Chile")
    assert stated_form(text, backer, 0, len(text)) == "military"  # no form word, but the backer attacks
    calm = "Chile is an ally of the Xist regime."
    assert stated_form(calm, _party(calm, "Chile"), 0, len(calm)) == ""


# ---- a layout that follows the topic (plan.actors_layout, speaks_of_topic; layout.render) ----


def _sentences(texts: list[str], relevance: list[float], topic_terms: set[str]) -> Sentences:
    return Sentences(
        texts=texts, evidence=list(range(len(texts))), groups=[f"doc{i}" for i in range(len(texts))],
        published=["2017-12-02"] * len(texts), relevance=relevance, usable=[True] * len(texts),
        similar=lambda i, j: 1.0 if i == j else 0.0, topic_terms=topic_terms,
    )


def test_an_actors_sentence_off_the_topic_is_not_its_latest_development() -> None:
    from briefing.lexical import terms

    texts = [
        "Smit pleaded guilty on Friday to lying to investigators about the loan.",
        "Osman has also found himself in a war of words with Elbonia over its missile program.",
        "Osman said on Saturday that Smit had acted lawfully during the loan talks.",
    ]
    s = _sentences(texts, [1.0, 0.55, 0.8], set(terms("Jan Smit's guilty plea for lying about the loan")))
    assert not speaks_of_topic(s, 1, "Osman", 1.0)  # no word of the topic, below the bottom line's relevance
    assert speaks_of_topic(s, 2, "Osman", 1.0) and speaks_of_topic(s, 0, "Smit", 1.0)
    osman = Actor("Osman", side=OTHER, acting=[2, 1])
    plan = extractive_plan(s, [osman], ["2017-12-02"] * 3)
    shown = [d.text for a in plan.actors for d in [a.stance, a.latest, *a.body] if d]
    assert texts[1] not in shown  # neither its latest development nor any other line of its row


def test_no_backing_means_a_table_of_who_did_what() -> None:
    assert actors_layout([Actor("Osman"), Actor("Smit")]) and not actors_layout([Actor("Osman", backs="Smit")])
    texts = ["Osman said on Saturday that Smit had acted lawfully during the loan talks."]
    s = _sentences(texts, [0.9], {"loan", "smit"})
    plan = extractive_plan(s, [Actor("Osman", side=OTHER, acting=[0])], ["2017-12-02"])
    assert plan.actors and plan.actors[0].stance is not None and plan.actors[0].stance.text == texts[0]


def _pool(texts: list[str]) -> SimpleNamespace:
    evidence, sentences = [], []
    for i, t in enumerate(texts):
        doc = Document(doc_id=f"d{i}", published="2017-12-02", content_hash=f"d{i}", title=f"Report {i}")
        chunk = Chunk(chunk_id=f"d{i}:0", doc_id=f"d{i}", index=0, text=t, tokens=1, spans=[Span(start=0, end=len(t), orig_start=0, orig_end=len(t))])
        evidence.append(Evidence(chunk=chunk, document=doc, score=0.0))
        sentences.append(SimpleNamespace(text=t, evidence=i))
    return SimpleNamespace(sentences=sentences, evidence=evidence, quote=lambda j: texts[j], copies_of=lambda d: [])


def test_the_table_has_a_backing_column_only_when_a_row_backs_someone() -> None:
    texts = ["Osman said on Saturday that Smit had acted lawfully.", "Ruritania said it would keep supporting Smit."]
    pool = _pool(texts)
    plain = Plan(actors=[ActorPlan("Osman", OTHER, "", "", Draft(texts[0], [0], 0), None)])
    md = render("the loan case", pool, plain, "extractive", SupportReport(), [], Settings()).markdown  # type: ignore[arg-type]
    assert "| Actor | What it did or said | Latest development |" in md and "Backs" not in md
    backed = Plan(actors=[ActorPlan("Ruritania", OTHER, "Smit", "political statement", Draft(texts[1], [1], 1), None)])
    md = render("the loan case", pool, backed, "extractive", SupportReport(), [], Settings()).markdown  # type: ignore[arg-type]
    assert "| Actor | Backs | Form of support | Evidence | Latest development |" in md and "| Ruritania | Smit | political statement |" in md


# ---- one party under the names the evidence itself gives it (actors.stated_aliases) ----

from briefing.actors import find_actors as _find_actors, stated_aliases, Subject as _Subject  # noqa: E402


def _names(sentences: list[str]) -> set[str]:
    return {p.name for s in sentences for p in parties(s)}


def test_a_bracketed_or_also_known_as_name_is_the_same_party() -> None:
    s = [
        "Fighters of the Xist League (XLIL) attacked the base near the river on Monday.",
        "XLIL fighters advanced on the town from the east on Sunday and took the hill.",
        "The Xist League, also known as Yaesh, lost the town to the army.",
        "Yaesh retreated from the town on Sunday after heavy fighting.",
    ]
    assert stated_aliases(s, _names(s), {"Xist League": 3, "XLIL": 1, "Yaesh": 1}) == {"XLIL": "Xist League", "Yaesh": "Xist League"}


def test_a_wire_credit_in_brackets_is_no_second_name() -> None:
    s = ["XVILLE (Wire) - The army advanced on the town.", "Jan Smit (Wire) said the town fell on Monday to the army.", "The army said Wire reporters had left the town on Monday."]
    assert stated_aliases(s, _names(s)) == {}


def test_two_names_of_one_group_are_one_actor_row() -> None:
    s = [
        "The Xist League, also known as Yaesh, attacked the base near the river on Monday.",
        "Yaesh fighters advanced on the town from the east on Sunday and took the hill.",
        "The Xist League fighters killed ten soldiers in the attack on the base.",
        "Yaesh fighters shelled the town again on Tuesday, the monitor said.",
    ]
    names = [a.name for a in _find_actors(s, [0.8] * len(s), _Subject(set(), None, False))]
    assert len([n for n in names if n in ("Xist League", "Yaesh")]) == 1, names


def test_a_party_owning_the_noun_phrase_it_opens_still_acts() -> None:
    from briefing.actors import acting_parties, main_subjects
    from briefing.agency import passive_agents
    from briefing.backing import parties, qualifies_name

    s = "Xland’s direct military intervention in 2015 was pivotal in turning the tide for Jan Smit."
    assert "Xland" in main_subjects(s)
    assert "Xland" in acting_parties(s)
    t = "The town was struck by Xland's air force on Monday."
    assert "Xland" in passive_agents(t, parties(t))
    judge = "The case was overseen by Norway District Judge Jan Smit."
    p = next(p for p in parties(judge) if p.name == "Norway")
    assert qualifies_name(judge, p)
    assert "Norway" not in passive_agents(judge, parties(judge))
