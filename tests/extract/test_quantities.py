from collections.abc import Callable

import pytest

from watchfloor.extract.quantities import find_quantities, parse_number
from watchfloor.extract.rules import load_rules
from watchfloor.models import Mention

UNITS = load_rules().units


def first(text: str) -> tuple[float, float | None, float | None, str, bool]:
    q = find_quantities(text, 0, UNITS)[0]
    return q.value, q.low, q.high, q.unit, q.approx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sent about 1,500 special forces troops", (1500, 1500, 1500, "troops", True)),
        ("10,000 to 12,000 soldiers", (11000, 10000, 12000, "troops", False)),
        ("between 11,000 and 12,000 soldiers", (11500, 11000, 12000, "troops", False)),
        ("some two thousand personnel", (2000, 2000, 2000, "troops", True)),
        ("more than 100 ballistic missiles", (100, 100, None, "missiles", True)),
        ("up to 3,000 troops", (3000, None, 3000, "troops", True)),
        ("adding 74 vessels", (74, 74, 74, "vessels", False)),
        ("three thousand five hundred vehicles", (3500, 3500, 3500, "vehicles", False)),
        ("six more Su-30MK2 multirole combat aircraft", (6, 6, 6, "aircraft", False)),
        ("80 tonnes of flour", (80, 80, 80, "tonnes", False)),
        ("two more S-400 squadrons", (2, 2, 2, "systems", False)),
        # "more" and "further" take no place among the words before the unit
        ("handed over three more Patriot PAC-3 air defence systems", (3, 3, 3, "systems", False)),
        ("arrested more than 250 protesters", (250, 250, None, "persons", True)),
        ("expelled four Dutch diplomats", (4, 4, 4, "persons", False)),
        ("began training three brigades", (3, 3, 3, "troops", False)),
        # members of a force count the force
        ("called up 4.5 million members of the Bolivarian Militia",
         (4_500_000, 4_500_000, 4_500_000, "troops", False)),
        ("armed 3,000 militiamen", (3000, 3000, 3000, "troops", False)),
        ("landed about 120 marines", (120, 120, 120, "troops", True)),
        ("flew five planeloads of ammunition", (5, 5, 5, "containers", False)),
        # officials named by their office are designations when sanctioned
        ("froze the assets of nine Belarusian judges", (9, 9, 9, "designations", False)),
        ("barred 14 Georgian lawmakers", (14, 14, 14, "designations", False)),
    ],
)
def test_quantities(
    text: str, expected: tuple[float, float | None, float | None, str, bool]
) -> None:
    assert first(text) == expected


def test_years_casualties_and_bare_numbers_are_not_quantities() -> None:
    assert find_quantities("in 2024 the war went on", 0, UNITS) == []
    assert find_quantities("killing at least four soldiers", 0, UNITS) == []
    assert find_quantities("the shelling killed 40 people", 0, UNITS) == []
    assert find_quantities("injuring two soldiers", 0, UNITS) == []
    assert find_quantities("12 civilians and 3 officers were martyred", 0, UNITS) == []
    assert find_quantities("the 23rd round of talks", 0, UNITS) == []


def test_parse_number() -> None:
    assert parse_number("1,500") == 1500
    assert parse_number("eleven thousand") == 11000
    assert parse_number("1.5 million") == 1_500_000
    assert parse_number("nonsense") is None


@pytest.mark.parametrize(
    "text",
    [
        "İstanbul hosted ABOUT TWO THOUSAND troops",  # lower-casing "İ" lengthens the text
        "istanbul hosted about two thousand troops",
    ],
)
def test_quantities_ignore_case_and_keep_offsets(text: str) -> None:
    [q] = find_quantities(text, 5, UNITS)
    assert (q.value, q.approx) == (2000, True)
    assert text[q.start - 5 : q.end - 5] == q.text
    assert q.text.lower() == "about two thousand"


def test_sentence_without_numbers_has_no_quantity() -> None:
    assert find_quantities("Troops crossed the river at dawn.", 0, UNITS) == []


def test_a_later_definite_count_is_the_total_of_its_parts() -> None:
    text = "Three Indian jets joined two French Mirages before the five aircraft flew on."
    totals = [q for q in find_quantities(text, 0, UNITS) if q.total]
    assert [(q.value, q.unit) for q in totals] == [(5, "aircraft")]


def test_a_recap_of_people_takes_the_unit_of_its_part() -> None:
    text = "Kenya banned the army chief and four officers, seizing the five men's property."
    totals = [q for q in find_quantities(text, 0, UNITS) if q.total]
    assert [(q.value, q.unit) for q in totals] == [(5, "troops")]


def test_a_smaller_definite_count_is_no_total() -> None:
    text = "Chad sent 800 soldiers to Niger, where the two countries share a border."
    assert not any(q.total for q in find_quantities(text, 0, UNITS))


def test_coordinated_counts_of_one_unit_are_summed() -> None:
    found = find_quantities("Egypt shipped 40 tanks and 60 armoured vehicles", 0, UNITS)
    assert [(q.value, q.unit) for q in found] == [(100, "vehicles")]


def test_counts_of_different_units_or_places_stay_apart() -> None:
    found = find_quantities("200 drones and 50 missiles", 0, UNITS)
    assert [q.value for q in found] == [200, 50]
    found = find_quantities("500 troops to Goma and 300 soldiers to Bukavu", 0, UNITS)
    assert [q.value for q in found] == [500, 300]


def test_over_after_a_particle_verb_bounds_nothing() -> None:
    """ "handed over two systems" hands over exactly two; "sent over 1,000" is more."""
    units = load_rules().units
    [handed] = find_quantities("Norway handed over two more air defence systems.", 0, units)
    assert (handed.text, handed.value, handed.high, handed.approx) == ("two", 2, 2, False)
    [sent] = find_quantities("Peru sent over 1,000 troops.", 0, units)
    assert (sent.text, sent.high, sent.approx) == ("over 1,000", None, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people held, expelled or freed are counted as people, not as their boats
        ("The Sri Lankan navy seized three Indian trawlers and detained 21 fishermen on Monday.",
         ("173", 21)),
        ("Senegal freed 52 Gambian fishermen on Sunday.", ("0841", 52)),
        ("Angola expelled about 1,200 Congolese traders last week.", ("174", 1200)),
    ],
)  # fmt: skip
def test_people_acted_on_are_counted_as_people(
    events: Callable[..., list[Mention]], text: str, expected: tuple[str, float]
) -> None:
    code, value = expected
    found = [m for m in events(text) if m.code == code]
    assert found and found[0].quantity is not None, text
    assert found[0].quantity.value == value
