"""Cooperation of roots 06-08 that the rules read nothing of (e-silent10): magistrates
and investigating judges act as courts of the state they sit in (0841 "a magistrate in
Mombasa released the traders on bail"), held people freed by a court's order ("ordered
the fishermen freed"), and intelligence or evidence shared with another state's body
(064 "shared the criminal records of the suspects with the Ugandan police"). Each with
the near miss that must not fire.

Every sentence here is invented (other countries, places and wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import briefs

Events = Callable[..., list[Mention]]


# (code, sentence, actor1 country, actor2 country)
WORDING = [
    # magistrates and investigating judges are courts, of the state their town is in
    (
        "0841",
        "A magistrate in Mombasa released the Tanzanian traders on bail on Monday.",
        "KEN",
        "TZA",
    ),
    (
        "0841",
        "An investigating judge in Dakar freed the Gambian man on condition that he report "
        "weekly.",
        "SEN",
        "GMB",
    ),
    # held people freed by a court's order
    ("0841", "A court in Mombasa on Monday ordered the Tanzanian fishermen freed.", "KEN", "TZA"),
    (
        "0841",
        "A judge in Accra ordered the Togolese drivers released pending their trial.",
        "GHA",
        "TGO",
    ),
    # intelligence or evidence shared with another state's body
    (
        "064",
        "Kenyan police shared the criminal records of the suspects with the Ugandan police.",
        "KEN",
        "UGA",
    ),
    (
        "064",
        "Spain's Guardia Civil shared its inventory of the seized paintings with Peru's "
        "culture ministry.",
        "ESP",
        "PER",
    ),
]


@pytest.mark.parametrize(("code", "text", "actor1", "actor2"), WORDING)
def test_cooperation_in_other_words_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # concerns shared are no intelligence
        ("Kenyan police shared their concerns with the Ugandan police.", "064"),
        # a sharing denied, or only asked for, is no intelligence passed on
        ("Kyrgyzstan's foreign ministry said Washington had not shared any evidence with "
         "Bishkek.", "064"),
        ("Morocco requested the United Nations mission to share its findings with the "
         "Moroccan authorities.", "064"),
        # data shared with no one named is given to no one
        ("Kenyan police shared the records on Monday.", "064"),
        # a thing ordered released is no held people
        ("A court in Mombasa ordered the documents released to the press.", "0841"),
        # a magistrate who orders people held frees no one
        ("A magistrate in Mombasa ordered the Tanzanian traders held for 14 days.", "0841"),
    ],
)
def test_near_misses_of_cooperation_in_other_words(events: Events, text: str, code: str) -> None:
    assert not [m for m in events(text) if m.code == code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's foreign minister said he had met the Ugandan president on Tuesday.",
            ("044", "KEN", "UGA"),
        ),
        (
            "Chile's ambassador in Lima said she had spoken by telephone with the Peruvian "
            "foreign minister.",
            ("041", "CHL", "PER"),
        ),
    ],
)
def test_he_after_a_title_in_the_sentence_is_that_person(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    """ "Kenya's foreign minister said he had met ...": "he" is the minister the sentence
    named by title, as after a leader named by name."""
    assert expected in briefs(events, text)


def test_he_after_a_ministry_is_no_one_the_sentence_names(events: Events) -> None:
    """A ministry is no "he": the pronoun does not fall on it."""
    found = events("Kenya's foreign ministry said he had met the Ugandan president on Tuesday.")
    assert not [m for m in found if m.actor1.code.startswith("KEN")]
