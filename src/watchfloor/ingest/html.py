"""Saved web pages (.html, .htm): one document per file.

The main text comes from trafilatura working on the file's text alone (it never fetches
anything); navigation, footers, cookie banners and reader comments are left out. The
metadata comes from the page's own tags:

- title: ``<meta property="og:title">``, else ``<title>``
- published: ``<meta property="article:published_time">``, else the first ``<time datetime>``
- outlet: ``<meta property="og:site_name">``
- url: ``<meta property="og:url">``, else ``<link rel="canonical">``
- id: the file's path under the folder given, without its extension (``day1/index``)

The body is trafilatura's plain-text output, which is what ``span`` offsets index into,
less a first line that repeats the headline (``<h1>`` or the title): as in a front-matter
document, the headline is the title, not reporting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from watchfloor.errors import DocumentError
from watchfloor.ingest.dates import to_date
from watchfloor.ingest.files import id_from_path, read_text
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    headline: str | None = None  # the first <h1>


def read_html_file(
    path: Path, doc_id: str | None = None, settings: Settings | None = None
) -> Iterator[Document | Problem]:
    """The article in one saved web page, or a Problem saying what is wrong; ``doc_id``
    is its id (else the file name)."""
    try:
        yield parse_html(read_text(path), str(path), doc_id)
    except DocumentError as error:
        yield Problem(error.path, error.reason)


def parse_html(page: str, path: str, doc_id: str | None = None) -> Document:
    """A Document from the HTML text of one page; raises DocumentError."""
    meta = read_metadata(page)
    text = without_headline(extract_main_text(page, path), (meta.headline, meta.title))
    return Document(
        id=doc_id or id_from_path(path),
        text=text,
        title=meta.title,
        published=to_date(meta.published),
        outlet=meta.outlet,
        url=meta.url,
        path=path,
        named_id=False,
    )


def extract_main_text(page: str, path: str) -> str:
    """The article text of ``page`` as plain text; DocumentError when there is none."""
    try:
        text = trafilatura.extract(
            page, include_comments=False, include_tables=True, with_metadata=False
        )
    except ValueError as error:  # lxml refuses some malformed documents outright
        raise DocumentError(path, f"the HTML cannot be parsed ({error})") from error
    if not text or not text.strip():
        raise DocumentError(
            path, "no article text found in the HTML: save the full article page, not an index"
        )
    return str(text)


def without_headline(text: str, headlines: tuple[str | None, ...]) -> str:
    """``text`` less its first line when that line is the page's headline."""
    first, sep, rest = text.lstrip().partition("\n")
    wanted = {_folded(h) for h in headlines if h}
    if sep and rest.strip() and _folded(first) in wanted:
        return rest.lstrip("\n")
    return text


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_metadata(page: str) -> PageMetadata:
    """Title, publication time, outlet and URL from the page's meta tags."""
    reader = _MetadataReader()
    reader.feed(page)
    reader.close()
    return reader.metadata()


class _MetadataReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._meta: dict[str, str] = {}
        self._title: list[str] = []
        self._in_title = False
        self._title_seen = False  # an <svg> may hold further <title> elements
        self._time: str | None = None
        self._canonical: str | None = None
        self._h1: list[str] = []
        self._in_h1 = False
        self._h1_seen = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key and values.get("content", "").strip():
                self._meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "title" and not self._title_seen:
            self._in_title = self._title_seen = True
        elif tag == "h1" and not self._h1_seen:
            self._in_h1 = self._h1_seen = True
        elif tag == "time" and self._time is None and values.get("datetime", "").strip():
            self._time = values["datetime"].strip()
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self._canonical = self._canonical or values.get("href") or None

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        if self._in_h1:
            self._h1.append(data)

    def metadata(self) -> PageMetadata:
        title = " ".join("".join(self._title).split())
        return PageMetadata(
            title=self._meta.get("og:title") or title or None,
            published=self._meta.get("article:published_time") or self._time,
            outlet=self._meta.get("og:site_name"),
            url=self._meta.get("og:url") or self._canonical,
            headline=" ".join("".join(self._h1).split()) or None,
        )
