"""Reading and writing resolved events (tables of migration 2).

``EventSession`` is what event resolution works with: every read and write of one
resolution run happens inside one write transaction (``Store.event_session()``), so two
ingests never resolve the same mentions twice and a failed run leaves no half-made
event. ``read_events`` serves listings outside a session.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, RowMapping, Select, func, or_, select

from watchfloor.daterange import usable
from watchfloor.store.event_queries import EventQuery, event_conditions
from watchfloor.store.event_records import (
    EventMember,
    EventWrite,
    HistoryEntry,
    StoredEvent,
    member_from_row,
    naive_utc,
    utc,
)
from watchfloor.store.queries import mention_order
from watchfloor.store.schema import Schema
from watchfloor.store.series_columns import fill_series_columns
from watchfloor.store.series_summary import refresh_days, series_keys

_CHUNK = 500  # ids per IN (...) list


class EventSession:
    """The reads and writes of one resolution run, on one open write transaction."""

    def __init__(self, conn: Connection, schema: Schema) -> None:
        self._conn = conn
        self._schema = schema

    def unresolved(self) -> list[EventMember]:
        """Every stored mention that belongs to no event yet, in mention order."""
        links = self._schema.event_mentions
        stmt = (
            _member_select(self._schema)
            .outerjoin(links, links.c.mention_id == self._schema.mentions.c.id)
            .where(links.c.mention_id.is_(None))
            .order_by(*mention_order(self._schema))
        )
        rows = self._conn.execute(stmt).mappings().all()
        return _members(self._conn, self._schema, rows)

    def candidates(
        self, root: str, actor1_country: str, start: date | None, end: date | None, margin: int
    ) -> list[StoredEvent]:
        """Events of this CAMEO root and actor1 country whose dated evidence comes within
        ``margin`` days of ``start``..``end``, and those known only by year or undated."""
        e = self._schema.events.c
        stmt = select(e.id).where(e.root == root, e.actor1_country == actor1_country)
        if usable(start) is not None and usable(end) is not None:
            assert start is not None and end is not None
            low = (start - timedelta(days=margin)).isoformat()
            high = (end + timedelta(days=margin)).isoformat()
            stmt = stmt.where(
                or_(e.window_start.is_(None), (e.window_end >= low) & (e.window_start <= high))
            )
        ids = list(self._conn.scalars(stmt.order_by(e.created_at, e.id)))
        return load_events(self._conn, self._schema, ids)

    def events(self, ids: Sequence[str]) -> list[StoredEvent]:
        return load_events(self._conn, self._schema, ids)

    def all_ids(self) -> list[str]:
        e = self._schema.events.c
        return list(self._conn.scalars(select(e.id).order_by(e.created_at, e.id)))

    def stale(self) -> list[str]:
        """Events whose mentions were removed since they were written (a document was
        replaced by a new version): their figures need working out again."""
        e, links = self._schema.events.c, self._schema.event_mentions.c
        linked = (
            select(func.count()).select_from(self._schema.event_mentions)
            .where(links.event_id == e.id).scalar_subquery()
        )  # fmt: skip
        return list(self._conn.scalars(select(e.id).where(e.mentions != linked).order_by(e.id)))

    def taken(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` name stored events."""
        e = self._schema.events.c
        found: set[str] = set()
        for chunk in _chunks(sorted(set(ids))):
            found.update(self._conn.scalars(select(e.id).where(e.id.in_(chunk))))
        return found

    def write(self, changes: Sequence[EventWrite], at: datetime) -> None:
        """Insert new events, update the others, link the mentions that joined them and
        add their history lines, all at ``at``; a few statements for the whole run."""
        s, when = self._schema, naive_utc(at)
        before = series_keys(self._conn, s, [c.id for c in changes if not c.new])
        inserts, links, lines = [], [], []
        for change in changes:
            values = {**asdict(change.columns), "updated_at": when}
            if change.new:
                inserts.append({**values, "id": change.id, "created_at": when})
            else:
                update = s.events.update().where(s.events.c.id == change.id).values(values)
                self._conn.execute(update)
            links += [{"mention_id": m, "event_id": change.id, "added_at": when}
                      for m in change.added]  # fmt: skip
            lines += [{"event_id": change.id, "at": when, "change": c} for c in change.changes]
        for table, rows in ((s.events, inserts), (s.event_mentions, links),
                            (s.event_history, lines)):  # fmt: skip
            if rows:
                self._conn.execute(table.insert(), rows)
        fill_series_columns(self._conn, [change.id for change in changes])
        after = series_keys(self._conn, s, [change.id for change in changes])
        refresh_days(self._conn, s, before | after)

    def delete(self, event_id: str) -> None:
        """Remove an event with its links and history (ON DELETE CASCADE, done by hand
        too, for databases that do not enforce foreign keys)."""
        s = self._schema
        days = series_keys(self._conn, s, [event_id])
        for table in (s.event_history, s.event_mentions):
            self._conn.execute(table.delete().where(table.c.event_id == event_id))
        self._conn.execute(s.events.delete().where(s.events.c.id == event_id))
        refresh_days(self._conn, s, days)

    def clear(self) -> None:
        """Remove every event, link and history line (``watchfloor resolve --rebuild``)."""
        s = self._schema
        for table in (s.dyad_days, s.event_history, s.event_mentions, s.events):
            self._conn.execute(table.delete())


def read_events(conn: Connection, schema: Schema, query: EventQuery) -> list[StoredEvent]:
    return load_events(conn, schema, listed_event_ids(conn, schema, query))


