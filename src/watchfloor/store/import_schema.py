"""Migration 7: provenance of imported rows (GDELT, ACLED).

``imported_rows`` holds, for each document made from a row of an exchange file, where it
came from (dataset, file, row number, source URL), the key of the external event it
belongs to (``gdelt:123``: rows with one key form one event, kept apart from extracted
events) and the row itself as JSON (so an imported GDELT row exports as itself). The
table is today's as the migration made it, so ``schema.py`` reads this one definition;
to change it, add a migration and give ``schema.py`` its own definition.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, ForeignKey, Index, Integer, MetaData, String, Table, Text


def imported_rows_table(metadata: MetaData) -> Table:
    table = Table(
        "imported_rows",
        metadata,
        Column(
            "doc_id",
            String,
            ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("dataset", String, nullable=False),
        Column("event_key", String, nullable=False),
        Column("source_file", Text, nullable=False),
        Column("row_number", Integer, nullable=False),
        Column("source_url", Text),
        Column("fields", Text, nullable=False),
    )
    Index("ix_imported_rows_event_key", table.c.event_key)
    return table


def create_import_tables(conn: Connection) -> None:
    metadata = MetaData()
    # Stand-in for the existing table, so that the foreign key below resolves.
    Table("documents", metadata, Column("id", String, primary_key=True))
    imported_rows_table(metadata).create(conn)
