"""A dyad over time: counts, Goldstein sum and mean and the quad-class mix per day, week
or month, from resolved events (one per happening, however many reports tell of it).

    series = dyad_series(store, "PRK-RUS", by="week", min_grade="C3")
    series.to_frame()           # a pandas DataFrame (the ``data`` extra)

An event falls in the period of the first day its dates cover; undated events are left
out. Periods with no event between the first and the last (or ``since`` and ``until``
when given) are filled with zeros, so the series has no gaps. ``weighted`` counts each
event by its Admiralty grade (``GradeWeights``): a confirmed report from a reliable
source counts 1, an unconfirmed one from an unknown source much less.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.models import quad_class_of
from watchfloor.resolve import ResolvedEvent, SourceRegistry, describe_stored, load_sources
from watchfloor.resolve.grading import DEFAULT_WEIGHTS, GradeWeights
from watchfloor.store import EventQuery, Store

if TYPE_CHECKING:
    import pandas

PERIODS = ("day", "week", "month")
_RELIABILITIES = "ABCDEF"




@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One period. ``quad``: how many events of quad classes 1..4 (verbal and material
    cooperation, verbal and material conflict). ``weight``: the events counted by grade
    (equal to ``events`` when the series is not weighted); ``goldstein_sum`` and
    ``goldstein_mean`` are weighted the same way."""

    period: date
    events: int
    goldstein_sum: float
    goldstein_mean: float | None
    quad: tuple[int, int, int, int]
    event_ids: tuple[str, ...]
    weight: float = 0.0

    def to_record(self) -> dict[str, object]:
        return {
            "period": self.period.isoformat(),
            "events": self.events,
            "weight": round(self.weight, 4),
            "goldstein_sum": round(self.goldstein_sum, 4),
            "goldstein_mean": _rounded(self.goldstein_mean),
            "quad1": self.quad[0],
            "quad2": self.quad[1],
            "quad3": self.quad[2],
            "quad4": self.quad[3],
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class DyadSeries:
    """``dyad`` as ``PRK-RUS``; ``directed``: only events of the first country on the
    second; ``by``: day, week (periods start on Monday) or month (on the 1st)."""

    dyad: str
    directed: bool
    by: str
    points: tuple[SeriesPoint, ...]

    def to_records(self) -> list[dict[str, object]]:
        return [p.to_record() for p in self.points]

    def to_frame(self) -> pandas.DataFrame:
        """The points as a DataFrame indexed by period (needs the ``data`` extra)."""
        try:
            import pandas
        except ImportError as exc:
            raise WatchfloorError(
                "a DataFrame needs pandas: pip install 'watchfloor[data]'"
            ) from exc
        frame = pandas.DataFrame(self.to_records())
        if frame.empty:
            frame = pandas.DataFrame(columns=list(COLUMNS))
        frame["period"] = pandas.to_datetime(frame["period"])
        return frame.set_index("period")


COLUMNS = ("period", "events", "weight", "goldstein_sum", "goldstein_mean",
           "quad1", "quad2", "quad3", "quad4", "event_ids")  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """What a series needs of a resolved event: its day, code, Goldstein score, grade."""

    id: str
    day: date
    code: str
    goldstein: float
    reliability: str
    credibility: int
    actor1: str = ""  # the actors' countries
    actor2: str | None = None

    @property
    def quad_class(self) -> int:
        return quad_class_of(self.code)

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


def dyad_series(
    store: Store,
    dyad: str,
    *,
    by: str = "week",
    directed: bool = False,
    since: date | None = None,
    until: date | None = None,
    min_grade: str | None = None,
    weighted: bool = False,
    registry: SourceRegistry | None = None,
    weights: GradeWeights = DEFAULT_WEIGHTS,
    with_ids: bool = False,
) -> DyadSeries:
    """The series of ``dyad`` (``PRK-RUS``) per ``by`` period (module docstring).
    ``min_grade`` (``B``, ``B3``) keeps events graded at least that well: reliability
    A..B and credibility 1..3. ``registry`` grades sources (the packaged one if None).
    ``with_ids``: name each period's events (``event_ids``; empty otherwise).

    Without grades (no ``min_grade``, not ``weighted``) the series is read from the
    store's daily summary (``Store.dyad_counts``) and the ids, when asked, from the dyad
    index: no event is read. With grades, every event of the dyad is read and graded.
    Raises ConfigError for a malformed dyad, period or grade."""
    pair = parse_dyad(dyad)
    check_period(by)
    threshold = parse_grade(min_grade) if min_grade else None
    if threshold is None and not weighted:
        points = summary_points(store, pair, by, directed=directed, since=since,
                                until=until, with_ids=with_ids)  # fmt: skip
        return DyadSeries(dyad="-".join(pair), directed=directed, by=by, points=tuple(points))
    query = EventQuery(
        dyad=pair, undirected=not directed,
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
    )  # fmt: skip
    dated = dated_events(store, query, registry)
    kept = [
        e for e in dated
        if (since is None or e.day >= since) and (until is None or e.day <= until)
        and (threshold is None or meets(e, threshold))
    ]  # fmt: skip
    points = bucket(kept, by, since=since, until=until, weighted=weighted, weights=weights)
    if not with_ids:
        points = [replace(p, event_ids=()) for p in points]
    return DyadSeries(dyad="-".join(pair), directed=directed, by=by, points=tuple(points))


def summary_points(
    store: Store,
    pair: tuple[str, str],
    by: str,
    *,
    directed: bool = False,
    since: date | None = None,
    until: date | None = None,
    with_ids: bool = False,
) -> list[SeriesPoint]:
    """The unweighted series from the store's daily summary, gaps filled as ``bucket``
    fills them; each period's event ids from the dyad index when ``with_ids``."""
    low, high = since.isoformat() if since else None, until.isoformat() if until else None
    ids: dict[date, list[str]] = {}
    if with_ids:
        for event_id, day in store.dyad_event_days(pair, undirected=not directed,
                                                   since=low, until=high):  # fmt: skip
            ids.setdefault(period_start(date.fromisoformat(day[:10]), by), []).append(event_id)
    found = {}
    counts = store.dyad_counts(pair, by, undirected=not directed, since=low, until=high)
    for count in counts:
        period = date.fromisoformat(count.period + "-01"[: 10 - len(count.period)])
        found[period] = SeriesPoint(
            period=period, events=count.events, goldstein_sum=count.goldstein_sum,
            goldstein_mean=count.goldstein_mean, quad=count.quad_classes,
            event_ids=tuple(ids.get(period, ())), weight=float(count.events),
        )  # fmt: skip
    if not found and (since is None or until is None):
        return []
    first = period_start(since, by) if since else min(found)
    last = period_start(until, by) if until else max(found)
    return [found.get(p) or _point(p, [], False, DEFAULT_WEIGHTS)
            for p in periods_between(first, last, by)]  # fmt: skip


def dated_events(
    store: Store, query: EventQuery, registry: SourceRegistry | None = None
) -> list[DatedEvent]:
    """The resolved events of ``query`` that have a date, described and graded."""
    graded_by = registry if registry is not None else load_sources()
    found = []
    for stored in store.events(query):
        event = describe_stored(stored, graded_by)
        if event.dates.first_day is not None:
            found.append(dated_event(event))
    return found


def dated_event(event: ResolvedEvent) -> DatedEvent:
    assert event.dates.first_day is not None
    return DatedEvent(
        id=event.id,
        day=event.dates.first_day,
        code=event.code,
        goldstein=_goldstein(event),
        reliability=event.grade.reliability,
        credibility=event.grade.credibility,
        actor1=event.actor1.country,
        actor2=event.actor2.country if event.actor2 else None,
    )


def bucket(
    events: Sequence[DatedEvent],
    by: str,
    *,
    since: date | None = None,
    until: date | None = None,
    weighted: bool = False,
    weights: GradeWeights = DEFAULT_WEIGHTS,
) -> list[SeriesPoint]:
    """Events per period, every period from the first to the last filled."""
    groups: dict[date, list[DatedEvent]] = {}
    for e in sorted(events, key=lambda e: (e.day, e.id)):
        groups.setdefault(period_start(e.day, by), []).append(e)
    if not groups and (since is None or until is None):
        return []
    first = period_start(since, by) if since else min(groups)
    last = period_start(until, by) if until else max(groups)
    return [
        _point(period, groups.get(period, []), weighted, weights)
        for period in periods_between(first, last, by)
    ]


def _point(
    period: date, events: Sequence[DatedEvent], weighted: bool, weights: GradeWeights
) -> SeriesPoint:
    scale = [weights.of(e.reliability, e.credibility) if weighted else 1.0 for e in events]
    total = sum(scale)
    # to 6 places, as the store's summary keeps it: a mean on a rounding boundary then
    # rounds the same way whichever path made the series
    goldstein = round(sum(w * e.goldstein for w, e in zip(scale, events, strict=True)), 6)
    quad = [0, 0, 0, 0]
    for e in events:
        quad[e.quad_class - 1] += 1
    return SeriesPoint(
        period=period,
        events=len(events),
        goldstein_sum=goldstein,
        goldstein_mean=goldstein / total if total else None,
        quad=(quad[0], quad[1], quad[2], quad[3]),
        event_ids=tuple(e.id for e in events),
        weight=total,
    )


def period_start(day: date, by: str) -> date:
    """The first day of the period holding ``day``: itself, its Monday, or the 1st."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def periods_between(first: date, last: date, by: str) -> Iterable[date]:
    current = first
    while current <= last:
        yield current
        current = next_period(current, by)


def parse_dyad(dyad: str) -> tuple[str, str]:
    parts = dyad.strip().upper().split("-")
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise ConfigError(f"dyad {dyad!r}: give two country codes joined by '-', like PRK-RUS")
    return parts[0], parts[1]


def check_period(by: str) -> None:
    if by not in PERIODS:
        raise ConfigError(f"period {by!r}: give one of {', '.join(PERIODS)}")


def parse_grade(grade: str) -> tuple[str, int]:
    """``B3`` -> (``B``, 3); ``B`` alone -> (``B``, 6): any credibility."""
    text = grade.strip().upper()
    valid = (
        len(text) in (1, 2) and text[0] in _RELIABILITIES
        and (len(text) == 1 or text[1] in "123456")
    )  # fmt: skip
    if not valid:
        raise ConfigError(
            f"grade {grade!r}: give a reliability letter A-F and optionally a credibility "
            "digit 1-6, like B3"
        )
    return text[0], int(text[1]) if len(text) == 2 else 6


def meets(event: DatedEvent, threshold: tuple[str, int]) -> bool:
    """Graded at least as well as ``threshold`` (A is best, 1 is best)."""
    return event.reliability <= threshold[0] and event.credibility <= threshold[1]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _goldstein(event: ResolvedEvent) -> float:
    """The score of the event's code, as its mentions carry it."""
    exact = [m.mention.goldstein for m in event.members if m.mention.code == event.code]
    scores = exact or [m.mention.goldstein for m in event.members]
    return sum(scores) / len(scores)
