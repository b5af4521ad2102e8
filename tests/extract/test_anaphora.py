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
