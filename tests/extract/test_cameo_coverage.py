"""CAMEO coverage of the pattern file: every code of the root families that watchfloor
extracts (03 intent to cooperate, 04 consult, 05 diplomatic and 06 material cooperation,
07 aid, 11 disapprove, 13 threaten, 14 protest, 15 force posture, 16 reduce relations,
17 coerce, 18 assault, 19 fight) has a pattern line in ``extract/data/event_patterns.tsv``,
and a news sentence that says it is extracted with that code and the right actors.


extracts (02 appeal, 03 intent to cooperate, 04 consult, 05 diplomatic and 06 material cooperation,
07 aid, 11 disapprove, 13 threaten, 15 force posture, 16 reduce relations, 17 coerce,
19 fight) has a pattern line in ``extract/data/event_patterns.tsv``, and a news sentence
that says it is extracted with that code and the right actors.

Actors are compared by country, the first three letters of the actor code, as the scorer
does (``IGO`` for an international body)."""

from collections.abc import Callable
from importlib import resources

import pytest

from watchfloor.models import Mention
from watchfloor.taxonomy import load_cameo

from .conftest import brief

Events = Callable[..., list[Mention]]

FAMILIES = (
    "02", "03", "04", "05", "06", "07", "11", "13", "14", "15", "16", "17", "18", "19",
)  # fmt: skip
# Families covered at three digits only: the four-digit 14 codes say what the protesters
# demand (leadership change, policy, rights, regime), which the patterns do not read.
THREE_DIGIT_FAMILIES = ("14",)

