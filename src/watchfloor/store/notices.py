"""Reading and writing the record of notifications sent (table of migration 5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, RowMapping, select
from sqlalchemy.exc import IntegrityError

from watchfloor.store.event_records import naive_utc, utc
from watchfloor.store.schema import Schema


@dataclass(frozen=True, slots=True)
class SentNotice:
    """A notice as one channel received it. ``payload``: its JSON; ``at``: when what it
    tells of happened; ``sent_at``: when it went out."""

    channel: str
    key: str
    kind: str
    title: str
    summary: str
    link: str | None
    payload: str
    at: datetime
    sent_at: datetime


def sent_keys(conn: Connection, schema: Schema, channel: str, keys: Sequence[str]) -> set[str]:
    t = schema.notices_sent.c
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        stmt = select(t.notice_key).where(t.channel == channel, t.notice_key.in_(chunk))
        found.update(conn.scalars(stmt))
    return found


def record(conn: Connection, schema: Schema, notice: SentNotice) -> bool:
    """Insert the row; False if this channel already has this notice."""
    row = {
        "channel": notice.channel, "notice_key": notice.key, "kind": notice.kind,
        "title": notice.title, "summary": notice.summary, "link": notice.link,
        "payload": notice.payload, "noticed_at": naive_utc(notice.at),
        "sent_at": naive_utc(notice.sent_at),
    }  # fmt: skip
    try:
        with conn.begin_nested():
            conn.execute(schema.notices_sent.insert(), row)
    except IntegrityError:
        return False
    return True


def recent(conn: Connection, schema: Schema, channel: str, limit: int) -> list[SentNotice]:
    """The channel's notices, newest first."""
    t = schema.notices_sent
    stmt = select(t).where(t.c.channel == channel).order_by(t.c.id.desc()).limit(limit)
    return [_sent(r) for r in conn.execute(stmt).mappings()]


def _sent(r: RowMapping) -> SentNotice:
    return SentNotice(
        channel=r["channel"], key=r["notice_key"], kind=r["kind"], title=r["title"],
        summary=r["summary"], link=r["link"], payload=r["payload"],
        at=utc(r["noticed_at"]), sent_at=utc(r["sent_at"]),
    )  # fmt: skip
