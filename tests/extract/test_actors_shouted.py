"""A verb set in capitals for emphasis ("officials SUMMONED", "rubio ACCUSED") in copy
written in lower case is the act, not the end of a name: the name stops before it, and
the verb triggers its event."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kenya's ministry of foreign affairs SUMMONED uganda's high commissioner on friday.",
         ("114", "KEN", "UGA")),
        ("foreign minister penny wong CONDEMNED the chinese navy for the sonar pulses.",
         ("111", "AUS", "CHN")),
        ("peruvian officials ACCUSE bolivia of looking the other way on the border.",
         ("112", "PER", "BOL")),
    ],
)  # fmt: skip
def test_a_shouted_verb_is_the_act(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_an_acronym_after_a_name_stays_in_it(events: Events) -> None:
    found = briefs(events, "The Russian FSB detained two Estonian border guards near Pskov.")
    assert ("173", "RUS", "EST") in found
