"""Session-18 reader: 'Who backs X?' is answered by a sentence in which someone backs X.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.assembly import backing_first
from briefing.backing import asked_backed, backs_party
from briefing.candidates import Scored
from briefing.cite import EvidencePool
from briefing.question import analyse
from .sentences import evidence


def test_a_question_asking_for_backers_names_the_backed_party() -> None:
    assert asked_backed("Which country backs the rebels?") == "the rebels"
    assert asked_backed("Who supports the Velmar Front?") == "the Velmar Front"
    assert asked_backed("Who are Ostria's main backers?") == "Ostria"
    assert asked_backed("Who are the regime's close allies?") == "the regime"
    assert asked_backed("According to the monitor, who backed the fighters surging towards Dorn?") == "the fighters"
    # The backed party's phrase ends at a preposition or a clause.
    assert asked_backed("Which country supports the armed groups in the coalition that took Dorn?") == "the armed groups"
    assert asked_backed("Who is backing the ruling party?") == "the ruling party"  # a participle before its noun stays


def test_nouns_that_share_a_verb_s_letters_ask_no_backers() -> None:
    assert asked_backed("Which general commanded the army units that retook Dorn?") is None  # 'army' is no 'arm'
    assert asked_backed("Which aid worker did the group claim to have executed?") is None  # 'aid' the noun
    assert asked_backed("Which countries sent aid convoys to Dorn?") is None
    assert asked_backed("Who attacked the rebels?") is None


def test_a_sentence_backs_the_asked_party_by_its_generic_side() -> None:
    q = "Which country backs the rebels?"
    assert backs_party("The rebellion is led by a coalition of armed groups supported by Elbonia.", "the rebels", q)
    assert backs_party("Elbonia arms the opposition fighters.", "the opposition forces", "Who arms the opposition forces?")
    assert not backs_party("Government forces, backed by Ostrian fighter jets, struck rebel areas.", "the rebels", q)
    assert not backs_party("The rebels shelled the port on Monday.", "the rebels", q)


def test_the_army_of_a_state_is_its_government_side() -> None:
    q = "Who backed the Ostrian army's counteroffensive?"
    assert backs_party("Government forces, backed by Elbonian fighter jets, launched a counteroffensive.", asked_backed(q), q)
    assert not backs_party("The rebellion is led by armed groups supported by Elbonia.", asked_backed(q), q)


def test_the_question_s_own_party_backing_someone_answers_nothing() -> None:
    q = "Does Elbonia support the rebels?"
    assert not backs_party("The rebellion is led by armed groups supported by Elbonia.", "the rebels", "Who besides Elbonia backs the rebels?")
    assert backs_party("The rebellion is led by armed groups supported by Elbonia.", "the rebels", q.replace("Elbonia", "anyone"))


def test_a_sentence_stating_the_backing_leads_the_answer() -> None:
    shape = analyse("Which country backs the rebels?")
    strikes = evidence(["Planes of the air force, with the support of Ostrian jets, struck rebel areas on Monday."], "strikes")
    backer = evidence(["The rebellion is led by a coalition of armed groups supported by Elbonia."], "backer")
    pool = EvidencePool([strikes, backer], embedder=None, store=None)  # type: ignore[arg-type]
    ranked = [Scored(0, 1.2, 0.7, 0.6), Scored(1, 0.8, 0.5, 0.2)]
    out = backing_first(shape, pool, ranked)
    assert [s.index for s in out] == [1, 0] and out[0].score == 1.2  # scored as the best, so the ratios hold
    # Left out by the word-coverage cut, the backing sentence is still found in the pool.
    assert [s.index for s in backing_first(shape, pool, [ranked[0]])] == [1, 0]
    # A top that already states the backing, or a question asking no backers, keeps the ranking.
    assert backing_first(shape, pool, [ranked[1], ranked[0]]) == [ranked[1], ranked[0]]
    assert backing_first(analyse("Where did the planes strike?"), pool, ranked) == ranked
