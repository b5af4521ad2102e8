"""Import and export on a real PostgreSQL server (WATCHFLOOR_TEST_PG_URL), in a schema
of its own: the GDELT round trip holds there too. Skipped without a server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import create_engine, make_url, text

from .conftest import Cli

pytestmark = pytest.mark.skipif(
    not os.environ.get("WATCHFLOOR_TEST_PG_URL"),
    reason="no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL to run these tests",
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections work in a fresh schema of their own, dropped afterwards."""
    base = make_url(os.environ["WATCHFLOOR_TEST_PG_URL"])
    schema = f"wf_test_{uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_gdelt_round_trip_on_postgres(cli: Cli, corpus_db: Path, tmp_path: Path,
                                      pg_url: str) -> None:  # fmt: skip
    first, second = tmp_path / "a.export.CSV", tmp_path / "b.export.CSV"
    cli(corpus_db, "export", "--format", "gdelt", "--out", first)
    cli(pg_url, "import", first, "--format", "gdelt")  # type: ignore[arg-type]
    cli(pg_url, "import", first, "--format", "gdelt")  # type: ignore[arg-type]  # a no-op
    cli(pg_url, "export", "--format", "gdelt", "--out", second)  # type: ignore[arg-type]
    rows = sorted(first.read_text(encoding="utf-8").splitlines())
    assert rows and sorted(second.read_text(encoding="utf-8").splitlines()) == rows
