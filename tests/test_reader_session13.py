"""Session-13 reader: abbreviated month-days are dates, and one source named for a two-part question is no side's word.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.assembly import shared_source, side_sentences, side_terms
from briefing.candidates import DATE_SPAN, Scored, carries_type
from briefing.cite import EvidencePool
from briefing.question import analyse
from briefing.slots import date_slot_failure
from .sentences import evidence


def test_an_abbreviated_month_with_its_day_is_a_date() -> None:
    when = analyse("When did the envoy plead guilty?")
    assert carries_type("Roe pleaded guilty on Oct. 30 to lying to investigators.", when)
    assert carries_type("The board will certify the result on Dec 28, officials said.", when)
    assert carries_type("The memo was sent on Sept. 1.", when)
    assert not carries_type("Roe pleaded guilty to lying to investigators.", when)


def test_a_short_month_word_without_a_day_or_before_an_amount_is_no_date() -> None:
    assert not DATE_SPAN.search("The octet played in the Dec hall.")
    assert not DATE_SPAN.search("Jan 5 million dollars were pledged.")  # an amount, not a day
    assert DATE_SPAN.search("Jan. 5 was the deadline.")


def test_the_questions_own_short_date_is_no_answer_date() -> None:
    question = "On what date will the board certify the vote, as announced on Dec. 22?"
    assert date_slot_failure(question, "date", ["The board said on Dec. 22 it would meet soon."]) is not None
    assert date_slot_failure(question, "date", ["The board will certify the vote on Dec. 28, it said on Dec. 22."]) is None


def test_one_named_source_of_a_two_part_question_is_shared() -> None:
    shape = analyse("How many cases had been reported, and how many had been settled, according to Roe?")
    assert shape.answer_type == "comparison" and shape.outlets == ["Roe"]
    assert shared_source(shape) == {"roe"}
    own = side_terms(shape.sides, shared_source(shape))
    assert "roe" not in own[1] and own[1]  # 'settled' is still the second part's own word
    # Two sources named: the sources are the sides, nothing is shared.
    two = analyse("How many were killed in Velmar, according to ZTV and according to the Elbon Monitor?")
    assert shared_source(two) == set()


def test_the_second_part_is_answered_when_the_first_sentence_only_names_the_source() -> None:
    text = ["Roe told reporters that more than 100 cases had been reported.",
            "Officials met on Tuesday.",
            "We have settled more than 60 of those."]
    pool = EvidencePool([evidence(text)], embedder=None, store=None)  # type: ignore[arg-type]
    shape = analyse("How many cases had been reported, and how many had been settled, according to Roe?")
    idx = {s.text.split()[0]: i for i, s in enumerate(pool.sentences)}
    ranked = [Scored(idx["Roe"], 1.3, 0.8, 0.8), Scored(idx["Officials"], 0.8, 0.3, 0.2), Scored(idx["We"], 0.77, 0.3, 0.2)]
    assert side_sentences(shape, pool, ranked, [idx["Roe"]], ranked[0]) == [idx["We"]]


def test_a_sentence_crediting_an_outlet_speaks_for_it() -> None:
    from briefing.assembly import credits

    assert credits("Roe and Doe were the officials who spoke to the envoy, ZTV reported Friday.", "ZTV")
    assert credits("Roe directed the envoy to call, Elbon News reported on Friday.", "Elbon")
    assert credits("The toll rose to 12, according to ZTV.", "ZTV")
    assert not credits("ZTV's offices were closed on Friday.", "ZTV")  # named, but not as the teller
    assert not credits("The ZTVX network said it would appeal.", "ZTV")



def test_an_article_naming_the_speaker_speaks_for_them_where_it_names_them() -> None:
    from briefing.assembly import speaker_articles, speaker_words

    named = evidence(["Gena Roe told the Post that Doe had asked her out in 1977."], doc_id="a1")
    later = evidence(["In a parking lot in Dorn, Roe said Doe kissed her."], doc_id="a1")
    writer = evidence(["Some 40,000 fighters are in Dorn, by some estimates."], doc_id="a1")
    other = evidence(["Roe repeated the account on Friday."], doc_id="a2")
    assert speaker_articles([named], [named, later, writer, other], ["Gena Roe"]) == [named, later]
    assert speaker_articles([], [named, later, writer, other], ["Gena Roe"]) == []
    assert speaker_words("Ambassador Gena Roe") == ["Gena", "Roe"]
    assert speaker_words("the French Observatory") == ["Observatory"]
