"""Session 19 (issue 10): findings that lean on the sentence before them; a photo credit and a headline glued before a
body sentence."""
from __future__ import annotations

from briefing.clean import headline_after_credit
from briefing.plan import leans_back, usable_sentence


def test_a_line_opening_on_a_pronoun_leans_on_the_sentence_before() -> None:
    assert leans_back("It said Jan Roe was kidnapped on Saturday and his whereabouts are not known.")
    assert leans_back("These groups entered Xville on Friday evening at the end of a lightning offensive.")
    assert leans_back("This follows the release of a video showing the attack.")
    assert leans_back("He told reporters the talks had failed.")


def test_a_line_opening_on_its_own_subject_or_a_time_stands_alone() -> None:
    assert not leans_back("This Monday, the Xland army said it was targeting rebel hideouts.")
    assert not leans_back("This week the army said it had retaken the town.")
    assert not leans_back("Italy said on Tuesday it would send aid.")
    assert not leans_back("The army said it had retaken the town.")
    assert not leans_back("Heavy fighting broke out on Sunday.")


def test_a_photo_credit_and_a_headline_before_the_body_are_furniture() -> None:
    glued = "Jan Smit Xland Army Seizes Armed Insurgent at Xland-Ruritania Border Ruritanian forces managed to regain the territory after two days of fighting."
    assert headline_after_credit(glued)
    assert not usable_sentence(glued, None)


def test_a_long_name_before_its_verb_is_a_subject_not_a_headline() -> None:
    for text in [
        "The Director of the Xland Observatory for Human Rights Jan Smit told AFP that the bombing targeted the outskirts.",
        "Former XLA Deputy Chief of Staff Colonel Jan Smit said that the group had attacked fighters.",
        "Republican Senators Jan Smit of Xstate and Piet Roe of Ystate also said the president wanted a deal.",
        "White House Chief of Staff Jan Smit and Homeland Security Adviser Piet Roe both called the governor.",
        "Leader of the Islamic Revolution in Xland Sayyed Jan Smit had repeatedly accused the United States.",
    ]:
        assert not headline_after_credit(text), text
    assert not headline_after_credit("Xland Army Seizes Border Post.")  # no body after the run: a headline other rules judge


def test_the_timeline_and_bottom_line_leave_out_a_sentence_that_leans_back() -> None:
    from briefing.plan import Sentences, extractive_plan

    texts = [
        "Gunmen kidnapped the aid worker Jan Roe in Xville on Saturday, his agency said.",
        "It said Roe was kidnapped on Saturday and his whereabouts are not known.",
        "Police in Xville arrested two suspects on Monday over the kidnapping of Jan Roe.",
    ]
    s = Sentences(texts=texts, evidence=[0, 1, 2], groups=["a", "b", "c"], published=["2017-12-05"] * 3, relevance=[0.9, 0.95, 0.8],
                  usable=[True] * 3, similar=lambda i, j: 1.0 if i == j else 0.0, topic_terms={"kidnap", "roe"})
    plan = extractive_plan(s, [], ["2017-12-05"] * 3)
    findings = [t.draft.text for t in plan.timeline] + [d.text for d in plan.bottom_line]
    assert texts[0] in findings and texts[2] in findings  # lines that read alone
    assert texts[1] not in findings  # the most relevant, but 'It' is the agency of the sentence before


def test_a_photo_credit_before_an_article_is_cut_and_the_quote_stays_verbatim() -> None:
    from types import SimpleNamespace

    from briefing.brief import tidy
    from briefing.clean import lead_debris

    for credit, body in [("REUTERS/Jan Smit ", "The Xland army sent reinforcements to the base overnight on Friday."),
                         ("AFP/Stringer ", "A Xland rights activist who fled last year said the rebels were losing ground."),
                         ("REUTERS/ Piet Roe ", "The United Nations said it had no independent confirmation of the attack.")]:
        sentence = credit + body
        assert sentence[lead_debris(sentence):] == body
        original = "The monitor gave no toll. " + sentence + " More fighting is expected."
        start = original.index(sentence)
        ps = SimpleNamespace(evidence=0, text=sentence, orig_start=start, orig_end=start + len(sentence))
        pool = SimpleNamespace(sentences=[ps], evidence=[SimpleNamespace(document=SimpleNamespace(doc_id="d", title=None))], original=lambda doc_id: original)
        tidy(pool)  # type: ignore[arg-type]
        assert ps.text == body and original[ps.orig_start : ps.orig_end] == ps.text  # the quote still maps to the original


def test_a_photo_credit_with_no_article_after_it_leaves_the_sentence_out() -> None:
    from briefing.clean import credit_before_body, lead_debris

    sentence = "REUTERS/Jan Smit We hope the U.N. team will be given immediate access to the area."
    assert lead_debris(sentence) == 0 and credit_before_body(sentence) and not usable_sentence(sentence, None)
    assert not credit_before_body("USA TODAY/Suffolk University Poll released on Sunday showed 32 percent support.")
    assert not credit_before_body("The HIV/Aids charity said on Monday it would open two clinics.")
