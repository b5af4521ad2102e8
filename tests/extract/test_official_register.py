"""The register of official statements and press conferences, on invented sentences:
demands for an explanation, offers to let a technical team in, talks "between" two
states, a foretold meeting, and the turns of a press conference in mixed case."""

from watchfloor.extract.context import speaker_label
from watchfloor.models import Certainty

from .conftest import Events, briefs


def test_demanding_that_another_investigate_is_a_demand_for_information(
    events: Events,
) -> None:
    assert ("101", "GHA", "TGO") in briefs(events, "Ghana demands that Togo investigate the raid.")
    assert ("101", "PER", "CHL") in briefs(
        events, "Peru demanded that Chile explain the presence of its warship."
    )


def test_an_offer_to_receive_a_technical_team_allows_involvement(events: Events) -> None:
    found = briefs(events, "Armenia is ready to receive a technical delegation of Azerbaijan.")
    assert ("0355", "ARM", "AZE") in found
    mission = briefs(events, "Ethiopia offered to host a fact-finding mission from Egypt.")
    assert ("0355", "ETH", "EGY") in mission


def test_an_offer_to_receive_a_delegation_for_talks_stays_an_offer_to_meet(
    events: Events,
) -> None:
    found = briefs(events, "Ghana is ready to receive a delegation of Togo for talks.")
    assert not any(c == "0355" for c, _, _ in found)


def test_talks_between_two_states_are_held_by_both(events: Events) -> None:
    text = "A new round of talks between Kenya and Ethiopia opened in Nairobi on Monday."
    assert ("046", "KEN", "ETH") in briefs(events, text)


def test_a_meeting_expected_to_take_place_is_possible(events: Events) -> None:
    text = "The next round of talks between Chile and Bolivia is expected to take place in May."
    found = [m for m in events(text) if m.code == "046"]
    assert found and all(m.certainty is Certainty.POSSIBLE for m in found)


def test_question_and_answer_open_turns() -> None:
    assert speaker_label("Question: Will the ministry protest?") == ("Question", 10)
    assert speaker_label("Answer: We have protested.") == ("Answer", 8)
    assert speaker_label("Questions remain over the deal.") is None
