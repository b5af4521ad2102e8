"""Fixtures for event resolution: the articles of ``articles.py`` ingested with the real
extractor into a SQLite file in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor import IngestReport, Settings, ingest
from watchfloor.extract import Extractor
from watchfloor.resolve import ResolvedEvent, describe_stored, load_sources
from watchfloor.store import EventQuery, open_store

from .articles import Events, Ingest


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "watchfloor.db"))


@pytest.fixture
def ingest_into(settings: Settings, extractor: Extractor) -> Ingest:
    """Ingest paths into the test database, as `watchfloor ingest` does."""

    def run(*paths: Path, data_dir: Path | None = None) -> IngestReport:
        chosen = settings if data_dir is None else Settings(db=settings.db, data_dir=data_dir)
        return ingest(list(paths), chosen, extractor=extractor)

    return run


@pytest.fixture
def events(settings: Settings) -> Events:
    """The resolved events of the test database, described for an analyst."""

    def read(query: EventQuery | None = None, data_dir: Path | None = None) -> list[ResolvedEvent]:
        registry = load_sources(data_dir)
        with open_store(settings.db_url) as store:
            return [describe_stored(e, registry) for e in store.events(query or EventQuery())]

    return read
