"""Import and export on a real PostgreSQL server (WATCHFLOOR_TEST_PG_URL), in a schema
of its own: the GDELT round trip holds there too. Skipped without a server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import Cli

pytestmark = pytest.mark.skipif(
    not os.environ.get("WATCHFLOOR_TEST_PG_URL"),
    reason="no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL to run these tests",
)


def test_gdelt_round_trip_on_postgres(cli: Cli, corpus_db: Path, tmp_path: Path,
                                      pg_url: str) -> None:  # fmt: skip
    first, second = tmp_path / "a.export.CSV", tmp_path / "b.export.CSV"
    cli(corpus_db, "export", "--format", "gdelt", "--out", first)
    cli(pg_url, "import", first, "--format", "gdelt")  # type: ignore[arg-type]
    cli(pg_url, "import", first, "--format", "gdelt")  # type: ignore[arg-type]  # a no-op
    cli(pg_url, "export", "--format", "gdelt", "--out", second)  # type: ignore[arg-type]
    rows = sorted(first.read_text(encoding="utf-8").splitlines())
    assert rows and sorted(second.read_text(encoding="utf-8").splitlines()) == rows
