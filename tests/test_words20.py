"""Session 20 (integrator): a stated term starts at a word and a number ends at a number's end; a 'who <verb>'
question keeps the quoted source its verb's role describes."""
from briefing.matching import found_at_word, stated
from briefing.slots import name_slot_failure, verb_role


def test_a_short_name_inside_another_word_is_not_stated():
    assert not stated("us", "The talks failed because of the weather.")
    assert not stated("isis", "The crisis talks ended on Monday.")
    assert not stated("iran", "The delegation flew in from Tirana.")


def test_a_name_at_the_start_of_a_word_is_still_stated():
    assert stated("iran", "Iranian advisers arrived.")
    assert stated("assad", "forces loyal to al-Assad")
    assert stated("france", "a pro-France rally")


def test_a_number_inside_a_larger_number_is_not_stated():
    assert not stated("5", "The strike killed 15 people.")
    assert not stated("15", "The strike killed 150 people.")
    assert not stated("1,000", "About 11,000 people fled.")
    assert not found_at_word("5", "a 5.5 magnitude quake")


def test_a_number_written_with_or_without_its_comma_or_unit_is_stated():
    assert stated("5000", "About 5,000 people fled.")
    assert stated("1.13", "profits rose to $1.13bn")
    assert stated("$1.13bn", "profits rose to $1.13bn")


def test_the_role_a_who_question_asks_for():
    assert verb_role("heads") == "head"
    assert verb_role("leads") == "leader"
    assert verb_role("founded") == "founder"
    assert verb_role("said") == ""


def test_a_quoted_source_described_by_the_asked_role_answers_who_heads():
    q = "Who heads the monitoring group?"
    s = '"Four people were killed" said Jean Morel, the head of the monitoring group.'
    assert name_slot_failure(q, s, "", s) is None


def test_a_quoted_source_with_another_role_does_not_answer_who_attacked():
    q = "Who attacked the convoy?"
    s = '"The convoy was hit twice" said Jean Morel, the head of the monitoring group.'
    assert name_slot_failure(q, s, "", s) is not None


def test_initials_written_with_dots_state_the_acronym():
    assert stated("un", "an emergency U.N. Security Council meeting")
    assert stated("us-led", "the U.S.-led coalition")
    assert stated("us", "a U.S. aid worker")


def test_a_name_written_without_its_hyphen_is_stated():
    assert stated("al-alam", "source: alalam")


def test_a_question_name_written_joined_is_found():
    from briefing.candidates import name_found

    assert name_found("al-alam", "70 killed in strikes on a camp alalam")
    assert not name_found("al-alam", "70 killed in strikes on a camp")
