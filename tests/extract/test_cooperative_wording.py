"""Wire wording of the cooperative and verbal families, CAMEO 01 to 09: the phrasal verbs,
nominalisations, passives, coordinated actors and the translated register of state media
that ``extract/data/event_patterns.tsv`` must read beyond one example sentence.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def _found(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {(c, a1[:3], a2[:3] if a2 else None) for c, a1, a2 in (brief(m) for m in events(text))}


# (code, sentence, actor1 country, actor2 country or None)
WORDING = [
    # 01: weighing another's offer
    ("014", "Chile said it would study the proposal from Argentina.", "CHL", "ARG"),
    # 02: asking, like appealing, says which act; the one asked is the target
    ("023", "Bhutan asked India for emergency aid after the floods.", "BTN", "IND"),
    ("0231", "Colombia asked Spain for financial aid to rebuild the port.", "COL", "ESP"),
    ("0231", "Ghana sought a loan from the World Bank.", "GHA", "IGO"),
    ("0233", "Malawi requested humanitarian assistance from Zambia.", "MWI", "ZMB"),
    ("0213", "Peru asked Chile to extradite the former minister.", "PER", "CHL"),
    ("0253", "Washington pressed Riyadh to release the detained activists.", "USA", "SAU"),
    ("024", "Norway urged Hungary to withdraw the media law.", "NOR", "HUN"),
    ("025", "Beijing called on Manila to refrain from provocative moves at sea.", "CHN", "PHL"),
    # 03: the translated register of state media and promises of partnership
    ("030", "Laos is willing to work with Thailand to build the railway.", "LAO", "THA"),
    (
        "030",
        "Cuba stands ready to join hands with Angola in the fight against malaria.",
        "CUB",
        "AGO",
    ),
    ("030", "Egypt and Jordan agreed to deepen cooperation in energy.", "EGY", "JOR"),
    ("030", "Mexico and Canada vowed to work together on migration.", "MEX", "CAN"),
    ("031", "Morocco is considering buying Turkish drones.", "MAR", "TUR"),
    ("0312", "Kenya proposed a joint border force to Ethiopia.", "KEN", "ETH"),
    ("0312", "Turkey offered to open a naval training centre in Somalia.", "TUR", "SOM"),
    ("033", "Humanitarian aid was pledged by Japan to Sudan.", "JPN", "SDN"),
    ("0331", "France pledged 50 million euros to Lebanon.", "FRA", "LBN"),
    ("036", "Caracas said it was open to talks with Bogota.", "VEN", "COL"),
    ("039", "Kazakhstan offered to host talks between Armenia and Azerbaijan.", "KAZ", "ARM"),
    ("037", "Serbia is committed to resolving its differences with Croatia.", "SRB", "HRV"),
    # 04: calls taken, conversations, envoys
    (
        "041",
        "The Ecuadorian government received a telephone call from the Peruvian president.",
        "PER",
        "ECU",
    ),
    ("041", "The Chilean president had spoken with Bolivian President Luis Arce.", "CHL", "BOL"),
    ("040", "Uruguay and Paraguay exchanged views on regional trade.", "URY", "PRY"),
    ("040", "Vietnam held in-depth exchanges of views with Laos on the Mekong.", "VNM", "LAO"),
    ("040", "Senegal reached out to Gambia after the border incident.", "SEN", "GMB"),
    ("040", "Tunisia kept close contact with Algeria during the crisis.", "TUN", "DZA"),
    ("042", "Kenya sent an envoy to Juba.", "KEN", "SSD"),
    # a visit led or headed as a delegation or mission
    ("042", "Ghana's trade minister led a delegation to Abuja last week.", "GHA", "NGA"),
    ("042", "Vietnam's deputy premier headed a business mission to Seoul.", "VNM", "KOR"),
    ("044", "Ethiopia and Djibouti held a meeting on port access.", "ETH", "DJI"),
    (
        "043",
        "The Malian president held a welcoming ceremony for the Guinean president.",
        "MLI",
        "GIN",
    ),
    # 05: praise, backing, agreements
    ("051", "Argentina welcomed the Brazilian proposal.", "ARG", "BRA"),
    ("051", "Ireland lauded Portugal for its handling of the summit.", "IRL", "PRT"),
    ("051", "Spain backed Morocco's bid to host the games.", "ESP", "MAR"),
    ("051", "Belgium extended its full support to the Netherlands.", "BEL", "NLD"),
    ("051", "Laos sent a congratulatory message to Vietnam on its national day.", "LAO", "VNM"),
    (
        "051",
        "The Mongolian president received a congratulatory message from Kazakhstan.",
        "KAZ",
        "MNG",
    ),
    ("057", "Nigeria inked a deal with Niger on power supplies.", "NGA", "NER"),
    ("057", "Bolivia sealed an agreement with Paraguay on river transport.", "BOL", "PRY"),
    # 06: military training named by who is trained, joint operations
    ("062", "French instructors are training Senegalese pilots.", "FRA", "SEN"),
    ("062", "Italian officers trained Libyan recruits at a base near Misrata.", "ITA", "LBY"),
    ("062", "Uganda will conduct a joint operation with Congo against the rebels.", "UGA", "COD"),
    ("061", "Qatar agreed to supply Pakistan with liquefied natural gas.", "QAT", "PAK"),
    ("061", "Azerbaijan will export gas to Hungary through the new pipeline.", "AZE", "HUN"),
    # 07: arms sold or handed over, money given
    ("072", "Spain sold frigates to Egypt.", "ESP", "EGY"),
    ("072", "Norway said it would send armoured vehicles to Ukraine.", "NOR", "UKR"),
    ("072", "Israel supplied Azerbaijan with combat helicopters.", "ISR", "AZE"),
    ("072", "China provided Cambodia with 20 patrol boats.", "CHN", "KHM"),
    ("072", "Ukraine was given tanks by Germany.", "DEU", "UKR"),
    # military craft and vehicles handed over are materiel, as weapons are; a caption's
    # reduced passive names the giver after "by"
    ("072", "Two patrol boats handed to Tonga by New Zealand.", "NZL", "TON"),
    ("072", "Turkey has donated armoured vehicles to the Somali army.", "TUR", "SOM"),
    ("072", "South Korea delivered two corvettes to Peru.", "KOR", "PER"),
    ("072", "Iranian military planes flew weapons to Damascus.", "IRN", "SYR"),
    ("071", "Germany will give Ukraine 500 million euros to rebuild its grid.", "DEU", "UKR"),
    ("071", "The EU will provide 50 million euros to Jordan.", "IGO", "JOR"),
    ("073", "Qatar delivered 40 tonnes of food aid to Sudan.", "QAT", "SDN"),
    ("073", "Turkey sent rescue teams to Morocco after the earthquake.", "TUR", "MAR"),
    ("073", "The EU will provide 50 million euros in humanitarian aid to Jordan.", "IGO", "JOR"),
    # 07: forces arriving on another's soil to guard it provide protection, not a visit
    (
        "074",
        "About 800 Rwandan soldiers arrived in Maputo on Friday to protect the port.",
        "RWA",
        "MOZ",
    ),
    ("074", "Egyptian troops landed in Mogadishu to secure the airport.", "EGY", "SOM"),
    (
        "074",
        "Two hundred Kenyan police officers arrived in Haiti to guard the courts.",
        "KEN",
        "HTI",
    ),
    # 08: borders reopened, captives handed over, sanctions removed, troops pulled out
    ("080", "Bolivia and Peru reopened their border crossings on Monday.", "BOL", "PER"),
    ("0841", "Indonesia handed over three suspects to Australia.", "IDN", "AUS"),
    ("0841", "Peru released two Bolivian fishermen.", "PER", "BOL"),
    ("0841", "Russia handed over 90 Ukrainian prisoners of war.", "RUS", "UKR"),
    ("0841", "Armenia and Azerbaijan carried out a prisoner exchange.", "ARM", "AZE"),
    ("085", "Canada removed sanctions on Venezuela's oil sector.", "CAN", "VEN"),
    ("085", "Britain unfroze Libyan assets.", "GBR", "LBY"),
    ("085", "Chile lifted the import ban on Argentine beef.", "CHL", "ARG"),
    ("085", "Vietnam eased its ban on imports from Cambodia.", "VNM", "KHM"),
    ("087", "Russia is pulling its forces out of Syria.", "RUS", "SYR"),
    # 09: inquiries opened and fact-finding missions
    ("090", "The UN sent a fact-finding mission to Myanmar.", "IGO", "MMR"),
    ("090", "Lithuania opened a criminal case against Belarusian border guards.", "LTU", "BLR"),
    ("090", "Kenya began an investigation into the killing of a Ugandan activist.", "KEN", None),
    # thanks in the register of official statements
    ("051", "Laos expressed gratitude for Vietnam's help after the floods.", "LAO", "VNM"),
    ("051", "Kenya expressed its gratitude to Qatar for its mediation.", "KEN", "QAT"),
    ("051", "Mongolia conveyed its deep appreciation to Japan for the relief.", "MNG", "JPN"),
    ("051", "Fiji voiced its appreciation of New Zealand's support.", "FJI", "NZL"),
]


@pytest.mark.parametrize(
    ("code", "text", "actor1", "actor2"),
    WORDING,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(WORDING)],
)
def test_wire_wording_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str | None
) -> None:
    found = _found(events, text)
    assert (code, actor1, actor2) in found, f"{text!r} gave {sorted(found, key=str)}"


def test_coordinated_subjects_back_a_decision_one_event_each(events: Events) -> None:
    found = _found(events, "Estonia and Finland backed Sweden's decision to close the port.")
    assert {("051", "EST", "SWE"), ("051", "FIN", "SWE")} <= found


def test_parallel_targets_of_an_arms_sale_one_event_each(events: Events) -> None:
    found = _found(events, "Peru sold drones to Chile, Bolivia and Ecuador.")
    assert {("072", "PER", "CHL"), ("072", "PER", "BOL"), ("072", "PER", "ECU")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and Togo reopened their border on Monday. Benin welcomed the reopening.",
            ("051", "BEN", "GHA"),
        ),
        (
            "Armenia and Azerbaijan signed a peace deal on Friday. Georgia welcomed the agreement.",
            ("051", "GEO", "ARM"),
        ),
        (
            "The Ethiopian army declared a ceasefire on Monday. Kenya welcomed the truce.",
            ("051", "KEN", "ETH"),
        ),
        (
            "Russia expelled two Estonian diplomats. Belarus praised the decision.",
            ("051", "BLR", "RUS"),
        ),
    ],
)
def test_praise_points_back_at_who_did_the_act(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(events, text)


@pytest.mark.parametrize(
    "text",
    [
        # a demand that others withdraw is no withdrawal (the 10 family reads it)
        "Japan demands that Russia withdraw its forces from Ukraine.",
        # a gerund after "of" names an act, reports none
        "Kenya accused Somalia of arming and training the militias.",
        # asking reporters, or asking for nothing the patterns name, is no appeal
        "Asked about the sanctions, the Peruvian minister declined to answer.",
        # an arms sale with no buyer named is no aid to anyone
        "Brazil sold frigates last year.",
        # releasing a statement is releasing no one
        "Laos released a statement on the floods.",
        # "pressing" as an adjective or of an advance appeals to no one
        "Russia is pressing ahead with its offensive against Ukraine.",
        # an airline's airlift is no military aid
        "The Kenyan airline flew supplies to Somalia.",
        # a figure given is no arms given, though soldiers stand in the sentence
        "Chad has moved 900 soldiers to its border, Paris said, twice the number given by Niamey.",
    ],
)
def test_wording_that_is_not_the_act(events: Events, text: str) -> None:
    codes = {c for c, *_ in (brief(m) for m in events(text))}
    assert not codes & {"087", "062", "020", "072", "0841"}, f"{text!r} gave {sorted(codes)}"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a gap after "revoked" would reach the sanctions imposed in the next clause
        ("The US revoked visas and imposed sanctions on Georgia.", "085"),
        # figures released about civilians free no one
        ("The ministry released figures showing 40 civilians died.", "0841"),
        # support that is military is aid, not praise
        ("Germany gave military support to Ukraine.", "051"),
    ],
)
def test_lookalikes_of_yielding_and_praise(events: Events, text: str, code: str) -> None:
    codes = {c for c, *_ in (brief(m) for m in events(text))}
    assert code not in codes, f"{text!r} gave {sorted(codes)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia welcomed Chile's decision to reopen the border.", ("051", "BOL", "CHL")),
        ("Kenya welcomed the Ugandan move to lift the ban.", ("051", "KEN", "UGA")),
    ],
)
def test_a_welcomed_decision_aims_at_whose_it_is(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(events, text)


def test_a_welcomed_decision_to_act_somewhere_is_not_aimed_there(events: Events) -> None:
    found = _found(events, "Japan welcomed the decision to send troops to Mali.")
    assert not any(code == "051" and a2 == "MLI" for code, _, a2 in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesia remains committed to maintaining good relations with Vietnam.",
            ("030", "IDN", "VNM"),
        ),
        (
            "The minister said Chile was committed to deepening its partnership with Peru.",
            ("030", "CHL", "PER"),
        ),
        ("Ghana reaffirmed its commitment to friendly ties with Togo.", ("030", "GHA", "TGO")),
    ],
)
def test_a_standing_commitment_to_a_relationship_is_a_pledge_of_cooperation(
    events: Callable[..., list[Mention]], text: str, expected: tuple[str, str, str]
) -> None:
    found = {(c, a1[:3], a2[:3] if a2 else "") for c, a1, a2 in map(brief, events(text))}
    assert expected in found


def test_troops_committed_to_an_exercise_are_no_pledge(
    events: Callable[..., list[Mention]],
) -> None:
    text = "Russia committed 4,000 troops to the exercise with Belarus."
    assert not any(m.code == "030" for m in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Bolivia agreed to hold joint patrols on the lake.", ("0312", "PER", "BOL")),
        ("Ghana agreed to hold talks with Togo.", ("036", "GHA", "TGO")),
        ("Hanoi and Manila agreed to revive the Sea Shield exercise.", ("0312", "VNM", "PHL")),
        (
            "Chile and Peru agreed to share intelligence on smuggling networks.",
            ("0314", "CHL", "PER"),
        ),
    ],
)
def test_an_agreement_to_cooperate_is_an_intent(
    events: Callable[..., list[Mention]], text: str, expected: tuple[str, str, str]
) -> None:
    found = {(m.code, m.actor1.country, m.actor2.country if m.actor2 else "", m.certainty.value)
             for m in events(text)}  # fmt: skip
    assert (*expected, "asserted") in found


def test_a_promised_delivery_stays_a_possible_act(
    events: Callable[..., list[Mention]],
) -> None:
    text = "Beijing has promised to give the Cambodian navy two more corvettes in 2027."
    found = {(m.code[:2], m.certainty.value) for m in events(text)}
    assert ("03", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Seoul said it stood ready to hold talks at a date convenient to the Japanese side.",
            "JPN",
        ),
        ("Armenia is ready to resume negotiations at any time acceptable to Azerbaijan.", "AZE"),
    ],
)
def test_an_offer_of_talks_is_made_to_the_side_it_names(
    events: Callable[..., list[Mention]], text: str, target: str
) -> None:
    found = {m.actor2.country for m in events(text) if m.code == "036" and m.actor2}
    assert target in found


def test_an_official_arriving_to_secure_a_deal_is_a_visit(events: Events) -> None:
    found = _found(events, "The Indian foreign minister arrived in Colombo to secure a port deal.")
    assert ("042", "IND", "LKA") in found
    assert not any(code == "074" for code, _, _ in found)


def test_thanks_name_whom_they_are_for(events: Events) -> None:
    # with no one thanked, praise of one's own staff is no act of a state
    text = "The minister expressed appreciation for the hard work of the police."
    assert not [m for m in events(text) if m.code == "051"]


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Imre Kovacs spoke to Recep Tayyip Erdogan by telephone on "
        "Monday.",
        "The Hungarian prime minister spoke by phone to the Turkish president on Monday.",
    ],
)
def test_whom_one_spoke_to_by_telephone_is_the_other_party(events: Events, text: str) -> None:
    found = {(m.code, m.actor1.country, m.actor2.country if m.actor2 else None)
             for m in events(text)}  # fmt: skip
    assert ("041", "HUN", "TUR") in found


def test_a_telephone_address_to_no_party_has_no_target(events: Events) -> None:
    text = "The Hungarian prime minister spoke by phone on Monday to explain the plan to voters."
    found = {(m.code, m.actor2) for m in events(text)}
    assert all(a2 is None for c, a2 in found if c == "041")
