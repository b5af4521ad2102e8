"""A national army whose name holds another group's name ("the Tanzania People's Defence
Force" beside Myanmar's resistance "People's Defence Force") is that state's military:
the longer name wins. The bare resistance name stays Myanmar's armed opposition."""

from __future__ import annotations

import pytest

from .conftest import Events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Tanzania People's Defence Force deployed troops to Mozambique.", "TZAMIL"),
        ("The Uganda People's Defence Force shelled rebel positions in Congo.", "UGAMIL"),
        ("The Eritrean Defence Forces withdrew from Tigray, Ethiopia.", "ERIMIL"),
        ("The Botswana Defence Force deployed troops to Mozambique.", "BWAMIL"),
    ],
)  # fmt: skip
def test_a_national_army_is_its_state_military(events: Events, text: str, actor1: str) -> None:
    doers = {m.actor1.code for m in events(text)}
    assert doers == {actor1}


def test_the_bare_resistance_name_stays_myanmar_opposition(events: Events) -> None:
    text = "The People's Defence Force attacked a junta outpost in Sagaing, Myanmar."
    doers = {m.actor1.code for m in events(text)}
    assert doers == {"MMRREB"}
