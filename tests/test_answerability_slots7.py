"""Session 7 slot checks (briefing/slots.py): the answer sentence must fill the asked slot. Sentence fixtures only."""
from briefing import slots


# ---- the asked name ----

def test_asked_name_kinds():
    assert slots.asked_name("What was the name of the suicide bomber who attacked the wedding in Velmar?") == ("person", "bomber")
    assert slots.asked_name("Who drove the truck that blew up in Korvath?") == ("who", "drove")
    assert slots.asked_name("Which group claimed the car bomb in Korvath?") == ("group", "group")
    assert slots.asked_name("What is the name of the refugee camp near Velmar that was bombed?") == ("name", "camp")
    assert slots.asked_name("Which Elbonian commander was killed in the strike?")[0] == "person"
    assert slots.asked_name("How many people were killed in Velmar?") is None


def test_bomber_name_not_filled_by_village_or_quoted_source():
    q = "What was the name of the suicide bomber who attacked the wedding in Velmar?"
    best = "A suicide bomber struck a wedding in Velmar province killing 32 people, said Tarek Vossi of the monitor."
    near = "The bomber blew himself up in the village of Tall Tawil."
    assert slots.name_slot_failure(q, best, near, best + " " + near) is not None


def test_bomber_name_filled():
    q = "What was the name of the suicide bomber who attacked the wedding in Velmar?"
    best = "The bomber, Karim Oster, blew himself up at the wedding in Velmar."
    assert slots.name_slot_failure(q, best, "", best) is None


def test_speech_question_keeps_the_quoted_source():
    q = "Which monitor head said the drone killed eight fighters near Korvath?"
    best = '"The drone hit a position near Korvath killing eight fighters" said Tarek Vossi the head of the monitor.'
    assert slots.name_slot_failure(q, best, "", best) is None


def test_role_of_the_speaker_is_kept():
    q = "Who was the governor of Velmar province when the bombings took place?"
    best = "Velmar governor Talal Oster said the bombings were an act of cowardice."
    assert slots.name_slot_failure(q, best, "", best) is None


def test_commander_not_named():
    q = "Which Zenda commander was killed in the drone strike near Korvath?"
    best = '"A drone hit a Zenda position near Korvath killing eight fighters" said Tarek Vossi the head of the monitor.'
    assert slots.name_slot_failure(q, best, "", best) == "no passage that answers it names the person it asks about"


def test_group_named_with_particle():
    q = "Which Islamist group fired rockets into Korvath on Monday?"
    best = "Rockets fired by the Jaysh al-Nour group landed in Korvath."
    assert slots.name_slot_failure(q, best, "", best) is None
    unnamed = "A rebel Islamist group launched a rocket attack on Korvath leaving three dead."
    assert slots.name_slot_failure(q, unnamed, "", unnamed) is not None


def test_camp_name_stands_with_the_noun():
    q = "What is the name of the refugee camp near Velmar that was bombed?"
    assert slots.name_slot_failure(q, "Bombs struck the camp in southern Korvath province near Velmar.", "", "") is not None
    assert slots.name_slot_failure(q, "Bombs struck the Atlan refugee camp near Velmar.", "", "") is None


def test_who_answered_by_a_state():
    q = "Who brokered the evacuation of the two towns?"
    assert slots.name_slot_failure(q, "The evacuation followed a deal reached by France and the opposition.", "", "") is None


# ---- the asked date ----

def test_date_must_stand_in_the_answer_sentence():
    q = "On what date were the bodies found near Velmar?"
    assert slots.date_slot_failure(q, "date", ["His body was found in farms near Velmar."]) == "no sentence that answers it gives a date"
    assert slots.date_slot_failure(q, "date", ["His body was found near Velmar on Tuesday."]) is None


def test_year_question_needs_a_new_year():
    q = "In what year did the lawyer join the bar association?"
    assert slots.date_slot_failure(q, "date", ["The lawyer, a member of the bar association, was killed."]) is not None
    assert slots.date_slot_failure(q, "date", ["He joined the bar association in 1998."]) is None
    assert slots.date_slot_failure("In which year did X happen after 2015?", "date", ["It happened after 2015."]) is not None


# ---- the attacker ----

def test_attack_actor_changed():
    q = "How many civilians were killed by Elbonian air strikes on the village of Korvath?"
    best = "At least 20 civilians were killed by Ruritanian artillery fire and air strikes at Korvath."
    assert "Ruritanian" in slots.actor_slot_failure(q, best, "")
    same = "At least 20 civilians were killed by Elbonian air strikes at Korvath."
    assert slots.actor_slot_failure(q, same, "") is None


def test_generic_agent_counts_as_another_attacker():
    q = "How many civilians did Elbonian airstrikes kill in Korvath?"
    assert slots.actor_slot_failure(q, "The coalition strikes hit Korvath killing five civilians.", "") is not None
    assert slots.actor_slot_failure(q, "Five civilians died in Korvath.", "") is None  # no attacker named: nothing contradicts


def test_people_nouns_are_not_attackers():
    q = "How many Zenda State militants were killed in Korvath?"
    assert slots.actor_slot_failure(q, "The hardline Sunni fighters attacked Korvath.", "") is None


