"""Wire wording that left whole sentences silent: a saying of the other side turned down
(120: "rejected the French version", "rebuffed Washington's demand"), kept apart from a
charge denied (016).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
REBUFFS = [
    ("120", "Peru rejected the Chilean assessment of the incident.", "PER", "CHL"),
    ("120", "The Ghanaian government rejected the Togolese version on Monday.", "GHA", "TGO"),
    ("120", "Hungary's prime minister rejected the German criticism on Friday.", "HUN", "DEU"),
    ("120", "Baku rejected Yerevan's latest demands on Tuesday.", "AZE", "ARM"),
    ("120", "Kenya rejected the demands of the Ethiopian government.", "KEN", "ETH"),
    ("120", "Bolivia's president rebuffed the criticism from Brasilia.", "BOL", "BRA"),
    ("120", "Tunisia spurned the Libyan request for extradition.", "TUN", "LBY"),
    ("120", "The Laotian government rejected Thailand's complaint about the dam.", "LAO", "THA"),
    # the critic told before in the story
    ("120", "Norway criticised Iceland over the quotas. Iceland's fisheries minister "
     "rejected the criticism on Thursday.", "ISL", "NOR"),
]

# a charge denied stays a denial, a claim about an act denies that act
NOT_REBUFFS = [
    ("120", "Senegal rejected the Gambian accusations as baseless."),
    ("120", "The ministry rejected claims that Malian troops had crossed the border."),
    ("120", "The government rejected the criticism."),  # whose, nothing says
]

@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), REBUFFS)
def test_rebuffs(events: Events, code: str, sentence: str, actor1: str, actor2: str) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_REBUFFS)
def test_rebuffs_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_a_charge_rejected_is_denied_not_rebuffed(events: Events) -> None:
    assert ("016", "SEN", "GMB") in briefs(events, "Senegal rejected the Gambian accusations.")
