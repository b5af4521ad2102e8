"""A nameless group a state's own forces arrest or hold back at home is that state's
people (its CVL): "police arrested 18 people", "fired tear gas to disperse protesters"."""

from .conftest import Events, briefs


def test_people_arrested_at_home_are_the_states_own(events: Events) -> None:
    cases = [
        ("Kenyan police arrested 18 people after the match on Saturday.", ("173", "KEN", "KEN")),
        ("Peruvian police detained 31 protesters at the Ilave bridge on Monday.",
         ("173", "PER", "PER")),
        ("Ghana's navy detained 23 fishermen off Axim, who were released the next day.",
         ("173", "GHA", "GHA")),
        ("Nepali police arrested 12 of the landowners, including two women.",
         ("173", "NPL", "NPL")),
        ("Albanian police arrested 14 members of a smuggling network in Durres last week.",
         ("173", "ALB", "ALB")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_a_crowd_held_back_is_the_states_own(events: Events) -> None:
    found = briefs(
        events, "Chilean riot police fired tear gas to disperse protesters in Valparaiso."
    )
    assert ("175", "CHL", "CHL") in found


def test_a_group_the_sentence_gives_a_nationality_keeps_it(events: Events) -> None:
    found = briefs(events, "Kenyan police arrested nine Chinese workers after the fight.")
    assert ("173", "KEN", "CHN") in found
    assert ("173", "KEN", "KEN") not in found


def test_a_group_from_elsewhere_is_no_ones_named(events: Events) -> None:
    # migrants who crossed, foreigners: the state's own people are not who was held
    cases = [
        "Finnish border guards detained 40 migrants who crossed illegally on Sunday.",
        "Thai police arrested 35 foreign nationals at a casino in Chonburi.",
        "Polish police detained 12 fans after the match in Warsaw.",
    ]
    for text in cases:
        found = briefs(events, text)
        assert any(c == "173" for c, _, _ in found), text
        assert all(a2 is None for c, _, a2 in found if c == "173"), text


def test_a_group_held_abroad_is_not_the_doers(events: Events) -> None:
    found = briefs(events, "Turkish soldiers detained 20 people in Afrin, Syria, on Tuesday.")
    assert any(c == "173" for c, _, _ in found)
    assert ("173", "TUR", "TUR") not in found


def test_a_non_state_doer_gives_no_target(events: Events) -> None:
    found = briefs(events, "Syrian rebels detained 20 people near Idlib on Tuesday.")
    assert any(c == "173" for c, _, _ in found)
    assert ("173", "SYR", "SYR") not in found


def test_an_act_with_no_group_gets_none(events: Events) -> None:
    # the arrested are not a nameless group of people: no state is made up for them
    found = briefs(events, "Kenyan police arrested the driver of the lorry on Saturday.")
    assert ("173", "KEN", None) in found
