"""A pattern's gap stops where a second act begins: "detained 12 fishermen and impounded
three boats" is two acts (173 and 1711), not one reading of "detain ~ boats" stretched over
the second verb; while two verbs sharing one object ("trained and equipped the coast
guard") still read as one phrase. Goods taken by a state's forces (diesel, rifles,
trucks) are property confiscated (1711), as craft and cash already were.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from watchfloor.extract.rules import Slot
from watchfloor.extract.text import tokenize
from watchfloor.extract.triggers import _match

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    ("173", "Senegal's navy detained 11 Gambian fishermen and impounded two fishing boats off "
     "Casamance on Saturday.", "SEN", "GMB"),
    ("1711", "Senegal's navy detained 11 Gambian fishermen and impounded two fishing boats off "
     "Casamance on Saturday.", "SEN", "GMB"),
    ("173", "The Sri Lankan navy detained 23 Indian fishermen and seized three boats "
     "near Delft island.", "LKA", "IND"),
    ("1711", "The Sri Lankan navy detained 23 Indian fishermen and seized three boats "
     "near Delft island.", "LKA", "IND"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_each_conjunct_is_read(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the near misses: one act, however the gap runs
NOT_FOUND = [
    # the first verb's gap no longer reaches the second verb's object
    ("171", "Senegal's navy detained 11 Gambian fishermen and impounded two fishing boats off "
     "Casamance on Saturday."),
    ("171", "The Sri Lankan navy detained 23 Indian fishermen and seized three boats "
     "near Delft island."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_no_act_across_a_second_verb(events: Events, code: str, sentence: str) -> None:
    found = briefs(events, sentence)
    assert found  # the sentence's acts are read, only not this one
    assert not any(c == code for c, _, _ in found)


def test_a_gap_still_runs_over_a_shared_object() -> None:
    """ "and" straight after the trigger's verb joins two verbs of one object, no second
    act: the gap may still run over it; after the first verb's own object it may not."""
    gap = Slot(gap=8)
    boats = Slot(words=frozenset({"boats"}))
    assert _match((gap, boats), tokenize("seized and impounded the boats"), 0, 1) == 5
    assert _match((gap, boats), tokenize("seized the nets and impounded the boats"), 0, 1) is None
    # "and" before a noun opens no second act
    assert _match((gap, boats), tokenize("seized the nets and the boats"), 0, 1) == 6


# goods taken by a state's forces are property confiscated (1711), as craft and cash are
SEIZED = [
    ("1711", "Moroccan gendarmes arrested four men and seized 3,000 litres of smuggled "
     "diesel near Oujda.", "MAR", None),
    ("1711", "Kenyan police impounded nine Ugandan trucks at the Busia crossing on Monday.",
     "KEN", "UGA"),
    ("1711", "Ghana's army seized 12 rifles and ammunition from Togolese smugglers near "
     "Aflao.", "GHA", "TGO"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), SEIZED)
def test_goods_seized(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


def test_a_figure_of_speech_is_no_seizure(events: Events) -> None:
    """Seizing on words or an opportunity takes no goods."""
    found = briefs(events, "Ghana's opposition seized on the minister's remarks about Togo.")
    assert not any(c == "1711" for c, _, _ in found)
