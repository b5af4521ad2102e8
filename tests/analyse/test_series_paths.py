"""The two ways a dyad series is made give the same figures: from the store's daily
summary (no grade asked) and from every event, described and graded (``min_grade``
F6 keeps every event, so it reads them all); on SQLite, and on PostgreSQL when
WATCHFLOOR_TEST_PG_URL names a server."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.analyse.series import DyadSeries, dyad_series
from watchfloor.store import Store, open_store

from .streams import COOPERATION_CODES, VERBAL_CODES, Planted, store_stream, weekly

CASES = [
    {"by": "day"}, {"by": "week"}, {"by": "month"}, {"by": "week", "directed": True},
    {"by": "day", "since": date(2024, 1, 10), "until": date(2024, 2, 20)},
    {"by": "month", "since": date(2023, 12, 1), "until": date(2024, 5, 31)},
    {"by": "week", "since": date(2024, 1, 17)},
]  # fmt: skip


def stream() -> list[Planted]:
    """Both directions of PRK-RUS over a few months, all four quad classes, quiet weeks,
    an event told by three reports, and another dyad beside it."""
    planted = weekly([3, 0, 2, 5, 0, 0, 1, 4])
    planted += weekly([1, 2, 0, 3], COOPERATION_CODES, actor1="RUS", actor2="PRK")
    planted += weekly([2, 0, 1], VERBAL_CODES, start=date(2024, 2, 5))
    planted += [Planted(date(2024, 3, 6), "0874", "PRK", "RUS", place="RUS")] * 3
    planted += weekly([4, 4], actor1="KOR", actor2="USA")
    return planted


def both_paths(store: Store, **case: object) -> tuple[DyadSeries, DyadSeries]:
    summary = dyad_series(store, "PRK-RUS", with_ids=True, **case)  # type: ignore[arg-type]
    every = dyad_series(store, "PRK-RUS", with_ids=True, min_grade="F6", **case)  # type: ignore[arg-type]
    return summary, every


def check_same(store: Store) -> None:
    store_stream(store, stream())
    for case in CASES:
        summary, every = both_paths(store, **case)
        assert summary.points, case
        assert summary.to_records() == every.to_records(), case
        for a, b in zip(summary.points, every.points, strict=True):
            assert a.goldstein_sum == pytest.approx(b.goldstein_sum, abs=1e-9)
            assert a.event_ids == b.event_ids and a.quad == b.quad and a.events == b.events
    counted = sum(p.events for p in dyad_series(store, "PRK-RUS", by="month").points)
    assert counted == len(stream()) - 2 - 8, "the three reports are one event; KOR-USA apart"


def test_the_summary_and_every_event_agree_on_sqlite(store: Store) -> None:
    check_same(store)


def test_ids_are_read_only_when_asked(store: Store) -> None:
    store_stream(store, stream())
    plain = dyad_series(store, "PRK-RUS")
    named = dyad_series(store, "PRK-RUS", with_ids=True)
    assert all(p.event_ids == () for p in plain.points)
    assert sum(len(p.event_ids) for p in named.points) == sum(p.events for p in named.points)
    assert [p.events for p in plain.points] == [p.events for p in named.points]


def test_the_summary_and_every_event_agree_on_postgresql(pg_url: str) -> None:
    with open_store(pg_url) as pg_store:
        check_same(pg_store)
