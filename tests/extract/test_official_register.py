"""The register of official statements and press conferences, on invented sentences:
demands for an explanation, offers to let a technical team in, talks "between" two
states, a foretold meeting, and the turns of a press conference in mixed case."""

from watchfloor.extract import Extractor
from watchfloor.extract.context import speaker_label
from watchfloor.models import Certainty, Document

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


def test_a_strong_condemnation_of_this_action_aims_at_who_acted(events: Events) -> None:
    text = (
        "The Uruguayan Navy detained a Brazilian fishing boat off Rocha on Monday. "
        "Brazil expresses its strong condemnation of this action."
    )
    assert ("111", "BRA", "URY") in briefs(events, text)


def test_the_right_to_respond_to_these_aggressions_aims_at_the_aggressor(
    events: Events,
) -> None:
    text = (
        "Sudanese troops shelled Chadian border posts near Adre on Friday. "
        "Chad reserves the right to respond to these aggressions by all means."
    )
    assert ("130", "TCD", "SDN") in briefs(events, text)


def test_a_sentence_opening_should_names_whom_the_threat_is_against(events: Events) -> None:
    text = (
        "Should the Serbian army repeat such an incursion, Albania will take resolute "
        "countermeasures."
    )
    found = briefs(events, text)
    assert any(c.startswith("13") and a1 == "ALB" and a2 == "SRB" for c, a1, a2 in found)


def test_units_ordered_to_maintain_combat_readiness_raise_their_alert(events: Events) -> None:
    found = briefs(
        events, "The Georgian frontline units have been ordered to maintain full combat readiness."
    )
    assert ("152", "GEO", None) in found


def test_forces_sent_to_protect_another_government_protect_it(events: Events) -> None:
    text = "Rwanda sent troops to Bangui to protect the Central African government."
    assert ("074", "RWA", "CAF") in briefs(events, text)
    assert ("072", "RUS", "UKR") in briefs(events, "Russia sent troops to Ukraine.")


def test_a_long_office_in_capitals_labels_a_turn() -> None:
    line = "THE MINISTER OF STATE IN THE MINISTRY OF DEFENCE (SHRI A. KUMAR): Sir, we have acted."
    found = speaker_label(line)
    assert found is not None and found[0].startswith("THE MINISTER OF STATE")


def test_a_concern_conveyed_to_the_other_side_is_a_complaint(events: Events) -> None:
    found = briefs(events, "Japan conveyed its strong displeasure to Beijing over the incursion.")
    assert ("114", "JPN", "CHN") in found
    assert not any(c == "114" for c, _, _ in briefs(events, "Japan conveyed its thanks."))


def test_we_in_a_ministers_answer_are_the_chambers_government(extractor: Extractor) -> None:
    text = (
        "LOK SABHA DEBATES\nQUESTION HOUR\n\n"
        "SHRI R. PATIL (Pune): Will the Government protest to Nepal?\n\n"
        "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS (SHRI A. MEHTA): Sir, we "
        "have conveyed to the Nepalese side our serious concern over the incident.\n"
    )
    document = Document(id="t", text=text, title="Lok Sabha Question Hour", published=None)
    found = {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
             for m in extractor.extract(document).mentions}  # fmt: skip
    assert ("114", "INDGOV", "NPL") in found


def test_an_act_during_a_dated_visit_takes_its_date(events: Events) -> None:
    text = (
        "Nepal has conveyed its concerns to the Indian side, most recently during the "
        "Foreign Secretary's visit to New Delhi last month."
    )
    found = [m for m in events(text) if m.code == "114"]
    assert found and all(m.date is not None and m.date.value == "2024-09" for m in found)


_ANSWER = (
    "QUESTIONS FOR ORAL REPLY\n\nQuestion 12:\n\nMr K Mensah asked the Minister of Foreign "
    "Affairs what steps had been taken.\n\nThe MINISTER OF FOREIGN AFFAIRS: Hon Speaker, we "
    "summoned the Togolese ambassador on Monday.\n"
)


def _answered(extractor: Extractor, outlet: str | None) -> list[tuple[str, str, str | None]]:
    document = Document(id="t", text=_ANSWER, outlet=outlet)
    return [
        (m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
        for m in extractor.extract(document).mentions
    ]


def test_a_state_bodys_publication_speaks_for_its_state(extractor: Extractor) -> None:
    """A transcript headed by an ambiguous "National Assembly" is placed by its publisher:
    "we" in "Parliament of the Republic of Ghana"'s record is Ghana's government; a
    legislature named by its own name places it too; a news outlet does not."""
    assert _answered(extractor, "Parliament of the Republic of Ghana") == [
        ("114", "GHAGOV", "TGOGOV")
    ]
    assert _answered(extractor, "Houses of the Oireachtas") == [("114", "IRLGOV", "TGOGOV")]
    assert _answered(extractor, "Ghana Wire") == []
    assert _answered(extractor, None) == []
