"""Migration 3: what a dyad series reads, on the event rows themselves, frozen as it was
when migration 3 was written.

``resolved_events`` gains ``goldstein`` and ``quad_class`` (those of the event's code,
taken from its mentions) and one index over (actor1 country, actor2 country, first day,
Goldstein, quad class): counts and Goldstein sums per period for a dyad are then read
from the index alone, never from the table's rows. Stored events are filled in here.
Never edit this file to change the schema: add a migration in ``migrations.py`` and
make the same change in ``schema.py``.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from watchfloor.store.series_columns import fill_series_columns_sql

SERIES_INDEX = "ix_resolved_events_dyad_series"


def add_series_columns(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE resolved_events ADD COLUMN goldstein FLOAT"))
    conn.execute(text("ALTER TABLE resolved_events ADD COLUMN quad_class INTEGER"))
    conn.execute(text(fill_series_columns_sql("")))
    conn.execute(
        text(
            f"CREATE INDEX {SERIES_INDEX} ON resolved_events "
            "(actor1_country, actor2_country, sort_start, goldstein, quad_class)"
        )
    )
