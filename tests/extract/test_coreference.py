from collections.abc import Callable
from datetime import date

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def test_the_soldiers_are_the_senders(events: Events) -> None:
    text = (
        "North Korea has sent about 1,500 troops to Russia.\n"
        "The soldiers were ferried to Vladivostok by Russian navy transport vessels."
    )
    assert ("062", "RUSMIL", "PRKMIL") in {brief(m) for m in events(text)}


def test_surname_after_full_name(events: Events) -> None:
    text = "Kim Jong Un arrived in Russia.\nKim later met Vladimir Putin in Vladivostok."
    assert ("044", "PRKGOV", "RUSGOV") in {brief(m) for m in events(text)}


def test_object_pronoun_is_the_visitor(events: Events) -> None:
    text = (
        "Vladimir Putin landed in Pyongyang on Wednesday.\nKim Jong Un welcomed him at the airport."
    )
    assert ("043", "PRKGOV", "RUSGOV") in {brief(m) for m in events(text)}


def test_reaction_to_an_earlier_event(events: Events) -> None:
    text = (
        "North Korea fired seven ballistic missiles into the sea on Tuesday.\n"
        "Washington, Seoul and Tokyo condemned that launch the same day."
    )
    found = {brief(m) for m in events(text, published=date(2024, 11, 6))}
    assert {("111", "USA", "PRK"), ("111", "KOR", "PRK"), ("111", "JPN", "PRK")} <= found


def test_group_of_leaders(events: Events) -> None:
    text = (
        "Joe Biden met Yoon Suk Yeol and Shigeru Ishiba in Lima.\n"
        "The three leaders condemned North Korea."
    )
    found = {m.actor1.country for m in events(text) if m.code == "111"}
    assert found == {"USA", "KOR", "JPN"}


def test_the_north_needs_its_story(events: Events) -> None:
    korean = (
        "Seoul said the North fired missiles.\nThe missiles were fired by the North on Tuesday."
    )
    assert any(m.actor1.code == "PRK" for m in events(korean))


def test_head_noun_of_an_organisation(events: Events) -> None:
    text = (
        "Council of the European Union\n"
        "The Council today adopted a package of sanctions against Russia."
    )
    assert ("163", "IGOEEC", "RUS") in {brief(m) for m in events(text)}


def test_its_ally_is_the_other_state_named_before(events: Events) -> None:
    text = (
        "Armenia and Iran held talks in Yerevan on Monday.\n"
        "Tehran insisted it was not sending drones to its ally."
    )
    assert ("072", "IRN", "ARM") in {(m.code, m.actor1.country, m.actor2.country if m.actor2
                                      else None) for m in events(text)}  # fmt: skip


def test_the_group_is_the_plural_actors_named_before(events: Events) -> None:
    text = (
        "Estonia expelled three Russian diplomats on Friday.\n"
        "Estonia's foreign minister accused the group of spying."
    )
    found = {(m.code, m.actor2.country if m.actor2 else None) for m in events(text)}
    assert ("1125", "RUS") in found


def test_bare_rebels_belong_to_the_country_of_their_place(events: Events) -> None:
    text = "Separatist rebels ambushed Nigerien soldiers near Agadez."
    assert {m.actor1.code for m in events(text) if m.code == "190"} == {"NERREB"}


def test_a_counterpart_is_a_government(events: Events) -> None:
    text = "Kenya's foreign minister held talks with his Ethiopian counterpart in Nairobi."
    assert ("040", "ETHGOV") in {(m.code, m.actor2.code if m.actor2 else None)
                                 for m in events(text)}  # fmt: skip


def test_a_named_group_absorbs_its_role_word(events: Events) -> None:
    text = "The junta denied that Wagner mercenaries had been deployed in Burkina Faso."
    assert {m.actor1.code for m in events(text) if m.code == "072"} == {"RUSMIL"}


def test_the_three_governments_act_together(events: Events) -> None:
    text = (
        "Australia, Japan and the Philippines held talks in Manila.\n"
        "The three governments launched the maritime exercise in May."
    )
    found = {m.code for m in events(text)}
    assert "062" in found and "150" not in found


def test_allied_forces_are_nato_in_a_nato_story(events: Events) -> None:
    text = (
        "NATO will hold a large exercise in Norway next month.\n"
        "Finland will send units to train alongside Allied forces."
    )
    assert ("062", "IGONAT") in {(m.code, m.actor2.code if m.actor2 else None)
                                 for m in events(text)}  # fmt: skip


