"""Session 11: 'How many of the X were Y?' asks for a count of the part Y (slots.subcount_words, subcount_failure;
answerability.subcount_failures in the refusal decision). Sentences only; the names are made up."""
from briefing.answerability import judge, refusal_model, subcount_failures
from briefing.candidates import Scored
from briefing.question import analyse
from briefing.slots import subcount_failure, subcount_words

from .test_slots_fill10 import _pool  # the session-10 fixture: a real EvidencePool over plain sentences


def test_subcount_words_are_the_part_not_the_group() -> None:
    assert subcount_words("How many of the 84 people killed in Velmar were children?") == ["children"]
    assert subcount_words("How many of the hostages taken in Korvath were later freed?") == ["freed"]
    assert subcount_words("How many of the pilgrims on the bus were women?") == ["women"]
    assert subcount_words("How many of the 20 dead were opposition fighters?") == ["opposition", "fighters"]


def test_other_counting_questions_have_no_part() -> None:
    assert subcount_words("How many people were killed in Velmar?") == []
    assert subcount_words("How many children were among the dead in Velmar?") == []  # counted_words reads 'children' there


def test_a_count_of_the_whole_group_does_not_answer_the_part() -> None:
    q = "How many of the 84 people killed in Velmar were children?"
    why = subcount_failure(q, ["Rebel shelling killed 84 people in Velmar over four days, the monitor said."])
    assert why is not None and "children" in why


def test_a_count_of_the_part_answers_it() -> None:
    q = "How many of the 84 people killed in Velmar were children?"
    assert subcount_failure(q, ["Rebel shelling killed 84 people in Velmar, among them 21 children."]) is None
    assert subcount_failure(q, ["Twenty-one children were among the 84 dead."]) is None  # a number in words


def test_the_groups_verb_does_not_bind_the_part() -> None:
    # 'killed' binds the 19 to the group; it says nothing of how many of them were fighters.
    q = "How many of the 84 people killed in Velmar were opposition fighters?"
    assert subcount_failure(q, ["More than 19 civilians were killed in Velmar, the last opposition stronghold."]) is not None


def test_a_question_of_another_form_is_never_refused_by_it() -> None:
    assert subcount_failure("How many people were killed in Velmar?", ["The shelling of Velmar went on for hours."]) is None


def test_the_refusal_decision_refuses_an_uncounted_part_and_says_why() -> None:
    shape = analyse("How many of the pilgrims on the bombed bus in Velmar were women?")
    pool = _pool(["The bombing of a bus of pilgrims in Velmar killed 6 people and injured 22."])
    assert [k for k, _ in subcount_failures(shape, pool, [0])] == ["subcount"]
    assert "subcount" in refusal_model().vetoes
    why = judge(shape, pool.evidence, pool, [Scored(index=0, score=1.0, similarity=0.7, coverage=0.5)], [0])
    assert why is not None and "women" in why


def test_the_refusal_decision_skips_compound_questions_and_counted_parts() -> None:
    counted = _pool(["The bombing of a bus of pilgrims in Velmar killed 6 people, 4 of them women."])
    shape = analyse("How many of the pilgrims on the bombed bus in Velmar were women?")
    assert list(subcount_failures(shape, counted, [0])) == []
    # '..., and how many of them were ...': a comparison the reader gathers item by item, not one count.
    compound = analyse("How many people live under siege in Velmar, and how many of them are besieged by the rebels?")
    assert compound.answer_type != "number"
    assert list(subcount_failures(compound, _pool(["Some 5000 people live under siege in Velmar."]), [0])) == []


# ---- tight_count (slots), refusing only a weak answer (answerability.weak_answer_failures) ----
from briefing.answerability import TIGHT_COUNT_SCORE, weak_answer_failures  # noqa: E402
from briefing.slots import tight_count_failure  # noqa: E402


def test_a_number_of_another_noun_does_not_count_the_asked_one() -> None:
    why = tight_count_failure(["warplanes"], ["Three schools and a market in the old town were hit by Ruritanian warplanes."])
    assert why is not None and "warplanes" in why
    assert tight_count_failure(["warplanes"], ["At least 14 Ruritanian warplanes took part in the raid."]) is None  # a name between number and noun


def test_a_count_noun_or_a_generic_noun_is_left_to_count_bound() -> None:
    text = ["Uyghur fighters came to Velmar.", "In 2017 the Ruritanian government estimated their numbers at around 5,000."]
    assert tight_count_failure(["fighters"], text) is None  # 'their numbers at 5,000' stands for the fighters
    assert tight_count_failure(["people"], ["The raid killed 27."]) is None  # reports drop 'people'


def _scored(score: float) -> list[Scored]:
    return [Scored(index=0, score=score, similarity=0.7, coverage=0.5)]


def test_weak_answers_only_are_refused_by_these_readings() -> None:
    count = analyse("How many warplanes took part in the raid on Velmar?")
    pool = _pool(["Three schools and a market in the old town were hit by warplanes in the raid on Velmar."])
    assert [k for k, _ in weak_answer_failures(count, pool, _scored(TIGHT_COUNT_SCORE - 0.1), [0])] == ["tight_count"]
    assert list(weak_answer_failures(count, pool, _scored(TIGHT_COUNT_SCORE + 0.1), [0])) == []
    said = analyse("What did Tarek Vossi stress the importance of in his call with Zenda?")  # no reading of what someone said
    assert list(weak_answer_failures(said, _pool(["Tarek Vossi stressed the importance of unity in a call with Zenda."]), _scored(0.5), [0])) == []
    assert "tight_count" in refusal_model().vetoes
