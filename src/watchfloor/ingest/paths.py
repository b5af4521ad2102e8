"""From the paths a user gives to documents: expand folders, pick a reader per file.

Folders are walked recursively and their files read in sorted order, comparing paths
part by part (``a-sub/inner.md`` comes after ``04.md`` and before ``z.md``). Hidden files
and folders (name starting with '.') are skipped, and so are files of other types,
silently. A file named explicitly with an unsupported extension, or a path that does
not exist, is a Problem. Paths are taken in the order given; a file reached twice is
read once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from watchfloor.ingest.feeds import read_feed_file
from watchfloor.ingest.frontmatter import read_frontmatter_file
from watchfloor.ingest.html import read_html_file
from watchfloor.ingest.jsonl import read_jsonl_file
from watchfloor.models import Document, Problem

Reader = Callable[[Path], Iterator[Document | Problem]]

READERS: Mapping[str, Reader] = MappingProxyType(
    {
        ".md": read_frontmatter_file,
        ".markdown": read_frontmatter_file,
        ".txt": read_frontmatter_file,
        ".html": read_html_file,
        ".htm": read_html_file,
        ".xml": read_feed_file,
        ".rss": read_feed_file,
        ".atom": read_feed_file,
        ".jsonl": read_jsonl_file,
    }
)


def read_paths(paths: Sequence[str | Path]) -> Iterator[Document | Problem]:
    """Every document under ``paths``, in order, with a Problem for each unusable input."""
    for item in iter_inputs(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[Document | Problem]:
    """The documents in one file of any supported format."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Problem(str(path), unsupported_reason(path))
        return
    yield from reader(path)


def count_inputs(paths: Sequence[str | Path]) -> int:
    """How many files ``read_paths(paths)`` will open (for a progress bar)."""
    return sum(1 for item in iter_inputs(paths) if not isinstance(item, Problem))


def iter_inputs(paths: Sequence[str | Path]) -> Iterator[Path | Problem]:
    """The files to read, in order, and a Problem for each path that cannot be used."""
    seen: set[Path] = set()
    if isinstance(paths, str | Path):  # one path, not a sequence of characters
        paths = [paths]
    for given in paths:
        for item in _expand(Path(given)):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def unsupported_reason(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without an extension"
    known = ", ".join(READERS)
    return f"unsupported file type {kind}: watchfloor reads {known}"


def _expand(path: Path) -> Iterator[Path | Problem]:
    if path.is_dir():
        yield from walk_folder(path)
    elif not path.exists():
        yield Problem(str(path), "no such file or folder")
    elif path.suffix.lower() not in READERS:
        yield Problem(str(path), unsupported_reason(path))
    else:
        yield path


def walk_folder(folder: Path) -> list[Path]:
    """Supported files under ``folder``, recursively, sorted part by part."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READERS
        )
    return sorted(found, key=lambda path: path.relative_to(folder).parts)
