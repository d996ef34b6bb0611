"""Session-7 reader: the best sentence's article names the answer in another sentence; keyword questions have a type.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

from briefing.assembly import article_span, span_strength
from briefing.candidates import Scored, answer_names, answer_pattern, telegraphic_noun
from briefing.cite import EvidencePool
from briefing.lexical import names
from briefing.question import analyse, telegraphic_type
from .sentences import evidence


_ev = evidence


def test_keyword_questions_are_typed_by_their_last_word() -> None:
    assert telegraphic_type("Velmar suicide blast toll?") == "number"
    assert telegraphic_type("Dorn market bomb wounded?") == "number"
    assert telegraphic_type("Velmar Dorn distance?") == "quantity"
    assert telegraphic_type("Bombing near Velmar: militants killed?") == "number"  # the keywords after a colon
    assert telegraphic_type("How did the bombing end?") is None  # a question word: the usual rules type it
    assert telegraphic_type("Velmar civilians?") is None
    assert telegraphic_type("the reports from the south of the country say that many of them were killed") is None  # a sentence, not keywords
    assert analyse("Velmar suicide blast toll?").answer_type == "number"


def test_keyword_count_questions_name_their_counted_noun_only_when_it_is_a_plural() -> None:
    assert telegraphic_noun("Velmar children killed?") == "children"
    assert telegraphic_noun("Bombing near Velmar: fighters killed?") == "fighters"
    assert telegraphic_noun("Dorn car bomb wounded?") is None
    assert telegraphic_noun("How many children were killed?") is None  # counted_noun reads 'how many' questions


def test_descriptions_countries_and_nationalities_are_no_answer_names() -> None:
    shape = analyse("Which two Ostrian-held towns did the militants attack?")
    known = set(names(shape.text))
    got = answer_names("Militants attacked a Dornish-controlled town on the border with France on Saturday.", shape, known)
    assert got == set()
    assert answer_names("The fighters attacked Velmar and the nearby town of Karsk.", shape, known) == {"velmar", "karsk"}


def test_which_area_south_of_a_city_asks_for_an_area() -> None:
    p = answer_pattern("Near which area south of Port Elbon did the car bomb hit?")
    assert p is not None and p.search("It said the bombing took place near the al-Zarqa area south of the city.")


def test_span_strength_counts_the_asked_span() -> None:
    towns = analyse("Which two villages did the Army of Dorn shell?")
    known = set(names(towns.text))
    assert span_strength("The alliance heavily shelled the last two villages of the province.", towns, known) == 0
    assert span_strength("The Army of Dorn began its assault on Velmar and Karsk on Wednesday.", towns, known) == 2
    kids = analyse("Velmar children killed?")
    assert span_strength("The children and women were killed on Thursday in strikes on a home.", kids, set(names(kids.text))) == 0
    assert span_strength("Ten children and five women were killed in strikes on the province.", kids, set(names(kids.text))) == 1
    assert span_strength("Twelve died.", analyse("Why did they leave?"), set()) is None  # no span to test for a reason


def test_the_best_articles_sentence_that_names_the_answer_joins_it() -> None:
    shape = analyse("Which two villages did the Army of Dorn shell in July?")
    text = [
        "The Army of Dorn heavily shelled the last two villages held by the government in the province.",
        "Aid workers said the roads were closed.",
        "The Army of Dorn began its assault on Velmar and Karsk on Wednesday.",
    ]
    other = ["Reporters in Ostria named Tarn and Vell as the towns hit by the storm."]
    pool = EvidencePool([_ev(text, "d1"), _ev(other, "d2")], embedder=None, store=None)  # type: ignore[arg-type]
    at = {s.text: i for i, s in enumerate(pool.sentences)}
    best, answer, far = at[text[0]], at[text[2]], at[other[0]]
    ranked = [Scored(best, 0.9, 0.7, 0.5), Scored(far, 0.8, 0.6, 0.4), Scored(answer, 0.6, 0.5, 0.3)]
    assert article_span(shape, pool, ranked, ranked[0]) == answer  # another article's names are not this event's
    # Below SPAN_RATIO of the best it does not answer; a best sentence that already names both needs nothing.
    assert article_span(shape, pool, [ranked[0], Scored(answer, 0.4, 0.4, 0.3)], ranked[0]) is None
    assert article_span(shape, pool, [Scored(answer, 0.9, 0.7, 0.5), Scored(best, 0.8, 0.6, 0.4)], Scored(answer, 0.9, 0.7, 0.5)) is None


def test_the_neighbours_of_the_best_covering_sentences_are_scored() -> None:
    from briefing.candidates import score_sentences
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    text = ["Jets struck a suburb town northeast of Port Elbon on Saturday, killing thirty civilians.",
            "The raids hit a clinic in Velmar."]
    filler = [f"Officials in Dorn held meeting number {i} on trade." for i in range(5)]
    class Originals:  # the one store read neighbours make: an article's text, to tell adjacent sentences
        def original(self, doc_id: str) -> str:
            return " ".join(text if doc_id == "d1" else filler)

    pool = EvidencePool([_ev(filler, "d2"), _ev(text, "d1")], embedder=get_embedder(Settings()), store=Originals())  # type: ignore[arg-type]
    q = "Which town northeast of Port Elbon was hit by jets that killed thirty civilians on Saturday?"
    # With room for one sentence by word coverage (and the first passage's lead), the best one's neighbour is scored too.
    ranked = score_sentences(pool, q, pool.embedder.embed([q])[0], limit=1)
    assert any(pool.sentences[s.index].text == text[1] for s in ranked)


def test_a_how_many_side_is_answered_by_a_sentence_that_counts() -> None:
    from briefing.assembly import side_sentences, states_count

    assert states_count("Snipers opened fire, leaving two people injured.")
    assert not states_count("Troops hit positions in Dorn in 2016, killing and injuring scores of fighters.")  # a year counts nothing
    text = ["Snipers fired into Velmar, wounding three civilians.",
            "Troops hit positions in Dorn, killing and injuring scores of fighters.",
            "Shells fell on Dorn, leaving two people wounded."]
    pool = EvidencePool([_ev(text)], embedder=None, store=None)  # type: ignore[arg-type]
    shape = analyse("How many civilians were wounded in Velmar, and how many in Dorn?")
    ranked = [Scored(0, 1.0, 0.6, 0.6), Scored(1, 0.7, 0.5, 0.4), Scored(2, 0.6, 0.5, 0.3)]
    assert side_sentences(shape, pool, ranked, [0], ranked[0]) == [2]
