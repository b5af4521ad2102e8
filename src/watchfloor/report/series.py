"""The dyad series the briefing charts: events per month for its busiest dyads."""

from __future__ import annotations

from collections import Counter
from datetime import date

from watchfloor.report.brief import Brief, TimelineRow
from watchfloor.report.charts import SeriesLine, parse_day

MAX_DYADS = 4


def brief_series(brief: Brief) -> list[SeriesLine]:
    """Per busiest dyad, its timeline rows (one per distinct happening) by month, months
    without any filled with zeros."""
    lines = []
    for dyad in brief.dyads[:MAX_DYADS]:
        pair = (dyad.actor1, dyad.actor2)
        months = Counter(_month(r) for r in brief.timeline if r.dyad == pair)
        months.pop(None, None)
        lines.append(SeriesLine(f"{pair[0]} → {pair[1]}", _filled(months)))
    return lines


def _month(row: TimelineRow) -> date | None:
    day = parse_day(row.date)
    return day.replace(day=1) if day else None


def _filled(counts: Counter[date | None]) -> tuple[tuple[date, float], ...]:
    months = sorted(m for m in counts if m is not None)
    if not months:
        return ()
    points: list[tuple[date, float]] = []
    month = months[0]
    while month <= months[-1]:
        points.append((month, float(counts.get(month, 0))))
        month = _next_month(month)
    return tuple(points)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)
