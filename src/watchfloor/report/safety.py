"""Text from articles made inert before it is shown: on a terminal (rich), in Markdown,
in CSV and in JSON Lines.

Article text, outlets, ids and table cells come from files and feeds anyone can write.
Left raw they can clear a screen or hide a link (ESC/CSI/OSC sequences), reorder what is
shown (bidi overrides), break rich markup (``[/]`` raises, ``[est.]`` vanishes), or run
as a spreadsheet formula (``=HYPERLINK(...)``). Every command's output goes through one
of these functions; the stored data is never changed.

- :func:`inert` is the base: escape sequences removed, other control characters shown
  visibly (``␀``, ``␛``, ``\\x9b``, ``\\u202e``); newlines and tabs kept.
- :func:`terminal` / :func:`terminal_text` for rich: markup escaped, or a ``Text`` that
  is never parsed as markup.
- :func:`markdown_cell` / :func:`markdown_text` for Markdown.
- :func:`csv_cell` / :func:`csv_row` for CSV: a leading ``= + - @`` (and tab, CR) that
  is not a plain number gets a ``'`` so spreadsheets read it as text.
- :func:`tsv_field` for tab-separated rows (GDELT): :func:`csv_cell` on one line, so
  a tab or line break cannot split a field or a row.
- :func:`xml_text` for XML text and attributes (Atom): :func:`inert`, whose output holds
  no character XML 1.0 forbids.
- :func:`json_line` for JSON: lossless, but C1 and bidi characters escaped as ``\\uXXXX``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from rich.markup import escape as _rich_escape
from rich.text import Text

# ESC-introduced sequences: CSI (ESC [ ... final), OSC / DCS / SOS / PM / APC strings up to
# BEL or ST (ESC \), and two-character escapes. The 8-bit forms (U+009B CSI, U+009D OSC,
# U+0090 DCS, U+0098 SOS, U+009E PM, U+009F APC) are handled the same way.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?         # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])                    # OSC, DCS, SOS, PM, APC
      (?:[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c))?          #   ... up to BEL or ST
    | \x1b[\x20-\x2f]*[\x30-\x7e]?                               # other ESC sequences
    """,
    re.VERBOSE,
)
# what is left after sequences are gone: C0 (but \t and \n), DEL, C1, and the bidi
# embedding/override/isolate controls and line/paragraph separators
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LOSSLESS_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?%?")


def inert(text: object) -> str:
    """``text`` as a str with no escape sequence left and every other control character
    (but newline and tab) shown visibly: C0 as its control picture (``␛``), the rest as
    ``\\x9b`` or ``\\u202e``. A lone surrogate is shown as ``\\udXXX`` too."""
    value = text if isinstance(text, str) else str(text)
    if value.isprintable():  # the common case: nothing to do
        return value
    value = _ESCAPE_SEQUENCE.sub("", value).replace("\r\n", "\n")
    value = _CONTROL.sub(_visible, value)
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        value = "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    return value


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def one_line(text: object) -> str:
    """:func:`inert`, with newlines and tabs as spaces: for a table cell or a log line."""
    return " ".join(inert(text).split()) if text else ""


def terminal(text: object) -> str:
    """Article text for a rich string that also holds markup: inert, markup escaped.
    (``rich.markup.escape`` alone leaves a trailing backslash that eats the next tag.)"""
    value = _rich_escape(inert(text))
    return value + " " if value.endswith("\\") else value


def terminal_text(text: object, style: str = "") -> Text:
    """Article text as a rich ``Text``: never parsed as markup, so ``[est.]`` stays."""
    return Text(inert(text), style=style)


def terminal_cells(cells: Iterable[object]) -> list[Text]:
    """A table row of article text for ``Table.add_row``."""
    return [terminal_text(cell) for cell in cells]


def markdown_text(text: object) -> str:
    """Article text for a Markdown paragraph: inert, Markdown and HTML punctuation
    backslash-escaped (CommonMark), so a sentence can neither link nor embed HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", inert(text))


def markdown_cell(text: object) -> str:
    """Article text for a Markdown table cell: :func:`markdown_text` on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def csv_cell(value: object) -> str:
    """A CSV field that a spreadsheet shows as text: inert, and a leading ``= + - @``
    (or tab, CR) that does not start a plain number is preceded by ``'``."""
    text = "" if value is None else inert(value)
    if text.startswith(_CSV_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_row(values: Iterable[object]) -> list[str]:
    return [csv_cell(v) for v in values]


def tsv_field(value: object) -> str:
    """A field of an unquoted tab-separated row: :func:`csv_cell`, with tabs and line
    breaks as single spaces (they would split the field or the row)."""
    if value is None:
        return ""
    text = inert(value)
    if any(ch in text for ch in "\t\n"):
        text = " ".join(text.split())
    return csv_cell(text)


def xml_text(value: object) -> str:
    """Text for an XML element or attribute: :func:`inert` (no escape sequence, no
    character XML 1.0 forbids; ElementTree escapes ``<&>`` itself)."""
    return "" if value is None else inert(value)


def json_line(
    record: Any,
    indent: int | None = None,
    default: Callable[[Any], Any] | None = None,
    sort_keys: bool = False,
) -> str:
    """``record`` as JSON that is safe to print: json escapes C0 itself; C1, bidi and
    line-separator characters are escaped here too (``\\u009b``), so nothing is lost.
    Lone surrogates are kept as ``\\udXXX`` escapes. ``default``, ``sort_keys``: as for
    ``json.dumps``."""
    text = json.dumps(
        record, ensure_ascii=False, indent=indent, default=default, sort_keys=sort_keys
    )
    text = _LOSSLESS_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text
