"""A bare "the two" before an act's verb (e-silent22): "X spoke by telephone with his Y
counterpart, and the two agreed to set up a committee" names the pair of the act
before, as "the two leaders" does; a bare "the two" before anything else (people held,
"the two were released") names nobody.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country)
WORDINGS = [
    (
        "030",
        "Ghana's foreign minister spoke by telephone with his Togolese counterpart on Monday,"
        " and the two agreed to set up a joint customs committee.",
        "GHA",
        "TGO",
    ),
    (
        "057",
        "Kenya's president met Uganda's president in Kampala, and the two signed a border"
        " agreement.",
        "KEN",
        "UGA",
    ),
]

NOT_EVENTS = [
    # people counted before, not a pair of states acting together
    ("173", "Police in Accra arrested two Togolese traders, and the two were held overnight."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_bare_pair_acts(events: Events, code: str, sentence: str, actor1: str, actor2: str) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_bare_pair_near_misses(events: Events, code: str, sentence: str) -> None:
    # the bare "the two" of people held makes no second pair of states
    assert not any(a1 == "TGO" and c == code for c, a1, _ in briefs(events, sentence))
