"""Counts and Goldstein sums of resolved events per period for one dyad: the store-level
query under a dyad series (``watchfloor.analyse`` builds the series itself).

An event falls in the period of the first day its dates cover (``sort_start``);
undated events, and events without a target, are in no period. ``by`` is ``day``,
``week`` (ISO weeks, named by their Monday) or ``month``. The query reads the daily
summary the store keeps (``dyad_days``, ``series_summary.py``), never the events: days
and months are grouped in SQL; weeks are days folded here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from watchfloor.errors import ConfigError
from watchfloor.store.event_queries import EventQuery
from watchfloor.store.schema import Schema

PERIODS = ("day", "week", "month")
QUAD_CLASSES = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class DyadCount:
    """One period of a dyad: ``period`` is its first day (``2024-10-14``) or month
    (``2024-10``); ``quad_classes`` counts its events by quad class 1..4 (events whose
    quad class is unknown, 0 in the summary, count in ``events`` only)."""

    period: str
    events: int
    goldstein_sum: float
    quad_classes: tuple[int, int, int, int]

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None


def dyad_counts(
    conn: Connection,
    schema: Schema,
    dyad: tuple[str, str],
    by: str = "day",
    *,
    undirected: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> list[DyadCount]:
    """Periods of ``dyad`` (actor1 country, actor2 country) with at least one event, in
    order. ``since``/``until`` are ISO prefixes, as for ``EventQuery``."""
    if by not in PERIODS:
        raise ConfigError(f"by={by!r}: give one of {', '.join(PERIODS)}")
    EventQuery(dyad=dyad, since=since, until=until)  # the same checks and messages
    d = schema.dyad_days.c
    period = func.substr(d.day, 1, 7) if by == "month" else d.day
    stmt = (
        select(period.label("period"), d.quad_class, func.sum(d.events),
               func.sum(d.goldstein_sum))
        .where(_dyad_condition(schema, dyad, undirected))
        .group_by(period, d.quad_class)
    )  # fmt: skip
    if since is not None:
        stmt = stmt.where(d.day >= _first_of(since))
    if until is not None:
        stmt = stmt.where(d.day <= _last_of(until))
    rows = conn.execute(stmt).all()
    return _folded(((_week(p) if by == "week" else p), q, n, g) for p, q, n, g in rows)


def _dyad_condition(
    schema: Schema, dyad: tuple[str, str], undirected: bool
) -> ColumnElement[bool]:
    d = schema.dyad_days.c
    first, second = dyad[0].upper(), dyad[1].upper()
    forward = and_(d.actor1_country == first, d.actor2_country == second)
    if not undirected or first == second:
        return forward
    return or_(forward, and_(d.actor1_country == second, d.actor2_country == first))


def _folded(rows: Iterable[tuple[str, Any, Any, Any]]) -> list[DyadCount]:
    events: dict[str, int] = defaultdict(int)
    sums: dict[str, float] = defaultdict(float)
    quads: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for period, quad_class, count, goldstein in rows:
        events[period] += int(count)
        sums[period] += float(goldstein or 0.0)
        if quad_class in QUAD_CLASSES:
            quads[period][int(quad_class) - 1] += int(count)
    return [
        DyadCount(p, events[p], round(sums[p], 6), tuple(quads[p]))  # type: ignore[arg-type]
        for p in sorted(events)
    ]


def _week(day: str) -> str:
    start = date.fromisoformat(day[:10])
    return (start - timedelta(days=start.weekday())).isoformat()


def _first_of(prefix: str) -> str:
    return prefix + "-01-01"[: 10 - len(prefix)] if len(prefix) < 10 else prefix


def _last_of(prefix: str) -> str:
    return prefix + "-99-99"[: 10 - len(prefix)] if len(prefix) < 10 else prefix
