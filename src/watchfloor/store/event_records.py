"""What the store returns and takes for resolved events (migration 2).

The store keeps which mentions make up an event, when each joined and what changed;
everything an analyst reads about an event (corroboration, estimates, grades) is worked
out from its mentions by ``watchfloor.resolve``, so editing the source registry changes
grades without touching the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import RowMapping

from watchfloor.models import Mention
from watchfloor.store.records import mention_from_row


@dataclass(frozen=True, slots=True)
class EventMember:
    """A stored mention as event resolution sees it: with its document's metadata, the
    document it copies when it is a near-duplicate (``original_doc``, else its own),
    and when it joined its event (None while it is in none)."""

    mention_id: int
    mention: Mention
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None
    original_doc: str
    original_outlet: str | None
    added_at: datetime | None = None
    import_key: str | None = None  # the external event of an imported row (``gdelt:123``)

    @property
    def doc(self) -> str:
        return self.mention.doc

    @property
    def is_imported(self) -> bool:
        """Made from a row of a GDELT or ACLED file, not extracted from a report."""
        return self.import_key is not None

    @property
    def is_copy(self) -> bool:
        """The document is a near-duplicate (syndicated copy) of another one."""
        return self.original_doc != self.mention.doc


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime  # UTC, timezone-aware
    change: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A resolved event as stored: its members (oldest first), its history and the
    snapshot of its figures when it last changed (JSON, what history is diffed against)."""

    id: str
    members: tuple[EventMember, ...]
    history: tuple[HistoryEntry, ...]
    snapshot: str
    created_at: datetime
    updated_at: datetime

    def snapshot_dict(self) -> dict[str, Any]:
        loaded = json.loads(self.snapshot or "{}")
        return loaded if isinstance(loaded, dict) else {}


@dataclass(frozen=True, slots=True)
class EventColumns:
    """The ``resolved_events`` columns that listings filter and sort on, derived from the
    event's mentions. Dates are ISO strings: ``date_start``/``date_end`` at the precision
    given, ``sort_*`` and ``window_*`` as days."""

    code: str
    root: str
    actor1_code: str
    actor1_country: str
    actor2_code: str | None
    actor2_country: str | None
    location_name: str | None
    location_country: str | None
    date_start: str | None
    date_end: str | None
    sort_start: str | None
    sort_end: str | None
    window_start: str | None
    window_end: str | None
    mentions: int
    snapshot: str


@dataclass(frozen=True, slots=True)
class EventWrite:
    """One event to write: its columns, the mentions that join it now, and the history
    lines that say what changed. ``new``: insert rather than update."""

    id: str
    columns: EventColumns
    added: tuple[int, ...]
    changes: tuple[str, ...]
    new: bool


def member_from_row(row: RowMapping, originals: dict[str, tuple[str, str | None]]) -> EventMember:
    """A member from a mentions row joined to its document (``doc_*`` labels) and, when
    it is linked, to ``event_mentions`` (``added_at``)."""
    doc = row["doc_id"]
    original, original_outlet = originals.get(doc, (doc, row["doc_outlet"]))
    added = row.get("added_at")
    return EventMember(
        mention_id=row["id"],
        mention=mention_from_row(row),
        outlet=row["doc_outlet"],
        published=row["doc_published"],
        title=row["doc_title"],
        url=row["doc_url"],
        original_doc=original,
        original_outlet=original_outlet,
        added_at=utc(added) if added is not None else None,
        import_key=row.get("import_key"),
    )


def utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def naive_utc(value: datetime) -> datetime:
    """How DateTime columns hold a moment: UTC without a timezone."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
