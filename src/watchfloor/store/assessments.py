"""Reading and writing stored assessments and ACH cell overrides (migration 6).

``Store.assessments()`` gives an ``AssessmentStore`` on the same engine: each write is
one transaction; the store keeps assessments as JSON and never interprets them (the
``analyse`` package builds and compares them).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, MetaData, RowMapping, Table, select

from watchfloor.store.assessment_schema import assessment_tables
from watchfloor.store.engine import run_read, run_write
from watchfloor.store.event_records import naive_utc, utc

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class StoredAssessment:
    id: int
    focus: str
    as_of: str | None
    created_at: datetime  # UTC, timezone-aware
    level: str
    probability: float
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CellOverride:
    """An analyst's judgment of one ACH cell: ``event_id`` against ``hypothesis``."""

    event_id: str
    hypothesis: str
    cell: str
    analyst: str
    at: datetime  # UTC, timezone-aware
    reason: str | None = None
    id: int | None = None


class AssessmentStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = engine.execution_options(watchfloor_begin="IMMEDIATE")
        self._assessments, self._overrides = assessment_tables(MetaData())

    def save(
        self,
        focus: str,
        as_of: str | None,
        level: str,
        probability: float,
        record: dict[str, Any],
        at: datetime | None = None,
    ) -> StoredAssessment:
        when = naive_utc(at or datetime.now(UTC))
        values = {
            "focus": focus,
            "as_of": as_of,
            "created_at": when,
            "level": level,
            "probability": probability,
            "record": json.dumps(record, ensure_ascii=False),
        }
        new_id = self._write(lambda c: _insert(c, self._assessments, values))
        return StoredAssessment(int(new_id), focus, as_of, utc(when), level, probability, record)

    def latest(self, focus: str) -> StoredAssessment | None:
        """The last assessment stored for ``focus``."""
        a = self._assessments.c
        stmt = select(self._assessments).where(a.focus == focus)
        rows = self._read(
            lambda c: (
                c.execute(stmt.order_by(a.created_at.desc(), a.id.desc()).limit(1)).mappings().all()
            )
        )
        return _assessment(rows[0]) if rows else None

    def add_override(self, override: CellOverride) -> CellOverride:
        values = {
            "event_id": override.event_id,
            "hypothesis": override.hypothesis,
            "cell": override.cell,
            "analyst": override.analyst,
            "reason": override.reason,
            "at": naive_utc(override.at),
        }
        new_id = self._write(lambda c: _insert(c, self._overrides, values))
        return CellOverride(
            override.event_id,
            override.hypothesis,
            override.cell,
            override.analyst,
            utc(override.at),
            override.reason,
            int(new_id),
        )

    def overrides(self) -> list[CellOverride]:
        """Every override, oldest first."""
        o = self._overrides.c
        stmt = select(self._overrides).order_by(o.at, o.id)
        rows = self._read(lambda c: c.execute(stmt).mappings().all())
        return [
            CellOverride(
                r["event_id"],
                r["hypothesis"],
                r["cell"],
                r["analyst"],
                utc(r["at"]),
                r["reason"],
                r["id"],
            )
            for r in rows
        ]

    def _read(self, job: Callable[[Connection], _T]) -> _T:
        return run_read(self._engine, job)

    def _write(self, job: Callable[[Connection], _T]) -> _T:
        return run_write(self._writer, job)


def _insert(conn: Connection, table: Table, values: dict[str, Any]) -> int:
    key = conn.execute(table.insert(), values).inserted_primary_key
    assert key is not None
    return int(key[0])


def _assessment(row: RowMapping) -> StoredAssessment:
    loaded = json.loads(row["record"])
    return StoredAssessment(
        id=row["id"],
        focus=row["focus"],
        as_of=row["as_of"],
        created_at=utc(row["created_at"]),
        level=row["level"],
        probability=float(row["probability"]),
        record=loaded if isinstance(loaded, dict) else {},
    )
