"""Fixtures every test folder shares: a PostgreSQL schema of its own per test (or per
module), on the server WATCHFLOOR_TEST_PG_URL names (`.ci/run` starts one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from uuid import uuid4

import pytest
from sqlalchemy import create_engine, make_url, text

NO_SERVER = (
    "no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL="
    "postgresql+psycopg://user:password@host/dbname to run these tests"
)


@contextmanager
def _fresh_schema() -> Iterator[str]:
    """A URL whose connections work in a fresh schema of their own, dropped afterwards;
    the test is skipped when no server is named."""
    named = os.environ.get("WATCHFLOOR_TEST_PG_URL")
    if not named:
        pytest.skip(NO_SERVER)
    base = make_url(named)
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


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL in a schema of this test's own."""
    with _fresh_schema() as url:
        yield url


@pytest.fixture(scope="module")
def pg_module_url() -> Iterator[str]:
    """A PostgreSQL URL in a schema that the tests of one module share."""
    with _fresh_schema() as url:
        yield url
