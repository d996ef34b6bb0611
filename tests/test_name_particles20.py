"""Session 20: a person's name keeps its lower-case particles ('Staffan de Mistura' is one party, not 'Staffan' and
'Mistura')."""
from briefing.backing import parties


def names(text: str) -> list[str]:
    return [p.name for p in parties(text) if p.kind == "name"]


def test_a_particle_inside_a_name_keeps_the_name_whole():
    assert names("UN envoy Jean de Morel said the talks would resume.") == ["Jean de Morel"]
    assert names("The envoy Bert van der Linden visited the camp.") == ["Bert van der Linden"]


def test_a_particle_word_outside_a_name_is_not_taken():
    assert names("Rebels in the town de facto control the road.") == []


def test_reliance_on_sources_inside_a_country_is_no_backing():
    from briefing.backing import backings

    assert backings("The Paris Monitor for Human Rights relies on a network of sources inside France.") == []
    assert [b.backer for b in backings("The government relies heavily on France and Belgium for fighters.")] == ["France", "Belgium"]
