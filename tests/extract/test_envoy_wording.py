"""Envoys moved: a minister or negotiators sent to another state visit it (042, "will
send his ministers to Maputo for talks"); an ambassador recalled from the post where it
serves cuts relations with that state (161, "recalled its ambassador to Ukraine", "in
Pretoria"), whereas the capital it is called home to is no target."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ramaphosa is also expected to send his ministers to Maputo next week for talks.",
         ("042", "ZAF", "MOZ")),
        ("France sent its armed forces minister to Djibouti in March.", ("042", "FRA", "DJI")),
        ("Qatar will dispatch negotiators to Kigali on Monday.", ("042", "QAT", "RWA")),
    ],
)  # fmt: skip
def test_an_official_sent_to_another_state_visits_it(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia recalled its ambassador to Ukraine for consultations.", ("161", "GEO", "UKR")),
        ("Rabat recalled its ambassador in Pretoria on Friday.", ("161", "MAR", "ZAF")),
    ],
)  # fmt: skip
def test_an_ambassador_recalled_from_a_post_cuts_ties_with_its_state(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_capital_an_envoy_is_called_home_to_is_no_target(events: Events) -> None:
    found = briefs(events, "France recalled its ambassador to Paris for consultations.")
    assert ("161", "FRA", None) in found