def test_a_briefing_speaker_speaks_for_the_body_its_heading_names(events: Events) -> None:
    text = (
        "OSCE Secretariat, Vienna\n\n"
        "SPOKESPERSON: Thank you. Moldova will send observers to train with Romanian troops."
    )
    sources = {m.source.code if m.source else None for m in events(text)}
    assert sources == {"IGOOSC"} or all(s and s.startswith("IGO") for s in sources)


def test_its_forces_belong_to_the_clause_subject(events: Events) -> None:
    text = (
        "Armenian officials met in Yerevan on Monday.\n"
        "The Azerbaijani army said its artillery units had shelled Armenian positions."
    )
    assert ("194", "AZEMIL", "ARMMIL") in {brief(m) for m in events(text)}


def test_they_is_the_sentence_subject(events: Events) -> None:
    text = (
        "- Hezbollah fired rockets at Israel overnight.\n"
        "- Al-Shabaab say they attacked Kenyan troops near Mandera."
    )
    assert ("190", "SOMREB", "KENMIL") in {brief(m) for m in events(text)}


def test_transcript_speaker_is_the_person_introduced(events: Events) -> None:
    text = (
        "HOST: With me is Chile's Minister of Foreign Affairs, Rosa Valdes. Minister?\n\n"
        "VALDES: Peruvian troops shelled a Chilean border post on Monday. "
        "We condemn this attack. We summoned the Peruvian ambassador yesterday.\n\n"
        "HOST: Lima says its soldiers were provoked."
    )
    found = events(text)
    briefs = {brief(m) for m in found}
    assert ("111", "CHLGOV", "PERMIL") in briefs
    assert ("114", "CHLGOV", "PERGOV") in briefs
    shelling = next(m for m in found if m.code.startswith("19"))
    assert shelling.source is not None and shelling.source.code == "CHLGOV"
    # said in the studio on the day of the broadcast
    condemn = next(m for m in found if m.code == "111")
    assert condemn.date is not None and condemn.date.value == "2024-10-18"


def test_first_person_and_titles_in_a_briefing(events: Events) -> None:
    text = (
        "MOGADISHU, May 2 (Briefing)\n\n"
        "SPOKESPERSON: Kenyan troops shelled a Somali camp. Our soldiers returned fire. "
        "Our army chief lodged a protest with his Kenyan counterpart. "
        "The Foreign Minister will travel to Addis Ababa next week."
    )
    found = {brief(m) for m in events(text)}
    assert ("114", "SOMMIL", "KENMIL") in found
    assert ("042", "SOMGOV", "ETH") in found


def test_state_media_epithets_are_the_other_side(events: Events) -> None:
    text = (
        "ASMARA, May 2 (Statement) — The Government of Eritrea issues this statement.\n"
        "We reject the claims of Sudan. Our forces remain on our side of the border.\n"
        "The regime in Khartoum has deployed troops to the border with Eritrea.\n"
        "The Zionist entity bombed Damascus on Tuesday."
    )
    found = {brief(m) for m in events(text)}
    assert ("154", "SDNGOV", None) in found or ("154", "SDNGOV", "ERI") in found
    assert ("195", "ISRGOV", "SYR") in found
    assert not any(actor == "ERIGOV" and code.startswith(("15", "19")) for code, actor, _ in found)


def test_bare_epithet_is_never_the_publishers_state(events: Events) -> None:
    text = (
        "MINSK, May 2 (Statement) — The Government of Belarus states the following.\n"
        "We warn against provocations. We will defend our borders.\n"
        "The occupiers shelled Belarusian border villages."
    )
    found = events(text)
    assert not any(m.actor1.code.startswith("BLR") and m.code.startswith("19") for m in found)


def test_acronym_defined_in_brackets(events: Events) -> None:
    text = (
        "Fighting between the Somali National Army (SNA) and al-Shabaab went on.\n"
        "The SNA attacked al-Shabaab positions near Baidoa on Tuesday."
    )
    assert ("190", "SOMMIL", "SOMREB") in {brief(m) for m in events(text)}


