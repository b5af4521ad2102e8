"""Two families of wire wording: a force giving chase fights whom it chases (190:
"chased the militants across the line", "hunted down the fighters"), where a claim or a
policy pursued is no fight; and a body "in touch" or "in contact" with another consults
it (040), one event for each side it names."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian soldiers chased the Pakistani militants across the Line of Control.",
         ("190", "IND", "PAK")),
        ("Nigerian troops hunted down Boko Haram fighters near the Cameroonian border.",
         ("190", "NGA", "NGA")),
        ("Kenyan forces pursued al-Shabaab fighters deep into Somalia on Tuesday.",
         ("190", "KEN", "SOM")),
    ],
)  # fmt: skip
def test_a_force_giving_chase_fights(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@pytest.mark.parametrize(
    "text",
    [
        "Manila will pursue its claim against Malaysia through peaceful means.",
        "Hanoi has pursued closer ties with Japan for a decade.",
    ],
)
def test_a_claim_or_a_policy_pursued_is_no_fight(events: Events, text: str) -> None:
    assert not any(code.startswith("19") for code, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The GCC secretariat said it was in touch with both Bahrain and Qatar.",
         {("040", "IGO", "BHR"), ("040", "IGO", "QAT")}),
        ("Turkey has been in contact with Sweden over the extradition requests.",
         {("040", "TUR", "SWE")}),
    ],
)  # fmt: skip
def test_in_touch_with_another_is_consulting_it(
    events: Events, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= briefs(events, text)
