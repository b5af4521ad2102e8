"""The store on a real PostgreSQL server: the same round trip and queries as on SQLite.

Runs when WATCHFLOOR_TEST_PG_URL names a server, e.g.
``postgresql+psycopg://postgres:postgres@localhost:5432/postgres``; each test works in
a schema of its own, dropped afterwards. Skipped otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from watchfloor.errors import MigrationError, StoreError
from watchfloor.models import Certainty
from watchfloor.store import FeedState, MentionQuery, Store, open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import latest_version, migrate

from .stories import dyad_story, north_korea_russia, query_corpus

pytestmark = pytest.mark.skipif(
    not os.environ.get("WATCHFLOOR_TEST_PG_URL"),
    reason=(
        "no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL="
        "postgresql+psycopg://user:password@host/dbname to run these tests"
    ),
)


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    with open_store(pg_url) as store:
        yield store


def test_migrations_run_once_and_refuse_newer(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert store.schema_version() == latest_version()
    engine = build_engine(pg_url)
    assert migrate(engine) == []
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations VALUES (9, 'future', now())"))
    engine.dispose()
    with pytest.raises(MigrationError, match="upgrade watchfloor"):
        open_store(pg_url)


def test_round_trip(pg_store: Store) -> None:
    extraction = north_korea_russia()
    assert pg_store.save_extraction(extraction, signature=b"\x00sig").reason == "new"

    assert {s.mention for s in pg_store.mentions()} == set(extraction.mentions)
    assert pg_store.sentences(extraction.document.id) == list(extraction.sentences)
    assert pg_store.tables() == list(extraction.tables)
    assert pg_store.document_text(extraction.document.id) == extraction.document.text
    assert list(pg_store.signatures()) == [(extraction.document.id, b"\x00sig")]
    assert pg_store.source_labels()["KORSPY"] == "South Korea's National Intelligence Service"


def test_same_content_then_update(pg_store: Store) -> None:
    first = north_korea_russia()
    pg_store.save_extraction(first)
    assert not pg_store.save_extraction(first).inserted
    updated = replace(first, document=replace(first.document, text="new"), tables=())
    assert pg_store.save_extraction(updated).reason == "updated"
    assert pg_store.document_text(first.document.id) == "new"
    assert pg_store.counts()["tables"] == 0


def test_a_failure_mid_save_keeps_earlier_documents(pg_store: Store) -> None:
    pg_store.save_extraction(north_korea_russia("kp-ru-0001"))
    counts = pg_store.counts()
    source = north_korea_russia("kp-ru-0002")
    broken = replace(source.mentions[1], sentence=None)  # type: ignore[arg-type]

    with pytest.raises(StoreError, match="kp-ru-0002"):
        pg_store.save_extraction(replace(source, mentions=(source.mentions[0], broken)))

    assert pg_store.document("kp-ru-0002") is None
    assert pg_store.counts() == counts


@pytest.mark.parametrize(
    "query",
    [
        MentionQuery(),
        MentionQuery(dyad=("PRK", "RUS")),
        MentionQuery(dyad=("RUS", "PRK"), undirected=True),
        MentionQuery(actor="RUSMIL"),
        MentionQuery(actor="UKR"),
        MentionQuery(code="07"),
        MentionQuery(code="072"),
        MentionQuery(since="2024-10", until="2024-10"),
        MentionQuery(since="2024-10-20", until="2024-11-05"),
        MentionQuery(until="2024-09-30"),
        MentionQuery(since="1900", until="9999"),
        MentionQuery(certainty=("possible", Certainty.DENIED)),
        MentionQuery(include_duplicates=False),
        MentionQuery(limit=3),
    ],
    ids=repr,
)
def test_queries_answer_as_on_sqlite(pg_store: Store, tmp_path: Path, query: MentionQuery) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as sqlite_store:
        expected = [s.mention for s in query_corpus(sqlite_store).mentions(query)]
    assert [s.mention for s in query_corpus(pg_store).mentions(query)] == expected


def test_dyad_counts_and_feed_state_answer_as_on_sqlite(pg_store: Store, tmp_path: Path) -> None:
    state = FeedState("https://example.org/rss.xml", "Example", etag='"v1"', failures=2,
                      next_due=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))  # fmt: skip
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as sqlite_store:
        dyad_story(sqlite_store)
        expected = [sqlite_store.dyad_counts(("PRK", "RUS"), by)
                    for by in ("day", "week", "month")]  # fmt: skip
    dyad_story(pg_store)
    pg_store.save_feed_state(state)
    pg_store.save_feed_state(replace(state, failures=3))

    assert [pg_store.dyad_counts(("PRK", "RUS"), by) for by in ("day", "week", "month")] == expected
    assert expected[2][0].events == 2
    assert pg_store.feed_states() == [replace(state, failures=3)]
