from collections.abc import Callable

import pytest

from watchfloor.models import Mention

Events = Callable[..., list[Mention]]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("North Korea sent troops to Russia.", "asserted"),
        ("North Korea has reportedly sent troops to Russia.", "reported"),
        ("North Korea could send troops to Russia.", "possible"),
        ("North Korea is expected to send troops to Russia.", "possible"),
        ("North Korea has not sent any troops to Russia.", "denied"),
        ("Iran doesn't plan to send drones to Russia.", "denied"),
        ("Seoul won't send weapons to Kyiv, the minister said.", "denied"),
        ("Pyongyang denied that it had sent troops to Russia.", "denied"),
        (
            "Norway was not considering closing the embassy or breaking off relations with Russia.",
            "denied",
        ),
    ],
)
def test_certainty(events: Events, text: str, certainty: str) -> None:
    found = events(text)
    assert found and {m.certainty.value for m in found} == {certainty}


def test_threats_are_made_not_possible(events: Events) -> None:
    found = events("Kim Jong Un threatened to strike South Korea with missiles.")
    assert found and all(m.certainty.value == "asserted" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces are preparing a large-scale drone attack on Kharkiv.",
        "Brazil is weighing whether to expel the Venezuelan ambassador.",
        "The Indonesian government is mulling sanctions on Myanmar's generals.",
        "If Iran attacks Israel, the region will burn.",
    ],
)
def test_plans_and_conditions_are_possible(events: Events, text: str) -> None:
    found = events(text)
    assert found and {m.certainty.value for m in found} == {"possible"}


def test_a_denial_reaches_only_to_the_next_saying(events: Events) -> None:
    text = (
        "The Bolivian government denied sending any soldiers and said it had detained "
        "12 people in a smuggling ring."
    )
    found = [m for m in events(text) if m.code == "173"]
    assert found and all(m.certainty.value == "reported" for m in found)


def test_a_rejected_claim_stays_denied(events: Events) -> None:
    found = events("Venezuela rejected claims that its troops were shelling Guyanese posts.")
    assert found and all(m.certainty.value == "denied" for m in found)


def test_a_claim_after_and_does_not_reach_back(events: Events) -> None:
    text = (
        "Argentina and Chile signed a defence pact in Santiago on Monday, and Chile's "
        "defence minister said his country was weighing new purchases."
    )
    found = [m for m in events(text) if m.code == "057"]
    assert found and all(m.certainty.value == "asserted" and m.source is None for m in found)


def test_a_noun_in_apposition_takes_the_modality_of_its_verb(events: Events) -> None:
    text = "Japan will host Iron Fist 25, its largest military exercise in a decade, in May."
    found = [m for m in events(text) if m.code.startswith("15")]
    assert found and all(m.certainty.value == "possible" for m in found)


def test_a_new_clause_after_a_comma_keeps_its_own_modality(events: Events) -> None:
    text = "Japan will host talks next year, and the Chinese army held an exercise near Okinawa."
    found = [m for m in events(text) if m.code.startswith("15")]
    assert found and all(m.certainty.value == "asserted" for m in found)


@pytest.mark.parametrize(
    "text",
    ["Chile has denied sending troops to Peru.", "Iran denied supplying drones to Russia."],
)
def test_who_denies_doing_something_is_its_actor(events: Events, text: str) -> None:
    found = events(text)
    assert found and all(
        m.certainty.value == "denied"
        and m.source is not None
        and m.actor1.code[:3] == m.source.code[:3]
        for m in found
    )
