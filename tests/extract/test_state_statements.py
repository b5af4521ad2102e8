"""Statements of state bodies in translation, on invented statements of many states: a
"press release" or "press note" announces its issuer as a "statement" does, and a state's
own protest or indignation is an official complaint aimed at the state its title names,
never a crowd's demonstration."""

from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.issuer import statement_issuer
from watchfloor.extract.text import tokenize
from watchfloor.models import Document

from .conftest import Events, briefs

Brief = tuple[str, str, str | None]


def _issuer_code(extractor: Extractor, title: str) -> str | None:
    tokens = tokenize(title)
    found = extractor.actors.find(tokens, title)
    rules = extractor.rules
    issuer = statement_issuer(
        tokens, found, rules.class_words("STATEMENT"), rules.class_words("PRESS_TEXT")
    )
    return None if issuer is None else issuer.code


def _briefs(extractor: Extractor, title: str, text: str) -> set[Brief]:
    document = Document(id="t", text=text, title=title, published=date(2026, 5, 12))
    return {
        (m.code[:2], m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None)
        for m in extractor.extract(document).mentions
    }


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Press release of the Ministry of Foreign Affairs of Mongolia on the herders", "MNGGOV"),
        ("Press Release No. 112 of the Ministry of Defence of the Republic of Ghana", "GHAMIL"),
        ("Press note no 45 of the Ministry of Foreign Affairs of Peru on fishing", "PERGOV"),
        ("Press Notice of the Ministry of Foreign Affairs of the Kingdom of Cambodia", "KHMGOV"),
    ],
)
def test_a_press_release_or_note_announces_its_issuer(
    extractor: Extractor, title: str, code: str
) -> None:
    assert _issuer_code(extractor, title) == code


def test_a_release_or_note_without_press_is_no_statement(extractor: Extractor) -> None:
    assert _issuer_code(extractor, "Release of the Omani crew by Iran after four days") is None
    assert _issuer_code(extractor, "Note by Chile on the maritime border handed to Peru") is None
    assert _issuer_code(extractor, "Press freedom: release of journalists by Belarus") is None


def test_the_ministry_of_a_press_release_speaks_for_its_state(extractor: Extractor) -> None:
    title = (
        "Press release of the Ministry of Foreign Affairs of Paraguay on the detention of "
        "Paraguayan truck drivers by the Argentine Gendarmerie (unofficial translation)"
    )
    text = (
        "Ministry of Foreign Affairs\nAsunción\n\nPress Release\n\n"
        "The Ministry firmly condemns the detention of the drivers.\n"
    )
    assert ("11", "PRY", "ARG") in _briefs(extractor, title, text)


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
