from collections.abc import Callable

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]

STORY = (
    "North Korea has sent about 1,500 troops to Russia, South Korea's spy agency said.\n"
    "The soldiers were ferried to Vladivostok by Russian navy transport vessels between "
    "Oct. 8 and Oct. 13.\n"
    "Pyongyang has since sent roughly 12,000 personnel to Russia in four brigades.\n"
)


def test_an_implicit_target_is_the_one_the_document_gives(events: Events) -> None:
    text = (
        "Washington announced $2 billion in military aid to Ukraine on Monday.\n"
        "The Pentagon will deliver the first air-defence interceptors within weeks."
    )
    found = [brief(m) for m in events(text)]
    assert found == [("072", "USA", "UKR"), ("072", "USAMIL", "UKR")]


def test_forces_take_the_troops_their_state_sent(events: Events) -> None:
    ferry = next(m for m in events(STORY) if m.code == "062")
    assert (ferry.actor1.code, ferry.actor2 and ferry.actor2.code) == ("RUSMIL", "PRKMIL")
    assert ferry.quantity is not None and ferry.quantity.value == 1500


def test_the_lead_mention_keeps_its_own_figures(events: Events) -> None:
    first, second = [m for m in events(STORY) if m.code == "072"]
    assert first.quantity is not None and first.quantity.value == 1500
    assert second.quantity is not None and second.quantity.value == 12000


def test_an_undated_mention_takes_the_date_another_gives(events: Events) -> None:
    text = (
        "Russian navy ships carried North Korean troops to Vladivostok in October.\n"
        "Russian navy ships carried North Korean troops, the agency said."
    )
    found = [m for m in events(text) if m.code == "062"]
    assert [m.date.value if m.date else None for m in found] == ["2024-10", "2024-10"]


def test_a_clash_does_not_take_the_size_of_the_force_sent(events: Events) -> None:
    text = (
        "Belarus has sent 4,000 troops to Russia, Lithuanian intelligence said.\n\n"
        "Ukrainian soldiers fought Belarusian troops near Bryansk on Sunday."
    )
    fights = [m for m in events(text) if m.code.startswith("19")]
    assert fights and all(m.quantity is None for m in fights)


def test_a_count_without_an_event_sizes_the_last_act_of_its_state(events: Events) -> None:
    text = (
        "Russia opened naval drills near the Kuril Islands on Tuesday.\n\n"
        "Japan's defence ministry said some 40 Russian warships were spotted by noon."
    )
    drill = next(m for m in events(text) if m.code == "150")
    assert drill.quantity is not None and drill.quantity.value == 40


def test_a_count_the_story_resolves_is_not_lent(events: Events) -> None:
    text = (
        "Iran began exercises near the Strait of Hormuz on Monday.\n\n"
        "Oman said it would talk to the three officers on Tuesday."
    )
    drill = next(m for m in events(text) if m.code == "150")
    assert drill.quantity is None
