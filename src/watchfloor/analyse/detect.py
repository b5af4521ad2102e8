"""Escalation detection over a count series (events per period), online: each period is
judged only on the periods before it.

The baseline is a negative binomial fitted by moments to the last ``baseline_periods``
quiet periods (``fit_baseline``): news-driven event counts are over-dispersed (their
variance exceeds their mean), and a Poisson baseline would cry wolf at every busy week.
Two tests run on it, as in Farrington's outbreak detection and Page's CUSUM:

- a **sustained rise**: a CUSUM of the log-likelihood ratio of "the mean rose to
  ``shift`` times the baseline (and by at least ``min_shift``)" against "it did not";
  an alert when it passes ``threshold``. The rise began in the first period of the run
  that took the sum above zero: that is the alert's onset.
- a **spike**: one period whose count is so unlikely under the baseline (upper tail
  probability below ``spike_p``) that it alerts by itself.

The low-count guard: no alert for a period with fewer than ``min_count`` events. Periods
of an alert's episode are kept out of the baseline (an escalation must not teach the
baseline that escalation is normal) until the sum falls back to zero, or for at most
``max_episode`` periods, after which the new level joins the baseline; while it
catches up, a rise that goes on alerts again as a ``continued rise``.

``acled_trend`` is the rule of ACLED's trend tool, for comparison (``bench/alerts.py``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

SUSTAINED = "sustained rise"
SPIKE = "spike"
CONTINUED = "continued rise"  # alerts again after ``max_episode`` periods of one rise
TREND = "trend"


@dataclass(frozen=True, slots=True)
class DetectorSettings:
    """The defaults are those of ``analyse/data/alerts.yaml``, tuned by ``bench/alerts.py``."""

    baseline_periods: int = 26
    min_baseline_periods: int = 4
    shift: float = 1.25
    min_shift: float = 1.0
    threshold: float = 1.0
    spike_p: float = 0.001
    min_count: int = 3
    max_episode: int = 3
    gap: int = 1  # the latest periods, left out of the baseline: a rise starts unnoticed
    prior_mean: float = 0.5  # events added to the baseline's total: silence is not a zero rate


@dataclass(frozen=True, slots=True)
class Baseline:
    """A negative binomial of this mean and size (``size`` None: Poisson)."""

    mean: float
    size: float | None

    def upper_tail(self, count: int) -> float:
        """P(Y >= count)."""
        if count <= 0:
            return 1.0
        below, pmf = 0.0, self._pmf0()
        for k in range(count):
            below += pmf
            pmf *= self._ratio(k)
        return max(0.0, 1.0 - below)

    def log_ratio(self, count: float, risen: float) -> float:
        """log P(count | mean ``risen``) - log P(count | this mean), same size."""
        m, r = self.mean, self.size
        if r is None:
            return count * math.log(risen / m) - (risen - m)
        return count * math.log(risen * (r + m) / (m * (r + risen))) + r * math.log(
            (r + m) / (r + risen)
        )

    def _pmf0(self) -> float:
        if self.size is None:
            return math.exp(-self.mean)
        return float((self.size / (self.size + self.mean)) ** self.size)

    def _ratio(self, k: int) -> float:
        """pmf(k + 1) / pmf(k)."""
        if self.size is None:
            return self.mean / (k + 1)
        return (k + self.size) / (k + 1) * self.mean / (self.size + self.mean)


@dataclass(frozen=True, slots=True)
class Detection:
    """An alert on a count series: the period the rise began (``onset``), the period at
    whose end it was seen (``detected``), the CUSUM sum then (``score``), the tail
    probability of that period's count, the baseline mean and the count observed."""

    onset: int
    detected: int
    change: str
    score: float
    p_value: float
    expected: float
    observed: float


