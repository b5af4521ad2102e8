"""Cooperation of roots 01-09 that the rules read nothing of (e-silent8): multinational
firms named bare as the doer ("Glencore rejected the accusation"), intelligence passed on
to another state's body (064: "passed details of the ring to Spain", "sent the Chilean
police a list of names"), held people released in the passive with a state body telling
of it (0841), courts and prosecutors placed by the sentence's town, agreements signed as
an exchange of notes or a letter of intent (057), and a legislature's record that sets
each speaker's label on a line of its own, whose "I" is that speaker. Each with the near
miss that must not fire.

Every sentence here is invented (other countries, firms and wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

from collections.abc import Callable

import pytest

from watchfloor.extract import Extractor
from watchfloor.models import Document, Mention

from .conftest import briefs

Events = Callable[..., list[Mention]]


# (code, sentence, actor1 country, actor2 country)
WORDING = [
    # a firm named bare acts for its head office's state
    ("042", "Glencore's chief executive flew to Lusaka on Monday for talks.", "CHE", "ZMB"),
    ("011", "Equinor declined to comment on the report.", "NOR", None),
    ("042", "Petrobras's chairman travelled to Luanda last week.", "BRA", "AGO"),
    # intelligence passed on, with "to" or as the second object
    (
        "064",
        "Chile's interior ministry said it had passed details of the smuggling ring to "
        "Spain.",
        "CHL",
        "ESP",
    ),
    (
        "064",
        "Colombia's police have sent the Ecuadorian police a list of 40 suspects.",
        "COL",
        "ECU",
    ),
    (
        "064",
        "Estonia's security service handed information on the saboteurs to Finland.",
        "EST",
        "FIN",
    ),
    # held people released in the passive: the state body that tells of it releases them
    (
        "0841",
        "Nine Sri Lankan fishermen were released on Friday, India's coast guard said.",
        "IND",
        "LKA",
    ),
    ("0841", "Three Nepali workers were freed overnight, Qatar's police said.", "QAT", "NPL"),
    # courts and prosecutors sit at home: the sentence's place is their state
    (
        "090",
        "Prosecutors in Recife opened a criminal investigation into the Norwegian company.",
        "BRA",
        "NOR",
    ),
    ("0841", "A judge in Cartagena released the eight Jamaican crew members.", "COL", "JAM"),
    # agreements signed under a diplomatic form's own name
    (
        "057",
        "Peru's ambassador and Chile's foreign minister signed an exchange of notes in Lima.",
        "PER",
        "CHL",
    ),
    (
        "057",
        "Kenya's trade minister and Uganda's finance minister signed a letter of intent.",
        "KEN",
        "UGA",
    ),
    # a meeting offered to another's officials, told as hosting it
    (
        "036",
        "Fiji's trade ministry offered to host a meeting of Tongan fisheries officials.",
        "FJI",
        "TON",
    ),
]


@pytest.mark.parametrize(("code", "text", "actor1", "actor2"), WORDING)
def test_cooperation_in_other_words_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a list of demands is no intelligence
        ("The Kenyan unions sent a list of demands to the Ugandan government.", "064"),
        # details withheld name no one
        ("Chile's interior ministry gave no details.", "064"),
        # a shell in lower case is a round, never the firm
        ("A shell hit the market in Kharkiv on Monday.", "011"),
        # a thing released is no held people
        ("The new guidelines were released on Monday, India's health ministry said.", "0841"),
        # released people with no one telling of it: no one is known to release them
        ("Nine Sri Lankan fishermen were released on Friday.", "0841"),
        # a meeting of one's own officials is offered to no one
        ("Fiji's trade ministry offered to host a meeting of its own officials.", "036"),
        # notes of protest exchanged are no agreement
        ("Kenya and Uganda exchanged notes of protest on Monday.", "057"),
    ],
)
def test_near_misses_of_cooperation_in_other_words(events: Events, text: str, code: str) -> None:
    found = events(text)
    assert not [m for m in found if m.code == code]
    assert not [m for m in found if m.actor1.code.endswith("BUS")]


def test_a_lower_case_shell_is_no_firm(events: Events) -> None:
    """The act is read, with no firm as its doer."""
    found = events("Russian forces fired a shell at the Ukrainian town of Sumy.")
    assert found
    assert not [m for m in found if m.actor1.code.endswith("BUS")]


def _found(extractor: Extractor, text: str, title: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text, title=title, published=None)
    return {(m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None)
            for m in extractor.extract(document).mentions}  # fmt: skip


def test_a_label_on_its_own_line_opens_the_turn(extractor: Extractor) -> None:
    """ "I" in the words under a label on its own line is the labelled minister."""
    text = (
        "STORTING\n\n"
        "Minister of Foreign Affairs (Kari Nordmann):\n"
        "Mr President! I spoke on Tuesday with the Swedish foreign minister. I have "
        "proposed to my Finnish colleague that we meet in Tromsø.\n"
    )
    found = _found(extractor, text, "Storting, question time (excerpt)")
    assert ("041", "NOR", "SWE") in found
    assert ("036", "NOR", "FIN") in found


def test_a_heading_on_its_own_line_in_wire_copy_opens_no_turn(extractor: Extractor) -> None:
    """Outside a transcript a line ending in a colon is a heading: its "I" names no one."""
    text = (
        "OSLO, March 3 - Norway's government defended its fisheries policy.\n\n"
        "BACKGROUND:\n"
        "I spoke on Tuesday with the Swedish foreign minister, a fisherman told reporters.\n"
    )
    found = _found(extractor, text, "Norway defends fisheries policy")
    assert not [f for f in found if f[0] == "041"]
