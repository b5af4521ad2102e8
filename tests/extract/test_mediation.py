"""The parties of a mediation its sentence does not name (mediation.py): the two states
the story names most, one record toward each. Invented stories."""

from .conftest import Events, briefs


def test_an_offer_to_mediate_stands_between_the_storys_two_sides(events: Events) -> None:
    text = (
        "Gabon accused Cameroon of moving troops to the border on Monday. "
        "Cameroon rejected the accusation and said Gabon was stoking tension. "
        "Chad has offered to mediate, and neither side has replied."
    )
    found = briefs(events, text)
    assert ("039", "TCD", "GAB") in found
    assert ("039", "TCD", "CMR") in found


def test_a_mediation_with_its_parties_named_keeps_them(events: Events) -> None:
    text = (
        "Peru accused Bolivia of arming smugglers. Chile criticised Peru for the remark. "
        "Brazil offered to mediate between Peru and Bolivia."
    )
    found = {(c, a1, a2) for c, a1, a2 in briefs(events, text) if c == "039"}
    assert found == {("039", "BRA", "PER"), ("039", "BRA", "BOL")}


def test_a_story_of_one_state_gives_no_sides(events: Events) -> None:
    found = briefs(events, "Norway has offered to mediate, the ministry said.")
    assert all(a2 is None for c, _, a2 in found if c == "039")
