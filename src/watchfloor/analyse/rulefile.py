"""Analyst-editable YAML read with line numbers, so each mistake is reported as
``file:line: what is wrong`` (alert rules, watchlists, notification settings).

``read_rule_file`` composes the YAML (PyYAML keeps every node's position) into ``Spot``
values: each holds what was written and where. A ``Spot``'s readers check the type and
range of a value and raise ``DataFileError`` naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from watchfloor.errors import DataFileError


@dataclass(frozen=True, slots=True)
class Spot:
    """A value read from a YAML file: a mapping (``dict[str, Spot]``), a list of
    ``Spot``, or a scalar, with the file and 1-based line it was written on."""

    file: str
    line: int
    value: Any
    raw: str | None = None  # a scalar as written: CAMEO code 062 is "062", not the number 50
    key_lines: tuple[tuple[str, int], ...] = ()  # a mapping's keys and their lines

    def error(self, reason: str) -> DataFileError:
        return DataFileError(self.file, self.line, reason)

    def mapping(self, what: str, allowed: Collection[str] | None = None) -> dict[str, Spot]:
        """The keys of a mapping; a key not in ``allowed`` is an error (a typo is not
        silently ignored)."""
        if not isinstance(self.value, dict):
            raise self.error(f"{what} must be a mapping of keys to values")
        found: dict[str, Spot] = self.value
        lines = dict(self.key_lines)
        for key, spot in found.items():
            if allowed is not None and key not in allowed:
                known = ", ".join(sorted(allowed))
                raise DataFileError(
                    self.file, lines.get(key, spot.line),
                    f"unknown key {key!r} in {what}; known keys: {known}",
                )  # fmt: skip
        return found

    def items(self, what: str) -> list[Spot]:
        if not isinstance(self.value, list):
            raise self.error(f"{what} must be a list")
        return list(self.value)

    def text(self, what: str) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            raise self.error(f"{what} must be a text value")
        if not str(self.value).strip():
            raise self.error(f"{what} must not be empty")
        return str(self.value)

    def texts(self, what: str) -> tuple[str, ...]:
        """A list of text values, as written; a single value stands for a list of one."""
        items = self.value if isinstance(self.value, list) else [self]
        return tuple(item.written(what) for item in items)

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

    def whole(self, what: str, low: int, high: int) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.error(f"{what} must be a whole number, not {self.value!r}")
        if not low <= self.value <= high:
            raise self.error(f"{what} must be between {low} and {high}, not {self.value}")
        return self.value

    def flag(self, what: str) -> bool:
        if not isinstance(self.value, bool):
            raise self.error(f"{what} must be true or false, not {self.value!r}")
        return self.value


def read_rule_file(source: Path | Traversable, shown_as: str | None = None) -> Spot:
    """The content of a YAML file as ``Spot`` values. Raises DataFileError naming the
    file (and the line of a syntax error) when it cannot be read or parsed."""
    name = shown_as or str(source)
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
    return _spot(name, node)


def _spot(name: str, node: yaml.Node) -> Spot:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        found: dict[str, Spot] = {}
        lines: list[tuple[str, int]] = []
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise DataFileError(name, key_node.start_mark.line + 1, "keys must be text")
            if str(key) in found:
                raise DataFileError(name, key_node.start_mark.line + 1, f"key {key!r} given twice")
            found[str(key)] = _spot(name, value_node)
            lines.append((str(key), key_node.start_mark.line + 1))
        return Spot(name, line, found, key_lines=tuple(lines))
    if isinstance(node, yaml.SequenceNode):
        return Spot(name, line, [_spot(name, item) for item in node.value])
    raw = node.value if isinstance(node, yaml.ScalarNode) else None
    return Spot(name, line, _scalar(node), raw)


def _scalar(node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    return yaml.SafeLoader("").construct_object(node)
