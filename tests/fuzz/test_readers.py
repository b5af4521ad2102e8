"""Every reader on hostile files: it never raises; each input gives documents within the
limits, storable as they are, or Problems naming the file and a reason."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.daterange import FIRST_YEAR, LAST_YEAR
from watchfloor.ingest import read_file
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

from .budget import examples, tried
from .strategies import feed, front_matter, html_page, jsonl_line, mutated, seeds

# limits low enough that generated inputs reach them
LIMITS = Settings(max_file_bytes=200_000, max_document_chars=50_000, max_line_chars=5_000)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def read(folder: Path, name: str, data: bytes) -> list[Document | Problem]:
    path = folder / name
    path.write_bytes(data)
    items = list(read_file(path, LIMITS))
    for item in items:
        if isinstance(item, Problem):
            assert item.path == str(path)
            assert item.reason.strip()
            continue
        assert isinstance(item.id, str) and item.id.strip()
        for value in (item.id, item.text, item.title, item.outlet, item.url):
            if value is not None:
                value.encode("utf-8")  # storable: no lone surrogate
                assert "\x00" not in value
        assert len(item.text) <= LIMITS.max_document_chars
        assert max(map(len, item.text.split("\n"))) <= LIMITS.max_line_chars
        assert item.published is None or FIRST_YEAR <= item.published.year <= LAST_YEAR
        assert item.content_hash
    return items


@given(st.one_of(front_matter(), mutated(seeds((".md", ".txt"))), st.binary(max_size=300)))
@examples(2500)
def test_front_matter_files(folder: Path, data: bytes) -> None:
    tried("reader: front matter")
    assert len(read(folder, "doc.md", data)) == 1  # one file, one document or Problem


@given(st.lists(jsonl_line(), min_size=1, max_size=4).map(b"\n".join)
       | mutated(seeds((".jsonl",))))  # fmt: skip
@examples(2500)
def test_json_lines_files(folder: Path, data: bytes) -> None:
    tried("reader: JSON Lines")
    items = read(folder, "feed.jsonl", data)
    assert len(items) <= data.count(b"\n") + 1  # at most one item a line


@given(st.one_of(feed(), mutated(seeds((".rss", ".atom"))), st.binary(max_size=300)))
@examples(1200)
def test_feed_files(folder: Path, data: bytes) -> None:
    tried("reader: RSS/Atom")
    read(folder, "feed.rss", data)


@given(st.one_of(html_page(), mutated(seeds((".html",))), st.binary(max_size=300)))
@examples(300)
def test_html_files(folder: Path, data: bytes) -> None:
    tried("reader: HTML")
    assert len(read(folder, "page.html", data)) == 1


@given(st.sampled_from([".md", ".txt", ".jsonl", ".rss", ".atom", ".xml", ".html"]),
       st.one_of(st.binary(max_size=400), mutated(seeds((".md", ".jsonl", ".rss", ".html")))))
@examples(500)
def test_any_bytes_under_any_extension(folder: Path, suffix: str, data: bytes) -> None:
    tried("reader: any bytes")
    read(folder, "input" + suffix, data)
