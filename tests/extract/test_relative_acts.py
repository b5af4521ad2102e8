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


@parsed
@pytest.mark.parametrize(
    "text",
    [
        "U.S. and British ships shot down 12 drones over the Red Sea on Tuesday.",
        "French and Italian ships escorted the convoy through international shipping lanes.",
    ],
)
def test_a_ship_is_no_shipment(events: Events, text: str) -> None:
    assert not [m for m in events(text) if m.code in ("061", "072")]


def test_shipping_as_a_verb_still_ships(events: Events) -> None:
    text = "North Korea shipped artillery shells to Russia by rail, Seoul says."
    assert ("072", "PRK", "RUS") in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "fired_by"),
    [
        ("Ukrainian air defences shot down 30 missiles fired at Kyiv overnight.", None),
        ("Polish jets intercepted drones launched from Belarus on Sunday.", None),
        ("North Korean missiles fired on Monday flew 600 km, Tokyo said.", "PRK"),
        ("Two missiles launched by the Houthis hit a tanker in the Gulf of Aden.", "YEM"),
    ],
)  # fmt: skip
def test_who_shoots_down_a_missile_did_not_fire_it(
    events: Events, text: str, fired_by: str | None
) -> None:
    shows = {m.actor1.code[:3] for m in events(text) if m.code == "150"}
    assert shows == ({fired_by} if fired_by else set())


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("North Korea has moved about 1,500 special forces troops to Russia's Far East, the "
         "first time Seoul has said Pyongyang is sending ground forces to back Moscow.", 1500),
        ("Iran has ferried some 300 fighters into Syria since March, officials said.", 300),
    ],
)  # fmt: skip
def test_forces_moved_into_another_state_are_sent_there(
    events: Events, text: str, size: int
) -> None:
    sent = [m for m in events(text) if m.code == "072"]
    assert sent and any(m.quantity is not None and m.quantity.value == size for m in sent)


def test_forces_moved_to_their_own_border_are_no_transfer(events: Events) -> None:
    assert not [m for m in events("Belarus moved 4,000 troops to its border on Monday.")
                if m.code == "072"]  # fmt: skip


def test_shipping_after_of_is_the_act_accused(events: Events) -> None:
    text = "Washington accused Pyongyang of shipping arms to Russia."
    assert ("072", "PRK", "RUS") in briefs(events, text)
