"""Building a SQLAlchemy engine from a database URL, the same way for every caller.

SQLite gets ``foreign_keys=ON`` and ``journal_mode=WAL`` on every connection (WAL is
written into the file, so it is left alone in a file that holds another program's
tables: such a database is refused before anything is written to it), and
SQLAlchemy, not the ``sqlite3`` driver, emits ``BEGIN``: the driver's legacy mode
would run DDL and reads outside the transaction, so a migration could half-apply.
A connection whose execution options carry ``watchfloor_begin="IMMEDIATE"`` starts
with ``BEGIN IMMEDIATE``, taking the write lock up front, so a writer that reads
first (as ``save_extraction`` does) waits for another writer instead of failing.

Several processes may write at once: SQLite waits up to ``busy_timeout`` seconds for
the write lock (``Settings.busy_timeout_seconds``, ``WATCHFLOOR_BUSY_TIMEOUT``), and
:func:`with_retries` runs a write again when it still meets a lock, or a row that
another writer stored meanwhile (PostgreSQL's unique constraints), so no document is
skipped for having arrived at the same time as another.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)

from watchfloor.errors import StoreError

_FIX_URL = (
    "give a SQLite path as sqlite:///path/to/watchfloor.db, or a PostgreSQL URL as "
    "postgresql+psycopg://user@host/dbname (set WATCHFLOOR_DB or --db)"
)


_T = TypeVar("_T")
DEFAULT_BUSY_TIMEOUT = 60.0
RETRIES = 8


NOT_TEXT = "a value asked for is not valid text (bytes that are not UTF-8): check the arguments"


def build_engine(url: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created if missing, and a
    writer waits up to ``busy_timeout`` seconds for another one."""
    parsed = _parse(url)
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        _make_parent_folder(parsed)
        connect_args["timeout"] = busy_timeout
    try:
        engine = create_engine(parsed, connect_args=connect_args)
    except ArgumentError as exc:
        raise StoreError(f"cannot use database URL {_shown(parsed)}: {exc}; {_FIX_URL}") from exc
    except ImportError as exc:
        raise StoreError(
            f"the database driver for {_shown(parsed)} is not installed ({exc}); for "
            "PostgreSQL install watchfloor[postgres] and use a postgresql+psycopg:// URL"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def check_connection(engine: Engine) -> None:
    """Connect once, so an unreachable server or an unreadable file fails here with a
    message saying what to do, not later in the middle of a migration."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        if engine.dialect.name == "sqlite":
            hint = "check that the file is a SQLite database that you can read and write"
        else:
            hint = "check that the server is running and the URL's user, password and database"
        raise StoreError(
            f"cannot open the database at {describe(engine)}: {reason_of(exc)}; {hint}"
        ) from exc


def with_retries(write: Callable[[], _T], attempts: int = RETRIES) -> _T:
    """``write()``, run again after a short, growing, random pause when it met another
    writer: a lock still held after the busy timeout, a deadlock, or a unique row
    another process stored meanwhile. Other errors, and the last attempt's, propagate."""
    for attempt in range(1, attempts + 1):
        try:
            return write()
        except (OperationalError, IntegrityError) as exc:
            if attempt == attempts or not _transient(exc):
                raise
            time.sleep(min(1.0, random.uniform(0.01, 0.05) * 2**attempt))
    raise AssertionError("unreachable")  # pragma: no cover


def run_read(engine: Engine, job: Callable[[Connection], _T]) -> _T:
    """``job`` on a connection of its own; a database error or a value that is not text
    becomes a StoreError naming the database."""
    try:
        with engine.connect() as conn:
            return job(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"could not read from {describe(engine)}: {reason_of(exc)}") from exc
    except UnicodeEncodeError as exc:
        raise StoreError(NOT_TEXT) from exc


def run_write(writer: Engine, job: Callable[[Connection], _T]) -> _T:
    """``job`` in one transaction of ``writer``: all of it is written or none."""
    try:
        with writer.begin() as conn:
            return job(conn)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"could not write to {describe(writer)}: {reason_of(exc)}; nothing was written"
        ) from exc


def _transient(exc: SQLAlchemyError) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # the same document stored by another writer meanwhile: read again
    reason = reason_of(exc).lower()
    return any(word in reason for word in ("locked", "busy", "deadlock", "could not serialize"))


def same_origin(stored: str | None, given: str | None) -> bool:
    """Whether two documents of one id come from the same input (a new version of it),
    by the file they were read from; a document with no file is its own origin."""
    if stored is None or given is None or stored == given:
        return True
    return os.path.realpath(stored) == os.path.realpath(given)


def reason_of(exc: SQLAlchemyError) -> str:
    """The driver's own message, without the SQL statement and its parameters."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip()
    return str(exc)


def describe(engine: Engine) -> str:
    """The engine's URL with any password hidden, for messages."""
    return _shown(engine.url)


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL: {_FIX_URL}") from exc


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _sqlite_file(url: URL) -> Path | None:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _make_parent_folder(url: URL) -> None:
    path = _sqlite_file(url)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder {path.parent} for the database {path}: "
            f"{exc.strerror or exc}; choose another path with WATCHFLOOR_DB or --db"
        ) from exc


def _configure_sqlite(engine: Engine) -> None:
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN, see _on_sqlite_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        if _ours_or_empty(cursor):
            cursor.execute("PRAGMA journal_mode=WAL")
        # in WAL mode NORMAL never corrupts the file and loses nothing when the process
        # is killed; only a power cut can take back the last commits. FULL would wait
        # for the disk after every document.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _ours_or_empty(cursor: Any) -> bool:
    names = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return not names or "schema_migrations" in names


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("watchfloor_begin", "")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")
