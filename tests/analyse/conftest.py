from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "watchfloor.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A migrated, empty store in a SQLite file of its own."""
    with open_store(f"sqlite:///{db_path}") as opened:
        yield opened
