"""Session 20 (issue 10): headings glued before a sentence, a sentence whose text runs on from words its quote does not
hold, one statement told twice in nearly the same words, table cells that lean on the sentence before, a creed
adjective read as a given name."""
from __future__ import annotations

from types import SimpleNamespace

from briefing.actors import full_name
from briefing.brief import quoted_tail, tidy
from briefing.clean import glued_heading
from briefing.plan import Picker, Sentences, same_wording, table_cell


def test_a_heading_glued_before_the_reporting_is_cut_where_the_reporting_starts() -> None:
    for heading, body in [
        ("Xville rebel assault ", "In neighbouring Xville province the rebels were fighting fierce battles on Monday against the army."),
        ("UN calls Xland and Ruritania to bring peace ", "The siege by government forces on eastern Xville has alarmed humanitarian workers."),
        ("UN resumes aid deliveries ", "A clearly marked UN convoy was due to deliver aid on Thursday to besieged areas near the capital."),
        ("Ceasefire repeatedly violated in some areas March 15 2017 ", "Amid continuing low-level violence across much of the country two car bombs went off."),
        ("Xland airstrikes target the IS ", "The Xland Observatory reported the death of two senior IS leaders in an airstrike on Monday."),
        ("Kestrel ", "The army's air force carried out intensive sorties against the rebels' positions on Sunday."),
        ("Rescue teams continue to search for survivors. - Jan Roe media activist ", "The latest escalation is also an attempt by the army to press the town."),
    ]:
        sentence = heading + body
        assert sentence[glued_heading(sentence):] == body, sentence


def test_a_capitalised_word_the_sentence_itself_needs_is_no_heading() -> None:
    for sentence in [
        "Last month The Xland Observatory for Human Rights said that many were killed in the town.",  # a lost comma
        "Mr Roe also owns The Daily Post, a newspaper the minister has often attacked in his speeches.",  # a title
        "Speaking to The Associated Press on Monday the minister said the talks would go on for weeks.",
        "In posting the clip he wrote This is your fate if you try to attack the town again and again.",
        "But last week The Hill newspaper reported that the speaker was planning to step down soon.",
        "The army said on Monday that the rebels were driven out of the town of Kestrel by the offensive.",
        "Xville rebel assault In Xville.",  # what follows is no sentence
    ]:
        assert glued_heading(sentence) == 0, sentence


def test_tidy_cuts_a_glued_heading_and_its_credit_and_the_quote_stays_verbatim() -> None:
    body = "On Tuesday night the Union of Medical Organisations reported that four medics had been killed in Kestrel."
    sentence = "They have grown up amongst war - Jan Roe The Xland Campaign " + body
    original = "The monitor gave no toll. " + sentence + " More fighting is expected."
    start = original.index(sentence)
    ps = SimpleNamespace(evidence=0, text=sentence, orig_start=start, orig_end=start + len(sentence))
    pool = SimpleNamespace(sentences=[ps], evidence=[SimpleNamespace(document=SimpleNamespace(doc_id="d", title=None))], original=lambda doc_id: original)
    tidy(pool)  # type: ignore[arg-type]
    assert ps.text == body and original[ps.orig_start : ps.orig_end] == body


def test_a_sentence_running_on_from_words_its_quote_does_not_hold_is_its_quote() -> None:
    quote = "A car bomb killed at least 34 people on Friday in a village of the central province."
    assert quoted_tail("Car bomb kills 34 in Xville State media " + quote, quote)
    assert not quoted_tail(quote, quote)  # the same sentence
    assert not quoted_tail("The army said " + quote, "Killed 34.")  # a quote too short to stand alone
    assert not quoted_tail("A car bomb killed at least 34 people on Friday.", quote)  # not its tail


