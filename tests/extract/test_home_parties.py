"""A state's own people and its own government as targets inside one state:
"police arrested a Peruvian man" holds the state's own national; "legislators
criticised the government" aim at their own state's government."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, Oct 18 (Wire) - Police arrested a Peruvian man in Callao on Tuesday.",
         ("173", "PER", "PER")),
        ("NAIROBI, Oct 18 (Wire) - Police detained two Kenyan men at the port on Monday.",
         ("173", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_a_state_organ_holds_its_own_nationals(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_doers_own_nationality_word_is_no_second_target(events: Events) -> None:
    # "Peruvian" qualifies the police, not the one held: no target from it
    found = briefs(events, "Peruvian police arrested a man in Lima on Tuesday.")
    assert ("173", "PER", None) in found
    assert ("173", "PER", "PER") not in found


def test_a_state_does_not_criticise_its_own_nationality(events: Events) -> None:
    # criticism is no custody: the same nationality stays no target of a state organ
    found = briefs(events, "Kenya's foreign ministry criticised Kenyan traders on Monday.")
    assert all(a2 != "KEN" for c, _, a2 in found if c.startswith("11"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botswana's parliament criticised the government for sending troops abroad.",
         ("111", "BWA", "BWA")),
        ("Zambian legislators accused the government of hiding the debt figures.",
         ("112", "ZMB", "ZMB")),
        ("Ugandan lawmakers called on the government to suspend the recruitment scheme.",
         ("020", "UGA", "UGA")),
        ("LUSAKA, Oct 18 (Wire) - Opposition leader Mwila Banda accused the government of "
         "hiding the debt figures.", ("112", "ZMB", "ZMB")),
    ],
)  # fmt: skip
def test_a_home_party_aims_at_its_own_government(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = briefs(events, text)
    assert any(
        c.startswith(expected[0][:2]) and a1 == expected[1] and a2 == expected[2]
        for c, a1, a2 in found
    ), found


def test_a_government_of_another_state_stays_that_states(events: Events) -> None:
    # "the government of Chad" names its state: the bare-word rule stays out of it
    found = briefs(events, "Cameroonian legislators criticised the government of Chad on Monday.")
    assert all(a2 != "CMR" for c, _, a2 in found if c.startswith("11"))


def test_a_state_organ_keeps_its_reading_of_the_government(events: Events) -> None:
    # a state's ministry speaking of "the government" is no home party's criticism
    found = briefs(
        events, "China's embassy in Colombo criticised the government over the port decision."
    )
    assert all(a2 != "CHN" for c, _, a2 in found if c.startswith("11"))


def test_central_african_names_the_state_as_an_adjective(events: Events) -> None:
    # "Central African traders", "Central African soldiers": the adjective, not only
    # the plural noun "Central Africans", names the Central African Republic
    found = briefs(events, "Chadian police detained three Central African herders near Sarh.")
    assert ("173", "TCD", "CAF") in found


def test_the_central_african_republic_stays_the_state(events: Events) -> None:
    found = briefs(
        events, "Chad accused the Central African Republic of sheltering rebels on Monday."
    )
    assert ("112", "TCD", "CAF") in found


def test_a_government_asked_after_the_demand_is_no_addressee_of_the_verb(
    events: Events,
) -> None:
    # what is demanded stands between: the bare-word rule reads only the verb's addressee
    found = briefs(events, "Zambian legislators demanded jobs from the government.")
    assert all(a2 is None for c, _, a2 in found if c.startswith("10"))
