"""Migration 4: the state of watched feeds (``watchfloor watch``), frozen as it was when
migration 4 was written.

One row per feed URL: the validators for conditional requests (``etag``,
``last_modified``), when it was last checked and last fetched whole, when it is due
next, consecutive and total failures and the last error. Never edit this file to change
the schema: add a migration in ``migrations.py`` and make the same change in
``schema.py``.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Integer, MetaData, String, Table, Text


def create_feed_state(conn: Connection) -> None:
    feed_state_table(MetaData()).create(conn)


def feed_state_table(metadata: MetaData) -> Table:
    return Table(
        "feed_state",
        metadata,
        Column("url", String, primary_key=True),
        Column("name", Text, nullable=False),
        Column("etag", Text),
        Column("last_modified", Text),
        Column("last_checked", DateTime),
        Column("last_success", DateTime),
        Column("next_due", DateTime),
        Column("failures", Integer, nullable=False),
        Column("total_failures", Integer, nullable=False),
        Column("last_status", Text),
        Column("last_error", Text),
    )
