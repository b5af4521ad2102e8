"""Limits on one document, checked on every document a reader gives, whatever its format.

- its text: at most ``Settings.max_document_chars`` characters
  (``WATCHFLOOR_MAX_DOCUMENT_CHARS``) and no line longer than ``max_line_chars``
  (``WATCHFLOOR_MAX_LINE_CHARS``); beyond them it is refused with a Problem that says
  which limit and how to raise it, so one giant input cannot hold a batch for hours;
- its id: a non-empty string of at most ``MAX_ID_CHARS`` characters;
- its fields: a lone surrogate (``\\ud800`` from JSON) or a NUL cannot be stored or
  hashed as UTF-8, so each becomes U+FFFD, one character for one: spans do not move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from watchfloor.daterange import usable
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

MAX_ID_CHARS = 1000
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FIELDS = ("id", "text", "title", "outlet", "url", "path")


def checked(document: Document, settings: Settings) -> Document | Problem:
    """``document`` made storable, or a Problem naming the limit it goes beyond."""
    document = storable(document)
    if document.published is not None and usable(document.published) is None:
        document = replace(document, published=None)  # a date watchfloor cannot compute with
    where = document.path or document.id
    if len(document.text) > settings.max_document_chars:
        return Problem(where, too_big(len(document.text), settings.max_document_chars,
                                      "WATCHFLOOR_MAX_DOCUMENT_CHARS", "characters",
                                      "split the document"))  # fmt: skip
    longest = longest_line(document.text)
    if longest > settings.max_line_chars:
        return Problem(where, f"a line of {longest:,} characters is longer than the limit of "
                              f"{settings.max_line_chars:,} (WATCHFLOOR_MAX_LINE_CHARS): break "
                              "the text into lines or raise the limit")  # fmt: skip
    if not document.id.strip():
        return Problem(where, "the document's id is empty: give it an id")
    if len(document.id) > MAX_ID_CHARS:
        return Problem(where, f"the document's id is longer than {MAX_ID_CHARS} characters")
    return document


def storable(document: Document) -> Document:
    """``document`` with every lone surrogate and NUL in its fields replaced by U+FFFD."""
    changes = {
        name: _UNSTORABLE.sub("\ufffd", value)
        for name in _FIELDS
        if isinstance(value := getattr(document, name), str) and _UNSTORABLE.search(value)
    }
    return replace(document, **changes) if changes else document  # type: ignore[arg-type]


def longest_line(text: str) -> int:
    """The length of the longest line of ``text``, without copying the lines."""
    longest, start = 0, 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return max(longest, len(text) - start)
        longest = max(longest, end - start)
        start = end + 1


def too_big(size: int, limit: int, variable: str, unit: str, advice: str) -> str:
    return (f"{size:,} {unit}, more than the limit of {limit:,} ({variable}): {advice}, "
            f"or raise the limit")  # fmt: skip
