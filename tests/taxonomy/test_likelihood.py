"""ICD 203's expressions of likelihood (taxonomy/data/icd203.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.taxonomy.likelihood import likelihood_scale, load_likelihood_scale

HEADER = "low\thigh\tterm\tthreat_level\tsynonyms\n"


def test_the_packaged_scale_is_icd203s_seven_bands() -> None:
    scale = likelihood_scale()
    assert [(b.low, b.high) for b in scale.bands] == [
        (1, 5), (5, 20), (20, 45), (45, 55), (55, 80), (80, 95), (95, 99)]  # fmt: skip
    assert [b.term for b in scale.bands] == [
        "almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely",
        "very likely", "almost certain"]  # fmt: skip
    assert len(scale.terms) == 14
    assert scale.band_named("Highly Probable") == scale.band_named("very likely")


@pytest.mark.parametrize(
    ("probability", "term"),
    [(0.0, "almost no chance"), (0.05, "almost no chance"), (0.0501, "very unlikely"),
     (0.55, "roughly even chance"), (0.5501, "likely"), (0.8, "likely"), (1.0, "almost certain")],
)  # fmt: skip
def test_a_boundary_belongs_to_the_band_below(probability: float, term: str) -> None:
    assert likelihood_scale().band_of(probability).term == term


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("1\t5\tremote\tminimal\n6\t99\tlikely\thigh\n", r":3: band 6-99 must start at 5"),
        ("1\t50\tlikely\tlow\n50\t99\tLikely\thigh\n", r":3: likely already names"),
        ("1\t5\tremote\tminimal\n5\t90\tlikely\thigh\n", r"must end at 99"),
        ("1\tfive\tremote\tminimal\n", r":2: low and high must be whole percents"),
        ("1\t99\tlikely\t\n", r":2: empty 'threat_level'"),
    ],
)
def test_a_bad_scale_is_named_by_file_and_line(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "icd203.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_likelihood_scale(path)
