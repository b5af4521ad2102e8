"""Rows of exchange files (GDELT, ACLED) kept as documents with their provenance
(migration 7): written with the document they make, read back by exporters."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from watchfloor.store.schema import Schema

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an imported document came from. ``event_key`` names the external event
    (``gdelt:123``, ``acled:UKR123``): rows with one key make one event, never merged
    with extracted ones. ``fields``: the row as read, column -> value."""

    dataset: str
    event_key: str
    source_file: str
    row_number: int
    source_url: str | None
    fields: Mapping[str, str]

    def to_row(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id, "dataset": self.dataset, "event_key": self.event_key,
            "source_file": self.source_file, "row_number": self.row_number,
            "source_url": self.source_url,
            "fields": json.dumps(dict(self.fields), ensure_ascii=False, sort_keys=True),
        }  # fmt: skip


def write_provenance(conn: Connection, schema: Schema, doc_id: str, found: Provenance) -> None:
    table = schema.imported_rows
    conn.execute(table.delete().where(table.c.doc_id == doc_id))
    conn.execute(table.insert(), found.to_row(doc_id))


def read_provenance(
    conn: Connection, schema: Schema, doc_ids: Iterable[str]
) -> dict[str, Provenance]:
    table = schema.imported_rows
    wanted = sorted(set(doc_ids))
    found: dict[str, Provenance] = {}
    for start in range(0, len(wanted), _CHUNK):
        stmt = select(table).where(table.c.doc_id.in_(wanted[start : start + _CHUNK]))
        for row in conn.execute(stmt).mappings():
            found[row["doc_id"]] = _provenance(row)
    return found


def read_event_row(conn: Connection, schema: Schema, event_key: str) -> Provenance | None:
    """The first row imported for an external event (its events-file row)."""
    table = schema.imported_rows
    stmt = (
        select(table).where(table.c.event_key == event_key)
        .order_by(table.c.row_number, table.c.doc_id).limit(1)
    )  # fmt: skip
    rows = conn.execute(stmt).mappings().all()
    return _provenance(rows[0]) if rows else None


def _provenance(row: RowMapping) -> Provenance:
    fields = json.loads(row["fields"] or "{}")
    return Provenance(
        dataset=row["dataset"],
        event_key=row["event_key"],
        source_file=row["source_file"],
        row_number=int(row["row_number"]),
        source_url=row["source_url"],
        fields={str(k): str(v) for k, v in fields.items()} if isinstance(fields, dict) else {},
    )
