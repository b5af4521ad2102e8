"""The feeds file is validated on load; a mistake is named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.watch import load_feeds

from .conftest import feeds_yaml

GOOD = """\
user_agent: test-agent/1
defaults:
  every: 15m
  pages: true
feeds:
  - name: One
    url: https://example.org/one.xml
  - url: https://example.org/two.xml
    every: 90s
    max_bytes: 1000
    allow_private: true
"""


def test_a_good_file_gives_each_feed_its_defaults_and_its_own_settings(tmp_path: Path) -> None:
    loaded = load_feeds(feeds_yaml(tmp_path, GOOD))

    one, two = loaded.feeds
    assert loaded.user_agent == "test-agent/1"
    assert (one.name, one.limits.every, one.limits.pages, one.allow_private) == (
        "One", 900.0, True, False)  # fmt: skip
    assert (two.name, two.limits.every, two.limits.max_bytes, two.allow_private) == (
        "https://example.org/two.xml", 90.0, 1000, True)  # fmt: skip
    assert (one.line, two.line) == (6, 8)


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("feeds:\n  - url: ftp://example.org/x\n", 2, "http:// or https://"),
        ("feeds:\n  - url: https://a.org/x\n    every: soon\n", 3, "every must be a duration"),
        ("feeds:\n  - url: https://a.org/x\n    retries: -1\n", 3, "retries must be a number"),
        ("feeds:\n  - url: https://a.org/x\n    colour: red\n", 3, "unknown key 'colour'"),
        ("feeds:\n  - url: https://a.org/x\n  - url: https://a.org/x\n", 3, "listed twice"),
        ("allow_private: yes please\nfeeds: []\n", 1, "allow_private must be true or false"),
        ("feeds: []\n", 1, "give 'feeds:' a list"),
        ("feeds:\n  - url: [unclosed\n", 3, "not valid YAML"),
    ],
)
def test_mistakes_name_the_file_and_line(tmp_path: Path, text: str, line: int, says: str) -> None:
    path = feeds_yaml(tmp_path, text)
    with pytest.raises(DataFileError, match=says) as raised:
        load_feeds(path)
    assert (raised.value.path, raised.value.line) == (str(path), line)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read the feeds file"):
        load_feeds(tmp_path / "nowhere.yaml")
