"""The answer fills the question's slot (session 6): each check on plain sentences, invented names."""
from __future__ import annotations

from briefing.answerability import (
    asks_outlet,
    asks_person,
    asks_speaker,
    counts_other_event,
    demonym,
    names_someone,
    names_speaker,
    names_source,
    question_events,
    question_verbs,
    slot_failure,
    spelled,
    states_event,
    topic_names,
    unstated_names,
)
from briefing.question import analyse

ARTICLE = (
    "Blast kills imam in Velmar mosque. A bomb planted inside the Great Mosque of Velmar went off on Friday, killing "
    "the imam Sheikh Orlan al-Tavi, state television reported. Five worshippers were wounded. Local sources told the "
    "Zenda news agency that a militant group planted the device. The Ministry of Endowments announced his death."
)


# Wrong detail: one name of the question the answer's article never states.
def test_a_changed_place_is_unstated_in_the_answers_article() -> None:
    assert unstated_names(analyse("Which imam was killed by a bomb inside the Great Mosque of Korvath?"), ARTICLE)
    assert unstated_names(analyse("Which imam was killed by a bomb inside the Great Mosque of Velmar?"), ARTICLE) == []


def test_a_changed_nationality_is_unstated() -> None:
    text = "Meanwhile Elbonias influential cleric Tarek al Vossi called on the president to step down."
    assert unstated_names(analyse("Which Elbonian cleric called on the president to step down?"), text) == []
    assert unstated_names(analyse("Which Ruritanian cleric called on the president to step down?"), text) == ["ruritanian"]


def test_a_transliterated_name_is_stated() -> None:
    assert spelled("sayyida", "the shrine of Sayeda Zora was hit")
    assert spelled("urum", "in the town of Urom al-Joz")
    assert not spelled("homs", "in the city of Hama")


# Person: 'who / which <role>' needs a name the question does not give.
def test_asks_person_for_roles_not_for_any_who() -> None:
    assert asks_person("Which army officer told the agency about the clashes?")
    assert asks_person("Who is the executive director of the Velmar Health Programme?")
    assert not asks_person("Who brokered the evacuation of the two towns?")  # states and organisations answer it
    assert not asks_person("Which town was hit by the strikes?")
    assert asks_speaker("Who said the strikes hit a hospital?") and not asks_speaker("Who brokered the deal?")


def test_a_speaker_must_be_named() -> None:
    q = "Who said that six people died in the shelling?"
    assert not names_speaker("Six people died in the shelling, hospital staff told reporters.", q)
    assert names_speaker("Six people died in the shelling, Health Minister Ana Roe said.", q)
    assert names_someone("Peter Salama Executive Director of the Health Programme said the weapons are banned.", "Who is the executive director of the Health Programme?")


def test_an_unnamed_source_names_nobody() -> None:
    q = "Which army officer told the agency that 28 militants were killed?"
    assert not names_someone("The army killed 28 militants, local media reported citing a military source.", q)
    assert names_someone("Colonel Ivo Brask told the agency that 28 militants were killed.", q)


def test_a_name_from_the_question_is_not_an_answer() -> None:
    q = "Who is the Minister of Endowments who announced the death of Sheikh Orlan al-Tavi?"
    assert not names_someone("The Ministry of Endowments announced the death of Sheikh al-Tavi.", q)


# Outlet: 'which news agency' needs a new name standing as the source of a report.
def test_an_outlet_must_be_named_as_the_source() -> None:
    q = "Which news agency did local sources tell that a group planted the device?"
    assert asks_outlet(q)
    assert names_source("Local sources told the Zenda news agency that a militant group planted the device.", q)
    assert not names_source("An official source said the bomb went off near the Orlan Bridge.", q)
    assert not names_source('"The target was a Vossi fighting position" it said in a statement.', "Which news agency did the ministry give its statement to?")


# Date: 'when was X built' is not answered by the date of a bombing.
def test_a_date_question_needs_its_event() -> None:
    shape = analyse("When was the Great Mosque of Velmar built?")
    verbs = question_verbs(shape)
    assert verbs
    assert not states_event(verbs, "A bomb went off in the Great Mosque of Velmar on Friday.")
    assert states_event(verbs, "The Great Mosque of Velmar was built in 1492.")


