"""Wire wording of the families with most misses on unseen reporting: port calls and
stays (042), police working alongside police (062), money paid, released, deposited or
lent (071), aircraft gifted (072), trade cut off (163), people put over a border (174),
seizures in the passive (171), borders kept or ordered closed (172) and munitions
dropped (195).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # 042: a ship calls at, docks in, ties up at a port; a stay of days is a visit
    ("042", "A Chinese navy training ship called at Colombo on Monday.", "CHN", "LKA"),
    ("042", "The Indian destroyer INS Kolkata made a port call at Manila.", "IND", "PHL"),
    ("042", "Two Russian warships docked in Havana on Wednesday.", "RUS", "CUB"),
    ("042", "The French frigate tied up at a pier in Djibouti last week.", "FRA", "DJI"),
    ("042", "The Turkish corvette spent a week in Mogadishu in March.", "TUR", "SOM"),
    ("042", "Egypt's foreign minister spent three days in Ankara.", "EGY", "TUR"),
    ("042", "Russia's foreign minister is expected in Pyongyang this week.", "RUS", "PRK"),
    # 040: an issue taken up with someone
    ("040", "Lithuania took up the issue with Poland.", "LTU", "POL"),
    # 062: police working alongside another state's police
    ("062", "Italian police officers are working alongside Albanian police.", "ITA", "ALB"),
    ("062", "Spanish gendarmes work with Moroccan police in Tangier.", "ESP", "MAR"),
    # 071: money paid, released, deposited, lent; a tranche of money in noun form
    ("071", "Japan released $200 million to Sri Lanka on Monday.", "JPN", "LKA"),
    ("071", "Kuwait deposited $2 billion in the central bank of Egypt.", "KWT", "EGY"),
    ("071", "China will lend Laos $500 million for the railway.", "CHN", "LAO"),
    ("071", "Norway paid 30 million euros to Malawi for its schools.", "NOR", "MWI"),
    # 174: people handed over or pushed across a border
    ("174", "Indian guards handed over 52 migrants to Nepal on Friday.", "IND", "NPL"),
    ("174", "Croatian police pushed dozens of migrants into Bosnia.", "HRV", "BIH"),
    # 171: a seizure told in the passive, the seizer after "by"
    ("1711", "A Japanese fishing boat was seized by the Russian coast guard.", "RUS", "JPN"),
    ("1711", "Two Iranian dhows were impounded by the Omani navy.", "OMN", "IRN"),
    # 172: a border kept, ordered or shut closed against a named neighbour
    ("172", "Finland will keep its border with Russia closed until spring.", "FIN", "RUS"),
    ("172", "Poland shut two crossings on its border with Belarus.", "POL", "BLR"),
    ("172", "Algeria decided to close the border with Morocco.", "DZA", "MAR"),
    # 072: aircraft and kit gifted or handed to a state
    ("072", "India gifted two helicopters to the Maldives in 2013.", "IND", "MDV"),
    ("072", "Turkey delivered four trainer jets to Niger's air force.", "TUR", "NER"),
    # 043: a military visitor received is a guest, not a delivery
    ("043", "Egypt received Sudan's army chief in Cairo on Sunday.", "EGY", "SDN"),
    # 163: trade cut off, the target whose goods or who would receive them
    ("163", "China suspended imports of Japanese seafood.", "CHN", "JPN"),
    ("163", "India halted exports of rice to Bangladesh.", "IND", "BGD"),
    ("163", "Beijing stopped buying Australian coal last year.", "CHN", "AUS"),
    # 195: munitions dropped on a target
    ("195", "Houthi drones dropped explosives on a Saudi border post.", "YEM", "SAU"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_family_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# wording of the same words that is no event of these families
NOT_FOUND = [
    ("042", "The minister called in the ambassador of Chile."),
    ("042", "Refugees spent weeks in tents near the border."),
    ("172", "The rebels ambushed a convoy close to the Algerian border."),
    ("172", "Kenya will keep its border closed."),  # aimed at no one the sentence names
    ("071", "Hungary paid tribute to the victims."),
    ("042", "Heavy rain is expected in Dhaka this week."),
    ("072", "Egypt received Sudan's army chief in Cairo on Sunday."),
    ("163", "The EU lifted its ban on imports of Ukrainian grain."),
    ("163", "China resumed imports of Australian beef."),
    ("191", "Poland shut two crossings on its border with Belarus."),  # 172, not a blockade
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_family_wording_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
