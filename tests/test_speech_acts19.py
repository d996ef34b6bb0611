"""Session 19: a promise, a pledge, a vow or a threat is said, so the one who made it is the quoted source the
question asks for ('Which prime minister promised ...' is answered by 'Prime Minister Jan Olen said ... and promised')."""
from __future__ import annotations

from briefing.slots import name_slot_failure, speech_question


def test_promises_and_threats_are_speech() -> None:
    assert speech_question("Which Velmari prime minister promised the harshest reaction over Ostra?")
    assert speech_question("Who vowed to retake every inch of the country?")
    assert speech_question("Which minister threatened to close the border?")
    assert not speech_question("Which minister closed the border?")


def test_the_speaker_who_promised_fills_the_person_slot() -> None:
    question = "Which Velmari prime minister promised the harshest reaction over Ostra?"
    best = ("On 15 Feb Velmari Prime Minister Jan Olendorf said the capital will not allow the town of Ostra to fall "
            "and promised the \"harshest reaction\" if the group attempts to take it.")
    assert name_slot_failure(question, best, "", "") is None
    nobody = "The government said it will not allow the town of Ostra to fall and promised the harshest reaction."
    assert name_slot_failure(question, nobody, "", "") is not None
