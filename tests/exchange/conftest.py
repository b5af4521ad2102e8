"""Fixtures for the exchange formats: the example corpus ingested once, with the real
extractor, into a SQLite file; each test works on its own copy; and the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from watchfloor import Settings, ingest
from watchfloor.cli import main
from watchfloor.extract import Extractor

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
# The settings a user's shell may hold must not leak into these tests.
CLEAN_ENV: Mapping[str, str | None] = {
    "WATCHFLOOR_DB": None, "WATCHFLOOR_DATA": None, "WATCHFLOOR_BACKEND": None,
}  # fmt: skip

Cli = Callable[..., Result]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    report = ingest([CORPUS], Settings(db=str(path)), extractor=Extractor.from_settings(Settings()))
    assert report.events_created and not report.problems
    return path


@pytest.fixture
def store_db(corpus_db: Path, tmp_path: Path) -> Path:
    """A copy of the corpus store this test may change."""
    copy = tmp_path / "store.db"
    shutil.copyfile(corpus_db, copy)
    return copy


@pytest.fixture
def cli() -> Cli:
    """Run ``watchfloor --db DB ARGS...``; asserts success unless ``fails=True``."""

    def run(db: Path, *args: str | Path, fails: bool = False) -> Result:
        result = CliRunner(env=CLEAN_ENV).invoke(main, ["--db", str(db), *map(str, args)])
        if not fails:
            assert result.exit_code == 0, (result.output, result.exception)
        return result

    return run