# Count: 'how many were captured' is not answered by a count of the killed.
def test_a_count_of_another_event() -> None:
    events = question_events(analyse("How many fighters were captured in the clashes?"))
    assert events == {"capture"}
    assert counts_other_event(events, "At least 50 fighters and two civilians were killed in the clashes.")
    assert not counts_other_event(events, "The army captured 12 fighters in the clashes.")
    assert not counts_other_event(events, "Some 40 fighters took part in the clashes.")


def test_slot_failure_names_the_missing_constraint() -> None:
    why = slot_failure(analyse("Which imam was killed by a bomb inside the Great Mosque of Korvath?"), ARTICLE, ARTICLE, "", ARTICLE)
    assert why and "korvath" in why
    assert slot_failure(analyse("Which imam was killed by a bomb inside the Great Mosque of Velmar?"),
                        *["A bomb planted inside the Great Mosque of Velmar went off on Friday, killing the imam Sheikh Orlan al-Tavi."] * 2, "", ARTICLE) is None
    assert "outlet" in (slot_failure(analyse("Which television channel broadcast footage of the bomb in Velmar?"),
                                     *["A bomb planted inside the Great Mosque of Velmar went off on Friday."] * 2, "", ARTICLE) or "")


def test_a_person_is_not_a_force_a_ministry_or_a_people() -> None:
    q = "Which Vossian commander requested the strike near Tamra?"
    article = "The Vossian Democratic Forces said their forces were hit. Vossia denied it."
    assert not names_someone("The coalition struck the Vossian Democratic Forces in Tamra.", q, article)
    assert names_someone("Meanwhile Elbonias influential cleric Tarek al Vossi also called on the leader to step down.", "Which cleric called on the leader to step down?")
    assert demonym("Vossian", article) and not demonym("Dorrian", article)


def test_bare_numbers_of_the_asked_event_answer() -> None:
    events = question_events(analyse("How many people did the rescuers say were wounded in the two raids?"))
    text = "The rescuers said the two raids have killed 19 and wounded 22. The raids killed at least 18 people."
    assert not counts_other_event(events, text, ["people"])


def test_a_name_inside_another_word_is_not_stated() -> None:
    assert not spelled("ashara", "fighting in Mashara town")
    assert spelled("ashara", "a market in Ashara")


def test_what_x_said_about_y_needs_y_by_the_answer() -> None:
    shape = analyse("What did Kel Varo say about Ruritania's support for the rebels?")
    assert topic_names(shape) == ["ruritania"]
    said = "Elbonia will help prevent a further deterioration of the situation, said spokesman Kel Varo."
    assert "ruritania" in (slot_failure(shape, said, said, "", said) or "")
    on_topic = "Ruritania's support for the rebels must end, said spokesman Kel Varo."
    assert slot_failure(shape, on_topic, on_topic, "", on_topic) is None


def test_a_capital_states_its_country_and_another_country_does_not() -> None:
    assert spelled("moscow", "the Russian Ministry of Defense replaced the commander")
    assert spelled("moscow", "Russia replaced the commander")
    assert not spelled("lebanese", "Iraqs influential Shia cleric called on him to step down")


def test_what_did_the_spokesman_say_asks_no_person_and_short_names_are_new() -> None:
    assert not asks_person("According to ZNA, what did Foreign Ministry spokesman Kel Varo say?")
    q = "Which Elbonian Foreign Ministry spokesman said Elbonia is willing to help?"
    assert names_someone("Elbonia is willing to help, said Foreign Ministry Spokesman Lin Jiao.", q)  # 'Lin' is not 'willing'


def test_a_lower_case_part_of_a_name_is_not_required() -> None:
    text = "The town was lost to US-backed forces. Mines killed 69 civilians."
    assert unstated_names(analyse("How many civilians did mines kill in the town lost to the US-backed forces?"), text) == []
