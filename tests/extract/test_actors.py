from watchfloor.extract import Extractor
from watchfloor.extract.text import tokenize

from .conftest import Events, briefs


def codes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in extractor.actors.find(tokenize(text), text)]


def test_country_with_role_word(extractor: Extractor) -> None:
    assert codes(extractor, "North Korean troops crossed.") == [("PRKMIL", "North Korean troops")]
    assert codes(extractor, "Russia's defence ministry said") == [
        ("RUSMIL", "Russia's defence ministry")
    ]


def test_country_with_agency_and_leader(extractor: Extractor) -> None:
    found = codes(extractor, "South Korea's National Intelligence Service and Vladimir Putin")
    assert found == [
        ("KORSPY", "South Korea's National Intelligence Service"),
        ("RUSGOV", "Vladimir Putin"),
    ]


def test_role_of_country(extractor: Extractor) -> None:
    text = "the Minister for Foreign Affairs of Japan held a call"
    assert ("JPNGOV", "Minister for Foreign Affairs of Japan") in codes(extractor, text)


def test_title_takes_an_unknown_name(extractor: Extractor) -> None:
    found = codes(extractor, "South Korean Defence Minister Shin Won-sik said")
    assert found == [("KORMIL", "South Korean Defence Minister Shin Won-sik")]


def test_adjectives_share_a_head_noun_but_lists_do_not(extractor: Extractor) -> None:
    assert [c for c, _ in codes(extractor, "Chinese and Russian bombers flew")] == [
        "CHNMIL",
        "RUSMIL",
    ]
    listed = codes(extractor, "sent troops to Russia, South Korea's spy agency said")
    assert ("RUS", "Russia") in listed


def test_a_verb_or_number_ends_a_country_phrase(extractor: Extractor) -> None:
    assert codes(extractor, "Norway ordered 15 officials to leave")[0] == ("NOR", "Norway")
    assert codes(extractor, "drills around Taiwan involving army units")[0] == ("TWN", "Taiwan")


def test_acronyms_need_their_case(extractor: Extractor) -> None:
    assert codes(extractor, "the NIS said") == [("KORSPY", "NIS")]
    assert codes(extractor, "let us go") == []


def test_lower_case_acronyms_only_in_broken_case_text(extractor: Extractor) -> None:
    text = "the hts said nato had left"
    tokens = tokenize(text)
    assert extractor.actors.find(tokens, text) == []
    found = [(m.code, m.text) for m in extractor.actors.find(tokens, text, broken_case=True)]
    assert found == [("SYRREB", "hts"), ("IGONAT", "nato")]
    # two letters are words ("us", "un") whatever the document's case
    assert extractor.actors.find(tokenize("they told us"), "they told us", True) == []


def test_possessive_without_apostrophe(extractor: Extractor) -> None:
    assert codes(extractor, "Syrias defence ministry said") == [
        ("SYRMIL", "Syrias defence ministry")
    ]
    assert codes(extractor, "wild turkeys roam") == []


def test_national_forces_and_commands(extractor: Extractor) -> None:
    assert codes(extractor, "the Botswana Defence Force patrolled") == [
        ("BWAMIL", "Botswana Defence Force")
    ]
    assert codes(extractor, "India's Northern Theatre Command said") == [
        ("INDMIL", "India's Northern Theatre Command")
    ]


def test_a_force_led_by_an_actor_is_that_actor(extractor: Extractor) -> None:
    assert codes(extractor, "the EU-led EUFOR mission") == [("IGOEEC", "EU-led")]
    assert codes(extractor, "the French-led coalition") == [("FRA", "French-led")]


def test_epithets_naming_one_actor(extractor: Extractor) -> None:
    found = codes(extractor, "the Zionist entity and the Tigray junta")
    assert found == [("ISRGOV", "Zionist entity"), ("ETHREB", "Tigray junta")]


def test_name_set_off_by_commas_after_a_title(extractor: Extractor) -> None:
    text = "Kenya's Minister of Defence, Amina Odhiambo, said"
    assert codes(extractor, text) == [("KENGOV", "Kenya's Minister of Defence, Amina Odhiambo")]
    assert codes(extractor, "Kenya's army, Uganda said") == [("KENMIL", "Kenya's army"),
                                                             ("UGA", "Uganda")]  # fmt: skip


