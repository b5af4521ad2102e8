"""The watch service: cycles over the feeds of a feeds file, each feed on its own
schedule, until stopped.

A cycle polls every feed that is due (``--once``: every feed), stores what is new
through the ordinary ingest path (deduplicated, extracted, stored, resolved), saves the
feed's state (validators, times, failures), then evaluates alerts. A feed's new
validators are saved only after its documents are stored: a cycle interrupted in
between fetches the feed whole again next time, and what was stored is not stored twice.

Nothing is skipped in silence. A feed checked later than it was due (the service was
down, or a cycle ran long) is logged as late and polled now. A feed that fails is
logged with the reason, counted in the store, and tried again after a minute, doubling
with each failure in a row, with jitter, never later than its own interval. A stop request
(SIGTERM) is honoured between documents and between feeds.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta

from watchfloor.api import IngestReport, ingest_documents
from watchfloor.errors import WatchfloorError
from watchfloor.extract import Extractor
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings
from watchfloor.store import FeedState, Store, open_store
from watchfloor.watch.alerts_hook import evaluate_alerts
from watchfloor.watch.config import Feed, FeedsFile
from watchfloor.watch.errors import FetchError
from watchfloor.watch.fetch import Fetcher
from watchfloor.watch.poll import Log, Poller
from watchfloor.watch.retry import backoff_delay
from watchfloor.watch.robots import Robots

Clock = Callable[[], datetime]
MAX_SLEEP = 30.0  # seconds between looks at the clock while idle
FAILED_FEED_WAIT = 60.0  # before the next check of a failed feed; doubles per failure


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class FeedOutcome:
    name: str
    url: str
    status: str  # fetched, not modified, failed, refused, interrupted, error (unexpected)
    stored: int = 0
    mentions: int = 0
    error: str | None = None


@dataclass(slots=True)
class CycleReport:
    started: datetime
    outcomes: list[FeedOutcome] = field(default_factory=list)
    stopped: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "started": self.started.isoformat(),
            "stopped": self.stopped,
            "feeds": [asdict(outcome) for outcome in self.outcomes],
        }


class Watcher:
    """Polls the feeds of ``feeds`` into the store of ``settings``."""

    def __init__(
        self, feeds: FeedsFile, settings: Settings, *, stop: threading.Event, log: Log,
        clock: Clock = utc_now, extractor: Extractor | None = None,
        rng: random.Random | None = None,
    ) -> None:  # fmt: skip
        self.feeds = feeds
        self.settings = settings
        self.stop = stop
        self.log = log
        self.clock = clock
        self.extractor = extractor or Extractor.from_settings(settings)
        self.rng = rng or random.Random()
        fetcher = Fetcher(feeds.user_agent)
        self.poller = Poller(fetcher, Robots(fetcher), stop, self.rng, log)
        self._due: dict[str, datetime | None] | None = None

    def run_forever(self) -> None:
        """Cycles until ``stop`` is set; between cycles, sleeps until a feed is due."""
        while not self.stop.is_set():
            try:
                wait = (self._next_due() - self.clock()).total_seconds()
                if wait <= 0:
                    report = self.run_cycle(every_feed=False)
                    wait = MAX_SLEEP if any(o.status == "error" for o in report.outcomes) else 0
            except WatchfloorError as error:  # the store is unreachable, say: not the end
                self.log(f"cycle failed: {error}; trying again in {MAX_SLEEP:.0f} s")
                wait = MAX_SLEEP
            if wait > 0:
                self.stop.wait(min(wait, MAX_SLEEP))

    def run_cycle(self, every_feed: bool) -> CycleReport:
        """One cycle over the feeds that are due (all of them with ``every_feed``)."""
        report = CycleReport(self.clock())
        changed: list[IngestReport] = []
        with self._open_store() as store:
            states = {s.url: s for s in store.feed_states()}
            for feed in self.feeds.feeds:
                if self.stop.is_set():
                    break
                state = states.get(feed.url) or FeedState(feed.url, feed.name)
                if every_feed or _is_due(state, report.started):
                    self._late(feed, state, report.started)
                    report.outcomes.append(self._guarded(feed, state, store, changed))
            self._due = {s.url: s.next_due for s in store.feed_states()}
        report.stopped = self.stop.is_set()
        if changed and not report.stopped:
            # once a cycle, over every feed's new events: an alert that two feeds' reports
            # are behind together is logged once, and the rules run once
            evaluate_alerts(self.settings, _merged(changed), self.log)
        return report

    def _guarded(
        self, feed: Feed, state: FeedState, store: Store, changed: list[IngestReport]
    ) -> FeedOutcome:
        try:
            return self._cycle_feed(feed, state, store, changed)
        except Exception as exc:  # a bug or a broken store must not end the service
            self.log(f"feed {feed.name}: cycle failed ({exc!r}); it stays due and is tried "
                     "again next cycle")  # fmt: skip
            return FeedOutcome(feed.name, feed.url, "error", error=repr(exc))

    def _cycle_feed(
        self, feed: Feed, state: FeedState, store: Store, changed: list[IngestReport]
    ) -> FeedOutcome:
        started = self.clock()
        try:
            polled = self.poller.poll(feed, state.etag, state.last_modified,
                                      lambda doc_id: store.document(doc_id) is not None)
        except FetchError as error:
            status = "refused" if error.refused else "failed"
            return self._failed(feed, state, started, error.reason, status, store)
        outcome = FeedOutcome(feed.name, feed.url, polled.status)
        if polled.items:
            try:
                stored = self._ingest(polled.items)
            except WatchfloorError as error:
                reason = f"could not store: {error}"
                return self._failed(feed, state, started, reason, "failed", store)
            outcome.stored = len(stored.stored) + len(stored.updated)
            outcome.mentions = stored.mentions
            for problem in stored.problems:
                self.log(f"feed {feed.name}: skipped {problem.path}: {problem.reason}")
            if self.stop.is_set():  # the rest of this feed waits for the next run
                outcome.status = "interrupted"
                self.log(f"feed {feed.name}: stopped after {outcome.stored} new documents")
                return outcome
            if stored.stored or stored.updated:
                changed.append(stored)
        store.save_feed_state(state.succeeded(started, polled.status, started + _every(feed),
                                              polled.etag, polled.last_modified))  # fmt: skip
        self.log(f"feed {feed.name}: {polled.status}, {outcome.stored} new documents, "
                 f"{outcome.mentions} event mentions")  # fmt: skip
        return outcome

    def _failed(
        self, feed: Feed, state: FeedState, at: datetime, reason: str, status: str, store: Store
    ) -> FeedOutcome:
        delay = backoff_delay(state.failures, FAILED_FEED_WAIT, feed.limits.every, self.rng)
        failed = state.failed(at, reason, at + timedelta(seconds=delay))
        store.save_feed_state(failed)
        self.log(f"feed {feed.name}: {status}: {reason} ({failed.failures} failures in a row, "
                 f"{failed.total_failures} in all); next try in {delay:.0f} s")  # fmt: skip
        return FeedOutcome(feed.name, feed.url, status, error=reason)

    def _ingest(self, items: list[Document | Problem]) -> IngestReport:
        return ingest_documents(_until(self.stop, items), self.settings,
                                extractor=self.extractor)  # fmt: skip

    def _open_store(self) -> Store:
        return open_store(self.settings.db_url, busy_timeout=self.settings.busy_timeout_seconds)

    def _late(self, feed: Feed, state: FeedState, now: datetime) -> None:
        if state.next_due is not None and (now - state.next_due).total_seconds() > 60:
            late = (now - state.next_due).total_seconds()
            self.log(f"feed {feed.name}: due at {state.next_due:%Y-%m-%d %H:%M:%S}Z, "
                     f"{late:.0f} s late (a missed or long cycle); catching up now")  # fmt: skip

    def _next_due(self) -> datetime:
        """When the next feed is due: read from the store once, then kept from each cycle
        (the watcher is the only writer of feed states), so an idle pass opens no store."""
        if self._due is None:
            with self._open_store() as store:
                self._due = {s.url: s.next_due for s in store.feed_states()}
        now = self.clock()
        dues = [self._due.get(f.url, now) for f in self.feeds.feeds]
        return min((d or now) for d in dues)


def _merged(reports: list[IngestReport]) -> IngestReport:
    """The events a cycle's feeds created or updated, as one report."""
    return IngestReport(
        events_created=[e for r in reports for e in r.events_created],
        events_updated=[e for r in reports for e in r.events_updated],
    )


def _until(
    stop: threading.Event, items: Iterable[Document | Problem]
) -> Iterator[Document | Problem]:
    """``items`` until a stop is requested: checked between documents."""
    for item in items:
        if stop.is_set():
            return
        yield item


def _is_due(state: FeedState, now: datetime) -> bool:
    return state.next_due is None or state.next_due <= now


def _every(feed: Feed) -> timedelta:
    return timedelta(seconds=feed.limits.every)



