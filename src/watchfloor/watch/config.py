"""The feeds file of ``watchfloor watch``: YAML, validated on load, errors with file:line.

    allow_private: false          # may feeds point at private, loopback, link-local hosts?
    user_agent: watchfloor/0.1    # sent with every request and matched in robots.txt
    defaults:                     # every feed's settings unless it gives its own
      every: 15m                  # how often to poll: 90s, 15m, 2h, 1d
      timeout: 20                 # seconds for one request, connecting and reading
      max_bytes: 5000000          # larger responses are refused
      retries: 3                  # further attempts in a cycle after a failure
      backoff: 2                  # seconds before the first retry; doubles, with jitter
      pages: false                # also fetch each new entry's article page for its text
    feeds:
      - name: Example Wire
        url: https://example.org/rss.xml
        every: 10m
        pages: true
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from watchfloor.errors import DataFileError
from watchfloor.yamlfile import Fields, Spot, YList, YMap, read_yaml

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_TOP = {"allow_private", "user_agent", "defaults", "feeds"}
_FEED_ONLY = {"name", "url", "allow_private"}
DEFAULT_USER_AGENT = "watchfloor/0.1 (+https://github.com/watchfloor)"


@dataclass(frozen=True, slots=True)
class Limits:
    every: float = 900.0  # seconds between polls
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 3
    backoff: float = 2.0
    pages: bool = False


_LIMITS = set(Limits.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Feed:
    name: str
    url: str
    limits: Limits
    allow_private: bool
    line: int  # where the feed starts in its file, for messages


@dataclass(frozen=True, slots=True)
class FeedsFile:
    path: str
    feeds: tuple[Feed, ...]
    user_agent: str


def load_feeds(path: Path) -> FeedsFile:
    """The feeds file at ``path``; DataFileError names the file and line of a mistake."""
    root = read_yaml(path, what="the feeds file")
    if not isinstance(root.value, YMap):
        raise root.error("give a mapping with a 'feeds' list (see the README)")
    return _feeds_file(root.mapping("the feeds file", _TOP))


def _feeds_file(top: Fields) -> FeedsFile:
    allow = _boolean(top, "allow_private", False)
    agent = top["user_agent"].text("user_agent") if "user_agent" in top else DEFAULT_USER_AGENT
    defaults = Limits()
    if top.raw("defaults") is not None:
        defaults = _limits(top["defaults"].mapping("defaults", _LIMITS), defaults)
    feeds = top.raw("feeds")
    if not isinstance(feeds, YList) or not feeds:
        raise DataFileError(top.file, top.line_of("feeds"), "give 'feeds:' a list of feeds")
    found = [_feed(spot, defaults, allow) for spot in top["feeds"].items("feeds")]
    seen: dict[str, int] = {}
    for feed in found:
        if feed.url in seen:
            twice = f"{feed.url} is listed twice (also line {seen[feed.url]})"
            raise DataFileError(top.file, feed.line, twice)
        seen[feed.url] = feed.line
    return FeedsFile(top.file, tuple(found), agent.strip())


def _feed(spot: Spot, defaults: Limits, allow: bool) -> Feed:
    if not isinstance(spot.value, YMap):
        raise spot.error("each feed is a mapping with at least 'url'")
    given = spot.mapping("a feed", _FEED_ONLY | _LIMITS)
    url = given["url"].value if "url" in given else None
    if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+", url):
        raise DataFileError(spot.file, given.line_of("url"),
                            f"url must be an http:// or https:// address: {url!r}")  # fmt: skip
    name = given["name"].text("name") if "name" in given else url
    limits = _limits(given, defaults)
    return Feed(name, url, limits, _boolean(given, "allow_private", allow), spot.line)


def _limits(given: Fields, base: Limits) -> Limits:
    values: dict[str, Any] = {}
    if "every" in given:
        values["every"] = _duration(given["every"])
    for key, kind, low in (("timeout", float, 0.1), ("max_bytes", int, 1), ("retries", int, 0),
                           ("backoff", float, 0.0)):  # fmt: skip
        if key in given:
            value = given[key].value
            if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
                raise given[key].error(f"{key} must be a number >= {low}")
            values[key] = kind(value)
    if "pages" in given:
        values["pages"] = _boolean(given, "pages", False)
    return replace(base, **values)


def _duration(spot: Spot) -> float:
    match = _DURATION.match(str(spot.value))
    if isinstance(spot.value, bool) or match is None:
        raise spot.error(f"every must be a duration such as 90s, 15m: {spot.value!r}")
    seconds = float(match.group(1)) * _SECONDS[match.group(2) or "s"]
    if seconds < 1:
        raise spot.error("every must be at least 1s")
    return seconds


def _boolean(given: Fields, key: str, default: bool) -> bool:
    return given[key].flag(key) if key in given else default
