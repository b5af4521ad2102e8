"""Appeals (02): the act asked for says the code; a double appeal takes its first request."""

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union called on Chad and Sudan to exercise restraint and to settle "
            "the incident through dialogue.",
            {("0256", "IGO", "TCD"), ("0256", "IGO", "SDN")},
        ),
        (
            "Ghana urged Togo and Benin to settle the dispute through dialogue and to "
            "exercise restraint.",
            {("027", "GHA", "TGO"), ("027", "GHA", "BEN")},
        ),
        (
            "Norway urged Colombia to show restraint, and resolve the row peacefully.",
            {("0256", "NOR", "COL")},
        ),
    ],
)
def test_a_double_appeal_takes_its_first_request(
    events: Events, text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert {b for b in briefs(events, text) if b[0].startswith("02")} == expected


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Beijing called on Hanoi and Manila to resolve the matter through consultation.",
         "027", "VNM"),
        ("Ghana urged Togo to settle the border incident by peaceful means.", "027", "TGO"),
        ("Canada urged Turkey to lift its veto on Sweden's membership.", "025", "TUR"),
        ("Lithuania pressed Hungary to drop its objections to the package.", "025", "HUN"),
        ("Seoul urged Tokyo to stop its survey ships from entering the disputed waters.",
         "025", "JPN"),
        ("Manila urges China to respect the sovereign rights of the Philippines.", "025",
         "CHN"),
        ("Kyiv called on Minsk to respect Ukraine's territorial integrity.", "025", "BLR"),
        ("Kenya called on the African Union to condemn the attack on its embassy.", "022",
         "IGO"),
        ("Bosnia's presidency called on NATO to deploy troops to the district at once.",
         "0234", "IGO"),
        ("India urged Dhaka to ensure the safety of Hindus and other minorities.", "0243",
         "BGD"),
        ("Serbia urged Kosovo to refrain from violence in the north.", "0256", "XKX"),
        ("Egypt urged Israel to avoid any escalation in Rafah.", "0256", "ISR"),
        ("Jordan calls upon Israel to halt its attacks on the West Bank.", "0256", "ISR"),
        ("Chad called upon Sudan to respect its borders.", "025", "SDN"),
        ("Nigeria appealed to Niger to release the detained soldiers.", "0253", "NER"),
        ("Manila urged Beijing to free the Filipino fishermen.", "0253", "CHN"),
    ],
)
def test_the_act_asked_for_says_the_appeal(
    events: Events, text: str, code: str, target: str
) -> None:
    found = {(c, a2) for c, _, a2 in briefs(events, text)}
    assert (code, target) in found


def test_peru_urged_to_respect_rights_stays_a_rights_appeal(events: Events) -> None:
    text = "Peru urged Chile to respect the rights of migrants."
    assert ("0243", "PER", "CHL") in briefs(events, text)
