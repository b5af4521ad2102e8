"""Stores built in the tests, and apps over them."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx2; httpx works
    from fastapi.testclient import TestClient

from watchfloor.api import ingest
from watchfloor.serve import create_app
from watchfloor.settings import Settings

from .stores import CORPUS, TOKEN


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding examples/corpus (what `make demo` builds), read-only in tests."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    report = ingest([CORPUS], Settings(db=db))
    assert report.stored and not report.problems
    return db


@pytest.fixture(scope="session")
def demo_client(demo_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=demo_db))) as client:
        yield client


@pytest.fixture
def write_client(tmp_path: Path) -> Iterator[TestClient]:
    """An app with a token, over a database that does not exist yet."""
    with TestClient(create_app(Settings(db=str(tmp_path / "w.db"), token=TOKEN))) as client:
        yield client