def listed_event_ids(conn: Connection, schema: Schema, query: EventQuery) -> list[str]:
    """The ids of a page of the listing: dated events by the first day their dates cover,
    then id; then undated events by id. Read as two queries that each follow an index: one ORDER BY
    that puts undated events last sorts every matching event to return fifty."""
    e = schema.events.c
    where = event_conditions(schema, query)
    dated = select(e.id).where(*where, e.sort_start.is_not(None)).order_by(e.sort_start, e.id)
    ids = list(conn.scalars(dated.limit(query.limit).offset(query.offset or None)))
    if query.limit is not None and len(ids) >= query.limit:
        return ids
    skip = 0
    if not ids and query.offset:
        counted = select(func.count()).select_from(dated.order_by(None).subquery())
        skip = max(0, query.offset - (conn.scalar(counted) or 0))
    left = None if query.limit is None else query.limit - len(ids)
    undated = select(e.id).where(*where, e.sort_start.is_(None)).order_by(e.id)
    return ids + list(conn.scalars(undated.limit(left).offset(skip or None)))


def event_ids_of_document(conn: Connection, schema: Schema, doc_id: str) -> list[str]:
    links, m = schema.event_mentions.c, schema.mentions.c
    stmt = (
        select(links.event_id).distinct()
        .join(schema.mentions, m.id == links.mention_id)
        .where(m.doc_id == doc_id).order_by(links.event_id)
    )  # fmt: skip
    return list(conn.scalars(stmt))


def unresolved_count(conn: Connection, schema: Schema) -> int:
    links, m = schema.event_mentions, schema.mentions
    stmt = (
        select(func.count()).select_from(m)
        .outerjoin(links, links.c.mention_id == m.c.id)
        .where(links.c.mention_id.is_(None))
    )  # fmt: skip
    return int(conn.scalar(stmt) or 0)


def load_events(conn: Connection, schema: Schema, ids: Sequence[str]) -> list[StoredEvent]:
    """The events of ``ids``, in that order, with their members and history."""
    if not ids:
        return []
    e, links, history = schema.events, schema.event_mentions, schema.event_history
    rows: dict[str, RowMapping] = {}
    members: dict[str, list[EventMember]] = {i: [] for i in ids}
    lines: dict[str, list[HistoryEntry]] = {i: [] for i in ids}
    member_rows: list[RowMapping] = []
    for chunk in _chunks(ids):
        found_rows = conn.execute(select(e).where(e.c.id.in_(chunk))).mappings()
        rows.update({r["id"]: r for r in found_rows})
        stmt = (
            _member_select(schema)
            .add_columns(links.c.event_id, links.c.added_at)
            .join(links, links.c.mention_id == schema.mentions.c.id)
            .where(links.c.event_id.in_(chunk))
            .order_by(links.c.added_at, *mention_order(schema))
        )
        member_rows += conn.execute(stmt).mappings().all()
        found = select(history).where(history.c.event_id.in_(chunk)).order_by(history.c.id)
        for line in conn.execute(found).mappings():
            lines[line["event_id"]].append(HistoryEntry(utc(line["at"]), line["change"]))
    for row, member in zip(member_rows, _members(conn, schema, member_rows), strict=True):
        members[row["event_id"]].append(member)
    return [
        StoredEvent(
            id=i,
            members=tuple(members[i]),
            history=tuple(lines[i]),
            snapshot=rows[i]["snapshot"],
            created_at=utc(rows[i]["created_at"]),
            updated_at=utc(rows[i]["updated_at"]),
        )
        for i in ids
        if i in rows
    ]


def _member_select(schema: Schema) -> Select[tuple[object, ...]]:
    m, d, imported = schema.mentions, schema.documents, schema.imported_rows
    return (
        select(
            m,
            d.c.outlet.label("doc_outlet"),
            d.c.published.label("doc_published"),
            d.c.title.label("doc_title"),
            d.c.url.label("doc_url"),
            d.c.duplicate_of.label("doc_duplicate_of"),
            imported.c.event_key.label("import_key"),
        )
        .join(d, m.c.doc_id == d.c.id)
        .outerjoin(imported, imported.c.doc_id == d.c.id)
    )


def _members(conn: Connection, schema: Schema, rows: Sequence[RowMapping]) -> list[EventMember]:
    copied = {r["doc_id"] for r in rows if r["doc_duplicate_of"] is not None}
    originals = original_documents(conn, schema, copied)
    return [member_from_row(row, originals) for row in rows]


def original_documents(
    conn: Connection, schema: Schema, doc_ids: Iterable[str]
) -> dict[str, tuple[str, str | None]]:
    """doc -> (the document it copies, following near-duplicate links to the first one,
    and that document's outlet). Only documents that are near-duplicates need asking."""
    d = schema.documents.c
    known: dict[str, tuple[str | None, str | None]] = {}
    asked: set[str] = set()
    todo = set(doc_ids)
    while todo:
        asked |= todo
        for chunk in _chunks(sorted(todo)):
            found = conn.execute(select(d.id, d.duplicate_of, d.outlet).where(d.id.in_(chunk)))
            for row in found:
                known[row.id] = (row.duplicate_of, row.outlet)
        todo = {dup for dup, _ in known.values() if dup is not None} - asked
    result: dict[str, tuple[str, str | None]] = {}
    for doc in doc_ids:
        current, seen = doc, {doc}
        while (parent := known.get(current, (None, None))[0]) is not None and parent not in seen:
            seen.add(parent)
            current = parent
        result[doc] = (current, known.get(current, (None, None))[1])
    return result


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
