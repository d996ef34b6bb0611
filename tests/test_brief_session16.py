"""Session 16 (issue 10): a stored near-duplicate counts as a copy only when it restates its original sentence by sentence."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from briefing.brief import RESTATED_SHARE, WHOLE_SHARE, lead_restated, restated_share, restates, split_follow_ups, statements
from briefing.types import Document

ORIGINAL = (
    "The Ruritanian parliament voted on Tuesday to approve the new harbour law by 210 votes to 95. "
    "The law lets the state port authority lease the northern docks to private operators for 30 years. "
    "Opposition leader Anna Kovac said the vote handed the country's main harbour to foreign investors. "
    "Transport minister Piet Jansen said the leases would bring in 2 billion crowns over the decade. "
    "Dock workers' unions have called a one-day strike for Friday in protest."
)
# The same article told again in other words: every statement has its counterpart.
REWRITE = (
    "Lawmakers in Ruritania approved the new harbour law on Tuesday, with 210 in favour and 95 against. "
    "Under the law, private operators may lease the northern docks from the state port authority for 30 years. "
    "Anna Kovac, who leads the opposition, said the vote gave the nation's main harbour away to foreign investors. "
    "The leases will raise 2 billion crowns over ten years, according to transport minister Piet Jansen. "
    "In protest, the dock workers' unions have called a one-day strike on Friday."
)
# A later report of the same story: the same names and figures as background, but its own news.
FOLLOW_UP = (
    "Ruritania's constitutional court on Monday suspended the harbour law until it rules on a challenge by the opposition. "
    "Judges said the 30-year leases of the northern docks raised questions about the state's duty to keep control of strategic assets. "
    "Opposition leader Anna Kovac welcomed the ruling as a victory for the public interest. "
    "The government said it would respect the court's decision but expected the law to be upheld within weeks. "
    "The dock workers' strike planned for Friday has been called off, union officials said."
)


@pytest.fixture(scope="module")
def embed():
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    return get_embedder(Settings()).embed


def test_statements_leave_out_pieces_too_short_to_state_anything() -> None:
    assert statements("Read more. The court suspended the law on Monday after a challenge.") == ["The court suspended the law on Monday after a challenge."]


def test_the_restated_share_counts_paraphrases_both_ways() -> None:
    a = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert restated_share(a, a) == 1.0
    assert restated_share(a, np.array([[1.0, 0.0]])) == pytest.approx(0.75)  # half of one text, all of the other
    assert restated_share(a, np.zeros((0, 2))) == 0.0


def test_a_rewrite_in_other_words_restates_its_original(embed) -> None:
    assert restates(REWRITE, ORIGINAL, embed)
    assert restates(ORIGINAL, ORIGINAL, embed)


def test_a_follow_up_report_of_the_same_story_does_not(embed) -> None:
    share = restated_share(embed(statements(FOLLOW_UP)), embed(statements(ORIGINAL)))
    assert share < RESTATED_SHARE
    assert not restates(FOLLOW_UP, ORIGINAL, embed)


def test_nothing_to_compare_keeps_the_stored_verdict(embed) -> None:
    assert restates("Short.", ORIGINAL, embed)


class _Pool:
    """Just what split_follow_ups reads of an evidence pool."""

    def __init__(self, docs: dict[str, tuple[str, str | None]], cited: list[str], embed) -> None:
        self.texts = {d: t for d, (t, _) in docs.items()}
        self.docs = {d: Document(doc_id=d, title=d, duplicate_of=dup, text_hash=d, content_hash=d) for d, (_, dup) in docs.items()}
        self.evidence = [SimpleNamespace(document=self.docs[d]) for d in cited]
        self.embedder = SimpleNamespace(embed=embed)
        self.follow_ups: set[str] = set()

    def original(self, doc_id: str) -> str:
        return self.texts[doc_id]

    def copies_of(self, doc: Document) -> list[Document]:
        group = doc.duplicate_of or doc.doc_id
        return [d for d in self.docs.values() if (d.duplicate_of or d.doc_id) == group and d.doc_id != doc.doc_id]


def test_a_cited_follow_up_becomes_its_own_source_and_a_cited_rewrite_stays_a_copy(embed) -> None:
    pool = _Pool({"a": (ORIGINAL, None), "b": (REWRITE, "a"), "c": (FOLLOW_UP, "a")}, ["a", "b", "c"], embed)
    notes: list[str] = []
    split_follow_ups(pool, notes)  # type: ignore[arg-type]
    dup = {ev.document.doc_id: ev.document.duplicate_of for ev in pool.evidence}
    assert dup == {"a": None, "b": "a", "c": None}
    assert pool.follow_ups == {"c"} and len(notes) == 1 and notes[0].startswith("c ")


def test_an_uncited_follow_up_is_not_listed_as_a_copy_of_a_cited_original(embed) -> None:
    pool = _Pool({"a": (ORIGINAL, None), "b": (REWRITE, "a"), "c": (FOLLOW_UP, "a")}, ["a"], embed)
    split_follow_ups(pool, [])  # type: ignore[arg-type]
    assert pool.follow_ups == {"c"}


# A later report that retells much of the first as background but opens on news of its own.
NEWS_FIRST = (
    "Ruritania's biggest dock workers' union said on Friday it would sue the government over the new harbour law. "
    "Parliament approved the harbour law on Tuesday by 210 votes to 95. "
    "The law lets private operators lease the northern docks from the state port authority for 30 years. "
    "Opposition leader Anna Kovac said the vote handed the main harbour to foreign investors. "
    "Union lawyers said the leases breach the workers' existing contracts."
)


def test_the_lead_is_restated_when_the_copys_opening_has_a_paraphrase_in_the_original() -> None:
    a = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert lead_restated(a, np.array([[0.0, 1.0], [1.0, 0.0]]))  # the copy's opening is the original's second sentence
    assert not lead_restated(np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0, 0.0]]))  # the original's opening, retold later, is no copy's lead
    assert not lead_restated(a, np.zeros((0, 2)))


def test_a_report_retelling_half_the_story_under_news_of_its_own_is_no_copy(embed) -> None:
    a, b = embed(statements(NEWS_FIRST)), embed(statements(ORIGINAL))
    assert RESTATED_SHARE <= restated_share(a, b) < WHOLE_SHARE
    assert not lead_restated(a, b)
    assert not restates(NEWS_FIRST, ORIGINAL, embed)


# ---- a rewrite adds no fact of its own (brief.adds_no_facts), the floor under the restated share ----

from briefing.brief import REWRITE_SHARE, adds_no_facts  # noqa: E402


SHORT = "Ruritania's parliament approved the harbour law by 210 votes to 95. Opposition leader Anna Kovac called it a sell-off."
SHORT_REWRITE = "By 210 votes to 95, Ruritania's parliament approved the harbour law. Anna Kovac, the opposition leader, called it a sell-off."


def test_a_rewrite_adds_no_number_and_few_names_a_follow_up_adds_news() -> None:
    assert adds_no_facts(SHORT_REWRITE, SHORT)  # the same figures and parties in other words
    assert not adds_no_facts(SHORT_REWRITE + " Port officials said 40 ships were turned away.", SHORT)  # a new number
    assert not adds_no_facts(FOLLOW_UP, ORIGINAL)  # a court, judges, Monday: over a quarter of its names are new


def _embed_pairs(pairs: dict[str, int]) -> object:
    """A stand-in embedder: statements mapped to the same index are paraphrases (one unit vector each), all others apart
    (each its own index, given in order of first sight: a hash could map two statements to one)."""
    others: dict[str, int] = {}

    def embed(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 256))
        for i, t in enumerate(texts):
            out[i, pairs[t] if t in pairs else others.setdefault(t, 100 + len(others))] = 1.0
        return out
    return embed


def test_below_the_restated_share_a_copy_that_restates_the_lead_and_adds_no_fact_is_still_a_copy() -> None:
    # 2 of 5 statements restated both ways, the lead among them: share 0.4, between REWRITE_SHARE and RESTATED_SHARE
    assert REWRITE_SHARE <= 0.4 < RESTATED_SHARE
    copy, original = statements(REWRITE), statements(ORIGINAL)
    embed = _embed_pairs({copy[0]: 0, original[0]: 0, copy[1]: 1, original[1]: 1})
    assert restated_share(embed(copy), embed(original)) == pytest.approx(0.4)
    assert adds_no_facts(REWRITE, ORIGINAL) == restates(REWRITE, ORIGINAL, embed)
    same_names = REWRITE.replace("Lawmakers in Ruritania", "The Ruritanian parliament")
    copy = statements(same_names)
    embed = _embed_pairs({copy[0]: 0, original[0]: 0, copy[1]: 1, original[1]: 1})
    assert adds_no_facts(same_names, ORIGINAL) and restates(same_names, ORIGINAL, embed)  # no new fact: still a copy
    news = same_names + " Port officials said 40 ships were turned away on Friday."
    copy = statements(news)
    embed = _embed_pairs({copy[0]: 0, original[0]: 0, copy[1]: 1, original[1]: 1})
    assert restated_share(embed(copy), embed(original)) < RESTATED_SHARE
    assert not restates(news, ORIGINAL, embed)  # a new figure: a report of its own


# ---- round two: a given name used alone is the person, not a row of its own (actors.given_name_only) ----

def test_a_given_name_alone_is_a_form_of_the_persons_full_name() -> None:
    from briefing.actors import full_name, given_name_only

    assert given_name_only("Jan", {"Jan Kowal", "Mr Kowal"}) and given_name_only("Jan", {"Dr Jan Kowal", "Dr Kowal"})
    assert not given_name_only("Tom", {"Jan Kowal", "Mr Kowal"}) and not given_name_only("Jan Kowal", {"Jan Kowal", "Mr Kowal"})
    assert not given_name_only("Xfront", {"Xfront Kaya", "Kaya"})  # no 'Mr Kaya': a party glued to a surname, no person
    assert not given_name_only("Tory", {"Tory Jan Kowal", "Mr Kowal"})  # a word describing the person, no given name
    assert full_name({"Jan Kowal", "Mr Kowal", "Jan"}, "Jan Kowal") == "Jan Kowal"
    assert full_name({"Xfront", "Xfront Kaya", "Kaya"}, "Xfront Kaya") is None


def test_a_person_quoted_by_given_name_keeps_one_row_under_the_full_name() -> None:
    from briefing.actors import find_actors, subject_of

    sentences = [
        "Piet Kowal, the party's deputy leader, made the comments at a rally in the harbour town.",
        "Mr Kowal said the new party would contest every seat.",
        'A Xparty spokesman said: "Piet has some passionate beliefs and sometimes uses colourful language."',
        "The new party will launch on Tuesday in the capital.",
    ]
    actors = find_actors(sentences, [1.0] * len(sentences), subject_of("the new party's launch", sentences), {})
    names = [a.name for a in actors]
    assert "Piet Kowal" in names and "Piet" not in names
