"""Registered, ordered schema migrations, in the manner of sqlite-utils' ``migrations``.

Each migration is a function of an open connection, registered with a version number
in ``default_migrations()``. The ``schema_migrations`` table records the versions
applied. ``migrate`` applies every pending migration, in order, in one transaction:
either all of them take effect or none does. To change the schema, append a
``Migration(n + 1, "what it does", function)`` and make the same change in
``schema.py``; never edit a migration that has been released.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from watchfloor.errors import MigrationError, StoreError
from watchfloor.store.assessment_schema import create_assessment_tables
from watchfloor.store.engine import describe, reason_of
from watchfloor.store.event_schema import create_event_tables
from watchfloor.store.feed_schema import create_feed_state
from watchfloor.store.import_schema import create_import_tables
from watchfloor.store.initial_schema import create_initial_schema
from watchfloor.store.notice_schema import create_notice_tables
from watchfloor.store.series_schema import add_series_columns

# Any constant will do: it names the lock that serialises migrations on PostgreSQL.
_PG_MIGRATION_LOCK = 0x77617463


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def default_migrations() -> tuple[Migration, ...]:
    """Every migration watchfloor knows, oldest first."""
    return (
        Migration(1, "initial schema", create_initial_schema),
        Migration(2, "resolved events", create_event_tables),
        Migration(3, "dyad series columns and index on resolved events", add_series_columns),
        Migration(4, "state of watched feeds", create_feed_state),
        Migration(5, "notifications sent", create_notice_tables),
        Migration(6, "assessments and ACH overrides", create_assessment_tables),
        Migration(7, "provenance of imported rows", create_import_tables),
    )


def migrate(engine: Engine, migrations: Sequence[Migration] | None = None) -> list[int]:
    """Apply pending migrations in one transaction; return the versions applied.

    Raises MigrationError if the database is newer than the code or a migration fails
    (the database is then left as it was)."""
    known = _checked(default_migrations() if migrations is None else migrations)
    writer = engine.execution_options(watchfloor_begin="IMMEDIATE")
    try:
        with writer.begin() as conn:
            _lock(conn)
            _refuse_foreign(conn, engine)
            table = _bookkeeping_table(MetaData())
            table.create(conn, checkfirst=True)
            applied = set(conn.scalars(select(table.c.version)))
            _refuse_newer(applied, known, engine)
            pending = [m for m in known if m.version not in applied]
            for migration in pending:
                _apply(conn, table, migration)
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise MigrationError(
            f"could not migrate the database at {describe(engine)}: {reason_of(exc)}. "
            "Nothing was changed; "
            "check that this is a watchfloor database and that it is writable"
        ) from exc
    return [m.version for m in pending]


def check_current(engine: Engine, migrations: Sequence[Migration] | None = None) -> None:
    """For a command that only reads: StoreError unless the database is watchfloor's at
    the current schema version. Nothing is written."""
    latest = latest_version(migrations)
    try:
        with engine.connect() as conn:
            _refuse_foreign(conn, engine)
            version = current_version(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"could not read from {describe(engine)}: {reason_of(exc)}") from exc
    if version == 0:
        raise StoreError(f"{describe(engine)} holds no watchfloor data yet: ingest documents "
                         "first (watchfloor ingest PATH)")  # fmt: skip
    if version < latest:
        raise StoreError(
            f"the database at {describe(engine)} has schema version {version}; this watchfloor "
            f"needs {latest}: run `watchfloor resolve` once to upgrade it (a command that "
            "only reads never changes the database)"
        )
    if version > latest:
        raise MigrationError(
            f"the database at {describe(engine)} has schema version {version}, but this "
            f"watchfloor knows versions up to {latest}: upgrade watchfloor to use this database"
        )


def _refuse_foreign(conn: Connection, engine: Engine) -> None:
    """A database with tables but no migration record is some other program's: refused
    before anything is written to it."""
    tables = inspect(conn).get_table_names()
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"the database at {describe(engine)} is not a watchfloor database (it holds "
            f"other tables: {shown}); nothing was written: give --db / WATCHFLOOR_DB a new "
            "file or an existing watchfloor database"
        )


def current_version(conn: Connection) -> int:
    """The highest migration version recorded, 0 for a database never migrated."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    table = _bookkeeping_table(MetaData())
    return int(conn.scalar(select(func.coalesce(func.max(table.c.version), 0))) or 0)


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    known = default_migrations() if migrations is None else migrations
    return max((m.version for m in known), default=0)


def _bookkeeping_table(metadata: MetaData) -> Table:
    return Table(
        "schema_migrations",
        metadata,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("name", String, nullable=False),
        Column("applied_at", DateTime, nullable=False),
    )


def _checked(migrations: Sequence[Migration]) -> list[Migration]:
    ordered = sorted(migrations, key=lambda m: m.version)
    versions = [m.version for m in ordered]
    if versions != list(range(1, len(ordered) + 1)):
        raise MigrationError(f"migration versions must run 1, 2, 3... without gaps: {versions}")
    return ordered


def _lock(conn: Connection) -> None:
    # SQLite: the IMMEDIATE transaction already holds the write lock. PostgreSQL: take
    # a transaction-scoped advisory lock so two processes never migrate at once.
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})


def _refuse_newer(applied: set[int], known: list[Migration], engine: Engine) -> None:
    newest = max(applied, default=0)
    latest = known[-1].version if known else 0
    if newest > latest:
        raise MigrationError(
            f"the database at {describe(engine)} has schema version {newest}, but this watchfloor "
            f"knows versions up to {latest}: upgrade watchfloor to use this database"
        )


def _apply(conn: Connection, table: Table, migration: Migration) -> None:
    try:
        migration.apply(conn)
    except SQLAlchemyError as exc:
        raise MigrationError(
            f"migration {migration.version} ({migration.name}) failed: {reason_of(exc)}. "
            "Nothing was changed"
        ) from exc
    conn.execute(
        table.insert().values(
            version=migration.version,
            name=migration.name,
            applied_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
