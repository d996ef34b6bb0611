"""Session 12 (measured, not shipped: benchmarks/questions/candidates12.py): a question's presupposition, read as a statement and checked against the passage that answers it.

Plain sentences, made-up names: the corpus decides the topic.
"""
from __future__ import annotations

import importlib.util

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("candidates12", ROOT / "benchmarks" / "questions" / "candidates12.py")
assert _spec is not None and _spec.loader is not None
candidates12 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(candidates12)
presupposition, presupposition_failure = candidates12.presupposition, candidates12.presupposition_failure


def test_a_count_question_becomes_its_statement_with_the_counted_noun() -> None:
    assert presupposition("How many people did the militia kill in Tilia on 3 May 2016?") == "The militia kill people in Tilia on 3 May 2016"
    assert presupposition("How many pilots were captured by the rebels near Velmar?") == "pilots were captured by the rebels near Velmar"
    assert presupposition("How many children did the agency say died in the school blast?") == "The agency say children died in the school blast"


def test_the_asked_noun_phrase_is_dropped_and_its_place_kept() -> None:
    assert presupposition("Which general did Ana Roe replace as commander in Velmar?") == "Ana Roe replace as commander in Velmar"
    assert presupposition("Which rebel group fired the shells on Tilia?") == "Fired the shells on Tilia"
    assert presupposition("Which hospital in Korvath took in the 30 injured?") == "Took in the 30 injured in Korvath"
    assert presupposition("On what date was Jon Berg kidnapped in Velmar?") == "Jon Berg kidnapped in Velmar"
    assert presupposition("In which market of Tilia did rocket shells land on Monday?") == "Rocket shells land on Monday of Tilia"


def test_an_attribution_and_a_yes_no_question_presuppose_nothing_more() -> None:
    assert presupposition("According to ZTV, how many people did the blast kill in Tilia?") == "The blast kill people in Tilia"
    assert presupposition("Did the Velmar Front apologise for the bombing?") is None
    assert presupposition("Who won?") is None


def test_a_wrong_place_in_the_question_is_refused() -> None:
    passage = ["The ministry replaced General Ana Roe over the weekend with General Jon Berg, commander of its forces in Velmar."]
    assert presupposition_failure("Who replaced General Ana Roe as commander of its forces in Korvath?", passage) is not None
    assert presupposition_failure("Who replaced General Ana Roe as commander of its forces in Velmar?", passage) is None


def test_a_speaker_the_passage_never_names_is_refused() -> None:
    passage = ['"At least 30 children were among 39 people killed in the double bombing at the Tilia school" said Observatory director Jon Berg.']
    assert presupposition_failure("How many children did UNICEF say died in the Tilia school bombing?", passage) is not None
    assert presupposition_failure("How many children did the Observatory say died in the Tilia school bombing?", passage) is None


def test_a_borne_out_count_question_is_kept() -> None:
    assert presupposition_failure("How many people did the militia kill in Tilia?", ["The militia killed 12 people in Tilia on Monday."]) is None
