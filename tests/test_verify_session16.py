"""Verifier rules of session 16, one sentence at a time: WordNet's opposites read by lemma in the opposite-predicate
check ('praised' against 'has criticised', 'approved' against 'disapproved', 'were true' against 'false accusations'),
and the subject of a participle of saying as the speaker ('Zenda has pushed back ..., saying it is ...'). Each rule has
its faithful and its false side. Names are invented."""
from __future__ import annotations

import pytest

# ---- WordNet's opposites, by lemma ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, opposite",
    [("hired", "fire"), ("criticised", "praise"), ("praised", "criticize"), ("disapproved", "approve"), ("false", "true"), ("unlikely", "likely")],
)
def test_opposite_lemmas_reads_every_inflection_and_spelling(word: str, opposite: str) -> None:
    from briefing.antonyms import opposite_lemmas

    assert opposite in opposite_lemmas(word)


@pytest.mark.parametrize("word", ["went", "came", "give", "take", "on", "off", "said", "Varga"])
def test_light_verbs_particles_and_names_have_no_opposite(word: str) -> None:
    from briefing.antonyms import opposite_lemmas

    assert opposite_lemmas(word) == frozenset()


@pytest.mark.parametrize(
    "claim, evidence, said",
    [
        ("The committee has praised Zenda's plan to resettle returnees in new villages.",
         "Zenda plans to resettle most returnees in new villages, an approach the committee has criticised in the past.", "criticised"),
        ("Osman said he strongly approved of the growing tendency to censor live broadcasts.",
         "However, Osman added that he strongly disapproved of the growing tendency to censor live broadcasts.", "disapproved"),
        ("Varga said in his statement that the accusations of treason against him were true.",
         "In the statement Varga said it was painful to endure the false accusations of treason over the past months.", "false"),
    ],
)
def test_a_predicate_stated_as_its_wordnet_opposite_is_contradicted(claim: str, evidence: str, said: str) -> None:
    from briefing.polarity import check_opposites
    from briefing.verify import decompose, rules

    verdict, _, problems = rules(claim, [evidence])
    assert verdict == "contradicted", problems
    assert any(f"'{said}'" in p.reason for p in check_opposites(decompose(claim), [evidence]))


@pytest.mark.parametrize(
    "claim, evidence",
    [
        # the same word: no opposite
        ("The committee has criticised Zenda's plan to resettle returnees in new villages.",
         "Zenda plans to resettle most returnees in new villages, an approach the committee has criticized in the past."),
        # the opposite negated: 'did not criticise' is no criticism
        ("The committee praised Zenda's plan to resettle returnees in new villages.",
         "The committee praised Zenda's plan to resettle returnees in new villages and did not criticise its cost."),
        # a light verb of many senses: 'went ahead' is not the opposite of 'came'
        ("The sale went ahead despite a restraining order from a court.",
         "The sale came despite a restraining order issued by a court in Zenda."),
    ],
)
def test_no_opposite_is_read_where_the_evidence_states_the_claim(claim: str, evidence: str) -> None:
    from briefing.polarity import check_opposites
    from briefing.verify import decompose

    assert check_opposites(decompose(claim), [evidence]) == []


def test_the_opposite_in_a_clause_about_something_else_is_not_read() -> None:
    from briefing.polarity import check_opposites
    from briefing.verify import decompose

    # 'unlikely' stands in the evidence, but about the weather, sharing no words with the claim's statement
    claim = decompose("Osman said the talks with Varga would likely resume in May.")
    assert check_opposites(claim, ["Osman said the talks with Varga would resume in May, though rain was unlikely."]) == []


# ---- a participle of saying: its subject is the speaker ------------------------------------------------------------


@pytest.mark.parametrize(
    "speaker, sentence",
    [
        ("Zenda", "Zenda has repeatedly pushed back at suggestions it should do more to rein in Varga, saying it is fully enforcing the sanctions."),
        ("Osman", "Mr Osman also left the party saying Mr Varga would \"deliver better\" as its leader."),
        ("Anna Varga", "Anna Varga, a senator from Zenda, wrote to the minister on Friday saying there were serious concerns."),
    ],
)
def test_the_subject_of_a_participle_of_saying_is_its_speaker(speaker: str, sentence: str) -> None:
    from briefing.attribution import saying_subject

    assert saying_subject(speaker, sentence)


@pytest.mark.parametrize(
    "speaker, sentence",
    [
        ("Varga", "Zenda criticised Varga, saying he had lied about the sanctions."),  # the object is not the speaker
        ("Varga", "Zenda criticised Varga and said he had lied about the sanctions."),  # no participle
        ("Osman", "Mr Varga also left the party, saying Mr Osman would deliver better as its leader."),
    ],
)
def test_a_name_after_the_verb_is_not_the_speaker_of_the_participle(speaker: str, sentence: str) -> None:
    from briefing.attribution import saying_subject

    assert not saying_subject(speaker, sentence)


def test_a_claim_x_said_is_supported_by_x_saying() -> None:
    from briefing.verify import rules

    claim = "Osman said Varga would deliver better as the leader of a new party."
    verdict, _, problems = rules(claim, ["Mr Osman also left the union saying Mr Varga would \"deliver better\" as the leader of a new party."])
    assert not any(p.kind == "speaker" for p in problems), problems
    verdict, _, problems = rules("Varga said Osman would deliver better as the leader of a new party.",
                                 ["Mr Osman also left the union saying Mr Varga would \"deliver better\" as the leader of a new party."])
    assert any(p.kind == "speaker" for p in problems), problems
