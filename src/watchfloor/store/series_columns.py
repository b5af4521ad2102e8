"""The Goldstein weight and quad class of a resolved event, kept on its row.

An event's code is the most specific code among its mentions, so its weight and quad
class are those of a mention with that code (the first by id; any other mention only
when none has it). Set by SQL over the event's own mentions whenever the store writes
events, so resolution never has to know these columns exist.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

_CHUNK = 500


def fill_series_columns_sql(where: str) -> str:
    """UPDATE of the events matching ``where`` (a SQL condition on resolved_events, or
    "" for all): their goldstein and quad_class from their mentions."""

    def first(column: str, same_code: bool) -> str:
        # CROSS JOIN is SQLite's way of fixing the join order (PostgreSQL plans it as
        # any join): the event's own links first, then their mentions. Left free, SQLite
        # walks ix_mentions_code in id order, every mention of the code until one of
        # this event's turns up, which made writing events quadratic in the store's size.
        code = " AND m.code = resolved_events.code" if same_code else ""
        return (
            f"(SELECT m.{column} FROM event_mentions l CROSS JOIN mentions m "
            f"WHERE l.event_id = resolved_events.id AND m.id = l.mention_id{code} "
            "ORDER BY m.id LIMIT 1)"
        )

    def value(column: str) -> str:
        return f"COALESCE({first(column, True)}, {first(column, False)})"

    condition = f" WHERE {where}" if where else ""
    return (
        f"UPDATE resolved_events SET goldstein = {value('goldstein')}, "
        f"quad_class = {value('quad_class')}{condition}"
    )


def fill_series_columns(conn: Connection, event_ids: Sequence[str]) -> None:
    """Set goldstein and quad_class of the events ``event_ids`` from their mentions."""
    statement = text(fill_series_columns_sql("resolved_events.id IN :ids")).bindparams(
        bindparam("ids", expanding=True)
    )
    ids = sorted(set(event_ids))
    for start in range(0, len(ids), _CHUNK):
        conn.execute(statement, {"ids": ids[start : start + _CHUNK]})
