"""The document pass on invented sentences of each failure kind the issue lists: places
as targets, what is not an act, and the wire sentences that made no event at all."""


import pytest

from watchfloor.models import Certainty

from .conftest import Events, briefs

# places as targets: an act aimed at a place of another country is aimed at that country


def test_a_recall_from_a_capital_targets_its_country(events: Events) -> None:
    assert ("161", "LTU", "BLR") in briefs(events, "Lithuania recalled its ambassador from Minsk.")


def test_a_deployment_to_a_region_targets_its_country(events: Events) -> None:
    found = briefs(events, "Belarus sent troops to the Kursk region.")
    assert any(c in ("072", "154") and a1 == "BLR" and a2 == "RUS" for c, a1, a2 in found)


def test_a_place_of_the_actors_own_country_is_no_target(events: Events) -> None:
    found = briefs(events, "Russia deployed troops to the Kursk region.")
    assert not any(a2 == "RUS" for _, _, a2 in found)


def test_a_named_target_wins_over_the_place(events: Events) -> None:
    found = briefs(events, "Iran fired missiles at Israel from Isfahan.")
    assert ("195", "IRN", "ISR") in found
    assert not any(a2 == "IRN" for _, _, a2 in found)


# what is not an act


def test_a_prepared_attack_is_not_an_attack_that_happened(events: Events) -> None:
    found = events("The rebels are preparing a large-scale drone attack on Chad.")
    assert all(m.certainty is not Certainty.ASSERTED for m in found if m.code.startswith("1"))


def test_a_considered_supply_is_only_possible(events: Events) -> None:
    found = [m for m in events("Norway is considering supplying weapons to Ukraine.")]
    assert found and all(m.certainty is Certainty.POSSIBLE for m in found)


def test_a_demand_that_another_act_is_a_demand(events: Events) -> None:
    found = briefs(events, "Kenya demanded that Somalia release the detained fishermen.")
    assert ("1053", "KEN", "SOM") in found


def test_a_month_named_may_is_no_modal(events: Events) -> None:
    found = events("In May 2025, Armenia and Azerbaijan traded strikes along the border.")
    assert found and all(m.certainty is Certainty.ASSERTED for m in found)


# short wire sentences that made no event


def test_short_wire_sentences_make_their_events(events: Events) -> None:
    cases = {
        "Hungary rejected the Ukrainian peace plan.": ("127", "HUN", "UKR"),
        "Poland demanded that Belarus halt its offensive.": ("1056", "POL", "BLR"),
        "The IAEA dispatched inspectors to Syria.": ("090", "IGO", "SYR"),
        "The European Union eased sanctions on Venezuela.": ("085", "IGO", "VEN"),
        "Hamas released two Thai hostages.": ("0841", "PSE", "THA"),
        "Al-Shabaab claimed responsibility for the attack.": ("015", "SOM", None),
    }
    for text, expected in cases.items():
        assert expected in briefs(events, text), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Estonian police detained 14 people near the border on Monday.", 14),
        ("Argentina expelled three Iranian diplomats on Tuesday.", 3),
    ],
)
def test_people_an_act_is_done_to_are_its_quantity(events: Events, text: str, value: float) -> None:
    found = events(text)
    assert found and all(m.quantity is not None and m.quantity.value == value for m in found)


def test_a_second_verb_of_one_subject_happens_where_the_first_did(events: Events) -> None:
    text = "Japan's foreign minister visited Manila on Monday and signed a defence pact."
    signed = [m for m in events(text) if m.code == "057"]
    assert signed and signed[0].location is not None
    assert signed[0].location.name == "Manila"
