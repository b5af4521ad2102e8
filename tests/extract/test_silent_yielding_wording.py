"""Yielding and offers of talks told without the common wording (e-silent6), CAMEO 0841 and
036: held people handed over to another state's authorities, talks offered with a verb of
talking ("ready to discuss ... with"). Each with the near miss that hands over or offers
something else.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import briefs

Events = Callable[..., list[Mention]]


# (code, sentence, actor1 country, actor2 country)
WORDING = [
    # people handed over: the people's own state is the target, else whom they reached
    (
        "0841",
        "Laos's border police handed over 14 Vietnamese to the Vietnamese authorities.",
        "LAO",
        "VNM",
    ),
    (
        "0841",
        "Niger's army handed over about 60 Malians to the Malian border police at Ayorou.",
        "NER",
        "MLI",
    ),
    (
        "0841",
        "Guinean gendarmes handed the six traders over to the Senegalese authorities.",
        "GIN",
        "SEN",
    ),
    # talks offered with a verb of talking
    (
        "036",
        "Nepal is ready to discuss the boundary question with India at any level.",
        "NPL",
        "IND",
    ),
    (
        "036",
        "Bhutan remains prepared to negotiate with China on the northern border.",
        "BTN",
        "CHN",
    ),
]


@pytest.mark.parametrize(("code", "text", "actor1", "actor2"), WORDING)
def test_yielding_in_other_words_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a letter handed over is no person
        ("Kenya handed over a letter to the Ethiopian ambassador on Monday.", "0841"),
        # a base handed over is a place (0842), never a release of people
        ("Chad's army handed over the camp to Nigerien forces.", "0841"),
        # ready to discuss with no foreign party
        ("Nepal is ready to discuss the budget with opposition parties.", "036"),
    ],
)
def test_near_misses_of_yielding_in_other_words(events: Events, text: str, code: str) -> None:
    assert not [m for m in events(text) if m.code == code]
