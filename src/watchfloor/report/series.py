"""The dyad series the briefing charts: resolved events per month for its busiest dyads,
from ``watchfloor.analyse.series`` (one per happening, however many reports tell of it)."""

from __future__ import annotations

from watchfloor.analyse.series import dyad_series
from watchfloor.report.brief import Brief
from watchfloor.report.charts import SeriesLine
from watchfloor.resolve import SourceRegistry
from watchfloor.store import Store

MAX_DYADS = 4


def brief_series(
    store: Store, brief: Brief, *, by: str = "month", registry: SourceRegistry | None = None
) -> list[SeriesLine]:
    """Each of the brief's busiest state dyads (as directed as the brief counts them),
    its dated events per period, quiet periods as zeros. International bodies (IGO
    codes) are not states and have no series."""
    lines = []
    states = [d for d in brief.dyads if len(d.actor1) == 3 and len(d.actor2) == 3]
    for dyad in states[:MAX_DYADS]:
        series = dyad_series(store, f"{dyad.actor1}-{dyad.actor2}", by=by, directed=True,
                             registry=registry)  # fmt: skip
        points = tuple((p.period, float(p.events)) for p in series.points)
        lines.append(SeriesLine(f"{dyad.actor1} → {dyad.actor2}", points))
    return lines
