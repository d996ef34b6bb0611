"""Session 12: the acting party read from the sentence's grammar (subject of an active verb, agent of a passive, owner
of an action noun), acronyms as parties, the form of support from the verb, glued sub-headings, numeric datelines.
Sentences are invented (fictional names) unless a test says otherwise."""
from __future__ import annotations

from briefing.actors import Subject, agents, find_actors, opens_only
from briefing.agency import acted_on, action_owners, passive_agents, subject_agents, verb_after
from briefing.backing import backings, parties
from briefing.dates import text_date


def _names(text: str) -> list[str]:
    return [p.name for p in parties(text)]


# ---- parties: acronyms, and a capitalised function word is not part of a name ----


def test_an_acronym_standing_alone_is_a_party() -> None:
    assert "XLF" in _names("The XLF lost at least 28 jihadist fighters he said.")
    assert "XL" in _names("Velmar-based XL terror elements have reportedly executed 50 soldiers.")


def test_an_acronym_in_a_headline_in_capitals_is_not_read() -> None:
    assert "XLF" not in _names("XLF FIGHTERS TAKE VELMAR BASE AFTER TWO DAYS")


def test_a_capitalised_preposition_opening_a_name_is_dropped() -> None:
    # FA-KES 1926479240 shape: "In Raqqa province which borders Turkey ..." made 'In Raqqa' a party.
    assert "Velmar" in _names("In Velmar province which borders Xland a woman was stoned to death the monitor said.")
    assert "In Velmar" not in _names("In Velmar province which borders Xland a woman was stoned to death the monitor said.")


# ---- who acts: grammar, not capitals ----


def test_the_subject_of_an_active_verb_in_a_later_clause_acts() -> None:
    # FA-KES 1923848246 shape: the acting party stands after 'as', not at the sentence start.
    text = "At least 85 soldiers were killed as the jihadist Xist Front advanced on a position in the province of Velmar a monitor said."
    assert "Xist Front" in agents(text)


def test_a_party_with_its_members_noun_acts() -> None:
    assert "XL" in subject_agents("XL terrorist group killed more than 50 people in an attack on two villages.", parties("XL terrorist group killed more than 50 people in an attack on two villages."))


def test_the_subject_of_a_passive_verb_is_acted_on() -> None:
    text = "Velmar has been hit several times since the Tuesday attack including in a strike on a hospital."
    assert "Velmar" not in agents(text)
    p = next(p for p in parties(text) if p.name == "Velmar")
    assert acted_on(text, p)
    assert verb_after(text, p.end) == ("hit", True)


def test_a_name_qualifying_another_noun_is_not_the_subject() -> None:
    # FA-KES 1923102878 shape: 'The Khan Sheikhun strike prompted Washington ...' made the town an actor.
    assert "Velmar" not in agents("The Velmar strike prompted Xland to take its first direct military action.")
    assert "Velmar" not in agents("Velmar province contains the largest populated area held by the rebels.")


def test_the_agent_of_a_passive_verb_acts_and_so_does_each_party_of_its_list() -> None:
    text = "Velmar province is controlled by an alliance and is regularly targeted by both the Smit regime and its Xlandian ally."
    ps = parties(text)
    assert {"Smit", "Xlandian"} <= passive_agents(text, ps)
    assert "Velmar" not in agents(text)


def test_a_source_after_by_is_no_agent() -> None:
    text = "The toll was reported by the Velmar Monitor on Sunday."
    assert passive_agents(text, parties(text)) == set()


def test_a_state_or_an_acronym_owns_the_action_it_names() -> None:
    text = "The monitor said the fate of 200 soldiers remained unknown as the XLF assault forced the army to pull back."
    assert action_owners(text, parties(text)) == {"XLF"}
    assert "XLF" in agents(text)


def test_a_plain_name_before_an_action_noun_may_be_a_place() -> None:
    text = "The Velmar strike prompted Xland to act."
    assert action_owners(text, parties(text)) == set()


def test_a_present_tense_verb_keeps_its_subject() -> None:
    assert "Xland" in agents("Xland maintains contacts with Yland and Zland.")


def test_a_plural_noun_after_a_name_takes_the_subject() -> None:
    assert "Velmar" not in agents("Velmar residents said the shelling went on all night.")


# ---- the form of support from the verb ----


def test_an_ally_that_strikes_with_the_backed_gives_military_support() -> None:
    # FA-KES 1923102878: 'regularly targeted by both the Syrian regime and its Russian ally' was 'political statement'.
    text = "Velmar province is regularly targeted by both the Smit regime and its Xlandian ally."
    assert [(b.backer, b.form) for b in backings(text)] == [("Xlandian", "military")]


def test_an_ally_named_without_a_form_has_none() -> None:
    assert [(b.backer, b.form) for b in backings("The rebels and their Xlandian ally met in Velmar.")] == [("Xlandian", "")]
    assert {b.form for b in backings("Xland backs the rebels.")} == {""}
    assert {b.form for b in backings("Xland expressed support for the government.")} == {"political statement"}


# ---- glued sub-headings and acting rows ----


