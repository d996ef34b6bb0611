"""Session-5 reader fixes for answerable questions, each on plain sentences (see docs/benchmarks.md, "Session 5 (answers)").

Made-up names only: the corpus decides the topic.
"""
from __future__ import annotations

from collections import Counter

from briefing.assembly import continues, corroborating
from briefing.candidates import Scored, answer_pattern, counted_noun, counts_noun
from briefing.cite import EvidencePool
from briefing.question import analyse, correct_typos, edit_distance
from briefing.retrieve import anchored, outlet_matches
from briefing.types import Chunk, Document, Evidence, Span


def _ev(text: str, doc_id: str) -> Evidence:
    """One passage; each sentence (ended by '. ') is a span, as ingest writes them."""
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if start + len(part) >= len(text) else 1)
        spans.append(Span(start=start, end=end, orig_start=start, orig_end=end))
        start = end + 1
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=spans)
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, content_hash="h"), score=1.0)


# Retrieval: a rare word matched first by BM25 is read even when the meaning ranking puts it low.
def test_the_best_lexical_hits_are_moved_into_the_first_k() -> None:
    fused = ["a", "b", "c", "d", "e", "f"]
    assert anchored(fused, ["f", "a"], k=3, anchors=2) == ["a", "b", "f", "c", "d", "e"]
    assert anchored(fused, ["a"], k=3, anchors=1) == fused  # already in
    assert anchored(fused, ["f"], k=3, anchors=0) == fused


def test_an_outlet_named_with_its_arabic_article_matches_the_stored_source() -> None:
    assert outlet_matches("Al Manara", {"manara", "almarsad"}) == ["manara"]
    assert outlet_matches("Al-Marsad", {"manara", "almarsad"}) == ["almarsad"]
    assert outlet_matches("Alma", {"ma"}) == []  # a short remainder is no outlet


# Question analysis: outlets that report or describe, 'the name of', 'give the number', 'how does X describe', two-part questions.
def test_outlets_that_report_describe_or_give_a_figure_are_constraints() -> None:
    assert analyse("How does Elbon Today describe the new dam?").outlets == ["Elbon Today"]
    assert analyse("What toll does Radio Velmar report for the raid?").outlets == ["Radio Velmar"]
    shape = analyse("What death toll did the Red Cross give for the flood in Velmar, and what toll does Elbon Today report?")
    assert shape.answer_type == "comparison" and shape.outlets == ["Red Cross", "Elbon Today"]


def test_answer_types_of_imperative_and_description_questions() -> None:
    assert analyse("Tell me the name of the 17-year-old Velmar resident who was wounded in his sleep.").answer_type == "person"
    assert analyse("What is the name of the village that was shelled?").answer_type == "place"
    assert analyse("Give the number of fighters the army said were killed over 24 hours.").answer_type == "number"
    assert analyse("How does Ruritania regard the monitor's reports?").answer_type == "other"
    assert analyse("How did Ruritania explain the blast?").answer_type == "reason"


def test_a_misspelt_word_is_corrected_to_the_evidence_word_one_edit_away() -> None:
    words = Counter("in 2017 the elbonian government estimated the numbers of uyghur fighters at 5,000 near hama".split())
    q = "how many uighur fightrs did the elbonian goverment estimate in 2017"
    assert correct_typos(q, words) == "how many uyghur fighters did the elbonian government estimate in 2017"
    assert correct_typos("what did hamas say", words) == "what did hamas say"  # short words may be other names
    assert correct_typos("Did Uighur leaders speak?", words) == "Did Uighur leaders speak?"  # capitalised: a name
    assert edit_distance("fightrs", "fighters") == 1 and edit_distance("abcdef", "uvwxyz") == 3


# Scoring: 'how many <noun>' is answered by a number of that noun.
def test_the_counted_noun_and_a_number_of_it() -> None:
    assert counted_noun("how many parked cars were damaged in the shelling") == "cars"
    assert counted_noun("How many children died in the school attack?") == "children"
    assert counted_noun("How many foreign volunteers fled the town?") == "volunteers"
    assert counts_noun("The attack also damaged a number of shops and two parked cars.", "cars")
    assert counts_noun("Among the dead were 22 children.", "children")
    assert not counts_noun("Thirty-five people were killed as children gathered outside.", "children")
    assert not counts_noun("Children were hurt on 12 March 2016.", "children")


def test_the_role_a_person_question_asks_for_stands_next_to_the_name() -> None:
    p = answer_pattern("Tell me the name of the 17-year-old Velmar resident who was wounded in his sleep.")
    assert p is not None and p.search('"My father was injured too" a local resident Jon Brask said.')
    p = answer_pattern("Who is the executive director of the Elbon Relief Programme?")
    assert p is not None and p.search("Mara Lind Executive Director of the Elbon Relief Programme said so.")


