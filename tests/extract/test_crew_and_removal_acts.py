"""Second acts and agentless removals of families 17.

A boat held "and its crew" is two acts: the boat's seizure and the crew's arrest (173),
as the annotators code it. And a removal told in the passive with no agent and no
destination ("the 38 fishermen will be deported") sends off the people the story named
by nationality before, by the story's own state."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    "text",
    [
        "TALLINN, Mar 3 (Wire) — The Estonian Coast Guard detained a Finnish fishing trawler "
        "and its crew of five off Hiiumaa on Monday.",
        "VALLETTA, Mar 3 (Wire) — Maltese police intercepted a Libyan fishing boat and its "
        "nine crew members south of Gozo on Monday.",
        "SUVA, Mar 3 (Wire) — Fijian police detained two Chinese fishing boats and 31 fishermen "
        "near Kadavu on Monday.",
    ],
)
def test_a_boat_held_with_its_crew_is_also_an_arrest(events: Events, text: str) -> None:
    found = briefs(events, text)
    arrests = {(a1, a2) for c, a1, a2 in found if c == "173"}
    seizures = {(a1, a2) for c, a1, a2 in found if c.startswith("171")}
    assert arrests and arrests == seizures  # the same parties, both acts


@pytest.mark.parametrize(
    "text",
    [
        # no crew beside the boat: the seizure alone
        "TALLINN, Mar 3 (Wire) — The Estonian Coast Guard detained a Finnish fishing trawler "
        "off Hiiumaa on Monday.",
        # the crew named after a break is another clause's
        "TALLINN, Mar 3 (Wire) — The Estonian Coast Guard detained a Finnish fishing trawler "
        "on Monday, and its crew of five were questioned in Kärdla.",
        # its cargo is no crew
        "TALLINN, Mar 3 (Wire) — The Estonian Coast Guard detained a Finnish cargo ship and its "
        "containers off Hiiumaa on Monday.",
    ],
)
def test_a_boat_held_without_its_crew_beside_it_is_no_arrest(events: Events, text: str) -> None:
    assert not any(c == "173" for c, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HONIARA, Mar 3 (Wire) — Solomon Islands police detained 20 Indonesian fishermen "
         "near Rennell on Monday. Police said the 20 fishermen will be deported once the "
         "paperwork is done.",
         ("174", "SLB", "IDN")),
        ("PORT LOUIS, Mar 3 (Wire) — Mauritian police arrested seven Indian workers at a hotel on "
         "Monday. Immigration officials said the seven could be deported after the case.",
         ("174", "MUS", "IND")),
        ("APIA, Mar 3 (Wire) — Samoan police arrested two Japanese tourists at a reef on Monday. "
         "The two, who entered the country on visitor visas, were charged on Tuesday and will "
         "be deported after the trial.",
         ("174", "WSM", "JPN")),
    ],
)  # fmt: skip
def test_a_group_deported_with_no_destination_goes_to_its_nationality(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    "text",
    [
        # the home state's own people: no one is deported home
        "HONIARA, Mar 3 (Wire) — Solomon Islands police detained 20 local fishermen near "
        "Rennell on Monday. Police said the 20 fishermen will be deported.",
        # no nationality given before: no one to send them to
        "HONIARA, Mar 3 (Wire) — Police detained 20 fishermen near Rennell on Monday. Police "
        "said the 20 fishermen will be deported.",
    ],
)
def test_a_group_with_no_foreign_nationality_is_deported_to_no_one(
    events: Events, text: str
) -> None:
    found = briefs(events, text)
    assert not any(c == "174" and a2 not in (None, a1) for c, a1, a2 in found)


def test_a_council_of_ministers_is_its_states_government(events: Events) -> None:
    found = briefs(
        events, "ANTANANARIVO, Mar 3 (Wire) — The council of ministers expelled two French "
        "diplomats on Monday.",
    )  # fmt: skip
    assert ("174", "MDG", "FRA") in found


def test_a_town_council_is_no_government(events: Events) -> None:
    found = briefs(
        events, "ANTANANARIVO, Mar 3 (Wire) — The town council expelled two French "
        "diplomats on Monday.",
    )  # fmt: skip
    assert ("174", "MDG", "FRA") not in found
