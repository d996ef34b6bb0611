"""Session 10: does an answer sentence fill the asked slot (slots.asked_head, fills_slot, slot_fill_failure)?
Sentences only; the names are made up."""
from briefing.question import analyse
from briefing.slots import asked_head, fills_slot, slot_fill_failure


def test_asked_head_per_answer_type() -> None:
    assert asked_head(analyse("How many ambulances were hit in the Velmar bombing?")) == ["ambulances"]
    assert asked_head(analyse("Who ordered the raid on Korvath?")) == ["ordered"]
    assert asked_head(analyse("Who is the ambassador of Ruritania to Elbonia?")) == ["ambassador"]
    assert asked_head(analyse("Which group fired the rocket on Velmar?")) == ["fired"]
    assert asked_head(analyse("When did the rebels recapture Velmar?")) == ["recapture"]
    assert asked_head(analyse("Why did the Zenda Front close its office in Velmar?")) == ["close"]


def test_no_slot_for_speech_and_yes_no_questions() -> None:
    assert asked_head(analyse("Who said the convoy was hit near Velmar?")) == []  # the speaker checks read these
    assert asked_head(analyse("Did the rebels recapture Velmar?")) == []


def test_a_count_of_the_asked_noun_fills_the_slot() -> None:
    shape = analyse("How many ambulances were hit in the Velmar bombing?")
    assert fills_slot("Three ambulances were hit in the bombing.", shape, asked_head(shape))
    assert not fills_slot("The bombing in Velmar killed 12 people and hit the hospital.", shape, asked_head(shape))


def test_the_agent_of_the_asked_verb_fills_a_who_slot() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    assert fills_slot("The raid on Korvath was ordered by General Tarek Vossi.", shape, asked_head(shape))
    assert not fills_slot("The raid on Korvath killed 12 people, the monitor said.", shape, asked_head(shape))


def test_a_date_of_another_event_does_not_fill_a_when_slot() -> None:
    shape = analyse("When did the rebels recapture Velmar?")
    assert fills_slot("Rebels recaptured Velmar on Tuesday.", shape, asked_head(shape))
    assert not fills_slot("On Tuesday the army shelled the outskirts; the rebels later recaptured Velmar.", shape, asked_head(shape))


def test_the_failure_names_the_missing_detail() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    why = slot_fill_failure(shape, ["The raid on Korvath killed 12 people, the monitor said."])
    assert why is not None and "a name" in why and "ordered" in why
    assert slot_fill_failure(shape, ["The raid on Korvath was ordered by General Tarek Vossi."]) is None
