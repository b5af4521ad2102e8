"""Releases of people the story told were held: told in the passive with no agent and no
one named ("The other two were released without charge"), the holder lets them go (0841
aimed at the held people's side)."""

import pytest

from .conftest import Events, briefs

HELD = "Croatian police detained six Bosnian workers near the border on Friday. "


@pytest.mark.parametrize(
    "released",
    [
        "The other two were released on Sunday without charges.",
        "Both were later released without charge.",
        "Four of the detained workers were freed on Monday.",
        "The remaining four were released on bail on Tuesday.",
    ],
)
def test_an_agentless_release_pointing_back_is_the_holders(events: Events, released: str) -> None:
    assert ("0841", "HRV", "BIH") in briefs(events, HELD + released)


def test_an_agentless_release_with_no_holding_told_makes_no_event(events: Events) -> None:
    assert not [m for m in events("The other two were released on Sunday without charges.")]


def test_a_release_naming_other_people_is_not_of_those_held(events: Events) -> None:
    found = briefs(events, HELD + "Two Turkish sailors were freed on Monday.")
    assert not [b for b in found if b[0] == "0841"]


def test_a_passive_that_lets_nobody_go_is_no_release(events: Events) -> None:
    text = HELD + "The other two were questioned on Sunday."
    assert not [m for m in events(text) if m.code == "0841"]


def test_some_of_the_documents_released_free_no_one(events: Events) -> None:
    text = "The Albanian ministry released some of the documents to the press on Friday."
    assert not [m for m in events(text) if m.code == "0841"]
