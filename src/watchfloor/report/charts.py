"""The briefing's charts, drawn by matplotlib as SVG text to inline in the HTML: a dyad
series, the estimates of each deployment by claimant and date, and a timeline.

Text is drawn as paths, so a chart needs no font and no label (which may come from an
article) can ever become markup; mathtext is off, so a "$" in a claimant's words is
just a dollar sign."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from watchfloor.errors import WatchfloorError
from watchfloor.report.brief import EstimateRow, TimelineRow
from watchfloor.resolve.windows import day_window

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH_INCHES = 7.2
MAX_DEPLOYMENT_PANELS = 4
MAX_TIMELINE_LANES = 8
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_STYLE = {
    "svg.fonttype": "path",
    "svg.hashsalt": "watchfloor",  # stable element ids: the same brief, the same SVG
    "text.parse_math": False,
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# an id, or a reference to one: id="x", xlink:href="#x", url(#x)
_SVG_REFERENCE = re.compile(r'(\bid="|href="#|url\(#)([^"\)]+)')
CERTAINTY_MARKERS = {"asserted": "o", "reported": "s", "hedged": "^", "denied": "x"}


@dataclass(frozen=True, slots=True)
class SeriesLine:
    """One dyad over time: (first day of the period, events in it)."""

    label: str
    points: tuple[tuple[date, float], ...]


def dyad_chart(lines: Sequence[SeriesLine], *, unit: str = "events per month") -> str | None:
    """Lines of events per period, one per dyad; None when there is nothing to draw."""
    drawn = [line for line in lines if line.points]
    if not drawn:
        return None
    with _figure(2.6) as (figure, axes):
        for line in drawn:
            xs, ys = zip(*line.points, strict=True)
            axes.plot(xs, ys, marker="o", markersize=3, linewidth=1.4, label=line.label)
        axes.set_ylabel(unit)
        axes.set_ylim(bottom=0)
        axes.yaxis.set_major_locator(_whole_numbers())
        axes.legend(loc="best", frameon=False)
        _date_axis(axes, (day for line in drawn for day, _ in line.points))
        return _svg(figure, "dyads")


def estimates_chart(rows: Sequence[EstimateRow]) -> str | None:
    """One panel per deployment (those with the most claims): each claim at the date it
    was made, its range drawn as a bar and its value as a mark, coloured by claimant."""
    dated = [r for r in rows if any(f.claimed_on for f in r.figures)]
    # the most disputed first: a deployment with many claims is the one to see
    panels = sorted(dated, key=lambda r: -len(r.figures))[:MAX_DEPLOYMENT_PANELS]
    if not panels:
        return None
    with _figure(2.2 * len(panels), rows=len(panels)) as (figure, axes_list):
        for axes, row in zip(_as_list(axes_list), panels, strict=True):
            _estimate_panel(axes, row)
        return _svg(figure, "estimates")


def _estimate_panel(axes: Axes, row: EstimateRow) -> None:
    colours: dict[str, Any] = {}
    for figure in row.figures:
        if figure.claimed_on is None:
            continue
        low = figure.low if figure.low is not None else figure.value
        high = figure.high if figure.high is not None else figure.value
        claimant = _short(figure.claimant)
        new = claimant not in colours
        colour = colours.setdefault(claimant, f"C{len(colours) % 10}")
        when: Any = figure.claimed_on  # matplotlib takes dates; its stubs say numbers
        axes.vlines(when, low, high, colors=colour, linewidth=5, alpha=0.35)
        axes.plot([when], [figure.value], marker="o", color=colour, linestyle="",
                  label=claimant if new else None)  # fmt: skip
    unit = next((f.unit for f in row.figures if f.unit), None)
    target = f" → {row.recipient}" if row.recipient != "—" else ""
    axes.set_title(f"{row.event_id}: {row.sender}{target}", loc="left", fontsize=8)
    axes.set_ylabel(unit or "estimate")
    axes.set_ylim(bottom=0)
    axes.legend(loc="best", frameon=False, fontsize=7)
    _date_axis(axes, (f.claimed_on for f in row.figures if f.claimed_on))


def timeline_chart(rows: Sequence[TimelineRow]) -> str | None:
    """Each dated row as a mark on its dyad's lane; the mark's shape is its certainty."""
    dated = [(day, r) for r in rows if (day := parse_day(r.date)) is not None]
    if not dated:
        return None
    lanes = _lanes([r for _, r in dated])
    with _figure(0.45 * len(lanes) + 1.2) as (figure, axes):
        for certainty, marker in CERTAINTY_MARKERS.items():
            points = [(day, lanes[_lane(r)]) for day, r in dated
                      if r.certainty == certainty and _lane(r) in lanes]  # fmt: skip
            if points:
                xs, ys = zip(*points, strict=True)
                axes.scatter(xs, ys, marker=marker, s=28, label=certainty, alpha=0.8)
        axes.set_yticks(list(lanes.values()), list(lanes))
        axes.set_ylim(-0.7, len(lanes) - 0.3)
        axes.invert_yaxis()
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=4, frameon=False)
        axes.grid(axis="x", linewidth=0.3)
        _date_axis(axes, (day for day, _ in dated))
        return _svg(figure, "timeline")


def _lanes(rows: Sequence[TimelineRow]) -> dict[str, int]:
    """The busiest lanes (dyads, or the actor alone), most rows first."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[_lane(row)] = counts.get(_lane(row), 0) + 1
    busiest = sorted(counts, key=lambda lane: (-counts[lane], lane))[:MAX_TIMELINE_LANES]
    return {lane: index for index, lane in enumerate(busiest)}


def _lane(row: TimelineRow) -> str:
    if row.dyad:
        return f"{row.dyad[0]} → {row.dyad[1]}"
    return row.event.split(":", 1)[0]


def parse_day(text: str) -> date | None:
    """The first day an ISO date at any precision covers ("reported 2024-10" too); None
    for no date or an impossible one (``resolve.windows.day_window`` judges)."""
    found = _ISO_DATE.search(text)
    window = day_window(found.group(0)) if found else None
    return window.start if window else None


def _short(label: str, limit: int = 40) -> str:
    """A claimant's label without the quoted words ("Ukraine — “Kyiv”" -> "Ukraine")."""
    name = label.split(" — ", 1)[0]
    return name if len(name) <= limit else name[: limit - 1] + "…"


@contextmanager
def _figure(height: float, rows: int = 1) -> Iterator[tuple[Figure, Any]]:
    matplotlib = _matplotlib()
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(WIDTH_INCHES, height), layout="constrained")
        axes = figure.subplots(rows, 1, squeeze=True)
        yield figure, axes


def _whole_numbers() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _as_list(axes: Any) -> list[Axes]:
    return list(axes.flat) if hasattr(axes, "flat") else [axes]


def _date_axis(axes: Axes, days: Iterable[date]) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    days = sorted(days)
    # a margin of a twentieth of the span, at least a week: one date alone reads as a month
    margin = max((days[-1] - days[0]) / 20, timedelta(days=7))
    axes.set_xlim(days[0] - margin, days[-1] + margin)  # type: ignore[arg-type]
    locator = AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


def _svg(figure: Figure, name: str) -> str:
    """The figure as an <svg> element to inline: no XML prolog, no doctype, no date, and
    its ids prefixed with ``name``, since every chart of a page names its glyphs and
    clip paths alike."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "watchfloor"})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    return _SVG_REFERENCE.sub(lambda m: f"{m.group(1)}{name}-{m.group(2)}", text)


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise WatchfloorError("charts need matplotlib: pip install 'watchfloor[docs]'") from None
    return matplotlib