# (code, sentence, actor1 country, actor2 country or None when the act has no target)
CASES = [
    # 02 appeal: the one urged is the target
    (
        "020",
        "Colombia's president called on Ecuador to explain the raid on its embassy.",
        "COL",
        "ECU",
    ),
    (
        "021",
        "Kazakhstan urged Uzbekistan to cooperate on water management in the Aral basin.",
        "KAZ",
        "UZB",
    ),
    (
        "0211",
        "Vietnam urged Japan to expand economic cooperation in the Mekong region.",
        "VNM",
        "JPN",
    ),
    (
        "0212",
        "Lithuania called on Germany for closer military cooperation on NATO's eastern flank.",
        "LTU",
        "DEU",
    ),
    ("0213", "Bangladesh urged India to extradite the former prime minister.", "BGD", "IND"),
    (
        "0214",
        "Nigeria appealed to Britain to share intelligence on arms smuggling in the Sahel.",
        "NGA",
        "GBR",
    ),
    ("022", "Taiwan urged Paraguay to maintain its support at the United Nations.", "TWN", "PRY"),
    ("023", "Somalia appealed to Turkey for assistance after the floods.", "SOM", "TUR"),
    (
        "0231",
        "Sri Lanka urged China to provide financial support to ease its debt crisis.",
        "LKA",
        "CHN",
    ),
    (
        "0232",
        "Armenia called on France for air-defence systems after the border clashes.",
        "ARM",
        "FRA",
    ),
    (
        "0233",
        "Haiti appealed to Canada for emergency humanitarian aid after the earthquake.",
        "HTI",
        "CAN",
    ),
    ("0234", "Mozambique urged Rwanda to send peacekeepers to Cabo Delgado.", "MOZ", "RWA"),
    ("024", "The European Union urged Georgia to implement judicial reforms.", "IGO", "GEO"),
    ("0241", "Washington urged Venezuela's Nicolas Maduro to step down.", "USA", "VEN"),
    ("0242", "Spain urged Morocco to reverse its decision on fishing quotas.", "ESP", "MAR"),
    ("0243", "Norway urged Iran to respect the rights of detained protesters.", "NOR", "IRN"),
    ("0244", "The African Union urged Mali's junta to hold elections next year.", "IGO", "MLI"),
    ("025", "Qatar urged Israel and Hamas to make concessions in the hostage talks.", "QAT", "ISR"),
    ("0251", "India urged Canada to lift visa restrictions on Indian students.", "IND", "CAN"),
    (
        "0252",
        "Kenya's president urged protesters to end the demonstrations in Nairobi.",
        "KEN",
        None,
    ),
    ("0253", "Germany urged Belarus to release the detained German national.", "DEU", "BLR"),
    ("0254", "Cuba urged the United States to lift the trade embargo.", "CUB", "USA"),
    ("0255", "Britain urged Iran to allow IAEA inspectors back into the country.", "GBR", "IRN"),
    ("0256", "Egypt urged Ethiopia and Sudan to show restraint.", "EGY", "ETH"),
    ("026", "Saudi Arabia called on Yemen's warring parties to return to talks.", "SAU", "YEM"),
    ("027", "Chile urged Bolivia to settle the maritime dispute through dialogue.", "CHL", "BOL"),
    ("028", "Norway urged Colombia's ELN rebels to accept mediation.", "NOR", "COL"),
    # 03 express intent to cooperate
    (
        "030",
        "Indonesia and Australia pledged to deepen cooperation on maritime security.",
        "IDN",
        "AUS",
    ),
    (
        "031",
        "Beijing promised practical cooperation with Cambodia on infrastructure projects.",
        "CHN",
        "KHM",
    ),
    ("0311", "Saudi Arabia pledged to expand economic cooperation with Pakistan.", "SAU", "PAK"),
    (
        "0312",
        "Japan and the Philippines pledged to deepen security cooperation in the South China Sea.",
        "JPN",
        "PHL",
    ),
    ("0313", "Thailand offered to extradite the murder suspect to South Korea.", "THA", "KOR"),
    (
        "0314",
        "Seoul and Tokyo pledged to share military intelligence on North Korean missile launches.",
        "KOR",
        "JPN",
    ),
    (
        "032",
        "President Erdogan vowed continued support for Azerbaijan during a visit to Baku.",
        "TUR",
        "AZE",
    ),
    ("033", "The United Arab Emirates pledged $100 million in aid to Sudan.", "ARE", "SDN"),
    (
        "0331",
        "Beijing promised Islamabad fresh financial assistance to ease its debt crisis.",
        "CHN",
        "PAK",
    ),
    (
        "0332",
        "The Netherlands promised to deliver additional artillery ammunition to Ukraine.",
        "NLD",
        "UKR",
    ),
    ("0333", "Japan pledged emergency humanitarian aid to Lebanon.", "JPN", "LBN"),
    ("0334", "Britain offered to provide security guarantees to Ukraine.", "GBR", "UKR"),
    (
        "034",
        "Sri Lanka's president promised sweeping political reforms after weeks of unrest.",
        "LKA",
        None,
    ),
    (
        "0341",
        "Bangladesh's interim leader promised to hold elections by the end of next year.",
        "BGD",
        None,
    ),
    (
        "0342",
        "Canada promised to overhaul its immigration policy after record arrivals.",
        "CAN",
        None,
    ),
    ("0343", "Uzbekistan's president pledged to expand press freedoms.", "UZB", None),
    ("0344", "Gabon's military rulers promised to draft a new constitution.", "GAB", None),
    ("035", "Serbia signalled readiness to make concessions to Kosovo.", "SRB", "XKX"),
    ("0351", "Myanmar's junta pledged to lift the curfew in Yangon.", "MMR", None),
    (
        "0352",
        "Georgia's opposition promised to call off street protests if a new election is held.",
        "GEO",
        None,
    ),
    ("0353", "Belarus offered to free three jailed Lithuanian citizens.", "BLR", "LTU"),
    ("0354", "Washington offered to ease sanctions on Venezuela's oil sector.", "USA", "VEN"),
    ("0355", "Iran offered to let IAEA inspectors visit the Fordow site.", "IRN", "IGO"),
    ("0356", "Azerbaijan pledged to pull back its troops from the Armenian border.", "AZE", "ARM"),
    ("036", "Armenia offered to hold peace talks with Azerbaijan next month.", "ARM", "AZE"),
    (
        "037",
        "Egypt and Ethiopia vowed to resolve their dispute over the Nile dam peacefully.",
        "EGY",
        "ETH",
    ),
    ("038", "Sudan's army accepted Saudi mediation on Thursday.", "SDN", "SAU"),
    ("039", "Turkey offered to mediate between Russia and Ukraine.", "TUR", "RUS"),
    # 04 consult
    ("040", "India held consultations with Japan on maritime security.", "IND", "JPN"),
    ("041", "Macron spoke by phone with Xi Jinping on Tuesday.", "FRA", "CHN"),
    ("042", "Indian Prime Minister Narendra Modi visited Kyiv on Friday.", "IND", "UKR"),
    ("043", "Hungary hosted Chinese President Xi Jinping in Budapest.", "HUN", "CHN"),
    ("044", "Biden met Xi on the sidelines of the APEC summit in Lima.", "USA", "CHN"),
    ("045", "Qatar mediated talks between Israel and Hamas.", "QAT", "ISR"),
    ("046", "Iran resumed negotiations with the United States in Oman.", "IRN", "USA"),
    # 05 engage in diplomatic cooperation
    (
        "050",
        "Brazil and South Africa agreed to coordinate their positions ahead of the G20 summit.",
        "BRA",
        "ZAF",
    ),
    ("051", "Hungary's foreign minister praised China's peace plan.", "HUN", "CHN"),
    ("052", "Iran's foreign ministry defended Russia's actions in Ukraine.", "IRN", "RUS"),
    ("053", "Poland rallied support for Ukraine's EU membership bid.", "POL", "UKR"),
    ("054", "Spain, Ireland and Norway formally recognised Palestine as a state.", "ESP", "PSE"),
    (
        "055",
        "Japan's prime minister apologised to South Korea for wartime forced labour.",
        "JPN",
        "KOR",
    ),
    (
        "056",
        "Belarusian leader Alexander Lukashenko pardoned a German national sentenced to death.",
        "BLR",
        "DEU",
    ),
    (
        "057",
        "Japan and the Philippines signed a reciprocal access agreement in Manila.",
        "JPN",
        "PHL",
    ),
    # 06 engage in material cooperation
    (
        "060",
        "Egypt and Russia launched a joint project to build a nuclear power plant at El Dabaa.",
        "EGY",
        "RUS",
    ),
    ("061", "China will invest $2 billion in Serbia's mining sector.", "CHN", "SRB"),
    ("062", "Indian and French troops held joint exercises in Rajasthan.", "IND", "FRA"),
    ("063", "Thailand extradited a Russian hacker to the United States.", "THA", "USA"),
    (
        "064",
        "Australia shared intelligence with Papua New Guinea on illegal fishing.",
        "AUS",
        "PNG",
    ),
    # 07 provide aid
    ("070", "Japan announced a $300 million aid package for the Philippines.", "JPN", "PHL"),
    ("071", "Saudi Arabia provided economic assistance to Egypt.", "SAU", "EGY"),
    ("072", "Iran delivered hundreds of attack drones to Russia.", "IRN", "RUS"),
    ("073", "Qatar delivered humanitarian aid to Afghanistan.", "QAT", "AFG"),
    ("074", "Rwanda sent peacekeepers to the Central African Republic.", "RWA", "CAF"),
    ("075", "Russia granted asylum to ousted Syrian president Bashar al-Assad.", "RUS", "SYR"),
    # 11 disapprove
    ("110", "Japan expressed concern over China's military build-up near Taiwan.", "JPN", "CHN"),
    ("111", "Poland condemned Belarus over migrant pressure on the border.", "POL", "BLR"),
    ("112", "Azerbaijan blamed Armenia for the collapse of the talks.", "AZE", "ARM"),
    ("1121", "Moldova accused Russia of bribery to sway the referendum.", "MDA", "RUS"),
    ("1122", "The United States accused China of human rights abuses in Xinjiang.", "USA", "CHN"),
    (
        "1123",
        "Guyana accused Venezuela of aggression after troops crossed the border.",
        "GUY",
        "VEN",
    ),
    ("1124", "Ukraine accused Russia of war crimes in Bucha.", "UKR", "RUS"),
    ("1125", "Berlin accused Beijing of spying on the German parliament.", "DEU", "CHN"),
    ("113", "Zelensky rallied allies against Russia at the summit.", "UKR", "RUS"),
    ("114", "China complained to the Philippines over the collision.", "CHN", "PHL"),
    (
        "115",
        "Ukraine filed a case against Russia at the International Court of Justice.",
        "UKR",
        "RUS",
    ),
    (
        "116",
        "A Russian court sentenced an American journalist to 16 years in prison.",
        "RUS",
        "USA",
    ),
    # 13 threaten
    ("130", "Iran threatened Israel after the attack on its consulate in Damascus.", "IRN", "ISR"),
    (
        "131",
        "China threatened countermeasures against Canada over its tariffs on electric vehicles.",
        "CHN",
        "CAN",
    ),
    (
        "1311",
        "Washington threatened to cut aid to Georgia over the foreign agents law.",
        "USA",
        "GEO",
    ),
    ("1312", "Britain threatened to impose sanctions on Georgian officials.", "GBR", "GEO"),
    ("1313", "Algeria threatened to sever diplomatic ties with Spain.", "DZA", "ESP"),
    ("132", "Beijing threatened visa restrictions on Lithuanian officials.", "CHN", "LTU"),
    ("1321", "Georgia's government threatened to ban opposition rallies in Tbilisi.", "GEO", None),
    ("1322", "Moldova's government threatened to outlaw the Shor party.", "MDA", None),
    (
        "1323",
        "Bangladesh's army threatened a curfew in Dhaka if the unrest continued.",
        "BGD",
        None,
    ),
    ("1324", "Peru's president threatened to declare a state of emergency in Lima.", "PER", None),
    ("133", "Kenya's opposition threatened mass protests over the tax bill.", "KEN", None),
    ("134", "Hamas threatened to suspend negotiations with Israel.", "PSE", "ISR"),
    ("135", "Qatar threatened to quit its mediation between Israel and Hamas.", "QAT", "ISR"),
    ("136", "Niger's junta threatened to expel French troops within a month.", "NER", "FRA"),
    ("137", "Iran's Revolutionary Guards threatened to crush the protests.", "IRN", None),
    (
        "138",
        "North Korea threatened military action against South Korea over the drone incursions.",
        "PRK",
        "KOR",
    ),
    ("1381", "Iran threatened to close the Strait of Hormuz.", "IRN", None),
    ("1382", "Israel's finance minister threatened to annex parts of the West Bank.", "ISR", None),
    ("1383", "Al-Shabaab threatened terrorist attacks against Kenya.", "SOM", "KEN"),
    (
        "1384",
        "Russia threatened missile strikes on Ukrainian government buildings in Kyiv.",
        "RUS",
        "UKR",
    ),
    ("1385", "Russia threatened to use nuclear weapons against Ukraine.", "RUS", "UKR"),
    ("139", "Azerbaijan issued an ultimatum to Armenian forces in Karabakh.", "AZE", "ARM"),
    # 14 protest
    ("140", "Thousands of Belarusians staged civil disobedience against the regime.", "BLR", None),
    ("141", "Thousands of Georgian protesters rallied outside parliament in Tbilisi.", "GEO", None),
    ("142", "Jailed Iranian activists began a hunger strike in Evin prison.", "IRN", None),
    ("143", "Nigerian workers went on strike over fuel prices in Lagos.", "NGA", None),
    ("144", "Serbian students blocked the highway near Novi Sad for hours.", "SRB", None),
    ("145", "Kenyan protesters clashed with police in Nairobi.", "KEN", None),
    # 15 exhibit force posture
    ("150", "Pakistan test-fired a nuclear-capable cruise missile on Monday.", "PAK", None),
    (
        "151",
        "France's interior ministry placed police on maximum alert before the Olympics.",
        "FRA",
        None,
    ),
    (
        "152",
        "Taiwan put its armed forces on high alert as Chinese warships gathered nearby.",
        "TWN",
        None,
    ),
    ("153", "Kenya deployed riot police across Nairobi ahead of planned protests.", "KEN", None),
    ("154", "Belarus called up reservists for snap combat readiness checks.", "BLR", None),
    # 16 reduce relations
    ("160", "Niger suspended military cooperation with the United States.", "NER", "USA"),
    ("161", "Nicaragua broke off diplomatic relations with Israel.", "NIC", "ISR"),
    ("162", "Sweden suspended aid to Zimbabwe.", "SWE", "ZWE"),
    ("1621", "The United States halted economic assistance to Niger after the coup.", "USA", "NER"),
    ("1622", "Germany halted arms exports to Saudi Arabia.", "DEU", "SAU"),
    ("1623", "The United States suspended food aid to Ethiopia.", "USA", "ETH"),
    ("163", "Canada imposed sanctions on Iranian officials.", "CAN", "IRN"),
    ("164", "Russia suspended talks with the United States on nuclear arms control.", "RUS", "USA"),
    ("165", "Egypt suspended its mediation between Israel and Hamas.", "EGY", "ISR"),
    ("166", "French troops pulled out of Niger.", "FRA", "NER"),
    (
        "1661",
        "Russia began withdrawing its peacekeepers from Azerbaijan's Karabakh region.",
        "RUS",
        "AZE",
    ),
    ("1662", "Iran expelled several IAEA inspectors.", "IRN", "IGO"),
    ("1663", "Burkina Faso's junta ordered French aid groups to leave the country.", "BFA", "FRA"),
    # 17 coerce
    (
        "170",
        "China's coast guard intimidated Philippine fishermen near Scarborough Shoal.",
        "CHN",
        "PHL",
    ),
    ("171", "Iran seized a Greek oil tanker in the Gulf of Oman.", "IRN", "GRC"),
    ("1711", "Russian authorities confiscated Ukrainian property in Crimea.", "RUS", "UKR"),
    ("1712", "Israeli forces demolished Palestinian homes in the West Bank.", "ISR", "PSE"),
    ("172", "Russia barred 500 Americans from entering the country.", "RUS", "USA"),
    ("1721", "Georgian authorities banned protests outside parliament.", "GEO", None),
    (
        "1722",
        "Russia's election commission barred Boris Nadezhdin from running for president.",
        "RUS",
        None,
    ),
    ("1723", "Bangladesh imposed a nationwide curfew.", "BGD", None),
    ("1724", "South Korea's president declared martial law.", "KOR", None),
    ("173", "Russian authorities detained a French researcher in Moscow.", "RUS", "FRA"),
    ("174", "Moldova expelled a Russian diplomat.", "MDA", "RUS"),
    ("175", "Iranian security forces fired on protesters in Zahedan.", "IRN", None),
    # 19 fight
    ("190", "Israel launched a ground invasion of Lebanon.", "ISR", "LBN"),
    ("191", "Turkey closed its airspace to Israeli military flights.", "TUR", "ISR"),
    ("192", "Russia annexed four Ukrainian regions in 2022.", "RUS", "UKR"),
    (
        "193",
        "Indian troops exchanged fire with Pakistani soldiers along the Line of Control.",
        "IND",
        "PAK",
    ),
    ("194", "Armenian forces shelled Azerbaijani positions near Lachin.", "ARM", "AZE"),
    ("195", "Israeli warplanes carried out airstrikes on Beirut.", "ISR", "LBN"),
    ("196", "Azerbaijan violated the ceasefire with Armenia on Tuesday night.", "AZE", "ARM"),
    # 18 assault
    ("180", "Al-Shabaab carried out a terrorist attack in Mogadishu.", "SOM", "SOM"),
    ("181", "Haitian gang members kidnapped two American missionaries.", "HTI", "USA"),
    ("182", "Russian police assaulted a Ukrainian journalist in Moscow.", "RUS", "UKR"),
    ("1821", "Sudanese militiamen raped Masalit women in Darfur.", "SDN", None),
    ("1822", "Syrian intelligence officers tortured a Lebanese detainee.", "SYR", "LBN"),
    ("1823", "An Indian mob lynched a Pakistani trader near Jammu.", "IND", "PAK"),
    ("183", "Baloch militants planted a bomb at a Quetta railway station.", "PAK", None),
    ("1831", "A Taliban suicide bomber struck a mosque in Kunduz.", "AFG", None),
    ("1832", "Kurdish militants set off a car bomb in Ankara.", "TUR", None),
    ("1833", "Malian jihadists planted roadside bombs near Gao.", "MLI", None),
    ("184", "Hamas used Gaza residents as human shields, Israel's army said.", "PSE", None),
    ("185", "Ukrainian agents attempted to assassinate a Russian general.", "UKR", "RUS"),
    ("186", "Israel assassinated a Hezbollah commander in Beirut.", "ISR", "LBN"),
]


