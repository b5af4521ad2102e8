"""A reprisal announced in the official register, only in the future: "will take all
necessary measures against" (130, a target wanted), "will respond at the right time" or
"at a time of its choosing" (130), "will respond with the utmost firmness" (138).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

REPRISALS = [
    ("130", "Minsk will take all necessary measures against Vilnius, the ministry said.",
     "BLR", "LTU"),
    ("130", "Ankara would take firm steps against Athens if the drilling went ahead.",
     "TUR", "GRC"),
    ("130", "Baku said it would respond at the right time.", "AZE", None),
    ("130", "India will retaliate at a time and place of its choosing.", "IND", None),
    ("138", "Morocco will respond with the utmost firmness to any incursion.", "MAR", None),
    ("138", "The Malian army would reply with full force to any attack on its posts.",
     "MLI", None),
]

NOT_REPRISALS = [
    ("130", "Chile will take all necessary measures to protect its fishermen."),
    ("130", "Egypt took firm measures against Sudan last year."),  # done, not announced
    ("130", "Peru responded at the right time, officials said."),
    ("138", "Ghana responded with full force to the attack in May."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), REPRISALS)
def test_reprisals(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_REPRISALS)
def test_not_a_reprisal(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
