"""Asking another state to act is an appeal (02), like urging it: "asked Poland to
share", "will ask the African Union to send", "requests the United Nations to dispatch".
The one asked is the target, also when a clause names it ("requested that Washington
postpone", "demanded that Chile take back": a demand, 10); a question put to someone is
no appeal."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania has asked Poland to share radar data on the balloons.", ("LTU", "POL")),
        ("Senegal's government said it would ask the African Union to send observers to the "
         "border.", ("SEN", "IGO")),
        ("The Government of Chad requests the United Nations to dispatch a fact-finding "
         "mission to Adre.", ("TCD", "IGO")),
        ("Bangkok asked Phnom Penh in March to delay the vote on the treaty.", ("THA", "KHM")),
        ("Ottawa requested that Washington postpone the tariff decision, officials said.",
         ("CAN", "USA")),
    ],
)  # fmt: skip
def test_asking_a_state_to_act_is_an_appeal(
    events: Events, text: str, expected: tuple[str, str]
) -> None:
    appeals = {(a1, a2) for code, a1, a2 in briefs(events, text) if code.startswith("02")}
    assert expected in appeals


@pytest.mark.parametrize(
    "text",
    [
        "Asked about Serbia's troop build-up, the Croatian minister declined to comment.",
        "Hungary's foreign minister was asked whether Budapest would veto the package.",
        "When asked about the talks with Iran, the Omani minister smiled.",
    ],
)
def test_a_question_put_is_no_appeal(events: Events, text: str) -> None:
    assert not any(code.startswith("02") for code, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru demanded that Chile take back the migrants stranded on the line.",
         ("10", "PER", "CHL")),
        ("Nigeria's foreign ministry demands that Cameroon compensate the traders.",
         ("10", "NGA", "CMR")),
        ("Hanoi urged that Beijing respect the fishing moratorium.", ("02", "VNM", "CHN")),
        ("Armenia has requested that Russia explain the delay.", ("02", "ARM", "RUS")),
    ],
)  # fmt: skip
def test_the_one_asked_may_open_a_clause(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    root, actor1, actor2 = expected
    found = briefs(events, text)
    assert any(c.startswith(root) and (a1, a2) == (actor1, actor2) for c, a1, a2 in found)


def test_a_claim_that_another_acted_is_no_demand(events: Events) -> None:
    text = "Uganda insisted that Rwanda had never sent troops across the border."
    assert not any(code.startswith(("02", "10")) for code, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv has asked Warsaw for more time to settle the grain dispute.", ("UKR", "POL")),
        ("Dhaka asked Naypyidaw for guarantees before any return.", ("BGD", "MMR")),
    ],
)  # fmt: skip
def test_asking_a_state_for_something_is_an_appeal(
    events: Events, text: str, expected: tuple[str, str]
) -> None:
    appeals = {(a1, a2) for code, a1, a2 in briefs(events, text) if code.startswith("02")}
    assert expected in appeals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port Moresby had asked Honiara for consular access.", ("PNG", "SLB")),
        ("Quito requested consular visits to the detained crew from Lima.", ("ECU", "PER")),
    ],
)  # fmt: skip
def test_consular_access_asked_for_is_a_demand_for_the_people_held(
    events: Events, text: str, expected: tuple[str, str]
) -> None:
    found = briefs(events, text)
    assert ("1053", *expected) in found
    assert not any(code.startswith("02") for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Senegal's government said it would ask the African Union to send observers.",
         "possible"),
        ("Kenya will urge Ethiopia to withdraw its troops from the border.", "possible"),
        ("Kenya urged Ethiopia to withdraw its troops from the border.", "asserted"),
        ("Peru demanded that Chile take back the migrants.", "asserted"),
    ],
)  # fmt: skip
def test_an_appeal_still_to_be_made_is_possible(
    events: Events, text: str, certainty: str
) -> None:
    asked = [m for m in events(text) if m.code.startswith(("02", "10"))]
    assert asked and all(m.certainty.value == certainty for m in asked)
