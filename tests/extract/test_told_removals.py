"""A nameless group removed in the passive, told by a body of the story's own state
(e-silent24): "Four of them were deported to Beirut, according to the immigration
service" is the home state's removal aimed at the state they are sent to, as it is when
no one tells of it, whoever tells of it; sent to the home state itself, no one's."""

from __future__ import annotations

import pytest

from .conftest import Events, brief


def _full(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {brief(m) for m in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACCRA, Nov 3 (Wire) - Ghanaian officers detained eleven traders in Kumasi. Four "
         "of them were deported to Beirut on Friday, according to the Ghana Immigration "
         "Service.",
         ("174", "GHAGOV", "LBN")),
        ("MANILA, Jan 9 (Wire) - Twelve of the workers were deported to Dili on a chartered "
         "flight on Thursday, the bureau added.",
         ("174", "PHLGOV", "TLS")),
        ("KUALA LUMPUR, Feb 2 (Wire) - Nine of the helpers were deported to Jakarta on "
         "Monday, immigration officials said.",
         ("174", "MYSGOV", "IDN")),
    ],
)  # fmt: skip
def test_a_nameless_group_removed_is_removed_by_the_home_state(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _full(events, text)


def test_the_receiving_states_embassy_telling_of_it_names_the_home_state(
    events: Events,
) -> None:
    # the embassy of the state they are sent to reports; the story's state removed them
    found = _full(
        events, "ACCRA, Nov 3 (Wire) - Four of them were deported to Beirut on Friday, the "
        "Lebanese embassy said.",
    )  # fmt: skip
    assert ("174", "GHAGOV", "LBN") in found


def test_a_group_sent_home_to_the_home_state_is_no_removal_by_it(events: Events) -> None:
    # sent to the home state itself: no other state to aim the removal at
    found = _full(
        events, "ACCRA, Nov 3 (Wire) - Four of them were deported to Ghana on Friday, "
        "immigration officials said.",
    )  # fmt: skip
    assert all(c != "174" for c, _, _ in found)
