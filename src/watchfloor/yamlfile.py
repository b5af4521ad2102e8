"""Analyst-editable YAML read with line numbers, so every mistake is reported as
``file:line: what is wrong`` (feeds, alert rules, indicators, hypotheses, playbooks,
notification settings).

It sits beside ``errors`` rather than in a stage: every stage that reads such a file
(``watch`` at ingest, ``analyse``, ``notify``) imports it, and it imports nothing of
theirs, so the one-way flow ingest → … → analyse → report stays one way.

``load_yaml`` composes the YAML (PyYAML keeps each node's position) into ``YMap`` /
``YList`` / scalars: dicts and lists that remember the line of each key and item and
each scalar as written (CAMEO code ``062`` stays "062", not the octal number 50).
Two views read that tree with checks that name the file and line:

- ``Spot``: one value and its place; ``text``, ``number``, ``flag``… take the words
  the message starts with (``spot.number("detector threshold", 0.01, 1000)``).
- ``Fields``: one mapping, unknown keys refused (a typo such as ``wieght`` is an
  error, not a silently ignored key); ``get_str("id")`` and friends word the message
  ``<what>: '<key>' must be …``. It is also a mapping of keys to their ``Spot``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from watchfloor.errors import DataFileError


class YMap(dict[str, Any]):
    """A YAML mapping with the line of the mapping and of each of its keys (1-based),
    and its scalar values as written."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.written: dict[str, str] = {}