def fit_baseline(history: Sequence[float], prior_mean: float = 0.5) -> Baseline:
    """Moments of ``history``, ``prior_mean`` events added to its total; over-dispersed
    (variance above the mean) gives a negative binomial, else a Poisson."""
    n = len(history)
    mean = (sum(history) + prior_mean) / max(n, 1)
    if n < 2:
        return Baseline(mean, None)
    plain = sum(history) / n
    variance = sum((x - plain) ** 2 for x in history) / (n - 1)
    if variance <= mean * 1.05:
        return Baseline(mean, None)
    return Baseline(mean, min(1000.0, max(0.5, mean * mean / (variance - mean))))


def detect(
    counts: Sequence[float],
    settings: DetectorSettings = DetectorSettings(),
) -> list[Detection]:
    """Alerts over ``counts`` (module docstring), one per episode."""
    s = settings
    quiet: list[tuple[int, float]] = []  # (period, count) of periods in no alerted episode
    run = _Run()
    found: list[Detection] = []
    lasting = -2  # the last period of the latest episode that ran to max_episode
    for t, count in enumerate(counts):
        usable = [c for i, c in quiet if i < t - s.gap]
        if len(usable) < s.min_baseline_periods:
            quiet.append((t, count))
            continue
        base = fit_baseline(usable[-s.baseline_periods :], s.prior_mean)
        risen = max(base.mean * s.shift, base.mean + s.min_shift)
        run.add(t, count, base.log_ratio(count, risen))
        p_value = base.upper_tail(math.ceil(count))
        fires = run.total > s.threshold or p_value < s.spike_p
        if run.alerted_at is None and count >= s.min_count and fires:
            change = SUSTAINED if run.total > s.threshold else SPIKE
            onset = run.onset() if change == SUSTAINED else t
            change = CONTINUED if onset <= lasting + 1 else change
            found.append(Detection(onset, t, change, round(run.total, 3), p_value,
                                   round(base.mean, 3), count))  # fmt: skip
            run.alerted_at = t
            quiet = [(i, c) for i, c in quiet if i < onset]  # the rise is no baseline
        if run.alerted_at is None:
            quiet.append((t, count))
        episode_over = run.alerted_at is not None and t - run.alerted_at + 1 >= s.max_episode
        if episode_over:  # a rise that lasts is the new normal
            quiet += [(i, c) for i, c in run.periods() if i >= found[-1].onset]
            lasting = t
        if run.total <= 0 or episode_over:
            run = _Run()
    return found


class _Run:
    """The periods since the CUSUM last stood at zero: their counts (kept out of the
    baseline meanwhile), the sum after each, and when the run alerted."""

    def __init__(self) -> None:
        self.start = 0
        self.counts: list[float] = []
        self.sums: list[float] = []
        self.alerted_at: int | None = None

    @property
    def total(self) -> float:
        return self.sums[-1] if self.sums else 0.0

    def add(self, t: int, count: float, step: float) -> None:
        if not self.counts:
            self.start = t
        self.counts.append(count)
        self.sums.append(max(0.0, self.total + step))

    def periods(self) -> list[tuple[int, float]]:
        return [(self.start + k, c) for k, c in enumerate(self.counts)]

    def onset(self) -> int:
        """The most likely first period of the rise: the one after the sum's last lowest
        point in the run (the maximum-likelihood change point)."""
        lowest, at = 0.0, 0
        for index, value in enumerate(self.sums[:-1]):
            if value <= lowest:
                lowest, at = value, index + 1
        return self.start + at


def acled_trend(
    counts: Sequence[float], *, rise: float = 0.25, window: int = 4, min_count: int = 3
) -> list[Detection]:
    """ACLED's trend rule: a period more than ``rise`` above the average of the
    ``window`` before it, with at least ``min_count`` events (the low-count guard).
    Consecutive flagged periods are one alert, seen in the first of them."""
    found: list[Detection] = []
    flagged_before = False
    for t in range(window, len(counts)):
        average = sum(counts[t - window : t]) / window
        flagged = counts[t] >= min_count and counts[t] > (1 + rise) * average
        if flagged and not flagged_before:
            score = counts[t] / average if average else float(counts[t])
            found.append(Detection(t, t, TREND, round(score, 3), 1.0, round(average, 3),
                                   counts[t]))  # fmt: skip
        flagged_before = flagged
    return found