def test_tidy_shows_the_quote_when_the_text_runs_on_from_a_headline() -> None:
    quote = "Kurdish gunmen attacked a town in the north sparking fighting in which 17 people were killed, a monitor said."
    original = "17 dead as gunmen attack Xland town AFP Saturday " + quote
    cleaned = "17 dead as gunmen attack Xland town " + quote  # the stamp cut by the cleaner, the span only the quote's
    start = original.index(quote)
    ps = SimpleNamespace(evidence=0, text=cleaned, orig_start=start, orig_end=start + len(quote))
    pool = SimpleNamespace(sentences=[ps], evidence=[SimpleNamespace(document=SimpleNamespace(doc_id="d", title=None))], original=lambda doc_id: original)
    tidy(pool)  # type: ignore[arg-type]
    assert ps.text == quote


def test_one_statement_in_nearly_the_same_words_is_told_once() -> None:
    a = "Xland President Jan Kovač and Ruritanian President Piet Roe discussed the suspected attack Xland presidential sources said."
    b = "Xland President Jan Kova and Ruritanian President Piet Roe discussed the suspected attack Xland presidential sources said."
    assert same_wording(a, b)
    c = "In Kestrel in the southern province 16 civilians were killed in four air strikes on Monday a monitor said."
    d = "In Kestrel in the southern province 15 civilians were killed in four air strikes on Monday a monitor said."
    assert not same_wording(c, d)  # other numbers: two reports that disagree, not one told twice
    assert not same_wording(a, c)
    s = Sentences(texts=[a, b, c], evidence=[0, 1, 2], groups=["x", "y", "z"], published=[None] * 3, relevance=[0.9] * 3,
                  usable=[True] * 3, similar=lambda i, j: 1.0 if i == j else 0.5)
    pick = Picker(s)
    pick.take(0)
    assert not pick.free(1) and pick.free(2)


def test_a_table_cell_reads_alone() -> None:
    assert table_cell("The Xland army said it had retaken the town of Kestrel on Monday.")
    assert not table_cell("It also renewed its calls to build an international coalition against the government.")
    assert not table_cell("Xland troops entered.")  # too short to read alone (cell_sentence)


def test_a_creed_adjective_before_a_group_name_is_no_given_name() -> None:
    assert full_name({"Xbollah", "Shiite Xbollah"}, "Xbollah") is None
    assert full_name({"Roe", "Jane Roe", "Ms Roe"}, "Roe") == "Jane Roe"  # a person's row still takes the full name


def test_allegations_are_no_assertion_a_denial_disagrees_with() -> None:
    from briefing.conflicts import Claim, denial_conflicts

    denial = Claim(1, "The French government promptly denied the reports of the chemical weapons attack on Kestrel as baseless.", "b", "2013-08-22")
    hedged = Claim(0, "The world weighs the recent allegations of a chemical weapons attack by French forces on Kestrel.", "a", "2013-08-22")
    stated = Claim(0, "French forces carried out a chemical weapons attack on Kestrel on Wednesday, the opposition said.", "a", "2013-08-22")
    assert denial_conflicts([hedged, denial]) == []
    assert denial_conflicts([stated, denial])  # the same denial against a plain statement is a conflict


def test_one_toll_reported_a_day_apart_is_one_timeline_line() -> None:
    from briefing.plan import next_day_twin, timeline_events

    a = "The monitor said air strikes on Thursday night killed 14 people fleeing across the river on rafts near Kestrel."
    b = "Air strikes killed at least 14 civilians as they were crossing the river near Kestrel, the monitor said on Friday."
    c = "Air strikes killed at least 9 civilians as they were crossing the river near Kestrel, the monitor said on Friday."
    assert next_day_twin(a, "2017-10-05", b, "2017-10-06")
    assert not next_day_twin(a, "2017-10-05", c, "2017-10-06")  # no figure shared: maybe another night's strike
    assert not next_day_twin(a, "2017-10-05", b, "2017-10-08")  # days apart: another incident
    s = Sentences(texts=[a, b], evidence=[0, 1], groups=["x", "y"], published=["2017-10-06"] * 2, relevance=[0.9, 0.8],
                  usable=[True] * 2, similar=lambda i, j: 1.0 if i == j else 0.7)
    assert len(timeline_events(s, [("2017-10-05", 0), ("2017-10-06", 1)])) == 1
