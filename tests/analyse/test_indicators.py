"""Indicator sets: loaded and validated with file:line errors; evaluated on events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watchfloor.analyse.indicators import evaluate, load_indicator_sets, sets_for
from watchfloor.errors import DataFileError
from watchfloor.models import Certainty

from .conftest import evidence

SET = """\
name: test
focus: KOR
question: Will it grow?
baseline: 0.1
adversaries: [PRK]
indicators:
  - id: forces-abroad
    title: Forces abroad
    implies: Combat experience.
    weight: 0.5
    window_days: 365
    min_grade: C3
    min_corroboration: 3
    match:
      - {codes: ["072"], actor1: [adversary], actor2: [foreign], units: [troops]}
  - id: treaty
    title: Treaty
    implies: Obligations.
    weight: 0.3
    min_events: 2
    match:
      - {codes: ["057"], actor1: [adversary], actor2: [RUS], either_way: true}
"""


def write(tmp_path: Path, text: str, name: str = "set.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_sets_load_and_the_seed_set_comes_first_for_kor() -> None:
    sets = load_indicator_sets()
    ids = {i.id for s in sets for i in s.indicators}
    assert {"forces-abroad", "foreign-training", "defence-treaty", "arms-transfers"} <= ids
    assert [s.focus for s in sets_for(sets, "kor")] == ["KOR", None]
    assert [s.focus for s in sets_for(sets, "JPN")] == [None]


def test_grade_or_corroboration_window_units_and_roles(tmp_path: Path) -> None:
    (indicator_set,) = load_indicator_sets([write(tmp_path, SET)])
    events = [
        evidence("good", "072", "PRKMIL", "RUS", grade="B2", units=("troops",)),
        evidence(
            "weak-but-corroborated",
            "072",
            "PRK",
            "RUS",
            grade="F4",
            corroboration=3,
            units=("troops",),
        ),
        evidence("weak", "072", "PRK", "RUS", grade="F4", corroboration=1, units=("troops",)),
        evidence("old", "072", "PRK", "RUS", day=date(2022, 1, 1), units=("troops",)),
        evidence("shells", "072", "PRK", "RUS", units=("shells",)),
        evidence("to-the-focus", "072", "PRK", "KOR", units=("troops",)),
        evidence("denied", "072", "PRK", "RUS", units=("troops",), certainty=Certainty.DENIED),
    ]
    forces, treaty = evaluate(indicator_set, events, "KOR", date(2024, 12, 31))
    assert forces.fired and [h.evidence.event_id for h in forces.hits] == [
        "good",
        "weak-but-corroborated",
    ]
    assert "actor1 adversary (PRK)" in forces.hits[0].why
    assert "grade B2" in forces.hits[0].why
    assert forces.strength == pytest.approx(0.64)  # B2: 0.8 * 0.8
    assert not treaty.fired and treaty.strength == 0.0


def test_min_events_and_either_way(tmp_path: Path) -> None:
    (indicator_set,) = load_indicator_sets([write(tmp_path, SET)])
    events = [evidence("a", "057", "RUSGOV", "PRK"), evidence("b", "057", "PRKGOV", "RUS")]
    _, treaty = evaluate(indicator_set, events, "KOR", None)
    assert treaty.fired and len(treaty.hits) == 2
    _, one = evaluate(indicator_set, events[:1], "KOR", None)
    assert not one.fired and len(one.hits) == 1


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("    weight: 0.5\n", "    weight: 5\n", 10, "'weight' must be between 0 and 1"),
        ("    weight: 0.5\n", "    wieght: 0.5\n", 10, "unknown key 'wieght'"),
        ('["072"]', "[72x]", 15, "'72x' is not a CAMEO code prefix"),
        ("actor1: [adversary]", "actor1: [enemy!]", 15, "neither a role"),
        ("    min_grade: C3\n", "    min_grade: Z9\n", 12, "not an Admiralty grade"),
        ("  - id: treaty\n", "  - id: forces-abroad\n", 16, "already defined at"),
        ("adversaries: [PRK]", "adversaries: [NORTHKOREA]", 5, "three-letter"),
        ("    min_events: 2\n", "    min_events: 0\n", 20, "at least 1"),
        ('    match:\n      - {codes: ["057"]', "    match: []\n      #", 21, "pattern"),
    ],
)
def test_mistakes_name_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in SET
    path = write(tmp_path, SET.replace(old, new, 1))
    with pytest.raises(DataFileError, match=message) as caught:
        load_indicator_sets([path])
    assert (caught.value.path, caught.value.line) == (str(path), line)
