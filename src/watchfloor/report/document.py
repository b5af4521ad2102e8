"""The brief as a document to hand on: an HTML page or a PDF of it, with its charts and
key judgments (``watchfloor brief --format html|pdf``)."""

from __future__ import annotations

from pathlib import Path

from watchfloor.report.brief import Brief
from watchfloor.report.html import brief_page, render_brief_html
from watchfloor.report.judgments import key_judgments, load_judgment_words
from watchfloor.report.pdf import render_pdf
from watchfloor.report.series import brief_series
from watchfloor.resolve import SourceRegistry
from watchfloor.store import Store

DOCUMENT_FORMATS = ("html", "pdf")


def brief_document(
    store: Store,
    brief: Brief,
    fmt: str,
    *,
    link_base: str | None = None,
    registry: SourceRegistry | None = None,
    data_dir: Path | None = None,
) -> bytes:
    """The brief (built from ``store``) as UTF-8 HTML or as PDF, its dyad series read
    from the store. ``link_base`` (the dashboard's address) links every row to its
    event's page; ``data_dir`` may hold the user's judgment words."""
    if fmt not in DOCUMENT_FORMATS:
        raise ValueError(f"not a document format: {fmt!r}")
    judgments = key_judgments(brief, load_judgment_words(data_dir))
    series = brief_series(store, brief, registry=registry)
    page = brief_page(brief, judgments, series, link_base=link_base)
    html = render_brief_html(page)
    return render_pdf(html) if fmt == "pdf" else html.encode("utf-8")
