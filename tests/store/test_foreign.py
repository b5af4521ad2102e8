"""A database that is not watchfloor's is refused before anything is written, and a
command that only reads never migrates (issue 12)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from watchfloor.errors import StoreError
from watchfloor.store import open_store


def foreign(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE documents (name TEXT, body BLOB)")
        conn.execute("INSERT INTO documents VALUES ('mine', x'00')")
    return path


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path, read_only: bool) -> None:
    path = foreign(tmp_path / "theirs.db")
    before, data = schema(path), path.read_bytes()
    with pytest.raises(StoreError, match=r"not a watchfloor database .* documents"):
        open_store(f"sqlite:///{path}", read_only=read_only)
    assert schema(path) == before
    assert path.read_bytes() == data


def test_reading_an_empty_database_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(StoreError, match="no watchfloor data yet"):
        open_store(f"sqlite:///{path}", read_only=True)
    assert schema(path) == []


def test_reading_an_older_database_does_not_migrate_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # as if written before migration 2
        conn.execute("DELETE FROM schema_migrations WHERE version > 1")
    before = schema(path)
    with pytest.raises(StoreError, match="run `watchfloor resolve` once to upgrade"):
        open_store(f"sqlite:///{path}", read_only=True)
    assert schema(path) == before


def test_a_current_database_opens_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "ok.db"
    open_store(f"sqlite:///{path}").close()
    with open_store(f"sqlite:///{path}", read_only=True) as store:
        assert store.counts()["documents"] == 0
