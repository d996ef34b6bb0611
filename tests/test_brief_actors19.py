"""Session 19 (issue 10): one actor per party. Spellings of one transliterated name, the well-known names of one
organisation, a shorter name beside the longer one named after it, a nationality's adjective before a party's name, and a
row's backed party read from the sentence it cites. Invented names throughout ('Kafrabulla', 'Xist')."""
from __future__ import annotations

from briefing.actors import (
    Actor,
    OTHER,
    SUBJECT,
    find_actors,
    known_aliases,
    merge_aliases,
    named_after_demonym,
    namesake,
    subject_of,
    transliteration_aliases,
    transliteration_variant,
)
from briefing.entities import known_party
from briefing.plan import cited_backing


def test_transliterations_of_one_name_are_variants():
    assert transliteration_variant("Kafrabulla", "Kefrabolla")  # vowels change, consonants and syllables stay
    assert transliteration_variant("Jaish al-Zuhur", "Jaysh al-Zuhour")  # word by word, 'al-' aside
    assert transliteration_variant("Kafrabulla", "Kafrabula")  # a doubled letter written once


def test_other_names_are_not_variants():
    assert not transliteration_variant("Hassan", "Hussein")  # under TRANSLITERATION_MIN letters: other people
    assert not transliteration_variant("Martabos", "Mortibis")  # three vowels changed: more than TRANSLITERATION_EDITS
    assert not transliteration_variant("Kafrabulla", "Kafrabulliya")  # one vowel run more: another name
    assert not transliteration_variant("Kafrabulla", "Kafrabutla")  # another consonant
    assert not transliteration_variant("Columbia", "Colombia")  # a country is never joined by spelling
    assert not transliteration_variant("Jaish al-Zuhur", "Jaish")  # another number of words


def test_variants_join_under_the_spelling_used_most_unless_one_sentence_names_both():
    counts = {"Kafrabulla": 6, "Kefrabolla": 2, "Kifrabulla": 1}
    together = {"Kafrabulla": {0, 1}, "Kefrabolla": {2}, "Kifrabulla": {3}}
    assert transliteration_aliases(list(counts), counts, together) == {"Kefrabolla": "Kafrabulla", "Kifrabulla": "Kafrabulla"}
    together["Kefrabolla"] = {1}  # 'Kafrabulla and Kefrabolla clashed': two parties
    assert transliteration_aliases(list(counts), counts, together) == {"Kifrabulla": "Kafrabulla"}


def test_well_known_names_of_one_organisation():
    assert known_party("ISIL") == known_party("Daesh") == known_party("Islamic State") == "Islamic State"
    assert known_party("daesh") == "Islamic State"
    assert known_party("Is") is None  # an acronym only as written
    assert known_party("Kafrabulla") is None
    assert known_aliases(["ISIS", "Daesh", "Kafrabulla", "ISIL"], {"Daesh": 5, "ISIS": 2, "ISIL": 1}) == {"ISIS": "Daesh", "ISIL": "Daesh"}


def test_a_name_named_alone_more_often_than_the_longer_name_it_opens_is_its_own_party():
    assert namesake("Xist", "Xist al-Nurava", {"Xist": 6, "Xist al-Nurava": 2})
    assert not namesake("Xist", "Xist Front", {"Xist": 1, "Xist Front": 3})
    assert "Xist" not in merge_aliases(["Xist", "Xist al-Nurava"], {"Xist": 6, "Xist al-Nurava": 2})
    assert merge_aliases(["Xist", "Xist Front"], {"Xist": 1, "Xist Front": 3}) == {"Xist": "Xist Front"}


def test_a_nationality_before_a_partys_name_names_that_party():
    names = {"Kafrabulla", "Lebanon"}
    assert named_after_demonym("Syrian troops backed by Lebanese Kafrabulla fighters advanced near the Lebanese border.", "Lebanon", names) == "Kafrabulla"
    assert named_after_demonym("The army backed by its Lebanese ally Kafrabulla shelled the town near the Lebanon border.", "Lebanon", names) == "Kafrabulla"
    assert named_after_demonym("The town fell to the Lebanese militant group Kafrabulla on Monday.", "Lebanon", names) == "Kafrabulla"
    assert named_after_demonym("Lebanon sent Kafrabulla fighters across the border.", "Lebanon", names) is None  # the state acts
    assert named_after_demonym("Lebanese troops backed the army.", "Lebanon", names) is None  # no party's name follows
    assert named_after_demonym("Lebanese officials met the Kafrabulla envoy.", "Lebanon", names) is None  # not next to the name


def test_the_nationality_does_not_take_the_partys_backing_row():
    sentences = [
        "At least 50 jihadists were killed overnight by Syrian troops backed by Lebanese Kafrabulla fighters near the Lebanese border a monitor said.",
        "The town was taken by the army and its ally Kafrabulla on Monday.",
        "Kafrabulla fighters said they had taken the hills.",
    ]
    actors = find_actors(sentences, [1.0] * len(sentences), subject_of("support for the Syrian government", sentences), {})
    assert [(a.name, a.backs) for a in actors] == [("Kafrabulla", "Syria")]  # on main: ('Lebanon', 'Syria')


def test_two_spellings_make_one_row():
    sentences = [
        "Kafrabulla is a close ally of the Syrian government and has sent fighters.",
        "The Syrian government is backed by Kefrabolla, a monitor said.",
        "The Syrian army was backed by Kafrabulla in the battle for the hills.",
        "Kefrabolla has been a key ally of the Syrian government since 2012.",
    ]
    names = [a.name for a in find_actors(sentences, [1.0] * len(sentences), subject_of("support for the Syrian government", sentences), {})]
    assert names == ["Kafrabulla"]  # on main: 'Kafrabulla' and 'Kefrabolla', two rows


def test_a_rows_backed_party_is_the_one_its_cited_sentence_states():
    a = Actor("Xland", side=OTHER, backs="Kurdish fighters", form="military")
    a.relations = {3: (OTHER, "Kurdish fighters", "military"), 7: (OTHER, "rebels", "")}
    a.backed_at = {3: ["Kurdish fighters"], 7: ["rebels"]}
    assert cited_backing(a, 7) == ("rebels", "military")  # 'Rebel-backer Xland accuses ...' shows it backing rebels
    assert cited_backing(a, 3) == ("Kurdish fighters", "military")
    assert cited_backing(a, None) == ("Kurdish fighters", "military")  # no sentence of its own: the actor's
    a.backed_at[7] = ["rebels", "Kurdish fighters"]
    assert cited_backing(a, 7) == ("Kurdish fighters", "military")  # the sentence states both: the actor's own
    a.backs = "Smit"
    a.relations[7] = (OTHER, "Smits", "")
    a.backed_at[7] = ["Smits"]
    assert cited_backing(a, 7) == ("Smit", "military")  # 'Smits government': a possessive that lost its apostrophe


def test_on_the_subjects_side_the_row_keeps_the_name_it_backs_most():
    a = Actor("Xland", side=SUBJECT, backs="Smit", form="military")
    a.relations = {2: (SUBJECT, "Ruritania", "")}
    a.backed_at = {2: ["Ruritania"]}
    assert cited_backing(a, 2) == ("Smit", "military")  # 'support for Ruritania': the subject, under the table's heading
