"""The record of notifications sent: each notice once per channel, on SQLite and, when
WATCHFLOOR_TEST_PG_URL is set, on PostgreSQL."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watchfloor.store import SentNotice, Store, open_store

AT = datetime(2024, 10, 27, 23, 59, tzinfo=UTC)


def notice(key: str, channel: str = "webhook:http://127.0.0.1/hook") -> SentNotice:
    return SentNotice(channel=channel, key=key, kind="alert", title=f"title {key}",
                      summary="summary", link=None, payload=json.dumps({"key": key}),
                      at=AT, sent_at=AT + timedelta(hours=1))  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
            yield store
        return
    if not os.environ.get("WATCHFLOOR_TEST_PG_URL"):
        pytest.skip("no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL to run on it")
    url = request.getfixturevalue("pg_url")
    with open_store(url) as store:
        yield store


def test_each_notice_is_recorded_once_per_channel(any_store: Store) -> None:
    assert any_store.record_notice(notice("a"))
    assert not any_store.record_notice(notice("a"))  # the same channel: already there
    assert any_store.record_notice(notice("a", channel="email:x@example.org"))
    assert any_store.record_notice(notice("b"))
    channel = "webhook:http://127.0.0.1/hook"
    assert any_store.sent_notice_keys(channel, ["a", "b", "c"]) == {"a", "b"}
    recent = any_store.sent_notices(channel)
    assert [n.key for n in recent] == ["b", "a"]
    assert recent[1] == notice("a")
