"""robots.txt, read once an hour per site and obeyed for feeds and pages (RFC 9309).

A robots.txt that is missing or forbidden (4xx) allows everything; one that cannot be
fetched (5xx, a network error) forbids the whole site, as the RFC asks: that is a
retryable FetchError naming robots.txt, and nothing is cached, so the next try reads it
again.
"""

from __future__ import annotations

import time
import urllib.robotparser
from urllib.parse import urlsplit

from watchfloor.watch.errors import FetchError
from watchfloor.watch.fetch import Fetcher, Request

TTL = 3600.0
MAX_BYTES = 500_000  # Google reads the first 500 KiB


class Robots:
    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser | bool]] = {}

    def allowed(self, url: str, timeout: float, allow_private: bool) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        cached = self._rules.get(site)
        if cached is None or time.monotonic() - cached[0] > TTL:
            cached = (time.monotonic(), self._read(site, timeout, allow_private))
            self._rules[site] = cached  # only what was read: an unreachable one raised
        rules = cached[1]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self._fetcher.user_agent, url)

    def _read(
        self, site: str, timeout: float, allow_private: bool
    ) -> urllib.robotparser.RobotFileParser | bool:
        request = Request(f"{site}/robots.txt", (), timeout, MAX_BYTES, allow_private)
        try:
            response = self._fetcher.get(request)
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                return True  # none there: nothing is forbidden
            if error.refused:
                raise
            raise FetchError(error.url, f"robots.txt cannot be read ({error.reason}); the site "
                             "is not fetched until it can", retryable=True) from error
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser
