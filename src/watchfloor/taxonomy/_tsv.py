"""A small reader for the taxonomy's tab-separated data files.

Every data file follows the same habits: UTF-8, one record per line, fields separated by
tabs, ``#`` at the start of a line makes it a comment, blank lines are ignored, and an
optional first row that repeats the column names is skipped. Errors name file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from watchfloor.errors import DataFileError

DataSource = Path | Traversable


@dataclass(frozen=True, slots=True)
class Row:
    """One data line: where it came from and its fields (padded to the column count)."""

    path: str
    line: int
    fields: tuple[str, ...]

    def error(self, reason: str) -> DataFileError:
        return DataFileError(self.path, self.line, reason)


def packaged(name: str) -> Traversable:
    """A data file shipped inside ``watchfloor/taxonomy/data``."""
    return resources.files("watchfloor.taxonomy").joinpath("data", name)


def source_name(source: DataSource) -> str:
    return str(source)


def read_lines(source: DataSource) -> Iterator[tuple[int, str]]:
    """Numbered lines that are neither blank nor comments, right-stripped."""
    path = source_name(source)
    try:
        with source.open("r", encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                text = raw.rstrip("\r\n")
                if text.strip() and not text.lstrip().startswith("#"):
                    yield number, text
    except FileNotFoundError:
        raise DataFileError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not valid UTF-8 ({exc.reason})") from None


def read_rows(source: DataSource, columns: tuple[str, ...], required: int) -> Iterator[Row]:
    """Rows of ``source`` with ``required`` to ``len(columns)`` non-empty leading fields.

    Missing optional fields are padded with ``""``; surrounding spaces are stripped.
    """
    path = source_name(source)
    first = True
    for number, text in read_lines(source):
        fields = tuple(field.strip() for field in text.split("\t"))
        if first and _is_header(fields, columns, required):
            first = False
            continue
        first = False
        if len(fields) > len(columns):
            raise DataFileError(
                path,
                number,
                f"expected at most {len(columns)} tab-separated fields "
                f"({', '.join(columns)}), found {len(fields)}",
            )
        fields += ("",) * (len(columns) - len(fields))
        for name, value in zip(columns[:required], fields, strict=False):
            if not value:
                raise DataFileError(path, number, f"empty {name!r} field")
        yield Row(path, number, fields)


def _is_header(fields: tuple[str, ...], columns: tuple[str, ...], required: int) -> bool:
    names = tuple(field.casefold() for field in fields)
    return len(names) >= required and names == columns[: len(names)]


def split_names(row: Row, value: str, column: str = "names") -> tuple[str, ...]:
    """``a|b|c`` as a tuple of non-empty, stripped names; an empty alternative is an error."""
    if not value:
        return ()
    names = tuple(part.strip() for part in value.split("|"))
    if any(not name for name in names):
        raise row.error(f"empty name in {column!r} (check for a stray '|')")
    return names


def parse_float(row: Row, value: str, column: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise row.error(f"{column} {value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise row.error(f"{column} {value!r} is not a finite number")
    return number
