"""JSON Lines files (.jsonl): one document per line,
``{"id", "title", "published", "outlet", "url", "text"}`` (spec EVENTS.md section 1).

Only ``text`` is required. A line without ``id`` gets the file's id and its line
number (``feed-7``); an ``id`` must be a string or a whole number (``true`` or ``1.5``
is a Problem, never a silently different id). Lines are read one at a time, at most
``Settings.max_document_chars`` (times four, as UTF-8 bytes) each, so a large file is
streamed in flat memory; a bad line (too long, not UTF-8, not JSON, nested deeper than
``MAX_NESTING``, not an object, no text) is a Problem naming its line number, and the
rest of the file goes on. Blank lines are skipped. CRLF inside ``text`` becomes
LF, as in every other format, so a report gives the same spans whichever way it arrives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from watchfloor.errors import DocumentError
from watchfloor.ingest.dates import to_date
from watchfloor.ingest.files import id_from_path, normalise_newlines
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

MAX_NESTING = 100  # arrays and objects inside each other on one line
_CHUNK = 1 << 20


def read_jsonl_file(
    path: Path, doc_id: str | None = None, settings: Settings | None = None
) -> Iterator[Document | Problem]:
    """One Document per line of a JSON Lines file; a Problem for each bad line."""
    limit = 4 * (settings or Settings()).max_document_chars + 2  # UTF-8 bytes, + CRLF
    file_id = doc_id or id_from_path(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Problem(str(path), f"cannot read the file ({error.strerror})")
        return
    with handle:
        for number, raw in enumerate(_lines(handle, limit), start=1):
            if raw is None:
                yield Problem(str(path), f"line {number}: longer than {limit:,} bytes "
                              "(WATCHFLOOR_MAX_DOCUMENT_CHARS): split the document")  # fmt: skip
            elif raw.strip():
                yield read_line(raw, number, str(path), file_id)


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Each line of ``handle``, or None for a line longer than ``limit`` bytes, which is
    skipped a chunk at a time, never held whole."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line if len(line) <= limit else None
            continue
        while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_line(raw: bytes, number: int, path: str, file_id: str | None = None) -> Document | Problem:
    """The document on line ``number`` (1-based), or a Problem saying what is wrong."""
    try:
        record = parse_line(raw, number, path)
        return document_from_record(record, number, path, file_id)
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
    if nesting(text) > MAX_NESTING:
        raise DocumentError(path, f"nested deeper than {MAX_NESTING} levels: a document is "
                                  "one flat object of strings")  # fmt: skip
    try:
        record = json.loads(text.rstrip("\r\n"))
    except RecursionError:
        raise DocumentError(path, "nested too deeply to read") from None
    except json.JSONDecodeError as error:
        raise DocumentError(
            path,
            f"not valid JSON ({error.msg.removesuffix(' at')} at column {error.colno}): "
            "each line must hold one complete JSON object",
        ) from error
    if not isinstance(record, dict):
        raise DocumentError(path, f"a JSON {type(record).__name__} where an object was expected")
    return record


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]')


def nesting(text: str) -> int:
    """How deeply arrays and objects nest in the JSON ``text`` (strings skipped)."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return 0
    depth = deepest = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def document_from_record(
    record: Mapping[str, Any], number: int, path: str, file_id: str | None = None
) -> Document:
    """A Document from one decoded line; DocumentError when it has no usable text."""
    text = record.get("text")
    if "text" not in record and {"doc", "sentence", "code"} <= record.keys():
        raise DocumentError(path, "this is an event record (gold or output), not a document")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(path, "'text' is missing or empty: give the article body as a string")
    named = _record_id(record, path)
    return Document(
        id=named or f"{file_id or id_from_path(path)}-{number}",
        text=normalise_newlines(text),
        title=_field(record, "title"),
        published=to_date(record.get("published")),
        outlet=_field(record, "outlet"),
        url=_field(record, "url"),
        path=path,
        named_id=named is not None,
    )


def _record_id(record: Mapping[str, Any], path: str) -> str | None:
    value = record.get("id")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        shown = json.dumps(value)[:40]
        raise DocumentError(
            path, f"'id' is a JSON {type(value).__name__} ({shown}): give the id as a string"
        )
    return str(value).strip()


def _field(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None
