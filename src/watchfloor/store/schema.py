"""The tables as the code reads and writes them today, in SQLAlchemy Core.

This is the schema after the last migration in ``migrations.py``. It is built by a
function, not held in module globals, so two stores never share a ``MetaData``.
Changing a table here means adding a migration that makes the same change to databases
in the field; ``tests/store/test_schema.py`` checks that the two agree.

Resolved events (migration 2): ``resolved_events`` holds one row per happening, with
the columns listings filter on (derived from its mentions when it last changed, so a
query never re-reads every mention); ``window_start``/``window_end`` are the days its
dated evidence covers, what resolution matches new mentions against (NULL for an event
known only by year). ``event_mentions`` puts each mention in exactly one event and says
when it joined; ``event_history`` says what changed, when.

Imported rows (migration 7): ``imported_rows`` says where a document made from a row of
a GDELT or ACLED file came from, and which external event (``event_key``) it belongs to.

Dates of events (``mentions.date_value``) are ISO strings at the precision the text
gives (``2024``, ``2024-10``, ``2024-10-18``). ``mentions.sort_date`` is the event date,
else the document's published date: what ordering and ``since``/``until`` use.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
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

from watchfloor.store.assessment_schema import assessment_tables
from watchfloor.store.feed_schema import feed_state_table
from watchfloor.store.import_schema import imported_rows_table
from watchfloor.store.notice_schema import notices_table
from watchfloor.store.series_schema import INDEXES as SERIES_INDEXES


@dataclass(frozen=True, slots=True)
class Schema:
    metadata: MetaData
    documents: Table
    sentences: Table
    mentions: Table
    doc_tables: Table
    actors: Table
    sources: Table
    events: Table
    event_mentions: Table
    event_history: Table
    dyad_days: Table
    feed_state: Table
    notices_sent: Table
    imported_rows: Table


def build_schema() -> Schema:
    metadata = MetaData()
    assessment_tables(metadata)  # migration 6, read by store/assessments.py
    return Schema(
        metadata=metadata,
        documents=_documents(metadata),
        sentences=_sentences(metadata),
        mentions=_mentions(metadata),
        doc_tables=_doc_tables(metadata),
        actors=_labels(metadata, "actors"),
        sources=_labels(metadata, "sources"),
        events=_events(metadata),
        event_mentions=_event_mentions(metadata),
        event_history=_event_history(metadata),
        dyad_days=_dyad_days(metadata),
        feed_state=feed_state_table(metadata),  # migration 4, unchanged since
        notices_sent=notices_table(metadata),  # migration 5, unchanged since
        imported_rows=imported_rows_table(metadata),  # migration 7, unchanged since
    )


def _documents(metadata: MetaData) -> Table:
    return Table(
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


def _sentences(metadata: MetaData) -> Table:
    return Table(
        "sentences",
        metadata,
        Column(
            "doc_id",
            String,
            ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("idx", Integer, primary_key=True, autoincrement=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
    )


def _mentions(metadata: MetaData) -> Table:
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
    for name in _MENTION_INDEXED:
        Index(f"ix_mentions_{name}", table.c[name])
    return table


_MENTION_INDEXED = (
    "doc_id",
    "code",
    "actor1_code",
    "actor2_code",
    "actor1_country",
    "actor2_country",
    "date_value",
    "sort_date",
)


def _doc_tables(metadata: MetaData) -> Table:
    return Table(
        "doc_tables",
        metadata,
        Column(
            "doc_id",
            String,
            ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("idx", Integer, primary_key=True, autoincrement=False),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("header", Text, nullable=False),
        Column("rows", Text, nullable=False),
    )


def _labels(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("code", String, primary_key=True),
        Column("label", Text, nullable=False),
    )


def _events(metadata: MetaData) -> Table:
    table = Table(
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
        # migration 3: the weight and quad class of the event's code, for dyad series
        Column("goldstein", Float),
        Column("quad_class", Integer),
    )
    Index("ix_resolved_events_root_actor1", table.c.root, table.c.actor1_country)
    Index("ix_resolved_events_actor2_country", table.c.actor2_country)
    Index("ix_resolved_events_sort_start", table.c.sort_start)
    for name, columns in SERIES_INDEXES.items():  # migration 3
        Index(name, *(table.c[column] for column in columns))
    return table


def _event_mentions(metadata: MetaData) -> Table:
    table = Table(
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
    Index("ix_event_mentions_event_id", table.c.event_id)
    return table


def _event_history(metadata: MetaData) -> Table:
    table = Table(
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
    Index("ix_event_history_event_id", table.c.event_id)
    return table


def _dyad_days(metadata: MetaData) -> Table:
    """Migration 3: resolved events per dyad, first day and quad class (0: unknown)."""
    return Table(
        "dyad_days",
        metadata,
        Column("actor1_country", String, primary_key=True),
        Column("actor2_country", String, primary_key=True),
        Column("day", String, primary_key=True),
        Column("quad_class", Integer, primary_key=True, autoincrement=False),
        Column("events", Integer, nullable=False),
        Column("goldstein_sum", Float, nullable=False),
    )
