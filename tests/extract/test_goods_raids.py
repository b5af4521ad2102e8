"""Goods taken in a raid (e-silent21): phones, computers, diamonds, dredges and animals
seized are property confiscated (1711), as weapons and vehicles are; bare "Officers" in a
story that named no armed forces are its police; and goods taken with no owner named are
taken from the people the story introduced by nationality, not the seizer's own."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police raided a call centre in Nairobi on Monday and detained 14 Vietnamese "
         "nationals. Officers seized 90 computers and about 300 mobile phones, a police "
         "spokesman said.",
         ("1711", "KEN", "VNM")),
        ("Ghanaian soldiers raided three mining sites on Friday and detained 20 Chinese "
         "nationals. The soldiers seized four excavators, two dredges and about a kilogram "
         "of gold.",
         ("1711", "GHA", "CHN")),
        ("Zambian police arrested six Congolese traders at the border on Sunday. The police "
         "also confiscated about 80 goats.",
         ("1711", "ZMB", "COD")),
    ],
)  # fmt: skip
def test_goods_of_a_raid_are_taken_from_the_people_named_before(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_bare_officers_of_a_police_story_are_its_police(events: Events) -> None:
    found = briefs(
        events, "Peruvian police raided a warehouse in Lima on Tuesday. Officers seized 40 "
        "laptops at the site, a police spokesman said.",
    )  # fmt: skip
    assert any(c == "1711" and a1 == "PER" for c, a1, _ in found)


def test_the_seizers_own_people_are_no_foreign_owner(events: Events) -> None:
    # the people named before are the seizer's own: no owner from them
    found = briefs(
        events, "Bolivian police arrested five Bolivian miners on Monday. Officers seized "
        "two excavators at the site.",
    )  # fmt: skip
    assert all(a2 != "BOL" for c, _, a2 in found if c == "1711")


def test_phones_bought_or_computers_sold_are_no_seizure(events: Events) -> None:
    found = briefs(
        events, "Kenyan police bought 300 mobile phones and 90 computers from a Chinese firm "
        "on Monday.",
    )  # fmt: skip
    assert all(c != "1711" for c, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday Chilean police drove the fishermen off with water cannon.",
         ("175", "CHL", "CHL")),
        ("Kenyan riot police drove the protesters from the square with tear gas on Monday.",
         ("175", "KEN", "KEN")),
        ("Greek police put the Turkish skipper under arrest on Monday.",
         ("173", "GRC", "TUR")),
        ("Greek coast guards kept the crew of 14 aboard the trawler for three days.",
         ("173", "GRC", None)),
    ],
)  # fmt: skip
def test_crowds_driven_off_and_people_held_in_other_words(
    events: Events, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in briefs(events, text)


def test_a_car_driven_with_water_aboard_is_no_crowd_control(events: Events) -> None:
    found = briefs(
        events, "Kenyan police drove the car to the station with water bottles in the boot.",
    )  # fmt: skip
    assert all(c != "175" for c, _, _ in found)


def test_supplies_kept_aboard_are_no_one_held(events: Events) -> None:
    found = briefs(events, "Greek coast guards kept food and fuel aboard the patrol boat.")
    assert all(c != "173" for c, _, _ in found)
