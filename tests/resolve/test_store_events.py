"""The store's side of resolution: migration 2 upgrades a database in the field, events
are read back whole, and queries check their filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from watchfloor import Settings
from watchfloor.errors import ConfigError
from watchfloor.extract import Extractor
from watchfloor.ingest import read_paths
from watchfloor.models import Document
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.store import EventQuery, Store, open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import current_version, default_migrations, latest_version, migrate

from .articles import BATCH1, Ingest


def test_migration_2_upgrades_a_version_1_database_and_resolve_catches_up(
    tmp_path: Path, extractor: Extractor
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = build_engine(url)
    migrate(engine, default_migrations()[:1])
    old = Store(engine)
    for document in read_paths([BATCH1]):
        assert isinstance(document, Document)
        old.save_extraction(extractor.extract(document))
    old.close()

    with open_store(url) as store:
        assert store.schema_version() == latest_version()  # migration 2 and those after
        assert store.counts()["documents"] == 2, "migration 2 keeps what was stored"
        assert store.events() == []
        waiting = store.unresolved_count()
        assert waiting == store.counts()["mentions"] > 0

        done = resolve_pending(store, ResolveRules(load_sources()))

        assert done.mentions == waiting and done.created
        assert store.unresolved_count() == 0
        assert {m.doc for e in store.events() for m in e.members} == {"res-01", "res-02"}
    with build_engine(url).connect() as conn:
        assert current_version(conn) == latest_version()
        assert {"resolved_events", "event_mentions", "event_history"} <= set(
            inspect(conn).get_table_names()
        )


def test_events_come_back_with_members_history_and_times(
    ingest_into: Ingest, settings: Settings
) -> None:
    ingest_into(BATCH1)
    with open_store(settings.db_url) as store:
        (stored,) = store.events(EventQuery(dyad=("PRK", "RUS")))
        again = store.event(stored.id)

    assert again == stored
    assert {m.doc for m in stored.members} == {"res-01", "res-02"}
    assert stored.history and stored.created_at == stored.updated_at
    assert stored.snapshot_dict()["corroboration"] == 2
    assert all(m.added_at == stored.created_at for m in stored.members)


def test_event_ids_of_a_document(ingest_into: Ingest, settings: Settings) -> None:
    ingest_into(BATCH1)
    with open_store(settings.db_url) as store:
        (stored,) = store.events(EventQuery(code="072"))
        assert store.event_ids_of_document("res-02") == [stored.id]
        assert store.event_ids_of_document("no-such-doc") == []
        assert store.event("no-such-event") is None


@pytest.mark.parametrize(
    "query",
    [
        {"dyad": ("PRK",)},
        {"code": "seven"},
        {"since": "March 2026"},
        {"limit": -1},
        {"ids": ("",)},
    ],
)
def test_event_queries_check_their_filters(query: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        EventQuery(**query)  # type: ignore[arg-type]
