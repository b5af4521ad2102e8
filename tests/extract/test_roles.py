"""Who did what to whom, on invented sentences of each construction the issue lists:
control verbs, coordination, prepositional targets, clauses with their own date. The
parse decides the first; the others hold with or without it."""

import importlib.util
from collections.abc import Callable
from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.parser import MODEL, load_parser
from watchfloor.extract.roles import foreign_spans
from watchfloor.models import Document, Mention

from .conftest import brief

Events = Callable[..., list[Mention]]
parsed = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None, reason="the nlp extra is not installed"
)


def _briefs(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {(c, a1[:3], a2[:3] if a2 else None) for c, a1, a2 in map(brief, events(text))}


@parsed
def test_the_one_helped_fights_not_the_one_who_sent_help(events: Events) -> None:
    found = _briefs(
        events, "Seoul's spy agency said Pyongyang sent troops to help Russia fight a Ukrainian "
        "offensive.",
    )  # fmt: skip
    assert ("190", "RUS", "UKR") in found
    assert not any(c.startswith("19") and a1 in ("PRK", "KOR") for c, a1, _ in found)


def test_two_sides_that_traded_strikes_strike_each_other(events: Events) -> None:
    found = _briefs(events, "Armenia and Azerbaijan traded strikes along the border.")
    assert {("190", "ARM", "AZE"), ("190", "AZE", "ARM")} <= found


def test_strikes_launched_on_a_country_are_one_act(events: Events) -> None:
    found = [brief(m) for m in events("Israel launched missile strikes on Syria on Monday.")]
    assert found == [("195", "ISR", "SYR")]


@parsed
def test_a_protest_lodged_with_an_ambassador_targets_the_ambassador(events: Events) -> None:
    found = _briefs(events, "Romania lodged a formal protest with the Russian ambassador.")
    assert ("114", "ROU", "RUS") in found


def test_a_joint_act_after_two_named_states_is_theirs(events: Events) -> None:
    text = "Iran and Belarus held talks in Minsk. The two countries signed an agreement on Monday."
    assert ("057", "IRN", "BLR") in _briefs(events, text)


@parsed
def test_a_relative_clause_keeps_its_own_date() -> None:
    parser = load_parser("parser")
    assert parser is not None
    text = "Russia deployed troops months after an incursion that Ukraine launched in August."
    parse = parser.parse(text, 0)
    spans = foreign_spans(parse, text.index("deployed"))
    august = text.index("August")
    assert any(lo <= august < hi for lo, hi in spans)
    assert foreign_spans(parse, text.index("launched")) == []  # the clause's own act


def test_the_rules_alone_still_extract_without_the_parser(extractor: Extractor) -> None:
    alone = Extractor(extractor.taxonomy, extractor.rules)  # no parser
    document = Document(
        id="t", text="Moldova expelled a Russian diplomat.", published=date(2024, 1, 2)
    )
    found = [
        (c, a1, a2[:3] if a2 else None)
        for c, a1, a2 in map(brief, alone.extract(document).mentions)
    ]
    assert found == [("174", "MDA", "RUS")]
