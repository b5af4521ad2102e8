"""One feed, polled once: its feed document fetched (conditionally), its entries read
by the ingest feed reader, and, if the feed asks for pages, each new entry's article
page fetched for its full text. Returns documents; stores nothing."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from watchfloor.errors import DocumentError
from watchfloor.ingest.feeds import parse_feed
from watchfloor.ingest.html import parse_html
from watchfloor.models import Document, Problem
from watchfloor.watch.config import Feed
from watchfloor.watch.errors import FetchError
from watchfloor.watch.fetch import FEED_TYPES, PAGE_TYPES, Fetcher, Request, Response
from watchfloor.watch.retry import with_retries
from watchfloor.watch.robots import Robots

Log = Callable[[str], None]


@dataclass(slots=True)
class Polled:
    """``status``: "fetched" or "not modified"; ``items`` the documents (and Problems)."""

    status: str
    etag: str | None
    last_modified: str | None
    items: list[Document | Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Poller:
    fetcher: Fetcher
    robots: Robots
    stop: threading.Event
    rng: random.Random
    log: Log

    def poll(
        self, feed: Feed, etag: str | None, last_modified: str | None,
        is_stored: Callable[[str], bool],
    ) -> Polled:  # fmt: skip
        """The feed's new documents; FetchError if the feed itself cannot be fetched."""
        self._check_robots(feed, feed.url)
        request = Request(feed.url, FEED_TYPES, feed.limits.timeout, feed.limits.max_bytes,
                          feed.allow_private, etag, last_modified)  # fmt: skip
        response = self._get(feed, request)
        if response.status == 304:
            return Polled("not modified", response.etag, response.last_modified)
        polled = Polled("fetched", response.etag, response.last_modified)
        for item in parse_feed(response.body, feed.url):
            if isinstance(item, Document) and feed.limits.pages:
                if is_stored(item.id):
                    continue  # stored from its page: the entry's summary would replace it
                item = self._with_page(feed, item)
            polled.items.append(item)
        return polled

    def _with_page(self, feed: Feed, entry: Document) -> Document:
        """The entry with its article page's text; the entry as it is when the page
        cannot be had (the reason is logged)."""
        if not entry.url or self.stop.is_set():
            return entry
        try:
            self._check_robots(feed, entry.url)
            request = Request(entry.url, PAGE_TYPES, feed.limits.timeout, feed.limits.max_bytes,
                              feed.allow_private)  # fmt: skip
            page = parse_html(_decoded(self._get(feed, request)), entry.url)
        except (FetchError, DocumentError) as error:
            self.log(f"feed {feed.name}: page of {entry.id} not used ({error}); "
                     "the entry's own text is stored")  # fmt: skip
            return entry
        return replace(entry, text=page.text, title=entry.title or page.title,
                       published=entry.published or page.published)  # fmt: skip

    def _get(self, feed: Feed, request: Request) -> Response:
        return with_retries(lambda: self.fetcher.get(request), feed.limits.retries,
                            feed.limits.backoff, self.stop, self.rng,
                            self._retrying(feed))  # fmt: skip

    def _retrying(self, feed: Feed) -> Callable[[FetchError, float], None]:
        def log(error: FetchError, delay: float) -> None:
            self.log(f"feed {feed.name}: {error.reason}; retrying in {delay:.1f} s")

        return log

    def _check_robots(self, feed: Feed, url: str) -> None:
        def allowed() -> bool:
            return self.robots.allowed(url, feed.limits.timeout, feed.allow_private)

        if not with_retries(allowed, feed.limits.retries, feed.limits.backoff, self.stop,
                            self.rng, self._retrying(feed)):  # fmt: skip
            raise FetchError(url, "robots.txt does not allow watchfloor to fetch it",
                             retryable=False)  # fmt: skip


def _decoded(response: Response) -> str:
    try:
        return response.body.decode(response.charset or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return response.body.decode("utf-8", "replace")
