"""Acts told beside the sentence's main one: in a relative clause set off by commas
("Turkey, which trains the Somali army, sent troops": Turkey trains), and a verb of a
list whose shared object the trigger's own words reach ("has trained and equipped the
Libyan coast guard")."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey, which trains the Somali army and runs a base in Mogadishu, sent more "
         "troops.", ("062", "TUR", "SOM")),
        ("Iran, which has repeatedly supplied drones to Russia, rejected the report.",
         ("072", "IRN", "RUS")),
        ("Japan, which also sanctioned three Chinese firms last year, protested.",
         ("163", "JPN", "CHN")),
        ("Algeria, which expelled two French diplomats in April, has recalled its "
         "ambassador.", ("174", "DZA", "FRA")),
        ("Ghana, which closed its border with Togo in May, hosted the talks.",
         ("172", "GHA", "TGO")),
        ("Norway, who delivered artillery shells to Kyiv last year, promised more.",
         ("072", "NOR", "UKR")),
    ],
)  # fmt: skip
def test_a_comma_relative_clause_tells_its_antecedents_act(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_an_actor_ending_a_longer_phrase_is_no_antecedent(events: Events) -> None:
    text = ("The European Union Mission in Armenia, which patrols the Armenian side of the "
            "border, said its monitors had heard gunfire.")  # fmt: skip
    assert not any(a1 == "ARM" for _, a1, _ in briefs(events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union has trained and equipped the Libyan coast guard since 2017.",
         ("062", "IGO", "LBY")),
        ("Britain armed and trained the Ukrainian navy's marines for two years.",
         ("062", "GBR", "UKR")),
    ],
)  # fmt: skip
def test_a_verb_list_inside_a_trigger_shares_its_object(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)
