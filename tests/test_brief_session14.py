"""Session 14 (issue 10): one person, one actor row under the full name; table cells that say something on the topic."""
from __future__ import annotations

from briefing.actors import find_actors, person_aliases, person_title, same_first_name, subject_of

# British house style: named in full once, then by title and surname.
HOUSE_STYLE = [
    "Jane Roe, the finance minister, announced a new budget for the railway on Monday.",
    "Mr Doe criticised the budget for the railway, saying it would cut services.",
    "Ms Roe said the railway budget would protect jobs.",
    "Jonathan Doe, the opposition leader, said the railway budget was a betrayal.",
    "Ms Roe pressed ahead with the railway budget despite protests.",
    "Mr Doe called for a vote on the railway budget.",
    "Jon Doe has led the opposition since 2019.",
]


def test_titles_are_read_off_a_persons_name() -> None:
    assert person_title("Dr Jon Doe") == ("Dr", "Jon Doe")
    assert person_title("Mr. Roe") == ("Mr.", "Roe")
    assert person_title("Jane Roe") == ("", "Jane Roe")
    assert person_title("Mr") == ("", "Mr")  # a title alone is no name


def test_a_first_name_and_its_short_form_are_one_name() -> None:
    assert same_first_name("Jon", "Jonathan") and same_first_name("Bob", "Robert") and same_first_name("Chris", "Christopher")
    assert not same_first_name("Jane", "Tom") and not same_first_name("Al", "Alice")


def test_a_titled_surname_is_the_one_full_name_with_that_surname() -> None:
    out = person_aliases(["Jane Roe", "Ms Roe", "Mr Doe", "Jon Doe", "Dr Jon Doe"])
    assert out == {"Ms Roe": "Jane Roe", "Mr Doe": "Jon Doe", "Dr Jon Doe": "Jon Doe"}


def test_a_nickname_and_the_full_first_name_are_one_person() -> None:
    out = person_aliases(["Jonathan Doe", "Jon Doe", "Mr Doe"], {"Jonathan Doe": 3, "Jon Doe": 1, "Mr Doe": 5})
    assert out == {"Jon Doe": "Jonathan Doe", "Mr Doe": "Jonathan Doe"}


def test_two_people_of_one_surname_leave_the_titled_form_alone() -> None:
    assert person_aliases(["Jane Roe", "Tom Roe", "Mr Roe"]) == {}


def test_an_organisation_ending_in_a_surname_is_no_person() -> None:
    assert person_aliases(["Roe Foundation", "Mr Roe"]) == {}


def test_one_person_gets_one_actor_row_under_the_full_name() -> None:
    topic = "the railway budget"
    actors = find_actors(HOUSE_STYLE, [1.0] * len(HOUSE_STYLE), subject_of(topic, HOUSE_STYLE), {})
    names = [a.name for a in actors]
    assert sorted(names) == ["Jane Roe", "Jonathan Doe"]
    roe = next(a for a in actors if a.name == "Jane Roe")
    assert roe.mentions == [0, 2, 4]  # the full name's sentence and both 'Ms Roe' sentences


def test_a_surname_used_alone_shows_under_the_full_name_with_all_its_sentences() -> None:
    sentences = [
        "Kay Roe, the governor, signed the railway budget on Monday.",
        "Roe said the railway budget would protect jobs.",
        "Roe vetoed an amendment to the railway budget.",
        "Roe defended the railway budget in parliament.",
    ]
    actors = find_actors(sentences, [1.0] * len(sentences), subject_of("the railway budget", sentences), {})
    roe = next(a for a in actors if "Roe" in a.name)
    assert roe.name == "Kay Roe" and [a.name for a in actors].count(roe.name) == 1
    assert set(roe.acting) >= {1, 2, 3}  # the surname's sentences are the row's


# ---- an actor's cells: complete statements that tell a development (plan.complete_statement, tells_development) ----


def test_a_fragment_is_no_statement_for_a_cell() -> None:
    from briefing.plan import complete_statement

    assert not complete_statement("Mr Roe pressed.") and not complete_statement("Ms Roe confirmed the reports.")
    assert complete_statement("Mr Doe denied any role in the strike.")


