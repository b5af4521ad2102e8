"""Firms a story names by their owner's state or by a common noun (e-silent24): "the
Indian-owned refinery" is India's firm, which a later "the refinery's licence" suspended
or "the smelter's gate" a crowd blocks points back at; "its Australian developer" is a
firm too. A licence suspended with no firm in the story has no target to be aimed at."""

from __future__ import annotations

import pytest

from .conftest import Events, brief


def _full(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {brief(m) for m in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LUSAKA, March 3 (Wire) — Zambian police arrested two managers of the Indian-owned "
         "Kabwe Zinc Refinery on Monday. The Ministry of Mines has suspended the refinery's "
         "operating licence pending an inquiry, a ministry spokesman said.",
         ("172", "ZMBGOV", "INDBUS")),
        ("ACCRA, May 9 (Wire) — A Turkish-owned contractor building the coastal highway laid "
         "off 200 workers on Friday. Ghana's government suspended the company's building "
         "permit on Monday.",
         ("172", "GHAGOV", "TURBUS")),
    ],
)  # fmt: skip
def test_a_firms_suspended_licence_is_aimed_at_the_story_firm(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _full(events, text)


def test_a_crowd_blocking_the_owned_firms_site_acts_against_it(events: Events) -> None:
    text = (
        "NDOLA, April 2 (Wire) — Three Chinese managers of the Chinese-owned Luanshya Copper "
        "Smelter were questioned on Monday. Hundreds of workers blocked the smelter's main "
        "gate with burning tyres on Tuesday."
    )
    assert ("144", "ZMBCVL", "CHNBUS") in _full(events, text)


def test_a_firm_named_as_the_projects_developer_is_a_firm(events: Events) -> None:
    text = (
        "MAPUTO, June 4 (Wire) — The dispute between the government and its Canadian "
        "developer, Ruvuma Graphite, has dragged on for a year. On Tuesday the ministry "
        "suspended the company's mining licence."
    )
    assert ("172", "MOZGOV", "CANBUS") in _full(events, text)


def test_a_flagged_boat_is_no_firm(events: Events) -> None:
    # "Chinese-flagged" names a boat's state, not a firm whose licence was suspended
    text = (
        "SUVA, May 2 (Wire) — A Chinese-flagged longliner was seen near the reef on Monday. "
        "Fiji's fisheries ministry suspended the company's fishing licence on Tuesday."
    )
    assert all(not (c == "172" and a2 == "CHNBUS") for c, _, a2 in _full(events, text))


def test_a_licence_suspended_with_no_firm_in_the_story_has_no_target(events: Events) -> None:
    text = (
        "LUSAKA, March 3 (Wire) — The Ministry of Mines has suspended the company's operating "
        "licence pending an inquiry."
    )
    assert all(c != "172" for c, _, _ in _full(events, text))
