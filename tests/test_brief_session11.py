"""Session 11: other reports of the brief's events (per-event retrieval), 'lost N fighters' as a toll, an adjective
that only qualifies a generic noun is not an actor, a later report's background is not the period's event. Sentences
are invented (fictional places) unless a test says otherwise."""
from __future__ import annotations

from briefing.actors import modifier_only
from briefing.brief import EVENT_DOC_CHUNKS, EVENT_QUERIES, event_queries, gives_other_figure, later_on_event, other_reports, whole_article
from briefing.conflicts import Claim, event_marks, figure_conflicts, figures, lost_people
from briefing.plan import Sentences
from briefing.topicality import CONTEXT, OFF, Event, city_parts, event_score, place_key
from briefing.types import Chunk, Document, Evidence, Span


# ---- 'lost N fighters' is a toll ----


def test_a_party_that_lost_fighters_counts_its_dead() -> None:
    # FA-KES 1923848246 (AFP): "The IS lost at least 28 jihadist fighters he said."
    assert [(m, v) for m, v, _ in figures("The IS lost at least 28 jihadist fighters he said.")] == [("killed", 28)]


def test_lost_ground_or_equipment_counts_no_one() -> None:
    for text in ["The army lost 30 tanks in the battle.", "The rebels lost 5 villages to the army.", "The unit lost 40 percent of its strength."]:
        assert figures(text) == [], text
    assert lost_people("jihadist fighters") and not lost_people("tanks")


def test_two_sources_on_one_partys_losses_disagree() -> None:
    a = "It added that more than 35 Xist terrorists were also killed during the fighting for the base."
    b = "The Xists lost at least 28 jihadist fighters he said."
    found = figure_conflicts([Claim(0, a, "alpha", "2014-07-26", "2014-07-26"), Claim(1, b, "beta", "2014-07-26", "2014-07-26")], similar=lambda i, j: 0.6)
    assert [sorted(v for _, v in c.sides) for c in found] == [["28", "35"]]


# ---- adjectives are not actors ----


def test_an_adjective_before_a_generic_noun_is_not_an_actor() -> None:
    sentences = ["The Takfiri terrorists also released images of captured soldiers.",
                 "The Western powers are supporting the Takfiri terrorists operating inside Xland."]
    assert modifier_only("Takfiri", sentences)


def test_a_name_that_stands_alone_once_is_an_actor() -> None:
    sentences = ["The Takfiri terrorists also released images.", "Takfiri said it would fight on."]
    assert not modifier_only("Takfiri", sentences)


def test_a_proper_name_before_a_noun_is_still_an_actor() -> None:
    # Not adjective-like (no adjective ending), or a country's demonym: a party.
    assert not modifier_only("Hezbollah", ["Hezbollah fighters advanced on the town."])
    assert not modifier_only("Syrian", ["Syrian forces advanced on the town."])
    assert not modifier_only("Nusra Front", ["Nusra Front militants shelled the town."])


# ---- a later report's background ----


def test_event_marks_name_places_kinds_and_counted_things() -> None:
    places, kinds, counts = event_marks("Some 14 people were killed in the explosion in Xville on Thursday.")
    assert "Xville" in places and kinds == {"blast"} and ("killed", "") in counts
    assert event_marks("Shelling hit Xville.")[1] == set()  # an attack of any kind is no distinctive kind


def test_a_later_sentence_on_the_periods_event_shares_place_and_kind() -> None:
    event = event_marks("Rockets killed 20 civilians in Xville on Thursday.")
    assert later_on_event("Medics in Xville said 25 civilians were killed in all.", event)
    assert not later_on_event("Xville has been divided for years into two sectors.", event)  # the place alone
    assert not later_on_event("Helicopters killed 9 civilians in Yburg.", event)  # another place


# ---- per-event retrieval ----


def _sentences(rows: list[tuple[str, float]]) -> Sentences:
    n = len(rows)
    return Sentences(texts=[t for t, _ in rows], evidence=list(range(n)), groups=[str(i) for i in range(n)], published=["2016-04-28"] * n,
                     relevance=[r for _, r in rows], usable=[True] * n, similar=lambda i, j: 0.0)


def test_event_queries_are_the_most_relevant_figure_sentences_of_the_period() -> None:
    s = _sentences([
        ("Rockets killed 20 civilians in Xville on Thursday.", 0.9),
        ("The city is the country's largest.", 0.95),  # no figure
        ("Since 2011 more than 400 people have been killed in the city.", 0.8),  # a running total
        ("Shells killed 5 people near the square.", 0.5),
        ("Shells killed 5 people near the square.", 0.5),  # a copy's sentence
        ("Snipers killed 2 people in Yburg.", 0.4),
        ("Strikes killed 9 people in Zton.", 0.99),
    ])
    reports = ["2016-04-28"] * 6 + ["2016-06-10"]  # the last is reported after the period
    got = event_queries(s, reports, (2016 * 12 + 3, 2016 * 12 + 3))
    assert got == [0, 3, 5][:EVENT_QUERIES]


