"""A passive with no agent names the one acted on: "Four citizens were arrested" is no
arrest by the citizens. Who acts is the sentence's claimant when that is a state's body;
with none, no event is made."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.models import Document

from .conftest import Events, briefs

Brief = tuple[str, str, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Estonian citizens were arrested in Pskov on Friday, Russia's Federal Security "
         "Service said.", ("173", "RUS", "EST")),
        ("The Dutch ambassador was summoned to the foreign ministry in Ankara on Monday, the "
         "Turkish foreign ministry said.", ("114", "TUR", "NLD")),
        ("Twelve Somali nationals were deported to Mogadishu last week, Kenya's interior "
         "ministry said.", ("174", "KEN", "SOM")),
        ("According to Chile's foreign ministry, Peru's consul in Arica was expelled on "
         "Thursday.", ("174", "CHL", "PER")),
    ],
)  # fmt: skip
def test_the_claimant_does_what_an_agentless_passive_tells(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = briefs(events, text)
    assert expected in found
    patient = expected[2]
    assert not any(actor1 == patient for _, actor1, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Three Chinese nationals were detained in Manila on Friday.",
        "The Iranian ambassador was summoned on Tuesday over the drone incident.",
        # the embassy tells of what others did to its own people
        "Three Chinese nationals were detained in Manila on Friday, the Chinese embassy said.",
        "Two Thai workers have been deported, Thailand's foreign ministry said on Sunday.",
    ],
)
def test_with_no_one_who_acts_the_one_acted_on_makes_no_event(events: Events, text: str) -> None:
    assert not events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Georgian activists were arrested by Russian police in Sochi.",
         ("173", "RUS", "GEO")),
        # a subject moved by its own side acts: the windows' reading stays
        ("Hundreds of Ukrainian troops were deployed to the border, the Ukrainian army said.",
         ("154", "UKR", None)),
    ],
)  # fmt: skip
def test_an_agent_named_or_a_force_moved_keeps_its_reading(
    events: Events, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in briefs(events, text)


def _statement_briefs(extractor: Extractor, title: str, text: str) -> set[Brief]:
    document = Document(id="t", text=text, title=title, published=date(2026, 3, 10))
    return {
        (m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None)
        for m in extractor.extract(document).mentions
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chargé d'affaires of the Embassy of Colombia in Quito was summoned on Monday "
         "to receive the strong protest of the Government.", ("114", "ECU", "COL")),
        ("Two Colombian nationals were expelled on 3 May for illegal mining.",
         ("174", "ECU", "COL")),
    ],
)  # fmt: skip
def test_in_an_official_statement_its_state_does_what_no_one_is_said_to(
    extractor: Extractor, sentence: str, expected: Brief
) -> None:
    title = "Communiqué of the Ministry of Foreign Affairs of the Republic of Ecuador"
    found = _statement_briefs(extractor, title, f"COMMUNIQUÉ\n\n{sentence}\n")
    assert expected in found


def test_in_wire_copy_no_one_is_the_unnamed_agent(extractor: Extractor) -> None:
    text = "QUITO, May 12 (Andes Wire) - The Colombian ambassador was summoned on Monday.\n"
    found = _statement_briefs(extractor, "Ecuador summons envoy", text)
    assert not any(code == "114" for code, _, _ in found)
