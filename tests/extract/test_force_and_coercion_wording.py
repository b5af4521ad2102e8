"""Wire wording of force and coercion that names its act in ways the older lines miss:
killings by gunfire ("shot dead", "gunned down"), warning shots (a show of force, 150,
not a strike), strikes named as a noun after a verb of doing ("carried out strikes
against"), people put out of a state in the passive ("were deported from Iran") or
flown and sent back, charges brought ("indicted"), transit and permits cut, checks
tightened on another's goods, warnings against a deed (130) and the right to use force
reserved (138)."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police shot dead two Somali smugglers near Mandera on Sunday.",
         ("193", "KEN", "SOM")),
        ("Indian border guards gunned down a Bangladeshi cattle trader near Cooch Behar.",
         ("193", "IND", "BGD")),
        ("Thai rangers shot and killed three Cambodian loggers in Surin province.",
         ("193", "THA", "KHM")),
    ],
)  # fmt: skip
def test_a_killing_by_gunfire_is_small_arms_fire(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian troops fired warning shots at a Pakistani drone near Jammu.",
         ("150", "IND", "PAK")),
        ("A Greek patrol boat fired warning shots at two Turkish fishing boats off Lesbos.",
         ("150", "GRC", "TUR")),
    ],
)  # fmt: skip
def test_warning_shots_are_a_show_of_force(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = briefs(events, text)
    assert expected in found
    assert not any(code.startswith("19") for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Moroccan air force carried out strikes against Algerian positions near Tindouf.",
         ("195", "MAR", "DZA")),
        ("Turkish jets conducted air raids on Kurdish militant hideouts in northern Iraq.",
         ("195", "TUR", "IRQ")),
        ("Saudi warplanes mounted strikes on Houthi positions in Yemen overnight.",
         ("195", "SAU", "YEM")),
    ],
)  # fmt: skip
def test_strikes_carried_out_are_strikes(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_strikes_carried_out_by_workers_are_no_air_strike(events: Events) -> None:
    found = briefs(events, "French dockers carried out strikes against the new pension law.")
    assert not any(code.startswith("19") for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 2,000 Afghans have been deported from Iran since June.",
         ("174", "IRN", "AFG")),
        ("Dozens of Nigerian traders were expelled from Ghana last month.",
         ("174", "GHA", "NGA")),
        ("Greek coast guards flew 40 Syrian migrants back to Turkey on Monday.",
         ("174", "GRC", "TUR")),
        ("Libyan authorities returned 300 Egyptian migrants to Egypt through the Salloum crossing.",
         ("174", "LBY", "EGY")),
    ],
)  # fmt: skip
def test_people_put_out_of_a_state(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian prosecutors indicted two Ukrainian journalists on espionage charges.",
         ("173", "RUS", "UKR")),
        ("Egyptian police rounded up hundreds of Sudanese migrants in Cairo.",
         ("173", "EGY", "SDN")),
    ],
)  # fmt: skip
def test_charges_and_round_ups_are_arrests(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia suspended all rail freight transit between Armenia and Russia.",
         ("172", "GEO", "RUS")),
        ("Poland halted the transit of Belarusian lorries through its territory.",
         ("172", "POL", "BLR")),
        ("Kazakhstan revoked the permits of 40 Chinese haulage firms on Friday.",
         ("172", "KAZ", "CHN")),
        ("Uzbekistan tightened border checks on Afghan trucks at the Termez crossing.",
         ("172", "UZB", "AFG")),
    ],
)  # fmt: skip
def test_transit_permits_and_checks_are_administrative_sanctions(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing warned Tokyo against playing with fire over Taiwan.",
         ("130", "CHN", "JPN")),
        ("Moscow warned Helsinki not to host NATO bases on its soil.",
         ("130", "RUS", "FIN")),
        ("Chad reserved the right to pursue the attackers into Sudan.",
         ("138", "TCD", None)),
    ],
)  # fmt: skip
def test_warnings_and_reserved_force_are_threats(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_warning_to_ones_own_people_threatens_no_one(events: Events) -> None:
    found = briefs(events, "The Indian government warned its citizens against travel to Iraq.")
    assert not any(code.startswith("13") for code, _, _ in found)
