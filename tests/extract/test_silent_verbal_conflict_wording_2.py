"""Verbal conflict (roots 12-13) the rules read no event in: a statement that "cannot
accept" what the other side said, a concession or licence foretold to be reviewed or
taken back, conclusions to be drawn about relations, the other side made answerable for
the consequences. Invented stories."""

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Ghana cannot accept this explanation from Togo, which in no way "
        "justifies the occupation.",
        "Ghana's foreign ministry said it could not accept the arguments of Togo.",
    ],
)
def test_a_saying_that_cannot_be_accepted_is_rejected(events: Events, text: str) -> None:
    assert ("120", "GHA", "TGO") in briefs(events, text)


def test_people_that_cannot_be_accepted_are_no_rejection(events: Events) -> None:
    """The near miss: what cannot be accepted is no one's saying."""
    found = briefs(events, "Ghana cannot accept more refugees from Togo.")
    assert not any(code.startswith("12") for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's mines minister warned that the government \"could review the terms of the "
        'concession" of a Russian company if the spill was not cleaned up.',
        "Ghana's mines minister warned that the state could take back the permit of a "
        "Russian company if it did not pay.",
        "Ghana's mines minister warned that the government \"will not hesitate to revisit "
        'the concession" of a Russian company.',
    ],
)
def test_a_concession_foretold_to_be_reviewed_is_a_threat(events: Events, text: str) -> None:
    found = briefs(events, text)
    assert ("132", "GHA", "RUS") in found


def test_a_concession_reviewed_is_no_threat(events: Events) -> None:
    """The near miss: a review done and told is no threat."""
    text = "Ghana's mines ministry reviewed the terms of the concession of a Russian company."
    found = briefs(events, text)
    assert not any(code.startswith("13") for code, _, _ in found)


def test_conclusions_to_be_drawn_about_relations_are_a_threat(events: Events) -> None:
    text = ('Azerbaijan\'s foreign ministry warned that Baku "will draw the necessary '
            'conclusions" about its relations with Greece.')  # fmt: skip
    found = briefs(events, text)
    assert ("130", "AZE", "GRC") in found


def test_conclusions_drawn_are_no_threat(events: Events) -> None:
    """The near miss: conclusions drawn, in the past, threaten no one."""
    found = briefs(events, "Azerbaijan drew its own conclusions from the talks with Greece.")
    assert not any(code.startswith("13") for code, _, _ in found)


def test_the_other_side_made_answerable_for_the_consequences(events: Events) -> None:
    text = ('Russia\'s embassy in Athens warned that Greece "bears full responsibility for the '
            'consequences" of turning the port into a hub for weapons.')  # fmt: skip
    found = briefs(events, text)
    assert ("130", "RUS", "GRC") in found


def test_responsibility_for_a_thing_is_no_threat(events: Events) -> None:
    """The near miss: responsible for a port, not for consequences."""
    found = briefs(events, "Russia's embassy in Athens said that Greece bears responsibility "
                           "for the port.")  # fmt: skip
    assert not any(code.startswith("13") for code, _, _ in found)
