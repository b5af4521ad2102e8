"""Targets from places: an attack or deployment where a place of another country than
the actor's lies is aimed at that country. Invented sentences."""

from .conftest import Events, brief, briefs


def test_a_strike_in_another_country_is_aimed_at_it(events: Events) -> None:
    found = briefs(events, "Ukrainian drones struck an oil depot in Russia's Bryansk region.")
    assert any(c.startswith("19") and a1 == "UKR" and a2 == "RUS" for c, a1, a2 in found)


def test_a_strike_near_a_foreign_city_is_aimed_at_its_country(events: Events) -> None:
    found = briefs(events, "Turkish warplanes bombed militant camps south of Baghdad.")
    assert any(c.startswith("19") and a1 == "TUR" and a2 == "IRQ" for c, a1, a2 in found)


def test_a_force_sent_to_a_border_faces_the_neighbour(events: Events) -> None:
    found = briefs(events, "Hungary will deploy 2,000 soldiers to its border with Serbia.")
    assert ("154", "HUN", "SRB") in found
    assert not any(c == "072" and a2 == "SRB" for c, _, a2 in found)  # no aid to Serbia


def test_a_strike_at_home_has_no_target(events: Events) -> None:
    found = briefs(events, "Nigerian jets bombed militant camps in Nigeria's Borno state.")
    assert not any(a2 == "NGA" for _, _, a2 in found)


def test_the_forces_the_clause_names_are_the_target(events: Events) -> None:
    text = "Sudanese troops shelled positions in Chad, hitting Chadian army posts."
    found = [brief(m) for m in events(text)]
    assert any(c.startswith("19") and a2 == "TCDMIL" for c, _, a2 in found)


def test_where_a_force_fights_is_not_whom_it_fights(events: Events) -> None:
    # a force abroad often fights for its host: the place names the war, not the enemy
    found = briefs(events, "Officials say Cuban soldiers are fighting in Venezuela.")
    assert found and not any(a2 == "VEN" for _, _, a2 in found)
    found = briefs(events, "Cuban soldiers shelled rebel positions in Venezuela.")
    assert any(c.startswith("19") and a2 == "VEN" for c, _, a2 in found)


def test_an_envoy_recalled_from_his_post_answers_the_host(events: Events) -> None:
    # the post after "in" names the state the recall is aimed at, whatever the wording
    found = briefs(events, "Colombia also recalled its ambassador in Quito for consultations.")
    assert ("161", "COL", "ECU") in found
    found = briefs(events, "On Friday Mexico recalled its envoy in Madrid to review ties.")
    assert ("161", "MEX", "ESP") in found
    found = briefs(events, "Lithuania closed its embassy in Minsk after the balloon incursions.")
    assert ("161", "LTU", "BLR") in found


def test_a_recall_home_or_in_a_month_has_no_host(events: Events) -> None:
    found = briefs(events, "Ghana recalled its ambassador to Accra for consultations.")
    assert ("161", "GHA", None) in found
    assert ("161", "PER", None) in briefs(events, "Peru recalled its ambassador in March.")


def test_a_place_last_in_a_list_of_names_is_aimed_at_as_the_first(events: Events) -> None:
    """ "in Paktika and Khost provinces": the preposition before the list aims at each
    name in it, whether the gazetteer knows the first name or not."""
    for text, actor, target in [
        ("Pakistani aircraft struck targets in Zarmandi and Khost provinces on Tuesday.",
         "PAK", "AFG"),
        ("Rwandan artillery shelled hillsides near Bunagana and Goma overnight.",
         "RWA", "COD"),
    ]:  # fmt: skip
        found = briefs(events, text)
        assert any(c.startswith("19") and (a1, a2) == (actor, target) for c, a1, a2 in found), (
            text
        )


def test_a_name_after_a_lower_case_phrase_is_no_list(events: Events) -> None:
    # "the mountains and Khost": Khost opens a clause of its own
    text = "Pakistani aircraft struck targets in the mountains and Khost was quiet."
    found = briefs(events, text)
    assert not any(a2 == "AFG" for _, _, a2 in found)


def test_a_post_abroad_speaks_to_its_host(events: Events) -> None:
    """ "The Chinese embassy in Buenos Aires demanded ...": what an embassy or envoy in a
    capital says, asks or protests with no target named is addressed to the host."""
    for text, actor, target in [
        ("The Russian embassy in Oslo protested on Monday.", "RUS", "NOR"),
        ("Iran's embassy in Baku condemned the decision as hostile.", "IRN", "AZE"),
        ("The Turkish embassy in Athens demanded the release of the two fishermen.",
         "TUR", "GRC"),
    ]:  # fmt: skip
        found = briefs(events, text)
        assert any((a1, a2) == (actor, target) for _, a1, a2 in found), text


def test_a_post_abroad_keeps_a_target_it_names(events: Events) -> None:
    text = "The Chinese embassy in Canberra accused Washington of stirring up trouble."
    found = briefs(events, text)
    assert ("112", "CHN", "USA") in found
    assert not any(a2 == "AUS" for _, _, a2 in found)


def test_a_post_abroad_does_not_address_its_host_by_deeds(events: Events) -> None:
    # a material act by a post is no message to the host
    text = "The Russian embassy in Oslo sent a convoy of trucks with humanitarian aid."
    found = briefs(events, text)
    assert ("073", "RUS", None) in found
