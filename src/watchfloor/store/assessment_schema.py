"""Migration 6: stored assessments and analysts' overrides of ACH cells.

``assessments`` keeps every ``watchfloor assess`` run (its focus, the day it was made
as of, the threat level and probability, and the whole assessment as JSON), so the next
run can say what changed. ``ach_overrides`` keeps each analyst's judgment of one cell
of the competing-hypotheses matrix (an event against a hypothesis), with who and when;
later overrides of a cell win, earlier ones stay as its history.

``assessment_tables`` is the schema as of migration 6 and is what ``schema.py`` and
``assessments.py`` use; to change these tables, add a migration and a new function.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)


def assessment_tables(metadata: MetaData) -> tuple[Table, Table]:
    assessments = Table(
        "assessments",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("focus", String, nullable=False),
        Column("as_of", String),
        Column("created_at", DateTime, nullable=False),
        Column("level", String, nullable=False),
        Column("probability", Float, nullable=False),
        Column("record", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    Index("ix_assessments_focus_created", assessments.c.focus, assessments.c.created_at)
    overrides = Table(
        "ach_overrides",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("event_id", String, nullable=False),
        Column("hypothesis", String, nullable=False),
        Column("cell", String, nullable=False),
        Column("analyst", String, nullable=False),
        Column("reason", Text),
        Column("at", DateTime, nullable=False),
        sqlite_autoincrement=True,
    )
    Index("ix_ach_overrides_event_id", overrides.c.event_id)
    return assessments, overrides


def create_assessment_tables(conn: Connection) -> None:
    for table in assessment_tables(MetaData()):
        table.create(conn)
