"""Session-7 verifier mechanisms, each fed sentences directly: compound names stated by their parts, each claim clause's
values checked on the evidence sentence it is aligned to, negative implicatives and negated heads the claim replaces,
and opposite predicates read clause by clause. Invented places and people throughout."""
from __future__ import annotations

import pytest

from briefing.align import aligned, check_aligned_values, ordinals
from briefing.claims import decompose, negations, real_names
from briefing.matching import name_parts, stated
from briefing.verify import rules


# ---- compound names stated by their parts -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "term, parts",
    [
        ("zenda's al-qasr quarter", ["zenda", "al-qasr quarter"]),
        ("rebel-held al-marj", ["rebel", "al-marj"]),
        ("kurdish-controlled hamdan", ["kurdish", "hamdan"]),
        ("ostra-velna-al-tur", ["ostra", "velna", "al-tur"]),
        ("al-nusra front", ["al-nusra front"]),
        ("ruritania", ["ruritania"]),
    ],
)
def test_name_parts(term: str, parts: list[str]) -> None:
    assert name_parts(term) == parts


def test_compound_name_stated_by_its_parts() -> None:
    text = "Shelling hit the al-Qasr quarter of Zenda city on Monday."
    assert stated("zenda's al-qasr quarter", text)
    assert stated("rebel-held al-marj", "barrel bombs fell on the rebel-held town of Al-Marj")
    # every part must be stated: a compound whose other name is absent is not
    assert not stated("zenda's al-qasr quarter", "Shelling hit the al-Qasr quarter of Velna city.")
    assert not stated("kurdish-controlled hamdan", "refugees reached Hamdan province")


def test_leading_quantity_of_is_no_name() -> None:
    assert "thousands of ostrans" not in real_names("Thousands of Ostrans have entered Zenda in recent years.")
    assert "ostrans" in real_names("Thousands of Ostrans have entered Zenda in recent years.")


# ---- alignment: each clause's values on the sentence that states the clause ------------------------------------------

TWO = [
    "Militia forces entered the village of Harun on Tuesday during an offensive on the border.",
    "Villagers found the bodies when they returned to their homes after the militia forces pulled back on Wednesday.",
]


def test_aligned_picks_the_sentence_stating_the_clause() -> None:
    assert aligned("Militia forces entered Harun", TWO) == 0
    assert aligned("the militia forces pulled back", TWO) == 1


def test_swapped_dates_across_sentences_are_not_supported() -> None:
    claim = decompose("Militia forces entered Harun on Wednesday and pulled back on Tuesday.")
    problems = check_aligned_values(claim, TWO)
    assert {p.kind for p in problems} == {"date"}
    verdict, _, _ = rules("Militia forces entered Harun on Wednesday and pulled back on Tuesday.", TWO)
    assert verdict != "supported"


def test_dates_on_their_own_sentences_pass() -> None:
    claim = decompose("Militia forces entered Harun on Tuesday and pulled back on Wednesday.")
    assert check_aligned_values(claim, TWO) == []


def test_number_stated_of_another_event_in_the_unit() -> None:
    ev = ["Gunmen attacked Velna on Thursday with rockets and killed three civilians.", "Rockets on the market injured thirty other people."]
    bad = decompose("Gunmen killed thirty civilians in Velna.")
    assert any(p.kind == "value" for p in check_aligned_values(bad, ev))
    good = decompose("Gunmen killed three civilians in Velna.")
    assert check_aligned_values(good, ev) == []


def test_value_in_the_title_line_counts() -> None:
    claim = decompose("The blast in Velna killed four people on Monday.")
    ev = ["A car bomb in Velna killed four people on Sunday."]
    assert any(p.kind == "date" for p in check_aligned_values(claim, ev))
    # a sentence without a date of its own leaves the date to check_dates (the unit and the title line)
    assert check_aligned_values(claim, ["A car bomb in Velna killed four people."]) == []
    assert check_aligned_values(claim, ev, titles="Monday: car bomb kills four in Velna") == []


