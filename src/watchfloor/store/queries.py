"""Which mentions to read: ``MentionQuery`` and its translation into SQL conditions.

Dates compare at the coarser of the two precisions: ``since="2024-10-01"`` keeps an
event dated ``2024-10`` (it may fall on or after that day), and ``until="2024-10"``
keeps ``2024-10-31``. A mention with no event date is dated by its document's
published date (``mentions.sort_date``); one with neither never matches since/until.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, String, and_, cast, func, literal, or_

from watchfloor.errors import ConfigError
from watchfloor.models import Certainty
from watchfloor.store.schema import Schema

_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

MAX_LIMIT = 1_000_000_000  # a row count every database takes (SQLite: 64-bit)


@dataclass(frozen=True, slots=True)
class MentionQuery:
    """Filters on stored mentions; every filter left at its default matches all.

    ``dyad=("PRK", "RUS")``: actor1's country is PRK and actor2's is RUS (with
    ``undirected=True``, either way round). ``actor``: a 3-letter country (or IGO)
    prefix, or a full actor code, that is actor1 or actor2. ``code``: a CAMEO code
    prefix ("07" matches 070, 071, 0721...). ``since``/``until``: ISO date prefixes
    ("2024", "2024-10", "2024-10-01"), inclusive. ``certainty``: the values to keep.
    ``include_duplicates=False`` drops mentions from near-duplicate documents.
    ``offset`` skips that many mentions of the ordered listing (pages of ``limit``)."""

    dyad: tuple[str, str] | None = None
    undirected: bool = False
    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    certainty: tuple[str, ...] = ()
    include_duplicates: bool = True
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        _check_query(self)


def _check_query(query: MentionQuery) -> None:
    if query.dyad is not None and (
        len(query.dyad) != 2 or not all(_is_country(c) for c in query.dyad)
    ):
        raise ConfigError(f"dyad must be two 3-letter country codes, e.g. PRK RUS: {query.dyad}")
    if query.actor is not None and len(query.actor) < 3:
        raise ConfigError(
            f"actor must be a 3-letter country code or an actor code: {query.actor!r}"
        )
    if query.code is not None and not query.code.isdigit():
        raise ConfigError(f"code must be CAMEO digits such as 07 or 072: {query.code!r}")
    for name, value in (("since", query.since), ("until", query.until)):
        if value is not None and not _is_iso_prefix(value):
            raise ConfigError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
    allowed = {c.value for c in Certainty}
    unknown = [c for c in query.certainty if c not in allowed]
    if unknown:
        raise ConfigError(f"unknown certainty {unknown}: use {', '.join(sorted(allowed))}")
    if query.limit is not None and not 0 <= query.limit <= MAX_LIMIT:
        raise ConfigError(f"limit must be 0 or more, and at most {MAX_LIMIT:,}: {query.limit}")
    if query.offset < 0:
        raise ConfigError(f"offset must be 0 or more: {query.offset}")


def _is_iso_prefix(value: str) -> bool:
    """ "2024", "2024-10" or "2024-10-01", and a real month and day ("2024-13" is not)."""
    if not _ISO_PREFIX.fullmatch(value):
        return False
    padded = value + "-01" * (2 - value.count("-"))
    try:
        date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _is_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha()


def mention_conditions(schema: Schema, query: MentionQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``query`` over mentions joined to documents."""
    m, d = schema.mentions.c, schema.documents.c
    conditions: list[ColumnElement[bool]] = []
    if query.dyad is not None:
        conditions.append(_dyad(schema, query.dyad, undirected=query.undirected))
    if query.actor is not None:
        conditions.append(_actor(schema, query.actor.upper()))
    if query.code is not None:
        conditions.append(m.code.startswith(query.code, autoescape=True))
    if query.since is not None:
        conditions.extend(_since(schema, query.since))
    if query.until is not None:
        conditions.extend(_until(schema, query.until))
    if query.doc is not None:
        conditions.append(m.doc_id == query.doc)
    if query.certainty:
        conditions.append(m.certainty.in_([str(c) for c in query.certainty]))
    if not query.include_duplicates:
        conditions.append(d.duplicate_of.is_(None))
    return conditions


def mention_order(schema: Schema) -> list[ColumnElement[object]]:
    """By date (event date, else published; undated last), then document, then span."""
    m = schema.mentions.c
    return [
        m.sort_date.is_(None),
        m.sort_date,
        m.doc_id,
        m.span_start,
        m.span_end,
        m.id,
    ]


def _dyad(schema: Schema, dyad: tuple[str, str], *, undirected: bool) -> ColumnElement[bool]:
    m = schema.mentions.c
    first, second = dyad[0].upper(), dyad[1].upper()
    forward = and_(m.actor1_country == first, m.actor2_country == second)
    if not undirected:
        return forward
    return or_(forward, and_(m.actor1_country == second, m.actor2_country == first))


def _actor(schema: Schema, actor: str) -> ColumnElement[bool]:
    m = schema.mentions.c
    if len(actor) == 3:
        return or_(m.actor1_country == actor, m.actor2_country == actor)
    return or_(m.actor1_code == actor, m.actor2_code == actor)


def _coarse(schema: Schema, bound: str) -> tuple[ColumnElement[str], ColumnElement[str]]:
    """sort_date and ``bound``, each cut to the shorter of their two lengths."""
    day = schema.mentions.c.sort_date
    bound_literal = cast(literal(bound), String)
    return func.substr(day, 1, len(bound)), func.substr(bound_literal, 1, func.length(day))


def _since(schema: Schema, since: str) -> list[ColumnElement[bool]]:
    day = schema.mentions.c.sort_date
    ours, theirs = _coarse(schema, since)
    # The first condition needs only the index on sort_date and narrows to the year.
    return [day >= since[:4], ours >= theirs]


def _until(schema: Schema, until: str) -> list[ColumnElement[bool]]:
    day = schema.mentions.c.sort_date
    ours, theirs = _coarse(schema, until)
    year = int(until[:4])
    # As in _since, the first condition can use the index; it is moot in year 9999.
    return [ours <= theirs] if year == 9999 else [day < f"{year + 1:04d}", ours <= theirs]
