"""`watchfloor brief --format pdf` over the corpus: the PDF's pages, rendered to images
by poppler's pdftoppm, show the charts (coloured marks between a section's heading and
its caption) and the tables (text in ruled rows) where the words say they are."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner
from PIL import Image

from watchfloor.cli import main

DPI = 100
SCALE = DPI / 72  # PDF points to pixels
CHARTS = {  # heading -> the first words of the chart's caption
    "Most active relations": "Events per month",
    "Estimates and who claims them": "Each estimate at",
    "Timeline": "Dated events by",
}
# the first header cells of the judgments, relations, deployments and estimates tables
TABLE_HEADERS = ("Event Judgment", "From To Mentions", "Range of estimates", "Event Estimate Unit")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"([^<]*)</word>")  # fmt: skip

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="needs poppler-utils (pdftoppm, pdftotext): apt-get install poppler-utils",
)


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    top: float
    bottom: float


def render_brief(db: Path, out: Path, *selection: str) -> Path:
    """``watchfloor brief SELECTION --format pdf`` into ``out``, checked to be a PDF."""
    args = ["--db", str(db), "brief", *selection, "--format", "pdf", "--out", str(out),
            "--link-base", "http://127.0.0.1:8765"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    return out


def words_of(pdf: Path) -> list[Word]:
    """Every word of the PDF with its page and vertical extent (poppler's pdftotext)."""
    text = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    found = []
    for number, page in enumerate(text.split("<page ")[1:], start=1):
        for _left, top, _right, bottom, word in _WORD.findall(page):
            found.append(Word(number, word, float(top), float(bottom)))
    return found


@pytest.fixture(scope="module")
def pdf(evidence_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    return render_brief(evidence_db, out, "--dyad", "PRK-RUS")


@pytest.fixture(scope="module")
def words(pdf: Path) -> list[Word]:
    return words_of(pdf)


def find(words: list[Word], phrase: str) -> Word:
    """The first word of the first place the phrase is on a page."""
    tokens = phrase.split()
    for i in range(len(words) - len(tokens) + 1):
        run = words[i : i + len(tokens)]
        if [w.text for w in run] == tokens and len({w.page for w in run}) == 1:
            return run[0]
    raise AssertionError(f"{phrase!r} is not in the PDF")


def page_image(pdf: Path, page: int, folder: Path) -> Image.Image:
    prefix = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True)  # fmt: skip
    return Image.open(f"{prefix}.png").convert("RGB")


def band(image: Image.Image, top: float, bottom: float) -> numpy.ndarray:
    """The page's rows between two heights in points, as an array of RGB pixels."""
    return numpy.asarray(image)[int(top * SCALE) : int(bottom * SCALE)].astype(int)


def coloured(pixels: numpy.ndarray) -> float:
    """The share of pixels with a colour (not white, grey or black)."""
    return float(((pixels.max(axis=2) - pixels.min(axis=2)) > 60).mean())


def inked(pixels: numpy.ndarray) -> float:
    """The share of pixels darker than paper."""
    return float((pixels.sum(axis=2) < 600).mean())


def ruled_rows(pixels: numpy.ndarray) -> int:
    """Pixel rows more than half covered by a line (a table's rules)."""
    return int(((pixels.sum(axis=2) < 720).mean(axis=1) > 0.5).sum())


def test_the_pdf_has_pages_in_a4(pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2  # type: ignore[union-attr]
    assert "pts (A4)" in info


def test_the_fonts_are_dejavu_and_embedded(pdf: Path) -> None:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    fonts = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert fonts and all("DejaVu" in font[0] for font in fonts), listing
    assert all(font[-5] == "yes" for font in fonts), "every font is embedded: " + listing


@pytest.mark.parametrize("heading", list(CHARTS))
def test_each_chart_is_drawn_between_its_heading_and_its_caption(
    pdf: Path, words: list[Word], heading: str, tmp_path: Path
) -> None:
    caption = find(words, CHARTS[heading])
    title = find(words, heading)
    assert title.page == caption.page, "a chart is never split from its heading"
    assert caption.top - title.bottom > 100, "the chart takes room on the page"
    chart = band(page_image(pdf, caption.page, tmp_path), title.bottom + 4, caption.top - 2)
    assert coloured(chart) > 0.001, "the chart has coloured marks"
    assert inked(chart) > 0.01, "the chart has axes and labels"


@pytest.mark.parametrize("header", TABLE_HEADERS)
def test_each_table_shows_ruled_rows_of_text(
    pdf: Path, words: list[Word], header: str, tmp_path: Path
) -> None:
    start = find(words, header)
    image = page_image(pdf, start.page, tmp_path)
    table = band(image, start.top - 4, start.top + 90)
    assert inked(table) > 0.01, "the table has text"
    assert ruled_rows(table) >= 3, "the table has ruled rows"


def test_a_blank_band_is_seen_as_blank(pdf: Path, words: list[Word], tmp_path: Path) -> None:
    """The checks above can fail: the page margin below the footer holds nothing."""
    image = page_image(pdf, 1, tmp_path)
    margin = band(image, 0, 30)
    assert coloured(margin) == 0 and inked(margin) < 0.001 and ruled_rows(margin) == 0