def _family_codes() -> set[str]:
    cameo = load_cameo()
    return {
        code for code in cameo.codes
        if code[:2] in FAMILIES and (len(code) == 3 or (
            len(code) == 4 and code[:2] not in THREE_DIGIT_FAMILIES))
    }  # fmt: skip


def _pattern_codes() -> set[str]:
    text = (resources.files("watchfloor.extract") / "data" / "event_patterns.tsv").read_text(
        "utf-8"
    )
    return {
        line.split("\t", 1)[0].strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }


@pytest.mark.parametrize(("code", "text", "actor1", "actor2"), CASES, ids=[c[0] for c in CASES])
def test_a_news_sentence_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str | None
) -> None:
    found = {(c, a1[:3], a2[:3] if a2 else None) for c, a1, a2 in (brief(m) for m in events(text))}
    assert (code, actor1, actor2) in found, f"{text!r} gave {sorted(found, key=str)}"


def test_every_code_of_the_families_has_a_pattern() -> None:
    missing = _family_codes() - _pattern_codes()
    assert not missing, f"no pattern line yields {sorted(missing)}"


def test_every_pattern_code_is_a_cameo_code() -> None:
    unknown = _pattern_codes() - set(load_cameo().codes)
    assert not unknown, f"not in the CAMEO taxonomy: {sorted(unknown)}"


def test_every_code_of_the_families_has_a_sentence() -> None:
    cased = [code for code, *_ in CASES]
    assert len(cased) == len(set(cased)), "one sentence per code"
    assert set(cased) == _family_codes()
