"""Reading documents from files, and near-duplicate detection.

Formats (spec EVENTS.md section 1), chosen by file extension:

- ``.md`` ``.markdown`` ``.txt``: text with or without YAML front matter (``frontmatter``)
- ``.html`` ``.htm``: a saved web page, main text by trafilatura (``html``)
- ``.xml`` ``.rss`` ``.atom``: an RSS or Atom feed, one document per entry (``feeds``)
- ``.jsonl``: one JSON document per line (``jsonl``)

Reading never raises for a bad input: it yields a ``Problem`` and goes on.
"""

from watchfloor.ingest.dedup import NearDuplicateIndex
from watchfloor.ingest.frontmatter import parse_document_text
from watchfloor.ingest.paths import count_inputs, read_file, read_paths

__all__ = [
    "NearDuplicateIndex",
    "count_inputs",
    "parse_document_text",
    "read_file",
    "read_paths",
]
