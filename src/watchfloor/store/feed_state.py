"""Reading and writing the state of watched feeds (table of migration 4).

Times are stored as naive UTC and come back timezone-aware (UTC).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, RowMapping, Table, select

from watchfloor.store.event_records import naive_utc, utc


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the watcher knows of one feed. ``failures`` counts failed checks since the
    last success (it sets the backoff); ``total_failures`` never goes down."""

    url: str
    name: str
    etag: str | None = None
    last_modified: str | None = None
    last_checked: datetime | None = None
    last_success: datetime | None = None
    next_due: datetime | None = None
    failures: int = 0
    total_failures: int = 0
    last_status: str | None = None
    last_error: str | None = None

    def failed(self, at: datetime, error: str, next_due: datetime) -> FeedState:
        return replace(self, last_checked=at, next_due=next_due, failures=self.failures + 1,
                       total_failures=self.total_failures + 1, last_status="failed",
                       last_error=error)  # fmt: skip

    def succeeded(
        self, at: datetime, status: str, next_due: datetime, etag: str | None,
        last_modified: str | None,
    ) -> FeedState:  # fmt: skip
        return replace(self, last_checked=at, last_success=at, next_due=next_due, failures=0,
                       last_status=status, last_error=None, etag=etag,
                       last_modified=last_modified)  # fmt: skip


_TIMES = ("last_checked", "last_success", "next_due")


def read_feed_states(conn: Connection, table: Table) -> list[FeedState]:
    rows = conn.execute(select(table).order_by(table.c.url)).mappings().all()
    return [_from_row(row) for row in rows]


def write_feed_state(conn: Connection, table: Table, state: FeedState) -> None:
    values = asdict(state)
    for key in _TIMES:
        values[key] = naive_utc(values[key]) if values[key] is not None else None
    found = conn.execute(select(table.c.url).where(table.c.url == state.url)).first()
    if found is None:
        conn.execute(table.insert().values(values))
    else:
        conn.execute(table.update().where(table.c.url == state.url).values(values))


def _from_row(row: RowMapping) -> FeedState:
    values = dict(row)
    for key in _TIMES:
        values[key] = utc(values[key]) if values[key] is not None else None
    return FeedState(**values)
