"""RSS and Atom files (.xml, .rss, .atom): one document per entry, read by feedparser.

- id: the entry's id (RSS ``guid``, Atom ``id``), else its link, kept whole (only
  surrounding white space is dropped): two guids that differ in any character are two
  documents; an entry with neither gets the file's id plus a hash of its title and
  text, stable from one fetch of the feed to the next
- published: the entry's published (else updated) date, in the timezone the feed gives
- outlet: the feed's title
- text: the entry's content, else its summary, with HTML reduced to plain text

The file is handed to feedparser as bytes: XML declares its own encoding. Nothing is
fetched. An entry without text is a Problem; the rest of the feed goes on.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from watchfloor.errors import DocumentError
from watchfloor.ingest.dates import to_date
from watchfloor.ingest.files import id_from_path, normalise_newlines
from watchfloor.ingest.markup import html_to_text
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings


def read_feed_file(
    path: Path, doc_id: str | None = None, settings: Settings | None = None
) -> Iterator[Document | Problem]:
    """One Document per entry of an RSS or Atom file; Problems for unusable entries.
    ``doc_id`` names entries that have neither id nor link (else the file name)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Problem(str(path), f"cannot read the file ({error.strerror})")
        return
    yield from parse_feed(data, str(path), doc_id)


def parse_feed(data: bytes, path: str, doc_id: str | None = None) -> Iterator[Document | Problem]:
    """The entries of the feed in ``data`` (the file's bytes), in feed order."""
    refused = unsafe_xml(data)
    if refused is not None:
        yield Problem(path, refused)
        return
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.get("bozo") or not parsed.get("version"):
            error = parsed.get("bozo_exception") or "no RSS or Atom elements"
            yield Problem(path, f"not a readable RSS or Atom feed ({error}): check the file")
        return
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield entry_document(entry, outlet, path, doc_id or id_from_path(path))
        except DocumentError as error:
            yield Problem(path, f"entry {number}: {error.reason}")


def entry_document(entry: Any, outlet: str | None, path: str, file_id: str = "") -> Document:
    """A Document from one feedparser entry; DocumentError when it has no text."""
    text = entry_text(entry)
    title = _clean(_as_text(entry.get("title_detail") or {}))
    if not text.strip():
        raise DocumentError(path, f"'{title or 'untitled'}' has no content or summary text")
    return Document(
        id=entry_id(entry, text, file_id or id_from_path(path)),
        # an entry without guid or link is known by its content: never a collision
        named_id=True,
        text=text,
        title=title,
        published=entry_date(entry),
        outlet=outlet,
        url=entry_url(entry),
        path=path,
    )


def entry_text(entry: Any) -> str:
    """The entry's first non-empty content, else its summary, as plain text."""
    details = [*entry.get("content", []), entry.get("summary_detail") or {}]
    for detail in details:
        text = _as_text(detail)
        if text.strip():
            return text
    return ""


def _as_text(detail: Any) -> str:
    """A feedparser text construct ({"type", "value"}) as plain text."""
    value = str(detail.get("value") or "")
    if detail.get("type") == "text/plain":
        return normalise_newlines(value)
    return html_to_text(value)


def entry_id(entry: Any, text: str, file_id: str) -> str:
    """The entry's id or link kept whole, else the file's id and a content hash."""
    for raw in (entry.get("id"), entry.get("link")):
        whole = str(raw or "").strip()
        if whole:
            return whole
    key = f"{entry.get('title', '')}\n{text}".encode("utf-8", "surrogatepass")
    return f"{file_id or 'entry'}-{hashlib.sha1(key).hexdigest()[:12]}"


# A DOCTYPE can declare entities that expand a few bytes into gigabytes, or that read
# other files and URLs; news feeds need neither. Such a feed is refused whole.
_ENTITY_DECLARATION = re.compile(rb"<\x00?!\x00?E\x00?N\x00?T\x00?I\x00?T\x00?Y", re.IGNORECASE)


def unsafe_xml(data: bytes) -> str | None:
    """Why the XML in ``data`` is refused before it is parsed, or None."""
    if _ENTITY_DECLARATION.search(data):  # UTF-8 or UTF-16 either way round
        return ("the feed declares XML entities (<!ENTITY ...>), which can expand without "
                "bound or read other files: refused; remove the DOCTYPE's entity declarations")
    return None


def entry_url(entry: Any) -> str | None:
    """The entry's web link; feedparser also copies a non-URL id (urn:uuid:...) there."""
    link = _clean(entry.get("link"))
    return link if link and link.lower().startswith(("http://", "https://")) else None


def entry_date(entry: Any) -> date | None:
    """The published (else updated) date as the feed writes it; feedparser's own parse,
    which is in UTC and can move the date by a day, only when that string is unreadable."""
    keys = ("published", "updated", "created")
    for key in (*keys, *(f"{key}_parsed" for key in keys)):
        # dict.get: feedparser's own get() maps 'updated' to 'published', with a warning
        day = to_date(dict.get(entry, key))
        if day is not None:
            return day
    return None


def _clean(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None
