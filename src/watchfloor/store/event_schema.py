"""Migration 2: resolved events, frozen as it was when migration 2 was written.

Three tables: ``resolved_events`` (one row per happening, with the columns listings
filter on), ``event_mentions`` (which event each mention belongs to, and when it
joined) and ``event_history`` (what changed, when). Never edit this file to change the
schema: add a migration in ``migrations.py`` and make the same change in ``schema.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)


def create_event_tables(conn: Connection) -> None:
    metadata = MetaData()
    # Stand-in for the existing table, so that the foreign key below resolves.
    Table("mentions", metadata, Column("id", Integer, primary_key=True))
    events = Table(
        "resolved_events",
        metadata,
        Column("id", String, primary_key=True),
        Column("code", String, nullable=False),
        Column("root", String, nullable=False),
        Column("actor1_code", String, nullable=False),
        Column("actor1_country", String, nullable=False),
        Column("actor2_code", String),
        Column("actor2_country", String),
        Column("location_name", Text),
        Column("location_country", String),
        Column("date_start", String),
        Column("date_end", String),
        Column("sort_start", String),
        Column("sort_end", String),
        Column("window_start", String),
        Column("window_end", String),
        Column("mentions", Integer, nullable=False),
        Column("snapshot", Text, nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("updated_at", DateTime, nullable=False),
    )
    Index("ix_resolved_events_root_actor1", events.c.root, events.c.actor1_country)
    Index("ix_resolved_events_actor2_country", events.c.actor2_country)
    Index("ix_resolved_events_sort_start", events.c.sort_start)
    links = Table(
        "event_mentions",
        metadata,
        Column(
            "mention_id",
            Integer,
            ForeignKey("mentions.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        Column(
            "event_id",
            String,
            ForeignKey("resolved_events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("added_at", DateTime, nullable=False),
    )
    Index("ix_event_mentions_event_id", links.c.event_id)
    history = Table(
        "event_history",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "event_id",
            String,
            ForeignKey("resolved_events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("at", DateTime, nullable=False),
        Column("change", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    Index("ix_event_history_event_id", history.c.event_id)
    for table in (events, links, history):
        table.create(conn)
