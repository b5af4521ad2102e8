"""Escalation alerts: when a watched dyad's or focal country's conflict or military
cooperation rises above its own baseline (``detect``), with the resolved events behind
each alert and their grades.

    rules = load_alert_rules()                  # or load_alert_rules(Path("my-rules.yaml"))
    for alert in find_alerts(store, rules, since=date(2024, 10, 1)):
        print(alert.dyad, alert.kind, alert.start, alert.detected, alert.events)

Each watched subject and kind is a count series per period, from the first period any
event of the subject falls in to the last period of the store (``as_of``); the detector
sees each period only with those before it, as it would have run week by week.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from watchfloor.analyse.alert_rules import AlertRules, Kind, Watch
from watchfloor.analyse.detect import Detection, DetectorSettings, acled_trend, detect
from watchfloor.analyse.series import (
    DatedEvent,
    bucket,
    dated_events,
    meets,
    next_period,
    parse_grade,
)
from watchfloor.resolve import SourceRegistry
from watchfloor.store import EventQuery, Store

Detector = Callable[[Sequence[float]], list[Detection]]


@dataclass(frozen=True, slots=True)
class Alert:
    """``dyad``: ``PRK-RUS`` (events both ways unless the watch is directed), or
    ``KOR-*`` for a focal country with anyone. ``start``: the first day of the period
    the rise began in; ``detected``: the last day of the period it was seen in (or the
    store's last day, for the current period). ``events``: the ids of the resolved
    events of the kind from start to detection, ``grades`` theirs in the same order."""

    dyad: str
    kind: str
    change: str
    start: date
    detected: date
    events: tuple[str, ...]
    grades: tuple[str, ...]
    score: float
    p_value: float
    expected: float
    observed: float
    period: str
    where: str = ""

    @property
    def key(self) -> str:
        """Names the alert across runs (notifications send each key once)."""
        return f"{self.dyad}/{self.kind}/{self.start.isoformat()}"

    def to_record(self) -> dict[str, object]:
        return {
            "dyad": self.dyad,
            "kind": self.kind,
            "change": self.change,
            "start": self.start.isoformat(),
            "detected": self.detected.isoformat(),
            "events": list(self.events),
            "grades": list(self.grades),
            "score": self.score,
            "p_value": float(f"{self.p_value:.3g}"),
            "expected": self.expected,
            "observed": self.observed,
            "period": self.period,
            "key": self.key,
            "rule": self.where,
        }


def find_alerts(
    store: Store,
    rules: AlertRules,
    *,
    since: date | None = None,
    as_of: date | None = None,
    registry: SourceRegistry | None = None,
) -> list[Alert]:
    """Every alert of the watchlist detected on or after ``since`` (all if None), up to
    ``as_of`` (the store's last event day if None), oldest detection first."""
    found: list[Alert] = []
    streams = list(_streams(store, rules, registry))
    days = [e.day for _, _, events in streams for e in events]
    last = as_of or max(days, default=None)
    if last is None:
        return []
    for watch, subject, events in streams:
        kept = [e for e in events if e.day <= last]
        for name in watch.kinds:
            found += stream_alerts(
                subject, rules.kinds[name], kept, rules.detector, by=rules.period,
                as_of=last, min_events=watch.min_events, where=watch.where,
            )  # fmt: skip
    chosen = {a.key: a for a in found if since is None or a.detected >= since}
    return sorted(chosen.values(), key=lambda a: (a.detected, a.dyad, a.kind))


def stream_alerts(
    subject: str,
    kind: Kind,
    events: Sequence[DatedEvent],
    settings: DetectorSettings,
    *,
    by: str = "week",
    as_of: date | None = None,
    min_events: int = 0,
    where: str = "",
    detector: Detector | None = None,
) -> list[Alert]:
    """The alerts of one subject's events of one kind. The series starts with the
    first event of ``events`` (of any kind: quiet periods before the first event of
    the kind are baseline too). ``detector``: ``detect`` with ``settings`` if None."""
    matching = [e for e in events if kind.matches(e)]
    if not matching or len(matching) < min_events:
        return []
    first = min(e.day for e in events)
    points = bucket(matching, by, since=first, until=as_of or max(e.day for e in events))
    run = detector or (lambda counts: detect(counts, settings))
    grades = {e.id: e.grade for e in matching}
    alerts = []
    for d in run([float(p.events) for p in points]):
        behind = [e for p in points[d.onset : d.detected + 1] for e in p.event_ids]
        end = next_period(points[d.detected].period, by) - timedelta(days=1)
        alerts.append(Alert(
            dyad=subject, kind=kind.name, change=d.change, start=points[d.onset].period,
            detected=min(end, as_of) if as_of else end, events=tuple(behind),
            grades=tuple(grades[i] for i in behind), score=d.score, p_value=d.p_value,
            expected=d.expected, observed=d.observed, period=by, where=where,
        ))  # fmt: skip
    return alerts


def acled_detector(min_count: int = 3) -> Detector:
    """ACLED's trend rule as a detector, for comparison."""
    return lambda counts: acled_trend(counts, min_count=min_count)


def _streams(
    store: Store, rules: AlertRules, registry: SourceRegistry | None
) -> Iterable[tuple[Watch, str, list[DatedEvent]]]:
    """(watch entry, subject name, its graded events) for every watched subject."""
    threshold = parse_grade(rules.min_grade) if rules.min_grade else None
    everything: list[DatedEvent] | None = None
    for watch in rules.watches:
        if watch.scope == "every dyad":
            if everything is None:
                everything = dated_events(store, EventQuery(), registry)
            for subject, events in sorted(_by_dyad(everything).items()):
                yield watch, subject, _graded(events, threshold)
            continue
        if watch.scope == "dyad":
            first, second = watch.subject.split("-")
            query = EventQuery(dyad=(first, second), undirected=not watch.directed)
            subject = watch.subject
        else:
            query, subject = EventQuery(actor=watch.subject), f"{watch.subject}-*"
        yield watch, subject, _graded(dated_events(store, query, registry), threshold)


def _by_dyad(events: Iterable[DatedEvent]) -> dict[str, list[DatedEvent]]:
    groups: dict[str, list[DatedEvent]] = defaultdict(list)
    for e in events:
        if e.actor2 and e.actor2 != e.actor1:
            groups["-".join(sorted((e.actor1, e.actor2)))].append(e)
    return groups


def _graded(events: list[DatedEvent], threshold: tuple[str, int] | None) -> list[DatedEvent]:
    return events if threshold is None else [e for e in events if meets(e, threshold)]
