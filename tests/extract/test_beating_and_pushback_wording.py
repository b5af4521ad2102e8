"""Wire wording of beatings, blows and pushbacks that the older lines miss: a beating
by those who hold or guard people ("guards beat several of them", "were beaten by
Qatari police"), a blow struck with a club or blade whoever gives it ("struck two
fishermen with rifle butts"), people driven back over a border in numbers ("turned
back 212 migrants", "were driven out ... by Azerbaijani forces", 201), people taken away
by force (181), seizures ordered by a court or prosecutor (1711) and another's ship
shadowed by a warship (150). A match won ("Ghana beat Togo 2-1"), "beat back an attack",
a lorry turned back at a border and passports taken away are no such act."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatian border guards beat two Afghan migrants near the fence at Bajakovo.",
         ("182", "HRV", "AFG")),
        ("Kenyan police officers had beaten Somali traders in Eastleigh, the union said.",
         ("182", "KEN", "SOM")),
        ("Three Nepali workers were beaten by Qatari police after their arrest.",
         ("182", "QAT", "NPL")),
    ],
)  # fmt: skip
def test_a_beating_by_guards_or_police_is_an_assault(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuadorian sailors struck two Peruvian fishermen with rifle butts during the boarding.",
         ("182", "ECU", "PER")),
        ("Turkish police hit Syrian protesters with batons in Istanbul.",
         ("182", "TUR", "SYR")),
        ("Greek riot police beat Albanian workers with truncheons outside the plant.",
         ("182", "GRC", "ALB")),
    ],
)  # fmt: skip
def test_a_blow_with_a_club_is_an_assault_not_a_strike(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = briefs(events, text)
    assert expected in found
    assert not any(code.startswith("19") for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana beat Togo 2-1 in Lome on Sunday.",
        "The Serbian police team beat the Croatian army side 3-0 in the final.",
    ],
)
def test_a_match_won_is_no_beating(events: Events, text: str) -> None:
    assert not any(code == "182" for code, _, _ in briefs(events, text))


def test_beating_back_an_attack_stays_a_fight(events: Events) -> None:
    found = briefs(events, "Indian troops beat back an attack by Pakistani soldiers near Uri.")
    assert ("190", "IND", "PAK") in found
    assert not any(code == "182" for code, _, _ in found)


def test_a_ship_struck_is_no_blow_with_a_club(events: Events) -> None:
    found = briefs(events, "An Indian navy ship struck a Sri Lankan trawler off Jaffna.")
    assert not any(code == "182" for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungarian police turned back 212 Afghan migrants at the Serbian border.",
         ("201", "HUN", "AFG")),
        ("More than 100,000 Armenians were driven out of the enclave by Azerbaijani forces "
         "in 2023.", ("201", "AZE", "ARM")),
    ],
)  # fmt: skip
def test_people_driven_back_in_numbers_are_a_mass_expulsion(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian police turned back a Serbian lorry at the border.",
        "Polish customs officers turned back 40 Belarusian trucks at Kukuryki.",
    ],
)
def test_vehicles_turned_back_are_no_expulsion(events: Events, text: str) -> None:
    assert not any(code == "201" for code, _, _ in briefs(events, text))


def test_people_taken_away_by_force_are_abducted(events: Events) -> None:
    text = "South Sudanese soldiers took away eleven Congolese civilians across the border."
    assert ("181", "SSD", "COD") in briefs(events, text)


def test_papers_taken_away_are_no_abduction(events: Events) -> None:
    text = "Nigerian customs officers took away their passports and phones."
    assert not any(code == "181" for code, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monaco's prosecutor ordered the seizure of the Russian tycoon's villa on Monday.",
         ("1711", "MCO", "RUS")),
        ("A Malian judge authorised the confiscation of 1.2 tonnes of gold belonging to the "
         "Australian company.", ("1711", "MLI", "AUS")),
    ],
)  # fmt: skip
def test_a_seizure_ordered_by_a_court_is_the_seizure(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_release_ordered_is_no_seizure(events: Events) -> None:
    found = briefs(events, "The Kenyan court ordered the release of two Ugandan traders.")
    assert not any(code == "1711" for code, _, _ in found)


def test_a_warship_shadowing_a_ship_shows_force(events: Events) -> None:
    text = "An Indian navy destroyer shadowed the Chinese survey ship for three days."
    assert ("150", "IND", "CHN") in briefs(events, text)


def test_investors_shadowing_a_market_show_no_force(events: Events) -> None:
    text = "Chinese investors shadowed the Japanese market all week."
    assert not any(code == "150" for code, _, _ in briefs(events, text))