def test_the_taliban_speak_for_the_afghan_state(extractor: Extractor) -> None:
    # in power since 2021: their ministers and spokesmen are the government, not rebels
    found = codes(extractor, "Taliban officials in Herat rejected the report.")
    assert [c for c, _ in found][:1] == ["AFGGOV"]
    # a Pakistani group with the name in it stays a Pakistani group
    assert codes(extractor, "Tehrik-i-Taliban Pakistan claimed the raid.")[0][0] == "PAKREB"


def test_units_courts_and_named_fleets(extractor: Extractor) -> None:
    assert codes(extractor, "A Turkish naval task group docked.")[0][0] == "TURMIL"
    assert codes(extractor, "an Indian naval detachment arrived")[0][0] == "INDMIL"
    assert codes(extractor, "the Tbilisi district court ruled")[0][0] == "GEOJUD"
    assert codes(extractor, "the Black Sea Fleet sailed")[0][0] == "RUSMIL"
    assert codes(extractor, "the US Seventh Fleet sailed")[0][0] == "USAMIL"


def test_government_wordings_name_the_government(extractor: Extractor) -> None:
    cases = {
        "The Indian external affairs ministry suspended visa services on Monday.": "INDGOV",
        "Niger's de facto authorities cut diplomatic relations with Ukraine.": "NERGOV",
        "The Taliban government in Kabul accused Pakistan of sheltering militants.": "AFGGOV",
        "A Chinese naval task group docked in Karachi.": "CHNMIL",
    }
    for text, actor in cases.items():
        assert actor in [code for code, _ in codes(extractor, text)], text


def test_territories_with_their_own_code_act_in_their_own_name(extractor: Extractor) -> None:
    """Greenland, the Cook Islands, New Caledonia ... are not UN members, but their
    governments, police and people act in the news (and in GDELT) under their own code."""
    assert codes(extractor, "Greenland's government said") == [
        ("GRLGOV", "Greenland's government")
    ]
    assert [c for c, _ in codes(extractor, "Cook Islands police and Kanak protesters")] == [
        "COKCOP", "NCLOPP"
    ]  # fmt: skip
    assert [c for c, _ in codes(extractor, "Nuuk and Hong Kong")] == ["GRL", "HKG"]


def test_police_and_offices_named_by_their_own_names(extractor: Extractor) -> None:
    """Bodies one state has by name ("the Gardaí", "the Carabinieri", "the Tatmadaw")
    and offices only one state's government holds ("the Taoiseach")."""
    text = "The Gardaí, the Taoiseach, the Carabinieri, the Guardia Civil and the Tatmadaw"
    assert [c for c, _ in codes(extractor, text)] == [
        "IRLCOP", "IRLGOV", "ITACOP", "ESPCOP", "MMRMIL"
    ]  # fmt: skip


def test_a_seat_of_government_stands_for_it(extractor: Extractor) -> None:
    # wire copy names a foreign ministry or a presidency by its building
    assert ("MYSGOV", "Wisma Putra") in codes(extractor, "Wisma Putra issued a protest note.")
    assert ("BRAGOV", "Itamaraty") in codes(extractor, "Itamaraty recalled the envoy on Monday.")
    assert ("PHLGOV", "Malacañang") in codes(extractor, "Malacañang rejected the Chinese claim.")
    assert ("NGAGOV", "Aso Rock") in codes(extractor, "Aso Rock said the border stays shut.")


def test_coast_guards_and_border_officers_enforce_the_law(extractor: Extractor) -> None:
    """Coast guards, marine police and migration or customs officers are police (COP),
    not armed forces, whatever state they serve."""
    for text, code in [
        ("The Philippine Coast Guard boarded the trawler.", "PHLCOP"),
        ("Mauritanian coast guard sailors fired on a pirogue.", "MRTCOP"),
        ("Greece's coastguard picked up 40 people.", "GRCCOP"),
        ("Tanzanian marine police seized two boats.", "TZACOP"),
        ("Liberian immigration officers detained four traders.", "LBRCOP"),
        ("Dominican migration agents raided a market.", "DOMCOP"),
        ("Nigerian customs officers impounded the trucks.", "NGACOP"),
        ("Malaysia's maritime enforcement agency detained the crew.", "MYSCOP"),
    ]:
        assert codes(extractor, text)[0][0] == code, text


