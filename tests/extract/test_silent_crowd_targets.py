"""A nameless crowd's act whose verb names no target (e-silent9): a blockade or a march
is aimed at the one the crowd makes its demand of ("blocked the highway, demanding that
the government ..."), and a bare "the government" in the crowd's sentence is the
crowd's own state's; the crowd may stand before a relative clause ("herders who had
lost their wells blocked the road"); herders, landowners, pilgrims, relatives and ultras
are crowds too.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    (
        "144",
        "About 80 herders blocked the main road near Mzuzu on Friday, demanding that the"
        " government pay for the lost cattle.",
        "MWI",
        "MWI",
    ),
    (
        "144",
        "Hundreds of traders who had been stranded in Lubumbashi blocked the highway for a"
        " day demanding that the authorities reopen the border.",
        "COD",
        "COD",
    ),
    (
        "144",
        "In Tulear, dozens of fishermen blocked the coast road for hours, saying the"
        " government had abandoned them.",
        "MDG",
        "MDG",
    ),
    (
        "144",
        "Landowners blocked the road outside Lae on Monday, demanding that Japan pay"
        " royalties owed since 2019.",
        "PNG",
        "JPN",
    ),
    (
        "141",
        "Around 40 relatives rallied outside the Turkish consulate in Erbil on Sunday.",
        "IRQ",
        "TUR",
    ),
]

NOT_EVENTS = [
    # a crowd placed nowhere: no state can be given it
    ("144", "Hundreds of herders blocked the road, demanding that the government pay them."),
    # a blockade that makes no demand of anyone and names no government
    ("144", "About 80 herders blocked the main road near Mzuzu on Friday with their cattle."),
    # a government named by its state is not the crowd's own
    ("144", "Herders blocked the road near Mzuzu, and a Zambian government convoy turned back."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_silent_crowd_target(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_silent_crowd_near_misses(events: Events, code: str, sentence: str) -> None:
    found = briefs(events, sentence)
    assert not any(c == code and a2 is not None and a1 == a2 for c, a1, a2 in found)
