"""The brief traces to the corpus: every figure, sentence and citation comes from a
stored document, and syndicated copies are left out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Protocol

import pytest

import watchfloor
from watchfloor import Brief, Document, Settings, build_brief, open_store
from watchfloor.ingest import parse_document_text
from watchfloor.report import render_brief_markdown
from watchfloor.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
DUPLICATE = "kp-ru-0005"  # a syndicated copy of kp-ru-0004
SECTION_TITLES = ("Most active relations", "Estimated deployments and transfers", "Timeline")


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    paths = sorted(CORPUS.glob("*.md"))
    documents = [parse_document_text(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    return {d.id: d for d in documents}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    settings = Settings(db=str(tmp_path_factory.mktemp("brief") / "watchfloor.db"))
    report = watchfloor.ingest([CORPUS], settings)
    assert (DUPLICATE, "kp-ru-0004") in report.near_duplicates
    with open_store(settings.db_url) as opened:
        yield opened


@pytest.fixture(scope="module")
def brief(store: Store) -> Brief:
    return build_brief(store, dyad=("PRK", "RUS"))


class Citation(Protocol):
    """What the tests read of a brief's citation."""

    @property
    def doc(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def published(self) -> date | None: ...


def citations(brief: Brief) -> list[Citation]:
    found: list[Citation] = [row.citation for row in brief.deployments]
    found += [figure.citation for row in brief.deployments for figure in row.figures]
    found += [c for row in brief.timeline for c in row.citations]
    found += [table.citation for table in brief.tables]
    return found


def test_the_brief_has_rows(brief: Brief) -> None:
    assert "North Korea" in brief.title and "Russia" in brief.title
    assert brief.deployments
    assert brief.timeline
    assert brief.documents > 0 and brief.mentions > 0


def test_every_estimate_is_quoted_from_its_cited_document(
    brief: Brief, corpus: dict[str, Document]
) -> None:
    for row in brief.deployments:
        body = corpus[row.citation.doc].text
        assert row.estimate in body, (row.estimate, row.citation.doc)
        assert row.sentence in body, (row.sentence, row.citation.doc)
        assert row.figures, row
        for figure in row.figures:
            body = corpus[figure.citation.doc].text
            assert figure.estimate in body, (figure.estimate, figure.citation.doc)
            assert figure.sentence in body, (figure.sentence, figure.citation.doc)


def test_every_timeline_sentence_is_quoted_from_a_cited_document(
    brief: Brief, corpus: dict[str, Document]
) -> None:
    for row in brief.timeline:
        assert row.citations, row
        bodies = [corpus[c.doc].text for c in row.citations]
        assert any(row.sentence in body for body in bodies), (row.sentence, row.citations)


def test_every_reported_table_is_in_the_cited_document(
    brief: Brief, corpus: dict[str, Document]
) -> None:
    for table in brief.tables:
        body = corpus[table.citation.doc].text
        assert all(cell in body for cell in table.header), table.header
        assert all(cell in body for row in table.rows for cell in row), table.rows


def test_every_citation_names_a_stored_document_with_outlet_and_date(
    brief: Brief, store: Store
) -> None:
    cited = citations(brief)
    assert cited
    for citation in cited:
        stored = store.document(citation.doc)
        assert stored is not None, citation.doc
        assert citation.outlet is not None and citation.outlet == stored.outlet
        assert citation.published is not None and citation.published == stored.published


def test_the_syndicated_copy_is_never_cited(brief: Brief, store: Store) -> None:
    duplicate = store.document(DUPLICATE)
    assert duplicate is not None and duplicate.duplicate_of == "kp-ru-0004"
    assert all(c.doc != DUPLICATE for c in citations(brief))
    assert any(c.doc == "kp-ru-0004" for c in citations(brief)), "the original is cited"


def test_markdown_has_every_section(brief: Brief) -> None:
    markdown = render_brief_markdown(brief)
    assert markdown.startswith(f"# {brief.title}\n")
    for title in SECTION_TITLES:
        assert f"## {title}" in markdown
    assert brief.deployments[0].citation.doc in markdown


def test_to_dict_is_json(brief: Brief) -> None:
    data = brief.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["title"] == brief.title
    assert len(data["timeline"]) == len(brief.timeline)
