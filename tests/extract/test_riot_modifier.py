"""A one-word act used as a modifier names a body or its kit, not the act (e-silent15):
"riot police", "riot gear" tell of no riot (145); a riot itself still does.

Every sentence here is invented."""

from watchfloor.extract.rules import Rules
from watchfloor.extract.text import tokenize
from watchfloor.extract.triggers import find_triggers


def _codes(rules: Rules, text: str) -> set[str]:
    return {t.pattern.code for t in find_triggers(tokenize(text), rules, frozenset())}


def test_riot_police_is_no_riot(rules: Rules) -> None:
    for text in (
        "Riot police cleared the square before dawn.",
        "Officers in riot gear stood outside the stadium.",
        "A riot squad was sent to the port.",
    ):
        assert "145" not in _codes(rules, text), text


def test_a_riot_is_still_a_riot(rules: Rules) -> None:
    for text in (
        "Inmates rioted at the prison on Sunday.",
        "The riot spread to three towns before police arrived.",
        "Rioters set fire to a bank.",
    ):
        assert "145" in _codes(rules, text), text