def test_the_two_neighbours_are_the_states_of_the_last_exchange(events: Events) -> None:
    text = (
        "Peruvian and Chilean troops exchanged fire on the border on Monday. "
        "Brazil offered to mediate between the two neighbours."
    )
    found = {brief(m) for m in events(text)}
    # the states themselves, not the troops that fired
    assert {("039", "BRA", "PER"), ("039", "BRA", "CHL")} <= found


def test_a_count_below_the_group_names_the_parties_the_act_was_aimed_at(
    events: Events,
) -> None:
    text = (
        "Kenya's president urged Ethiopia and Eritrea to resume talks. Uganda's foreign "
        "minister offered to mediate between the two neighbours."
    )
    mediation = {m.actor2.code[:3] for m in events(text) if m.code == "039" and m.actor2}
    assert mediation == {"ETH", "ERI"}


def test_both_governments_are_the_group_s_governments(events: Events) -> None:
    text = (
        "Kenya's president urged Ethiopia and Eritrea to resume talks. Uganda's foreign "
        "minister urged both governments to show restraint."
    )
    appeals = {m.actor2.code for m in events(text) if m.code == "0256" and m.actor2}
    assert appeals == {"ETHGOV", "ERIGOV"}


def test_it_after_a_participle_is_the_main_clause_s_object(events: Events) -> None:
    text = "Greece detained a Turkish fishing boat off Lesbos, accusing it of illegal fishing."
    accusations = {(m.actor1.code[:3], m.actor2.code[:3]) for m in events(text)
                   if m.code.startswith("112") and m.actor2}  # fmt: skip
    assert accusations == {("GRC", "TUR")}


def test_it_after_a_saying_participle_is_no_object(events: Events) -> None:
    text = "Russia struck Kharkiv overnight, saying it had hit a Ukrainian arms depot."
    assert not any(m.actor1.code == "UKR" for m in events(text))


def test_it_after_a_participle_is_no_place_in_a_phrase(events: Events) -> None:
    text = "Iran seized a Liberian-flagged tanker in the Gulf of Oman, accusing it of smuggling."
    assert not any(m.actor2 and m.actor2.code == "OMN" for m in events(text))


def test_it_after_a_participle_may_be_a_party_named_with_with(events: Events) -> None:
    text = 'Chad cut diplomatic relations with Sudan on Monday, calling it an "aggressor state".'
    assert ("111", "TCD", "SDN") in {
        (m.code, m.actor1.code[:3], m.actor2.code[:3]) for m in events(text) if m.actor2
    }


def test_both_countries_are_the_sentence_s_own_two_states(events: Events) -> None:
    text = (
        "Vietnam's coast guard met Indonesian officials in Hanoi. The Indian navy and its "
        "Thai counterpart will hold a joint patrol in May, officials from both countries said."
    )
    patrols = [m for m in events(text) if m.code == "062"]
    assert patrols and all(m.source is not None for m in patrols)
    assert {m.source.code[:3] for m in patrols if m.source} <= {"IND", "THA"}


def test_a_capital_visited_is_no_party_of_the_two_neighbours(events: Events) -> None:
    text = (
        "Kenya's president urged Ethiopia and Eritrea to resume talks. Uganda's foreign "
        "minister visited Asmara and offered to mediate between the two neighbours."
    )
    mediation = {m.actor2.code[:3] for m in events(text) if m.code == "039" and m.actor2}
    assert mediation == {"ETH", "ERI"}
def test_an_appeal_to_both_sides_addresses_the_story_adversaries(events: Events) -> None:
    text = (
        "Guyana accused Venezuela of massing troops near the Essequibo border on Monday.\n"
        "Brazil's president telephoned Guyana's president and pledged support.\n"
        "The United Nations called on both countries to exercise restraint."
    )
    found = {brief(m) for m in events(text) if m.root == "02"}
    assert {m[2] for m in found} == {"GUY", "VEN"}


def test_all_parties_in_quotes_after_urged(events: Events) -> None:
    text = (
        "Armenia accused Azerbaijan of shelling border villages on Tuesday.\n"
        "France and Armenia signed a defence pact in Paris.\n"
        'The UN secretary-general urged "all parties" to stop fighting.'
    )
    targets = {m.actor2.country for m in events(text) if m.root == "02" and m.actor2}
    assert targets == {"ARM", "AZE"}