def test_ordinals() -> None:
    assert ordinals("Zenda, the country's third biggest city, and its second port") == {"third", "second"}
    assert ordinals("For the first time, talks were held on 3 March") == set()
    claim = decompose("Zenda, the country's third biggest city, has 700000 people.")
    assert any(p.kind == "value" for p in check_aligned_values(claim, ["Zenda, the country's fourth biggest city, has 700000 people."]))
    assert check_aligned_values(claim, ["Zenda the countrys third biggest city has 700000 people."]) == []


# ---- polarity: negative implicatives and a replaced negated head ------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Militia forces prevented the evacuation of the wounded.",
        "The monitor said it was unlikely that the blast was an accident.",
        "The truce excludes the Velna Front.",
        "The shelling was a new violation of the truce.",
        "The jets held back from striking the town.",
    ],
)
def test_negative_implicatives_are_negations(sentence: str) -> None:
    assert negations(sentence)


def test_prevented_contradicts_the_positive() -> None:
    ev = ["Activists said militia forces prevented the evacuation of the wounded for treatment despite pleas by the Red Crescent."]
    assert rules("The Red Crescent evacuated the wounded for treatment.", ev)[0] == "contradicted"
    # both deny it: 'stopped' states what 'prevented' does
    assert rules("Activists said militia forces stopped the evacuation of the wounded despite pleas by the Red Crescent.", ev)[0] != "contradicted"


def test_unlikely_contradicts_probably() -> None:
    ev = ["The monitor said it was unlikely that the attack on the camp was an accident."]
    assert rules("The monitor said the attack on the camp was probably an accident.", ev)[0] == "contradicted"


def test_negated_head_replaced_by_the_claims_verb() -> None:
    ev = ["Harun said rocket fire on the city caused several casualties but he was unable to provide an exact toll."]
    assert rules("Harun gave an exact toll for the rocket fire.", ev)[0] == "contradicted"
    # the positive part of the sentence still supports its own claim
    assert rules("Harun said rocket fire on the city caused several casualties.", ev)[0] == "supported"


# ---- opposite predicates, clause by clause ----------------------------------------------------------------------

def test_opposite_in_another_clause_of_the_sentence() -> None:
    ev = ["Witnesses first said the groom was among the dead but a relative told the agency that both bride and groom were safe and well."]
    assert rules("Both the bride and the groom were killed, a relative told the agency.", ev)[0] == "contradicted"


def test_new_opposite_pairs() -> None:
    assert rules("The truce covers the Velna Front.", ["The truce excludes the Velna Front and the Ostra Brigade."])[0] == "contradicted"
    assert rules("Doctor Lena Marsh, head of the clinic, survived the shelling.", ["One of those killed in the shelling was Lena Marsh, head of the clinic."])[0] == "contradicted"
    ev = ["Ostra has in recent days intensified its air raids in support of the militia."]
    assert rules("Ostra has scaled back its air raids in support of the militia in recent days.", ev)[0] == "contradicted"
    assert rules("Ostra has stepped up its air raids in support of the militia in recent days.", ev)[0] == "supported"


# ---- alignment: places, bounds, a value stated of the same thing in the other sentence ----------------------------

def test_place_on_the_aligned_sentence() -> None:
    ev = ["Two commanders were among the dead in Harun.", "Lena Marsh, the brigade commander, was killed in a bomb explosion near Velna."]
    assert rules("Lena Marsh, the brigade commander, was killed in a bomb explosion in Harun.", ev)[0] != "supported"
    assert rules("Lena Marsh, the brigade commander, was killed in a bomb explosion in Velna.", ev)[0] == "supported"


def test_bounds() -> None:
    from briefing.align import bounds

    assert bounds("more than 30 miles and less than 5 km") == {"30": "lower", "5": "upper"}
    assert rules("Harun lies more than 30 miles from Velna.", ["Harun is located less than 30 miles from Velna."])[0] == "contradicted"
    assert rules("Harun lies less than 30 miles from Velna.", ["Harun is located less than 30 miles from Velna."])[0] == "supported"


