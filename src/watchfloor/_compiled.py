"""Compiled extractor modules (``make compile``) are used only while they match their
sources: once a source is edited, every compiled module gives way to its source, with a
warning, until the next compile. They are all or none: compiled modules call each other
directly, so a mix would run stale code. The package imports this module first, and the
check runs on that import."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

MANIFEST = "_compiled.json"
_PACKAGE = Path(__file__).resolve().parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_of(module: str) -> Path:
    return _PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


class _Sources:
    """Finds the listed modules' sources ahead of their compiled forms."""

    def __init__(self, modules: Sequence[str]) -> None:
        self._modules = frozenset(modules)

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name not in self._modules:
            return None
        return importlib.util.spec_from_file_location(name, source_of(name))


def guard() -> None:
    """Fall back to the sources if any compiled module is out of date."""
    manifest = _PACKAGE / MANIFEST
    if not manifest.is_file():
        return
    modules: dict[str, str] = json.loads(manifest.read_text())["modules"]
    stale = [m for m, sha in modules.items() if not _matches(source_of(m), sha)]
    if stale:
        print(
            f"watchfloor: {stale[0]} changed since `make compile`; running the pure-Python "
            "extractor (run `make compile` again for speed)",
            file=sys.stderr,
        )
        sys.meta_path.insert(0, _Sources(list(modules)))


def is_compiled() -> bool:
    """Whether the extractor runs compiled."""
    from watchfloor.extract import pipeline

    return not str(pipeline.__file__).endswith(".py")


def _matches(source: Path, sha: str) -> bool:
    return source.is_file() and digest(source) == sha


guard()
