"""Translated statements name an office by its portfolio, then its state in a second
of-phrase ("the Minister of Foreign Affairs of Montenegro"), and an agency the
dictionary files under one state by the state it belongs to ("the Federal Foreign Office
of Germany"): the mention is that state's organ (e-args4)."""

from __future__ import annotations

import pytest

from .conftest import Events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Minister of Foreign Affairs of Montenegro condemned the attack on Monday.",
         "MNEGOV"),
        ("The Minister of Foreign Affairs and International Cooperation of the Republic of "
         "Ghana condemned the attack.", "GHAGOV"),
        ("The Federal Foreign Office of Germany condemned the attack on Monday.", "DEUGOV"),
    ],
)  # fmt: skip
def test_an_office_of_a_state_is_that_states(events: Events, text: str, actor1: str) -> None:
    assert any(e.code.startswith("11") and e.actor1.code == actor1 for e in events(text))


def test_a_call_with_an_office_of_a_state_aims_at_that_state(events: Events) -> None:
    found = events(
        "Estonia's Minister of Foreign Affairs Margus Tsahkna held a telephone conversation "
        "with the Minister of Foreign Affairs of Montenegro on Monday."
    )
    assert any(e.root == "04" and e.actor2 and e.actor2.code == "MNEGOV" for e in found)


def test_a_lower_case_phrase_between_is_no_portfolio(events: Events) -> None:
    # "the Minister of state for the region of Kursk": no office of a state named after it
    found = events("The Minister of state for the region of Kursk condemned the attack.")
    assert all(e.actor1.code[:3] != "RUS" or e.actor1.code == "RUS" for e in found)


def test_the_foreign_office_alone_stays_british(events: Events) -> None:
    found = events("The Foreign Office condemned the attack on Monday.")
    assert any(e.actor1.code == "GBRGOV" for e in found)
