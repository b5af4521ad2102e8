from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from watchfloor.analyse.series import dyad_series, parse_grade, period_start
from watchfloor.cli import main
from watchfloor.commands.series import sparkline
from watchfloor.errors import ConfigError
from watchfloor.store import Store

from .streams import Planted, store_stream

OCT = [
    Planted(date(2024, 10, 1), "072", "PRK", "RUS", place="RUS"),  # Tuesday, week of 09-30
    Planted(date(2024, 10, 2), "193", "PRK", "RUS", place="UKR"),
    Planted(date(2024, 10, 20), "111", "RUS", "PRK", place="PRK"),  # Sunday, week of 10-14
    Planted(date(2024, 10, 3), "042", "KOR", "USA", place="KOR"),  # another dyad
]


def test_weekly_counts_fill_empty_weeks_with_zeros(store: Store) -> None:
    store_stream(store, OCT)
    found = dyad_series(store, "prk-rus", by="week", with_ids=True)
    assert found.dyad == "PRK-RUS" and not found.directed
    assert [p.period for p in found.points] == [
        date(2024, 9, 30), date(2024, 10, 7), date(2024, 10, 14)
    ]  # fmt: skip
    assert [p.events for p in found.points] == [2, 0, 1]
    first, empty, last = found.points
    assert first.quad == (0, 1, 0, 1)
    assert first.goldstein_sum == pytest.approx(8.3 - 10.0)
    assert first.goldstein_mean == pytest.approx((8.3 - 10.0) / 2)
    assert empty.goldstein_mean is None and empty.event_ids == ()
    assert last.quad == (0, 0, 1, 0) and len(last.event_ids) == 1
    assert set(first.event_ids).isdisjoint(last.event_ids)


def test_directed_keeps_one_direction_and_days_months(store: Store) -> None:
    store_stream(store, OCT)
    directed = dyad_series(store, "PRK-RUS", by="day", directed=True)
    assert [(p.period, p.events) for p in directed.points] == [
        (date(2024, 10, 1), 1), (date(2024, 10, 2), 1)
    ]  # fmt: skip
    monthly = dyad_series(store, "RUS-PRK", by="month")
    assert [(p.period, p.events) for p in monthly.points] == [(date(2024, 10, 1), 3)]


def test_since_until_bound_and_fill_the_range(store: Store) -> None:
    store_stream(store, OCT)
    found = dyad_series(store, "PRK-RUS", by="week", since=date(2024, 10, 2),
                        until=date(2024, 10, 31))  # fmt: skip
    assert found.points[0].period == date(2024, 9, 30)
    assert found.points[-1].period == date(2024, 10, 28)
    assert sum(p.events for p in found.points) == 2  # 10-01 is before since


def test_an_event_told_by_many_reports_counts_once(store: Store) -> None:
    same = [Planted(date(2024, 10, 1), "072", outlet=o) for o in ("Wire A", "Wire B", "Wire C")]
    store_stream(store, same)
    found = dyad_series(store, "PRK-RUS", by="week")
    assert [p.events for p in found.points] == [1]


def test_grade_filters_and_weights(store: Store) -> None:
    store_stream(store, [
        Planted(date(2024, 10, 1), "072", source="KORSPY"),  # B3: NIS, one source
        Planted(date(2024, 10, 2), "193", place="UKR"),  # F: an unknown outlet
    ])  # fmt: skip
    plain = dyad_series(store, "PRK-RUS")
    assert plain.points[0].events == 2 and plain.points[0].weight == 2.0
    graded = dyad_series(store, "PRK-RUS", min_grade="B3")
    assert graded.points[0].events == 1
    assert graded.points[0].goldstein_sum == pytest.approx(8.3)
    weighted = dyad_series(store, "PRK-RUS", weighted=True)
    point = weighted.points[0]
    assert point.events == 2 and 0 < point.weight < 1.0
    assert point.goldstein_sum == pytest.approx(0.8 * 0.6 * 8.3 + 0.3 * 0.4 * -10.0)


def test_no_events_gives_no_points(store: Store) -> None:
    assert dyad_series(store, "PRK-RUS").points == ()
    assert dyad_series(store, "PRK-RUS").to_records() == []


def test_bad_arguments_are_config_errors(store: Store) -> None:
    with pytest.raises(ConfigError, match="PRK-RUS"):
        dyad_series(store, "PRKRUS")
    with pytest.raises(ConfigError, match="period"):
        dyad_series(store, "PRK-RUS", by="year")
    with pytest.raises(ConfigError, match="credibility"):
        dyad_series(store, "PRK-RUS", min_grade="G9")
    assert parse_grade("c") == ("C", 6)


def test_periods_start_on_monday_and_the_first() -> None:
    assert period_start(date(2024, 10, 6), "week") == date(2024, 9, 30)
    assert period_start(date(2024, 12, 31), "month") == date(2024, 12, 1)


def test_to_frame(store: Store) -> None:
    pandas = pytest.importorskip("pandas")
    store_stream(store, OCT)
    frame = dyad_series(store, "PRK-RUS").to_frame()
    assert list(frame["events"]) == [2, 0, 1]
    assert isinstance(frame.index, pandas.DatetimeIndex)
    assert dyad_series(store, "USA-CHN").to_frame().empty


def test_sparkline_scales_to_the_largest() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"


def test_cli_formats(store: Store, db_path: Path) -> None:
    store_stream(store, OCT)
    runner = CliRunner()
    table = runner.invoke(main, ["--db", str(db_path), "series", "PRK-RUS"])
    assert table.exit_code == 0, table.output
    assert "2024-09-30" in table.output and "events █▁▅" in table.output
    as_json = runner.invoke(main, ["--db", str(db_path), "series", "PRK-RUS", "--directed",
                                   "--format", "json"])  # fmt: skip
    record = json.loads(as_json.output)
    assert record["directed"] and [p["events"] for p in record["points"]] == [2]
    as_csv = runner.invoke(main, ["--db", str(db_path), "series", "PRK-RUS", "--by", "month",
                                  "--format", "csv"])  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert rows[0]["period"] == "2024-10-01" and rows[0]["events"] == "3"
    assert len(rows[0]["event_ids"].split()) == 3
    bad = runner.invoke(main, ["--db", str(db_path), "series", "PRK"])
    assert bad.exit_code == 1 and "PRK-RUS" in bad.output
