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

import yaml

from watchfloor.errors import DataFileError

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
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(where, None, f"cannot read the feeds file ({exc})") from exc
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(where, line, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or node is None:
        raise DataFileError(where, 1, "give a mapping with a 'feeds' list (see the README)")
    return _feeds_file(where, data, node)


def _feeds_file(where: str, data: dict[str, Any], node: yaml.Node) -> FeedsFile:
    _known(where, data, node, _TOP)
    allow = _boolean(where, data, node, "allow_private", False)
    agent = data.get("user_agent", DEFAULT_USER_AGENT)
    if not isinstance(agent, str) or not agent.strip():
        raise DataFileError(where, _line(node, "user_agent"), "user_agent must be text")
    defaults_node = _child(node, "defaults")
    defaults = _limits(where, data.get("defaults") or {}, defaults_node, Limits())
    feeds = data.get("feeds")
    feeds_node = _child(node, "feeds")
    if not isinstance(feeds, list) or not feeds or not isinstance(feeds_node, yaml.SequenceNode):
        raise DataFileError(where, _line(node, "feeds") or 1, "give 'feeds:' a list of feeds")
    found = [_feed(where, item, child, defaults, allow)
             for item, child in zip(feeds, feeds_node.value, strict=True)]  # fmt: skip
    seen: dict[str, int] = {}
    for feed in found:
        if feed.url in seen:
            twice = f"{feed.url} is listed twice (also line {seen[feed.url]})"
            raise DataFileError(where, feed.line, twice)
        seen[feed.url] = feed.line
    return FeedsFile(where, tuple(found), agent.strip())


def _feed(where: str, item: Any, node: yaml.Node, defaults: Limits, allow: bool) -> Feed:
    line = node.start_mark.line + 1
    if not isinstance(item, dict):
        raise DataFileError(where, line, "each feed is a mapping with at least 'url'")
    _known(where, item, node, _FEED_ONLY | set(Limits.__dataclass_fields__))
    url = item.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+", url):
        raise DataFileError(where, _line(node, "url") or line,
                            f"url must be an http:// or https:// address: {url!r}")  # fmt: skip
    name = item.get("name", url)
    limits = _limits(where, item, node, defaults)
    return Feed(str(name), url, limits, _boolean(where, item, node, "allow_private", allow), line)


def _limits(where: str, data: Any, node: yaml.Node | None, base: Limits) -> Limits:
    if not isinstance(data, dict):
        raise DataFileError(where, _mark(node), "defaults must be a mapping")
    values: dict[str, Any] = {}
    if "every" in data:
        values["every"] = _duration(where, data["every"], _line(node, "every"))
    for key, kind, low in (("timeout", float, 0.1), ("max_bytes", int, 1), ("retries", int, 0),
                           ("backoff", float, 0.0)):  # fmt: skip
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
                raise DataFileError(where, _line(node, key), f"{key} must be a number >= {low}")
            values[key] = kind(value)
    if "pages" in data:
        values["pages"] = _boolean(where, data, node, "pages", False)
    return replace(base, **values)


def _duration(where: str, value: Any, line: int | None) -> float:
    match = _DURATION.match(str(value))
    if isinstance(value, bool) or match is None:
        raise DataFileError(where, line, f"every must be a duration such as 90s, 15m: {value!r}")
    seconds = float(match.group(1)) * _SECONDS[match.group(2) or "s"]
    if seconds < 1:
        raise DataFileError(where, line, "every must be at least 1s")
    return seconds


def _boolean(where: str, data: dict[str, Any], node: yaml.Node | None, key: str,
             default: bool) -> bool:  # fmt: skip
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise DataFileError(where, _line(node, key), f"{key} must be true or false")
    return value


def _known(where: str, data: dict[str, Any], node: yaml.Node, allowed: set[str]) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise DataFileError(where, _line(node, str(key)), f"unknown key {key!r}: use {known}")


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node  # type: ignore[no-any-return]
    return None


def _line(node: yaml.Node | None, key: str) -> int | None:
    child = _child(node, key)
    return child.start_mark.line + 1 if child is not None else _mark(node)


def _mark(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None