def test_a_portfolio_makes_a_minister_his_governments(extractor: Extractor) -> None:
    # whatever the portfolio, a state's minister or ministry speaks for its government
    for text, code in [
        ("Ghana's trade minister Ama Mensah said on Monday", "GHAGOV"),
        ("Chile's fisheries minister told reporters", "CHLGOV"),
        ("Uganda's information minister, Joseph Okello, said", "UGAGOV"),
        ("Peru's labour ministry said in a statement", "PERGOV"),
        ("Nepal's home minister flew to Delhi", "NPLGOV"),
    ]:
        assert codes(extractor, text)[0][0] == code, text


def test_chinas_coast_guard_is_a_military_force(extractor: Extractor) -> None:
    # a force of the People's Armed Police under the Central Military Commission since 2018
    for text in (
        "The China Coast Guard fired water cannon.",
        "Two Chinese coast guard ships shadowed the boat.",
        "China's coast guard said it expelled the vessel.",
    ):
        assert codes(extractor, text)[0][0] == "CHNMIL", text


def test_a_flag_or_owner_makes_a_ship_a_states(extractor: Extractor) -> None:
    """ "a Chinese-flagged longliner", "a Greek-owned tanker": the state's property, to be
    acted on ("flag"); "the Saudi-led coalition" still acts as Saudi Arabia."""
    for text, code in [
        ("a Chinese-flagged longliner", "CHN"),
        ("a Greek-owned tanker", "GRC"),
        ("a Panama-registered bulk carrier", "PAN"),
        ("a Russian-crewed freighter", "RUS"),
    ]:
        assert [(m.code, m.kind) for m in extractor.actors.find(tokenize(text), text)] == [
            (code, "flag")
        ], text
    text = "the Saudi-led coalition"
    assert [m.kind for m in extractor.actors.find(tokenize(text), text)] == ["demonym"]


def test_a_flag_state_never_acts(events: Events) -> None:
    found = briefs(events, "A Liberian-flagged tanker was seized by Iranian commandos.")
    found |= briefs(events, "Somali pirates hijacked a Maltese-flagged tanker.")
    assert all(a1 not in ("LBR", "MLT") for _, a1, _ in found)
    assert ("171", "SOM", "MLT") in found


def test_a_seat_of_government_other_than_the_capital(extractor: Extractor) -> None:
    # wire copy names a government by the city it sits in, and some states by initials
    for text, code in [
        ("Cotonou rejected the charge.", "BEN"),
        ("Abidjan recalled its envoy.", "CIV"),
        ("Dar es Salaam protested.", "TZA"),
        ("Koror seized the boat.", "PLW"),
        ("PNG signed the treaty.", "PNG"),
        ("NZ sent a frigate.", "NZL"),
    ]:
        assert codes(extractor, text)[0][0] == code, text


def test_leaders_wire_copy_names_by_one_name(extractor: Extractor) -> None:
    """Wire copy names some leaders by one name after the first mention, or always
    ("Lula", "Haftar"); Haftar commands the Libyan National Army (LBYMIL)."""
    for text, code in [
        ("Lula flew to Beijing.", "BRAGOV"),
        ("Petro ordered tariffs.", "COLGOV"),
        ("Abiy spoke in Addis Ababa.", "ETHGOV"),
        ("Burhan met the envoy.", "SDNGOV"),
        ("Haftar's forces shelled the town.", "LBYMIL"),
        ("The Libyan National Army shelled the town.", "LBYMIL"),
    ]:
        assert codes(extractor, text)[0][0] == code, text


def test_a_portfolio_word_alone_makes_no_official(extractor: Extractor) -> None:
    # no title after it: the country stands alone
    assert codes(extractor, "Ghana's trade deficit widened in May.") == [("GHA", "Ghana")]
    assert codes(extractor, "Chile's fisheries exports rose.") == [("CHL", "Chile")]
