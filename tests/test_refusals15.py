"""Session 15 (issue 9, false refusals): instruction words are no names, a possessive joins two names, 'May' dates
things, a clock time is no year, an undated article is judged by its own words."""
from briefing.answerability import date_compatible
from briefing.assembly import sentence_fits_date
from briefing.question import YEAR
from briefing.question import analyse, instruction_sides, possessive_parts, without_frame_words
from briefing.types import Document


def _doc(published: str | None) -> Document:
    return Document(doc_id="d1", title="Stars gear up for ceremony", published=published, content_hash="x")


def test_an_instruction_opening_a_sentence_is_no_name():
    shape = analyse("On which day was Veritas launched? Compare the report on Hockney's defection with the report on Kilroy-Silk's choice of seat.")
    assert "compare" not in shape.focus
    assert {"veritas", "hockney", "kilroy-silk"} <= set(shape.focus)


def test_a_name_after_an_instruction_word_is_kept():
    assert analyse("Name the film Mike Leigh directed.").focus == ["mike leigh"]
    assert "compare" not in analyse("Compare Vera Drake with Sideways: which won more awards?").focus


def test_only_sentence_opening_instruction_words_are_lowered():
    assert without_frame_words("Who won? List the winners.") == "Who won? list the winners."
    assert without_frame_words("Who is the Name Trust chairman?") == "Who is the Name Trust chairman?"


def test_a_compare_instruction_names_two_reports_and_keeps_the_asked_type():
    shape = analyse("How many British nominees were there? Compare the Vera Drake nominations report with the short film Oscar report.")
    assert shape.answer_type == "number"
    assert shape.reports == ["the Vera Drake nominations report", "the short film Oscar report"]
    assert instruction_sides("How many nominees were there?") == []


def test_a_possessive_joins_two_names():
    assert possessive_parts("jamie foxx's bafta") == ["jamie foxx", "bafta"]
    assert possessive_parts("vera drake") == ["vera drake"]
    assert set(analyse("Who read out Jamie Foxx's Bafta acceptance speech?").focus) == {"jamie foxx", "bafta"}


def test_an_undated_article_is_judged_by_its_own_words():
    shape = analyse("Who hosted the 2005 Bafta film awards ceremony?")
    assert date_compatible(shape, _doc(None), "The 2005 Orange British Academy Film Awards are being held in London.")
    # Measured (holdout10, no dates): letting an undated article fit any year answered unanswerable questions.
    assert not date_compatible(shape, _doc(None), "Hosted by Stephen Fry, the glittering ceremony will be broadcast.")


def test_a_dated_article_still_needs_the_year():
    shape = analyse("Who hosted the 2005 Bafta film awards ceremony?")
    assert not date_compatible(shape, _doc("2003-02-10"), "Hosted by Stephen Fry, the ceremony will be broadcast.")
    assert date_compatible(shape, _doc("2003-02-10"), "The 2005 awards were hosted by Stephen Fry.")
    assert date_compatible(shape, _doc("2005-02-10"), "Hosted by Stephen Fry.")


def test_may_is_read_as_a_month_where_it_dates_something():
    shape = analyse("Which Australian diplomat did George Papadopoulos talk to in May 2016?")
    assert (shape.year, shape.month) == (2016, 5)
    text = "Trump campaign adviser George Papadopoulos told an Australian diplomat in May 2016 that Russia had dirt."
    assert date_compatible(shape, _doc("2017-12-30"), text)
    assert not date_compatible(shape, _doc("2017-12-30"), "Prime Minister Theresa May said they may talk again in 2016.")


def test_a_clock_time_is_no_year():
    assert YEAR.findall("The ceremony will be broadcast on BBC One at 2010 GMT.") == []
    assert YEAR.findall("They met at 1900 hours in 2010.") == ["2010"]


def test_a_year_question_is_not_answered_by_a_clock_time():
    from briefing.slots import date_slot_failure

    question = "In what year was the awards ceremony first broadcast?"
    assert date_slot_failure(question, "date", ["The ceremony will be broadcast on BBC One at 2010 GMT."])
    assert date_slot_failure(question, "date", ["The ceremony was first broadcast in 1949, at 2010 GMT."]) is None


def test_an_undated_sentence_with_a_clock_time_fits_the_asked_year():
    shape = analyse("Who hosted the 2005 Bafta film awards ceremony?")
    sentence = "Hosted by Stephen Fry, the glittering ceremony will be broadcast on BBC One at 2010 GMT."
    assert sentence_fits_date(shape, sentence, _doc(None), "The 2005 Orange British Academy Film Awards. " + sentence)
    assert not sentence_fits_date(shape, "The 2003 ceremony was hosted by Stephen Fry.", _doc(None), "")