# Assembly: an enumeration's next part, and other outlets that report the same sentence.
def test_a_sentence_that_carries_on_an_enumeration() -> None:
    assert continues("The second is being fought by the river alliance on the eastern bank.")
    assert continues("Another was led by the northern brigades.")
    assert not continues("The army said it advanced.")


def test_other_articles_reporting_the_same_sentence_are_cited_beside_it() -> None:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    a = "The defence ministry said a helicopter was shot down near Velmar on Monday, killing all five people on board."
    b = "The Ministry of Defence said that a helicopter was shot down near Velmar on Monday killing all five people on board."
    c = "The defence ministry said a helicopter was shot down near Velmar on Monday, killing all three people on board."
    d = "Rebels said they had seized a hill near Velmar on Monday."
    pool = EvidencePool([_ev(a, "d1"), _ev(b, "d2"), _ev(c, "d3"), _ev(d, "d4")], embedder=get_embedder(Settings()), store=None)  # type: ignore[arg-type]
    ranked = [Scored(i, 1.0 - i / 10, 0.5, 0.5) for i in range(4)]
    # b says the same with the same number; c gives another number; d reports something else.
    assert corroborating(pool, ranked, 0, {0}) == [1]


def test_a_person_question_answered_by_an_unnamed_official_takes_the_later_sentence_naming_the_speaker() -> None:
    from briefing.assembly import named_speaker

    text = ("Ninety-two civilians were killed on Saturday in Velmar, a civil defence official said. "
            "Rescue teams worked through the night. "
            "Speaking to Elbon Radio, Jon Brask said the warplanes targeted four districts.")
    pool = EvidencePool([_ev(text, "d1")], embedder=None, store=None)  # type: ignore[arg-type]
    shape = analyse("Which civil defence official reported 92 civilians killed in Velmar?")
    first = next(i for i, s in enumerate(pool.sentences) if s.text.startswith("Ninety-two"))
    named = named_speaker(pool, shape, first)
    assert named is not None and "Jon Brask" in pool.sentences[named].text
    assert named_speaker(pool, analyse("How many civilians were killed in Velmar?"), first) is None


def test_a_passage_whose_text_names_the_asked_month_fits_best() -> None:
    from briefing.retrieve import date_fit

    shape = analyse("In December 2013, how many children were killed in Velmar?")
    late = Document(doc_id="a", content_hash="h", published="2014-12-16")
    assert date_fit(shape, late, "December 16 2013 Barrel bombs killed 28 children in Velmar.") == 0
    assert date_fit(shape, Document(doc_id="b", content_hash="h", published="2013-12-20"), "Bombs fell on Velmar.") == 0
    assert date_fit(shape, Document(doc_id="c", content_hash="h", published="2013-06-10"), "Bombs fell on Velmar.") == 2


def test_a_sentence_is_about_the_asked_year_by_its_article_date_its_own_year_or_its_article_dateline() -> None:
    from briefing.assembly import dates_year, sentence_fits_date

    def doc(published: str) -> Document:
        return Document(doc_id="d", content_hash="h", published=published)

    shape = analyse("How many civilians were killed in Velmar in 2014?")
    assert sentence_fits_date(shape, "At least 15 civilians were killed on Thursday.", doc("2014-07-29"), "")
    # An article of 2016 that names 2014 only as the start of a span says nothing about 2014.
    article = "Around 600 people have been killed in strikes since September 2014. At least 15 civilians were killed on Thursday."
    assert not sentence_fits_date(shape, "At least 15 civilians were killed on Thursday.", doc("2016-07-29"), article)
    assert sentence_fits_date(shape, "Around 600 people have been killed in strikes since September 2014.", doc("2016-07-29"), article)
    # A dateline the metadata lacks dates the article; 'Last September' in an article of the next year.
    assert sentence_fits_date(shape, "Ten people were killed on Sunday.", doc("2015-12-16"), "December 16 2014 Ten people were killed on Sunday.")
    sept = analyse("What deal did Jon Brask sign in September 2023?")
    assert sentence_fits_date(sept, "Last September, Jon Brask signed a partnership deal.", doc("2024-12-02"), "Last September, Jon Brask signed a partnership deal.")
    assert not sentence_fits_date(sept, "On Monday, Jon Brask signed a partnership deal.", doc("2024-12-02"), "On Monday, Jon Brask signed a partnership deal.")
    assert dates_year("The raid on 5 July 2014 killed ten.", 2014) and not dates_year("Fighting since 2014.", 2014)
