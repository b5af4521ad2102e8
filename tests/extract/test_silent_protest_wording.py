"""Protests and removals (CAMEO 14, 174) the rules used to leave without any event:
a nameless crowd in an undatelined analysis stands in the state its title
leads with; a crowd demanding something "from" someone aims its blockade at them, and a
crowd naming no one aims it at the firm its sentence names; the demand that goes with a
protest ("blocked the road, demanding compensation") is the protest's purpose, no demand
of its own; a removal in the passive with no agent and no one telling it is the story's
own state's, aimed at the state the people are sent to; a crowd that blocks the road to
a site ("the mine", "the plant") acts against the firm the story last named.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from watchfloor.extract import Extractor

from .conftest import titled_briefs

ANALYSIS = "Analysis: Copper and water - why Zambia's quarrel with a Swiss miner keeps growing"
DATELINE = "NDOLA, June 4 (Harbor Wire) - "

# (title, sentence, code prefix, actor1 country, actor2 country)
WORDINGS = [
    # the title's state is where a nameless crowd stands
    (ANALYSIS, "On 4 May hundreds of villagers blocked the road to the smelter, demanding"
     " that the government pay compensation.", "144", "ZMB", "ZMB"),
    # what is demanded, then "from" whom
    ("Road protest", DATELINE + "Hundreds of farmers blocked the highway on Monday, demanding"
     " compensation from the Chinese company.", "144", "ZMB", "CHN"),
    # a crowd naming no addressee: the firm its sentence names
    ("Road protest", DATELINE + "Hundreds of villagers blocked the road to the quarry, saying"
     " the Chinese company had poisoned their wells.", "144", "ZMB", "CHN"),
    # a site the story's firm runs: the crowd that blocks the road to it acts against it
    ("Road protest", DATELINE + "The smelter is run by a Canadian company. Hundreds of"
     " villagers blocked the road to the smelter on Monday.", "144", "ZMB", "CAN"),
    # an agentless removal: the story's state sends them to theirs
    ("Traders sent home", DATELINE + "Twelve Malawian traders were deported to Lilongwe on"
     " Friday.", "174", "ZMB", "MWI"),
]  # fmt: skip

NOT_EVENTS = [
    # no dateline and a title naming no state: whose crowd is not told
    ("Road protest ends", "On 4 May hundreds of villagers blocked the road to the smelter,"
     " demanding that the government pay compensation.", "144"),
    # a crowd that names no one it is aimed at is not kept
    ("Road protest", DATELINE + "Hundreds of farmers blocked the highway on Monday for three"
     " hours.", "144"),
    # the story's firm, but the crowd blocks no site of it
    ("Road protest", DATELINE + "The smelter is run by a Canadian company. Hundreds of"
     " villagers blocked the highway on Monday.", "144"),
    # the protest's demand is its purpose: no demand (10) of its own
    ("Road protest", DATELINE + "Hundreds of farmers blocked the highway on Monday, demanding"
     " compensation from the Chinese company.", "10"),
    # sent to a place at home: no removal to another state
    ("Traders moved", DATELINE + "Twelve traders were deported to Lusaka on Friday.", "174"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentence", "code", "actor1", "actor2"), WORDINGS)
def test_silent_protest_wording(
    extractor: Extractor, title: str, sentence: str, code: str, actor1: str, actor2: str
) -> None:
    found = titled_briefs(extractor, title, sentence)
    assert any(c.startswith(code) and (a1, a2) == (actor1, actor2) for c, a1, a2 in found), found


@pytest.mark.parametrize(("title", "sentence", "code"), NOT_EVENTS)
def test_silent_protest_near_misses(
    extractor: Extractor, title: str, sentence: str, code: str
) -> None:
    found = titled_briefs(extractor, title, sentence)
    assert not any(c.startswith(code) for c, _, _ in found), found


def test_a_demand_of_its_own_still_stands(extractor: Extractor) -> None:
    # no protest before it: the demand is the act
    found = titled_briefs(
        extractor, "Copper row", DATELINE + "Zambia demanded compensation from the Chinese company."
    )
    assert any(c.startswith("10") for c, _, _ in found), found
