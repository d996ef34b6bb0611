"""Session-6 reader: place answers are places, comparisons answer each side. Plain sentences, made-up names."""
from __future__ import annotations

from briefing.assembly import named_span, side_sentences, side_terms
from briefing.candidates import Scored, asks_country, is_country, place_names
from briefing.cite import EvidencePool
from briefing.question import analyse, comparison_sides
from .sentences import evidence


_ev = evidence


def test_a_country_or_nationality_is_no_town() -> None:
    assert is_country("France") and is_country("Frances") and is_country("French")
    assert not is_country("Paris")  # a capital is a city
    assert not is_country("Velmar")


def test_place_names_stand_after_a_locative_word_and_are_not_weekdays_organisations_or_countries() -> None:
    text = "Jets struck the town of Velmar near Port Elbon on Thursday, the Elbonian Observatory for Peace in France said."
    found = place_names(text, set())
    assert {"velmar", "port elbon"} <= found
    assert "thursday" not in found and not any("observatory" in n for n in found) and "france" not in found
    assert "france" in place_names(text, set(), countries=True)
    assert place_names("Rebels shelled Velmar and captured Dorn.", {"velmar"}) == {"dorn"}


def test_which_town_is_not_answered_by_a_town_in_a_country() -> None:
    shape = analyse("Which town in Ostria province was hit by air strikes that killed 11 civilians?")
    assert named_span("At least 11 civilians were killed in air strikes on a rebel-held town in Frances northern Ostria province.", shape) is False
    assert named_span("The strikes on the town of Velmar in Ostria province were carried out by jets.", shape) is True
    # A nationality before the noun does not hide the name after it.
    assert named_span("Jets struck the northern French town of Velmar on Tuesday, killing 11 civilians.", shape) is True


def test_where_wants_a_place_and_which_country_accepts_a_country() -> None:
    where = analyse("Where did the car bomb hit the convoy of evacuees?")
    assert named_span("A car bomb hit a convoy of buses carrying civilians out of two besieged French towns.", where) is False
    assert named_span("The buses were waiting in the Dorn district when the bomb went off.", where) is True
    assert asks_country("Which country sent the troops?") and not asks_country("Which town did the troops enter?")
    assert named_span("The troops arrived from France on Monday.", analyse("Which country sent the troops?")) is True


def test_comparison_sides_are_read_from_the_question() -> None:
    assert comparison_sides("Which raid killed more: the barrel bomb on Velmar or the strike on Dorn?") == ["barrel bomb on Velmar", "the strike on Dorn"]
    assert comparison_sides("How many were wounded in Velmar, and how many in Dorn?") == ["How many were wounded in Velmar", "how many in Dorn"]
    assert comparison_sides("Was the toll higher in Velmar or in Dorn?") == ["Velmar", "Dorn"]
    assert analyse("Which came first: the visit to Dorn or the offensive?").answer_type == "comparison"
    assert analyse("How many were killed in Velmar?").sides == []


def test_side_terms_keep_each_sides_own_words() -> None:
    own = side_terms(["How many died in Velmar in air strikes", "how many in shelling"])
    assert "shell" in own[1] and "velmar" in own[0] and not own[0] & own[1]


def test_each_side_of_a_comparison_gets_its_own_sentence() -> None:
    text = ["Five people died in air strikes on the market of Velmar on Wednesday.",
            "Rescuers searched the rubble for hours.",
            "Another three were killed in shelling earlier that day."]
    pool = EvidencePool([_ev(text)], embedder=None, store=None)  # type: ignore[arg-type]
    shape = analyse("In Velmar, how many died in air strikes and how many in shelling?")
    assert shape.answer_type == "comparison" and len(shape.sides) == 2
    idx = {s.text.split()[0]: i for i, s in enumerate(pool.sentences)}
    ranked = [Scored(idx["Five"], 1.0, 0.6, 0.6), Scored(idx["Rescuers"], 0.7, 0.4, 0.2), Scored(idx["Another"], 0.6, 0.5, 0.3)]
    assert side_sentences(shape, pool, ranked, [idx["Five"]], ranked[0]) == [idx["Another"]]
    # A side already stated is not added twice; a sentence far below the best is not taken.
    assert side_sentences(shape, pool, ranked, [idx["Five"], idx["Another"]], ranked[0]) == []
    low = [ranked[0], ranked[1], Scored(idx["Another"], 0.2, 0.1, 0.1)]
    assert side_sentences(shape, pool, low, [idx["Five"]], ranked[0]) == []


