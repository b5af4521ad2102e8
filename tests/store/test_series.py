"""Counts and Goldstein sums of resolved events per period for a dyad (Store.dyad_counts),
and the migration that puts what they read on the event rows."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from watchfloor.errors import ConfigError
from watchfloor.resolve import ResolveRules, load_sources, rebuild, resolve_pending
from watchfloor.store import DyadCount, Store, open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.series_schema import INDEXES

from .stories import dyad_story, event, story


def test_counts_and_sums_per_day_week_and_month(memory_store: Store) -> None:
    dyad_story(memory_store)

    by_day = memory_store.dyad_counts(("PRK", "RUS"), "day")
    by_week = memory_store.dyad_counts(("PRK", "RUS"), "week")
    by_month = memory_store.dyad_counts(("PRK", "RUS"), "month")

    assert by_day == [
        DyadCount("2024-10-14", 1, 8.3, (0, 1, 0, 0)),
        DyadCount("2024-10-16", 1, -10.0, (0, 0, 0, 1)),
        DyadCount("2024-11-02", 1, 4.0, (1, 0, 0, 0)),
    ]
    assert [(c.period, c.events, c.goldstein_sum) for c in by_week] == [
        ("2024-10-14", 2, pytest.approx(-1.7)),
        ("2024-10-28", 1, 4.0),
    ]
    assert [(c.period, c.events, c.quad_classes) for c in by_month] == [
        ("2024-10", 2, (0, 1, 0, 1)),
        ("2024-11", 1, (1, 0, 0, 0)),
    ]
    assert by_month[0].goldstein_mean == pytest.approx(-0.85)


def test_direction_and_date_range(memory_store: Store) -> None:
    dyad_story(memory_store)

    either = memory_store.dyad_counts(("PRK", "RUS"), "month", undirected=True)
    november = memory_store.dyad_counts(("PRK", "RUS"), since="2024-11", until="2024-11")

    assert [(c.period, c.events) for c in either] == [("2024-10", 3), ("2024-11", 1)]
    assert [(c.period, c.events) for c in november] == [("2024-11-02", 1)]
    assert memory_store.dyad_counts(("USA", "CHN")) == []


def test_bad_arguments_say_what_to_give(memory_store: Store) -> None:
    with pytest.raises(ConfigError, match="by='year'"):
        memory_store.dyad_counts(("PRK", "RUS"), "year")
    with pytest.raises(ConfigError, match="since"):
        memory_store.dyad_counts(("PRK", "RUS"), since="last week")


def test_migration_3_fills_the_events_already_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        dyad_story(store)
    engine = build_engine(url)
    with engine.begin() as conn:  # as a database in the field before migration 3
        conn.execute(text("DROP TABLE dyad_days"))
        for index in INDEXES:
            conn.execute(text(f"DROP INDEX {index}"))
        conn.execute(text("ALTER TABLE resolved_events DROP COLUMN goldstein"))
        conn.execute(text("ALTER TABLE resolved_events DROP COLUMN quad_class"))
        conn.execute(text("DELETE FROM schema_migrations WHERE name LIKE 'dyad series%'"))
    engine.dispose()

    with open_store(url) as store:
        months = store.dyad_counts(("PRK", "RUS"), "month")

    assert [(c.period, c.events, c.goldstein_sum) for c in months] == [
        ("2024-10", 2, pytest.approx(-1.7)),
        ("2024-11", 1, 4.0),
    ]


def test_the_summary_follows_events_as_they_change(memory_store: Store) -> None:
    dyad_story(memory_store)
    rules = ResolveRules(load_sources())
    earlier = replace(event("x", "072", "PRKMIL", "RUS", when="2024-10-12"), goldstein=8.3)
    memory_store.save_extraction(story("g", earlier))  # joins the event of 2024-10-14
    touched = set(memory_store.event_ids_of_document("c"))
    memory_store.save_extraction(story("c", event("x", "036", "JPN", "CHN", when="2024-11-02"),
                                       text="The report c, corrected."))  # fmt: skip
    resolve_pending(memory_store, rules, touched=touched)  # as ingest does

    days = memory_store.dyad_counts(("PRK", "RUS"), "day")

    assert [(c.period, c.events, c.goldstein_sum) for c in days] == [
        ("2024-10-12", 1, 8.3), ("2024-10-16", 1, -10.0), ("2024-11-02", 1, 4.0),
    ]  # fmt: skip
    assert memory_store.dyad_counts(("JPN", "CHN")) == [
        DyadCount("2024-11-02", 1, 1.0, (1, 0, 0, 0))
    ]
    memory_store.rebuild_dyad_days()
    assert memory_store.dyad_counts(("PRK", "RUS"), "day") == days, "as counted anew"

    rebuild(memory_store, rules)  # `watchfloor resolve --rebuild` starts the events again
    assert memory_store.dyad_counts(("PRK", "RUS"), "day") == days
