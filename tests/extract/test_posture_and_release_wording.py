"""Wording of the family choice in acts the rules read under no line or a wrong one
(e-code5): forces strengthened where they stand (154: "reinforced its patrols",
"will increase their presence"; a police force is 153 and a firm's presence in a market
is no act), people let go named by who they are, with a target (0841: "released the
Nigerien man", "freed two Kenyan engineers"), a request turned down with the particle
after it (120) and visas withheld from another state's people (172: "stopped issuing
visas to", "imposed a visa requirement on").

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    ("154", "The Peruvian army reinforced its patrols on the northern border.", "PER", None),
    ("154", "The Greek navy has increased its presence in the Aegean.", "GRC", None),
    ("154", "Vessels of the Estonian Navy will step up their patrols near Narva.", "EST", None),
    ("154", "The Chadian army has reinforced the units posted in the east.", "TCD", None),
    ("0841", "The Malian authorities released the Nigerien man on Friday.", "MLI", "NER"),
    ("0841", "Al-Shabaab freed two Kenyan engineers on Monday.", "SOM", "KEN"),
    ("120", "Portugal's foreign ministry turned the request down.", "PRT", None),
    ("172", "Oman suspended the issuance of new work visas to Pakistani nationals.", "OMN", "PAK"),
    ("172", "Qatar has halted the issue of tourist visas for Iranians.", "QAT", "IRN"),
    ("172", "Peru imposed a new visa requirement on Venezuelan nationals.", "PER", "VEN"),
]

NOT_EVENTS = [
    # a firm's presence grows in a market, not a force on the ground
    ("154", "Chinese firms increased their presence in African markets."),
    # a police force strengthened is police power (153), not armed forces
    ("154", "The Kenyan police reinforced its patrols in Nairobi."),
    # a statement or footage released about workers lets no one go
    ("0841", "The ministry released a statement on migrant workers."),
    ("0841", "Chadian police released footage of Sudanese workers in handcuffs."),
    # cooperation between units strengthened is no increase of forces
    ("154", "The two armies agreed to strengthen coordination between their border units."),
    # a request turned over to others is not refused
    ("120", "Portugal's foreign ministry turned the request over to the courts."),
    # issuing visas again lifts a sanction
    ("172", "Oman resumed issuing work visas to Pakistani nationals."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_posture_and_release_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_posture_and_release_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
