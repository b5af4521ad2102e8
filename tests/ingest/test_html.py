from datetime import date
from pathlib import Path

from watchfloor.ingest import read_file
from watchfloor.ingest.html import read_metadata
from watchfloor.models import Document, Problem

DATA = Path(__file__).parent / "data" / "html"


def read_one(path: Path) -> Document | Problem:
    (item,) = read_file(path)
    return item


def test_article_metadata_from_open_graph_tags() -> None:
    doc = read_one(DATA / "kursk-article.html")
    assert isinstance(doc, Document)
    assert doc.id == "kursk-article"
    assert doc.title == "Ukraine says North Korean troops joined fighting in Kursk"
    assert doc.published == date(2024, 11, 5)  # article:published_time wins over <time>
    assert doc.outlet == "Meridian Post"
    assert doc.url == "https://example.org/meridian/2024/11/05/kursk-first-clash"


def test_main_text_is_extracted_and_boilerplate_is_not() -> None:
    doc = read_one(DATA / "kursk-article.html")
    assert isinstance(doc, Document)
    assert "Ukrainian forces have clashed with North Korean troops" in doc.text
    assert "about 10,000 North Korean soldiers" in doc.text
    assert "a sovereign matter for the two countries." in doc.text
    for boilerplate in ("cookie", "Subscribe", "All rights reserved", "newsletter", "Most read"):
        assert boilerplate not in doc.text
    assert "recipes" not in doc.text
    assert "analytics" not in doc.text


def test_title_and_date_fall_back_to_title_and_time_tags() -> None:
    doc = read_one(DATA / "minimal-page.htm")
    assert isinstance(doc, Document)
    assert doc.title == "China and Russia begin joint naval drills"
    assert doc.published == date(2024, 9, 10)
    assert doc.outlet is None
    assert "more than 400 ships and 120 aircraft" in doc.text


def test_page_without_article_text_is_a_problem() -> None:
    problem = read_one(DATA / "no-article.html")
    assert isinstance(problem, Problem)
    assert "no article text" in problem.reason


def test_metadata_ignores_svg_titles_and_reads_canonical_link() -> None:
    meta = read_metadata(
        "<html><head><title>Page  title</title>"
        '<link rel="canonical" href="https://example.org/c"></head>'
        "<body><svg><title>Search icon</title></svg></body></html>"
    )
    assert meta.title == "Page title"
    assert meta.url == "https://example.org/c"
    assert meta.published is None


def test_the_headline_is_the_title_not_reporting() -> None:
    doc = read_one(DATA / "kursk-article.html")
    assert isinstance(doc, Document)
    # the <h1> repeats the title: like a front-matter title it is not in the body
    assert not doc.text.startswith("Ukraine says North Korean troops joined fighting")
    assert doc.text.startswith("KYIV, Nov 5")


def test_without_headline_keeps_a_body_that_does_not_repeat_it() -> None:
    from watchfloor.ingest.html import without_headline

    text = "Nepal and India signed a power deal.\nThe deal runs for 25 years."
    assert without_headline(text, ("Power deal signed", None)) == text
    assert without_headline("Power deal signed\n\n" + text, ("Power  Deal signed",)) == text
