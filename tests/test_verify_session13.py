"""Verifier rules written in session 13 and measured and kept in session 14, one sentence at a time: a speaker the
stating sentence gives as a pronoun or a participle ('Nevertheless, he said ...'), the end of a negation's scope, an
opening gerund that is no name, a relative clause outside a modal's plan, and an age that is no count. Each rule has
its faithful and its false side."""
from __future__ import annotations



# ---- claimed_by_speaker (its claimant's words computed once) ----------------------------------------------------


def test_claimed_by_speaker_reads_the_claimant_before_claimed_that() -> None:
    from briefing.certainty import claimed_by_speaker
    from briefing.claims import decompose

    assert claimed_by_speaker(decompose("Opposition forces said they took the town."), "Ruritanian opposition forces claimed that they took the town.")
    assert not claimed_by_speaker(decompose("The monitor said the town fell."), "State media claimed that the town fell.")
