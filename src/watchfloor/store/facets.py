"""Counts over resolved events and mentions, for pages and charts that must not read
every row: how many match a query (a listing's total), and events grouped by where,
when, and between whom (the dashboard's map, timeline, dyad chart and network).

Cooperation and conflict follow CAMEO's quad classes: roots 01-08 cooperate (verbal
and material), 09-20 conflict.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, case, func, select

from watchfloor.store.event_queries import EventQuery, event_conditions
from watchfloor.store.queries import MentionQuery, mention_conditions
from watchfloor.store.schema import Schema

_LAST_COOPERATIVE_ROOT = "08"


@dataclass(frozen=True, slots=True)
class Pair:
    """Events from ``source`` to ``target`` (country codes or actor codes)."""

    source: str
    target: str
    cooperative: int
    conflictual: int

    @property
    def events(self) -> int:
        return self.cooperative + self.conflictual


@dataclass(frozen=True, slots=True)
class EventFacets:
    """Matching events grouped four ways. ``by_day``: the first day each event's dates
    cover (undated events are left out); ``by_location``: the country it took place in;
    ``dyads``: between actor countries; ``actors``: between actor codes."""

    total: int
    by_day: tuple[tuple[str, int], ...]
    by_location: tuple[tuple[str, int], ...]
    dyads: tuple[Pair, ...]
    actors: tuple[Pair, ...]


def count_events(conn: Connection, schema: Schema, query: EventQuery) -> int:
    """How many events match ``query``, whatever its limit and offset."""
    stmt = select(func.count()).select_from(schema.events)
    return int(conn.scalar(stmt.where(*event_conditions(schema, query))) or 0)


def count_mentions(conn: Connection, schema: Schema, query: MentionQuery) -> int:
    m, d = schema.mentions, schema.documents
    stmt = select(func.count()).select_from(m.join(d, m.c.doc_id == d.c.id))
    return int(conn.scalar(stmt.where(*mention_conditions(schema, query))) or 0)


def count_documents(conn: Connection, schema: Schema) -> int:
    return int(conn.scalar(select(func.count()).select_from(schema.documents)) or 0)


def event_facets(conn: Connection, schema: Schema, query: EventQuery) -> EventFacets:
    e = schema.events.c
    where = event_conditions(schema, query)
    day = func.substr(e.sort_start, 1, 10)
    by_day = conn.execute(
        select(day, func.count()).where(*where, e.sort_start.is_not(None))
        .group_by(day).order_by(day)
    ).all()  # fmt: skip
    by_location = conn.execute(
        select(e.location_country, func.count())
        .where(*where, e.location_country.is_not(None))
        .group_by(e.location_country).order_by(func.count().desc(), e.location_country)
    ).all()  # fmt: skip
    dyads, actors = _pairs(conn, schema, query)
    return EventFacets(
        total=count_events(conn, schema, query),
        by_day=tuple((str(d), int(n)) for d, n in by_day),
        by_location=tuple((str(c), int(n)) for c, n in by_location),
        dyads=dyads,
        actors=actors,
    )


def _pairs(
    conn: Connection, schema: Schema, query: EventQuery
) -> tuple[tuple[Pair, ...], tuple[Pair, ...]]:
    """Pairs of countries and pairs of actor codes, from one pass over the events."""
    e = schema.events.c
    cooperative = func.sum(case((e.root <= _LAST_COOPERATIVE_ROOT, 1), else_=0))
    conflictual = func.sum(case((e.root > _LAST_COOPERATIVE_ROOT, 1), else_=0))
    keys = (e.actor1_country, e.actor2_country, e.actor1_code, e.actor2_code)
    rows = conn.execute(
        select(*keys, cooperative, conflictual)
        .where(*event_conditions(schema, query), e.actor2_code.is_not(None))
        .group_by(*keys)
    ).all()
    countries: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    codes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for first, second, code1, code2, coop, conflict in rows:
        for found, pair in ((countries, (first, second)), (codes, (code1, code2))):
            if pair[0] != pair[1] and pair[1] is not None:
                found[pair][0] += int(coop or 0)
                found[pair][1] += int(conflict or 0)
    return _ranked(countries), _ranked(codes)


def _ranked(counts: dict[tuple[str, str], list[int]]) -> tuple[Pair, ...]:
    pairs = [Pair(str(a), str(b), n[0], n[1]) for (a, b), n in counts.items()]
    return tuple(sorted(pairs, key=lambda p: (-p.events, p.source, p.target)))
