"""Statements of state bodies in translation, on invented statements of many states: a
state's own protest or indignation is an official complaint aimed at the state its title
names, never a crowd's demonstration; an envoy recalled, told in the passive, is his
state's act on his post."""

from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.models import Document

from .conftest import Events, briefs

Brief = tuple[str, str, str | None]


def _briefs(extractor: Extractor, title: str, text: str) -> set[Brief]:
    document = Document(id="t", text=text, title=title, published=date(2026, 5, 12))
    return {
        (m.code[:2], m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None)
        for m in extractor.extract(document).mentions
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Government of the Republic of Ghana vigorously protests against these "
        "violations of its territorial integrity.",
        "The Ministry of Foreign Affairs of Lithuania protests strongly against the "
        "incursion of the helicopter.",
        "Hanoi protested over the seizure of the fishing boats.",
        "Chile formally protested against the construction of the road.",
    ],
)
def test_a_state_protesting_lodges_an_official_complaint(events: Events, text: str) -> None:
    found = briefs(events, text)
    assert any(c == "114" for c, _, _ in found)
    assert not any(c.startswith("14") for c, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students protested against the government in Accra on Tuesday.",
        "Hundreds of fishermen protested over the new quotas outside the ministry.",
        "Opposition supporters protested against the election results.",
    ],
)
def test_a_crowd_protesting_never_lodges_a_states_complaint(events: Events, text: str) -> None:
    assert not any(c.startswith("11") for c, _, _ in briefs(events, text))


def test_a_protest_note_sent_over_an_act_keeps_its_recipient(events: Events) -> None:
    text = "Peru sent a protest note to Chile on Monday over the detention of six fishermen."
    assert ("114", "PER", "CHL") in briefs(events, text)


def test_a_states_indignation_in_a_statement_answers_the_state_its_title_names(
    extractor: Extractor,
) -> None:
    title = (
        "Statement of the Ministry of Foreign Affairs of the Kyrgyz Republic on the "
        "treatment of Kyrgyz citizens by the police of Kazakhstan (unofficial translation)"
    )
    text = (
        "The Ministry of Foreign Affairs of the Kyrgyz Republic expresses its deep "
        "indignation in connection with the death of a Kyrgyz citizen in custody in Almaty.\n"
    )
    assert ("11", "KGZ", "KAZ") in _briefs(extractor, title, text)


def test_a_peoples_outrage_is_no_states_condemnation(events: Events) -> None:
    text = "Residents of the border villages expressed outrage over the killing of a farmer."
    assert not any(c == "111" for c, _, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of the Republic of Serbia to the Republic of Croatia has "
            "been recalled to Belgrade for consultations.",
            ("161", "SRB", "HRV"),
        ),
        (
            "By decision of the President, the Chilean Ambassador in Lima has been called "
            "to Santiago for consultations.",
            ("161", "CHL", "PER"),
        ),
        ("Kenya's ambassador to Ethiopia was called home on Friday.", ("161", "KEN", "ETH")),
        (
            "The Ambassador of Ghana in Lomé was recalled to Accra for consultations.",
            ("161", "GHA", "TGO"),
        ),
    ],
)
def test_an_envoy_recalled_in_the_passive_is_his_states_act_on_his_post(
    events: Events, text: str, expected: Brief
) -> None:
    assert expected in briefs(events, text)


def test_a_call_for_consultations_is_no_recall(events: Events) -> None:
    found = briefs(events, "Kenya called for consultations with Ethiopia on the dam.")
    assert not any(c == "161" for c, _, _ in found)
    found = briefs(events, "The Ambassador of Ghana called for consultations on the crisis.")
    assert not any(c == "161" for c, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya remains willing to engage in dialogue with the Ugandan government on the "
        "basis of mutual respect.",
        "Chile reaffirms its readiness to continue constructive dialogue with the European "
        "Commission.",
    ],
)
def test_a_states_standing_offer_of_dialogue_is_intent_to_negotiate(
    events: Events, text: str
) -> None:
    assert any(c == "036" and a2 is not None for c, _, a2 in briefs(events, text))


def test_dialogue_turned_down_is_no_intent_to_negotiate(events: Events) -> None:
    found = briefs(events, "Kenya rejected calls for dialogue with Uganda.")
    assert not any(c == "036" for c, _, _ in found)
