"""Code choice (e-code11, invented sentences and tables): an investigation asked of another
side as an act it is to carry out is a demand for information (101), however it is asked
(a criminal one, its justice asked to act, an appeal for judicial cooperation, 0213);
a meeting, talks or consultations asked for are an appeal to meet (026), not the meeting
held (040) nor, unless a court or the WTO is named, a case brought (115); export licences
suspended for another state's buyers are an embargo (163), the licences of a named holder
an administrative sanction (172)."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.models import Mention

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia's foreign ministry calls on the Chilean authorities to conduct a thorough "
         "and transparent investigation into the deaths of two of its citizens.", ("CHL",)),
        ("Ecuador requests the Government of Peru to carry out a full investigation into "
         "the use of firearms at the border.", ("PER",)),
        ("Ghana's foreign minister urged Togo to open an independent inquiry into the "
         "shooting.", ("TGO",)),
    ],
)  # fmt: skip
def test_an_investigation_asked_of_another_side_is_a_demand_for_information(
    events: Events, text: str, expected: tuple[str]
) -> None:
    targets = {a2 for code, _, a2 in briefs(events, text) if code == "101"}
    assert expected[0] in targets


def test_a_criminal_investigation_asked_of_another_state_is_judicial_cooperation(
    events: Events,
) -> None:
    text = ("Argentina's foreign minister said Buenos Aires would ask Madrid to open a new "
            "criminal investigation in Spain.")  # fmt: skip
    keys = briefs(events, text)
    assert ("0213", "ARG", "ESP") in keys
    assert not any(code == "101" for code, *_ in keys)


def test_an_act_asked_that_is_no_investigation_stays_an_appeal(events: Events) -> None:
    text = "Ecuador requests the Government of Peru to carry out joint patrols at the border."
    codes = {code for code, *_ in briefs(events, text)}
    assert "101" not in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru asked for an urgent meeting with Chile's trade minister.", ("026", "PER", "CHL")),
        ("Uruguay requested consultations with Argentina under their bilateral agreement.",
         ("026", "URY", "ARG")),
        ("Slovenia has sought talks with Croatia over the fishing dispute.",
         ("026", "SVN", "HRV")),
    ],
)  # fmt: skip
def test_a_meeting_asked_for_is_an_appeal_to_meet(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a meeting held is a consultation, no appeal
        ("Argentina held consultations with Chile on Monday.", "026"),
        # consultations at the WTO are the case brought (115)
        ("Canada requested consultations with Brazil at the World Trade Organization.", "026"),
        # asking for something else is no appeal to meet
        ("Peru asked Chile for more time to repay the loan.", "026"),
    ],
)  # fmt: skip
def test_no_appeal_to_meet_without_a_meeting_asked(
    events: Events, text: str, unexpected: str
) -> None:
    assert not any(code == unexpected for code, *_ in briefs(events, text))


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 11, 1)) if m.sentence.startswith("|")]


TRADE = (
    "Trade remedies in the region, 2026.\n\n"
    "| Date | Imposing state | Measure | Response |\n"
    "|---|---|---|---|\n"
    "| 2026-03-02 | Chile | Safeguard duty on Peruvian cement | Peru asked for an urgent "
    "meeting with Chile's economy minister |\n"
    "| 2026-05-11 | Bolivia | Anti-dumping duty on Paraguayan flour | Paraguay and Bolivia "
    "held consultations in La Paz |\n"
)


def test_a_meeting_asked_for_in_a_table_cell_is_an_appeal_to_meet(events: Events) -> None:
    keys = {(m.code, m.actor1.code[:3]) for m in _rows(events, TRADE)}
    assert ("026", "PER") in keys
    assert ("026", "PRY") not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A month later Germany's export control office suspended export licences for 14 "
         "Kazakh importers.", ("163", "DEU", "KAZ")),
        ("Canberra suspended export permits for two Chinese trading firms on Friday.",
         ("163", "AUS", "CHN")),
    ],
)  # fmt: skip
def test_export_licences_suspended_for_foreign_buyers_are_an_embargo(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_holders_licence_suspended_is_no_embargo(events: Events) -> None:
    text = "Zambia's mines ministry suspended the export permit of a Chinese-owned copper firm."
    assert not any(code == "163" for code, *_ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's foreign ministry firmly rejects the statement made by the British "
         "immigration minister on 4 November that Kenyan workers had absconded from farms.",
         ("016", "KEN", "GBR")),
        ("Hungary rejects the statements of the Romanian foreign ministry according to which "
         "Budapest funds the party.", ("016", "HUN", "ROU")),
    ],
)  # fmt: skip
def test_a_statement_rejected_for_the_claim_it_tells_is_a_denial(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_statement_rejected_with_no_claim_told_stays_a_rejection(events: Events) -> None:
    text = "Hungary rejects the statements of the Romanian foreign ministry."
    keys = briefs(events, text)
    assert ("120", "HUN", "ROU") in keys
    assert not any(code == "016" for code, *_ in keys)
