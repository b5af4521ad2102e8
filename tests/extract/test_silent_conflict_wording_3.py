"""Conflictual acts (CAMEO 10-20) the rules used to leave without any event (e-silent11):
a nameless crowd in a datelined story is the dateline's people when its sentence names
no place; a crowd blocks a gate, a harbour or a jetty as it blocks a road, and marches to
whom its march is aimed at; growers are a crowd as farmers are; visas suspended for a
state's citizens and fines a state body imposes are administrative sanctions (172), a
court's fine its verdict (116); a crowd that stops work strikes (143); bare "police" in a
datelined story are the dateline's police when no other state's were named before; a
nameless group held in the passive, told of by a body of the dateline's state, is held
by that state and is its people.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

WIRE = "MOMBASA, June 4 (Harbor Wire) - "

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    (
        "144",
        WIRE + "About 200 fishermen blocked the harbour entrance with their boats on Monday,"
        " demanding that the government ban foreign trawlers.",
        "KEN",
        "KEN",
    ),
    (
        "144",
        "DAKAR, June 4 (Harbor Wire) - About 150 dockers blocked the main gate of the French"
        " naval base for a day.",
        "SEN",
        "FRA",
    ),
    (
        "141",
        "ACCRA, June 4 (Harbor Wire) - About 60 cocoa growers marched to the British High"
        " Commission on Tuesday.",
        "GHA",
        "GBR",
    ),
    ("172", "Two days later Kenya's interior ministry suspended visas for Ugandan citizens.",
     "KEN", "UGA"),
    ("172", "Kenya's energy regulator fined a Chinese contractor 2 million shillings for the"
     " spill.", "KEN", "CHN"),
    ("116", "A court in Mombasa fined the Tanzanian captain 500,000 shillings.", "KEN", "TZA"),
    ("173", "NAIROBI, June 4 (Harbor Wire) - Police arrested 14 people at the market on"
     " Tuesday.", "KEN", "KEN"),
    # a nameless group held in the passive, told by the home state's own body
    ("173", "LIMA, June 4 (Harbor Wire) - Twelve villagers were detained on Friday, the"
     " interior ministry said.", "PER", "PER"),
    # a strike told by what stops
    ("143", "ACCRA, June 4 (Harbor Wire) - Hundreds of dockers stopped work on Monday,"
     " demanding that the government raise wages.", "GHA", "GHA"),
]  # fmt: skip

NOT_EVENTS = [
    # the month is no march
    ("141", "In March Kenya handed over two patrol boats to Tanzania."),
    # a navy's blockade is no crowd's
    ("144", "The Kenyan navy blocked the harbour entrance on Monday, demanding that Somalia act."),
    # a fine no state body imposes, and visas suspended for no one named
    ("172", "The referee fined two players."),
    ("172", "Kenya suspended visas for a week."),
    # no dateline: the police and the crowd belong to no state the text gives
    ("173", "Police arrested 14 people at the market on Tuesday."),
    ("144", "About 200 fishermen blocked the harbour entrance, demanding that the government act."),
    # held people told of with no dateline, of foreign origin, or by another state's body
    ("173", "Twelve villagers were detained on Friday, the interior ministry said."),
    ("173", "LIMA, June 4 (Harbor Wire) - Twelve migrants were detained on Friday, the"
     " interior ministry said."),
    ("173", "LIMA, June 4 (Harbor Wire) - Twelve villagers were detained on Friday, the"
     " Bolivian interior ministry said."),
    # a ministry that stops work on a road is on no strike
    ("143", "Kenya's roads ministry stopped work on the bypass after a dispute with Uganda."),
    # a court's fine is its verdict, not an administrative sanction
    ("172", "A court in Mombasa fined the Tanzanian captain 500,000 shillings."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_silent_conflict_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_silent_conflict_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
