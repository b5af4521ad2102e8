"""Text documents (.md, .markdown, .txt) with or without a YAML front-matter block.

The block opens with a ``---`` line on the first line and closes with the next ``---``
(or ``...``) line; the body is everything after the closing line, exactly as stored, so
that ``span`` offsets index into it (spec EVENTS.md section 1). The closing line's own
newline belongs to the delimiter: a body written right below ``---`` starts with its
first character. A file with no block is all body: its id is the file name without the
extension, and its publication date is unknown.

Text is decoded as UTF-8 with any BOM dropped, and CRLF becomes LF before parsing (see
``files``), so spans count code points in the LF-normalised body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from watchfloor.errors import DocumentError
from watchfloor.ingest.dates import to_date
from watchfloor.ingest.files import id_from_path, normalise_newlines, read_text
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

try:  # libyaml is about ten times faster when present
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FRONT_MATTER_CHARS = 100_000
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)


def read_frontmatter_file(
    path: Path, doc_id: str | None = None, settings: Settings | None = None
) -> Iterator[Document | Problem]:
    """The one document in a text file, or a Problem saying what to fix; ``doc_id`` is
    its id when the front matter gives none (else the file name)."""
    try:
        yield parse_document_text(read_text(path), str(path), doc_id)
    except DocumentError as error:
        yield Problem(error.path, error.reason)


def parse_document_text(text: str, path: str, doc_id: str | None = None) -> Document:
    """A Document from front-matter text; ``path`` names it in errors and, when neither
    the front matter nor ``doc_id`` gives one, its id. Raises DocumentError."""
    text = normalise_newlines(text.removeprefix("\ufeff"))
    block, body = split_front_matter(text, path)
    meta = parse_metadata(block, path) if block is not None else {}
    meta = {**meta, **written_scalars(block, ("id", "title", "outlet", "url"))} if meta else meta
    if not body.strip():
        raise DocumentError(path, "the document has no text: write the body below the metadata")
    named = _text_field(meta, "id", path)
    doc_id = named or doc_id or id_from_path(path)
    if not doc_id:
        raise DocumentError(path, "the document has no id: add 'id: ...' to the front matter")
    return Document(
        id=doc_id,
        text=body,
        title=_text_field(meta, "title", path),
        published=to_date(meta.get("published")),
        outlet=_text_field(meta, "outlet", path),
        url=_text_field(meta, "url", path),
        path=path,
        named_id=named is not None,
    )


def split_front_matter(text: str, path: str) -> tuple[str | None, str]:
    """(YAML block, body); the block is None when the text has no front matter."""
    opening = _OPENING.match(text)
    if opening is None:
        return None, text
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        raise DocumentError(
            path,
            "the front matter opened by '---' on line 1 is never closed: "
            "add a line '---' after the last metadata line",
        )
    return text[opening.end() : closing.start()], text[closing.end() :]


def parse_metadata(block: str, path: str) -> Mapping[str, Any]:
    """The front-matter block as a mapping; DocumentError when it is not YAML key: value."""
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise DocumentError(path, f"the front matter is longer than {MAX_FRONT_MATTER_CHARS:,} "
                                  "characters: keep it to a few 'key: value' lines")  # fmt: skip
    try:
        meta = yaml.load(block, Loader=_SafeLoader)
    except yaml.YAMLError as error:
        raise DocumentError(path, _yaml_reason(error)) from error
    except RecursionError:
        raise DocumentError(path, "the front matter is nested too deeply to read") from None
    except ValueError:
        # an impossible unquoted date ("published: 2024-13-45"): read every value as
        # text, so the document is kept with its publication date unknown
        meta = yaml.load(block, Loader=yaml.BaseLoader)
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise DocumentError(
            path, "the front matter must be 'key: value' lines (id, title, published, ...)"
        )
    return meta


def written_scalars(block: str | None, keys: tuple[str, ...]) -> dict[str, str]:
    """The values of ``keys`` as written, not as YAML types them: ``id: yes`` is the id
    "yes", not True; ``id: 007`` is "007", not 7."""
    if not block:
        return {}
    try:
        node = yaml.compose(block, Loader=_SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        key.value: value.value
        for key, value in node.value
        if isinstance(key, yaml.ScalarNode) and key.value in keys
        and isinstance(value, yaml.ScalarNode) and value.tag != "tag:yaml.org,2002:null"
    }  # fmt: skip


def _yaml_reason(error: yaml.YAMLError) -> str:
    where = ""
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        # The block starts on the file's line 2, after the opening '---'.
        where = f" on line {mark.line + 2}"
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return (
        f"the front matter is not valid YAML ({problem}{where}): fix that line; "
        "put quotes around a value that contains ': ' or starts with a quote, '[' or '{'"
    )


def _text_field(meta: Mapping[str, Any], key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise DocumentError(
            path, f"front matter '{key}' must be a single value, not a list or mapping"
        )
    text = str(value).strip()
    return text or None