def test_value_with_its_noun_in_the_other_sentence() -> None:
    ev = ['"There have been at least 45 air strikes today.', 'The clinic was hit and 3 people were killed" activist Omar Velnai told the agency.']
    claim = decompose("Activist Omar Velnai said there had been at least 45 air strikes that day.")
    assert not [p for p in check_aligned_values(claim, ev) if p.kind == "value"]
    claim = decompose("Activist Omar Velnai said 45 people were killed at the clinic that day.")
    assert [p for p in check_aligned_values(claim, ev) if p.kind == "value"]


# ---- what is planned is not done, whatever verb the claim uses; killed is not wounded ------------------------------

def test_planned_deed_with_another_verb() -> None:
    ev = ["The Ostran military is willing to participate in some way alongside the Zendan army that is fighting the militants in Harun, the envoy said."]
    assert rules("The Ostran military has joined the Zendan army in fighting in Harun.", ev)[0] != "supported"
    ev = ["Elders reached an agreement with officials that the fighters would leave the town and hand over the prisoners in exchange for a halt to the shelling."]
    assert rules("The fighters handed over the prisoners under the agreement.", ev)[0] != "supported"
    assert rules("Under the agreement the fighters would hand over the prisoners.", ev)[0] == "supported"


def test_killed_is_not_injured() -> None:
    ev = ["Gunmen fired three rocket shells on Harun injuring a citizen and causing material damage."]
    assert rules("Three rocket shells fired on Harun killed a citizen.", ev)[0] == "contradicted"
    assert rules("Three rocket shells fired on Harun injured a citizen.", ev)[0] == "supported"
    # a sentence stating both outcomes supports either
    both = ["Three people were killed and five wounded by a rocket that hit Harun."]
    assert rules("A rocket that hit Harun killed three people.", both)[0] == "supported"


def test_according_to_a_report_is_a_hedge() -> None:
    ev = ["According to a report from a think tank, the president visited Velna on November 30."]
    assert rules("The president visited Velna on November 30.", ev)[0] != "supported"
    assert rules("According to a report, the president visited Velna on November 30.", ev)[0] == "supported"
    # a verbatim match under a negation is no support either
    assert rules("Harun sent troops to Velna.", ["It is not true that Harun sent troops to Velna."])[0] != "supported"


# ---- guards: where the rules above must stay silent ---------------------------------------------------------------

def test_replaced_head_must_stand_before_the_denied_words() -> None:
    ev = ["Officials say airdrops not imminent Militia bombing raids around Velna killed 31 civilians Friday including 10 on a bus, the rescuers said."]
    assert rules("The rescuers said militia raids around Velna killed 31 civilians on Friday, ten of them on a bus.", ev)[0] != "contradicted"


def test_a_clause_with_the_claims_word_outweighs_an_opposite() -> None:
    ev = ["A truck bomb in Velna killed at least 44 people, and more than 100 others were wounded in the blast."]
    assert rules("A truck bomb killed at least 44 people in Velna.", ev)[0] == "supported"


def test_number_glued_to_its_unit_is_stated() -> None:
    from briefing.cite import support
    import numpy as np

    ev = ["The forces came within just 20km of the river before they were driven out."]
    c = support("The forces had got within 20 km of the river.", np.ones(2) / np.sqrt(2), ev, np.ones((1, 2)) / np.sqrt(2), 0.5)
    assert not any(m.startswith("not in the evidence") for m in c.missing), c.missing
    assert not any("'20'" in m or "'km'" in m for m in c.missing), c.missing


def test_single_name_with_a_modifier_part() -> None:
    assert stated("zendan-led", "under cover of Zendan-led coalition strikes")
    assert not stated("velnan-led", "under cover of Zendan-led coalition strikes")


def test_inverted_speaker_at_the_end_of_a_sentence() -> None:
    from briefing.claims import attributions

    said = attributions("The bodies were found on Friday two days after militants kidnapped them in Harun province said the Zendan Observatory.")
    assert any(a.speaker == "Zendan Observatory" for a in said)
