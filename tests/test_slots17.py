"""Session 17: person and rank slots filled by names the old readings cut or missed (invented names)."""

from briefing import slots
from briefing.answerability import slot_failure
from briefing.lemmas import forms
from briefing.question import analyse
from briefing.slots import fills_slot, place_only, slot_fill_failure, unplaced, word_parts


def test_a_country_ends_a_locative_run_so_the_name_after_it_stays():
    assert place_only("Peru Jan Olen") == "Peru"  # a country of the gazetteer
    assert place_only("Syria") == "Syria"
    assert place_only("Saudi Arabia") == "Saudi Arabia"
    assert place_only("Velmar Province") == "Velmar Province"  # no country: the run is the place


def test_unplaced_keeps_the_ambassador_named_after_the_country():
    text = "Ruritanian Ambassador to Syria Jan Olen praised the talks."
    assert "Jan Olen" in unplaced(text)
    assert "Syria" not in unplaced(text)


def test_a_short_given_name_still_names_the_asked_person():
    question = "Who is Ruritania's ambassador to Syria?"
    best = "Ruritanian Ambassador to Syria Qi Olenko praised the military cooperation between the two countries."
    assert slot_failure(analyse(question), best, best, "", best) is None
    assert slots.slot_failure(question, "person", [best], "", best) is None
    nobody = "The Ruritanian ambassador praised the military cooperation between the two countries."
    assert slot_failure(analyse(question), nobody, nobody, "", nobody) is not None


def test_a_hyphenated_rank_holds_the_asked_role():
    assert word_parts("Colonel-General") == ["colonel-general", "colonel", "general"]
    assert word_parts("US-led") == ["us-led"]  # a compound describing the noun after it: no 'led'
    led = analyse("Who led the Velmar fighters who crossed into Korvath?")
    assert slot_fill_failure(led, ["Kurdish fighters backed by US-led coalition air strikes held back the group."]) is not None
    shape = analyse("Which Carpathian general took command of the northern forces?")
    sentence = "The ministry replaced Lieutenant-General Jan Olen with Colonel-General Piet Kowal."
    assert fills_slot(sentence, shape, ["general"])
    assert slot_fill_failure(shape, [sentence]) is None
    assert slot_fill_failure(shape, ["The ministry replaced the northern commander last week."]) is not None


def test_inked_is_signed():
    assert forms("inked") & forms("sign")
    assert forms("signs") & forms("ink")


def test_unplaced_cuts_a_place_as_a_word_not_inside_another():
    text = "Peruvian government forces pushed the fighters back into central Peru."
    assert unplaced(text).startswith("Peruvian government forces")


def test_a_peoples_adjective_before_its_forces_names_the_state():
    from briefing.slots import names_state, state_forces_after

    question = "Who launched a counteroffensive on Thursday?"
    assert names_state("Peruvian government forces launched a counteroffensive on Thursday.", question)
    assert names_state("The town was retaken, backed by Peruvian fighter jets, on Thursday.", question)
    assert not names_state("Peruvian students launched a protest on Thursday.", question)
    text = "Peruvian fighter jets"
    assert state_forces_after(text, len("Peruvian"))
    assert not state_forces_after("Peruvian students", len("Peruvian"))
    assert slots.slot_failure(question, "person", ["Peruvian government forces launched a counteroffensive on Thursday."], "", "") is None


def test_a_state_answers_who_did_something_but_not_a_role_question():
    from briefing.candidates import carries_type, names_new_state

    sentence = "Lima has urged its neighbours to unite, placing the blame for the escalation on Velmar."
    doer = analyse("Who blamed Velmar for the escalation?")
    assert names_new_state(sentence, doer)
    assert carries_type(sentence, doer)
    role = analyse("Who is the ambassador of Velmar?")
    assert not names_new_state(sentence, role)


def test_the_name_of_a_countrys_official_asks_for_a_person():
    from briefing.slots import asked_name

    assert asked_name("What is the name of Korvath's foreign minister?") == ("person", "minister")
    assert asked_name("What was the name of Jan Olen's son who died with him?") == ("person", "son")
    assert asked_name("What is the title of the feature film Ana Roe is making?") == ("name", "film")
    assert asked_name("What was the name of Olen's company whose project was filed?") is None  # no role: other readings
    question = "What is the name of Korvath's foreign minister?"
    named = "The Velmar foreign minister spoke by telephone with his Korvath counterpart, Piet Kowal."
    assert slots.slot_failure(question, "other", [named], "", named) is None
    nobody = "The Velmar foreign minister spoke by telephone with his Korvath counterpart on Monday."
    assert slots.slot_failure(question, "other", [nobody], "", nobody) is not None
