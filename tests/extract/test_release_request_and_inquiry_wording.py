"""Releasing a report is no release of people. An investigation a state says
it will carry out of someone is announced (090), one opened "against" a firm aims at it;
asked of another it stays an appeal. A readiness to cooperate with another state's
authorities is an intent to cooperate on the case (03), never a standing-by (051)."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia said it would investigate the Turkish contractor.", ("SAU", "TUR")),
        ("The Chilean Superintendency of the Environment opened a sanctioning investigation "
         "against the Norwegian company on Thursday.", ("CHL", "NOR")),
    ],
)  # fmt: skip
def test_an_investigation_announced_or_opened_against(
    events: Events, text: str, expected: tuple[str, str]
) -> None:
    assert ("090", *expected) in briefs(events, text)


@pytest.mark.parametrize(
    "text",
    [
        "Algeria called on the UN to investigate the strike.",
        "Peru's foreign ministry said it regretted the incident and would investigate.",
    ],
)
def test_an_investigation_asked_of_another_or_of_nobody_is_none(
    events: Events, text: str
) -> None:
    assert not any(code.startswith("09") for code, _, _ in briefs(events, text))


def test_readiness_to_cooperate_with_authorities_is_an_intent(events: Events) -> None:
    found = briefs(
        events,
        "The Thai Government stands ready to cooperate fully with the Indian authorities "
        "in establishing the facts.",
    )
    assert ("0313", "THA", "IND") in found
    assert not any(code == "051" for code, _, _ in found)


def test_standing_firmly_with_a_state_is_still_support(events: Events) -> None:
    assert ("051", "JPN", "PHL") in briefs(
        events, "Japan stands firmly with the Philippine people and authorities."
    )
