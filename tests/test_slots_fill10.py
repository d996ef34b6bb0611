"""Session 10: does an answer sentence fill the asked slot (slots.asked_head, fills_slot, slot_fill_failure)?
Sentences only; the names are made up."""
from briefing.question import analyse
from briefing.slots import asked_head, fills_slot, slot_fill_failure


def test_asked_head_per_answer_type() -> None:
    assert asked_head(analyse("How many ambulances were hit in the Velmar bombing?")) == ["ambulances"]
    assert asked_head(analyse("Who ordered the raid on Korvath?")) == ["ordered"]
    assert asked_head(analyse("Who is the ambassador of Ruritania to Elbonia?")) == ["ambassador"]
    assert asked_head(analyse("Which group fired the rocket on Velmar?")) == ["fired"]
    assert asked_head(analyse("When did the rebels recapture Velmar?")) == ["recapture"]
    assert asked_head(analyse("Why did the Zenda Front close its office in Velmar?")) == ["close"]


def test_no_slot_for_speech_and_yes_no_questions() -> None:
    assert asked_head(analyse("Who said the convoy was hit near Velmar?")) == []  # the speaker checks read these
    assert asked_head(analyse("Did the rebels recapture Velmar?")) == []


def test_a_count_of_the_asked_noun_fills_the_slot() -> None:
    shape = analyse("How many ambulances were hit in the Velmar bombing?")
    assert fills_slot("Three ambulances were hit in the bombing.", shape, asked_head(shape))
    assert not fills_slot("The bombing in Velmar killed 12 people and hit the hospital.", shape, asked_head(shape))


def test_the_agent_of_the_asked_verb_fills_a_who_slot() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    assert fills_slot("The raid on Korvath was ordered by General Tarek Vossi.", shape, asked_head(shape))
    assert not fills_slot("The raid on Korvath killed 12 people, the monitor said.", shape, asked_head(shape))


def test_a_date_of_another_event_does_not_fill_a_when_slot() -> None:
    shape = analyse("When did the rebels recapture Velmar?")
    assert fills_slot("Rebels recaptured Velmar on Tuesday.", shape, asked_head(shape))
    assert not fills_slot("On Tuesday the army shelled the outskirts; the rebels later recaptured Velmar.", shape, asked_head(shape))


def test_the_failure_names_the_missing_detail() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    why = slot_fill_failure(shape, ["The raid on Korvath killed 12 people, the monitor said."])
    assert why is not None and "a name" in why and "ordered" in why
    assert slot_fill_failure(shape, ["The raid on Korvath was ordered by General Tarek Vossi."]) is None


# ---- Wired into the refusal decision (answerability.slot_fill_failures, judge): real EvidencePool, sentences only. ----
from briefing.answerability import SLOT_FILL_SCORE, judge, refusal_model, slot_fill_failures  # noqa: E402
from briefing.candidates import Scored  # noqa: E402
from briefing.cite import EvidencePool  # noqa: E402
from briefing.types import Chunk, Document, Evidence, Span  # noqa: E402


def _pool(texts: list[str]) -> EvidencePool:
    evidence = []
    for i, text in enumerate(texts):
        chunk = Chunk(chunk_id=f"d{i}:0", doc_id=f"d{i}", index=0, text=text, tokens=len(text.split()), spans=[Span(start=0, end=len(text), orig_start=0, orig_end=len(text))])
        evidence.append(Evidence(chunk=chunk, document=Document(doc_id=f"d{i}", content_hash="h"), score=1.0))
    return EvidencePool(evidence, embedder=None, store=None)  # type: ignore[arg-type]  # the checks read sentence texts only


def _ranked(n: int, score: float) -> list[Scored]:
    return [Scored(index=i, score=score, similarity=0.7, coverage=0.5) for i in range(n)]


def test_slot_fill_refuses_a_weak_answer_that_names_no_one_and_says_why() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    pool = _pool(["The raid on Korvath killed 12 people, the monitor said."])
    assert [k for k, _ in slot_fill_failures(shape, pool, _ranked(1, SLOT_FILL_SCORE - 0.1), [0])] == ["slot_fill"]
    assert "slot_fill" in refusal_model().vetoes
    # A name stands in the answer (the name check passes) but not as the one who ordered the raid.
    named = _pool(["General Tarek Vossi visited Korvath after the raid."])
    why = judge(shape, named.evidence, named, _ranked(1, SLOT_FILL_SCORE - 0.1), [0])
    assert why is not None and "a name for 'ordered'" in why


def test_slot_fill_passes_a_filled_slot_a_strong_answer_and_other_types() -> None:
    shape = analyse("Who ordered the raid on Korvath?")
    filled = _pool(["The raid on Korvath was ordered by General Tarek Vossi."])
    assert list(slot_fill_failures(shape, filled, _ranked(1, SLOT_FILL_SCORE - 0.1), [0])) == []
    unfilled = _pool(["The raid on Korvath killed 12 people, the monitor said."])
    assert list(slot_fill_failures(shape, unfilled, _ranked(1, SLOT_FILL_SCORE + 0.1), [0])) == []  # a strong best sentence: left to the other checks
    count = analyse("How many ambulances were hit in the Korvath raid?")  # numbers: count_bound reads them
    assert list(slot_fill_failures(count, unfilled, _ranked(1, SLOT_FILL_SCORE - 0.1), [0])) == []


def test_a_later_top_candidate_may_fill_the_slot() -> None:
    shape = analyse("When did the rebels recapture Velmar?")
    pool = _pool(["Rebels entered Velmar after heavy fighting.", "The rebels recaptured Velmar on Tuesday."])
    assert list(slot_fill_failures(shape, pool, _ranked(2, SLOT_FILL_SCORE - 0.1), [0])) == []
    assert [k for k, _ in slot_fill_failures(shape, _pool(["Rebels entered Velmar after heavy fighting."]), _ranked(1, SLOT_FILL_SCORE - 0.1), [0])] == ["slot_fill"]
