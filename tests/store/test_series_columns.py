"""The Goldstein weight and quad class kept on each resolved event (series_columns.py):
which mention they come from, and that finding it reads only the event's own mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from watchfloor.models import Mention
from watchfloor.store import DyadCount, EventColumns, EventWrite, Store, open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.series_columns import fill_series_columns_sql

from .stories import event, story

_AT = datetime(2025, 3, 1, tzinfo=UTC)


def _columns(code: str, mentions: int) -> EventColumns:
    return EventColumns(
        code=code, root=code[:2], actor1_code="IRNMIL", actor1_country="IRN",
        actor2_code="ISR", actor2_country="ISR", location_name=None, location_country=None,
        date_start="2025-02-20", date_end="2025-02-20", sort_start="2025-02-20",
        sort_end="2025-02-20", window_start="2025-02-20", window_end="2025-02-20",
        mentions=mentions, snapshot="{}",
    )  # fmt: skip


def _write_event(store: Store, event_id: str, code: str, doc_id: str, *mentions: Mention) -> None:
    store.save_extraction(story(doc_id, *mentions))
    with store.event_session() as session:
        ids = tuple(m.mention_id for m in session.unresolved())
        session.write([EventWrite(event_id, _columns(code, len(ids)), ids, (), True)], _AT)


def test_weight_and_quad_class_of_the_first_mention_with_the_events_code(
    memory_store: Store,
) -> None:
    threat = replace(event("x", "138", "IRNMIL", "ISR", span=(0, 5)), goldstein=-7.0)
    strike = replace(event("x", "195", "IRNMIL", "ISR", span=(6, 9)), goldstein=-10.0)
    again = replace(event("x", "195", "IRNMIL", "ISR", span=(10, 12)), goldstein=-9.5)

    _write_event(memory_store, "ev-strike", "195", "tehran-1", threat, strike, again)

    assert memory_store.dyad_counts(("IRN", "ISR")) == [
        DyadCount("2025-02-20", 1, -10.0, (0, 0, 0, 1))
    ]


def test_any_mention_when_none_has_the_events_code(memory_store: Store) -> None:
    visit = replace(event("x", "042", "IRNMIL", "ISR", span=(0, 5)), goldstein=1.9)
    talks = replace(event("x", "043", "IRNMIL", "ISR", span=(6, 9)), goldstein=2.8)

    _write_event(memory_store, "ev-visit", "04", "tehran-2", visit, talks)

    assert memory_store.dyad_counts(("IRN", "ISR")) == [
        DyadCount("2025-02-20", 1, 1.9, (1, 0, 0, 0))
    ]


def test_each_event_is_filled_from_its_own_links_not_from_every_mention_of_its_code(
    tmp_path: Path,
) -> None:
    # Walking the code's index reads every mention of that code in the store for each
    # event written: a 100,000-event build took minutes instead of seconds.
    url = f"sqlite:///{tmp_path / 'watchfloor.db'}"
    open_store(url).close()  # migrated: every index a store has
    sql = fill_series_columns_sql("resolved_events.id IN ('ev-1', 'ev-2')")
    engine = build_engine(url)
    with engine.connect() as conn:
        plan = [row[3] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    engine.dispose()

    searches = [step for step in plan if step.startswith(("SEARCH", "SCAN"))]
    by_links = [step for step in searches if "ix_event_mentions_event_id" in step]
    assert len(by_links) == 4, plan  # goldstein and quad class, each with and without the code
    assert not any("ix_mentions_code" in step or step.startswith("SCAN") for step in searches), plan
