"""Counts and Goldstein sums of resolved events per period for one dyad: the store-level
query under a dyad series (``watchfloor.analyse`` builds the series itself).

An event falls in the period of the first day its dates cover (``sort_start``);
undated events, and events without a target, are in no period. ``by`` is ``day``,
``week`` (ISO weeks, named by their Monday) or ``month``. The query reads the daily
summary the store keeps (``dyad_days``, ``series_summary.py``), never the events, with
the quad classes counted side by side in SQL: one row per day or month; weeks are days
folded here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, or_, select

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
    quads = [func.sum(case((d.quad_class == q, d.events), else_=0)) for q in QUAD_CLASSES]
    stmt = (
        select(period, func.sum(d.events), func.sum(d.goldstein_sum), *quads)
        .where(_dyad_condition(schema, dyad, undirected))
        .group_by(period)
        .order_by(period)
    )
    if since is not None:
        stmt = stmt.where(d.day >= _first_of(since))
    if until is not None:
        stmt = stmt.where(d.day <= _last_of(until))
    rows = conn.execute(stmt).all()
    if by != "week":
        return [DyadCount(p, int(n), round(float(g), 6), (int(a), int(b), int(c), int(e)))
                for p, n, g, a, b, c, e in rows]  # fmt: skip
    return _weeks(rows)


def dyad_event_days(
    conn: Connection,
    schema: Schema,
    dyad: tuple[str, str],
    *,
    undirected: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> list[tuple[str, str]]:
    """(event id, first day) of each dated event of ``dyad``, by day then id: the events
    behind ``dyad_counts``, read from the dyad index alone (no event row, no mention)."""
    EventQuery(dyad=dyad, since=since, until=until)
    e = schema.events.c
    first, second = dyad[0].upper(), dyad[1].upper()
    condition = and_(e.actor1_country == first, e.actor2_country == second)
    if undirected and first != second:
        condition = or_(condition, and_(e.actor1_country == second, e.actor2_country == first))
    stmt = select(e.id, e.sort_start).where(condition, e.sort_start.is_not(None))
    if since is not None:
        stmt = stmt.where(e.sort_start >= _first_of(since))
    if until is not None:
        stmt = stmt.where(e.sort_start <= _last_of(until))
    return [(i, day) for i, day in conn.execute(stmt.order_by(e.sort_start, e.id))]


def _dyad_condition(
    schema: Schema, dyad: tuple[str, str], undirected: bool
) -> ColumnElement[bool]:
    d = schema.dyad_days.c
    first, second = dyad[0].upper(), dyad[1].upper()
    forward = and_(d.actor1_country == first, d.actor2_country == second)
    if not undirected or first == second:
        return forward
    return or_(forward, and_(d.actor1_country == second, d.actor2_country == first))


def _weeks(rows: Iterable[Any]) -> list[DyadCount]:
    """Days folded into the ISO weeks they fall in."""
    weeks: dict[str, list[float]] = {}
    for day, events, goldstein, *quads in rows:
        slot = weeks.setdefault(_week(day), [0, 0.0, 0, 0, 0, 0])
        for i, value in enumerate((events, goldstein, *quads)):
            slot[i] += value
    return [
        DyadCount(w, int(s[0]), round(float(s[1]), 6), (int(s[2]), int(s[3]), int(s[4]), int(s[5])))
        for w, s in sorted(weeks.items())
    ]


def _week(day: str) -> str:
    start = date.fromisoformat(day[:10])
    return (start - timedelta(days=start.weekday())).isoformat()


def _first_of(prefix: str) -> str:
    return prefix + "-01-01"[: 10 - len(prefix)] if len(prefix) < 10 else prefix


def _last_of(prefix: str) -> str:
    return prefix + "-99-99"[: 10 - len(prefix)] if len(prefix) < 10 else prefix
