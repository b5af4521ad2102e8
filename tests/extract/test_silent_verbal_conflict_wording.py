"""Verbal conflict (roots 10-13) the rules read no event in: a reaction naming another
state's measure or ruling ("called the freeze regrettable"), a minister's refusal in a
legislature's record, a foretold response ("will take necessary measures"), a permit
withdrawn. Invented stories."""

import pytest

from watchfloor.extract import Extractor
from watchfloor.models import Document

from .conftest import Events, briefs

Found = set[tuple[str, str, str | None]]


def _record(extractor: Extractor, text: str, title: str, outlet: str) -> Found:
    document = Document(id="t", text=text, title=title, outlet=outlet, published=None)
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
            for m in extractor.extract(document).mentions}  # fmt: skip


@pytest.mark.parametrize(
    ("act", "reaction"),
    [
        ("Peru expelled two Bolivian diplomats on Monday.",
         'Bolivia\'s foreign ministry called the move "hostile and unjustified".'),
        ("Peru suspended imports of Bolivian quinoa on Monday.",
         'Bolivia\'s trade minister called the suspension "without any basis".'),
        ("Peru suspended imports of Bolivian quinoa on Monday.",
         'Bolivia\'s trade minister called the freeze "politically motivated".'),
    ],
)  # fmt: skip
def test_a_named_measure_is_aimed_at_whoever_imposed_it(
    events: Events, act: str, reaction: str
) -> None:
    found = briefs(events, f"{act} {reaction}")
    assert ("111", "BOL", "PER") in found


def test_a_measure_named_before_no_act_of_another_state_has_no_target(events: Events) -> None:
    """The near miss: nothing told before it was done by another state, so no target."""
    text = (
        "Bolivia's central bank raised interest rates on Monday. "
        'Bolivia\'s trade minister called the move "overdue".'
    )
    found = briefs(events, text)
    assert not any(code == "111" for code, _, _ in found)


def _chamber(answer: str) -> str:
    return (
        "NATIONAL ASSEMBLY\n\n"
        "Hon. Mary Atieno (Kisumu East, ODM): Minister, will the Government suspend the "
        "fisheries agreement with Tanzania?\n\n"
        f"THE MINISTER FOR FISHERIES: Honourable Speaker, {answer}\n"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "the Government will not suspend the agreement, which has served our fleet well.",
        "we will not cancel a treaty that has kept our waters open.",
    ],
)
def test_a_ministers_refusal_in_a_house_is_aimed_at_the_house(
    extractor: Extractor, answer: str
) -> None:
    found = _record(extractor, _chamber(answer), "National Assembly, questions for oral reply",
                    "Parliament of the Republic of Kenya")  # fmt: skip
    assert ("1232", "KENGOV", "KENLEG") in found


def test_a_refusal_in_a_story_is_not_read_as_a_houses(events: Events) -> None:
    """The near miss: outside a legislature's record the refusal answers no member."""
    text = (
        "Kenya's government will not suspend the fisheries agreement with Tanzania, a "
        "minister said."
    )
    found = briefs(events, text)
    assert not any(code == "1232" for code, _, _ in found)


def test_a_chamber_of_deputies_is_a_legislature(extractor: Extractor) -> None:
    text = (
        "Sitting of the Chamber of Deputies\n\n"
        "Mr Ion Popa: Minister, will you stop recruitment for the farms in Italy?\n\n"
        "The Minister of Labour: Honourable Deputy, we will not punish the workers.\n"
    )
    found = _record(extractor, text, "Chamber of Deputies of Romania, questions to the Government",
                    "Chamber of Deputies of Romania, stenographic record")  # fmt: skip
    assert ("1232", "ROUGOV", "ROULEG") in found


def test_necessary_measures_against_a_named_state_are_a_threat(events: Events) -> None:
    text = "Beijing said it would take necessary measures against Lithuania over the office."
    found = briefs(events, text)
    assert any(code.startswith("13") and a2 == "LTU" for code, _, a2 in found)


def test_necessary_measures_at_home_threaten_no_one(events: Events) -> None:
    text = "China's health ministry said it would take necessary measures to protect citizens."
    found = briefs(events, text)
    assert not any(code.startswith("13") for code, _, _ in found)


def test_a_permit_withdrawn_from_a_named_holder(events: Events) -> None:
    text = "Guinea's mines ministry withdrew the mining permit of a Russian company on Friday."
    found = briefs(events, text)
    assert ("172", "GIN", "RUS") in found


def test_a_permit_with_no_holder_named_is_no_act(events: Events) -> None:
    text = "Guinea's mines ministry withdrew the draft permit rules on Friday."
    found = briefs(events, text)
    assert not any(code == "172" for code, _, _ in found)


@pytest.mark.parametrize(
    ("held", "demand", "holder"),
    [
        ("Chinese coast guard ships seized a Philippine fishing boat near Scarborough Shoal "
         "on Monday.", "Manila demanded that the boat be released immediately.", "CHN"),
        ("Russia detained 12 Mexican nationals in Rostov on Monday.",
         "Mexico demands that the Russian authorities discharge the 12 Mexican nationals.",
         "RUS"),
    ],
)  # fmt: skip
def test_a_release_demanded_in_a_clause_is_aimed_at_the_holder(
    events: Events, held: str, demand: str, holder: str
) -> None:
    found = briefs(events, f"{held} {demand}")
    assert any(code == "1053" and a2 == holder for code, _, a2 in found)


def test_a_clause_demanding_something_else_is_no_release_demand(events: Events) -> None:
    """The near miss: what is to be done is no release; the demand is still read."""
    found = briefs(events, "Mexico demanded that the talks be held in Geneva.")
    assert not any(code == "1053" for code, _, _ in found)
    assert any(code.startswith("10") for code, _, _ in found)


def test_an_offer_rejected_is_aimed_at_whoever_offered(events: Events) -> None:
    text = (
        "Chile offered on Monday to hold talks with Bolivia on the border. "
        "Bolivia rejected the offer on Friday."
    )
    found = briefs(events, text)
    assert any(code.startswith("12") and a1 == "BOL" and a2 == "CHL" for code, a1, a2 in found)


def test_an_offer_rejected_with_no_offer_told_has_no_target(events: Events) -> None:
    """The near miss: no state made an offer before, so the rejection stands alone."""
    found = briefs(events, "Bolivia rejected the offer on Friday.")
    assert not any(code == "127" for code, _, _ in found)
