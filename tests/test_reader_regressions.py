"""Session-4 reader fixes, each on plain sentences: what the held-out questions showed (see docs/benchmarks.md)."""
from __future__ import annotations

from briefing.answerability import constraint_failure, figure_near
from briefing.assembly import other_sides
from briefing.candidates import Scored, carries_type, count_text
from briefing.cite import EvidencePool
from briefing.clean import body_start, clean, is_debris
from briefing.question import analyse
from briefing.types import Chunk, Document, Evidence, Span


def _ev(text: str, doc_id: str = "d1", source: str | None = None) -> Evidence:
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=[Span(start=0, end=len(text), orig_start=0, orig_end=len(text))])
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, source=source, content_hash="h"), score=1.0)


def _pool(evidence: list[Evidence]) -> EvidencePool:
    # No vectors or originals are read by the functions under test: no embedder or store needed.
    return EvidencePool(evidence, embedder=None, store=None)  # type: ignore[arg-type]


# Ingest: a credit glued before the reporting is cut, the reporting kept; a list of names is not a headline.
def test_glued_credit_is_cut_and_the_reporting_kept() -> None:
    s = "(Wire and Agencies) The army is investigating reports that at least 73 civilians were killed in strikes."
    assert s[body_start(s):].startswith("The army is investigating")
    s2 = "Rebels Retake Hill Near Velmar MOSCOW (Wire) The base was attacked on Sunday in the Naba area of the province."
    assert s2[body_start(s2):].startswith("The base was attacked")
    assert body_start("The army (AFP) said so.") == 0
    text = "Strikes hit the valley on Monday. (Wire and Agencies) The army is investigating reports that at least 73 civilians were killed."
    assert "73 civilians" in " ".join(clean(text, "Strikes").sentence_texts())


def test_a_comma_less_list_of_names_is_not_a_glued_headline() -> None:
    assert not is_debris("Jets bombed the towns of Anadan Khan Touman Alzorba Qibtan Aljabal Kafarnaha and Babees in rural Velmar with phosphorous.")
    assert not is_debris("Leader of the Revolution in Elbonia Imam Sayyed Ali Oran had repeatedly accused the envoy of lying.")
    assert is_debris("REUTERS Jane Roe Forces Get the Better of Rebels in Battle for Velmar The army said it advanced.")
    assert is_debris("Dozens Killed Injured in Terrorist Missile Attack on Velmar City Hospital.")


# Answer type: a year or a day of a month dates an event, it does not count anything.
def test_years_and_days_are_not_counts() -> None:
    shape = analyse("How many fighters did the Front send into the city?")
    assert not carries_type("The Front has held the city since 2015.", shape)
    assert not carries_type("The attack on 12 March 2016 was repelled.", shape)
    assert carries_type("Some two hundred fighters arrived on July 11.", shape)
    assert count_text("at 14:30 on May 5") .split() == ["at", "on"]


# 'How many times': 'times' frames the count; the evidence need not write it.
def test_how_many_times_is_not_refused_for_the_word_times() -> None:
    ev = [_ev("Since the truce began on February 27 the rebels had breached it on 677 occasions.")]
    assert constraint_failure(analyse("How many times had the rebels breached the truce?"), ev) is None
    assert "lorries" in (constraint_failure(analyse("How many lorries had the rebels breached?"), ev) or "")


# Unanswerable statistic: the best sentences talk about the event but state no figure.
def test_a_figure_question_needs_a_figure_near_the_best_sentences() -> None:
    ev = [_ev("Elbonian jets backed the counteroffensive on Thursday.", "a"), _ev("Rebels held the town since 2015.", "b")]
    pool = _pool(ev)
    shape = analyse("How many Elbonian jets are stationed in the region?")
    ranked = [Scored(i, 1.0 - i / 10, 0.6, 0.5, carries_type(pool.sentences[i].text, shape)) for i in range(len(pool.sentences))]
    assert not figure_near(shape, pool, ranked)
    ev.append(_ev("Twelve Elbonian jets are stationed at the base.", "c"))
    pool = _pool(ev)
    ranked = [Scored(i, 1.0 - i / 10, 0.6, 0.5, carries_type(pool.sentences[i].text, shape)) for i in range(len(pool.sentences))]
    assert figure_near(shape, pool, ranked)


# Comparison of two outlets: each outlet's best sentence speaks.
def test_a_two_outlet_comparison_quotes_both_outlets() -> None:
    ev = [_ev("At least 73 civilians were killed near the town, the monitor said.", "a", "wirea"),
          _ev("The strikes near the town killed 56 civilians on Tuesday.", "b", "wirea"),
          _ev("More than 100 civilians died in the strikes near the town.", "c", "wireb")]
    pool = _pool(ev)
    shape = analyse("Did WireA and WireB report the same number of civilians killed near the town?")
    assert shape.answer_type == "comparison" and shape.outlets == ["WireA", "WireB"]
    ranked = [Scored(i, 1.0 - i / 10, 0.6, 0.5, True) for i in range(3)]
    assert other_sides(shape, pool, ranked, [0, 1], ranked[0]) == [2]
    assert other_sides(shape, pool, ranked, [0, 2], ranked[0]) == []


# Wrong speaker: 'did X say' makes X a constraint like an outlet; the figure must come from X's passages.
def test_a_figure_attributed_to_a_speaker_must_come_from_that_speaker() -> None:
    shape = analyse("How many children did Relief Watch say were killed in the strike on Velmar?")
    assert shape.outlets == ["Relief Watch"]
    ev = [_ev("Twelve children were killed in the strike on Velmar, the monitor said.", "a"),
          _ev("Relief Watch said aid convoys reached Dorvan on Monday.", "b")]
    assert "velmar" in (constraint_failure(shape, ev) or "").lower()
    ev.append(_ev("Relief Watch said 12 children died in the strike on Velmar.", "c"))
    assert constraint_failure(shape, ev) is None
    # Cited reports: 'the ISW report cited by DayFR' names two outlets.
    assert analyse("According to the ISW report cited by DayFR, who visited Moscow?").outlets == ["ISW", "DayFR"]
