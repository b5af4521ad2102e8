"""A crowd of one state's people protesting in another state, naming no one, protests
against the state it is in."""

from .conftest import Events, briefs


def test_a_protest_abroad_is_aimed_at_the_host(events: Events) -> None:
    cases = [
        ("About 30 young Swedish herders began a hunger strike outside the parliament in "
         "Oslo on Wednesday.", ("142", "SWE", "NOR")),
        ("Twelve Eritrean asylum seekers began a hunger strike in Jerusalem on Monday.",
         ("142", "ERI", "ISR")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_a_protest_at_home_gets_no_target(events: Events) -> None:
    found = briefs(events, "About 30 young Swedish herders began a hunger strike in Kiruna.")
    assert any(c == "142" for c, _, _ in found)
    assert all(a2 is None for c, _, a2 in found if c == "142")


def test_a_protest_that_names_its_target_keeps_it(events: Events) -> None:
    found = briefs(
        events, "Hundreds of Kenyan traders protested in Kampala against the Tanzanian ban."
    )
    assert ("141", "KEN", "UGA") not in found
    assert ("141", "KEN", "TZA") in found


def test_a_protest_abroad_at_an_unknown_place_is_aimed_at_the_dateline_state(
    events: Events,
) -> None:
    # the gazetteer knows no border post or port access road; the story stands
    # where it is datelined, and the foreign drivers protest against that state
    text = (
        "LUSAKA, Nov 3 (Wire) — About 150 Congolese lorry drivers blocked the road outside "
        "the Kasumbalesa border post on Monday, witnesses said."
    )
    found = briefs(events, text)
    assert any(c.startswith("14") and a1 == "COD" and a2 == "ZMB" for c, a1, a2 in found)


def test_a_protest_at_home_datelined_at_home_gets_no_target(events: Events) -> None:
    # the near miss: the dateline's own people protesting at an unknown place
    text = (
        "LUSAKA, Nov 3 (Wire) — About 150 Zambian lorry drivers blocked the road outside "
        "the Kasumbalesa border post on Monday, witnesses said."
    )
    found = briefs(events, text)
    assert any(c.startswith("14") for c, _, _ in found)
    assert all(a2 is None for c, _, a2 in found if c.startswith("14"))
