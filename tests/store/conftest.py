from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.store import Store, open_store


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store in a SQLite file of its own."""
    with open_store(f"sqlite:///{tmp_path / 'watchfloor.db'}") as store:
        yield store


@pytest.fixture
def memory_store() -> Iterator[Store]:
    """A migrated, empty in-memory SQLite store (``sqlite://``)."""
    with open_store("sqlite://") as store:
        yield store


@pytest.fixture(params=["file", "memory"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each test using it runs once on a SQLite file and once in memory."""
    url = f"sqlite:///{tmp_path / 'watchfloor.db'}" if request.param == "file" else "sqlite://"
    with open_store(url) as store:
        yield store
