"""Session 15 (issue 10): one person, one actor row, whatever words open the name; an undated corpus's empty timeline says why."""
from __future__ import annotations

import pytest

from briefing.actors import (
    case_aliases,
    core_name,
    find_actors,
    full_name,
    opening_word_aliases,
    person_aliases,
    pet_form_of,
    redirect_to_person,
    same_first_name,
    subject_of,
)
from briefing.backing import parties
from briefing.layout import UNDATED_TIMELINE, undated
from briefing.types import Citation


def test_a_pet_form_in_ie_or_y_is_the_full_first_name() -> None:
    assert pet_form_of("bernie", "bernard") and pet_form_of("freddie", "frederick")
    assert same_first_name("Bernie", "Bernard") and same_first_name("Bernard", "Bernie")
    assert not pet_form_of("mary", "margaret")  # 'Mar': too short a stem to be a pet form
    assert not same_first_name("Bernie", "Benjamin") and not pet_form_of("bernard", "bernie")


def test_the_core_full_name_is_the_one_longer_names_end_with() -> None:
    assert core_name("Reid Roe", ["Attorney Reid Roe", "Reid Roe"])
    assert not core_name("Attorney Reid Roe", ["Attorney Reid Roe", "Reid Roe"])
    out = person_aliases(["Attorney Reid Roe", "Reid Roe", "Mr Roe"], {"Attorney Reid Roe": 1, "Reid Roe": 1, "Mr Roe": 2})
    assert out == {"Attorney Reid Roe": "Reid Roe", "Mr Roe": "Reid Roe"}


def test_described_names_are_compared_with_the_shortest_full_name() -> None:
    out = person_aliases(["Jan Roe", "Prime Minister Jan Roe", "Wednesday Jan Roe", "Mr Roe"])
    assert set(out) == {"Prime Minister Jan Roe", "Wednesday Jan Roe", "Mr Roe"} and set(out.values()) == {"Jan Roe"}
    assert full_name({"Jan Roe", "Home Secretary Jan Roe", "Ex-Home Secretary Jan Roe", "Mr Roe"}, "Jan Roe") == "Jan Roe"
    assert full_name({"Attorney Reid Roe", "Reid Roe", "Mr Roe"}, "Attorney Reid Roe") == "Reid Roe"


def test_a_name_sent_to_a_titled_form_follows_it_to_the_full_name() -> None:
    assert redirect_to_person({"Roe": "Mr Roe", "Xcorp Ltd": "Xcorp"}, {"Mr Roe": "Jan Roe"}) == {"Roe": "Jan Roe"}


def test_a_lower_case_word_opening_a_name_is_not_the_names() -> None:
    lower = {"former", "boss", "secretary", "ex", "home", "united", "office"}
    names = ["Former Xcorp", "Xcorp", "Ex-Home Secretary Jan Roe", "Pensions Secretary Jan Roe", "Wednesday Jan Roe", "London Stock Exchange", "United States", "Home Office"]
    out = opening_word_aliases(names, lower)
    assert out == {"Former Xcorp": "Xcorp", "Ex-Home Secretary Jan Roe": "Jan Roe", "Pensions Secretary Jan Roe": "Jan Roe", "Wednesday Jan Roe": "Jan Roe"}
    assert opening_word_aliases(["Former Ycorp"], lower) == {}  # 'Ycorp' is never named alone: nothing says the rest is a name
    assert opening_word_aliases(["Xland Observatory for Human Rights"], lower | {"for"}) == {}  # 'for' is the name's own word


def test_names_differing_in_case_are_one_party() -> None:
    assert case_aliases(["XCorp", "Xcorp", "Roe"], {"XCorp": 5, "Xcorp": 2}) == {"Xcorp": "XCorp"}



# British house style with a described first mention, a pet name and a sentence-opening 'Former'.
PERSON_EVIDENCE = [
    "Former Xcorp boss Bernie Roe is on trial, accused of a large accounting fraud.",
    "Mr Roe denied the charges of fraud and conspiracy at the trial.",
    "Bernard Roe told the jury he never made accounting decisions at Xcorp.",
    "Mr Roe said his finance chief had a keen command of the numbers.",
    "The former Xcorp chief faces a long sentence if convicted.",
    "Xcorp said it had cooperated with prosecutors in the trial.",
    "Attorney Reid Doe told jurors the witness had lied.",
    "Mr Doe said the witness wanted a lighter sentence.",
    "Reid Doe questioned the witness for two days at the trial.",
]


def test_one_person_is_one_actor_row_under_the_full_name() -> None:
    topic = "the fraud trial of Bernie Roe"
    subject = subject_of(topic, PERSON_EVIDENCE)
    names = [a.name for a in find_actors(PERSON_EVIDENCE, [1.0] * len(PERSON_EVIDENCE), subject)]
    roes = [n for n in names if "Roe" in n]
    assert len(roes) == 1 and roes[0] in ("Bernie Roe", "Bernard Roe")
    assert "Former Xcorp" not in names and "Attorney Reid Doe" not in names and "Mr Doe" not in names


