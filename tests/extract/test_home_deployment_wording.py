"""Forces sent or spread within one's own land (154): "sent extra border units and drones
to the Van sector", "deployed about 900 men along the northern border". Sent to a state
the sentence names, the same words are a deployment abroad (072), and an infinitive after
"to" is a purpose, not a destination ("will send units to train with allies").

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

HOME_DEPLOYMENTS = [
    ("Algeria's defence ministry sent additional units and drones to the Tamanrasset "
     "sector.", "DZA"),
    ("The Peruvian army dispatched two battalions to the southern highlands.", "PER"),
    ("Ecuador sent marines to the northern coast on Friday.", "ECU"),
    ("In May the Nigerien army deployed about 900 men along the western border.", "NER"),
    ("The Chadian army has stationed elements around the airport at Abeche.", "TCD"),
]

ABROAD = [
    ("Senegal sent 300 troops to the Gambia.", "SEN", "GMB"),
    ("Rwanda dispatched two battalions to the Central African Republic.", "RWA", "CAF"),
]

NOT_HOME_DEPLOYMENTS = [
    "Finland will send units to train alongside allied forces.",
    "Senegal sent 300 troops to the Gambia.",
    "Police deployed 300 officers around the stadium.",
]


@pytest.mark.parametrize(("sentence", "actor1"), HOME_DEPLOYMENTS)
def test_home_deployments(events: Events, sentence: str, actor1: str) -> None:
    assert ("154", actor1, None) in briefs(events, sentence)


@pytest.mark.parametrize(("sentence", "actor1", "actor2"), ABROAD)
def test_sent_abroad(events: Events, sentence: str, actor1: str, actor2: str) -> None:
    assert ("072", actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize("sentence", NOT_HOME_DEPLOYMENTS)
def test_not_a_home_deployment(events: Events, sentence: str) -> None:
    assert not any(c == "154" for c, _, _ in briefs(events, sentence))
