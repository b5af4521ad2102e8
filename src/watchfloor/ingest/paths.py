"""From the paths a user gives to documents: expand folders, pick a reader per file.

Folders are walked recursively and their files read in sorted order, comparing paths
part by part (``a-sub/inner.md`` comes after ``04.md`` and before ``z.md``). Hidden files
and folders (name starting with '.') are skipped, and so are files of other types,
silently. A file named explicitly with an unsupported extension, or a path that does
not exist, is a Problem. Paths are taken in the order given; a file reached twice is
read once.

A document that names no id gets the path of its file relative to the folder given,
without the extension (``day1/story``), so two files of one name in two sub-folders
never share an id; a file named explicitly gets its file name (``story``).

Nothing outside what was given is read: inside a folder, a symbolic link that leads out
of it is refused with a Problem, and so is anything that is not a regular file (a FIFO
would block the batch, a device never ends). A sub-folder that cannot be read is a
Problem, not a silent gap. Limits (``Settings.max_file_bytes`` and the limits of
``ingest.limits``) are checked before a file is opened and on every document read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from watchfloor.ingest.feeds import read_feed_file
from watchfloor.ingest.files import id_from_path
from watchfloor.ingest.frontmatter import read_frontmatter_file
from watchfloor.ingest.html import read_html_file
from watchfloor.ingest.jsonl import read_jsonl_file
from watchfloor.ingest.limits import checked, too_big
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

# (file, the id its documents get when they name none, settings)
Reader = Callable[[Path, str, Settings], Iterator[Document | Problem]]

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
STREAMED = frozenset({".jsonl"})  # read a line at a time: no file size limit


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read, and the id a document in it gets when it names none."""

    path: Path
    doc_id: str


def read_paths(
    paths: Sequence[str | Path], settings: Settings | None = None
) -> Iterator[Document | Problem]:
    """Every document under ``paths``, in order, with a Problem for each unusable input."""
    settings = settings or Settings()
    for item in iter_inputs(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_file(item.path, settings, doc_id=item.doc_id)


def read_file(
    path: Path, settings: Settings | None = None, *, doc_id: str | None = None
) -> Iterator[Document | Problem]:
    """The documents in one file of any supported format, each within the limits."""
    settings = settings or Settings()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Problem(str(path), unsupported_reason(path))
        return
    refused = _refused(path, settings)
    if refused is not None:
        yield Problem(str(path), refused)
        return
    try:
        for item in reader(path, doc_id or id_from_path(path), settings):
            yield checked(item, settings) if isinstance(item, Document) else item
    except (Exception, RecursionError) as error:  # a reader's own bug must not end a batch
        yield Problem(str(path), f"could not be read ({type(error).__name__}: {error}); "
                                 "the rest of this file was skipped")  # fmt: skip


def count_inputs(paths: Sequence[str | Path]) -> int:
    """How many files ``read_paths(paths)`` will open (for a progress bar)."""
    return sum(1 for item in iter_inputs(paths) if not isinstance(item, Problem))


def iter_inputs(paths: Sequence[str | Path]) -> Iterator[InputFile | Problem]:
    """The files to read, in order, and a Problem for each path that cannot be used."""
    seen: set[Path] = set()
    if isinstance(paths, str | Path):  # one path, not a sequence of characters
        paths = [paths]
    for given in paths:
        for item in _expand(Path(given)):
            if isinstance(item, InputFile):
                key = item.path.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def unsupported_reason(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without an extension"
    known = ", ".join(READERS)
    return f"unsupported file type {kind}: watchfloor reads {known}"


def _expand(path: Path) -> Iterator[InputFile | Problem]:
    if path.is_dir():
        yield from walk_inputs(path)
    elif not path.exists():
        reason = "a symbolic link to nothing" if path.is_symlink() else "no such file or folder"
        yield Problem(str(path), reason)
    elif path.suffix.lower() not in READERS:
        yield Problem(str(path), unsupported_reason(path))
    else:
        yield InputFile(path, id_from_path(path))


def walk_folder(folder: Path) -> list[Path]:
    """Supported files under ``folder``, recursively, sorted part by part."""
    return [item.path for item in walk_inputs(folder) if isinstance(item, InputFile)]


def walk_inputs(folder: Path) -> list[InputFile | Problem]:
    """Supported files under ``folder`` with their ids, and a Problem for each sub-folder
    that cannot be read and each link that leads out of ``folder``; sorted part by part."""
    root = folder.resolve()
    found: list[tuple[tuple[str, ...], InputFile | Problem]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or folder)
        reason = f"cannot read the folder ({error.strerror}): its files were not read"
        found.append((_parts(where, folder), Problem(str(where), reason)))

    for here, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if Path(here, name).is_symlink() and not _inside(Path(here, name), root):
                problem = Problem(str(Path(here, name)), _OUTSIDE)
                found.append((_parts(Path(here, name), folder), problem))
        for name in files:
            path = Path(here, name)
            if name.startswith(".") or path.suffix.lower() not in READERS:
                continue
            item: InputFile | Problem = InputFile(path, _relative_id(path, folder))
            if path.is_symlink() and not _inside(path, root):
                item = Problem(str(path), _OUTSIDE)
            found.append((_parts(path, folder), item))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


_OUTSIDE = (
    "a symbolic link that leads out of the folder being read: refused (copy the file "
    "into the folder, or name it explicitly)"
)


def _parts(path: Path, folder: Path) -> tuple[str, ...]:
    return path.relative_to(folder).parts


def _relative_id(path: Path, folder: Path) -> str:
    relative = path.relative_to(folder)
    return relative.with_name(id_from_path(relative)).as_posix()


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def _refused(path: Path, settings: Settings) -> str | None:
    """Why ``path`` is not opened at all, or None: only regular files are read, and
    every format but JSON Lines (which is streamed) within the size limit."""
    try:
        status = path.stat()
    except OSError as error:
        return f"cannot read the file ({error.strerror})"
    if not stat.S_ISREG(status.st_mode):
        return "not a regular file (a FIFO, socket or device): only regular files are read"
    if path.suffix.lower() not in STREAMED and status.st_size > settings.max_file_bytes:
        advice = "split it into several files, or save it as JSON Lines"
        return too_big(
            status.st_size, settings.max_file_bytes, "WATCHFLOOR_MAX_FILE_BYTES", "bytes", advice
        )
    return None
