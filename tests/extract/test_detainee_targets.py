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


# --- e-args7: an "on" or "at" a tear-gas pattern's gap runs up to that tells when or
# where ("tear gas to clear the road on Tuesday") names no one; those who run a firm
# held at home are the state's business people


def test_tear_gas_used_on_a_day_is_still_used_on_the_states_own(events: Events) -> None:
    cases = [
        ("Mauritanian gendarmes fired tear gas to reopen the road on Tuesday evening and "
         "detained 17 fishermen.", "MRT"),
        ("Dominican police fired tear gas on Wednesday to break up a blockade near Cotui.",
         "DOM"),
        ("Ghanaian police fired tear gas to clear the tracks at Kumasi and arrested 23 "
         "people.", "GHA"),
    ]  # fmt: skip
    for text, state in cases:
        assert ("175", state, state) in briefs(events, text), text


def test_tear_gas_aimed_at_someone_named_keeps_them(events: Events) -> None:
    # the near miss: "at" heads whom it was aimed at, and that group is foreign
    found = briefs(events, "Greek police fired tear gas at Turkish fans outside the stadium.")
    assert ("175", "GRC", "GRC") not in found


def test_owners_and_managers_held_at_home_are_the_states_business(events: Events) -> None:
    found = events(
        "South Korean police arrested the owner of a greenhouse farm in Pocheon on Wednesday."
    )
    assert any(m.code == "173" and m.actor2 is not None and m.actor2.code == "KORBUS"
               for m in found)  # fmt: skip
    found = events("Ethiopian police arrested two managers of a travel agency in Addis Ababa.")
    assert any(m.code == "173" and m.actor2 is not None and m.actor2.code == "ETHBUS"
               for m in found)  # fmt: skip


def test_managers_of_a_foreign_firm_are_not_the_states(events: Events) -> None:
    found = briefs(events, "Italian police arrested two managers of a Sammarinese bank in Rimini.")
    assert ("173", "ITA", "ITA") not in found