def test_a_name_that_only_opens_sentences_is_a_glued_heading() -> None:
    assert opens_only("Population Ballooned Velmar", ["Population Ballooned Velmar province contains the largest area."])
    assert not opens_only("Velmar Front", ["Fighters of the Velmar Front advanced.", "Velmar Front said it held the town."])


def test_a_common_word_of_a_glued_sub_heading_gets_no_actor_row() -> None:
    sentences = [
        "Population Ballooned Velmar province contains the largest populated area held by the rebels.",
        "Population ballooned Velmar province contains the largest populated area held by the rebels.",
        "The XLF claimed the attack on the market in Velmar.",
        "XLF fighters shelled the market again on Sunday.",
    ]
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), Subject(set(), None, False))]
    assert "Population" not in names and "XLF" in names


def test_an_attacker_named_only_by_its_acronym_gets_a_row() -> None:
    sentences = [
        "XLF terrorist group killed more than 50 people in an attack on two villages on Thursday a monitor said.",
        "State media said troops repelled the XLF attack on villages in Velmar province.",
        "The death toll reached 51 a source in the Velmar hospital said.",
    ]
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), Subject(set(), None, False))]
    assert "XLF" in names


# ---- the text's numeric dateline is the report's date ----


def test_a_numeric_dateline_dates_the_report() -> None:
    assert text_date("15-09-2013 Militants attack Velmar, kill 3. The attack came on Sunday.") == "2013-09-15"
    assert text_date("Militants attacked Velmar on 15-09-2013.") is None


def test_the_object_of_a_verb_is_not_its_subject() -> None:
    # FA-KES shape: '"... helicopters struck Aleppo citys Al-Shaar neighborhood ..."' made the city act.
    text = "Regime helicopters struck Velmar citys Al-Tell neighborhood with barrel bombs."
    assert "Velmar" not in agents(text)
    assert "XLF" in agents("Troops repelled the XLF attack on villages in Velmar province.")  # an owned action, object or not


def test_acronyms_of_one_party_merge() -> None:
    from briefing.actors import acronym_aliases

    assert acronym_aliases(["XL", "XLIL", "XLXL", "Xist League", "Velmar"]) == {"XL": "Xist League", "XLIL": "Xist League", "XLXL": "Xist League"}
    assert acronym_aliases(["UN", "UNHCR"]) == {}  # three letters more: another body
    sentences = [
        "The XL lost at least 28 jihadist fighters he said.",
        "XLIL terrorists executed more than 50 soldiers after the XL assault on the base.",
        "On Thursday the XLIL fighters stormed the base.",
    ]
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), Subject(set(), None, False))]
    assert len([n for n in names if n in ("XL", "XLIL")]) == 1, names


def test_a_list_member_stands_where_the_list_stands() -> None:
    # FA-KES holdout5 shape: 'evacuees from the towns of Foua and Kefraya waited' made the second town act.
    assert "Velmar" not in agents("The attack took place as thousands of evacuees from the towns of Dorn and Velmar waited to enter the city.")
    assert "Velmar" not in agents("Shia populated Dorn and Velmar settlements near the city have been besieged for three years.")


def test_a_name_before_a_hyphen_qualifies_the_subject() -> None:
    assert "Xlandish" not in agents("The Xlandish-led XDF launched an operation in November.")


def test_an_acronym_written_as_a_word_is_one_name() -> None:
    from briefing.actors import acronym_aliases

    assert acronym_aliases(["XLEN", "Xlen"]) == {"XLEN": "Xlen"}


def test_a_nationalitys_opposition_keeps_its_name() -> None:
    from briefing.entities import countries_in

    assert [m.name for m in countries_in("The Syrian opposition said it would attend.")] == ["Syrian opposition"]


def test_a_source_after_according_to_a_based_monitor_only_reports() -> None:
    from briefing.actors import only_reports

    sentences = ["According to the Velmar-based Xland Observatory for Rights there were three strikes on the market.",
                 "The Xland Observatory for Rights said three strikes hit the market."]
    assert only_reports("Xland Observatory for Rights", sentences)


def test_airpower_written_as_one_word_is_military() -> None:
    from briefing.backing import form_of_support

    assert form_of_support("the Xlanders have inflicted defeats on the group with the help of coalition airpower") == "military"


def test_parties_that_refer_to_one_host_row_share_one_row() -> None:
    from briefing.actors import SUBJECT, Actor
    from briefing.plan import extractive_plan
    from tests.test_brief_session9 import _sentences

    texts = ["A number of nations, including Elbonia, Freedonia and Osprey, have expressed support for the Velmar government."]
    s = _sentences(texts, [0.9])
    host = Actor("Elbonia", side=SUBJECT, backs="government", form="political statement", stance=[0], acting=[0])
    a = Actor("Freedonia", side=SUBJECT, backs="Velmar", form="political statement", stance=[0], acting=[0])
    b = Actor("Osprey", side=SUBJECT, backs="Velmar", form="political statement", stance=[0], acting=[0])
    plan = extractive_plan(s, [host, a, b], ["2017-04-20"])
    rows = {r.name: r for r in plan.actors}
    assert "Freedonia, Osprey" in rows and rows["Freedonia, Osprey"].shared_with == "Elbonia"
