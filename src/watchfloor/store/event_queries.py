"""Which resolved events to read: ``EventQuery`` and its SQL conditions.

The filters mean what they mean for mentions (``MentionQuery``), applied to the event:
``dyad`` and ``actor`` to its actors, ``code`` to its code, and ``since``/``until`` to
the days its dates cover (an event overlapping the range is kept: one that ran from
late September into October matches ``--since 2024-10``). ``doc`` keeps the events
with a mention in that document; ``location`` those that took place in that country;
``pair`` those from one actor code to another. ``offset`` skips that many events of the
ordered listing (pages of ``limit``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, or_, select

from watchfloor.errors import ConfigError
from watchfloor.store.queries import MentionQuery
from watchfloor.store.schema import Schema


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters on resolved events; every filter left at its default matches all.
    ``include_duplicates=False`` drops events reported only by near-duplicate documents."""

    dyad: tuple[str, str] | None = None
    undirected: bool = False
    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    ids: tuple[str, ...] = ()
    include_duplicates: bool = True
    limit: int | None = None
    offset: int = 0
    location: str | None = None  # the country the event took place in: RUS
    pair: tuple[str, str] | None = None  # actor1 and actor2 codes, exactly: PRKMIL, RUS

    def __post_init__(self) -> None:
        # The same rules as for mentions, with the same messages.
        MentionQuery(
            dyad=self.dyad, actor=self.actor, code=self.code, since=self.since,
            until=self.until, limit=self.limit, offset=self.offset,
        )  # fmt: skip
        if self.location is not None and len(self.location) != 3:
            raise ConfigError(f"location must be a 3-letter country code: {self.location!r}")
        if any(not event_id for event_id in self.ids):
            raise ConfigError("event ids must not be empty")


def event_conditions(schema: Schema, query: EventQuery) -> list[ColumnElement[bool]]:
    e = schema.events.c
    conditions: list[ColumnElement[bool]] = []
    if query.dyad is not None:
        first, second = query.dyad[0].upper(), query.dyad[1].upper()
        forward = and_(e.actor1_country == first, e.actor2_country == second)
        backward = and_(e.actor1_country == second, e.actor2_country == first)
        conditions.append(or_(forward, backward) if query.undirected else forward)
    if query.actor is not None:
        actor = query.actor.upper()
        if len(actor) == 3:
            conditions.append(or_(e.actor1_country == actor, e.actor2_country == actor))
        else:
            conditions.append(or_(e.actor1_code == actor, e.actor2_code == actor))
    if query.code is not None:
        conditions.append(e.code.startswith(query.code, autoescape=True))
    if query.since is not None:
        conditions.append(e.sort_end >= query.since)
    if query.until is not None:
        conditions.append(e.sort_start <= _last_of(query.until))
    if query.ids:
        conditions.append(e.id.in_(query.ids))
    if query.location is not None:
        conditions.append(e.location_country == query.location.upper())
    if query.pair is not None:
        first, second = query.pair[0].upper(), query.pair[1].upper()
        conditions.append(and_(e.actor1_code == first, e.actor2_code == second))
    if query.doc is not None:
        conditions.append(_has_member(schema, schema.mentions.c.doc_id == query.doc))
    if not query.include_duplicates:
        conditions.append(_has_member(schema, schema.documents.c.duplicate_of.is_(None)))
    return conditions


def _has_member(schema: Schema, condition: ColumnElement[bool]) -> ColumnElement[bool]:
    links, m, d = schema.event_mentions, schema.mentions, schema.documents
    return exists(
        select(links.c.mention_id)
        .join(m, m.c.id == links.c.mention_id)
        .join(d, d.c.id == m.c.doc_id)
        .where(links.c.event_id == schema.events.c.id, condition)
    )


def _last_of(prefix: str) -> str:
    """The greatest ISO day string starting with ``prefix``: ``2024-10`` -> ``2024-10-99``
    (compared as text, it is after every day of the month)."""
    return prefix + "-99-99"[: 10 - len(prefix)] if len(prefix) < 10 else prefix
