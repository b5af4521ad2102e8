"""The charts: SVG to inline, drawn only when there is something to draw, with ids of
their own and labels that stay text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from watchfloor import Brief
from watchfloor.report.charts import (
    SeriesLine,
    dyad_chart,
    estimates_chart,
    parse_day,
    timeline_chart,
)
from watchfloor.report.series import brief_series
from watchfloor.store import EventQuery, Store


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-10-18", date(2024, 10, 18)),
        ("2024-10", date(2024, 10, 1)),
        ("2024", date(2024, 1, 1)),
        ("reported 2024-11-02", date(2024, 11, 2)),
        ("2024-02-30", None),
        ("undated", None),
    ],
)
def test_a_day_is_read_at_any_precision(text: str, day: date | None) -> None:
    assert parse_day(text) == day


def test_nothing_to_draw_is_no_chart() -> None:
    assert dyad_chart([]) is None
    assert dyad_chart([SeriesLine("PRK → RUS", ())]) is None
    assert estimates_chart([]) is None
    assert timeline_chart([]) is None


def test_a_label_with_markup_stays_text() -> None:
    label = "--><script>alert(1)</script> <b>$x$</b>"
    points = ((date(2024, 1, 1), 1.0), (date(2024, 2, 1), 3.0))
    svg = dyad_chart([SeriesLine(label, points)])
    assert svg is not None and svg.startswith("<svg")
    assert "<script" not in svg and "<b>" not in svg


def test_the_charts_of_a_brief_have_ids_of_their_own(
    evidence: Store, evidence_brief: Brief
) -> None:
    charts = {
        "dyads": dyad_chart(brief_series(evidence, evidence_brief)),
        "estimates": estimates_chart(evidence_brief.deployments),
        "timeline": timeline_chart(evidence_brief.timeline),
    }
    seen: set[str] = set()
    for name, svg in charts.items():
        assert svg is not None, name
        ids = re.findall(r'\bid="([^"]+)"', svg)
        assert ids and all(i.startswith(f"{name}-") for i in ids)
        assert not seen & set(ids)
        seen |= set(ids)
        referenced = re.findall(r'href="#([^"]+)"|url\(#([^)]+)\)', svg)
        assert {a or b for a, b in referenced} <= set(ids), "every reference is to its own id"


def test_the_series_counts_resolved_events_by_month(evidence: Store, evidence_brief: Brief) -> None:
    lines = brief_series(evidence, evidence_brief)
    top = evidence_brief.dyads[0]
    assert lines[0].label == f"{top.actor1} → {top.actor2}"
    months = [day for day, _ in lines[0].points]
    assert all(day.day == 1 for day in months) and months == sorted(months)
    events = evidence.events(EventQuery(dyad=(top.actor1, top.actor2)))
    total = sum(count for _, count in lines[0].points)
    assert 0 < total <= len(events), "each resolved event counted once, undated ones left out"