class YList(list[Any]):
    """A YAML sequence with its line and that of each item (1-based), and its scalar
    items as written (None for a nested mapping or list)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []
        self.written: list[str | None] = []


def load_yaml(
    source: Path | Traversable, shown_as: str | None = None, what: str = "the file"
) -> tuple[str, Any]:
    """(the file's name as errors show it, its content). Raises DataFileError naming the
    file and line of a syntax error, or the file (``what``) when it cannot be read."""
    name = shown_as or str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(name, None, f"cannot read {what}: {exc}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(name, line, f"not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(name, None, f"not valid YAML: {exc}") from exc
    if node is None:
        raise DataFileError(name, 1, "the file is empty")
    return name, _convert(name, node)


def read_yaml(
    source: Path | Traversable, shown_as: str | None = None, what: str = "the file"
) -> Spot:
    """The content of a YAML file as a ``Spot`` (see ``load_yaml``)."""
    name, content = load_yaml(source, shown_as, what)
    return Spot(name, getattr(content, "line", 1), content)


def _convert(name: str, node: yaml.Node) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = YMap(line)
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or not key_node.value.strip():
                key = _convert(name, key_node)
                raise DataFileError(name, key_line, f"keys must be words, not {key!r}")
            key = key_node.value  # as written: keys 062 and on are "062" and "on"
            if key in mapping:
                raise DataFileError(name, key_line, f"{key!r} is given twice")
            mapping[key] = _convert(name, value_node)
            mapping.key_lines[key] = key_line
            if isinstance(value_node, yaml.ScalarNode):
                mapping.written[key] = value_node.value
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = YList(line)
        for item in node.value:
            items.append(_convert(name, item))
            items.item_lines.append(item.start_mark.line + 1)
            items.written.append(item.value if isinstance(item, yaml.ScalarNode) else None)
        return items
    try:
        # the loader's stream is never read: it only builds the scalar from its node
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        reason = getattr(exc, "problem", None) or exc
        raise DataFileError(name, line, f"cannot read this value: {reason}") from exc


@dataclass(frozen=True, slots=True)
class Spot:
    """A value read from a YAML file (a ``YMap``, a ``YList`` or a scalar) with the file
    and 1-based line it was written on, and a scalar's text as written."""

    file: str
    line: int
    value: Any
    raw: str | None = None

    def error(self, reason: str) -> DataFileError:
        return DataFileError(self.file, self.line, reason)

    def mapping(self, what: str, allowed: Collection[str] | None = None) -> Fields:
        """The mapping's keys, each a ``Spot``; a key not in ``allowed`` is an error."""
        return Fields(self.file, self.value, what, allowed, line=self.line)

    def items(self, what: str) -> list[Spot]:
        if not isinstance(self.value, YList):
            raise self.error(f"{what} must be a list")
        return [
            Spot(self.file, line, value, raw)
            for value, line, raw in zip(self.value, self.value.item_lines, self.value.written,
                                        strict=True)
        ]  # fmt: skip

    def each(self, what: str) -> list[Spot]:
        """The items of a list; a single value stands for a list of one."""
        return self.items(what) if isinstance(self.value, YList) else [self]

    def text(self, what: str) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            raise self.error(f"{what} must be text, not {_kind(self.value)}")
        written = str(self.value) if self.raw is None else self.raw
        if not written.strip():
            raise self.error(f"{what} must not be empty")
        return written

    def texts(self, what: str) -> tuple[str, ...]:
        """A list of text values, as written; a single value stands for a list of one."""
        return tuple(item.written(what) for item in self.each(what))

    def written(self, what: str) -> str:
        """A scalar exactly as written in the file (codes such as 062 stay text)."""
        if self.raw is None or isinstance(self.value, dict | list) or not self.raw.strip():
            raise self.error(f"{what} must be a text value")
        return self.raw

    def number(self, what: str, low: float, high: float) -> float:
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise self.error(f"{what} must be a number, not {self.value!r}")
        if not low <= self.value <= high:
            raise self.error(f"{what} must be between {low:g} and {high:g}, not {self.value}")
        return float(self.value)

    def whole(self, what: str, low: int, high: int | None = None) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.error(f"{what} must be a whole number, not {self.value!r}")
        if high is None and self.value < low:
            raise self.error(f"{what} must be at least {low}, not {self.value}")
        if high is not None and not low <= self.value <= high:
            raise self.error(f"{what} must be between {low} and {high}, not {self.value}")
        return self.value

    def flag(self, what: str) -> bool:
        if not isinstance(self.value, bool):
            raise self.error(f"{what} must be true or false, not {self.value!r}")
        return self.value


class Fields(Mapping[str, Spot]):
    """Typed access to one YAML mapping of ``file``, which must hold only ``allowed``
    keys (any key when None): ``get_str("id")`` and friends raise DataFileError at the
    line of the key (or of the mapping when the key is missing)."""

    def __init__(
        self,
        file: str,
        value: Any,
        what: str,
        allowed: Collection[str] | None,
        *,
        line: int | None = None,
    ) -> None:
        if not isinstance(value, YMap):
            where = getattr(value, "line", line)
            raise DataFileError(file, where, f"{what} must be a mapping of keys to values")
        self.file, self.map, self.what = file, value, what
        for key in value:
            if allowed is not None and key not in allowed:
                known = ", ".join(sorted(allowed))
                raise DataFileError(
                    file,
                    value.key_lines[key],
                    f"unknown key {key!r} in {what}; known keys: {known}",
                )

    def __getitem__(self, key: str) -> Spot:
        value = self.map[key]
        return Spot(self.file, getattr(value, "line", self.line_of(key)), value,
                    self.map.written.get(key))  # fmt: skip

    def __iter__(self) -> Iterator[str]:
        return iter(self.map)

    def __len__(self) -> int:
        return len(self.map)

    @property
    def line(self) -> int:
        return self.map.line

    def line_of(self, key: str) -> int:
        return self.map.key_lines.get(key, self.map.line)

    def error(self, key: str, reason: str) -> DataFileError:
        return DataFileError(self.file, self.line_of(key), f"{self.what}: {reason}")

    def has(self, key: str) -> bool:
        return key in self.map

    def raw(self, key: str) -> Any:
        return self.map.get(key)

    def _given(self, key: str, default: Any) -> Spot:
        """The value of ``key`` (or ``default``) at the line of the key; a missing
        value with no default is an error."""
        if self.map.get(key) is not None:
            return Spot(self.file, self.line_of(key), self.map[key], self.map.written.get(key))
        if default is None:
            raise self.error(key, f"{key!r} is required")
        return Spot(self.file, self.line_of(key), default, str(default))

    def get_str(self, key: str, default: str | None = None) -> str:
        """The text of ``key`` as written, stripped."""
        return self._given(key, default).text(f"{self.what}: {key!r}").strip()

    def get_optional_str(self, key: str) -> str | None:
        return self.get_str(key) if self.map.get(key) is not None else None

    def get_float(
        self, key: str, default: float | None = None, *, low: float = 0.0, high: float = 1.0
    ) -> float:
        return self._given(key, default).number(f"{self.what}: {key!r}", low, high)

    def get_int(self, key: str, default: int | None = None, *, low: int = 0) -> int:
        return self._given(key, default).whole(f"{self.what}: {key!r}", low)

    def get_str_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        """A list of words as written (062 stays "062"); a single word is a list of one."""
        if self.map.get(key) is None:
            if required:
                raise self.error(key, f"{key!r} is required")
            return ()
        out = []
        for item in self[key].each(key):
            word = isinstance(item.value, str | int) and not isinstance(item.value, bool)
            if not word or item.raw is None or not item.raw.strip():
                raise self.error(key, f"{key!r} must be a list of words; {item.value!r} is not one")
            out.append(item.raw.strip())
        if required and not out:
            raise self.error(key, f"{key!r} must not be empty")
        return tuple(out)

    def get_list(self, key: str, *, required: bool = True) -> YList:
        value = self.map.get(key)
        if value is None and not required:
            return YList(self.line_of(key))
        if not isinstance(value, YList):
            raise self.error(key, f"{key!r} must be a list")
        if required and not value:
            raise self.error(key, f"{key!r} must not be empty")
        return value


def _kind(value: Any) -> str:
    if isinstance(value, dict | list):
        return "a mapping" if isinstance(value, dict) else "a list"
    return repr(value)
