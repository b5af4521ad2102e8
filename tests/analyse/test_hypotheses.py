"""Hypotheses from YAML: cells from event signatures, analysts' overrides, errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from watchfloor.analyse.hypotheses import build_matrix, load_hypotheses
from watchfloor.errors import DataFileError
from watchfloor.store import CellOverride

from .conftest import evidence

FILE = """\
name: test
question: Why?
adversaries: [PRK]
hypotheses:
  - id: money
    title: Money
    description: Paid.
    predicts:
      - {codes: ["071"], actor1: [RUS], actor2: [adversary], strong: true}
    argues_against:
      - {codes: ["057"], actor1: [adversary], actor2: [RUS], either_way: true}
  - id: treaty
    title: Treaty
    description: Bound.
    prior: 0.25
    predicts:
      - {codes: ["057"], actor1: [adversary], actor2: [RUS], either_way: true, strong: true}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hypotheses.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_hypotheses_are_the_seed_motives() -> None:
    found = load_hypotheses()
    assert [h.id for h in found.hypotheses] == [
        "economic-gain",
        "combat-training",
        "solidarity-treaty",
        "technology-transfer",
    ]
    assert found.priors() == pytest.approx((0.25, 0.25, 0.25, 0.25))


def test_cells_from_signatures_and_priors(tmp_path: Path) -> None:
    hypotheses = load_hypotheses(write(tmp_path, FILE))
    assert hypotheses.priors() == (0.75, 0.25)
    events = [
        evidence("aid", "071", "RUSGOV", "PRK", grade="A1"),
        evidence("pact", "057", "RUSGOV", "PRKGOV", grade="A1"),
        evidence("unrelated", "190", "UKR", "RUS"),
    ]
    result = build_matrix(hypotheses, events, "KOR")
    assert [e.event_id for e in result.evidence] == ["aid", "pact"]
    assert result.matrix.rows[0].cells == ("CC", "N")
    assert result.matrix.rows[1].cells == ("I", "CC")
    # money: 0.75 * 4 * 0.5 = 1.5; treaty: 0.25 * 1 * 4 = 1; posteriors 0.6 and 0.4
    assert result.analysis.posteriors == pytest.approx((0.6, 0.4))
    assert result.leading.id == "money"
    assert result.analysis.sensitive_rows == ("aid",)
    assert "predicted: code 071" in result.cells[0][0].why


def test_an_override_replaces_a_cell_and_the_latest_wins(tmp_path: Path) -> None:
    hypotheses = load_hypotheses(write(tmp_path, FILE))
    events = [evidence("aid", "071", "RUSGOV", "PRK", grade="A1")]
    early, late = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 2, tzinfo=UTC)
    overrides = [
        CellOverride("aid", "money", "I", "lee", late, "the aid was a loan"),
        CellOverride("aid", "money", "C", "kim", early),
        CellOverride("other", "money", "II", "kim", early),  # not among the evidence
    ]
    result = build_matrix(hypotheses, events, "KOR", overrides)
    cell = result.cells[0][0]
    assert (cell.value, cell.computed) == ("I", "CC")
    assert cell.override is not None and cell.override.analyst == "lee"
    assert "set to I by lee" in cell.why
    assert result.matrix.rows[0].cells == ("I", "N")


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("adversary], strong: true}", "adversary], strong: maybe}", 9, "true or false"),
        ("    prior: 0.25\n", "    prior: 1.5\n", 15, "'prior' must be between"),
        ("  - id: treaty\n", "  - id: money\n", 12, "given twice"),
        ("    description: Bound.\n", "", 12, "'description' is required"),
    ],
)
def test_mistakes_name_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in FILE
    path = write(tmp_path, FILE.replace(old, new, 1))
    with pytest.raises(DataFileError, match=message) as caught:
        load_hypotheses(path)
    assert caught.value.line == line