def test_a_sentence_dated_by_a_written_day_outside_the_asked_month_does_not_fit() -> None:
    from briefing.assembly import other_month

    shape = analyse("In August 2016, how many were wounded in Velmar?")
    assert other_month(shape, "On July 5 rockets wounded 25 people in Velmar.", "2016-08-10")
    assert not other_month(shape, "On August 9 rockets wounded 25 people in Velmar.", "2016-08-10")
    # A weekday or a background date dates nothing the question can be checked against.
    assert not other_month(shape, "Rockets wounded 25 people in Velmar on Wednesday.", "2016-08-10")
    assert not other_month(shape, "Since July 2015 rockets have wounded 25 people.", "2016-08-10")
    assert not other_month(analyse("How many were wounded in Velmar?"), "On July 5 rockets wounded 25.", "2016-08-10")


def test_an_articles_own_dateline_is_read_in_words() -> None:
    from briefing.retrieve import date_fit, dateline_words
    from briefing.types import Document

    assert dateline_words("December 16 2013 Death toll in the raid on Velmar rises to 76.") == "December 16 2013"
    assert dateline_words("Date of publication 5 July 2016 The bomber was on a motorcycle.") == "July 5 2016"
    assert dateline_words("Rebels shelled Velmar.") == ""
    # Metadata a year late: the dateline read beside the text makes the article fit the asked month.
    shape = analyse("In December 2013, how many children were killed in Velmar?")
    late = Document(doc_id="a", content_hash="h", published="2014-12-16")
    assert date_fit(shape, late, "Barrel bombs killed 28 children in Velmar.") > 0
    assert date_fit(shape, late, dateline_words("December 16 2013 Raid on Velmar") + " Barrel bombs killed 28 children in Velmar.") == 0


def test_a_which_town_answer_takes_the_neighbour_that_names_the_town() -> None:
    from briefing.assembly import choose
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    text = ["At least 11 civilians were killed in air strikes on a rebel-held town in Frances northern Ostria province on Wednesday.",
            "The monitor said the strikes on the town of Velmar in Ostria province were carried out by jets."]
    other = ["Earlier this week an attack hit the town of Dorn in Ostria, killing at least 87 civilians."]
    class Originals:  # the one store read choose makes: an article's text, to tell adjacent sentences
        def original(self, doc_id: str) -> str:
            return " ".join(text if doc_id == "d1" else other)

    pool = EvidencePool([_ev(text, "d1"), _ev(other, "d2")], embedder=get_embedder(Settings()), store=Originals())  # type: ignore[arg-type]
    shape = analyse("Which town in Ostria province was hit by air strikes that killed at least 11 civilians?")
    ranked = [Scored(0, 1.0, 0.8, 0.7), Scored(2, 0.9, 0.7, 0.5), Scored(1, 0.5, 0.4, 0.3)]
    chosen = choose(shape, pool, ranked, Settings())
    assert chosen[:2] == [0, 1]


def test_a_capital_as_speaker_speaks_in_passages_naming_its_country() -> None:
    from briefing.assembly import same_state

    shape = analyse("What kind of plant did Paris say its jets destroyed near Velmar?")
    assert shape.outlets == ["Paris"]
    a = _ev(["France confirmed that six jets struck near Velmar but said it had destroyed a chemical weapons factory."], "d1")
    b = _ev(["Rebels said they had seized a hill near Velmar on Monday."], "d2")
    assert same_state(shape, [a, b]) == [a]
    assert same_state(analyse("What did the Velmar Council say about the factory?"), [a, b]) == []