def test_an_undated_corpus_says_why_its_timeline_is_empty() -> None:
    cited = [Citation(id=1, doc_id="d1", chunk_id="d1-0", quote="x", published=None)]
    assert undated(cited, {"d1": None}) and not undated(cited, {"d1": "2005-02-27"}) and not undated([], {})
    assert "publication date" in UNDATED_TIMELINE


def test_help_with_a_bare_verb_backs_no_party_after_it() -> None:
    from briefing.backing import backings, helps_an_action

    assert helps_an_action("help", "buy Xcorp") and helps_an_action("helped", "rebuild Xville")
    assert not helps_an_action("help", "the rebels") and not helps_an_action("helped", "moderate rebels") and not helps_an_action("supports", "buy Xcorp")
    assert backings("The Kremlin said the bank lent Ycorp cash to help buy Xcorp.") == []  # not ('Ycorp', 'Xcorp')
    assert [(b.backer, b.backed) for b in backings("Ruritania helped moderate rebels in the north.")] == [("Ruritania", "rebels")]


def test_a_rebel_backer_in_a_list_of_regime_allies_backs_the_rebels() -> None:
    from briefing.backing import backings, role_compound

    s = "Elbonia, fellow regime ally Ruritania and rebel-backer Freedonia have hosted talks in the capital."
    got = {(b.backer, b.backed) for b in backings(s)}
    assert ("Freedonia", "rebels") in got and ("Freedonia", "government") not in got and ("Ruritania", "government") in got
    assert role_compound("rebel-backer Freedonia", parties("rebel-backer Freedonia")[0])


def test_a_place_in_the_clause_is_not_whom_help_goes_to() -> None:
    from briefing.backing import backings, placed

    s = "In recent months the Kurds have inflicted a series of defeats on the terror network in northern Freedonia with the help of US-led airpower."
    assert [(b.backer, b.backed) for b in backings(s)] == [("United States", "Kurds")]  # not ('United States', 'Freedonia')
    assert placed(s, next(p for p in parties(s) if p.name == "Freedonia"))


def test_a_name_after_an_indefinite_article_is_a_kind_not_a_party() -> None:
    from briefing.actors import common_noun_use

    assert common_noun_use("Xist", ["Jan Roe, a Xist, said he would resign."])
    assert common_noun_use("Xaward", ["She won an Xaward in 2004."])
    assert not common_noun_use("Xcorp", ["A Xcorp spokesman said the talks had failed."])  # it qualifies the noun after it
    assert not common_noun_use("Xcorp", ["Xcorp said the talks had failed."])
    assert not common_noun_use("Canada", ["It is a Canada in miniature, said Roe."])  # a country is always a party's name


def test_a_former_official_is_not_the_states_own_person() -> None:
    from briefing.actors import state_people

    serving = ["U.S. Envoy Jan Smit said the talks had failed.", "U.S. Envoy Jan Smit met the rebels."]
    former = ["The candidate, former U.S. Envoy Jan Smit, won the vote.", "He beat former U.S. Envoy Jan Smit in the race."]
    assert state_people(serving) == {"United States": {"Smit"}}
    assert not any("Smit" in people for people in state_people(former).values())


def test_a_subject_nobody_backs_gets_who_did_what_rows() -> None:
    evidence = [
        "Ycorp acquired Xunit at an auction on Sunday for $9bn.", "Ycorp said the purchase of Xunit was legal.",
        "Zbank provided Ycorp the money to buy Xunit.", "Zbank said it had lent the money for Xunit.",
        "Xunit was sold to pay the tax bill.", "Xcorp filed for bankruptcy in a court.",
    ]
    subject = subject_of("the forced sale of Xcorp's main production unit Xunitgas (Xunit) to pay back taxes", evidence)
    assert subject.names  # the topic names its subject, and no sentence backs it
    assert "Ycorp" in [a.name for a in find_actors(evidence, [1.0] * len(evidence), subject)]


def test_the_header_says_when_actor_rows_cite_later_reports() -> None:
    from briefing.layout import later_rows_note

    note = later_rows_note("2017-04-04", ["2017-04-04", "2017-11-27", "2016-01-02"], "2026-01-01", "cited reports span 2016-01 to 2017-11")
    assert note == "date of the findings; later cited reports run to 2017-11-27; cited reports span 2016-01 to 2017-11"
    assert later_rows_note("2017-11-27", ["2017-04-04", "2017-11-27"], "2026-01-01", "") == ""  # nothing later: no note
    assert later_rows_note("2017-04-04", ["2030-01-01"], "2026-01-01", "") == ""  # a date after today is never cited as later



@pytest.mark.parametrize("sentence,backer,fights", [
    ("Rebel-backer Washington accuses the regime of killing more than 1400 people with chemical weapons.", "United States", False),
    ("Russia said the strikes killed 30 militants.", "Russia", False),
    ("Elbonian jets struck rebel positions, backing the regime of Freedonia.", "Elbonian", True),
    ("Russia bombed rebel positions in support of the government.", "Russia", True),
    ("The town was targeted by both the Syrian regime and its Russian ally.", "Russia", True),
])
def test_a_backer_fights_only_when_its_own_verb_is_the_attack(sentence: str, backer: str, fights: bool) -> None:
    from briefing.backing import fights_alongside, parties

    party = next(p for p in parties(sentence) if p.name == backer)
    assert fights_alongside(sentence, party) is fights
