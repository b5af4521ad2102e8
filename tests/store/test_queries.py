"""MentionQuery: every filter, the ordering, and one SQL query per call."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event as sa_event

from watchfloor.errors import ConfigError
from watchfloor.models import Certainty
from watchfloor.store import MentionQuery, Store, StoredMention
from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import migrate

from .stories import query_corpus


@pytest.fixture
def store(fresh_store: Store) -> Store:
    return query_corpus(fresh_store)


def _keys(found: list[StoredMention]) -> list[tuple[str, str, str, str | None]]:
    return [
        (
            s.mention.doc,
            s.mention.code,
            s.mention.actor1.code,
            s.mention.actor2.code if s.mention.actor2 else None,
        )
        for s in found
    ]


def test_everything_in_date_order(store: Store) -> None:
    assert _keys(store.mentions()) == [
        ("undated", "111", "USAGOV", "PRK"),  # published 2024-09-30
        ("undated", "016", "RUSGOV", None),
        ("syndicated", "072", "PRKMIL", "RUS"),  # 2024-10, then by document
        ("troops", "072", "PRKMIL", "RUS"),
        ("troops", "0721", "PRK", "RUSMIL"),  # 2024-10-23
        ("exchange", "193", "UKRMIL", "RUSMIL"),  # then by span
        ("exchange", "193", "RUSMIL", "UKRMIL"),
        ("exchange", "070", "RUS", "PRK"),  # 2024-12
        ("unpublished", "036", "IGOUNO", "PRK"),  # no date at all: last
    ]


def test_directed_dyad(store: Store) -> None:
    found = store.mentions(MentionQuery(dyad=("PRK", "RUS")))
    assert _keys(found) == [
        ("syndicated", "072", "PRKMIL", "RUS"),
        ("troops", "072", "PRKMIL", "RUS"),
        ("troops", "0721", "PRK", "RUSMIL"),
    ]
    assert _keys(store.mentions(MentionQuery(dyad=("rus", "prk")))) == [
        ("exchange", "070", "RUS", "PRK")
    ]


def test_undirected_dyad(store: Store) -> None:
    found = store.mentions(MentionQuery(dyad=("RUS", "PRK"), undirected=True))
    assert [s.mention.code for s in found] == ["072", "072", "0721", "070"]
    both_ways = store.mentions(MentionQuery(dyad=("UKR", "RUS"), undirected=True))
    assert [s.mention.actor1.code for s in both_ways] == ["UKRMIL", "RUSMIL"]


def test_actor_by_country_or_full_code(store: Store) -> None:
    by_country = store.mentions(MentionQuery(actor="UKR"))
    assert [s.mention.doc for s in by_country] == ["exchange", "exchange"]
    by_code = store.mentions(MentionQuery(actor="RUSMIL"))
    assert _keys(by_code) == [
        ("troops", "0721", "PRK", "RUSMIL"),
        ("exchange", "193", "UKRMIL", "RUSMIL"),
        ("exchange", "193", "RUSMIL", "UKRMIL"),
    ]
    assert [s.mention.doc for s in store.mentions(MentionQuery(actor="IGO"))] == ["unpublished"]


def test_code_prefix(store: Store) -> None:
    assert [s.mention.code for s in store.mentions(MentionQuery(code="07"))] == [
        "072",
        "072",
        "0721",
        "070",
    ]
    assert [s.mention.code for s in store.mentions(MentionQuery(code="072"))] == [
        "072",
        "072",
        "0721",
    ]
    assert [s.mention.code for s in store.mentions(MentionQuery(code="0721"))] == ["0721"]
    assert store.mentions(MentionQuery(code="2")) == []


def test_since_and_until_by_month(store: Store) -> None:
    october = store.mentions(MentionQuery(since="2024-10", until="2024-10"))
    assert _keys(october) == [
        ("syndicated", "072", "PRKMIL", "RUS"),
        ("troops", "072", "PRKMIL", "RUS"),
        ("troops", "0721", "PRK", "RUSMIL"),
    ]


def test_since_and_until_by_day_compare_at_the_coarser_precision(store: Store) -> None:
    # An event dated only "2024-10" may fall on or after the 20th: it is kept.
    late_october = store.mentions(MentionQuery(since="2024-10-20", until="2024-11-05"))
    assert [(s.mention.doc, s.mention.code) for s in late_october] == [
        ("syndicated", "072"),
        ("troops", "072"),
        ("troops", "0721"),
        ("exchange", "193"),
        ("exchange", "193"),
    ]
    assert [s.mention.code for s in store.mentions(MentionQuery(since="2024-11-06"))] == ["070"]


def test_undated_mentions_fall_back_to_the_published_date(store: Store) -> None:
    september = store.mentions(MentionQuery(until="2024-09-30"))
    assert [s.mention.code for s in september] == ["111", "016"]
    assert all(s.mention.date is None for s in september)
    assert [s.mention.code for s in store.mentions(MentionQuery(since="2024-09-30"))][:2] == [
        "111",
        "016",
    ]
    assert store.mentions(MentionQuery(until="2024-09-29")) == []


def test_mentions_with_no_date_at_all_never_match_a_date_range(store: Store) -> None:
    wide = store.mentions(MentionQuery(since="1900", until="9999"))
    assert "unpublished" not in {s.mention.doc for s in wide}
    assert len(wide) == 8


def test_certainty(store: Store) -> None:
    found = store.mentions(MentionQuery(certainty=("possible", Certainty.DENIED)))
    assert [s.mention.certainty for s in found] == [Certainty.DENIED, Certainty.POSSIBLE]


def test_doc(store: Store) -> None:
    assert {s.mention.doc for s in store.mentions(MentionQuery(doc="troops"))} == {"troops"}


def test_include_duplicates(store: Store) -> None:
    everything = store.mentions(MentionQuery(code="072"))
    assert {s.mention.doc for s in everything} == {"troops", "syndicated"}
    assert {s.duplicate_of for s in everything} == {None, "troops"}
    originals = store.mentions(MentionQuery(code="072", include_duplicates=False))
    assert {s.mention.doc for s in originals} == {"troops"}


def test_limit(store: Store) -> None:
    assert len(store.mentions(MentionQuery(limit=2))) == 2
    assert store.mentions(MentionQuery(limit=0)) == []
    assert _keys(store.mentions(MentionQuery(limit=1))) == [("undated", "111", "USAGOV", "PRK")]


def test_filters_combine(store: Store) -> None:
    query = MentionQuery(
        dyad=("PRK", "RUS"),
        code="072",
        since="2024-10",
        certainty=("reported",),
        include_duplicates=False,
    )
    assert _keys(store.mentions(query)) == [("troops", "072", "PRKMIL", "RUS")]


def test_stored_mentions_carry_their_documents_metadata(store: Store) -> None:
    found = store.mentions(MentionQuery(doc="syndicated"))[0]
    assert (found.outlet, found.published, found.duplicate_of) == (
        "Other Wire",
        date(2024, 10, 19),
        "troops",
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"dyad": ("PRK",)}, "dyad must be two"),
        ({"dyad": ("PRKMIL", "RUS")}, "dyad must be two"),
        ({"actor": "PR"}, "actor must be"),
        ({"code": "07%"}, "code must be CAMEO digits"),
        ({"since": "Oct 2024"}, "since must be a date"),
        ({"until": "2024-1"}, "until must be a date"),
        ({"certainty": ("rumoured",)}, r"unknown certainty \['rumoured'\]"),
        ({"limit": -1}, "limit must be 0 or more"),
    ],
)
def test_bad_queries_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        MentionQuery(**options)


@pytest.fixture
def counted_store(store: Store) -> Iterator[tuple[Store, list[str]]]:
    """The populated store, reopened on an engine whose statements are recorded."""
    engine = build_engine(str(store._engine.url))
    migrate(engine)
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    sa_event.listen(engine, "before_cursor_execute", record)
    with Store(engine) as counted:
        yield counted, statements


def test_mentions_is_one_query(counted_store: tuple[Store, list[str]]) -> None:
    store, statements = counted_store
    statements.clear()
    found = store.mentions(MentionQuery(actor="PRK"))
    assert len(found) == 6
    selects = [s for s in statements if s.startswith("SELECT")]
    assert len(selects) == 1
    assert "JOIN documents" in selects[0]
