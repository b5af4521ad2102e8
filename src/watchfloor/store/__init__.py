"""The store: the only part of watchfloor that touches the database (SQLAlchemy Core,
SQLite by default, PostgreSQL by URL).

    store = open_store(settings.db_url)      # creates and migrates as needed
    store.save_extraction(extraction)
    store.mentions(MentionQuery(dyad=("PRK", "RUS"), since="2024-10"))
    store.events(EventQuery(dyad=("PRK", "RUS")))   # resolved events (watchfloor.resolve)
"""

from __future__ import annotations

from watchfloor.errors import StoreError
from watchfloor.store.assessments import AssessmentStore, CellOverride, StoredAssessment
from watchfloor.store.engine import DEFAULT_BUSY_TIMEOUT, build_engine, check_connection
from watchfloor.store.event_queries import EventQuery
from watchfloor.store.event_records import (
    EventColumns,
    EventMember,
    EventWrite,
    HistoryEntry,
    StoredEvent,
)
from watchfloor.store.events import EventSession
from watchfloor.store.facets import EventFacets, Pair
from watchfloor.store.feed_state import FeedState
from watchfloor.store.imports import Provenance
from watchfloor.store.migrations import check_current, migrate
from watchfloor.store.notices import SentNotice
from watchfloor.store.queries import MentionQuery
from watchfloor.store.records import SaveResult, StoredDocument, StoredMention
from watchfloor.store.series import DyadCount
from watchfloor.store.store import Store

__all__ = [
    "AssessmentStore",
    "CellOverride",
    "DyadCount",
    "EventColumns",
    "EventFacets",
    "EventMember",
    "EventQuery",
    "EventSession",
    "EventWrite",
    "FeedState",
    "HistoryEntry",
    "MentionQuery",
    "Pair",
    "Provenance",
    "SaveResult",
    "SentNotice",
    "Store",
    "StoredAssessment",
    "StoredDocument",
    "StoredEvent",
    "StoredMention",
    "open_store",
]


def open_store(
    url: str, *, read_only: bool = False, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
) -> Store:
    """Open the database at ``url`` (``Settings.db_url``), creating a SQLite file and
    its folder if needed, and apply pending migrations in one transaction. With
    ``read_only`` nothing is created or migrated: the database must be a watchfloor
    database at the current schema version.

    Raises StoreError if the URL is unusable, the database cannot be opened or is not
    watchfloor's, and MigrationError if it was written by a newer watchfloor."""
    engine = build_engine(url, busy_timeout)
    try:
        check_connection(engine)
        if read_only:
            check_current(engine)
        else:
            migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)
