"""JSON Lines files (.jsonl): one document per line,
``{"id", "title", "published", "outlet", "url", "text"}`` (spec EVENTS.md section 1).

Only ``text`` is required. A line without ``id`` gets the file name and its line
number (``feed-7``). Lines are read one at a time, so a large file is streamed; a bad
line (not UTF-8, not JSON, not an object, no text) is a Problem naming its line number,
and the rest of the file goes on. Blank lines are skipped. CRLF inside ``text`` becomes
LF, as in every other format, so a report gives the same spans whichever way it arrives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from watchfloor.errors import DocumentError
from watchfloor.ingest.dates import to_date
from watchfloor.ingest.files import id_from_path, normalise_newlines
from watchfloor.models import Document, Problem


def read_jsonl_file(path: Path) -> Iterator[Document | Problem]:
    """One Document per line of a JSON Lines file; a Problem for each bad line."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Problem(str(path), f"cannot read the file ({error.strerror})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield read_line(raw, number, str(path))


def read_line(raw: bytes, number: int, path: str) -> Document | Problem:
    """The document on line ``number`` (1-based), or a Problem saying what is wrong."""
    try:
        return document_from_record(parse_line(raw, number, path), number, path)
    except DocumentError as error:
        return Problem(path, f"line {number}: {error.reason}")


def parse_line(raw: bytes, number: int, path: str) -> Mapping[str, Any]:
    """The JSON object on one line; DocumentError when it is not one."""
    try:
        text = raw.decode("utf-8-sig")  # the first line may start with a BOM
    except UnicodeDecodeError as error:
        raise DocumentError(
            path,
            f"not UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1}): "
            "re-save the file as UTF-8",
        ) from error
    try:
        record = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        raise DocumentError(
            path,
            f"not valid JSON ({error.msg.removesuffix(' at')} at column {error.colno}): "
            "each line must hold one complete JSON object",
        ) from error
    if not isinstance(record, dict):
        raise DocumentError(path, f"a JSON {type(record).__name__} where an object was expected")
    return record


def document_from_record(record: Mapping[str, Any], number: int, path: str) -> Document:
    """A Document from one decoded line; DocumentError when it has no usable text."""
    text = record.get("text")
    if "text" not in record and {"doc", "sentence", "code"} <= record.keys():
        raise DocumentError(path, "this is an event record (gold or output), not a document")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(path, "'text' is missing or empty: give the article body as a string")
    return Document(
        id=_field(record, "id") or f"{id_from_path(path)}-{number}",
        text=normalise_newlines(text),
        title=_field(record, "title"),
        published=to_date(record.get("published")),
        outlet=_field(record, "outlet"),
        url=_field(record, "url"),
        path=path,
    )


def _field(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None
