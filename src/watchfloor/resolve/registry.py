"""The source registry: how reliable each claimant and outlet is, on the NATO Admiralty
scale (A completely reliable ... E unreliable, F reliability cannot be judged).

``data/sources.tsv`` ships with watchfloor; a ``sources.tsv`` in the user's data folder
(``--data``, ``WATCHFLOOR_DATA``) adds rows and, for the same source and kind, replaces
the packaged grade. Each row: source, kind, reliability, note (tab-separated; ``#``
starts a comment):

- ``claimant`` rows name a CAMEO actor code (``KORSPY``) or a state (``KOR``, which
  grades every claimant of that state without a row of its own);
- ``outlet`` rows name an outlet as documents give it (``Harbor Wire``; case and
  spacing do not matter).

A source that is not in the registry is graded F. Grades are looked up when an event is
shown, so editing the file regrades every event at once, and nothing an event says
(a denial, a contradiction) ever changes a source's grade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from watchfloor.errors import DataFileError

SOURCES_FILE = "sources.tsv"
KINDS = ("claimant", "outlet")
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
UNKNOWN = "F"
_COLUMNS = ("source", "kind", "reliability", "note")
_ACTOR_CODE = re.compile(r"^(IGO[A-Z]{3}|[A-Z]{3}([A-Z]{3})?)$")


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One registry row; ``where`` is ``file:line``, so a grade can say where it is set."""

    source: str
    kind: str
    reliability: str
    note: str
    where: str


@dataclass(frozen=True)
class SourceRegistry:
    """Registry rows by (kind, key): claimant keys are codes, outlet keys normalised names."""

    entries: dict[tuple[str, str], SourceEntry]

    def claimant(self, code: str) -> SourceEntry | None:
        """The row for this actor code, else for its state (or IGO body)."""
        state = code[:6] if code.startswith("IGO") else code[:3]
        return self.entries.get(("claimant", code)) or self.entries.get(("claimant", state))

    def outlet(self, name: str) -> SourceEntry | None:
        return self.entries.get(("outlet", outlet_key(name)))


def outlet_key(name: str) -> str:
    return " ".join(name.casefold().split())


def load_sources(data_dir: Path | None = None) -> SourceRegistry:
    """The packaged registry, then the user's ``sources.tsv`` in ``data_dir`` if there is
    one. Raises DataFileError naming file and line for a malformed row."""
    packaged = resources.files("watchfloor.resolve").joinpath("data", SOURCES_FILE)
    entries = read_sources(packaged, shown_as=f"resolve/data/{SOURCES_FILE}")
    if data_dir is not None and (data_dir / SOURCES_FILE).is_file():
        entries.update(read_sources(data_dir / SOURCES_FILE))
    return SourceRegistry(entries)


def read_sources(
    source: Path | Traversable, shown_as: str | None = None
) -> dict[tuple[str, str], SourceEntry]:
    """The rows of one registry file, checked: a source twice in one file is an error.
    ``shown_as`` names the file in each entry's ``where`` (errors give its full path)."""
    path = str(source)
    found: dict[tuple[str, str], SourceEntry] = {}
    for number, fields in _rows(source):
        entry = _entry(path, number, fields, shown_as or path)
        key = (entry.kind, entry.source if entry.kind == "claimant" else outlet_key(entry.source))
        if key in found:
            raise DataFileError(
                path, number, f"{entry.kind} {entry.source!r} is already graded at "
                f"{found[key].where}; keep one row per source"
            )  # fmt: skip
        found[key] = entry
    return found


def _rows(source: Path | Traversable) -> list[tuple[int, tuple[str, ...]]]:
    path = str(source)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        with source.open("r", encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                text = raw.rstrip("\r\n")
                if not text.strip() or text.lstrip().startswith("#"):
                    continue
                fields = tuple(field.strip() for field in text.split("\t"))
                if not rows and tuple(f.casefold() for f in fields) == _COLUMNS[: len(fields)]:
                    rows.append((number, ()))  # the header row
                    continue
                rows.append((number, fields))
    except FileNotFoundError:
        raise DataFileError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not valid UTF-8 ({exc.reason})") from None
    return [(number, fields) for number, fields in rows if fields]


def _entry(path: str, number: int, fields: tuple[str, ...], shown_as: str) -> SourceEntry:
    def fail(reason: str) -> DataFileError:
        return DataFileError(path, number, reason)

    if not 3 <= len(fields) <= len(_COLUMNS):
        raise fail(
            f"expected 3 or 4 tab-separated fields ({', '.join(_COLUMNS)}), found {len(fields)}"
        )
    source, kind, reliability = fields[:3]
    note = fields[3] if len(fields) > 3 else ""
    if not source:
        raise fail("empty 'source' field")
    if kind not in KINDS:
        raise fail(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if reliability not in RELIABILITY:
        raise fail(f"reliability {reliability!r} is not one of A, B, C, D, E, F")
    if kind == "claimant" and not _ACTOR_CODE.match(source):
        raise fail(f"claimant {source!r} is not a CAMEO actor code such as KOR, KORSPY or IGOUNO")
    return SourceEntry(source, kind, reliability, note, f"{shown_as}:{number}")
