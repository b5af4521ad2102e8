"""Migration 1: the initial schema, frozen as it was when migration 1 was written.

Never edit this file to change the schema: databases in the field already ran it.
Add a migration in ``migrations.py`` and make the same change in ``schema.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)


def create_initial_schema(conn: Connection) -> None:
    metadata = MetaData()
    Table(
        "documents",
        metadata,
        Column("id", String, primary_key=True),
        Column("title", Text),
        Column("published", Date),
        Column("outlet", Text),
        Column("url", Text),
        Column("path", Text),
        Column("content_hash", String(64), nullable=False, unique=True),
        Column("text", Text, nullable=False),
        Column("duplicate_of", String, ForeignKey("documents.id", ondelete="SET NULL")),
        Column("signature", LargeBinary),
        Column("ingested_at", DateTime, nullable=False),
    )
    _doc_child(
        metadata,
        "sentences",
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
    )
    _doc_child(
        metadata,
        "doc_tables",
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("header", Text, nullable=False),
        Column("rows", Text, nullable=False),
    )
    _mentions(metadata)
    for name in ("actors", "sources"):
        Table(
            name,
            metadata,
            Column("code", String, primary_key=True),
            Column("label", Text, nullable=False),
        )
    metadata.create_all(conn)


def _doc_child(metadata: MetaData, name: str, *columns: Column[object]) -> Table:
    return Table(
        name,
        metadata,
        Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("idx", Integer, primary_key=True, autoincrement=False),
        *columns,
    )


def _mentions(metadata: MetaData) -> None:
    table = Table(
        "mentions",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("sentence_idx", Integer),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("sentence", Text, nullable=False),
        Column("code", String, nullable=False),
        Column("root", String, nullable=False),
        Column("quad_class", Integer, nullable=False),
        Column("goldstein", Float, nullable=False),
        Column("actor1_code", String, nullable=False),
        Column("actor1_text", Text, nullable=False),
        Column("actor1_country", String, nullable=False),
        Column("actor2_code", String),
        Column("actor2_text", Text),
        Column("actor2_country", String),
        Column("date_value", String),
        Column("date_text", Text),
        Column("sort_date", String),
        Column("location_name", Text),
        Column("location_country", String),
        Column("lat", Float),
        Column("lon", Float),
        Column("quantity_value", Float),
        Column("quantity_low", Float),
        Column("quantity_high", Float),
        Column("quantity_unit", Text),
        Column("quantity_approx", Boolean),
        Column("quantity_text", Text),
        Column("source_code", String),
        Column("source_text", Text),
        Column("certainty", String, nullable=False),
        sqlite_autoincrement=True,
    )
    for name in (
        "doc_id",
        "code",
        "actor1_code",
        "actor2_code",
        "actor1_country",
        "actor2_country",
        "date_value",
        "sort_date",
    ):
        Index(f"ix_mentions_{name}", table.c[name])
