"""Demands the rules read under too general a root (e-code12): the return of people or
property demanded is a release demanded (1053, "demanded the return of the cattle"), not
a bare demand (100); an account, details or an explanation another side is asked to give
is information demanded (101, as "asked for an explanation"), not a bare appeal (020).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country)
WORDINGS = [
    (
        "1053",
        "Ghana's foreign ministry demanded the return of the seized cattle from Togo.",
        "GHA",
        "TGO",
    ),
    (
        "1053",
        "Chile summoned Bolivia's ambassador and demanded the return of 12 Chilean truckers.",
        "CHL",
        "BOL",
    ),
    (
        "101",
        "Norway asked the Danish authorities to provide a full account of the arrests.",
        "NOR",
        "DNK",
    ),
    ("101", "Ghana asked Togo to give details of the charges against the fishermen.", "GHA", "TGO"),
]

NOT_EVENTS = [
    # troops or aid asked for are no information demanded
    ("101", "Kenya asked Uganda to provide troops for the mission."),
    ("101", "Nepal asked India to supply fuel to the border towns."),
    # a return promised or welcomed is no demand
    ("1053", "Ghana welcomed the return of the fishermen from Togo."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_return_and_account_demands(
    events: Events, code: str, sentence: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_return_and_account_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
