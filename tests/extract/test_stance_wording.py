"""Wire wording of stances and moves that the extractor used to read as no event at all:
concern stated as a state of mind (110), a claim or decision not recognised (120),
a cooperation or talks ruled out (1211, 1212, 125), a mobilisation in noun form (154),
vessels driven out of waters a state claims (174), a departure demanded in a clause (106),
a ban on another state's goods lifted (085), a gift of no stated kind (070), a
destruction told in the communiqué register (195 by an air arm, 190 by ground forces)
and forces moved within their own country (154; moved into another state, 072).

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
    # 120: a line, vote, claim or decision not recognised
    ("120", "The Philippines does not recognise China's so-called ten-dash line.", "PHL", "CHN"),
    ("120", "Guyana will never recognize Venezuela's referendum on the Essequibo.", "GUY", "VEN"),
    ("120", "Indonesia refuses to recognise the claim made by China.", "IDN", "CHN"),
    ("120", "Greece does not recognise the Turkish Cypriot administration.", "GRC", "TUR"),
    ("120", "Georgia cannot recognize the elections held by Russia in Abkhazia.", "GEO", "RUS"),
    # 1211, 1212, 125: cooperation or talks excluded in advance
    ("1212", "The Solomon Islands ruled out a security pact with China.", "SLB", "CHN"),
    ("1212", "Fiji's prime minister ruled out any defence agreement with Beijing.", "FJI", "CHN"),
    ("1211", "Argentina has ruled out a free-trade deal with China for now.", "ARG", "CHN"),
    ("125", "Seoul has ruled out talks with Pyongyang until the launches stop.", "KOR", "PRK"),
    ("125", "Kyiv is ruling out negotiations with Moscow this year.", "UKR", "RUS"),
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
    # 154: forces moved, ordered or landed within their own country
    ("154", "Tanzania has moved extra troops to its side of the Rovuma river.", "TZA", None),
    ("154", "Colombia's president ordered 2,000 more troops to Catatumbo.", "COL", None),
    ("154", "The Colombian army moved two more companies of infantry into the town.", "COL", None),
    ("154", "Peru's navy landed about 120 marines on the island at dawn.", "PER", None),
    ("154", "Tajikistan rushed reinforcements to the Khatlon section of the border.", "TJK", None),
    # moved into another state, the same words are a deployment there (072)
    ("072", "North Korea has moved troops to Russia's Kursk region.", "PRK", "RUS"),
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
    ("120", "The minister said she does not recognize the man in the photograph."),
    ("120", "Morocco will not recognise the result."),  # whose, the sentence does not say
    ("1212", "Norway ruled out the use of force against anyone."),
    ("125", "Officials ruled out a meeting before the summer."),
    ("154", "The mobilisation of voters surprised Mexico's parties."),
    ("174", "Police drove the protesters away from the square in Lima."),
    ("174", "The Kenyan navy escorted the cargo ship to Mombasa."),
    ("106", "The ministry demanded that police leave the campus."),  # no state named
    ("085", "Kenya lifted its ban on opposition rallies."),  # a domestic ban: 0812
    ("070", "Japan donated blood."),
    ("195", "Russian forces destroyed a Ukrainian drone over Belgorod."),  # shot down
    ("190", "Protesters destroyed a police station in Lagos."),
    ("190", "Floods destroyed the Sudanese army's barracks."),
    ("154", "North Korea has moved troops to Russia's Kursk region."),
    ("154", "Officials moved the meeting to Geneva."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_stance_wording_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
