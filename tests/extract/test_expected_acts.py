"""Acts expected, due or coordinated with a possessive ("X and its counterpart"): the
act, its partner and its certainty. Invented sentences."""

import pytest

from watchfloor.models import Certainty

from .conftest import Events, briefs


def test_expected_in_a_capital_is_a_possible_visit(events: Events) -> None:
    found = events("The Turkish foreign minister is expected in Baghdad next week for talks.")
    visits = [m for m in found if m.code == "042"]
    assert [(m.actor1.code[:3], m.actor2.code if m.actor2 else None) for m in visits] == [
        ("TUR", "IRQ")
    ]
    assert visits[0].certainty is Certainty.POSSIBLE


def test_due_in_a_capital_is_a_possible_visit(events: Events) -> None:
    found = events("Brazil's president is due in Luanda on Thursday.")
    visits = [m for m in found if m.code == "042"]
    assert visits and visits[0].actor2 is not None and visits[0].actor2.code == "AGO"
    assert visits[0].certainty is Certainty.POSSIBLE


def test_an_arrival_stays_asserted(events: Events) -> None:
    found = events("The Japanese prime minister arrived in Manila on Monday.")
    assert [m.certainty for m in found if m.code == "042"] == [Certainty.ASSERTED]


def test_a_possessive_after_and_joins_two_actors(events: Events) -> None:
    text = "Egypt's foreign minister and his Sudanese counterpart signed a water accord in Cairo."
    assert ("057", "EGY", "SDN") in briefs(events, text)


def test_a_force_and_its_counterpart_hold_a_joint_exercise(events: Events) -> None:
    text = "The Indian navy and its Japanese counterpart will hold joint drills next month."
    found = events(text)
    drills = [m for m in found if m.code == "062"]
    assert [(m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None) for m in drills] == [
        ("IND", "JPN")
    ]
    assert drills[0].certainty is Certainty.POSSIBLE


@pytest.mark.parametrize(
    "text",
    [
        "Peru demands the immediate release of the eleven fishermen and their boats.",
        "Lima demanded that La Paz release the detained truck drivers at once.",
        "Peru's foreign ministry demanded the prompt release of the Bolivian crews.",
    ],
)
def test_the_act_a_demand_names_is_not_done(events: Events, text: str) -> None:
    found = briefs(events, text)
    assert any(code.startswith("10") for code, _, _ in found)
    assert not any(code.startswith("08") for code, _, _ in found)
