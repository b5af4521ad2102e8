"""Analyst-editable YAML files read with their line numbers, so that every mistake is
reported as ``file:line: what is wrong``.

``load_yaml(path_or_resource)`` composes the YAML (PyYAML keeps each node's position)
and turns it into ``YMap`` / ``YList`` / scalars: dicts and lists that remember the line
of each key and item. ``Fields`` reads a mapping's keys with type checks that name the
file and the line of the offending value, and refuses keys it does not know (a typo
such as ``wieght`` is an error, not a silently ignored key).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from watchfloor.errors import DataFileError


class YMap(dict[str, Any]):
    """A YAML mapping with the line of the mapping and of each of its keys (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}


class YList(list[Any]):
    """A YAML sequence with its line and that of each item (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


def load_yaml(source: Path | Traversable) -> tuple[str, Any]:
    """(the file's name as errors show it, its content). Raises DataFileError naming the
    file and line of a syntax error, or the file when it cannot be read."""
    name = str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(name, None, f"cannot read the file: {exc}") from exc
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


def _convert(name: str, node: yaml.Node) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = YMap(line)
        for key_node, value_node in node.value:
            key = _convert(name, key_node)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                raise DataFileError(name, key_line, f"keys must be words, not {key!r}")
            if key in mapping:
                raise DataFileError(name, key_line, f"{key!r} is given twice")
            mapping[key] = _convert(name, value_node)
            mapping.key_lines[key] = key_line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = YList(line)
        for item in node.value:
            items.append(_convert(name, item))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    try:
        # the loader's stream is never read: it only builds the scalar from its node
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise DataFileError(name, line, f"cannot read this value: {exc}") from exc


class Fields:
    """Typed access to one YAML mapping of ``file``: ``get_str("id")`` and friends raise
    DataFileError at the line of the key (or of the mapping when the key is missing)."""

    def __init__(self, file: str, value: Any, what: str, allowed: Iterable[str]) -> None:
        if not isinstance(value, YMap):
            raise DataFileError(file, _line_of(value), f"{what} must be a mapping of keys")
        self.file, self.map, self.what = file, value, what
        known = set(allowed)
        for key in value:
            if key not in known:
                raise DataFileError(
                    file,
                    value.key_lines[key],
                    f"unknown key {key!r} in {what}; known keys: {', '.join(sorted(known))}",
                )

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

    def get_str(self, key: str, default: str | None = None) -> str:
        value = self.map.get(key, default)
        if value is None:
            raise self.error(key, f"{key!r} is required")
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.error(key, f"{key!r} must be text, not {type(value).__name__}")
        text = str(value).strip()
        if not text:
            raise self.error(key, f"{key!r} must not be empty")
        return text

    def get_optional_str(self, key: str) -> str | None:
        return self.get_str(key) if self.map.get(key) is not None else None

    def get_float(
        self, key: str, default: float | None = None, *, low: float = 0.0, high: float = 1.0
    ) -> float:
        value = self.map.get(key, default)
        if value is None:
            raise self.error(key, f"{key!r} is required")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"{key!r} must be a number, not {value!r}")
        if not low <= float(value) <= high:
            raise self.error(key, f"{key!r} must be between {low:g} and {high:g}, not {value}")
        return float(value)

    def get_int(self, key: str, default: int | None = None, *, low: int = 0) -> int:
        value = self.map.get(key, default)
        if value is None:
            raise self.error(key, f"{key!r} is required")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"{key!r} must be a whole number, not {value!r}")
        if value < low:
            raise self.error(key, f"{key!r} must be at least {low}, not {value}")
        return value

    def get_str_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        """A list of words; a single word is a list of one."""
        value = self.map.get(key)
        if value is None:
            if required:
                raise self.error(key, f"{key!r} is required")
            return ()
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            if isinstance(item, bool) or not isinstance(item, str | int) or not str(item).strip():
                raise self.error(key, f"{key!r} must be a list of words; {item!r} is not one")
            out.append(str(item).strip())
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


def _line_of(value: Any) -> int | None:
    return getattr(value, "line", None)
