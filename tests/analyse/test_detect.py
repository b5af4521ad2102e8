from __future__ import annotations

import math
import random

import pytest

from watchfloor.analyse.detect import (
    CONTINUED,
    SPIKE,
    SUSTAINED,
    TREND,
    Baseline,
    DetectorSettings,
    acled_trend,
    detect,
    fit_baseline,
)


def noisy(mean: float, weeks: int, seed: int, size: float = 3.0) -> list[float]:
    """Over-dispersed counts: a gamma-distributed rate, then a Poisson draw."""
    rng = random.Random(seed)
    counts = []
    for _ in range(weeks):
        rate = rng.gammavariate(size, mean / size)
        k, total = 0, rng.expovariate(1.0)
        while total < rate:
            k += 1
            total += rng.expovariate(1.0)
        counts.append(float(k))
    return counts


def test_a_sustained_rise_is_found_where_it_began() -> None:
    counts = [2.0, 1.0, 3.0, 2.0, 1.0, 2.0, 3.0, 1.0, 2.0, 2.0, 1.0, 2.0] * 2 + [7.0, 8.0, 9.0]
    found = detect(counts)
    assert len(found) == 1
    assert found[0].change in (SUSTAINED, SPIKE)
    assert found[0].onset == 24 and found[0].detected in (24, 25)
    assert found[0].expected == pytest.approx(1.9, abs=0.3)


def test_quiet_on_over_dispersed_noise_where_the_trend_rule_fires() -> None:
    streams = [noisy(6.0, 104, seed) for seed in range(10)]  # 20 dyad-years, no escalation
    ours = sum(len(detect(counts)) for counts in streams)
    trend = sum(len(acled_trend(counts)) for counts in streams)
    assert trend >= 100 and ours * 3 <= trend  # the backtest's goal is 30% fewer


@pytest.mark.parametrize("seed", range(5))
def test_fires_on_a_planted_escalation_in_noise(seed: int) -> None:
    counts = noisy(4.0, 60, seed) + [c * 3 for c in noisy(4.0, 6, seed + 100)]
    found = detect(counts)
    assert any(60 <= d.detected <= 65 for d in found)


def test_low_count_guard() -> None:
    counts = [0.0] * 20 + [2.0, 2.0, 2.0, 2.0]
    assert detect(counts) == []
    assert detect(counts, DetectorSettings(min_count=2)) != []
    assert acled_trend(counts) == []


def test_one_alert_per_episode() -> None:
    counts = [1.0] * 20 + [10.0] * 3 + [1.0] * 10
    found = detect(counts, DetectorSettings(max_episode=8))
    assert [(d.onset, d.detected, d.change) for d in found] == [(20, 20, SUSTAINED)]


def test_a_lasting_rise_becomes_the_new_normal() -> None:
    """It alerts once, then says the rise goes on while the baseline catches up, then
    falls quiet at the new level."""
    found = detect([1.0] * 20 + [10.0] * 40, DetectorSettings(max_episode=3))
    assert found[0].onset == 20 and found[0].change == SUSTAINED
    assert {d.change for d in found[1:]} == {CONTINUED}
    assert found[-1].detected < 45


def test_a_spike_alerts_by_itself() -> None:
    counts = [5.0, 6.0, 4.0, 5.0, 6.0, 5.0, 4.0, 6.0, 5.0, 5.0, 30.0]
    found = detect(counts, DetectorSettings(threshold=1000))
    assert [(d.change, d.onset, d.detected) for d in found] == [(SPIKE, 10, 10)]
    assert found[0].p_value < 0.001


def test_baseline_fit_is_poisson_or_negative_binomial() -> None:
    assert fit_baseline([2.0, 2.0, 3.0, 1.0]).size is None
    wide = fit_baseline([0.0, 10.0, 1.0, 12.0, 0.0, 9.0])
    assert wide.size is not None and wide.size < 5
    assert fit_baseline([]).mean > 0  # silence is not a zero rate


@pytest.mark.parametrize("size", [None, 2.0])
def test_upper_tail_is_one_minus_the_cdf(size: float | None) -> None:
    base = Baseline(3.0, size)
    pmf = [base.upper_tail(k) - base.upper_tail(k + 1) for k in range(60)]
    assert sum(pmf) == pytest.approx(1.0, abs=1e-9)
    assert sum(k * p for k, p in enumerate(pmf)) == pytest.approx(3.0, abs=1e-6)
    if size is None:
        assert pmf[0] == pytest.approx(math.exp(-3.0))


def test_acled_trend_merges_consecutive_weeks() -> None:
    found = acled_trend([4.0, 4.0, 4.0, 4.0, 6.0, 9.0, 14.0, 4.0])
    assert [(d.change, d.onset, d.detected) for d in found] == [(TREND, 4, 4)]
