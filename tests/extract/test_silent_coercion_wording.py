"""Coercion (CAMEO 17) the rules used to leave without any event: police go
without an article ("riot police cleared the road", "gendarmes fired tear gas") as a
definite body does, and in an undatelined analysis whose title leads with a state they
are that state's; tear gas and pepper spray are used on a crowd, so a state's own police
using them at home with no crowd named act on that state's people (175, CVL).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from watchfloor.extract import Extractor

from .conftest import titled_briefs

ANALYSIS = "Analysis: Copper and water - why Zambia's quarrel with a Swiss miner keeps growing"

# (title, sentence, code, actor1 country, actor2 country or None)
WORDINGS = [
    (ANALYSIS, "On 3 May riot police cleared the camp with tear gas and detained 20 people.",
     "173", "ZMB", "ZMB"),
    (ANALYSIS, "Police fired tear gas to open the highway and arrested nine people.",
     "175", "ZMB", "ZMB"),
    (ANALYSIS, "On 9 June gendarmes used pepper spray to clear the bridge.", "175", "ZMB", "ZMB"),
    # a dateline sets the police where it is, with no article as with one
    ("Road protest", "LUSAKA, June 4 (Harbor Wire) - On Monday riot police fired tear gas to"
     " clear the road.", "175", "ZMB", "ZMB"),
]  # fmt: skip

NOT_EVENTS = [
    # no dateline and a title naming no state: whose police is not told
    ("Road protest ends", "On 3 May riot police fired tear gas to clear the road.", "175"),
    # one officer is no body of a state
    (ANALYSIS, "On 3 May a police officer fired tear gas into his own car by mistake.", "175"),
    # tear gas aimed at a group the clause names is not read as aimed at the home crowd
    (
        ANALYSIS,
        "LUSAKA, June 4 (Harbor Wire) - Police fired tear gas at groups of Congolese migrants.",
        "175-ZMB",
    ),
    # a government the title leads with is not the police's: bare "government" stays unread
    (ANALYSIS, "The government arrested nobody, and no one was charged.", "173"),
]


@pytest.mark.parametrize(("title", "sentence", "code", "actor1", "actor2"), WORDINGS)
def test_silent_coercion_wording(
    extractor: Extractor, title: str, sentence: str, code: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in titled_briefs(extractor, title, sentence)


@pytest.mark.parametrize(("title", "sentence", "code"), NOT_EVENTS)
def test_silent_coercion_near_misses(
    extractor: Extractor, title: str, sentence: str, code: str
) -> None:
    if "-" in code:  # the home crowd must not be the target: "175-ZMB"
        act, home = code.split("-")
        assert not any(
            c == act and a2 == home for c, _, a2 in titled_briefs(extractor, title, sentence)
        )
        return
    assert not any(c == code for c, _, _ in titled_briefs(extractor, title, sentence))
