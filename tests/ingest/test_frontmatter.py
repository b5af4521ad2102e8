from datetime import date
from pathlib import Path

import pytest

from watchfloor.errors import DocumentError
from watchfloor.ingest import parse_document_text, read_file
from watchfloor.models import Document, Problem

DATA = Path(__file__).parent / "data" / "frontmatter"
BATCH = Path(__file__).parent / "data" / "batch"


def read_one(path: Path) -> Document | Problem:
    (item,) = read_file(path)
    return item


def read_document(path: Path) -> Document:
    item = read_one(path)
    assert isinstance(item, Document), item
    return item


def test_quoted_and_unquoted_values() -> None:
    doc = read_document(DATA / "mixed-quoting.md")
    assert doc.id == "fm-quoted-01"
    assert doc.title == "Seoul: North Korean troops seen near Kursk"
    assert doc.published == date(2024, 10, 18)
    assert doc.outlet == "Example Wire"
    assert doc.url == "https://example.org/wire/2024/10/18/kursk"
    assert doc.path == str(DATA / "mixed-quoting.md")


def test_body_is_everything_after_the_closing_line_as_stored() -> None:
    doc = read_document(DATA / "mixed-quoting.md")
    assert doc.text.startswith("SEOUL, Oct 18 (Example Wire) — North Korean")
    assert doc.text.endswith("officials said.\n\nA second paragraph follows.\n")


def test_a_blank_line_after_the_closing_line_belongs_to_the_body() -> None:
    doc = read_document(DATA / "blank-line-body.md")
    assert doc.text.startswith("\nThe body of this file")


def test_id_from_file_name_and_timestamp_keeps_its_local_date() -> None:
    doc = read_document(DATA / "timestamp.md")
    assert doc.id == "timestamp"
    assert doc.published == date(2024, 10, 18)  # 23:30 at -05:00 is already the 19th in UTC
    assert doc.outlet == "Capital Desk"


def test_unreadable_date_keeps_the_document_undated() -> None:
    doc = read_document(DATA / "unreadable-date.md")
    assert doc.id == "fm-undated"
    assert doc.published is None


def test_plain_text_without_front_matter() -> None:
    path = DATA / "plain-note.txt"
    doc = read_document(path)
    assert doc.id == "plain-note"
    assert doc.published is None
    assert doc.title is None
    assert doc.text == path.read_text(encoding="utf-8")


def test_bom_is_dropped_and_crlf_becomes_lf() -> None:
    doc = read_document(DATA / "windows-bom.md")
    assert doc.id == "fm-windows"
    assert doc.title == "Saved on Windows"
    assert doc.published == date(2025, 1, 15)
    assert doc.text == "KYIV — First line.\nSecond line.\n"


def test_parse_document_text_normalises_a_string_too() -> None:
    doc = parse_document_text("---\r\nid: x1\r\n---\r\nLine one.\r\nLine two.", "in/x.md")
    assert (doc.id, doc.text, doc.path) == ("x1", "Line one.\nLine two.", "in/x.md")


def test_document_closing_with_dots_and_empty_front_matter() -> None:
    assert parse_document_text("---\nid: a\n...\nBody.", "a.md").text == "Body."
    doc = parse_document_text("---\n---\nBody.", "notes/b.md")
    assert (doc.id, doc.text) == ("b", "Body.")


def test_broken_yaml_is_a_problem_naming_the_line() -> None:
    problem = read_one(BATCH / "02-broken-yaml.md")
    assert isinstance(problem, Problem)
    assert problem.path == str(BATCH / "02-broken-yaml.md")
    assert "not valid YAML" in problem.reason
    assert "line 3" in problem.reason
    assert "quotes" in problem.reason


def test_non_utf8_file_is_a_problem() -> None:
    problem = read_one(BATCH / "03-latin1.txt")
    assert isinstance(problem, Problem)
    assert "not UTF-8" in problem.reason
    assert "re-save the file as UTF-8" in problem.reason


def test_empty_body_is_a_problem() -> None:
    problem = read_one(BATCH / "04-no-text.md")
    assert isinstance(problem, Problem)
    assert "no text" in problem.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nid: a\ntitle: x\nBody without a closing line.", "never closed"),
        ("---\n- a\n- b\n---\nBody.", "'key: value' lines"),
        ("---\ntitle: [a, b]\n---\nBody.", "'title' must be a single value"),
        ("---\nid: a\n---\n  \n\n", "no text"),
        ("", "no text"),
        ("Body with no id and no path.", "no id"),
    ],
)
def test_parse_document_text_raises_document_error(text: str, expected: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document_text(text, "bad.md" if "no path" not in text else "")
    assert expected in caught.value.reason
