"""Session 19: the Arabic article in its assimilated spellings ('ash-', 'ez-', 'an-') joins a name as 'al-' does, so
'Ahrar ash-Sham' and 'Deir ez-Zor' are one name each, not two halves."""
from __future__ import annotations

from briefing.lexical import names


def test_assimilated_article_forms_join_the_name() -> None:
    found = names("Fighting near Deir ez-Zor went on as Ras al-Ain fell to Ahrar ash-Sham and Jabhat an-Nusra.")
    assert {"deir ez-zor", "ras al-ain", "ahrar ash-sham", "jabhat an-nusra"} <= found
    assert "sham" not in found and "zor" not in found


def test_a_lower_case_word_still_ends_a_name() -> None:
    assert names("The Velmar army as-yet unnamed unit moved.") >= {"velmar"}
    assert "velmar as-yet" not in names("The Velmar army as-yet unnamed unit moved.")
