"""open_store: URLs, files, folders and connection settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from watchfloor.errors import StoreError
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import latest_version


def test_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "watchfloor.db"
    with open_store(Settings(db=str(path)).db_url) as store:
        assert store.schema_version() == latest_version()
    assert path.is_file()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_writes_take_the_lock_up_front(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'w.db'}")
    issued: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.set_trace_callback(issued.append)
    with engine.execution_options(watchfloor_begin="IMMEDIATE").begin() as conn:
        conn.execute(text("SELECT 1"))
    with engine.begin() as conn:
        conn.execute(text("SELECT 1"))
    assert [s for s in issued if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE", "BEGIN"]


def test_in_memory_store_works() -> None:
    with open_store("sqlite://") as store:
        assert store.schema_version() == latest_version()
        assert store.counts()["documents"] == 0


def test_not_a_url() -> None:
    with pytest.raises(StoreError, match=r"'watchfloor\.db' is not a database URL.*sqlite:///"):
        open_store("watchfloor.db")


def test_unknown_database_kind() -> None:
    with pytest.raises(StoreError, match=r"cannot use database URL nosuchdb://host/x"):
        open_store("nosuchdb://host/x")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=rf"{path}.*not a database.*SQLite database"):
        open_store(f"sqlite:///{path}")
    assert path.read_text().startswith("these are my notes")


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=rf"cannot open the database at .*{tmp_path}"):
        open_store(f"sqlite:///{tmp_path}")


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match=r"cannot create the folder .*file.*WATCHFLOOR_DB"):
        open_store(f"sqlite:///{blocker / 'sub' / 'w.db'}")


def test_passwords_are_not_shown() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://me:secret@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "secret" not in str(caught.value)
    assert "me:***@127.0.0.1" in str(caught.value)
