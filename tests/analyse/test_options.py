"""The playbook: options relevant when their indicators fire, with the evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.analyse.indicators import Hit, Indicator, IndicatorResult, load_indicator_sets
from watchfloor.analyse.options import check_indicators, load_playbook, relevant_options
from watchfloor.analyse.patterns import Pattern
from watchfloor.errors import DataFileError

from .conftest import evidence

BOOK = """\
name: test
options:
  - id: sanctions
    title: Sanctions
    indicators: [a, b]
    immediate: Isolation.
    long_term: Collapse.
    sources: [seed]
  - id: talks
    title: Talks
    indicators: [a, b]
    require: all
    immediate: Dialogue.
    long_term: De-escalation.
    sources: [seed]
"""


def fired(name: str, *event_ids: str) -> IndicatorResult:
    indicator = Indicator(name, name, "x", 0.5, (Pattern(("072",)),))
    hits = tuple(Hit(evidence(e, "072", "PRK", "RUS"), "why") for e in event_ids)
    return IndicatorResult(indicator, bool(hits), hits, 0.5 if hits else 0.0)


def test_any_or_all_and_the_evidence_once(tmp_path: Path) -> None:
    path = tmp_path / "book.yaml"
    path.write_text(BOOK, encoding="utf-8")
    book = load_playbook(path)
    only_a = relevant_options(book, [fired("a", "e1", "e2"), fired("b")])
    assert [(o.option.id, o.fired) for o in only_a] == [("sanctions", ("a",))]
    both = relevant_options(book, [fired("a", "e1"), fired("b", "e1", "e3")])
    assert [o.option.id for o in both] == ["sanctions", "talks"]
    assert [h.evidence.event_id for h in both[1].evidence] == ["e1", "e3"]
    assert relevant_options(book, [fired("a"), fired("b")]) == []


def test_the_packaged_playbook_names_only_known_indicators() -> None:
    book = load_playbook()
    check_indicators(book, {i.id for s in load_indicator_sets() for i in s.indicators})
    assert {"sanctions", "diplomatic-engagement", "military-readiness"} <= {
        o.id for o in book.options
    }
    sanctions = next(o for o in book.options if o.id == "sanctions")
    assert sanctions.immediate == "Heightened isolation of North Korea."
    assert sanctions.long_term == "Possible economic collapse."


def test_an_unknown_indicator_or_bad_require_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "book.yaml"
    path.write_text(BOOK, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"book.yaml:5: option 'sanctions' names indicator 'b'"):
        check_indicators(load_playbook(path), {"a"})
    path.write_text(BOOK.replace("require: all", "require: most"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"book.yaml:12: .*'require' must be 'any' or 'all'"):
        load_playbook(path)
