"""A minister's or a ministry's portfolio may stand between a state and its role word
("Poland's interior minister", "Senegal's fisheries ministry"): the mention is that
state's government, not the bare state."""

from __future__ import annotations

import pytest

from .conftest import Events


@pytest.mark.parametrize(
    ("text", "code", "actor1"),
    [
        ("Poland's interior minister condemned the Belarusian provocation.", "111", "POLGOV"),
        ("Senegal's fisheries ministry accused Mauritania of abuses at sea.", "1122", "SENGOV"),
        ("Kenya's trade minister criticised the Ugandan ban on its milk.", "111", "KENGOV"),
    ],
)  # fmt: skip
def test_a_portfolio_stands_between_a_state_and_its_minister(
    events: Events, text: str, code: str, actor1: str
) -> None:
    assert any(e.code == code and e.actor1.code == actor1 for e in events(text))


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Chile's Secretariat of the Navy deployed two patrol boats to the border.", "CHLMIL"),
        ("Kenya's Ministry of Home Affairs expelled two Ugandan journalists.", "KENGOV"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_portfolio_in_full_is_that_states_organ(
    events: Events, text: str, actor1: str
) -> None:
    found = events(text)
    assert any(e.actor1.code == actor1 for e in found)
    # the whole name is the actor, not "Kenya's Ministry" cut before its "of"
    assert all(not e.actor1.text.endswith("Ministry") for e in found)


def test_a_navy_secretariat_is_no_government_nor_the_bare_state(events: Events) -> None:
    found = events("Chile's Secretariat of the Navy deployed two patrol boats to the border.")
    assert found  # the deployment is read
    assert all(e.actor1.code not in ("CHL", "CHLGOV") for e in found)
