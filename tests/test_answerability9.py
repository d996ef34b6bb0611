"""Session 9 signal: the rarest question word no evidence passage states (answerability.unstated_rarity), fed sentences."""
from __future__ import annotations

import pytest

from briefing.answerability import chunk_frequency, corpus_rarity, unstated_rarity, unstated_words
from briefing.lexical import LexicalIndex


def test_unstated_words_sees_inflections_and_synonym_forms() -> None:
    passages = ["Rebels killed twelve villagers and wounded others in the northern town."]
    # 'kill' (as 'killed'), 'villager' (as 'villagers'), 'town': stated in another form; 'sponsor' is not.
    assert unstated_words("Which club sponsored the rebels who kill villagers in the town?", passages) == ["club", "sponsored"]


def test_unstated_words_never_counts_question_frame_calendar_or_numbers() -> None:
    passages = ["The council met in the capital."]
    assert unstated_words("When did the council meet in the capital in July 2016?", passages) == []
    assert unstated_words("Describe what the council said in 2019.", passages) == []


def test_unstated_words_reads_every_passage() -> None:
    passages = ["Pilgrims visit the shrine.", "The shrine was bombed in April."]
    assert unstated_words("How many pilgrims visit the bombed shrine?", passages) == []


def test_corpus_rarity_scales_to_corpus_size() -> None:
    assert corpus_rarity(0, 50) == pytest.approx(1.0)
    assert corpus_rarity(0, 5000) == pytest.approx(1.0)
    # a word in half the chunks is common whatever the corpus size
    assert corpus_rarity(25, 50) < 0.2 and corpus_rarity(2500, 5000) < 0.2
    assert corpus_rarity(1, 5000) > corpus_rarity(100, 5000) > corpus_rarity(1000, 5000)
    assert corpus_rarity(3, 0) == 0.0


def test_chunk_frequency_counts_live_chunks_of_a_real_index() -> None:
    texts = ["Shells hit the market.", "A shell hit the school.", "The school reopened."]
    index = LexicalIndex.build(["a", "b", "c"], texts, [{"doc_id": d} for d in ("d1", "d2", "d3")], "g1")
    assert chunk_frequency(index, "shells") == 2  # 'shell' and 'shells' share a stem
    assert chunk_frequency(index, "school") == 2
    assert chunk_frequency(index, "pilgrims") == 0


def test_unstated_rarity_names_the_rarest_missing_word() -> None:
    passages = ["The ministry said 14 people died when shells hit the market on Sunday."]
    rarity = {"football": 0.9, "club": 0.5}
    value, word = unstated_rarity("Which football club did the ministry sponsor?", passages, rarity)
    assert word == "sponsor" and value == 1.0  # a word no chunk of the corpus holds is as rare as can be
    rarity["sponsor"] = 0.3
    assert unstated_rarity("Which football club did the ministry sponsor?", passages, rarity) == (0.9, "football")
    assert unstated_rarity("How many people died when shells hit the market?", passages, rarity) == (0.0, None)


def test_hinge_words_leave_out_cited_outlets_compounds_and_other_languages() -> None:
    from briefing.answerability import hinge_words
    from briefing.question import analyse

    passages = ["Shells hit the market, the agency said."]
    assert hinge_words(analyse("According to Zenda News, which football club did the market sponsor?"), passages) == ["football", "club", "sponsor"]
    assert "xi-assad" not in hinge_words(analyse("How did the Xi-Assad deal describe the market?"), passages)
    assert hinge_words(analyse("Qui a bombardé le marché de la ville ?"), passages) == []


def test_checks_measured_to_refuse_only_answerable_questions_are_not_vetoes() -> None:
    import json

    from briefing.answerability import CHECK_KINDS, MODEL_FILE, refusal_model

    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    dropped = set(data.get("not_vetoes", {}))
    assert dropped and dropped <= set(CHECK_KINDS)  # each a known check, each with its measured reason
    assert all(data["not_vetoes"][k] for k in dropped)
    assert not dropped & refusal_model().vetoes