def test_the_two_countries_after_a_joint_act_are_still_its_parties(events: Events) -> None:
    text = (
        "Peru accused Chile of violating its airspace on Monday.\n"
        "Iran and Belarus held talks in Minsk. The two countries signed an agreement."
    )
    found = {brief(m) for m in events(text) if m.code.startswith("05")}
    assert {m[1] for m in found} <= {"IRN", "BLR"}


def test_an_appeal_to_both_governments_addresses_their_governments(events: Events) -> None:
    text = (
        "Sudan's army accused Chad of arming the RSF on Monday.\n"
        "Qatar urged both governments to resume talks."
    )
    targets = {m.actor2.code for m in events(text) if m.root == "02" and m.actor2}
    assert targets == {"SDNGOV", "TCDGOV"}


def test_an_appeal_to_the_two_countries_named_in_its_sentence(events: Events) -> None:
    text = (
        "Peru accused Chile of violating its airspace on Monday.\n"
        "Calling the row a matter between Nepal and India, China urged both countries to "
        "resolve it through consultation."
    )
    targets = {m.actor2.country for m in events(text) if m.root == "02" and m.actor2}
    assert targets == {"NPL", "IND"}


def test_an_appeal_to_everyone_in_a_state_addresses_that_state(events: Events) -> None:
    text = (
        "Peru accused Chile of violating its airspace on Monday.\n"
        'Serbia urged "everyone in Montenegro" to refrain from violence.\n'
        "The UN called on all parties in Mali to stop fighting."
    )
    found = {(m.actor1.country, m.actor2.country) for m in events(text)
             if m.root == "02" and m.actor2}  # fmt: skip
    assert found == {("SRB", "MNE"), ("IGO", "MLI")}


def _accused(events: Events, text: str) -> set[tuple[str, str]]:
    return {(m.actor1.code[:3], m.actor2.code[:3]) for m in events(text)
            if m.code.startswith("112") and m.actor2}  # fmt: skip


def test_him_after_a_participle_is_the_main_clause_s_object(events: Events) -> None:
    text = "Qatar expelled a Saudi diplomat on Sunday, accusing him of spying on dissidents."
    assert _accused(events, text) == {("QAT", "SAU")}


def test_them_after_a_participle_is_not_a_plural_subject(events: Events) -> None:
    # "them" is never the subject of its own clause, however plural that subject reads
    text = "Indonesian police arrested nine Vietnamese fishermen, accusing them of poaching."
    assert _accused(events, text) == {("IDN", "VNM")}
    text = "Tunisian coast guards seized two Libyan boats, accusing them of smuggling fuel."
    assert _accused(events, text) == {("TUN", "LBY")}


def test_a_body_seated_in_a_capital_is_that_states(events: Events) -> None:
    """ "the foreign ministry in Hanoi": a state's own body takes the country of the
    capital after "in", by its head word, and "it" may stand for it."""
    cases = [
        ("The foreign ministry in Hanoi summoned the Chinese ambassador.", "VNMGOV"),
        ("The government in Bangkok closed the border with Cambodia.", "THAGOV"),
        ("Police in Nairobi arrested three Somali nationals.", "KENCOP"),
        ("The Department of Foreign Affairs in Manila said it had summoned a senior "
         "Chinese diplomat.", "PHLGOV"),
        ("A court in Tbilisi sentenced two Russian men to prison.", "GEOJUD"),
    ]  # fmt: skip
    for text, actor in cases:
        assert actor in {m.actor1.code for m in events(text)}, text


def test_an_envoy_or_force_in_a_capital_is_not_that_states(events: Events) -> None:
    # an embassy or troops "in Kabul" are only there: they keep their own state, or none
    for text in (
        "Its embassy in Niamey protested to the junta on Monday.",
        "The troops in Kabul were withdrawn to Doha.",
    ):
        assert all(m.actor1.country not in ("NER", "AFG") for m in events(text)), text


def test_the_other_side_is_that_state(events: Events) -> None:
    # "the Russian side": a state's adjective before "side" names the state as a party
    for text, target in [
        ("Kazakhstan's energy ministry held consultations with the Russian side on Monday.",
         "RUS"),
        ("The Vietnamese delegation met the Chinese side in Hanoi.", "CHN"),
    ]:  # fmt: skip
        assert target in {m.actor2.country for m in events(text) if m.actor2}, text
