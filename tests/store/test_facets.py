"""Counts, pages and facets of resolved events and mentions (store/facets.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.resolve import ResolveRules, describe_stored, load_sources, resolve_pending
from watchfloor.store import EventQuery, MentionQuery, Store, StoredEvent, open_store

from .stories import north_korea_russia, query_corpus


@pytest.fixture
def resolved(fresh_store: Store) -> Store:
    for doc in ("kp-ru-0001", "kp-ru-0002"):
        fresh_store.save_extraction(north_korea_russia(doc))
    resolve_pending(fresh_store, ResolveRules(load_sources()))
    return fresh_store


def test_counts_match_the_listings(resolved: Store) -> None:
    assert resolved.count_events() == len(resolved.events()) > 1
    assert resolved.count_mentions() == len(resolved.mentions()) > 2
    dyad = EventQuery(dyad=("PRK", "RUS"), limit=1)
    assert resolved.count_events(dyad) == len(resolved.events(EventQuery(dyad=("PRK", "RUS"))))
    assert len(resolved.events(dyad)) == 1


def test_offset_pages_through_the_same_order(resolved: Store) -> None:
    whole = [e.id for e in resolved.events()]
    paged = [e.id for start in range(len(whole))
             for e in resolved.events(EventQuery(limit=1, offset=start))]  # fmt: skip
    assert paged == whole
    mentions = [m.id for m in resolved.mentions()]
    assert [m.id for m in resolved.mentions(MentionQuery(offset=1))] == mentions[1:]
    with pytest.raises(ConfigError, match="offset"):
        EventQuery(offset=-1)


def test_location_and_pair_filters(resolved: Store) -> None:
    lower, upper = EventQuery(location="rus"), EventQuery(location="RUS")
    assert resolved.count_events(lower) == resolved.count_events(upper)
    located = resolved.events(EventQuery(location="RUS"))
    assert located and all(
        any(m.mention.location and m.mention.location.country == "RUS" for m in e.members)
        for e in located
    )
    first = resolved.events(EventQuery(dyad=("PRK", "RUS")))[0].members[0].mention
    assert first.actor2 is not None
    pair = EventQuery(pair=(first.actor1.code, first.actor2.code))
    assert resolved.count_events(pair) >= 1
    assert resolved.count_events(EventQuery(pair=("PRK", "NOWHERE"))) == 0
    with pytest.raises(ConfigError, match="location"):
        EventQuery(location="RU")


def test_facets_add_up(resolved: Store) -> None:
    facets = resolved.event_facets()
    assert facets.total == resolved.count_events()
    assert sum(n for _, n in facets.by_day) <= facets.total
    assert [d for d, _ in facets.by_day] == sorted(d for d, _ in facets.by_day)
    assert ("RUS", resolved.count_events(EventQuery(location="RUS"))) in facets.by_location
    prk_rus = next(p for p in facets.dyads if (p.source, p.target) == ("PRK", "RUS"))
    assert prk_rus.events == resolved.count_events(EventQuery(dyad=("PRK", "RUS")))
    assert prk_rus.cooperative == prk_rus.events  # sending troops (07) is cooperation
    assert sum(p.events for p in facets.actors) == sum(p.events for p in facets.dyads)


@pytest.fixture(params=["sqlite", "postgresql"])
def listed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The query corpus resolved, on SQLite and (when a server is given) PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'watchfloor.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    with open_store(url) as store:
        query_corpus(store)
        resolve_pending(store, ResolveRules(load_sources()))
        yield store


def first_day(event: StoredEvent) -> date | None:
    """The day the listing sorts by: the event's, else its reports' (None: neither)."""
    return describe_stored(event, load_sources()).dates.first_day


def test_dated_events_come_first_and_every_page_is_a_slice(listed: Store) -> None:
    whole = listed.events()
    days = [first_day(e) for e in whole]
    dated = [d for d in days if d is not None]
    assert dated and len(dated) < len(days)  # both kinds, so pages cross from one to other
    assert days[: len(dated)] == sorted(dated)
    undated = [e.id for e in whole[len(dated) :]]
    assert undated == sorted(undated)
    ids = [e.id for e in whole]
    for limit in range(1, len(ids) + 2):
        for offset in range(len(ids) + 2):
            page = listed.events(EventQuery(limit=limit, offset=offset))
            assert [e.id for e in page] == ids[offset : offset + limit], (limit, offset)
    assert [e.id for e in listed.events(EventQuery(offset=len(dated)))] == undated
    only_undated = listed.events(EventQuery(actor="IGO", limit=5, offset=0))
    assert [first_day(e) for e in only_undated] == [None]
