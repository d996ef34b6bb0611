"""Session 19: the ASKED SLOT NOUN stated by the answer's articles (issue 9, refusals).

slots.asked_slot reads the head noun of a question's wh-phrase; slots.slot_kinds the nouns WordNet lists as kinds of
it (briefing/noun_hyponyms.txt); slots.slot_stated whether a text states either; answerability.slot_noun_failures
refuses a weak answer whose chosen sentences and their articles' retrieved passages state neither, saying which part
failed. Plain sentences, made-up names.
"""
from __future__ import annotations

from briefing.answerability import SLOT_NOUN_SCORE, judge, refusal_model, slot_noun_failures
from briefing.question import analyse
from briefing.slots import asked_slot, slot_kinds, slot_stated

from .test_slots_fill10 import _pool, _ranked


def test_the_asked_slot_is_the_head_noun_of_the_wh_phrase() -> None:
    assert asked_slot("Which arbitrator was appointed to hear Velmar Oil's claim?") == "arbitrator"
    assert asked_slot("Which assistant US attorney led the prosecution of Jon Berg?") == "attorney"  # names inside the phrase qualify the noun
    assert asked_slot("How much bail did Jon Berg post after pleading guilty?") == "bail"
    assert asked_slot("Who was the auctioneer who conducted the sale of Korvath Oil?") == "auctioneer"
    assert asked_slot("Which actress voices the heroine of Velmar Nights?") == "actress"  # 'voices the' is the verb
    assert asked_slot("Name the Velmar ministers the court said it would sanction.") == "ministers"
    assert asked_slot("Which lawyer, not connected with the case, said Korvath would pay?") == "lawyer"


def test_no_slot_when_the_phrase_names_only_the_answers_kind_or_no_noun() -> None:
    assert asked_slot("Which newspaper first reported the allegation?") is None  # a kind noun: the answer names the paper
    assert asked_slot("Which news agency's report did the channel rely on?") is None
    assert asked_slot("Which two companies did Korvath Oil sue?") is None
    assert asked_slot("What happens in the assembly if the party wins one more seat?") is None  # a verb
    assert asked_slot("What did Jon Berg say about the deal?") is None
    assert asked_slot("How much did Velmar Nights cost to make?") is None  # no noun after 'how much': figure_kind's question


def test_a_kind_of_the_slot_noun_states_it() -> None:
    assert {"truck", "car"} <= slot_kinds("vehicle")
    assert "mother" in slot_kinds("relative")
    assert slot_kinds("auctioneer") == {"auctioneer"}
    assert slot_stated("vehicle", ["The bomber was driving an explosives-laden truck."])
    assert slot_stated("relative", ["One mother and her child died in the strike."])
    assert slot_stated("generals", ["A general told reporters the unit had withdrawn."])  # any word form
    assert not slot_stated("arbitrator", ["Arbitration could take place in Stockholm."])  # another noun, not a form
    assert not slot_stated("salary", ["Korvath became a $160bn telecoms giant under Jon Berg."])
    assert not slot_stated("salary", ["The body was found on Tuesday."])  # 'found' ('all found') is mostly a verb: no kind


def test_a_weak_answer_whose_articles_never_state_the_slot_is_refused_and_says_what_is_missing() -> None:
    question = "Which arbitrator was appointed to hear Velmar Oil's claim?"
    shape = analyse(question)
    pool = _pool(["Velmar Oil is suing the state for $28bn in damages.", "Arbitration of the claim could take place in Stockholm."])
    fired = list(slot_noun_failures(shape, pool, _ranked(2, SLOT_NOUN_SCORE - 0.1), [0, 1], question))
    assert [k for k, _ in fired] == ["slot_noun"]
    assert "do not state the arbitrator" in fired[0][1] and "Velmar Oil" in fired[0][1]
    assert "slot_noun" in refusal_model().vetoes
    why = judge(shape, pool.evidence, pool, _ranked(2, SLOT_NOUN_SCORE - 0.1), [0, 1], question)
    assert why is not None and "arbitrator" in why


def test_the_slot_stated_a_strong_answer_or_no_slot_keeps_the_answer() -> None:
    question = "Which arbitrator was appointed to hear Velmar Oil's claim?"
    shape = analyse(question)
    stated = _pool(["Velmar Oil's claim will be heard by the arbitrator Ana Lind."])
    assert list(slot_noun_failures(shape, stated, _ranked(1, SLOT_NOUN_SCORE - 0.1), [0], question)) == []
    unstated = _pool(["Velmar Oil is suing the state for $28bn in damages."])
    assert list(slot_noun_failures(shape, unstated, _ranked(1, SLOT_NOUN_SCORE + 0.1), [0], question)) == []  # a strong best sentence
    other = analyse("Who did Velmar Oil sue?")
    assert list(slot_noun_failures(other, unstated, _ranked(1, SLOT_NOUN_SCORE - 0.1), [0], "Who did Velmar Oil sue?")) == []


def test_the_slot_is_read_from_the_question_as_typed() -> None:
    # The typo corrector may map a word the corpus lacks onto one it has ('arbitrator' -> 'arbitration'); the check
    # reads the question as typed when it is given.
    typed = "Which arbitrator was appointed to hear Velmar Oil's claim?"
    corrected = analyse("Which arbitration was appointed to hear Velmar Oil's claim?")
    pool = _pool(["Arbitration of Velmar Oil's claim could take place in Stockholm."])
    assert list(slot_noun_failures(corrected, pool, _ranked(1, SLOT_NOUN_SCORE - 0.1), [0])) == []
    assert [k for k, _ in slot_noun_failures(corrected, pool, _ranked(1, SLOT_NOUN_SCORE - 0.1), [0], typed)] == ["slot_noun"]


def test_members_of_a_group_state_the_group() -> None:
    from briefing.slots import slot_stated

    assert slot_stated("tribe", ["Velmari tribesmen fought the group for a week."])
    assert slot_stated("clan", ["The clansmen fled."])
    assert not slot_stated("tribe", ["The gunmen fought the group for a week."])
