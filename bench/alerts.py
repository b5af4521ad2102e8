"""Backtest of escalation alerts on generated event streams with known answers.

    .venv/bin/python bench/alerts.py [--streams 100] [--no-tune]

Each stream is one dyad's conflict events over three years (156 weeks): a weekly rate
drawn log-uniformly between 0.5 and 20 events, with a seasonal swing of up to 30% and
gamma-distributed noise on the rate (negative-binomial counts, size 1.5 to 20: news is
bursty). Half the streams are controls; the other half carry one planted escalation:
from a week between 30 and 140, for 3 to 10 weeks, the rate multiplied by 2 to 4 (and
at least 4 events a week; its first week half-way up). Each count becomes that many
events on days of its week, and the alerts run on them as ``watchfloor alerts`` does
(``analyse.alerts.stream_alerts``).

An escalation is detected by an alert seen from its first week to two weeks after its
end; the delay runs from the Monday of its first week to the day the alert is seen (the
last day of a week: 6 days at best). Every other alert is a false alarm. Figures:
detection rate, median delay, false alarms per dyad-year, for watchfloor's detector and
for ACLED's trend rule (a week more than 25% above the average of the four before it,
with at least 3 events: the same low-count guard as ours).

The detector's settings are tuned on the training seeds (the most detections with at
most 70% of the trend rule's false alarms there) and reported on different seeds. A
script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import math
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from watchfloor.analyse.alert_rules import Kind, load_alert_rules
from watchfloor.analyse.alerts import Detector, acled_detector, stream_alerts
from watchfloor.analyse.detect import DetectorSettings, detect
from watchfloor.analyse.series import DatedEvent

TRAIN_SEEDS = (11, 12, 13)
TEST_SEEDS = (21, 22, 23)
WEEKS = 156
START = date(2022, 1, 3)  # a Monday
CONFLICT = Kind("conflict", "quad classes 3 and 4", frozenset({3, 4}), ())
GRID = {
    "baseline_periods": (12, 26),
    "threshold": (1.0, 1.5, 2.0, 3.0, 4.0),
    "shift": (1.25, 1.5, 2.0, 3.0),
    "spike_p": (1e-3, 1e-2),
    "max_episode": (2, 3, 8),
}


@dataclass(frozen=True, slots=True)
class Stream:
    name: str
    events: tuple[DatedEvent, ...]
    counts: tuple[float, ...]  # events per week, for tuning (the report runs on events)
    onset: date | None  # Monday of the escalation's first week; None for a control
    end: date | None  # the last day an alert still counts as detecting it


@dataclass(frozen=True, slots=True)
class Figures:
    detected: int
    escalations: int
    delays: tuple[int, ...]
    false_alarms: int
    dyad_years: float

    @property
    def rate(self) -> float:
        return self.detected / self.escalations if self.escalations else 0.0

    @property
    def false_per_year(self) -> float:
        return self.false_alarms / self.dyad_years

    @property
    def median_delay(self) -> float:
        return statistics.median(self.delays) if self.delays else math.nan


def generate(seed: int, count: int) -> list[Stream]:
    rng = np.random.default_rng(seed)
    return [_stream(rng, f"s{seed}-{i}", escalated=i % 2 == 1) for i in range(count)]


def _stream(rng: np.random.Generator, name: str, escalated: bool) -> Stream:
    level = math.exp(rng.uniform(math.log(0.5), math.log(20.0)))
    size = rng.uniform(1.5, 20.0)
    phase, swing = rng.uniform(0, 2 * math.pi), rng.uniform(0.0, 0.3)
    rates = [level * (1 + swing * math.sin(2 * math.pi * w / 52 + phase)) for w in range(WEEKS)]
    onset = end = None
    if escalated:
        first, weeks = int(rng.integers(30, 141)), int(rng.integers(3, 11))
        factor = max(rng.uniform(2.0, 4.0), 4.0 / level)
        for w in range(first, min(WEEKS, first + weeks)):
            rates[w] *= (1 + factor) / 2 if w == first else factor
        onset = START + timedelta(weeks=first)
        end = START + timedelta(weeks=first + weeks + 2) - timedelta(days=1)
    counts = rng.poisson(rng.gamma(size, np.array(rates) / size))
    events = []
    for week, n in enumerate(counts):
        for k in range(int(n)):
            day = START + timedelta(weeks=week, days=(k * 7) // int(n))
            events.append(DatedEvent(f"{name}-{week}-{k}", day, "190", -10.0, "B", 3))
    return Stream(name, tuple(events), tuple(float(c) for c in counts), onset, end)


def score(streams: Sequence[Stream], detector: Detector, *, quick: bool = False) -> Figures:
    """``quick``: run the detector on the weekly counts directly (for tuning); else on
    the events, through ``stream_alerts``."""
    detected, delays, false_alarms = 0, [], 0
    for stream in streams:
        seen = _quick(stream, detector) if quick else _alerted(stream, detector)
        hits = [day for day in seen if _hits(stream, day)]
        false_alarms += len(seen) - len(hits)
        if hits and stream.onset is not None:
            detected += 1
            delays.append((hits[0] - stream.onset).days)
    escalations = sum(1 for s in streams if s.onset is not None)
    return Figures(detected, escalations, tuple(delays), false_alarms, len(streams) * WEEKS / 52)


def _alerted(stream: Stream, detector: Detector) -> list[date]:
    """The days alerts are seen on, from the stream's events."""
    if not stream.events:
        return []
    last = START + timedelta(weeks=WEEKS) - timedelta(days=1)
    # the series starts at the first event: its weeks are the stream's from there on
    alerts = stream_alerts(stream.name, CONFLICT, stream.events, DetectorSettings(),
                           as_of=last, detector=detector)  # fmt: skip
    return [a.detected for a in alerts]


