"""Code choice (invented sentences and tables): a note handed to another state's envoy
or ministry is an official complaint (114) whatever it asks; a think tank's table names
a suspension of imports an embargo (163); its "Reason given" and "Reply" columns are
acts of the row's states, an accusation there 112, never the deeds it charges."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.models import Mention

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Slovak foreign ministry handed a note to the Austrian ambassador in "
         "Bratislava asking Vienna to lift the border checks.", ("114", "SVK", "AUT")),
        ("Moldova's foreign ministry delivered a note to the Russian embassy in Chisinau.",
         ("114", "MDA", "RUS")),
        ("The ambassador of Peru handed the Chilean foreign minister a note on Monday.",
         ("114", "PER", "CHL")),
    ],
)  # fmt: skip
def test_a_note_handed_to_another_states_envoy_is_a_complaint(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_note_handed_to_no_state_is_no_complaint(events: Events) -> None:
    text = "The Polish foreign minister handed a note to reporters outside the building."
    assert not any(code == "114" for code, *_ in briefs(events, text))


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 11, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None) for m in mentions}


IMPORTS = (
    "Animal-disease trade measures, 2026.\n\n"
    "| Date | Importing state | Exporting state | Product and disease | What happened | Source |\n"
    "|---|---|---|---|---|---|\n"
    "| Mar 2026 | Colombia | Spain | Pork; African swine fever | Colombia's agriculture "
    "institute suspended imports of Spanish pork (Mar 2026) and lifted the ban for two "
    "regions after an audit (Jul 2026) | ICA |\n"
    "| Apr 2026 | Kenya | Uganda | Milk powder; quality dispute | Kenya's dairy board "
    "halted imports of Ugandan milk powder (Apr 2026) | KDB |\n"
)


def test_imports_suspended_in_a_table_cell_are_an_embargo(events: Events) -> None:
    keys = _keys(_rows(events, IMPORTS))
    assert ("163", "COL", "ESP") in keys
    assert ("163", "KEN", "UGA") in keys
    # the suspension of imports is no suspension of a member (172) or one lifted (081)
    assert ("081", "COL", "ESP") not in keys


def test_a_suspension_from_a_body_in_a_table_stays_administrative(events: Events) -> None:
    text = """Suspensions by regional bodies, 2026.

| Date | Body | State | Measure | Source |
|---|---|---|---|---|
| 2026-02 | African Union | Gabon | Suspended Gabon from all AU activities | AU PSC |
"""
    keys = _keys(_rows(events, text))
    assert not any(code == "163" for code, _, _ in keys)


EXPULSIONS = (
    "Diplomatic expulsions, 2026.\n\n"
    "| Date | Expelling state | Sending state | Measure | Reason given | Reply | Source |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 2026-03-02 | Niger | Italy | Niger expelled the Italian defence attaché in Niamey "
    '| Niger accused him of "unauthorised visits to military bases" | Italy expelled a '
    "Nigerien diplomat in Rome on 2026-03-09 | Niger foreign ministry |\n"
    "| 2026-05-11 | Malawi | Sweden | Malawi declared a Swedish diplomat persona non grata "
    "| Not stated publicly | Sweden recalled its ambassador from Lilongwe "
    "| Malawian foreign ministry |\n"
)


def test_an_accusation_in_a_reason_column_is_the_expelling_states(events: Events) -> None:
    keys = _keys(_rows(events, EXPULSIONS))
    assert ("174", "NER", "ITA") in keys
    assert ("112", "NER", "ITA") in keys
    # the visits charged are the accused's deeds, no visit by the accuser
    assert not any(code.startswith("04") for code, a1, _ in keys if a1 == "NER")


def test_the_reply_column_is_the_other_states_act(events: Events) -> None:
    keys = _keys(_rows(events, EXPULSIONS))
    assert ("174", "ITA", "NER") in keys
    assert ("161", "SWE", "MWI") in keys
    # a reason not given is no act
    assert not any(code.startswith("11") for code, a1, _ in keys if a1 == "MWI")
