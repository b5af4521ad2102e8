"""Wire wording of stances and moves that the extractor used to read as no event at all:
concern stated as a state of mind (110), a mobilisation in noun form (154), vessels
driven out of waters a state claims (174), a departure demanded in a clause (106), a ban
on another state's goods lifted (085), a gift of no stated kind (070), a destruction
told in the communiqué register (195 by an air arm, 190 by ground forces) and a response
foretold in the negative (130: "will not remain without a response"). Refusals and
forces moved at home are tested in test_refusal_and_mobilisation_wording.py.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # 110: concern, alarm, dismay about what another state did; "by" is the cause, no agent
    ("110", "Ghana is alarmed by Togo's decision to close the border.", "GHA", "TGO"),
    ("110", "Brazil said it was seriously concerned over Venezuela's build-up.", "BRA", "VEN"),
    ("110", "The Serbian government is very worried about Croatia's arms purchases.", "SRB", "HRV"),
    ("110", "Kenya was disappointed with Uganda's ban on its milk.", "KEN", "UGA"),
    ("110", "Chile is deeply troubled by Argentina's new fishing rules.", "CHL", "ARG"),
    ("110", "Thailand is gravely concerned about Cambodia's closure.", "THA", "KHM"),
    ("110", "Portugal was dismayed at Angola's treatment of the journalists.", "PRT", "AGO"),
    # 154: the mobilisation in noun form
    ("154", "Armenia announced a partial mobilization of reservists.", "ARM", None),
    ("154", "Ethiopia ordered the mobilisation of 50,000 militia members.", "ETH", None),
    ("154", "Serbia declared a general mobilisation on Friday.", "SRB", None),
    # 174: ships and boats put out of claimed waters
    ("174", "The Indonesian Navy escorted the Chinese coast guard vessel out of its waters.",
     "IDN", "CHN"),
    ("174", "The Philippine coast guard drove away two Chinese vessels from the shoal.",
     "PHL", "CHN"),
    ("174", "The Senegalese navy drove off three Gambian trawlers.", "SEN", "GMB"),
    ("174", "Japanese patrol boats chased away a Chinese fishing fleet near the islands.",
     "JPN", "CHN"),
    ("174", "Argentine warships chased the Spanish boats out of the fishing zone.", "ARG", "ESP"),
    # 106: the departure asked for in a "that" clause
    ("106", "Ankara demanded that Greek troops leave the island.", "TUR", "GRC"),
    ("106", "Mali demanded that the UN mission leave the country by June.", "MLI", "IGO"),
    ("106", "Baghdad demands that Turkish forces vacate the base at Bashiqa.", "IRQ", "TUR"),
    # 085: a ban on another state's goods lifted, scrapped or ended
    ("085", "Pakistan lifted its ban on Indian films.", "PAK", "IND"),
    ("085", "China ended its ban on Australian wine.", "CHN", "AUS"),
    ("085", "Nigeria has scrapped the embargo on Ghanaian poultry.", "NGA", "GHA"),
    # 070: a gift of no stated kind
    ("070", "Germany donated 20 ambulances to Moldova.", "DEU", "MDA"),
    ("070", "Japan gifted 50 buses to Cambodia.", "JPN", "KHM"),
    # 195 by an air arm, 190 by ground forces: destroyed, neutralised
    ("195", "The Nigerian air force destroyed a Boko Haram camp near Lake Chad.", "NGA", "NGA"),
    ("195", "Chadian warplanes neutralised a convoy of Boko Haram fighters.", "TCD", "NGA"),
    ("190", "Malian troops destroyed a JNIM camp near Mopti.", "MLI", "MLI"),
    ("190", "The Nigerian army said its troops neutralised 20 Boko Haram fighters.", "NGA", "NGA"),
    # 130: the foretold answer, negated, in the ministry register
    ("130", "Russia warned Bulgaria that further hostile steps will not remain without an "
     "adequate response.", "RUS", "BGR"),
    ("130", "Moscow warned Tallinn that the seizure would not be left without a response.",
     "RUS", "EST"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_stance_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# wording of the same words that is no event of these families
NOT_FOUND = [
    ("110", "Analysts are deeply concerned about China's growing navy."),  # no state
    ("110", "Tokyo was alarmed that Moscow could transfer missile technology."),  # a fear
    ("110", "Egypt is concerned about the water."),  # no one's act
    ("154", "The mobilisation of voters surprised Mexico's parties."),
    ("174", "Police drove the protesters away from the square in Lima."),
    ("174", "The Kenyan navy escorted the cargo ship to Mombasa."),
    ("106", "The ministry demanded that police leave the campus."),  # no state named
    ("085", "Kenya lifted its ban on opposition rallies."),  # a domestic ban: 0812
    ("070", "Japan donated blood."),
    ("195", "Russian forces destroyed a Ukrainian drone over Belgorod."),  # shot down
    ("190", "Protesters destroyed a police station in Lagos."),
    ("190", "Floods destroyed the Sudanese army's barracks."),
    ("130", "Hungary said the request would not remain without an answer from Brussels."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_stance_wording_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
