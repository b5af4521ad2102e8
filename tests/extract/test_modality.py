"""Acts named but not done make no event: advice, resolve, pundits' speculation, and
what an appeal asks for."""

from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


@pytest.mark.parametrize(
    "text",
    [
        # advice, whoever gives it
        "South Korea should strengthen intelligence sharing with Japan.",
        "Germany should consider sending more air defence systems to Ukraine.",
        "Vietnam ought to expel the Chinese ambassador, an opposition leader said.",
        "Turkey must withdraw its forces from northern Iraq, the Iraqi foreign minister said.",
        # resolve: a negated passive of the act
        "Kenya will not be intimidated by Somalia, the foreign minister said.",
        "But Venezuela won't be coerced.",
        # speculation of unnamed commentators
        "Analysts say China could blockade Taiwan within days.",
        "According to military experts, Moscow may deploy more bombers to Belarus.",
    ],
)
def test_no_event_is_made(events: Events, text: str) -> None:
    assert events(text) == []


def test_an_appeal_is_the_event_not_what_it_asks_for(events: Events) -> None:
    found = events("The European Union called on Serbia to release the detained Kosovo officers.")
    assert [brief(m) for m in found] == [("020", "IGOEEC", "SRB")]


def test_what_pundits_say_was_done_stands(events: Events) -> None:
    found = events("Analysts say China has sent troops to Myanmar.")
    assert found


def test_advice_after_the_act_does_not_undo_it(events: Events) -> None:
    found = events("Greece has deployed troops to Lesbos, which must remain demilitarised.")
    assert [m.code for m in found] == ["154"]


@pytest.mark.parametrize(
    "text",
    [
        "Without the court ruling, Kenya would have sent 1,000 police officers to Haiti.",
        "The United States could have imposed sanctions on Venezuela, but it chose talks.",
    ],
)
def test_what_would_have_happened_did_not(events: Events, text: str) -> None:
    assert events(text) == []


def test_what_would_have_to_happen_is_possible(events: Events) -> None:
    found = events("The EU would have to impose new sanctions on Iran.")
    assert [(m.code, m.certainty.value) for m in found] == [("163", "possible")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("India is ready to host a new round of negotiations with Pakistan.", "036"),
        ("Ghana stands ready to send troops to Burkina Faso.", "0332"),
    ],
)
def test_an_offer_is_an_intent_expressed_now(events: Events, text: str, code: str) -> None:
    found = events(text)
    assert found and {(m.code, m.certainty.value) for m in found} == {(code, "asserted")}
