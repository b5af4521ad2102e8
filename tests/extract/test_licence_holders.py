"""A nameless firm whose licence or permit a state suspends or revokes is the target
(BUS): counted or indefinite and given no nationality, it is a firm of the licensing
state, its own BUS; given a nationality, of that state; definite ("the company's
permit"), the firm the story named, else no target guessed (e-args9)."""

from __future__ import annotations

import pytest

from .conftest import Events, brief, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's labour ministry suspended the licences of 12 recruitment agencies on "
         "Friday.",
         ("172", "KENGOV", "KENBUS")),
        ("Peru's education ministry revoked the licences of four private consultancies "
         "on Monday.",
         ("172", "PERGOV", "PERBUS")),
        ("Ghana's labour ministry suspended the permits of two Chinese contractors on "
         "Monday.",
         ("172", "GHAGOV", "CHNBUS")),
    ],
)  # fmt: skip
def test_a_firm_whose_licence_is_suspended_is_the_target(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {brief(m) for m in events(text)}


@pytest.mark.parametrize(
    "text",
    [
        # definite, and the story named no firm: whose it is stays unsaid
        "Zambia's mines ministry said it would suspend the permits of the transport firms "
        "involved.",
        # no act on a licence: the agency is a state's own
        "The agency issued 40 work permits on Friday, Kenya's labour ministry said.",
    ],
)
def test_no_home_firm_is_guessed_without_a_counted_holder(events: Events, text: str) -> None:
    assert not any(b[2] is not None and b[2] == b[1] for b in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesian police detained two contractors in Batam on Friday.",
         ("173", "IDNCOP", "IDNBUS")),
        ("Kenyan police arrested three recruiters in Mombasa on Friday.",
         ("173", "KENCOP", "KENBUS")),
    ],
)  # fmt: skip
def test_a_firms_operators_held_at_home_are_its_business_people(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {brief(m) for m in events(text)}


def test_a_director_held_at_home_is_no_firms_by_that_word_alone(events: Events) -> None:
    """A director may head a state body: "director" makes no business target."""
    found = {brief(m) for m in events("Kenyan police arrested the regional director of the "
                                      "intelligence service on Friday.")}  # fmt: skip
    assert not any(target == "KENBUS" for _, _, target in found)
