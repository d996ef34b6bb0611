"""Session-14 reader: a date question's main verb is its event; a question's acronym is stated by the name it stands
for; counts are read in the reader's sentences and may be written in words. Made-up names."""
from __future__ import annotations

from briefing.answerability import spelled_out, unstated_names
from briefing.question import analyse

ARTICLE = ("Jane Roe, a Velmar analyst with the Zendan Society for International Studies think tank, said the move "
           "would have little effect on the ground.")


def test_an_acronym_is_stated_by_the_name_it_stands_for() -> None:
    assert spelled_out("zsis", "What effect does ZSIS analyst Jane Roe expect?", ARTICLE)
    assert not spelled_out("zsis", "What effect does zsis analyst Jane Roe expect?", ARTICLE)  # not written as an acronym
    assert not spelled_out("ztra", "What effect does ZTRA analyst Jane Roe expect?", ARTICLE)  # another body's initials


def test_an_answer_naming_the_acronyms_body_in_full_states_the_question_names() -> None:
    assert unstated_names(analyse("What effect does ZSIS analyst Jane Roe expect from the move?"), ARTICLE) == []
    assert unstated_names(analyse("What effect does ZTRA analyst Jane Roe expect from the move?"), ARTICLE)


def test_an_abbreviation_does_not_cut_a_count_from_its_noun() -> None:
    from briefing.answerability import count_bound, count_sentences

    text = "A group of 12 U.S. State Department officials wrote the memo. Gen. Roe sent 40 tanks."
    assert count_sentences(text) == ["A group of 12 U.S. State Department officials wrote the memo.", "Gen. Roe sent 40 tanks."]
    assert count_bound(["officials"], text)
    assert not count_bound(["officials"], "Officials met in Velmar. The memo was signed by 12 ministers.")


def test_a_count_in_words_counts_its_noun() -> None:
    from briefing.answerability import count_bound, is_count

    assert count_bound(["officials"], "About a dozen officials accused the minister of breaking the law.")
    assert count_bound(["members"], "Roe led the five-strong delegation of members to Velmar.")
    assert not count_bound(["families"], "Hundreds of families fled Velmar on Friday.")  # many, not how many
    assert not count_bound(["officials"], "Officials in Velmar said on Friday that a dozen tanks left.")  # the dozen counts tanks
    assert is_count("27") and is_count("dozen") and is_count("five")
    assert not is_count("strong") and not is_count("officials") and not is_count("dozens") and not is_count("hundreds")


def test_a_date_questions_main_verb_is_its_event() -> None:
    from briefing.answerability import asked_event, question_verbs, states_event

    shape = analyse("On what date did Jane Roe file the agent report that prosecutors say contained false statements?")
    answer = "Roe also filed false statements in her March 7, 2017, agent report, according to the court papers."
    assert "file" in asked_event(shape)
    assert not states_event(question_verbs(shape), answer)  # the relative clause's verb alone asks for 'contained'
    assert states_event(question_verbs(shape) | asked_event(shape), answer)
    assert not states_event(question_verbs(shape) | asked_event(shape), "Roe was interviewed on March 7, 2017.")


def test_an_acronym_the_article_writes_out_is_no_unstated_acronym() -> None:
    from briefing.slots import unstated_acronyms

    assert unstated_acronyms("What effect does ZSIS analyst Jane Roe expect?", ARTICLE) == []
    assert unstated_acronyms("What effect does ZTRA analyst Jane Roe expect?", ARTICLE) == ["ZTRA"]
