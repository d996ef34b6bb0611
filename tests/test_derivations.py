"""derivations: a verb's event nouns (WordNet), and date questions answered by them (invented names)."""

from briefing import slots
from briefing.answerability import slot_failure
from briefing.derivations import event_forms, event_nouns
from briefing.question import analyse


def test_a_verb_has_the_noun_of_its_event():
    assert event_nouns("intervene") == {"intervention"}
    assert "invasion" in event_nouns("invaded")
    assert "withdrawal" in event_nouns("withdraw")
    assert event_nouns("die") == frozenset()  # 'death' is a link of sense, not of form
    assert event_nouns("ambassador") == frozenset()


def test_event_forms_hold_the_verb_and_its_noun():
    assert {"intervene", "intervention"} <= event_forms("intervene")


def test_a_date_question_is_answered_by_the_event_noun():
    question = "When did Ruritania intervene militarily in Velmar?"
    answer = "Following the direct Ruritanian military intervention in 2015, the government clawed back most of Velmar."
    assert slots.event_slot_failure(question, [answer]) is None
    assert slots.slot_fill_failure(analyse(question), [answer]) is None
    assert slot_failure(analyse(question), answer, answer, "", answer) is None
    other = "Ruritanian military advisers arrived in Velmar in 2015 and trained the army."
    assert slots.slot_fill_failure(analyse(question), [other]) is not None
