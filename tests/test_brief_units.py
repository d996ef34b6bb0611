"""Brief logic fed sentences directly: entities, who backs whom, sides, dates, conflicts, debris."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from briefing.actors import OPPONENTS, SUBJECT, agents, find_actors, places, subject_of
from briefing.plan import SAME_EVENT, Sentences, extractive_plan, independent_support, timeline_events
from briefing.backing import backings, form_of_support
from briefing.clean import clean, is_debris
from briefing.conflicts import Claim, find_conflicts, figures
from briefing.dates import dateline, disagree, resolve_dates
from briefing.entities import acronyms, country_of, is_name, mentions


# ---- entities: one canonical name per party, from the gazetteer ----

@pytest.mark.parametrize("surface", ["Beijing", "Chinese", "China", "China's", "Chinas", "Chinese"])
def test_capital_demonym_and_possessive_are_one_country(surface: str) -> None:
    assert country_of(surface) == "China"


def test_mentions_merge_aliases_and_keep_groups_apart() -> None:
    found = [(m.name, m.kind) for m in mentions("Moscow and the Russians said Iranian-backed Iraqi militias and U.S.-led forces moved.")]
    assert ("Russia", "country") in found and found.count(("Russia", "country")) == 2
    assert ("Iraqi militias", "group") in found and ("Iran", "country") in found and ("United States", "country") in found


def test_state_organs_are_the_state_and_organisations_stay_whole() -> None:
    names = [m.name for m in mentions("The Chinese Foreign Ministry and the Free Ruritanian Army (FRA) met.")]
    assert names == ["China", "Free Ruritanian Army"]
    assert acronyms(["the Free Ruritanian Army (FRA) met"]) == {"FRA": "Free Ruritanian Army"}


@pytest.mark.parametrize("candidate", ["Turkey Gulf", "Lebanese Iranian", "Foreign Ministry", "Russia's", "The"])
def test_list_fragments_offices_and_possessives_are_not_names(candidate: str) -> None:
    assert not is_name(candidate)


def test_two_letter_codes_are_not_countries_unless_they_are_initials() -> None:
    assert [m.name for m in mentions("IN THE CITY the UK and US envoys met")] == ["United Kingdom", "United States"]


# ---- who backs whom ----

@pytest.mark.parametrize(
    ("sentence", "backer", "backed"),
    [
        ("Elbonia backs the government against Ruritania-backed rebels in the war.", "Ruritania", "rebels"),
        ("Government forces, backed by Russian fighter jets, launched a counteroffensive.", "Russia", "government"),
        ("The rebellion is led by armed groups supported by Turkey.", "Turkey", "rebels"),
        ("A number of nations, including Egypt and Iraq, have expressed support for Damascus.", "Egypt", "Syria"),
        ("The war was frozen after opposition-supporter Turkey and Smit-supporter Russia reached a deal.", "Russia", "Smit"),
    ],
)
def test_backing_relations(sentence: str, backer: str, backed: str) -> None:
    assert (backer, backed) in {(b.backer, b.backed) for b in backings(sentence)}


@pytest.mark.parametrize("sentence", ["Russia denied arming the rebels.", "Regime forces backed by Russian air support repel a rebel offensive."])
def test_denials_and_nouns_are_not_backing(sentence: str) -> None:
    assert ("Russia", "rebels") not in {(b.backer, b.backed) for b in backings(sentence)}


def test_form_of_support() -> None:
    assert form_of_support("Russia sent fighter jets") == "military"
    assert form_of_support("China vetoed the Security Council resolution") == "diplomatic"
    assert form_of_support("Iran extended a credit line and loans") == "economic"
    assert form_of_support("Egypt expressed support for the government") == "political statement"


def test_sides_of_the_subject() -> None:
    sentences = [
        "Ruritanian President Jan Smit thanked his allies.",
        "Elbonia backs Smit against Ruritania-backed rebels.",
        "The rebels are supported by Freedonia.",
        "Elbonia backs Smit, the government said in Elbonia.",
    ]
    subject = subject_of("international backing for the Smit government", sentences)
    assert subject.names == {"Smit"} and subject.country == "Ruritania" if "Ruritania" in str(mentions("Ruritanian")) else True
    actors = {a.name: a for a in find_actors(sentences, [0.5] * len(sentences), subject)}
    assert actors["Freedonia"].side == OPPONENTS
    assert actors["Elbonia"].side == SUBJECT


def test_places_are_not_parties() -> None:
    assert "Kafr Nabl" in places(["Jets struck the town of Kafr Nabl on Monday.", "Shelling hit Kafr Nabl again."])


def test_topic_without_backing_has_no_subject() -> None:
    assert not subject_of("airstrikes on the city and civilian casualties", ["Elbonia struck the city."]).names


# ---- dates ----

def test_partial_date_takes_the_latest_year_not_after_the_report() -> None:
    assert resolve_dates("On December 23 the army shelled the town.", "2013-01-05")[0].iso == "2012-12-23"


def test_weekdays_resolve_against_the_report() -> None:
    found = {d.surface: d.iso for d in resolve_dates("Jets struck on Monday and last Wednesday.", "2016-09-26")}
    assert found == {"on Monday": "2016-09-26", "last Wednesday": "2016-09-21"}


def test_background_and_future_dates() -> None:
    ds = resolve_dates("For the first time since the war began in 2011, and in August 2013 gas killed hundreds.", "2024-12-02")
    assert all(d.background for d in ds)
    assert resolve_dates("The talks are set for 31 December 9999.", "2016-01-01") == []


def test_dateline_and_disagreement() -> None:
    assert dateline("Date of publication 25 July 2016 Video Suspected strikes hit") == "2016-07-25"
    assert dateline("Wed 05 Apr 2017 Attack symptoms consistent") == "2017-04-05"
    assert disagree("2016-09-25", "2016-09-06") and not disagree("2016-09-25", "2016-09-24")


# ---- conflicts ----

def test_figures() -> None:
    assert ("killed", 58, "") in figures("An attack that killed at least 58 and injured dozens.")
    assert ("killed", 70, "people") in figures("Jets struck killing at least 70 people including women.")
    assert figures("In 2015 the war entered its fifth year.") == []


def _claims() -> list[Claim]:
    return [
        Claim(0, "A gas attack killed at least 58 people in the town of Khan Tuman on Tuesday, a monitor said.", "a", "2017-04-04"),
        Claim(1, "Jets attacked Khan Tuman with chemical weapons on Tuesday killing at least 70 people.", "b", "2017-04-05"),
        Claim(2, "A gas attack killed at least 58 people in the town of Khan Tuman on Tuesday.", "a", "2017-04-04"),
        Claim(3, "Ruritania has categorically denied carrying out the gas attack on Khan Tuman.", "c", "2017-04-06"),
        Claim(4, "The Ruritanian regime carried out the gas attack on Khan Tuman, the observatory said.", "d", "2017-04-05"),
        Claim(5, "Reportedly 12 people were killed in a gas attack in Khan Tuman on Tuesday.", "e", "2017-01-04"),
    ]


def test_conflicts_need_independent_sources_that_disagree() -> None:
    found = find_conflicts(_claims())
    kinds = {c.kind: c for c in found}
    assert {i for i, _ in kinds["figures"].sides} == {0, 1}  # copies of one source (0, 2) count once
    assert {i for i, _ in kinds["denial"].sides} == {3, 4}
    assert all(5 not in {i for i, _ in c.sides} for c in found)  # another month: another event


def test_no_conflict_from_one_source_or_mere_hedging() -> None:
    assert find_conflicts([Claim(0, "Reportedly 5 people were killed in the raid on Kafr Nabl on Monday.", "a", "2016-01-04"),
                           Claim(1, "Some 9 people were killed in the raid on Kafr Nabl on Monday.", "a", "2016-01-04")]) == []


# ---- debris: never a sentence, and quotes still map to the original ----

DEBRIS = [
    "Tags Ruritania Elbonia airstrike",
    "SEND https://exam.pl/x9",
    "Comment via FacebookComment via Sputnik News",
    "Battle rages near the capital - YouTube",
    "pic.twitter.com/abc123 Jane Roe (janeroe) July 27 2016",
    "Date of publication 25 July 2016 Video",
    "AFP Tuesday 20 Sep 2016 Print Tweet Views 12",
]


@pytest.mark.parametrize("piece", ["Tags Ruritania Elbonia airstrike Kafr", "Comment via Facebook", "Watch this - YouTube", "Read more: https://x.y"])
def test_debris_sentences(piece: str) -> None:
    assert is_debris(piece)


def test_fakes_style_debris_is_dropped_at_ingest() -> None:
    text = ("Date of publication 25 July 2016 Video Suspected strikes hit a market in the town on Monday morning. "
            "SEND httpsabahdai.ly9x2W4z A man rides past burning tyres in the city August 1 2016 (Reuters Photo) "
            "Ten civilians were killed on Tuesday when warplanes struck the town. "
            "Tags Ruritania Kafr Nabl airstrike The army said it hit militants. "
            "Comment via FacebookComment via Sputnik News")
    ct = clean(text, "Strikes hit market")
    sents = ct.sentence_texts()
    assert sents == ["Suspected strikes hit a market in the town on Monday morning.", "Ten civilians were killed on Tuesday when warplanes struck the town.", "The army said it hit militants."]
    for a, b in ct.sentences:
        assert ct.quote(a, b) in text


def test_a_tag_run_ends_where_other_furniture_begins() -> None:
    # Two tag runs back to back, then a credit and share links: no sentence start inside, the run ends at the furniture.
    text = ("Ten civilians were killed on Tuesday when warplanes struck the town. Tags Ruritania Elbonia airstrike "
            "Tags Ruritania Elbonia airstrike AFP Tuesday 20 Sep 2016 Print Tweet Views 12 SEND https://exam.pl/x9 "
            "Tags Ruritania Elbonia airstrike Date of publication 25 July 2016 Video Talks resumed in the capital, the envoy said.")
    ct = clean(text)
    assert ct.sentence_texts() == ["Ten civilians were killed on Tuesday when warplanes struck the town.", "Talks resumed in the capital, the envoy said."]


reporting = st.sampled_from([
    "Ten civilians were killed on Tuesday when warplanes struck the town.",
    "The army said it hit militants near the border.",
    "Talks resumed in the capital, the envoy said.",
])


TRAILERS = ["319 Related Other story headline here Another story", "Related Articles\nOther story"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(reporting, st.sampled_from(DEBRIS)), min_size=1, max_size=14), st.sampled_from([" ", "\n", "  "]), st.sampled_from(["", *TRAILERS]))
def test_debris_never_survives_and_quotes_stay_verbatim(parts: list[str], sep: str, trailer: str) -> None:
    original = sep.join(parts + ([trailer] if trailer else []))
    ct = clean(original)
    for a, b in ct.sentences:
        q = ct.quote(a, b)
        assert q and q in original
        s = ct.text[a:b]
        for marker in ("Tags", "SEND", "Comment via", "YouTube", "pic.twitter", "Related", "Date of publication", "Print Tweet"):
            assert marker not in s, (s, original)
    kept = " ".join(ct.sentence_texts())
    for k, r in enumerate(parts):
        before_tweet = k + 1 < len(parts) and parts[k + 1].startswith("pic.twitter")  # a tweet's text: dropped with it
        repeated = parts.count(r) > 1  # a repeated line is kept once, and its first copy may be a tweet's text
        if r not in DEBRIS and not before_tweet and not repeated:
            assert r in kept, (r, original)


# ---- whose sentence: an actor's row holds only sentences where it acts ----


@pytest.mark.parametrize(
    "sentence, acting, not_acting",
    [
        ("Russia maintains contacts with Iran and Turkey.", {"Russia"}, {"Iran", "Turkey"}),
        ("Tehran urged Islamic countries to unite in helping the army.", {"Iran"}, set()),
        ("This Monday, however, he clarified that Russia maintains contacts with Turkey.", set(), {"Turkey"}),
        ("Assad also spoke with Iraqi Prime Minister Mohammad Shia al Sudani on November 30.", set(), {"Iraq"}),
        ("Iranian President Masoud Pezeshkian stressed the importance of cohesion.", {"Iran"}, set()),
        ("According to a report, Moscow said it was in contact with Egypt.", {"Russia"}, {"Egypt"}),
        ("The rebels are supported by Turkey, the report said.", {"Turkey"}, set()),
    ],
)
def test_agents_are_subjects_relation_agents_and_backers(sentence: str, acting: set[str], not_acting: set[str]) -> None:
    found = agents(sentence)
    assert acting <= found, found
    assert not (not_acting & found), found


def _pool(texts: list[str], relevance: float = 0.5) -> Sentences:
    from briefing.embed import get_embedder
    from briefing.settings import Settings

    vec = get_embedder(Settings()).embed(texts)
    return Sentences(
        texts=texts, evidence=list(range(len(texts))), groups=[f"doc{i}" for i in range(len(texts))],
        published=["2024-12-02"] * len(texts), relevance=[relevance] * len(texts), usable=[True] * len(texts),
        similar=lambda i, j: float(vec[i] @ vec[j]),
    )


def test_an_actor_merely_named_gets_no_borrowed_sentence() -> None:
    texts = [
        "Russia maintains close and regular contacts with Iran and Turkey on Monday.",
        "Turkey-backed rebels entered the city on Sunday.",
    ]
    s = _pool(texts)
    aliases: dict[str, str] = {}
    subject = subject_of("backing for the rebels", texts)
    actors = find_actors(texts, s.relevance, subject, aliases)
    turkey = next(a for a in actors if a.name == "Turkey")
    assert 0 in turkey.mentions and 0 not in turkey.acting and 1 in turkey.acting
    plan = extractive_plan(s, actors, s.published)
    rows = {r.name: r for r in plan.actors}
    row = rows["Turkey"]
    cells = [d.text for d in [row.stance, row.latest, *row.body] if d is not None]
    assert texts[0] not in cells and texts[1] in cells


def test_timeline_keeps_one_report_per_event_and_day() -> None:
    texts = [
        "China is deeply concerned about developments in the north, Foreign Ministry spokesman Lin Jian said on Monday.",
        "China is deeply concerned over the situation in the north, Lin told a press briefing on Monday.",
        "Planes of the air force carried out strikes on rebel areas in the north on Monday.",
    ]
    s = _pool(texts)
    assert s.similar(0, 1) > SAME_EVENT > max(s.similar(0, 2), s.similar(1, 2))
    s.groups[1] = "doc0"  # the second wording is a copy of the first article: no more independent than it
    shown = [texts[i] for _, i in timeline_events(s, [("2024-12-02", i) for i in range(3)])]
    assert texts[2] in shown
    assert (texts[0] in shown) != (texts[1] in shown), shown
    # A different day is a different event, however alike the wording.
    assert len(timeline_events(s, [("2024-12-02", 0), ("2024-12-09", 1)])) == 2


def test_the_report_more_sources_carry_wins() -> None:
    texts = [
        "China is deeply concerned about developments in the north, Foreign Ministry spokesman Lin Jian said on Monday.",
        "China is deeply concerned over the situation in the north, Lin told a press briefing on Monday.",
        "China is deeply concerned over the situation in the north, Lin told a press briefing on Monday.",
    ]
    s = _pool(texts)
    s.relevance[0] = 0.9  # the first is the more relevant, but only one source carries it
    assert independent_support(s, 1) == 2 > independent_support(s, 0)
    assert [i for _, i in timeline_events(s, [("2024-12-02", 0), ("2024-12-02", 1)])] == [1]


# ---- rival control claims and the looser figure match ----

from briefing.conflicts import control_claims, control_conflicts, figure_conflicts  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "holder", "place", "how"),
    [
        ("Ruritanian troops captured Kafr Nabl on Monday, the state news agency said.", "Ruritanian", "Kafr Nabl", "took"),
        ("The army took full control of the town of Kafr Nabl.", "government", "Kafr Nabl", "took"),
        ("Kafr Nabl fell to rebels after a week of fighting.", "rebels", "Kafr Nabl", "took"),
        ("Activists said Kafr Nabl is still in the hands of opposition fighters.", "opposition", "Kafr Nabl", "holds"),
        ("Rebels repelled an attack on Kafr Nabl overnight, a commander said.", "rebels", "Kafr Nabl", "holds"),
    ],
)
def test_control_claims(sentence: str, holder: str, place: str, how: str) -> None:
    assert (holder, place, how) in {(c.holder, c.place, c.how) for c in control_claims(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "If Kafr Nabl is captured by the army it will be a defeat for the rebels.",  # a condition
        "Rebels have held Kafr Nabl since they seized it, activists said.",  # a memory
        "The army failed to take Kafr Nabl.",  # a failure
    ],
)
def test_no_control_claim_from_conditions_memories_or_failures(sentence: str) -> None:
    assert control_claims(sentence) == []


def _control() -> list[Claim]:
    return [
        Claim(0, "Ruritanian troops captured Kafr Nabl on Monday, the state news agency said.", "a", "2016-05-02"),
        Claim(1, "Activists said Kafr Nabl is still in the hands of opposition fighters.", "b", "2016-05-03"),
        Claim(2, "Rebels repelled an attack on Kafr Nabl overnight, a commander said.", "a", "2016-05-03"),  # the taker's own source
        Claim(3, "Kafr Nabl is still in the hands of opposition fighters.", "c", "2016-04-20"),  # before it was taken
    ]


def test_rival_control_needs_an_independent_later_report_of_a_rival_holder() -> None:
    found = control_conflicts(_control())
    assert len(found) == 1 and found[0].kind == "control"
    assert [i for i, _ in found[0].sides] == [0, 1]
    # The same side under two names is no rival: rebels and opposition fighters hold it together.
    same = [Claim(0, "Kafr Nabl fell to rebels after a week of fighting.", "a", "2016-05-02"), _control()[1]]
    assert control_conflicts(same) == []
    assert find_conflicts(_control())[0].kind == "control"


def test_figures_match_without_a_stated_day_when_reported_that_day() -> None:
    claims = [
        Claim(0, "A twin bombing struck a crowd in the town of Kafr Nabl on Wednesday killing 44 people.", "a", "2016-07-27"),
        Claim(1, "A double bomb attack killed 31 people in the town of Kafr Nabl, state TV said.", "b", "2016-07-27"),
        Claim(2, "A bomb attack killed 9 people in the town of Kafr Nabl, state TV said.", "c", "2016-07-30"),  # days later
    ]
    found = figure_conflicts(claims)
    assert len(found) == 1 and [i for i, _ in found[0].sides] == [0, 1]


@pytest.mark.parametrize(
    "other",
    [
        "Strikes across the province killed 40 people in the town of Kafr Nabl on Wednesday.",  # a province-wide total
        "Six more people were killed in the town of Kafr Nabl on Wednesday in a bombing.",  # an increment
        "A bombing killed 21 people in the town of Kafr Nabl on Wednesday, 15 in the market.",  # one account of its parts
        "A bombing killed 90 people in the town of Kafr Nabl on Wednesday.",  # another order of magnitude
    ],
)
def test_figures_that_are_totals_parts_or_far_apart_are_no_conflict(other: str) -> None:
    claims = [Claim(0, "A bombing killed 15 people in the town of Kafr Nabl on Wednesday.", "a", "2016-07-27"), Claim(1, other, "b", "2016-07-27")]
    assert figure_conflicts(claims) == []


def test_a_broad_place_alone_does_not_make_one_incident() -> None:
    city = [Claim(i, f"An air strike killed {n} people in Kafr Nabl on Wednesday.", g, "2016-07-27") for i, (n, g) in enumerate([(5, "a"), (8, "b"), (9, "c"), (11, "f"), (12, "g")])]
    # Kafr Nabl is named by every figure: only a distinctive event (a chemical attack) stated on one day ties two of them.
    assert figure_conflicts(city) == []
    gas = city + [Claim(5, "A chemical attack killed 58 people in Kafr Nabl on Wednesday.", "d", "2016-07-27"),
                  Claim(6, "A gas attack killed 72 people in Kafr Nabl on Wednesday, a monitor said.", "e", "2016-07-27")]
    assert [i for i, _ in figure_conflicts(gas)[0].sides] == [5, 6]


# ---- subject of a topic that names two parties; modifiers and relative clauses are not backers ----

from briefing.actors import members, merge_aliases, topic_parties  # noqa: E402


def test_topic_naming_a_backer_and_the_backed_is_about_the_backed() -> None:
    assert topic_parties("Chinese military support for the Egyptian government") == ({"Egypt"}, {"China"})
    assert topic_parties("Smit's allies") == ({"Smit"}, set())
    assert topic_parties("Chinese support for rebels in Kafr Nabl") == ({"rebels"}, {"China"})  # 'in X' is where, not whom
    rebels = subject_of("Chinese support for Egyptian rebels", [])
    assert rebels.side("rebels") == SUBJECT and rebels.side("government") == OPPONENTS and rebels.side("Egypt") == OPPONENTS


def test_the_governments_own_people_are_the_subject() -> None:
    sentences = ["Egypts President Jan al-Smit met envoys.", "Egyptian President Jan al-Smit spoke.", "China backs Smit."]
    assert members("Egypt", sentences) == {"Smit"}
    subject = subject_of("Chinese military support for the Egyptian government", sentences)
    assert "Smit" in subject.names and subject.backers == {"China"} and subject.label == "Egypt"
    assert subject.side("Smit") == SUBJECT and subject.side("China") == SUBJECT


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain voiced the opposite view: I hope this will wake up some who have supported the Smit regime.",
        "Airstrikes targeting a UN-Arab Red Crescent aid convoy in the Kafr Nabl suburb signalled the end.",
        "Rebels backed by Sunni Gulf Arab powers fight the government.",
        "They captured an area in an offensive assisted by Iranian-backed militias and Russian air power.",
    ],
)
def test_no_backing_from_relative_clauses_nouns_or_modifiers(sentence: str) -> None:
    found = {(b.backer, b.backed) for b in backings(sentence)}
    assert not ({("United Kingdom", "Smit"), ("Britain", "Smit")} & found)
    assert not any(b in {"Red Crescent", "Arab", "Sunni Gulf Arab", "Crescent"} for b, _ in found)
    assert ("Iran", "Russia") not in found


def test_a_fragment_merges_into_the_name_it_comes_from() -> None:
    assert merge_aliases(["Red Star", "Star"], {"Red Star": 5, "Star": 1}) == {"Star": "Red Star"}
    assert merge_aliases(["Jan al-Smit", "Smit"], {"Jan al-Smit": 3, "Smit": 9}) == {"Jan al-Smit": "Smit"}
    assert merge_aliases(["Ruritanish", "Ruritans"]) == {"Ruritanish": "Ruritans"}


def test_related_runs_and_photo_credits_are_debris() -> None:
    assert is_debris("Leaders meet in Kafr Nabl Thursday Oct. 27 2016 (Photo AP) Related Jets had near miss over the city.")
    assert not is_debris("The related talks began on Monday.")


def test_a_second_name_given_by_an_acronym_is_the_same_party() -> None:
    aliases = acronyms(["The Elbonian Front (EF) attacked.", "Fighters of Dawla (EF) fled."])
    assert aliases["Dawla"] == "Elbonian Front" and "Front" not in aliases
    assert [m.name for m in mentions("Dawla fighters attacked the Elbonian Front.", aliases)] == ["Elbonian Front", "Elbonian Front"]
