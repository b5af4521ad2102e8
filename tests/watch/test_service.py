"""The watch service against a real HTTP server on loopback: ingest, conditional
requests, a server that fails and returns, the address guard, robots.txt and limits."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watchfloor.analyse.alerts import Alert
from watchfloor.api import IngestReport
from watchfloor.extract import Extractor
from watchfloor.settings import Settings
from watchfloor.store import EventQuery, Store, open_store
from watchfloor.watch import CycleReport, Watcher, load_feeds, service
from watchfloor.watch.alerts_hook import evaluate_alerts
from watchfloor.watch.poll import Log

from .conftest import FeedServer, Route, feeds_yaml, page, rss


def watcher(path: Path, settings: Settings, extractor: Extractor, log: list[str]) -> Watcher:
    return Watcher(load_feeds(path), settings, stop=threading.Event(), log=log.append,
                   extractor=extractor, rng=random.Random(1))  # fmt: skip


def one_feed(tmp_path: Path, url: str, *extra: str, allow_private: bool = True) -> Path:
    lines = [f"allow_private: {str(allow_private).lower()}", "defaults:", "  retries: 1",
             "  backoff: 0", "  timeout: 5", "feeds:", "  - name: Loopback Wire",
             f"    url: {url}", *(f"    {line}" for line in extra)]  # fmt: skip
    return feeds_yaml(tmp_path, "\n".join(lines) + "\n")


def cycle(w: Watcher) -> CycleReport:
    return w.run_cycle(every_feed=True)


def test_a_feed_is_ingested_resolved_and_its_state_kept(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 3), etag='"v1"')
    log: list[str] = []

    report = cycle(watcher(one_feed(tmp_path, feed_server.url("/feed.xml")), settings,
                           extractor, log))  # fmt: skip

    (outcome,) = report.outcomes
    assert (outcome.status, outcome.stored) == ("fetched", 3) and outcome.mentions >= 3
    with open_store(settings.db_url) as store:
        assert store.counts()["documents"] == 3
        assert store.events(EventQuery(dyad=("PRK", "RUS"))), "resolved into events"
        (state,) = store.feed_states()
    assert (state.etag, state.failures, state.last_status) == ('"v1"', 0, "fetched")
    assert state.next_due is not None and state.last_success is not None
    assert any("3 new documents" in line for line in log)


def test_an_unchanged_feed_is_asked_conditionally_and_304_stores_nothing(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 2), etag='"v1"')
    w = watcher(one_feed(tmp_path, feed_server.url("/feed.xml")), settings, extractor, [])
    cycle(w)

    second = cycle(w)

    assert [o.status for o in second.outcomes] == ["not modified"]
    feed_requests = [h for p, h in feed_server.requests if p == "/feed.xml"]
    assert "If-None-Match" not in feed_requests[0]
    assert feed_requests[1]["If-None-Match"] == '"v1"'
    with open_store(settings.db_url) as store:
        assert store.counts()["documents"] == 2
        assert store.feed_states()[0].last_status == "not modified"


def test_a_failing_server_is_retried_counted_and_caught_up_when_it_returns(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 2))
    log: list[str] = []
    w = watcher(one_feed(tmp_path, feed_server.url("/feed.xml")), settings, extractor, log)
    feed_server.failing = True

    down = cycle(w)

    assert [o.status for o in down.outcomes] == ["failed"]
    assert "HTTP 503" in (down.outcomes[0].error or "")
    assert len(feed_server.requests) == 2, "one try and one retry (of robots.txt, read first)"
    with open_store(settings.db_url) as store:
        (state,) = store.feed_states()
        assert (state.failures, state.total_failures, state.last_status) == (1, 1, "failed")
        assert store.counts()["documents"] == 0
    assert any("retrying in" in line for line in log)
    assert any("1 failures in a row" in line for line in log)

    feed_server.failing = False
    back = cycle(w)

    assert [(o.status, o.stored) for o in back.outcomes] == [("fetched", 2)]
    with open_store(settings.db_url) as store:
        (state,) = store.feed_states()
        assert (state.failures, state.total_failures, state.last_error) == (0, 1, None)
        assert store.counts()["documents"] == 2


def test_a_private_address_is_refused_unless_the_file_allows_it(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 1))
    url = feed_server.url("/feed.xml", host="localhost")  # refused after resolving the name
    w = watcher(one_feed(tmp_path, url, allow_private=False), settings, extractor, [])

    report = cycle(w)

    (outcome,) = report.outcomes
    assert outcome.status == "refused"
    assert "resolves to 127.0.0.1" in (outcome.error or "") or "::1" in (outcome.error or "")
    assert "allow_private: true" in (outcome.error or "")
    assert feed_server.requests == [], "nothing reached the server"
    with open_store(settings.db_url) as store:
        assert store.feed_states()[0].total_failures == 1


def test_a_redirect_is_followed_and_checked(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/old.xml"] = Route(b"", status=301, location="/feed.xml")
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 1))
    w = watcher(one_feed(tmp_path, feed_server.url("/old.xml")), settings, extractor, [])

    assert [o.stored for o in cycle(w).outcomes] == [1]
    assert feed_server.paths()[-2:] == ["/old.xml", "/feed.xml"]


def test_robots_txt_is_obeyed(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n",
                                              content_type="text/plain")  # fmt: skip
    feed_server.routes["/private/feed.xml"] = Route(rss(feed_server, 1))
    w = watcher(one_feed(tmp_path, feed_server.url("/private/feed.xml")), settings, extractor, [])

    (outcome,) = cycle(w).outcomes

    assert outcome.status == "failed" and "robots.txt" in (outcome.error or "")
    assert "/private/feed.xml" not in feed_server.paths()


def test_content_type_and_size_limits(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/page.xml"] = Route(rss(feed_server, 1), content_type="image/png")
    feed_server.routes["/big.xml"] = Route(rss(feed_server, 40))
    text = one_feed(tmp_path, feed_server.url("/page.xml")).read_text()
    text += f"  - name: Big\n    url: {feed_server.url('/big.xml')}\n    max_bytes: 2000\n"
    (tmp_path / "feeds.yaml").write_text(text)
    w = watcher(tmp_path / "feeds.yaml", settings, extractor, [])

    wrong, big = cycle(w).outcomes

    assert wrong.status == "failed" and "content type 'image/png'" in (wrong.error or "")
    assert big.status == "failed" and "over the limit of 2000" in (big.error or "")
    assert feed_server.paths().count("/big.xml") == 1, "a limit is not retried"


def test_article_pages_give_the_text_when_the_feed_asks(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 2, pages=True))
    feed_server.routes["/articles/1.html"] = Route(page(1), content_type="text/html")
    # /articles/2.html is missing: that entry keeps its own summary
    w = watcher(one_feed(tmp_path, feed_server.url("/feed.xml"), "pages: true"), settings,
                extractor, [])  # fmt: skip

    (outcome,) = cycle(w).outcomes

    assert outcome.stored == 2
    with open_store(settings.db_url) as store:
        texts = sorted(store.document_text(d.id) or "" for d in store.documents())
    assert "the page of report 1 says more" in texts[0].lower()
    assert texts[1] == "Summary only."
    assert cycle(w).outcomes[0].stored == 0
    assert feed_server.paths().count("/articles/1.html") == 1, "a stored entry is not fetched"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_feeds_run_on_their_schedule_and_a_missed_cycle_is_caught_up(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 1))
    clock, log = Clock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC)), []
    path = one_feed(tmp_path, feed_server.url("/feed.xml"), "every: 10m")
    w = Watcher(load_feeds(path), settings, stop=threading.Event(), log=log.append,
                clock=clock, extractor=extractor)  # fmt: skip

    assert [o.status for o in w.run_cycle(every_feed=False).outcomes] == ["fetched"]
    clock.now += timedelta(minutes=5)
    assert w.run_cycle(every_feed=False).outcomes == [], "not due yet"
    clock.now += timedelta(hours=3)  # the service was down: cycles were missed

    late = w.run_cycle(every_feed=False)

    assert [o.status for o in late.outcomes] == ["fetched"]
    assert any("due at 2026-01-05 09:10:00Z" in line and "catching up now" in line
               for line in log)  # fmt: skip
    with open_store(settings.db_url) as store:
        (state,) = store.feed_states()
    assert state.next_due == clock.now + timedelta(minutes=10)


def test_a_server_slower_than_the_time_limit_is_a_failure_that_is_retried(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor
) -> None:
    feed_server.routes["/slow.xml"] = Route(rss(feed_server, 1), delay=3.0)
    path = one_feed(tmp_path, feed_server.url("/slow.xml"), "timeout: 0.5")

    (outcome,) = cycle(watcher(path, settings, extractor, [])).outcomes

    assert outcome.status == "failed" and "timed out" in (outcome.error or "")
    assert feed_server.paths().count("/slow.xml") == 2, "a timeout is retried"


def two_feeds(tmp_path: Path, first: str, second: str) -> Path:
    lines = ["allow_private: true", "defaults:", "  retries: 1", "  backoff: 0", "  timeout: 5",
             "feeds:", "  - name: First Wire", f"    url: {first}", "  - name: Second Wire",
             f"    url: {second}"]  # fmt: skip
    return feeds_yaml(tmp_path, "\n".join(lines) + "\n")


def test_alerts_are_evaluated_once_a_cycle_over_every_feeds_new_events(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    feed_server.routes["/a.xml"] = Route(rss(feed_server, 2))
    feed_server.routes["/b.xml"] = Route(rss(feed_server, 2, start=3))
    calls: list[IngestReport] = []

    def recording(settings: Settings, report: IngestReport, log: Log) -> list[Alert]:
        calls.append(report)
        return evaluate_alerts(settings, report, log)

    monkeypatch.setattr(service, "evaluate_alerts", recording)
    path = two_feeds(tmp_path, feed_server.url("/a.xml"), feed_server.url("/b.xml"))
    w = watcher(path, settings, extractor, [])

    report = cycle(w)

    assert [o.stored for o in report.outcomes] == [2, 2]
    (merged,) = calls
    with open_store(settings.db_url) as store:
        stored_events = {e.id for e in store.events(EventQuery())}
    assert set(merged.events_created) | set(merged.events_updated) == stored_events
    assert cycle(w).outcomes and len(calls) == 1, "a cycle that stores nothing alerts on nothing"


def test_an_idle_pass_opens_no_store(
    tmp_path: Path, feed_server: FeedServer, settings: Settings, extractor: Extractor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 1))
    clock = Clock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    path = one_feed(tmp_path, feed_server.url("/feed.xml"), "every: 10m")
    w = Watcher(load_feeds(path), settings, stop=threading.Event(), log=[].append,
                clock=clock, extractor=extractor)  # fmt: skip
    opened: list[str] = []

    def counting(url: str, busy_timeout: float) -> Store:
        opened.append(url)
        return open_store(url, busy_timeout=busy_timeout)

    monkeypatch.setattr(service, "open_store", counting)
    first_due = w._next_due()
    w.run_cycle(every_feed=False)
    after_cycle = len(opened)

    dues = [w._next_due() for _ in range(5)]

    assert first_due == clock.now, "a feed never polled is due at once"
    assert dues == [clock.now + timedelta(minutes=10)] * 5
    assert len(opened) == after_cycle == 2, "one read at start, one per cycle, none idle"
