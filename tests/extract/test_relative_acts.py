"""An act told in a relative clause is an act: "the drones that Iran supplied to Russia"
reports the supply, with what was supplied named before "that". Its figures are its
noun phrase's, never the main clause's ("captured two soldiers ... from the contingent
Pyongyang sent")."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs, parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul says the 1,500 troops that North Korea sent to Russia in October are "
         "training near Vladivostok.", ("072", "PRK", "RUS")),
        ("The drones that Iran supplied to Russia last year are now built in Tatarstan, "
         "officials said.", ("072", "IRN", "RUS")),
        ("The artillery shells that Pyongyang shipped to Moscow in 2023 are now falling on "
         "Kharkiv, Ukrainian officials say.", ("072", "PRK", "RUS")),
        ("Kyiv says the 40 tanks which Minsk delivered to Russia in May have reached the "
         "front.", ("072", "BLR", "RUS")),
    ],
)  # fmt: skip
def test_what_a_relative_clause_tells_is_an_act(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_relative_clauses_figure_is_its_noun_phrases(events: Events) -> None:
    text = "Kyiv says the 40 tanks which Minsk delivered to Russia in May have reached the front."
    (supply,) = [m for m in events(text) if m.code == "072"]
    assert supply.quantity is not None and supply.quantity.value == 40


@parsed
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces have captured two North Korean soldiers, the first prisoners taken "
        "from the contingent Pyongyang sent to fight for Moscow.",
        "Kyiv said its marines had captured four North Korean soldiers on Tuesday from the troops "
        "that Pyongyang sent to Russia in the autumn.",
    ],
)
def test_a_figure_of_the_main_clause_is_not_the_relative_acts(events: Events, text: str) -> None:
    sent = [m for m in events(text) if m.code.startswith("07")]
    assert sent, "the act in the relative clause is found"
    assert all(m.quantity is None for m in sent)
