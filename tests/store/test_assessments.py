"""Stored assessments and ACH overrides (migration 3), on SQLite and, when
WATCHFLOOR_TEST_PG_URL names a server, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from watchfloor.store import CellOverride, Store, open_store

T0 = datetime(2025, 1, 13, 9, 30, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    if request.param == "sqlite":
        with open_store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'w.db'}") as found:
            yield found
        return
    with open_store(request.getfixturevalue("pg_url")) as found:
        yield found


def test_the_latest_assessment_of_a_focus(store: Store) -> None:
    assessments = store.assessments()
    assert assessments.latest("KOR") is None
    first = assessments.save(
        "KOR", "2024-10-31", "guarded", 0.3, {"threat": {"level": "guarded"}}, at=T0
    )
    assessments.save("JPN", None, "low", 0.1, {}, at=T0 + timedelta(hours=2))
    second = assessments.save(
        "KOR", "2025-01-13", "high", 0.61, {"threat": {"level": "high"}}, at=T0 + timedelta(hours=1)
    )
    assert second.id > first.id
    latest = assessments.latest("KOR")
    assert latest is not None
    assert (latest.id, latest.as_of, latest.level, latest.probability) == (
        second.id,
        "2025-01-13",
        "high",
        0.61,
    )
    assert latest.created_at == T0 + timedelta(hours=1)
    assert latest.record == {"threat": {"level": "high"}}


def test_overrides_keep_who_when_and_why_oldest_first(store: Store) -> None:
    assessments = store.assessments()
    later = assessments.add_override(
        CellOverride("ev-1", "economic-gain", "I", "lee", T0 + timedelta(days=1), "a loan")
    )
    assessments.add_override(CellOverride("ev-1", "economic-gain", "C", "kim", T0))
    found = assessments.overrides()
    assert [(o.analyst, o.cell, o.at) for o in found] == [
        ("kim", "C", T0),
        ("lee", "I", T0 + timedelta(days=1)),
    ]
    assert found[1].reason == "a loan" and found[1].id == later.id
