"""Session-5 refusal signals, each on plain sentences: the answer sentence must carry the question's typed constraint
(a number that counts the asked noun, the asked role, the named speaker), never a mere word."""
from __future__ import annotations

from briefing.answerability import answer_failure, count_bound, counted_words, last_word_stated, unresolved_outlets
from briefing.cite import EvidencePool
from briefing.question import analyse
from briefing.types import Chunk, Document, Evidence, Span


def _ev(text: str, doc_id: str = "d1", source: str | None = None) -> Evidence:
    chunk = Chunk(chunk_id=f"{doc_id}:0", doc_id=doc_id, index=0, text=text, tokens=len(text.split()), spans=[Span(start=0, end=len(text), orig_start=0, orig_end=len(text))])
    return Evidence(chunk=chunk, document=Document(doc_id=doc_id, source=source, content_hash="h"), score=1.0)


def _pool(evidence: list[Evidence]) -> EvidencePool:
    # answer_failure reads sentence texts and neighbours only: no embedder or store needed.
    return EvidencePool(evidence, embedder=None, store=None)  # type: ignore[arg-type]


def test_counted_words_are_the_noun_phrase_up_to_its_verb() -> None:
    assert counted_words(analyse("How many Ruritanian tanks took part in the push towards Velmar?")) == ["tanks"]
    assert counted_words(analyse("how many parked cars were damaged in that shelling")) == ["parked", "cars"]
    assert counted_words(analyse("How many aid staff visited the school after the attack?")) == ["aid", "staff"]
    assert counted_words(analyse("How many times did the army breach the truce?")) == []
    assert counted_words(analyse("Who commanded the garrison?")) == []


def test_a_number_must_count_the_asked_noun() -> None:
    # Statistic nobody reports: another number answers something else.
    assert not count_bound(["tanks"], "Fourteen fighters were killed as they tried to enter the villages, the army said.")
    assert not count_bound(["buses"], "A car bomb attack on buses carrying evacuees from two towns killed 43 people on Saturday.")
    assert not count_bound(["barrels"], "Medium-sized barrels containing toxic gases fell near the town.")  # no number at all
    assert not count_bound(["bombs"], "The truce that began on September 12 2016 ended when bombs fell.")  # times and dates do not count
    # The asked noun, its word forms and news synonyms, counted.
    assert count_bound(["tanks"], "At least 40 Ruritanian tanks crossed the border.")
    assert count_bound(["troops"], "Some 300 soldiers were sent to the city.")
    assert count_bound(["aircraft"], "Twelve warplanes took part in the raid.")
    assert count_bound(["civilians"], "The death toll among civilians rose to 27.")


def test_generic_people_count_binds_to_the_question_verb() -> None:
    q = "How many people had been injured in Velmar since 19 September?"
    assert count_bound(counted_words(analyse(q)), "At least 359 civilians have been killed and 1407 injured since then.", q)
    assert not count_bound(["cattle"], "At least 359 civilians have been killed and 1407 injured since then.", "How many cattle were killed?")


def test_answer_failure_names_the_uncounted_noun() -> None:
    pool = _pool([_ev("Fourteen fighters were killed near the villages, the army said. Rebels pushed towards Velmar on Sunday.")])
    why = answer_failure(analyse("How many Ruritanian tanks took part in the push towards Velmar?"), pool, [0])
    assert why is not None and "tanks" in why
    ok = _pool([_ev("The army said 22 Ruritanian tanks took part in the push towards Velmar.")])
    assert answer_failure(analyse("How many Ruritanian tanks took part in the push towards Velmar?"), ok, [0]) is None
    # Session 6: a name of the question its answer's passages never state is a changed detail, not an answer.
    other = _pool([_ev("The army said 22 tanks took part in the push towards Velmar.")])
    assert "ruritanian" in (answer_failure(analyse("How many Ruritanian tanks took part in the push towards Velmar?"), other, [0]) or "")
    # The neighbour of the chosen sentence may carry the count.
    near = _pool([_ev("Rebels pushed towards Velmar with armour on Sunday. The army said 22 tanks took part.")])
    assert answer_failure(analyse("How many tanks took part in the push towards Velmar?"), near, [0]) is None


def test_a_speaker_is_named_by_the_last_word_of_its_name() -> None:
    # Short words of a person's name are not distinctive for the name rule; the last one still has to stand.
    assert not last_word_stated("Elbonian Defence Minister Dong Jun", ["The Elbonian Foreign Ministry said that the defence minister would attend."])
    assert last_word_stated("Lin Tao", ["said Foreign Ministry Spokesman Lin Tao, according to a wire."])
    assert last_word_stated("the UN", ["The UN said so."])  # too short to say anything
    shape = analyse("What did Elbonian Defence Minister Dong Jun say about the fighting in Velmar?")
    ev = [_ev("In a statement on Monday, the Elbonian Foreign Ministry said it supports efforts in Velmar. The defence minister was not present.")]
    assert unresolved_outlets(shape, ev) == ["Elbonian Defence Minister Dong Jun"]
    ev_ok = [_ev("Elbonian Defence Minister Dong Jun said the fighting in Velmar must stop.")]
    assert unresolved_outlets(shape, ev_ok) == []


def test_a_count_noun_refers_back_to_the_asked_noun() -> None:
    text = "The Zembla militants have entered the country in the thousands. In 2017 the government estimated their numbers at around 5,000."
    assert count_bound(["fighters"], text)  # 'militants' is a news synonym of 'fighters'; 'their numbers' counts them
    assert not count_bound(["tanks"], text)


def test_a_number_by_the_question_verb_counts_the_noun_its_sentence_names() -> None:
    q = "How many Zembla rescuers were killed in the strike on their centre?"
    assert count_bound(["rescuers"], "Airstrikes struck a centre of rescuers in the east, killing eight volunteers, activists said.", q)
    # The verb alone does not bind when the sentence never names the asked noun.
    assert not count_bound(["cattle"], "Air strikes killed at least 27 people at the market.", "How many cattle were killed at the market?")
    # A noun of the question ('bombing') is not its verb: '43 people' near 'car bomb' does not count buses.
    q2 = "How many buses were destroyed in the depot bombing?"
    assert not count_bound(["buses"], "A suicide car bomb attack on buses carrying evacuees killed 43 people on Saturday.", q2)


def test_an_outlet_named_as_a_report_is_stated_by_the_articles_source_metadata() -> None:
    """'In the Zorbin report, ...': the outlet is in the source field, not in the article's words (issue 9, class 2)."""
    from briefing.answerability import answer_slot_failure

    shape = analyse("In the Zorbin report on the Velmar talks, how many delegates walked out?")
    text = "Twelve delegates walked out of the Velmar talks on Monday, officials said."
    pool = _pool([_ev(text, source="Zorbin")])
    assert answer_slot_failure(shape, pool, [0], [text], "", text) is None
    other = _pool([_ev(text, source="Kestrel Daily")])
    assert "zorbin" in (answer_slot_failure(shape, other, [0], [text], "", text) or "").lower()
