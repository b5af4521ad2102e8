"""People held, charged, deported or released whose state comes only as a tag ("its
driver, a Spanish national", "its crew of 12, all Faroese citizens", "citizens of
Estonia") are of that state (e-args4)."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police detained the firm's regional manager, a Belgian national, on Friday.",
         ("173", "KEN", "BEL")),
        ("Norwegian coast guards detained its crew of 12, all Faroese citizens, on Monday.",
         ("173", "NOR", "FRO")),
        ("Ugandan police arrested both drivers, who are Rwandan nationals, at the border.",
         ("173", "UGA", "RWA")),
        ("Chilean police arrested the lorry's owner, a citizen of Bolivia, in Arica.",
         ("173", "CHL", "BOL")),
    ],
)  # fmt: skip
def test_a_detainees_nationality_tag_names_the_target(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_doers_own_citizens_are_not_a_foreign_target(events: Events) -> None:
    # a tag of the doer's own nationality names no other state
    found = briefs(events, "Kenyan police detained the manager, a Kenyan national, on Friday.")
    assert any(c == "173" for c, _, _ in found)
    assert all(a2 in (None, "KEN") for c, _, a2 in found if c == "173")


def test_a_nationality_that_tags_no_people_names_no_target(events: Events) -> None:
    # "Belgian" here is the firm's, no tag of the people held
    found = briefs(events, "Kenyan police detained the manager of a Belgian firm on Friday.")
    assert any(c == "173" for c, _, _ in found)
    assert ("173", "KEN", "BEL") not in found


def test_a_tag_outside_custody_acts_names_no_target(events: Events) -> None:
    # a criticism is no act on people held: the tag is left to the other argument rules
    found = briefs(
        events, "Kenya's foreign ministry criticised the ruling, its spokesman, a career "
        "diplomat, said on Friday.",
    )  # fmt: skip
    assert all(a2 is None or a2 == "KEN" for _, _, a2 in found)
