"""Wire wording of five families the patterns lacked as whole families: military help
asked for as support or cover (0232), complaints and cases taken to a court or the WTO
(115), links cut between states (172) and supplies cut off (163), and people handed
back or returned (0841).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # 0232: military help named as support, cover, backing or reinforcements
    ("0232", "Niger asked Paris for more air support against the jihadists.", "NER", "FRA"),
    ("0232", "Mozambique has requested security assistance from Rwanda.", "MOZ", "RWA"),
    ("0232", "The Iraqi army sought air cover from the US-led coalition.", "IRQ", "USA"),
    ("0232", "Benin asked Togo for military backing after the raid.", "BEN", "TGO"),
    ("0232", "Chad requested reinforcements from France on Tuesday.", "TCD", "FRA"),
    ("0232", "Kenya urged Britain to step up its military support.", "KEN", "GBR"),
    ("0232", "Somalia called on Turkey for more drone support.", "SOM", "TUR"),
    # 115: a complaint, case or dispute taken to a court or the WTO
    ("115", "Argentina filed a complaint at the WTO against Chilean duties on lemons.",
     "ARG", "CHL"),
    ("115", "Vietnam lodged a challenge at the World Trade Organization over Indonesia's "
     "export curbs.", "VNM", "IDN"),
    ("115", "Australia requested consultations with China at the World Trade "
     "Organization.", "AUS", "CHN"),
    ("115", "Bolivia took its dispute with Chile to the International Court of Justice.",
     "BOL", "CHL"),
    ("115", "Guyana brought its case against Venezuela before the ICJ.", "GUY", "VEN"),
    # 172: flights, rail and ferry links cut; airspace closed to the other's flights
    ("172", "Ghana suspended all flights to Nigeria on Monday.", "GHA", "NGA"),
    ("172", "Kuwait banned flights from Iraq after the outbreak.", "KWT", "IRQ"),
    ("172", "Armenia halted rail links with Azerbaijan.", "ARM", "AZE"),
    ("172", "Greece suspended ferry services to Turkey for a week.", "GRC", "TUR"),
    ("172", "Pakistan closed its airspace to flights from India.", "PAK", "IND"),
    ("172", "Bahrain shut its airspace to Qatari aircraft.", "BHR", "QAT"),
    ("172", "Jordanian airspace was closed to flights to and from Syria.", "JOR", "SYR"),
    # 163: supplies of energy or water cut off to another state
    ("163", "Uzbekistan cut the gas supply to Tajikistan in January.", "UZB", "TJK"),
    ("163", "Russia halted electricity exports to Finland.", "RUS", "FIN"),
    # 0841: people handed back or returned
    ("0841", "Ethiopia handed back 20 Eritrean soldiers to Asmara.", "ETH", "ERI"),
    ("0841", "India returned the detained soldiers to Pakistan on Friday.", "IND", "PAK"),
    ("0841", "Azerbaijan handed over two Armenian servicemen to Yerevan.", "AZE", "ARM"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_link_and_lawsuit_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the same words in sentences that are no event of these families
NOT_FOUND = [
    ("0841", "Indian troops returned fire at Pakistani soldiers on Monday."),
    ("0232", "Reporters asked whether air support would continue."),
    ("0841", "Moscow returned the bodies of 500 Ukrainian soldiers to Kyiv."),  # remains
    ("0841", "Croatia handed over the remains of two Serbian soldiers to Serbia."),
    ("115", "Peru lodged a protest with the Chilean embassy."),  # a protest note, 114
    ("172", "Storms grounded flights across the region."),  # no state aimed at
    ("172", "Fog closed the airspace over Delhi for hours."),
    # an airline's own flights are no state's measure
    ("172", "Turkish Airlines suspended flights to Iran until Friday."),
    ("172", "Several carriers halted flights to Israel after the Iranian strikes."),
    ("163", "Kenya sanctioned the deal on Monday."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_link_and_lawsuit_wording_not_an_event(
    events: Events, code: str, sentence: str
) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_preposition_inside_the_trigger_names_the_target(events: Events) -> None:
    """ "took its dispute with Chile to the court": the "with" the pattern holds inside
    its words, not only after them, names the respondent."""
    found = briefs(events, "Ecuador took its quarrel with Colombia to the Andean court.")
    assert ("115", "ECU", "COL") in found


def test_airspace_closed_to_military_aircraft_restricts_movement(events: Events) -> None:
    """Closed to another state's flights the airspace is an administrative sanction (172);
    closed to its warplanes, a restriction of military movement (191)."""
    found = briefs(events, "Oman closed its airspace to Yemeni warplanes.")
    assert ("191", "OMN", "YEM") in found
    assert not any(code == "172" for code, _, _ in found)


def test_a_role_owned_by_its_and_from_a_capital_stays_the_owners(events: Events) -> None:
    """ "recalled its ambassador from Algiers": the envoy is Mali's, posted in Algiers;
    the later "Algerian aircraft" stays an actor of its own."""
    found = events("Mali recalled its ambassador from Algiers and closed its airspace to "
                   "Algerian aircraft.")
    closed = [m for m in found if m.code == "172"]
    assert closed and all(m.actor2 is not None and m.actor2.code == "DZA" for m in closed)


def test_a_saying_set_off_by_commas_does_not_claim_the_clause_after_it(
    events: Events,
) -> None:
    """ "X did A, the ministry said, and Y did B": B is the writer's, not the ministry's."""
    text = ("Latvian border guards detained two Russian drivers on Monday, the Latvian "
            "interior ministry said, and Russia closed its border with Latvia.")
    closed = [m for m in events(text) if m.code == "172"]
    assert closed and all(m.source is None for m in closed)


@pytest.mark.parametrize(
    ("sentence", "code", "actor1", "actor2"),
    [
        ("The United States reimposed sanctions on Venezuela's oil sector.", "163", "USA",
         "VEN"),
        ("Japan asked for consultations with South Korea under WTO rules.", "115", "JPN",
         "KOR"),
    ],
)
def test_sanctions_reimposed_and_consultations_asked(
    events: Events, sentence: str, code: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


def test_consultations_outside_a_court_are_no_lawsuit(events: Events) -> None:
    found = briefs(events, "Kenya's president asked for consultations with Uganda's leader.")
    assert not any(code == "115" for code, _, _ in found)


def test_a_complaint_lodged_in_a_place_places_the_lawsuit(events: Events) -> None:
    """ "The complaint, lodged in Geneva, asks ...": the sentence makes no event of its own
    and places the complaint told before it."""
    text = ("Peru filed a complaint at the World Trade Organization against Chilean duties "
            "on Monday. The complaint, lodged in Geneva, asks for talks within 60 days.")
    lawsuits = [m for m in events(text) if m.code == "115"]
    assert lawsuits and all(m.location and m.location.name == "Geneva" for m in lawsuits)


@pytest.mark.parametrize(
    ("sentence", "code", "actor1", "actor2"),
    [
        # sanctions on unnamed bodies acting for another: the one they act for is hit
        ("Britain sanctioned six firms that supplied drone parts for the Houthis.", "163",
         "GBR", "YEM"),
        ("Canada blacklisted four companies for helping Iran's missile programme.", "163",
         "CAN", "IRN"),
        # a base, post or crossing handed over to another state's forces
        ("Russian troops handed over the Agarak checkpoint to Armenia on Monday.",
         "0842", "RUS", "ARM"),
        # a bridge, port or pass closed to the neighbour
        ("Ecuador closed the Rumichaca bridge to trucks from Colombia.", "172", "ECU", "COL"),
        # an expulsion ordered or announced as a noun
        ("Latvia ordered the expulsion of two Russian diplomats.", "174", "LVA", "RUS"),
    ],
)
def test_proxies_handovers_closed_crossings_and_ordered_expulsions(
    events: Events, sentence: str, code: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


def test_a_company_sanctioned_for_its_own_deal_names_no_proxy_target(events: Events) -> None:
    found = briefs(events, "Kenya sanctioned the firms on Monday.")
    assert not any(code == "163" and a2 is not None for code, _, a2 in found)
