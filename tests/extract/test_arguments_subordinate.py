"""The subject of a verb in a subordinate clause stands in that clause ("Ghana protested
after Togolese soldiers crossed the border and arrested ..."), and a force named by its
craft, units or officers ("boats of the Congolese navy", "a patrol of the Malian army")
acts through them."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Ghana recalled its ambassador after Togolese soldiers crossed the border and "
         "arrested three Ghanaian farmers near Aflao.",
         ("173", "TGO", "GHA"), ("173", "GHA", None)),
        ("Armenia protested to Baku on Monday after Azerbaijani troops entered the village "
         "of Tegh and detained two Armenian shepherds.",
         ("173", "AZE", "ARM"), ("173", "ARM", None)),
        ("Peru summoned Chile's ambassador when Chilean police raided a market in Arica and "
         "deported 80 Peruvian workers.",
         ("174", "CHL", "PER"), ("174", "PER", None)),
    ],
)  # fmt: skip
def test_a_subordinate_clause_has_its_own_subject(
    events: Events,
    text: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str | None],
) -> None:
    found = briefs(events, text)
    assert expected in found
    assert not_expected not in found


def test_a_closed_subordinate_clause_leaves_the_main_subject(events: Events) -> None:
    found = briefs(events, "After talks with Iran ended, Russia expelled two Iranian diplomats.")
    assert ("174", "RUS", "IRN") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boats of the Nigerian navy seized two Beninese trawlers off Lagos.",
         ("1711", "NGA", "BEN")),
        ("A patrol of the Malian army arrested four Mauritanian herders near Nara.",
         ("173", "MLI", "MRT")),
        ("Officers of the Belarusian KGB detained a Lithuanian journalist in Grodno.",
         ("173", "BLR", "LTU")),
    ],
)  # fmt: skip
def test_a_force_acts_through_its_craft_and_officers(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)
