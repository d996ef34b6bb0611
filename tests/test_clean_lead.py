"""The lead sentence survives furniture glued before it (tag runs, share stamps, doubled credits), and the
furniture itself stays out; quotes of the kept lead are verbatim."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from briefing.clean import clean, glued_body, is_debris

LEAD = "Intense Ruritanian shelling on the rebel-held Alphaville region has killed eight civilians and wounded 25 on Monday."
REST = "Six days of heavy bombing have killed dozens in the region. The monitor said the toll may rise."


@pytest.mark.parametrize(
    "lead, opens",
    [
        ("Tags Ruritania Alphaville Betaville Assan UN ZOHR " + LEAD, "Intense Ruritanian"),
        ("07.04.2017(updated 1404 07.04.2017) Get short URL Topic Ruritanian Missile Attack on Betaville Air Base (200) 2510 The "
         "intense shelling on the rebel-held Alphaville region has killed eight civilians and wounded 25 on Monday.", "The intense"),
        ("(AFP) (AFP) " + LEAD, "Intense Ruritanian"),
        ("Tags Ruritania Alphaville regime airstrikes Kafr Beta Sixteen shells on the rebel-held Alphaville region have killed eight "
         "civilians and wounded 25 on Monday.", "Sixteen shells"),
    ],
)
def test_lead_sentence_survives_glued_furniture(lead: str, opens: str) -> None:
    original = lead + " " + REST
    ct = clean(original, "Shelling kills eight in Alphaville")
    first = ct.sentence_texts()[0]
    assert first.startswith(opens)
    assert "killed eight civilians and wounded 25" in first
    for junk in ("Tags", "Get short URL", "(200)", "(AFP)", "ZOHR"):
        assert junk not in first
    a, b = ct.sentences[0]
    assert ct.quote(a, b) in original


def test_glued_body_needs_lead_furniture() -> None:
    assert glued_body("Ruritania Alphaville Intense shelling killed eight civilians on Monday in the north.") == 0
    # headlines of other articles after 'Related' are not this article's reporting
    assert glued_body("Tags Ruritania 43 Related Betaville says the army killed eight civilians on Monday in the north.") == 0
    # a bare tag run with no sentence after it gives nothing to keep
    assert glued_body("Tags Ruritania Alphaville Betaville ZOHR UN") == 0


def test_tag_run_only_is_still_dropped() -> None:
    ct = clean("Tags Ruritania Alphaville Betaville ZOHR UN\n" + REST, "Shelling kills eight in Alphaville")
    assert all("Tags" not in s for s in ct.sentence_texts())


_WORD = st.sampled_from("Ruritania Alphaville Betaville Assan Zend UN ZOHR airstrikes regime rebels Kafr".split())


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12))
def test_lead_survives_any_tag_run(tags: list[str]) -> None:
    original = "Tags " + " ".join(tags) + " " + LEAD + " " + REST
    ct = clean(original, "Shelling kills eight in Alphaville")
    text = " ".join(ct.sentence_texts())
    assert "killed eight civilians and wounded 25 on Monday" in text
    assert "Tags" not in text
    for a, b in ct.sentences:
        assert ct.quote(a, b) in original


def test_a_related_link_run_glued_inside_a_sentence_is_debris():
    # other articles' headlines glued between a headline and the reporting, and a 'Related News' trailer
    assert is_debris("Car bomb kills 12 in Velmar Governor Related Refugees arrive in new camp Monitor A car bomb killed 12 people on Tuesday.")
    assert is_debris("Source ZNA Related News Dam talks stall | Elections loom in Carpathia")
    # prose writes 'related' in lower case
    assert not is_debris("The army said the attacks were related to the talks in Velmar last week.")