def test_a_standing_description_tells_no_development() -> None:
    from briefing.plan import tells_development

    assert not tells_development("The firm also offers internet services.")
    assert not tells_development("Ms Roe comes from an old farming family in the north.")
    for done in ["Mr Doe denied any role in the budget cuts.", "Ms Roe rejects the plan as unworkable.",
                 "The firm will cut 300 jobs next year.", "Ms Roe has pressed ahead with the budget."]:
        assert tells_development(done), done


def _plan_of(texts: list[str], acting: list[int]):
    from briefing.actors import OTHER, Actor
    from briefing.lexical import terms
    from briefing.plan import Sentences, extractive_plan

    s = Sentences(
        texts=texts, evidence=list(range(len(texts))), groups=[f"doc{i}" for i in range(len(texts))],
        published=["2017-12-02"] * len(texts), relevance=[1.0] * len(texts), usable=[True] * len(texts),
        similar=lambda i, j: 1.0 if i == j else 0.0, topic_terms=set(terms("the railway budget")),
    )
    return extractive_plan(s, [Actor("Jane Roe", side=OTHER, acting=acting)], ["2017-12-02"] * len(texts))


def test_an_actors_row_skips_fragments_and_standing_descriptions() -> None:
    texts = [
        "Ms Roe pressed the railway budget.",  # 5 words: long enough; kept
        "Roe: railway budget.",
        "Ms Roe, whose family runs the railway budget office, comes from the north.",
        "Ms Roe told parliament on Monday the railway budget would protect 4,000 jobs.",
    ]
    plan = _plan_of(texts, [1, 2, 3, 0])
    shown = [d.text for a in plan.actors for d in [a.stance, a.latest, *a.body] if d]
    assert texts[1] not in shown and texts[2] not in (plan.actors[0].stance.text, plan.actors[0].latest.text if plan.actors[0].latest else "")
    assert plan.actors[0].stance.text == texts[3]


def test_a_country_row_keeps_its_name_and_two_people_of_one_surname_get_no_full_name() -> None:
    from briefing.actors import full_name

    assert full_name({"Ruritania", "Smit", "Jan Smit"}, "Ruritania") is None
    assert full_name({"Roe", "Jane Roe", "Tom Roe"}, "Roe") is None
    assert full_name({"Roe", "Jane Roe"}, "Roe") == "Jane Roe"
    assert full_name({"Mr Doe", "Jon Doe", "Jonathan Doe"}, "Mr Doe", {"Jonathan Doe": 2, "Jon Doe": 1}) == "Jonathan Doe"


def test_in_a_table_of_who_did_what_a_standing_description_is_not_the_actors_body_either() -> None:
    texts = [
        "Ms Roe told parliament on Monday the railway budget would protect 4,000 jobs.",
        "Ms Roe said on Tuesday the railway budget was fully costed.",
        "Ms Roe defended the railway budget against the unions on Wednesday.",
        "Ms Roe will present the railway budget to parliament again next week.",
        "Ms Roe, whose family runs the railway budget office, comes from the north.",
        "Ms Roe rejected a call from the unions to delay the railway budget.",
    ]
    plan = _plan_of(texts, list(range(len(texts))))
    body = [d.text for a in plan.actors for d in a.body]
    assert texts[5] in body and texts[4] not in body


def test_words_with_no_titled_form_are_no_person_and_a_mixed_row_keeps_its_name() -> None:
    from briefing.actors import full_name

    assert person_aliases(["Operation Xville Shield", "Xville Shield"]) == {}
    assert full_name({"Daesh", "Daesh Kaya", "Kaya"}, "Daesh Kaya") is None  # a party and a person glued together


def test_a_describing_word_before_the_name_is_the_same_person() -> None:
    assert person_aliases(["Republican Ray Moor", "Ray Moor", "Mr Moor"], {"Ray Moor": 3}) == {"Republican Ray Moor": "Ray Moor", "Mr Moor": "Ray Moor"}
