"""Migration 3: what a dyad series reads, frozen as it was when migration 3 was written.

``resolved_events`` gains ``goldstein`` and ``quad_class`` (those of the event's code,
taken from its mentions), an index over (actor1 country, actor2 country, first day,
Goldstein, quad class), and two covering indexes for listings by dyad or target and
dates. ``dyad_days`` holds, per dyad, day and quad class, how many
events begin that day and their Goldstein sum; the store keeps it as it writes events
(``series_summary.py``), and a series over millions of events reads a few thousand of
its rows. Stored events are filled in and counted here. Never edit this file to change
the schema: add a migration in ``migrations.py`` and make the same change in
``schema.py``.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Float, Integer, MetaData, String, Table, text

from watchfloor.store.series_columns import fill_series_columns_sql

# what the summary is counted from, and two that listings filtering on a dyad or a
# target and a date range answer from without reading the event rows
INDEXES = {
    "ix_resolved_events_dyad_series": (
        "actor1_country", "actor2_country", "sort_start", "goldstein", "quad_class",
    ),
    "ix_resolved_events_dyad_listing": (
        "actor1_country", "actor2_country", "sort_end", "sort_start", "code", "id",
    ),
    "ix_resolved_events_target_listing": ("actor2_country", "sort_end", "sort_start", "code", "id"),
}  # fmt: skip
_COUNT_DAYS = """
INSERT INTO dyad_days (actor1_country, actor2_country, day, quad_class, events, goldstein_sum)
SELECT actor1_country, actor2_country, sort_start, COALESCE(quad_class, 0), COUNT(*),
       COALESCE(SUM(goldstein), 0.0)
FROM resolved_events
WHERE actor2_country IS NOT NULL AND sort_start IS NOT NULL
GROUP BY actor1_country, actor2_country, sort_start, COALESCE(quad_class, 0)
"""


def add_series_columns(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE resolved_events ADD COLUMN goldstein FLOAT"))
    conn.execute(text("ALTER TABLE resolved_events ADD COLUMN quad_class INTEGER"))
    conn.execute(text(fill_series_columns_sql("")))
    for name, columns in INDEXES.items():
        conn.execute(text(f"CREATE INDEX {name} ON resolved_events ({', '.join(columns)})"))
    Table(
        "dyad_days",
        MetaData(),
        Column("actor1_country", String, primary_key=True),
        Column("actor2_country", String, primary_key=True),
        Column("day", String, primary_key=True),
        Column("quad_class", Integer, primary_key=True, autoincrement=False),
        Column("events", Integer, nullable=False),
        Column("goldstein_sum", Float, nullable=False),
    ).create(conn)
    conn.execute(text(_COUNT_DAYS))
