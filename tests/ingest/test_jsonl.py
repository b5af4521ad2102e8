from datetime import date
from pathlib import Path

from watchfloor.ingest import read_file
from watchfloor.models import Document, Problem

DATA = Path(__file__).parent / "data" / "jsonl"


def test_bad_lines_are_problems_and_the_rest_of_the_file_goes_on() -> None:
    path = DATA / "wire-dump.jsonl"
    items = list(read_file(path))
    assert [type(item) for item in items] == [
        Document,  # line 1
        Problem,  # line 2: cut off
        Document,  # line 4 (line 3 is blank)
        Problem,  # line 5: a list
        Problem,  # line 6: no text
        Document,  # line 7
    ]
    problems = [item for item in items if isinstance(item, Problem)]
    assert {problem.path for problem in problems} == {str(path)}
    assert problems[0].reason.startswith("line 2: not valid JSON (Unterminated string")
    assert problems[1].reason.startswith("line 5: a JSON list")
    assert problems[2].reason.startswith("line 6: 'text' is missing")


def test_fields_ids_and_dates() -> None:
    first, second, third = (
        item for item in read_file(DATA / "wire-dump.jsonl") if isinstance(item, Document)
    )
    assert first.id == "jl-01"
    assert first.title == "Treaty comes into force"
    assert first.published == date(2024, 12, 5)
    assert first.outlet == "Eurasia Ledger"
    assert first.url == "https://example.org/el/1"
    assert second.id == "wire-dump-4"  # no id: file name and line number
    assert second.published == date(2024, 12, 6)
    assert second.text == "SEOUL — South Korea summoned the Russian ambassador.\nA second line."
    assert third.id == "6"
    assert third.outlet is None
    assert third.published == date(2024, 12, 6)  # RFC 822


def test_a_non_utf8_line_is_a_problem_for_that_line_only() -> None:
    items = list(read_file(DATA / "latin1-line.jsonl"))
    assert [getattr(item, "id", None) for item in items] == ["l8-01", None, None, "l8-04"]
    problem, record = items[1], items[2]
    assert isinstance(problem, Problem) and isinstance(record, Problem)
    assert problem.reason.startswith("line 2: not UTF-8")
    assert record.reason == "line 3: this is an event record (gold or output), not a document"
