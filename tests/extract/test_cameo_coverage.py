"""CAMEO coverage of the pattern file: every code of every root family, 01 make public
statement to 20 unconventional mass violence, has a pattern line in
``extract/data/event_patterns.tsv``, and a news sentence that says it is extracted with
that code and the right actors.

Actors are compared by country, the first three letters of the actor code, as the scorer
does (``IGO`` for an international body)."""

from collections.abc import Callable
from importlib import resources

import pytest

from watchfloor.models import Mention
from watchfloor.taxonomy import load_cameo

from .conftest import brief

Events = Callable[..., list[Mention]]

FAMILIES = tuple(f"{n:02d}" for n in range(1, 21))  # every root family, 01 to 20
# Families covered at three digits only: the four-digit 14 codes say what the protesters
# demand (leadership change, policy, rights, regime), which the patterns do not read.
THREE_DIGIT_FAMILIES = ("14",)

# (code, sentence, actor1 country, actor2 country or None when the act has no target)
CASES = [
    # 02 appeal: the one urged is the target
    (
        "020",
        # an explanation asked for is a demand for information (101, test_family_complement)
        "Colombia's president called on Ecuador to guarantee the safety of its diplomats.",
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
    ("171", "Iran hijacked a Greek oil tanker in the Gulf of Oman.", "IRN", "GRC"),
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
    ("175", "Iranian security forces fired on protesters in Zahedan.", "IRN", "IRN"),
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
    # 01 make public statement
    ("010", "Japan's foreign minister commented on China's new coast guard law.", "JPN", "CHN"),
    ("011", "The Kremlin declined to comment on the reports.", "RUS", None),
    ("012", "Qatar's prime minister expressed pessimism about the Gaza talks.", "QAT", None),
    (
        "013",
        "Egypt's foreign minister voiced optimism about the ceasefire negotiations.",
        "EGY",
        None,
    ),
    (
        "014",
        "The Japanese government is weighing its options after the missile launch.",
        "JPN",
        None,
    ),
    ("015", "Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "SOM", None),
    ("016", "Hezbollah denied responsibility for the rocket attack.", "LBN", None),
    (
        "017",
        "South Korea's president laid a wreath at the national cemetery in Seoul.",
        "KOR",
        None,
    ),
    (
        "018",
        "India's prime minister extended condolences to Nepal after the earthquake.",
        "IND",
        "NPL",
    ),
    ("019", "Brazil concurred with Argentina on the need for a regional trade deal.", "BRA", "ARG"),
    # 08 yield
    ("080", "The Serbian government gave in to the protesters' pressure.", "SRB", None),
    ("081", "China eased restrictions on Australian wine imports.", "CHN", "AUS"),
    ("0811", "The Thai junta lifted restrictions on the media.", "THA", None),
    ("0812", "Bangladesh lifted its ban on the opposition party.", "BGD", None),
    ("0813", "Kenyan authorities lifted the curfew in Nairobi.", "KEN", None),
    ("0814", "Ecuador's president lifted the state of emergency.", "ECU", None),
    ("082", "The Georgian government allowed protests outside parliament.", "GEO", None),
    ("083", "The Pakistani government bowed to opposition demands.", "PAK", None),
    ("0831", "Bangladesh's prime minister bowed to demands that she resign.", "BGD", None),
    ("0832", "The Kenyan government acceded to demands to scrap the finance bill.", "KEN", None),
    ("0833", "Uzbekistan granted citizenship to 50,000 stateless residents.", "UZB", None),
    ("0834", "The Malian junta bowed to demands for elections.", "MLI", None),
    ("084", "Russia handed back the bodies of Ukrainian soldiers to Ukraine.", "RUS", "UKR"),
    ("0841", "Hamas released three Israeli hostages.", "PSE", "ISR"),
    ("0842", "Iran released the seized British tanker.", "IRN", "GBR"),
    ("085", "The European Union eased sanctions on Syria.", "IGO", "SYR"),
    ("086", "Venezuela allowed European observers into the country.", "VEN", None),
    ("0861", "Lebanon's government welcomed UN peacekeepers in the south.", "LBN", None),
    ("0862", "Iran allowed inspectors at its Fordow enrichment plant.", "IRN", None),
    ("0863", "Israel opened a humanitarian corridor into northern Gaza.", "ISR", None),
    ("087", "Russia scaled back operations around Kyiv.", "RUS", None),
    ("0871", "Hezbollah declared a truce with Israel.", "LBN", "ISR"),
    ("0872", "Israel eased its blockade of Gaza.", "ISR", None),
    ("0873", "The Colombian rebels demobilised their fighters in Cauca.", "COL", None),
    ("0874", "Armenian forces surrendered to Azerbaijani troops in Karabakh.", "ARM", "AZE"),
    # 09 investigate
    ("090", "The IAEA dispatched inspectors to Iran.", "IGO", "IRN"),
    ("091", "Brazilian police investigated corruption at Petrobras.", "BRA", None),
    ("092", "Kenyan authorities are investigating killings by police in Nairobi.", "KEN", None),
    ("093", "The Pentagon is investigating the drone strike in Kabul.", "USA", None),
    ("094", "Ukraine's prosecutors are investigating war crimes in Bucha.", "UKR", None),
    # 10 demand
    ("100", "China demanded an apology from Japan.", "CHN", "JPN"),
    ("101", "Poland demanded an explanation from Belarus.", "POL", "BLR"),
    ("1011", "Kenya demanded economic cooperation from Uganda.", "KEN", "UGA"),
    ("1012", "Latvia demanded closer military cooperation from Germany.", "LVA", "DEU"),
    ("1013", "Turkey demanded the extradition of the suspects from Sweden.", "TUR", "SWE"),
    ("1014", "Israel demanded intelligence sharing from Egypt.", "ISR", "EGY"),
    ("102", "Serbia demanded support for its position from Hungary.", "SRB", "HUN"),
    ("103", "Haiti demanded protection from the United Nations.", "HTI", "IGO"),
    ("1031", "Greece demanded compensation from Germany for wartime damage.", "GRC", "DEU"),
    ("1032", "Ukraine demanded more weapons from Germany.", "UKR", "DEU"),
    ("1033", "Sudanese officials demanded humanitarian aid from Egypt.", "SDN", "EGY"),
    ("1034", "Congo demanded peacekeepers from the African Union.", "COD", "IGO"),
    ("104", "Jordanian protesters demanded reforms from the government.", "JOR", None),
    ("1041", "Serbian protesters demanded the resignation of the government.", "SRB", None),
    ("1042", "Kenyan protesters demanded the repeal of the finance law.", "KEN", None),
    ("1043", "Iranian women demanded equal rights.", "IRN", None),
    ("1044", "Venezuelan opposition leaders demanded new elections.", "VEN", None),
    ("105", "Ethiopia demanded mediation from the African Union.", "ETH", "IGO"),
    (
        "1051",
        "Indian opposition leaders demanded the lifting of the curfew in Manipur.",
        "IND",
        None,
    ),
    ("1052", "Russian activists demanded an end to the crackdown.", "RUS", None),
    ("1053", "The United States demanded that Iran release the detained sailors.", "USA", "IRN"),
    ("1054", "Iran demanded the lifting of sanctions from the United States.", "IRN", "USA"),
    ("1055", "The United States demanded that Iran admit inspectors.", "USA", "IRN"),
    ("1056", "Kenya demanded that Somalia halt its offensive.", "KEN", "SOM"),
    ("106", "Ukraine demanded the withdrawal of Russian troops.", "UKR", "RUS"),
    ("107", "Qatar demanded a ceasefire from Israel.", "QAT", "ISR"),
    ("108", "Armenia demanded talks with Azerbaijan.", "ARM", None),
    # 12 reject
    ("120", "Hungary spurned the European Commission's overtures on migration.", "HUN", "IGO"),
    ("121", "India rejected cooperation with Pakistan on water.", "IND", None),
    ("1211", "Vietnam rejected China's trade deal.", "VNM", "CHN"),
    ("1212", "Switzerland rejected military cooperation with NATO.", "CHE", None),
    ("122", "Germany rejected Greece's request for aid.", "DEU", "GRC"),
    ("1221", "Germany rejected Italy's request for financial aid.", "DEU", "ITA"),
    ("1222", "Germany rejected Ukraine's request for military aid.", "DEU", "UKR"),
    ("1223", "Israel rejected the UN's request for humanitarian access.", "ISR", "IGO"),
    ("1224", "Congo rejected Rwanda's request for peacekeepers.", "COD", "RWA"),
    ("123", "The Iranian government rejected demands for reform.", "IRN", None),
    ("1231", "Venezuela's president rejected calls to resign.", "VEN", None),
    ("1232", "The Kenyan government rejected calls to repeal the tax law.", "KEN", None),
    ("1233", "China rejected demands for autonomy in Tibet.", "CHN", None),
    ("1234", "Mali's junta rejected calls for elections.", "MLI", None),
    ("124", "Serbia refused to back down.", "SRB", None),
    ("1241", "Iran refused to lift restrictions on the internet.", "IRN", None),
    ("1242", "Belarus refused to allow protests in Minsk.", "BLR", None),
    ("1243", "Hamas refused to release the remaining hostages.", "PSE", None),
    ("1244", "The United States refused to lift sanctions on Cuba.", "USA", None),
    ("1245", "North Korea refused to admit inspectors.", "PRK", None),
    ("1246", "Russia refused to halt its offensive in Donetsk.", "RUS", None),
    ("125", "Azerbaijan rejected talks with Armenia.", "AZE", "ARM"),
    ("126", "Ethiopia rejected mediation by Kenya.", "ETH", None),
    ("127", "Poland rejected the European Commission's migration plan.", "POL", "IGO"),
    ("128", "North Korea defied the United Nations with another launch.", "PRK", "IGO"),
    ("129", "Russia vetoed the Security Council resolution on Sudan.", "RUS", "IGO"),
    # 20 unconventional mass violence
    ("200", "Sudanese militias committed atrocities against civilians in Darfur.", "SDN", "SDN"),
    ("201", "Azerbaijan carried out a mass expulsion of Armenians from Karabakh.", "AZE", "ARM"),
    ("202", "Sudanese militias carried out mass killings of Chadian refugees.", "SDN", "TCD"),
    ("203", "Serbian forces carried out the ethnic cleansing of Bosnians.", "SRB", "BIH"),
    ("204", "Syria used weapons of mass destruction against rebels.", "SYR", None),
    ("2041", "Syrian forces used chemical weapons against civilians in Douma.", "SYR", None),
    ("2042", "North Korea detonated a nuclear device at Punggye-ri.", "PRK", None),
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
