"""Migration 5: what notifications were sent, frozen as it was when migration 5 was
written. Never edit this file to change the schema: add a migration in
``migrations.py`` and make the same change in ``schema.py``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)


def create_notice_tables(conn: Connection) -> None:
    notices_table(MetaData()).create(conn)


def notices_table(metadata: MetaData) -> Table:
    """``notices_sent``: one row per notice and channel that received it (``webhook:<url>``,
    ``email``, ``atom:<path>``), so nothing goes out twice; the atom feed is rebuilt from
    its rows."""
    return Table(
        "notices_sent",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("channel", String, nullable=False),
        Column("notice_key", String, nullable=False),
        Column("kind", String, nullable=False),
        Column("title", Text, nullable=False),
        Column("summary", Text, nullable=False),
        Column("link", Text),
        Column("payload", Text, nullable=False),
        Column("noticed_at", DateTime, nullable=False),
        Column("sent_at", DateTime, nullable=False),
        UniqueConstraint("channel", "notice_key", name="uq_notices_sent_channel_key"),
        sqlite_autoincrement=True,
    )
