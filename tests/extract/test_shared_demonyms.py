"""Demonyms two states share ("Dominican", "Congolese"): the dictionary's usual reading
(the Dominican Republic, DR Congo) unless the story is datelined in the other state
(Roseau, Brazzaville) or names the other and never the usual one (e-args9)."""

from __future__ import annotations

import pytest

from watchfloor.extract.rules import Rules

from .conftest import Events, brief, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROSEAU, Dec 3 (Island Wire) — French coast guard officers seized a Dominican "
         "fishing boat and detained its four crew members off Guadeloupe on Tuesday.",
         ("1711", "FRA", "DMA")),
        ("BRAZZAVILLE, Mar 2 (Wire) — Congolese police arrested 12 Cameroonian traders at "
         "the river port on Tuesday.",
         ("173", "COG", "CMR")),
        ("Gabon expelled 40 Congolese traders on Tuesday, officials in Brazzaville said.",
         ("174", "GAB", "COG")),
    ],
)  # fmt: skip
def test_a_shared_demonym_reads_as_the_state_the_story_is_from(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datelined in the usual state: the usual reading
        ("SANTO DOMINGO, Dec 3 (Island Wire) — Haitian police seized a Dominican fishing "
         "boat off Cap-Haitien on Tuesday.",
         ("1711", "HTI", "DOM")),
        # the usual state named beside the other: the dictionary's reading stands
        ("Angola expelled 40 Congolese traders to Kinshasa on Tuesday, officials in "
         "Brazzaville said.",
         ("174", "AGO", "COD")),
        # a story naming neither: the usual reading
        ("Haiti expelled 30 Dominican traders on Tuesday, officials said.",
         ("174", "HTI", "DOM")),
    ],
)  # fmt: skip
def test_a_shared_demonym_keeps_its_usual_reading_otherwise(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_shared_demonyms_file_loads_with_distinct_states(rules: Rules) -> None:
    pairs = rules.shared_demonyms
    assert {d.word for d in pairs} >= {"dominican", "congolese"}
    assert all(d.usual != d.other for d in pairs)
    # "Dominica" is a whole word: never found inside "Dominican"
    dominican = next(d for d in pairs if d.word == "dominican")
    assert dominican.other_names.search("the Dominican navy") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("General Security officers detained 46 Ethiopian women in Beirut on Friday.",
         ("173", "LBNCOP", "ETH")),
        ("The Internal Security Forces arrested two Syrian men in Tripoli on Friday.",
         ("173", "LBNCOP", "SYR")),
        ("Carabineros arrested 12 Bolivian smugglers near Arica on Friday.",
         ("173", "CHLCOP", "BOL")),
        ("The Bureau of Foreign Employment suspended the licences of 12 recruitment "
         "agencies on Friday.",
         ("172", "LKAGOV", "LKABUS")),
    ],
)  # fmt: skip
def test_state_bodies_named_bare_are_their_states(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    """Bodies the dictionary lacked (e-args9): Lebanon's General Security and Internal
    Security Forces, Chile's Carabineros, Sri Lanka's Bureau of Foreign Employment."""
    assert expected in {brief(m) for m in events(text)}


def test_a_state_named_before_general_security_keeps_it(events: Events) -> None:
    """ "Syria's General Security": the possessive names whose body it is."""
    assert ("173", "SYR", "LBN") in briefs(
        events, "Syria's General Security detained 46 Lebanese men on Friday."
    )


def test_general_security_in_lower_case_is_no_body(events: Events) -> None:
    assert not events("Ministers discussed the general security situation on Friday.")
