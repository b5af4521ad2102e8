"""Verbal conflict (roots 12-13) the rules read no event in, or no target for: refusals
foretold ("will not negotiate with", "will not release anyone", "does not hand over
anyone"), aimed at whoever asked before in the story; a saying "not accepted" in the plain
present or past; talks declined; a crowd's or union's blockade or strike threatened, or
foretold on a condition. Invented stories."""

import pytest

from .conftest import Events, briefs


def test_a_release_refused_answers_who_demanded_it(events: Events) -> None:
    text = (
        "Togo demanded on Monday that Ghana release the eleven Togolese fishermen held in "
        "Keta. Ghana's interior minister answered that Ghana \"will not release anyone on "
        'foreign orders".'
    )
    assert ("1243", "GHA", "TGO") in briefs(events, text)


def test_a_handover_refused_answers_who_asked_for_it(events: Events) -> None:
    text = (
        "Benin asked Niger to hand over the former mayor of Malanville. "
        '"Niger does not hand over anyone who has asked for its protection," the '
        "president of Niger told reporters."
    )
    assert ("1243", "NER", "BEN") in briefs(events, text)


def test_a_refusal_with_no_asker_has_no_target(events: Events) -> None:
    """The near miss: no one asked before, so the refusal is aimed at no one."""
    found = briefs(events, 'Ghana said it "will not release anyone on foreign orders".')
    assert ("1243", "GHA", None) in found
    assert not any(code == "1243" and target for code, _, target in found)


def test_a_release_foretold_is_no_refusal(events: Events) -> None:
    """The near miss: a release promised is no refusal to release."""
    found = briefs(events, "Ghana said it will release the Togolese fishermen.")
    assert not any(code.startswith("12") for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's foreign minister said Accra would never negotiate with Togo over the border.",
        "Ghana declined to hold talks with Togo.",
    ],
)
def test_negotiation_refused_is_a_rejection_of_talks(events: Events, text: str) -> None:
    assert ("125", "GHA", "TGO") in briefs(events, text)


def test_negotiation_foretold_is_no_rejection(events: Events) -> None:
    """The near miss: talks that will happen are negotiation, not its refusal."""
    found = briefs(events, "Ghana and Togo will negotiate a new border treaty next month.")
    assert not any(code.startswith("12") for code, _, _ in found)


def test_a_saying_not_accepted_is_rejected(events: Events) -> None:
    text = "Ghana's foreign ministry said it did not accept the arguments of Togo."
    assert ("120", "GHA", "TGO") in briefs(events, text)


def test_people_not_accepted_are_no_rejection(events: Events) -> None:
    """The near miss: what is not accepted is no one's saying."""
    found = briefs(events, "Ghana did not accept more refugees from Togo last year.")
    assert not any(code.startswith("12") for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian workers' groups in Accra say they will strike again if the minister is "
        "not dismissed by February.",
        "Ghanaian fishermen in Keta threatened to blockade the port of Keta.",
    ],
)
def test_a_crowd_threatens_a_protest(events: Events, text: str) -> None:
    found = briefs(events, text)
    assert any(code == "133" and actor == "GHA" for code, actor, _ in found)
    assert not any(code == "1381" for code, _, _ in found)


def test_a_state_blockade_threatened_stays_a_blockade(events: Events) -> None:
    """The near miss: a state that threatens to blockade a port threatens force."""
    found = briefs(events, "Russia threatened to blockade the port of Odesa.")
    assert ("1381", "RUS", None) in found
    assert not any(code == "133" for code, _, _ in found)


def test_a_navy_strike_on_a_condition_is_no_protest(events: Events) -> None:
    """The near miss: a navy that "would strike if" threatens force, not a strike."""
    text = "Ghana's navy warned that it would strike if Togolese boats entered the zone."
    found = briefs(events, text)
    assert not any(code == "133" for code, _, _ in found)


def test_a_ban_not_to_be_lifted_is_a_refusal_to_ease_it(events: Events) -> None:
    found = briefs(events, "Ghana said it would not lift the ban on Togolese poultry.")
    assert ("1244", "GHA", "TGO") in found


def test_a_ban_to_be_lifted_is_no_refusal(events: Events) -> None:
    """The near miss: a ban that will be lifted is eased, not kept."""
    found = briefs(events, "Ghana said it will lift the ban on Togolese poultry next month.")
    assert not any(code.startswith("12") for code, _, _ in found)