# ---- acronyms and places ----

def test_acronym_must_stand_in_the_article():
    q = "What did the ZBC report about the assault on Korvath?"
    assert slots.unstated_acronyms(q, "Fighters attacked Korvath on Saturday.") == ["ZBC"]
    assert slots.unstated_acronyms(q, "The ZBC said fighters attacked Korvath.") == []
    assert slots.unstated_acronyms("According to ZNA, how many died?", "Five died.", ["ZNA"]) == []


def test_place_slot_failure_names_the_other_place():
    q = "How many people were killed in the shelling of the Tilia neighborhood of Velmar?"
    best = "Two people were killed in the shelling of the Tilia neighborhood of the city of Korvath."
    assert slots.place_slot_failure(q, best, "", "") == "the passage that answers it is about Korvath, not Velmar"
    assert slots.place_slot_failure(q, best.replace("Korvath", "Velmar"), "", "") is None


def test_slot_failure_runs_all_checks():
    q = "On what date did the rebels recapture Velmar?"
    assert slots.slot_failure(q, "date", ["The rebels fought in Velmar."], "", "The rebels fought in Velmar.") is not None
    assert slots.slot_failure(q, "date", ["The rebels recaptured Velmar in March 2014."], "", "") is None


# ---- the asked event of a date question ----

def test_event_verb_of_a_date_question():
    assert slots.asked_event_verb("When did the rebels recapture Velmar from the army?") == "recapture Velmar"
    assert slots.asked_event_verb("On what date did the Army of Korvath end its 2015 assault on Velmar?") == "end assault"
    assert slots.asked_event_verb("When did the envoy talk by telephone with the minister?") is None
    assert slots.asked_event_verb("On what date did the militia say the attacks occurred?") is None
    assert slots.is_base_verb("recapture") and slots.is_base_verb("begin") and not slots.is_base_verb("regime")


def test_date_of_another_event_refused():
    q = "On what date did the Army of Korvath end its assault on Velmar?"
    assert slots.event_slot_failure(q, ["The Army of Korvath began its assault on Velmar on Wednesday."]) is not None
    assert slots.event_slot_failure(q, ["The Army of Korvath ended its assault on Velmar on 2 May."]) is None
    # a paraphrase that names neither the verb nor its object is left to the other checks
    assert slots.event_slot_failure(q, ["Fighting around Velmar stopped on 2 May."]) is None


# ---- the same name written another way ----

def test_name_written_by_initials_or_transliteration():
    assert slots.name_written("united states", "Fifty nine US cruise missiles struck")
    assert slots.name_written("united states", "the U.S. military said")
    assert slots.name_written("bab alnairab", "people escaping through Bab al-Nayrab on foot")
    assert not slots.name_written("velmar", "in Korvath province")


def test_others_count_the_asked_noun():
    from briefing.answerability import counts_other_event

    text = "At least 20 civilians were killed and 50 others wounded by artillery fire at Korvath."
    assert not counts_other_event({"wound"}, text, ["civilians"])
    assert counts_other_event({"wound"}, "At least 20 civilians were killed by artillery fire at Korvath.", ["civilians"])


def test_others_without_the_asked_noun_count_nothing_asked():
    from briefing.answerability import counts_other_event

    text = "A car bomb killed at least 26 people and injured 30 others at a site of displaced families."
    assert not counts_other_event({"displace"}, text, ["children"])


# ---- ages and sums ----

def test_age_and_money_slots():
    q = "How old was Tarek Vossi when he was killed?"
    assert slots.measure_slot_failure(q, ["Seven commanders were killed including Tarek Vossi."]) == "no sentence that answers it gives an age"
    assert slots.measure_slot_failure(q, ["Tarek Vossi, 34, was killed on Monday."]) is None
    assert slots.measure_slot_failure(q, ["The 34-year-old commander Tarek Vossi was killed."]) is None
    r = "How much ransom did the kidnappers demand for the hostages?"
    assert slots.measure_slot_failure(r, ["The number of hostages stands at 220."]) is not None
    assert slots.measure_slot_failure(r, ["The kidnappers demanded $2 million for the hostages."]) is None
    assert slots.measure_slot_failure("How many hostages were taken?", ["220 were taken."]) is None


def test_role_of_a_named_country_must_speak():
    q = "What did Elbonia's president say in support of Korvath?"
    assert slots.speaker_role_failure(q, "Nations including Ruritania and Elbonia have expressed support for Korvath.", "") is not None
    assert slots.speaker_role_failure(q, "Elbonian President Jon Berg said he supports Korvath.", "") is None
    assert slots.speaker_role_failure("What did Elbonia say about Korvath?", "Elbonia backed Korvath.", "") is None


def test_since_when_is_answered_by_a_month_not_only_by_a_year() -> None:
    parts = ["Aid agencies have been barred from the eastern districts of Velmar since July, the statement said."]
    assert slots.date_slot_failure("Since when are aid agencies barred from eastern Velmar?", "date", parts) is None
    assert slots.date_slot_failure("In what year were aid agencies barred from eastern Velmar?", "date", parts) is not None
