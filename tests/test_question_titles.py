"""Session 18: a title before a name is not part of the name the evidence must state ('President Roe' is Roe)."""
from __future__ import annotations

from briefing.answerability import unstated_names
from briefing.question import analyse


def test_a_title_before_a_name_is_dropped_from_the_focus() -> None:
    assert analyse("Which militias back President Velmarov?").focus == ["velmarov"]
    assert "contreras" in analyse("Why was Judge Contreras recused from the case?").focus
    assert analyse("Is a relative of Col. Haitham Afisi among the hostages?").focus == ["haitham afisi"]
    # A title alone stays a name: nothing else would stand for it.
    assert "senator" in analyse("Who met the Senator in Velmar?").focus


def test_an_article_naming_the_person_without_the_title_states_the_name() -> None:
    shape = analyse("Which militias back President Velmarov?")
    assert unstated_names(shape, "Jon Velmarov is backed by militias from three countries.") == []
    assert unstated_names(shape, "Jan Smit is backed by militias from three countries.") == ["velmarov"]


def test_the_focus_follows_the_question_order_in_every_process() -> None:
    import os
    import subprocess
    import sys

    code = "from briefing.question import analyse; print(analyse('Did Velmar and Ostrava sign the Karlov accord with Zenda?').focus)"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3", "4")}
    assert outs == {"['velmar', 'ostrava', 'karlov', 'zenda']\n"}