def _quick(stream: Stream, detector: Detector) -> list[date]:
    first = next((w for w, c in enumerate(stream.counts) if c), len(stream.counts))
    found = detector(stream.counts[first:])
    return [START + timedelta(weeks=first + d.detected, days=6) for d in found]


def _hits(stream: Stream, day: date) -> bool:
    if stream.onset is None or stream.end is None:
        return False
    return stream.onset <= day <= stream.end


def ours(settings: DetectorSettings) -> Detector:
    return lambda counts: detect(counts, settings)


def tune(streams: Sequence[Stream], base: DetectorSettings) -> tuple[DetectorSettings, Figures]:
    """The settings with the most detections at <= 70% of the trend rule's false alarms."""
    budget = 0.7 * score(streams, acled_detector(base.min_count), quick=True).false_alarms
    best: tuple[tuple[float, float], DetectorSettings, Figures] | None = None
    for values in itertools.product(*GRID.values()):
        settings = replace(base, **dict(zip(GRID, values, strict=True)))  # type: ignore[arg-type]
        figures = score(streams, ours(settings), quick=True)
        if figures.false_alarms > budget:
            continue
        rank = (figures.rate, -figures.false_alarms)
        if best is None or rank > best[0]:
            best = (rank, settings, figures)
    if best is None:
        raise SystemExit("no setting of the grid keeps false alarms within the budget")
    return best[1], best[2]


def report(title: str, streams: Sequence[Stream], settings: DetectorSettings) -> None:
    rows = [("watchfloor (NB + CUSUM)", score(streams, ours(settings))),
            ("ACLED trend rule", score(streams, acled_detector(settings.min_count)))]  # fmt: skip
    print(f"\n{title}: {len(streams)} streams, {rows[0][1].escalations} planted escalations, "
          f"{rows[0][1].dyad_years:.0f} dyad-years")  # fmt: skip
    print("| method | detection rate | median delay (days) | false alarms per dyad-year |")
    print("|---|---|---|---|")
    for name, f in rows:
        print(f"| {name} | {f.rate:.3f} ({f.detected}/{f.escalations}) | {f.median_delay:.0f} "
              f"| {f.false_per_year:.3f} ({f.false_alarms}) |")  # fmt: skip
    ratio = rows[0][1].false_alarms / rows[1][1].false_alarms if rows[1][1].false_alarms else 0
    print(f"false alarms: {100 * (1 - ratio):.0f}% fewer than the trend rule")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=100, help="streams per seed")
    parser.add_argument("--no-tune", action="store_true", help="use the packaged settings")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    base = load_alert_rules().detector
    train = [s for seed in TRAIN_SEEDS for s in generate(seed, args.streams)]
    test = [s for seed in TEST_SEEDS for s in generate(seed, args.streams)]
    settings = base
    if not args.no_tune:
        settings, _ = tune(train, base)
        print("tuned on seeds", TRAIN_SEEDS, ":", {k: getattr(settings, k) for k in GRID})
    report(f"training seeds {TRAIN_SEEDS}", train, settings)
    report(f"test seeds {TEST_SEEDS}", test, settings)
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
