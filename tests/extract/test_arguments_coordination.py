"""Coordination, apposition and direction: constructions that must neither lose an
actor nor invent one. Invented sentences."""

from collections.abc import Callable

from watchfloor.models import Mention

from .conftest import brief, briefs

Events = Callable[..., list[Mention]]


def test_parallel_sources_of_one_receipt_each_give(events: Events) -> None:
    found = briefs(events, "Lithuania has received Boxer vehicles from Germany and "
                           "Piorun missiles from Poland.")  # fmt: skip
    assert {("072", "DEU", "LTU"), ("072", "POL", "LTU")} <= found


def test_parallel_destinations_of_one_sending_each_receive(events: Events) -> None:
    found = briefs(events, "Iran sent drones to Sudan and military advisers to Venezuela.")
    assert {("072", "IRN", "SDN"), ("072", "IRN", "VEN")} <= found


def test_a_second_verb_after_and_is_no_parallel_phrase(events: Events) -> None:
    found = briefs(events, "Chile received frigates from Britain and sent observers to Haiti.")
    assert ("072", "HTI", "CHL") not in found


def test_weapons_bought_from_a_state_are_supplied_by_it(events: Events) -> None:
    found = briefs(events, "Morocco has purchased 12 attack helicopters from the United States.")
    assert ("072", "USA", "MAR") in found
    assert ("072", "MAR", "USA") not in found


def test_a_buyer_of_drones_is_their_recipient(events: Events) -> None:
    found = briefs(events, "Kenya bought armed drones from Turkey last year.")
    assert ("072", "TUR", "KEN") in found


def test_buying_with_no_seller_named_is_no_transfer(events: Events) -> None:
    found = briefs(events, "Ghana wants to buy more armoured vehicles.")
    assert not any(code == "072" for code, _, _ in found)


def test_a_purchase_after_a_receipt_keeps_the_receiver_as_buyer(events: Events) -> None:
    found = briefs(events, "Estonia has received howitzers from South Korea, and has "
                           "bought rocket launchers from the United States.")  # fmt: skip
    assert {("072", "KOR", "EST"), ("072", "USA", "EST")} <= found
    assert ("072", "EST", "KOR") not in found


def test_a_later_country_is_no_origin_of_the_weapons(events: Events) -> None:
    found = briefs(events, "Latvia bought drones from Israel, while criticising Russia's "
                           "build-up of its own forces.")  # fmt: skip
    assert ("072", "ISR", "LVA") in found
    assert not any(a1 == "RUS" for _, a1, _ in found)


def test_a_possessed_envoy_recalled_from_a_capital_is_the_subjects(events: Events) -> None:
    found = briefs(events, "Chad recalled its ambassador from Khartoum on Monday.")
    assert ("161", "TCD", "SDN") in found
    assert not any(a1 == "SDN" for _, a1, _ in found)


def test_an_apposition_after_coordinated_subjects_does_not_act(events: Events) -> None:
    found = briefs(events, "Guinea and Togo, Ghana's neighbours on the coast, also "
                           "condemned the coup.")  # fmt: skip
    assert {a1 for _, a1, _ in found} == {"GIN", "TGO"}


def test_an_apposition_after_one_subject_does_not_act(events: Events) -> None:
    found = briefs(events, "Armenia, Iran's northern neighbour, condemned the strike.")
    assert {a1 for _, a1, _ in found} == {"ARM"}


def test_a_protest_inside_a_purpose_is_no_act_of_the_summoned(events: Events) -> None:
    found = briefs(events, "Peru summoned Chile's ambassador in Lima to lodge a formal protest.")
    assert ("114", "PER", "CHL") in found
    assert not any(a1 == "CHL" for _, a1, _ in found)


def test_officials_who_tell_a_reporter_go_on_to_accuse(events: Events) -> None:
    found = briefs(events, "Three Kenyan officials tell the BBC that Somali troops crossed "
                           "the border, and accuse Mogadishu of provoking a clash.")  # fmt: skip
    assert ("112", "KEN", "SOM") in found
    assert ("112", "SOM", None) not in found


def test_speakers_go_on_when_their_report_names_no_actor(events: Events) -> None:
    found = briefs(events, "Two Peruvian officials told reporters that the talks had "
                           "stalled, and accused Quito of blocking the deal.")  # fmt: skip
    assert ("112", "PER", "ECU") in found


def test_a_diplomatic_note_to_two_states_is_a_complaint_to_each(events: Events) -> None:
    found = briefs(events, "Bhutan has sent diplomatic notes to both Bangladesh and "
                           "Myanmar protesting their decision.")  # fmt: skip
    assert {("114", "BTN", "BGD"), ("114", "BTN", "MMR")} <= found


