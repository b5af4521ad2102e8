"""Denials of a charge (CAMEO 016): the denier acts, aimed at the accuser the phrase
names (packaged rules), else, with the optional rules in examples/data/denials, at
whoever accused it earlier in the story; a denial of a told act stays a denied act."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from watchfloor.extract import Extractor
from watchfloor.models import Certainty, Document, Mention
from watchfloor.settings import Settings

from .conftest import Events, briefs

DENIALS = Path(__file__).parents[2] / "examples" / "data" / "denials"


@pytest.fixture(scope="module")
def denials() -> Callable[..., list[Mention]]:
    extractor = Extractor.from_settings(Settings(data_dir=DENIALS))

    def run(text: str) -> list[Mention]:
        document = Document(id="t", text=text, published=date(2025, 3, 12))
        return list(extractor.extract(document).mentions)

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's foreign ministry rejected the Peruvian accusations on Tuesday.",
         ("016", "CHL", "PER")),
        ("Manila firmly rejected the charges made by Beijing.", ("016", "PHL", "CHN")),
        ('Egypt called the Ethiopian allegations "preposterous".', ("016", "EGY", "ETH")),
        ("Kenya dismissed the Somali claims as a fabrication.", ("016", "KEN", "SOM")),
        # the accuser after "of": "the insinuations of the Latvian authorities"
        ("Tallinn rejected the insinuations of the Latvian authorities.",
         ("016", "EST", "LVA")),
        ("Dhaka refuted the allegations of Myanmar's junta.", ("016", "BGD", "MMR")),
    ],
)  # fmt: skip
def test_a_charge_its_phrase_names_is_aimed_at_the_accuser(
    events: Events, denials: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)  # the packaged rules read these
    assert expected in briefs(denials, text)


@pytest.mark.parametrize(
    "answer",
    [
        "Belgrade dismissed the allegations as baseless.",
        "Belgrade denied it.",
        "Belgrade denied any involvement in the smuggling.",
        'Serbia\'s foreign ministry rejected the accusation as "absurd", saying all was calm.',
        "Belgrade called the charges slanderous.",
    ],
)
def test_an_unnamed_accuser_is_the_one_who_accused_the_denier_before(
    denials: Events, answer: str
) -> None:
    text = f"Hungary accused Serbia on Monday of sheltering smugglers. {answer}"
    found = briefs(denials, text)
    assert ("016", "SRB", "HUN") in found
    denial = next(m for m in denials(text) if m.code == "016")
    assert denial.actor2 is not None and denial.actor2.code == "HUN"  # the state, not its office
    assert denial.certainty is Certainty.ASSERTED and denial.source is None


def test_a_denial_no_one_prompted_makes_no_event(denials: Events) -> None:
    assert not [m for m in denials("Belgrade dismissed the allegations as baseless.")]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary accused Serbia of arming rebels. Serbia rejected claims that it sent weapons.",
        "Hungary accused Serbia of arming rebels. Serbia denied it had sent weapons to them.",
    ],
)
def test_a_denial_of_a_told_act_denies_the_act_and_is_no_016(denials: Events, text: str) -> None:
    assert not [m for m in denials(text) if m.code == "016"]


def test_a_told_act_denied_keeps_its_denied_certainty(denials: Events) -> None:
    text = "Turkey denied reports that its troops had shelled Kurdish villages in Iraq."
    found = denials(text)
    assert not [m for m in found if m.code == "016"]
    shelled = [m for m in found if m.actor1.country == "TUR"]
    assert shelled and all(m.certainty is Certainty.DENIED for m in shelled)


def test_without_the_optional_rules_a_denial_of_a_charge_is_no_event(events: Events) -> None:
    text = "Hungary accused Serbia on Monday of sheltering smugglers. Belgrade denied it."
    assert not [m for m in events(text) if m.code == "016"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador rejected the decision taken by Colombia.", ("120", "ECU", "COL")),
        ("Iran rejects the so-called sanctions announced by the Treasury Department of the "
         "United States.", ("120", "IRN", "USA")),
        ("Hanoi firmly rejected the Chinese deployment near the islands.", ("120", "VNM", "CHN")),
    ],
)  # fmt: skip
def test_rejecting_an_act_is_an_act_of_the_one_who_rejects(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)
    assert all(m.certainty is not Certainty.DENIED for m in events(text))


def test_rejecting_reports_of_an_act_still_denies_it(events: Events) -> None:
    text = "Russia rejected reports that its jets had bombed a market in Idlib."
    bombed = [m for m in events(text) if m.actor1.country == "RUS"]
    assert bombed and all(m.certainty is Certainty.DENIED for m in bombed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv accused Minsk of hosting Russian troops, an allegation that Belarus denies.",
         ("016", "BLR", "UKR")),
        ("Sudan accused N'Djamena of letting arms flights land, a charge Chad has always "
         "rejected.", ("016", "TCD", "SDN")),
        ("Lithuania accused Moscow of jamming GPS signals, accusations Russia dismissed.",
         ("016", "RUS", "LTU")),
    ],
)  # fmt: skip
def test_a_charge_answered_in_apposition_is_aimed_at_who_made_it(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_the_accusation_a_denial_answers_was_made_and_the_charged_act_is_denied(
    events: Events,
) -> None:
    text = "Kyiv accused Minsk of hosting Russian troops, an allegation that Belarus denies."
    found = events(text)
    accusation = next(m for m in found if m.code.startswith("112"))
    assert accusation.certainty is Certainty.ASSERTED and accusation.source is None
    hosted = [m for m in found if m.actor1.country == "BLR" and m.code != "016"]
    assert hosted and all(m.certainty is Certainty.DENIED for m in hosted)


@pytest.mark.parametrize(
    "text",
    [
        "Washington repeated its claim Tehran rejected the plan.",
        "A UN report said Russia denied entry to inspectors.",
    ],
)
def test_a_charge_that_tells_an_act_is_no_denial_in_apposition(events: Events, text: str) -> None:
    assert not [m for m in events(text) if m.code == "016"]
