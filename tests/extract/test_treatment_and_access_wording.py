"""Appeals and grants about held people (e-silent22): people asked to be treated humanely
or fairly, or given a fair trial, is an appeal for their rights (0243); their safety
asked of the state where they are is an appeal for protection (0234); consular access
granted is a right given (0833), and asked of the holder a release demand (1053). Police
sent to work on a case with another state's police cooperate (063), not deploy (074).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country)
WORDINGS = [
    ("0243", "Senegal urged Mauritania to treat the detained herders humanely.", "SEN", "MRT"),
    ("0243", "Peru called on Chile to treat the arrested truckers fairly.", "PER", "CHL"),
    (
        "0243",
        "Ghana asked the Togolese authorities to guarantee the fishermen a fair trial.",
        "GHA",
        "TGO",
    ),
    (
        "0234",
        "Turkey urged the Libyan authorities to ensure the safety of Turkish workers.",
        "TUR",
        "LBY",
    ),
    (
        "0833",
        "The Kenyan authorities granted consular access to the Embassy of Uganda on Monday.",
        "KEN",
        "UGA",
    ),
    ("1053", "Nepal asked India to grant consular access to the detained porters.", "NPL", "IND"),
    (
        "063",
        "Latvia's Interior Ministry sent two detectives to Vilnius to work with Lithuanian police.",
        "LVA",
        "LTU",
    ),
]

NOT_EVENTS = [
    # a state's own treatment of people, no appeal made
    ("0243", "Senegal said it treated the returned herders humanely."),
    # the safety of one's own people seen to at home is no appeal
    ("0234", "Turkey sent police to ensure the safety of the workers."),
    # consular access demanded of the holder is no access granted
    ("0833", "Peru demanded that Chile grant consular access to the truckers."),
    ("0833", "Nepal asked India to grant consular access to the detained porters."),
    # police sent to keep order abroad are forces sent, no case worked on together
    ("063", "Rwanda sent 300 police officers to Mozambique to help restore order."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_treatment_and_access_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_treatment_and_access_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
