"""Where a visit goes: a foreign place the visit verb leads to names the state visited.
Invented sentences."""

import pytest

from .conftest import Events, brief


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda's defence minister is expected to visit Mombasa in September.",
         ("042", "RWAMIL", "KEN")),
        ("The Ugandan president visited the port of Mombasa on Tuesday.",
         ("042", "UGAGOV", "KEN")),
        ("The Bolivian foreign minister visited Cusco on Monday.", ("042", "BOLGOV", "PER")),
        ("The Peruvian foreign minister travelled to Cordoba on Monday for talks.",
         ("042", "PERGOV", "ARG")),
        ("Chile's defence minister flew to Mombasa overnight.", ("042", "CHLMIL", "KEN")),
        ("The Chinese premier will make a trip to Mombasa next week.", ("042", "CHNGOV", "KEN")),
        ("Nepal's foreign minister is due in Mombasa on Friday.", ("042", "NPLGOV", "KEN")),
    ],
)  # fmt: skip
def test_a_visit_to_a_foreign_place_is_a_visit_to_its_state(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert [brief(m) for m in events(text)] == [expected]


def test_a_visit_at_home_is_no_visit(events: Events) -> None:
    assert events("Kenya's president flew to Mombasa on Monday.") == []
    assert events("The Peruvian foreign minister visited Cusco on Monday.") == []


def test_private_travellers_make_no_state_visit(events: Events) -> None:
    found = events("Two Kenyan rights activists travelled to Arusha to observe the trial.")
    assert not [m for m in found if m.code == "042"]


def test_a_load_flown_to_a_place_is_no_visit(events: Events) -> None:
    # across a gap the words carry a load: who is flown does not visit
    found = events("Turks and Caicos authorities flew 212 Haitian migrants back to Cap-Haitien.")
    assert not [m for m in found if m.code == "042"]


def test_a_visit_named_by_its_place_takes_the_place(events: Events) -> None:
    (found,) = events("The Bolivian foreign minister visited Cusco on Monday.")
    assert found.location is not None and found.location.name == "Cusco"
