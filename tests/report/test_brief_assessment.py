"""A brief with a focus carries its assessment: threat, implications, motives, ACH
matrix and response options, every row cited from a stored, non-duplicate document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import watchfloor
from watchfloor import Settings, build_brief, open_store
from watchfloor.report import Brief, render_brief_markdown
from watchfloor.report.brief_assessment import AssessmentSection
from watchfloor.report.citations import Citation
from watchfloor.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
DUPLICATE = "kp-ru-0005"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    settings = Settings(db=str(tmp_path_factory.mktemp("brief") / "watchfloor.db"))
    watchfloor.ingest([CORPUS], settings)
    with open_store(settings.db_url) as opened:
        yield opened


@pytest.fixture(scope="module")
def brief(store: Store) -> Brief:
    return build_brief(store, focus="KOR")


def section(brief: Brief) -> AssessmentSection:
    assert brief.assessment is not None
    return brief.assessment


def all_citations(a: AssessmentSection) -> list[Citation]:
    found = [c for r in a.implications for c in r.citations]
    found += [c for r in a.motives for c in r.citations]
    found += [c for r in a.matrix for c in r.citations]
    return found + [c for r in a.responses for c in r.citations]


def test_every_row_is_cited_from_a_stored_original(store: Store, brief: Brief) -> None:
    a = section(brief)
    assert a.implications and a.matrix and a.responses and len(a.motives) == 4
    for row in (*a.implications, *a.matrix, *a.responses):
        assert row.citations, row
    documents = {d.id: d for d in store.documents()}
    for citation in all_citations(a):
        stored = documents[citation.doc]
        assert (citation.outlet, citation.published) == (stored.outlet, stored.published)
        assert citation.doc != DUPLICATE


def test_the_seed_tables_are_rebuilt(brief: Brief) -> None:
    a = section(brief)
    assert a.threat.focus == "KOR" and a.threat.phrase.startswith(("likely", "roughly", "very"))
    assert {r.indicator for r in a.implications} >= {"forces-abroad", "defence-treaty"}
    assert [m.motive for m in a.motives] == [
        "Economic gain",
        "Combat experience and training",
        "Political solidarity and treaty obligation",
        "Technology transfer",
    ]
    assert sum(m.posterior for m in a.motives) == pytest.approx(1.0, abs=0.01)
    assert sum(m.leading for m in a.motives) == 1
    sanctions = next(r for r in a.responses if r.option == "sanctions")
    assert (sanctions.immediate, sanctions.long_term) == (
        "Heightened isolation of North Korea.",
        "Possible economic collapse.",
    )
    assert all(len(r.cells) == len(a.hypotheses) for r in a.matrix)


def test_markdown_and_json_show_the_assessment(brief: Brief) -> None:
    text = render_brief_markdown(brief)
    for title in (
        "## Threat level (ICD 203)",
        "## Implications for KOR",
        "## Motives: competing hypotheses",
        "## ACH matrix",
        "## Response options",
    ):
        assert title in text
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["assessment"]["threat"]["level"] == section(brief).threat.level
    assert data["assessment"]["implications"][0]["citations"][0]["published"]


def test_a_dyad_brief_has_no_assessment_and_building_a_brief_stores_nothing(store: Store) -> None:
    assert build_brief(store, dyad=("PRK", "RUS")).assessment is None
    assert store.assessments().latest("KOR") is None
