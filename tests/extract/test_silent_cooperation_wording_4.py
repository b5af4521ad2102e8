"""Cooperative and statement acts (CAMEO 01-09) the rules used to leave without any event
(e-silent12): people let go on bail, on bond, pending trial or without charge are
released (0841), a nameless group a state's own court or police lets go at home being
its own people, as for arrests; people let go named by a pronoun ("the court released
them on bail") are whom the latest earlier arrest held; a measure said to be "not
directed at" a state denies aiming it at that state (016), by whoever says so.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

WIRE = "LIMA, June 4 (Harbor Wire) - "

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    # a nameless group let go at home by the state's court or police: its own people
    ("0841", WIRE + "A court in Cusco released the 14 men on bail on Friday.", "PER", "PER"),
    ("0841", WIRE + "Twelve villagers were released on bail on Friday, the interior ministry"
     " said.", "PER", "PER"),
    ("0841", WIRE + "Twelve villagers were released on Friday, the interior ministry said.",
     "PER", "PER"),
    # a group the sentence gives a nationality keeps it
    ("0841", WIRE + "A court in Cusco released the 14 Bolivian men on bail on Friday.",
     "PER", "BOL"),
    # people let go named by a pronoun: whom the latest arrest held
    ("0841", WIRE + "Peruvian police arrested nine Chilean fishermen on Monday. A court in"
     " Arequipa released them pending trial two days later.", "PER", "CHL"),
    # a measure "not directed at" a state: whoever says so denies aiming it at it
    ("016", "Finland's interior ministry said the new checks were \"not directed at Russia"
     " or its people\".", "FIN", "RUS"),
    ("016", "The closure is not aimed at Uganda, Kenya's transport minister said.",
     "KEN", "UGA"),
]  # fmt: skip

NOT_EVENTS = [
    # released things, not people, and a release only asked for
    ("0841", WIRE + "The ministry released a statement on bail reform on Friday."),
    ("0841", "Kenya demanded that Somalia release them immediately."),
    # no state named after "not directed at", and a plain "directed at"
    ("016", "Finland's interior ministry said the checks were \"not directed against any"
     " third country\"."),
    ("016", "Finland's interior ministry said the checks were directed at Russia."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_silent_cooperation_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_silent_cooperation_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_a_release_of_no_one_held_before_names_no_one(events: Events) -> None:
    # "them" with no arrest told before: a release, but of no one the story names
    found = briefs(events, WIRE + "A court in Arequipa released them pending trial on Tuesday.")
    assert not any(c == "0841" and a2 is not None for c, _, a2 in found), found
