"""`watchfloor brief --focus KOR --format pdf`: the assessment's sections are on the
PDF's pages after the key judgments, and the page that holds them is drawn: text in
ruled rows, not a blank page."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_pdf import (
    Word,
    band,
    find,
    inked,
    page_image,
    pytestmark,
    render_brief,
    ruled_rows,
    words_of,
)

__all__ = ["pytestmark"]  # skipped, as test_pdf is, without poppler-utils
HEADINGS = ("Key judgments", "Threat level to KOR", "Indicators that fired",
            "Motives: competing hypotheses", "Response options for KOR",
            "Changes since the last assessment")  # fmt: skip


@pytest.fixture(scope="module")
def pdf(evidence_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "focus.pdf"
    return render_brief(evidence_db, out, "--focus", "KOR")


@pytest.fixture(scope="module")
def words(pdf: Path) -> list[Word]:
    return words_of(pdf)


def test_the_assessment_follows_the_key_judgments_in_order(words: list[Word]) -> None:
    places = [find(words, heading) for heading in HEADINGS]
    assert [(w.page, w.top) for w in places] == sorted((w.page, w.top) for w in places)
    assert find(words, "Most active relations").page >= places[-1].page


def test_the_page_of_the_threat_shows_its_tables(
    pdf: Path, words: list[Word], tmp_path: Path
) -> None:
    heading = find(words, "Threat level to KOR")
    image = page_image(pdf, heading.page, tmp_path)
    threat = band(image, heading.bottom + 2, heading.bottom + 60)
    assert inked(threat) > 0.01, "the threat's row has text"
    assert ruled_rows(threat) >= 2, "the threat's row is ruled"
    assert find(words, "Question Level").page == heading.page
    blank = band(image, 0, 30)
    assert inked(blank) < 0.001, "the margin is blank: the check above can fail"


def test_the_response_options_show_their_effects(
    pdf: Path, words: list[Word], tmp_path: Path
) -> None:
    header = find(words, "Response Immediate impact Long-term implications")
    table = band(page_image(pdf, header.page, tmp_path), header.top - 4, header.top + 120)
    assert inked(table) > 0.01 and ruled_rows(table) >= 3
    find(words, "Heightened isolation of North Korea.")
    find(words, "Possible economic collapse.")
