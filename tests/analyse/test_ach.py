"""ACH arithmetic on small matrices worked out by hand."""

from __future__ import annotations

import math

import pytest

from watchfloor.analyse.ach import (
    Matrix,
    Row,
    analyse,
    diagnosticity,
    inconsistency_scores,
    leading,
    posteriors,
)


def test_one_full_weight_row_gives_the_likelihood_ratio() -> None:
    # C (2) against I (1/2), equal priors: odds 4:1, posteriors 0.8 and 0.2
    matrix = Matrix(("a", "b"), (0.5, 0.5), (Row("e1", 1.0, ("C", "I")),))
    assert posteriors(matrix) == pytest.approx((0.8, 0.2))
    assert inconsistency_scores(matrix) == (0.0, 1.0)
    assert diagnosticity(matrix.rows[0]) == pytest.approx(2.0)  # log2(2 / 0.5)


def test_a_weaker_row_moves_belief_less() -> None:
    # weight 0.5: likelihoods 2**0.5 and 0.5**0.5, ratio 2: posteriors 2/3 and 1/3
    matrix = Matrix(("a", "b"), (0.5, 0.5), (Row("e1", 0.5, ("C", "I")),))
    assert posteriors(matrix) == pytest.approx((2 / 3, 1 / 3))
    assert inconsistency_scores(matrix) == (0.0, 0.5)
    assert diagnosticity(matrix.rows[0]) == pytest.approx(1.0)


def test_three_hypotheses_three_rows_by_hand() -> None:
    matrix = Matrix(
        ("h1", "h2", "h3"),
        (1 / 3, 1 / 3, 1 / 3),
        (
            Row("e1", 1.0, ("CC", "C", "N")),  # 4, 2, 1
            Row("e2", 1.0, ("I", "C", "II")),  # 1/2, 2, 1/4
            Row("e3", 0.5, ("N", "N", "N")),  # 1, 1, 1: decides nothing
        ),
    )
    # products: h1 = 4 * 1/2 = 2, h2 = 2 * 2 = 4, h3 = 1 * 1/4 = 1/4; total 6.25
    assert posteriors(matrix) == pytest.approx((2 / 6.25, 4 / 6.25, 0.25 / 6.25))
    assert sum(posteriors(matrix)) == pytest.approx(1.0)
    # Heuer: h1 has one I (1), h2 none, h3 one II (2)
    assert inconsistency_scores(matrix) == (1.0, 0.0, 2.0)
    result = analyse(matrix)
    assert result.diagnosticity == pytest.approx({"e1": 2.0, "e2": 3.0, "e3": 0.0})
    assert result.leading == 1
    # without e2: h1 = 4, h2 = 2, h3 = 1, so h1 would lead; without e1: h2 still leads
    assert result.sensitive_rows == ("e2",)


def test_priors_count_and_need_not_sum_to_one() -> None:
    matrix = Matrix(("a", "b"), (3.0, 1.0), (Row("e1", 1.0, ("N", "C")),))
    # 3 * 1 against 1 * 2: 0.6 and 0.4
    assert posteriors(matrix) == pytest.approx((0.6, 0.4))


def test_removing_rows_and_ties() -> None:
    matrix = Matrix(("a", "b"), (0.5, 0.5), (Row("e1", 1.0, ("C", "N")),))
    assert posteriors(matrix, without={"e1"}) == pytest.approx((0.5, 0.5))
    assert leading((0.5, 0.5)) == 0  # a tie goes to the first listed


def test_posteriors_stay_finite_over_many_rows() -> None:
    rows = tuple(Row(f"e{i}", 1.0, ("CC", "II")) for i in range(600))
    values = posteriors(Matrix(("a", "b"), (0.5, 0.5), rows))
    assert all(math.isfinite(v) for v in values)
    assert values[0] == pytest.approx(1.0)


def test_malformed_matrices_are_refused() -> None:
    with pytest.raises(ValueError, match="one cell per hypothesis"):
        Matrix(("a", "b"), (0.5, 0.5), (Row("e1", 1.0, ("C",)),))
    with pytest.raises(ValueError, match="unknown cells"):
        Matrix(("a", "b"), (0.5, 0.5), (Row("e1", 1.0, ("C", "X")),))
