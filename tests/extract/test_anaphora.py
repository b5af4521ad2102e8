"""Reactions aimed at an earlier act named by a pronoun alone ("condemns this"), on
invented stories."""

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    "reaction",
    [
        "Hanoi strongly condemns this and demands that the survey ship leave.",
        "Vietnam's foreign ministry condemned it on Tuesday.",
        "Hanoi firmly opposes and strongly condemns this.",
    ],
)
def test_a_reaction_to_this_aims_at_the_act_just_told(events: Events, reaction: str) -> None:
    text = (
        "A Chinese coast guard vessel fired water cannon at a Vietnamese fishing boat near "
        f"the Paracel Islands on Monday. {reaction}"
    )
    found = briefs(events, text)
    assert ("111", "VNM", "CHN") in found or ("120", "VNM", "CHN") in found


def test_of_several_acts_the_one_aimed_at_the_reactor_is_meant(events: Events) -> None:
    text = (
        "Armenian troops shelled Azerbaijani positions near Lachin on Sunday. "
        "Russia and Iran signed a gas deal in Tehran on Monday. "
        "Baku condemned this."
    )
    found = briefs(events, text)
    assert ("111", "AZE", "ARM") in found
    assert ("111", "AZE", "RUS") not in found


def test_a_pronoun_before_a_noun_is_no_bare_pointer(events: Events) -> None:
    text = (
        "Armenian troops shelled Azerbaijani positions near Lachin on Sunday. "
        "Baku condemned this year's budget."
    )
    assert ("111", "AZE", "ARM") not in briefs(events, text)


@pytest.mark.parametrize(
    "charge",
    [
        "The Bolivian interior ministry accused them of smuggling fuel.",
        "Bolivia's defence ministry accused the fishermen of smuggling fuel.",
        "A Bolivian prosecutor later accused the twelve of smuggling fuel.",
        "La Paz accused the two captains of fishing without a licence.",
    ],
)
def test_a_charge_against_the_people_held_aims_at_their_state(
    events: Events, charge: str
) -> None:
    text = (
        "Bolivian soldiers arrested twelve Peruvian fishermen on Lake Titicaca on Sunday. "
        f"{charge}"
    )
    found = briefs(events, text)
    assert any(c.startswith("112") and a1 == "BOL" and a2 == "PER" for c, a1, a2 in found)


def test_a_charge_against_a_named_state_keeps_that_state(events: Events) -> None:
    # the object names its own target: no pointer back at the people held
    text = (
        "Bolivian soldiers arrested twelve Peruvian fishermen on Lake Titicaca on Sunday. "
        "Bolivia accused Chile of arming smugglers."
    )
    found = briefs(events, text)
    assert ("112", "BOL", "CHL") in found
    assert ("112", "BOL", "PER") not in found


def test_a_charge_against_the_two_governments_is_no_pointer_at_the_people_held(
    events: Events,
) -> None:
    text = (
        "Bolivian soldiers arrested twelve Peruvian fishermen on Lake Titicaca on Sunday. "
        "Human Rights Watch accused the two governments of abuses."
    )
    found = briefs(events, text)
    assert not any(a2 == "PER" and a1 != "BOL" for _, a1, a2 in found)



@pytest.mark.parametrize(
    "reaction",
    [
        "Kyiv condemned what it called the hostage-taking of seafarers.",
        "Ukraine's foreign ministry denounced what it described as piracy.",
    ],
)
def test_a_reaction_to_what_the_reactor_called_the_act_aims_at_its_doer(
    events: Events, reaction: str
) -> None:
    text = "Russian border guards boarded a Greek tanker in the Black Sea on Sunday. " + reaction
    found = briefs(events, text)
    assert any(c.startswith("11") and a1 == "UKR" and a2 == "RUS" for c, a1, a2 in found)


def test_a_state_inside_what_the_reactor_called_the_act_is_the_target(events: Events) -> None:
    text = (
        "Russian border guards boarded a Greek tanker in the Black Sea on Sunday. "
        "Ankara condemned what it called Athens's provocation."
    )
    found = briefs(events, text)
    assert any(c.startswith("11") and a1 == "TUR" and a2 == "GRC" for c, a1, a2 in found)
    assert not any(c.startswith("11") and a1 == "TUR" and a2 == "RUS" for c, a1, a2 in found)
