"""Cooperation told in other words than the common verbs, CAMEO 03 and 04 and 057: an arrangement or
a framework signed, a call told by whom it reached, a meeting agreed, proposed or offered
for later, a standing body agreed on, a guest received in the passive. Each with the near
miss that names no second party or no act.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def _found(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {(c, a1[:3], a2[:3] if a2 else None) for c, a1, a2 in (brief(m) for m in events(text))}


# (code, sentence, actor1 country, actor2 country)
WORDING = [
    # an arrangement is an agreement, signed by both
    (
        "057",
        "Chile's defence ministry and the Peruvian navy signed an arrangement on rescue.",
        "CHL",
        "PER",
    ),
    ("057", "Fiji and Tonga signed a framework on fisheries patrols in Suva.", "FJI", "TON"),
    # a call named by whom it reached
    (
        "041",
        "Chile's foreign minister had spoken about the dispute to her Bolivian counterpart "
        "by telephone on Monday.",
        "CHL",
        "BOL",
    ),
    # a call told by what it was about
    ("041", "Presidents Ruto and Museveni discussed the incident by telephone.", "KEN", "UGA"),
    (
        "041",
        "Ghana's foreign minister discussed the situation by phone with his Togolese counterpart.",
        "GHA",
        "TGO",
    ),
    # talks under way
    ("046", "Angola is in talks with Namibia about a new hydropower dam.", "AGO", "NAM"),
    # a meeting agreed, proposed or offered for later is the intent to meet
    (
        "036",
        "Ghana and Togo agreed that their interior ministers would meet in Accra.",
        "GHA",
        "TGO",
    ),
    (
        "036",
        "Peru proposed that its border commission with Ecuador meet in Tumbes in June.",
        "PER",
        "ECU",
    ),
    ("036", "Namibia said it was ready to meet Angolan officials next week.", "NAM", "AGO"),
    # a standing body agreed on: an intent to cooperate
    ("030", "Uganda and Kenya agreed to set up a working group on fisheries.", "UGA", "KEN"),
    # a guest received, in the passive: the host acts
    ("043", "The Kenyan president was received by President Museveni in Entebbe.", "UGA", "KEN"),
]


@pytest.mark.parametrize(("code", "text", "actor1", "actor2"), WORDING)
def test_cooperation_in_other_words_yields_its_code(
    events: Events, code: str, text: str, actor1: str, actor2: str
) -> None:
    assert (code, actor1, actor2) in _found(events, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no second party: an agreement in the passive with no signatories named
        ("The framework signed by the two ministers remains in force.", "057"),
        # whom the call reached is no state
        ("The Bolivian minister had spoken about the case to reporters by phone.", "041"),
        # a call with no state at the other end
        ("The minister discussed the budget on the phone with reporters.", "041"),
        # talks at home, with no foreign party
        ("The minister was in talks with union leaders on Monday.", "046"),
        # a meeting agreed by parties the sentence does not name
        ("Officials agreed that the commission should meet in May.", "036"),
        # obligations met are no meeting
        ("Latvia said it was ready to meet its obligations.", "036"),
        # a body agreed on by unnamed parties
        ("The ministers agreed to set up a working group on fisheries.", "030"),
        # a thing received is no guest
        ("The letter was received by the embassy on Monday.", "043"),
    ],
)
def test_near_misses_of_cooperation_in_other_words(events: Events, text: str, code: str) -> None:
    assert not [m for m in events(text) if m.code == code]
