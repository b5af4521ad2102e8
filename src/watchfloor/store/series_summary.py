"""The daily dyad summary (``dyad_days``), kept by the store as events are written.

One row per (actor1 country, actor2 country, day, quad class): how many resolved events
begin that day and the sum of their Goldstein weights. A dyad series reads a few
thousand of these rows however many events there are. Whenever the store writes or
deletes events, the days they were on and are on now are counted again from
``resolved_events`` (through the series index, a handful of rows each), so the summary
is always what the events say. Events without a target or a date are in no series.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Connection, Insert, and_, func, insert, select, tuple_

from watchfloor.store.schema import Schema

SeriesKey = tuple[str, str, str]  # actor1 country, actor2 country, day
_CHUNK = 300


def series_keys(conn: Connection, schema: Schema, event_ids: Sequence[str]) -> set[SeriesKey]:
    """The (dyad, day) of each of ``event_ids`` that is in a series."""
    e = schema.events.c
    keys: set[SeriesKey] = set()
    ids = sorted(set(event_ids))
    for start in range(0, len(ids), _CHUNK):
        stmt = select(e.actor1_country, e.actor2_country, e.sort_start).where(
            e.id.in_(ids[start : start + _CHUNK]),
            e.actor2_country.is_not(None),
            e.sort_start.is_not(None),
        )
        keys.update((a, b, day) for a, b, day in conn.execute(stmt))
    return keys


def refresh_days(conn: Connection, schema: Schema, keys: Iterable[SeriesKey]) -> None:
    """Count the days ``keys`` again from the events."""
    d, e = schema.dyad_days.c, schema.events.c
    ordered = sorted(keys)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        conn.execute(
            schema.dyad_days.delete().where(
                tuple_(d.actor1_country, d.actor2_country, d.day).in_(chunk)
            )
        )
        where = tuple_(e.actor1_country, e.actor2_country, e.sort_start).in_(chunk)
        conn.execute(_summary_insert(schema, where))


def rebuild_days(conn: Connection, schema: Schema) -> None:
    """Count every day again (after a bulk load, or to repair)."""
    e = schema.events.c
    conn.execute(schema.dyad_days.delete())
    conn.execute(
        _summary_insert(schema, and_(e.actor2_country.is_not(None), e.sort_start.is_not(None)))
    )


def _summary_insert(schema: Schema, where: ColumnElement[bool]) -> Insert:
    e = schema.events.c
    quad = func.coalesce(e.quad_class, 0)
    grouped = (
        select(
            e.actor1_country, e.actor2_country, e.sort_start, quad, func.count(),
            func.coalesce(func.sum(e.goldstein), 0.0),
        )
        .where(where)
        .group_by(e.actor1_country, e.actor2_country, e.sort_start, quad)
    )  # fmt: skip
    d = schema.dyad_days.c
    columns = [d.actor1_country, d.actor2_country, d.day, d.quad_class, d.events, d.goldstein_sum]
    return insert(schema.dyad_days).from_select(columns, grouped)
