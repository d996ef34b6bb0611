"""A person named by surname alone in the evidence sentence ('Mr Varga replied', 'for Varga, 49, who ...') is the
claim's full name ('Anna Varga') when the cited article gives that full name and no other name in it ends with the
surname (matching.surname_reference, read by check_names). Names are invented."""
from __future__ import annotations

import pytest

ARTICLE = ("There was no prize for star Anna Varga, whose film took two awards. "
           "It was also a debut nomination for Varga, 49, who played the title role.")


@pytest.mark.parametrize(
    "unit",
    [
        "It was also a debut nomination for Varga, 49, who played the title role.",
        '"Not that I am aware of," Mrs Varga replied.',
        "But Varga said the film had been made in six weeks.",
        "Varga, 49, played the title role.",
    ],
)
def test_a_surname_alone_states_the_full_name_the_article_gives(unit: str) -> None:
    from briefing.matching import surname_reference

    assert surname_reference("anna varga", unit, ARTICLE + " " + unit)


def test_the_surname_does_not_state_a_full_name_the_article_never_gives() -> None:
    from briefing.matching import surname_reference

    unit = "It was also a debut nomination for Varga, 49, who played the title role."
    assert not surname_reference("anna varga", unit, unit)
    assert not surname_reference("anna varga", unit, "")


def test_a_surname_two_people_of_the_article_share_says_neither() -> None:
    from briefing.matching import surname_reference

    unit = "It was also a debut nomination for Varga, 49, who played the title role."
    assert not surname_reference("anna varga", unit, ARTICLE + " Her brother Tomas Varga directed it.")


def test_the_last_word_of_another_name_is_no_surname() -> None:
    from briefing.matching import surname_reference

    unit = "A source at the Zenda Police Command said the shells fell on the city."
    assert not surname_reference("ostra police command", unit, "Ostra Police Command and " + unit)
    assert not surname_reference("nina command", unit, "Nina Command spoke. " + unit)


def test_a_claim_naming_the_person_in_full_is_supported_by_the_surname_sentence() -> None:
    from briefing.verify import rules

    unit = "It was also a debut nomination for Varga, 49, who played the nurse Mira Holt in Tomas Lind's film."
    claim = "Anna Varga, 49, played the nurse Mira Holt in Tomas Lind's film."
    assert rules(claim, [unit])[0] != "supported"  # no article: the full name is an addition
    verdict, _, problems = rules(claim, [unit], "Stars denied Oscars\nThere was no prize for star Anna Varga. " + unit)
    assert verdict == "supported", problems


def test_a_changed_first_name_is_still_an_addition() -> None:
    from briefing.verify import rules

    unit = "It was also a debut nomination for Varga, 49, who played the nurse Mira Holt in Tomas Lind's film."
    claim = "Eva Varga, 49, played the nurse Mira Holt in Tomas Lind's film."
    verdict, _, problems = rules(claim, [unit], "Stars denied Oscars\nThere was no prize for star Anna Varga. " + unit)
    assert verdict != "supported" and any("eva varga" in p.reason for p in problems)
