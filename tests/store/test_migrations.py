"""migrations: ordered, recorded, all-or-nothing, and refusing newer databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from watchfloor.errors import MigrationError
from watchfloor.store import open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import (
    Migration,
    current_version,
    default_migrations,
    latest_version,
    migrate,
)

RELEASED = [
    (1, "initial schema"),
    (2, "resolved events"),
    (3, "dyad series: event columns, index and daily summary"),
    (4, "state of watched feeds"),
    (5, "notifications sent"),
    (6, "assessments and ACH overrides"),
    (7, "provenance of imported rows"),
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return build_engine(f"sqlite:///{tmp_path / 'watchfloor.db'}")


def _recorded(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version, name FROM schema_migrations ORDER BY version"))
        return [(row.version, row.name) for row in rows]


def _add_notes(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))


def _break(conn: Connection) -> None:
    conn.execute(text("INSERT INTO no_such_table VALUES (1)"))


def test_migrations_run_once_and_record_the_version(engine: Engine) -> None:
    assert migrate(engine) == [version for version, _ in RELEASED]
    assert _recorded(engine) == RELEASED
    with engine.connect() as conn:
        assert current_version(conn) == latest_version() == len(RELEASED)
        assert {"documents", "mentions", "actors"} <= set(inspect(conn).get_table_names())


def test_reopening_applies_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'watchfloor.db'}"
    with open_store(url) as store:
        assert store.schema_version() == len(RELEASED)
    engine = build_engine(url)
    assert migrate(engine) == []
    assert _recorded(engine) == RELEASED


def test_a_newer_database_asks_to_upgrade_watchfloor(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'watchfloor.db'}"
    open_store(url).close()
    engine = build_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')")
        )

    with pytest.raises(MigrationError, match=r"schema version 99.*upgrade watchfloor"):
        open_store(url)


def test_pending_migrations_apply_in_order(engine: Engine) -> None:
    migrate(engine)
    nxt = len(RELEASED) + 1
    later = [*default_migrations(), Migration(nxt, "add notes", _add_notes)]

    assert migrate(engine, later) == [nxt]
    assert _recorded(engine) == [*RELEASED, (nxt, "add notes")]
    with engine.connect() as conn:
        assert current_version(conn) == nxt
        assert inspect(conn).has_table("notes")


def test_a_failing_migration_leaves_the_database_as_it_was(engine: Engine) -> None:
    nxt = len(RELEASED) + 1
    broken = [
        *default_migrations(),
        Migration(nxt, "add notes", _add_notes),
        Migration(nxt + 1, "broken", _break),
    ]

    with pytest.raises(MigrationError, match=rf"migration {nxt + 1} \(broken\) failed.*no_such"):
        migrate(engine, broken)

    with engine.connect() as conn:  # every migration was rolled back with the broken one
        assert inspect(conn).get_table_names() == []
        assert current_version(conn) == 0


def test_versions_must_run_without_gaps(engine: Engine) -> None:
    skipped = len(RELEASED) + 1
    gap = [*default_migrations(), Migration(skipped + 1, f"skips {skipped}", _add_notes)]
    with pytest.raises(MigrationError, match="without gaps"):
        migrate(engine, gap)