def test_a_participle_restating_a_complaint_is_no_act_of_its_own(events: Events) -> None:
    found = briefs(events, "Bolivia sent a diplomatic note to Chile and Peru protesting "
                           "the border closure.")  # fmt: skip
    assert ("114", "BOL", None) not in found
    assert not any(a1 in ("CHL", "PER") for _, a1, _ in found)


def test_officials_who_tell_in_the_present_are_the_claimants(events: Events) -> None:
    found = events("Two Ghanaian officials tell our correspondent that Togo has sent "
                   "troops to Benin.")  # fmt: skip
    sent = [m for m in found if m.code == "072"]
    assert sent and sent[0].actor1.code.startswith("TGO")
    assert sent[0].source is not None and sent[0].source.code.startswith("GHA")


def test_aircraft_received_from_a_state_are_its_supply(events: Events) -> None:
    found = briefs(events, "Uruguay received eight more fighter jets from Sweden in May.")
    assert ("072", "SWE", "URY") in found
    assert ("043", "URY", "SWE") not in found


def test_a_parallel_phrase_read_as_one_actor_still_gives(events: Events) -> None:
    found = briefs(events, "Ghana received two helicopters from Italy and four jets from Brazil.")
    assert {("072", "ITA", "GHA"), ("072", "BRA", "GHA")} <= found


def test_a_parallel_phrase_after_an_apposition_names_a_second_target(events: Events) -> None:
    found = briefs(events, "Chile's foreign minister spoke by phone with his Argentine "
                           "counterpart, Diana Mondino, and with the ambassador of "
                           "Peru.")  # fmt: skip
    assert {("041", "CHL", "ARG"), ("041", "CHL", "PER")} <= found


def test_a_parallel_phrase_after_a_titled_name_names_a_second_target(events: Events) -> None:
    found = briefs(events, "The Egyptian foreign minister held talks with his Jordanian "
                           "counterpart, Mr. Ayman Safadi, and with the Secretary-General "
                           "of the United Nations.")  # fmt: skip
    assert {("040", "EGY", "JOR"), ("040", "EGY", "IGO")} <= found


def test_the_office_holder_of_a_body_acts_for_it(events: Events) -> None:
    found = briefs(events, "The chairperson of the ECOWAS Commission, Ana Ruiz, urged Benin "
                           "and Niger to exercise restraint.")  # fmt: skip
    assert {("0256", "IGO", "BEN"), ("0256", "IGO", "NER")} <= found


def test_envoys_recalled_from_capitals_are_the_subjects_own(events: Events) -> None:
    found = briefs(events, "Mauritania responded by recalling its own ambassadors from "
                           "Dakar and Banjul.")  # fmt: skip
    assert {("161", "MRT", "SEN"), ("161", "MRT", "GMB")} <= found


def test_the_seller_of_the_things_bought_is_the_state_not_its_forces(events: Events) -> None:
    found = {brief(m) for m in events("Kenya bought armed drones from Turkey last year.")}
    assert ("072", "TUR", "KEN") in found


def test_after_and_the_object_of_a_verb_that_made_no_event_is_no_subject(
    events: Events,
) -> None:
    # "seized a ... sloop" is no event of its own here; its object is not who detains
    found = briefs(
        events,
        "Belize's coast guard seized a Honduran sloop off Sapodilla Cayes on Monday and "
        "detained its five crew members.",
    )
    assert ("173", "BLZ", "HND") in found
    assert not any(a1 == "HND" for _, a1, _ in found)


def test_after_and_a_coordinated_subject_still_acts(events: Events) -> None:
    # no verb stands between the two actors: they are one subject, not verb and object
    found = briefs(
        events,
        "Belize and Guatemala met in Washington on Monday and signed a border protocol.",
    )
    assert any(c == "057" and a1 == "BLZ" for c, a1, _ in found)


def test_after_and_the_subject_of_a_subordinate_clause_keeps_its_act(events: Events) -> None:
    # "after Malawian soldiers ... crossed": the soldiers head their own clause, they are
    # no object of "protested"; they fire
    found = briefs(
        events,
        "Zambia protested to Malawi on Friday after Malawian soldiers chasing cattle thieves "
        "crossed the border and fired shots near a village.",
    )
    assert not any(c.startswith("19") and a1 == "ZMB" for c, a1, _ in found)


def test_after_and_a_passive_visit_keeps_its_host(events: Events) -> None:
    found = briefs(
        events,
        "Estonia's foreign minister visited Chisinau on Monday and was received by the "
        "Moldovan president.",
    )
    assert not any(c == "043" and a1 == "EST" for c, a1, _ in found)
