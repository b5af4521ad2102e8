"""Analysis of competing hypotheses (Heuer): the arithmetic over one matrix.

Rows are evidence (resolved events), columns hypotheses; each cell says how the
evidence bears on the hypothesis: ``CC`` very consistent, ``C`` consistent, ``N``
neutral or not applicable, ``I`` inconsistent, ``II`` very inconsistent. A row weighs
what its grade is worth (``Evidence.weight``, 0..1).

- Heuer's inconsistency score of a hypothesis: the weighted count of the evidence
  against it, ``sum(weight * {I: 1, II: 2})``. Heuer ranks by it: the hypothesis with
  the least evidence against it is the one to hold.
- A cell stands for a likelihood of the evidence under the hypothesis, relative to the
  others (``LIKELIHOOD``: CC 4, C 2, N 1, I 1/2, II 1/4). A weaker row moves belief less:
  its likelihood counts as ``L ** weight``. The posterior is
  ``prior * prod(L ** weight)``, normalised to sum to 1 (computed in logarithms).
- A row's diagnosticity: ``weight * log2(max L / min L)`` over its cells, in bits; 0
  when every hypothesis explains it equally well (evidence that decides nothing).
- Sensitivity: the rows whose removal alone would change the leading hypothesis.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

LIKELIHOOD = {"CC": 4.0, "C": 2.0, "N": 1.0, "I": 0.5, "II": 0.25}
INCONSISTENCY = {"I": 1.0, "II": 2.0}
CELLS = tuple(LIKELIHOOD)


@dataclass(frozen=True, slots=True)
class Row:
    """One piece of evidence: its key (an event id), weight and a cell per hypothesis."""

    key: str
    weight: float
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    hypotheses: tuple[str, ...]
    priors: tuple[float, ...]
    rows: tuple[Row, ...]

    def __post_init__(self) -> None:
        if len(self.priors) != len(self.hypotheses):
            raise ValueError("one prior per hypothesis")
        for row in self.rows:
            if len(row.cells) != len(self.hypotheses):
                raise ValueError(f"row {row.key}: one cell per hypothesis")
            if unknown := [c for c in row.cells if c not in LIKELIHOOD]:
                raise ValueError(f"row {row.key}: unknown cells {unknown}")


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the matrix says: per hypothesis (in the matrix's order) its inconsistency
    score and posterior; per row its diagnosticity; the leading hypothesis (index) and
    the rows whose removal alone would change it."""

    inconsistency: tuple[float, ...]
    posteriors: tuple[float, ...]
    diagnosticity: dict[str, float]
    leading: int
    sensitive_rows: tuple[str, ...]


def inconsistency_scores(matrix: Matrix) -> tuple[float, ...]:
    return tuple(
        sum(row.weight * INCONSISTENCY.get(row.cells[h], 0.0) for row in matrix.rows)
        for h in range(len(matrix.hypotheses))
    )


def diagnosticity(row: Row) -> float:
    likelihoods = [LIKELIHOOD[c] for c in row.cells]
    return row.weight * math.log2(max(likelihoods) / min(likelihoods))


def posteriors(matrix: Matrix, without: Collection[str] = ()) -> tuple[float, ...]:
    """The normalised posterior of each hypothesis, leaving out the rows ``without``."""
    total_prior = sum(matrix.priors)
    logs = [math.log(p / total_prior) for p in matrix.priors]
    for row in matrix.rows:
        if row.key in without:
            continue
        for h, cell in enumerate(row.cells):
            logs[h] += row.weight * math.log(LIKELIHOOD[cell])
    top = max(logs)
    odds = [math.exp(value - top) for value in logs]
    return tuple(o / sum(odds) for o in odds)


def leading(values: Sequence[float]) -> int:
    """The index of the largest value; a tie goes to the first hypothesis listed."""
    return max(range(len(values)), key=lambda i: (values[i], -i))


def analyse(matrix: Matrix) -> Analysis:
    post = posteriors(matrix)
    lead = leading(post)
    sensitive = tuple(
        row.key for row in matrix.rows if leading(posteriors(matrix, {row.key})) != lead
    )
    return Analysis(
        inconsistency=inconsistency_scores(matrix),
        posteriors=post,
        diagnosticity={row.key: diagnosticity(row) for row in matrix.rows},
        leading=lead,
        sensitive_rows=sensitive,
    )