class _Store:
    def __init__(self, chunks: dict[str, list[Chunk]]) -> None:
        self.chunks = chunks

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        return self.chunks.get(doc_id, [])


class _Pool:
    def __init__(self, texts: dict[str, str], chunks: dict[str, list[Chunk]]) -> None:
        self.texts, self.store = texts, _Store(chunks)

    def original(self, doc_id: str) -> str:
        return self.texts[doc_id]


def _chunk(doc_id: str, index: int, text: str = "x") -> Chunk:
    return Chunk(chunk_id=f"{doc_id}:{index}", doc_id=doc_id, index=index, text=text, tokens=1, spans=[Span(start=0, end=len(text), orig_start=0, orig_end=len(text))])


def _ev(doc_id: str, published: str, index: int = 0, duplicate_of: str | None = None, text: str = "x") -> Evidence:
    doc = Document(doc_id=doc_id, published=published, content_hash=doc_id, duplicate_of=duplicate_of)
    return Evidence(chunk=_chunk(doc_id, index, text), document=doc, score=0.0)


QUERY = Claim(0, "20 civilians were killed in rocket attacks in Xville on Thursday.", "a", "2016-04-28", "2016-04-28")


def test_another_report_of_the_event_is_taken_whole() -> None:
    have = [_ev("a", "2016-04-28")]
    # b's metadata says 16 April, its text is dated 29 April (FA-KES 1962495684 is so): the text's date counts.
    chunks = {"b": [_chunk("b", 0, "Yesterday 18 civilians were killed in rocket attacks in Xville."), _chunk("b", 1, "Army units shelled the launchers.")]}
    pool = _Pool({"a": "", "b": "Fri Apr 29 2016 Rockets hit Xville. Yesterday 18 civilians were killed in rocket attacks in Xville."}, chunks)
    got = other_reports(have, [_ev("b", "2016-04-16", 1)], QUERY, pool)  # type: ignore[arg-type]
    assert [(e.document.doc_id, e.chunk.index) for e in got] == [("b", 0), ("b", 1)]


def test_reports_of_other_events_copies_and_later_weeks_are_not_taken() -> None:
    have = [_ev("a", "2016-04-28")]
    chunks = {"c": [_chunk("c", 0, "18 civilians were killed in rocket attacks in Xville.")],
              "e": [_chunk("e", 0, "Air strikes killed 36 people in Yburg on Thursday.")]}
    pool = _Pool({"a": "", "c": "", "d": "", "e": ""}, chunks)
    found = [_ev("a", "2016-04-28", 1), _ev("c", "2016-06-20"), _ev("d", "2016-04-28", duplicate_of="a"), _ev("e", "2016-04-28")]
    assert other_reports(have, found, QUERY, pool) == []  # type: ignore[arg-type]


def test_another_figure_for_the_same_event_is_found_and_the_same_figure_is_not() -> None:
    other = [Claim(1, "Yesterday 18 civilians were killed in rocket attacks in Xville.", "b", "2016-04-29", "2016-04-28")]
    assert gives_other_figure(QUERY, other)
    assert not gives_other_figure(QUERY, [Claim(1, "Strikes killed 18 civilians in Yburg on Thursday.", "b", "2016-04-28", "2016-04-28")])


def test_an_article_is_taken_whole_up_to_its_first_chunks() -> None:
    store = _Store({"b": [_chunk("b", i) for i in range(EVENT_DOC_CHUNKS + 2)]})
    got = whole_article(_ev("b", "2016-04-28", 1), store)  # type: ignore[arg-type]
    assert [e.chunk.index for e in got] == list(range(EVENT_DOC_CHUNKS))
    assert [e.chunk.index for e in whole_article(_ev("z", "2016-04-28", 3), store)] == [3]  # type: ignore[arg-type]


# ---- a city's neighbourhoods in an article about an event in the city ----


def test_city_parts_are_neighbourhoods_and_squares_the_sentence_names_without_their_city() -> None:
    text = "Some 14 people were killed by shells that hit al-Midan and al-Ashrafiyeh neighborhoods and the vicinity of Saadallah al-Jabiri Square."
    assert city_parts(text) == {place_key("al-Midan"), place_key("al-Ashrafiyeh"), place_key("Saadallah al-Jabiri Square")}
    assert city_parts("Shells hit the Jobar district of Yburg.") == set()  # another city's part


def test_a_sentence_on_the_citys_neighbourhoods_continues_an_article_about_the_event() -> None:
    event = Event({place_key("Xville")}, set())
    text = "Some 14 people were killed by shells that hit al-Midan and al-Ashrafiyeh neighborhoods."
    assert event_score(text, event, True) == CONTEXT
    assert event_score(text, event, False) == OFF  # in an article about another event they may be another city's
    assert event_score("Shells hit al-Midan neighborhood and Yburg.", event, True) == OFF
