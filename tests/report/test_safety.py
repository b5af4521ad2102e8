"""Article text made inert for the terminal, Markdown, CSV and JSON (report/safety.py),
and every command's output over a stored hostile document (issue 12)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rich.console import Console
from rich.table import Table

from watchfloor.cli import main
from watchfloor.report.safety import (
    csv_cell,
    inert,
    json_line,
    markdown_cell,
    one_line,
    terminal,
    terminal_cells,
)

CLEAR_SCREEN = "\x1b[2J\x1b[H"
HIDDEN_LINK = "\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07"
TITLE_SET = "\x1b]0;pwned\x1b\\"
EIGHT_BIT_CSI = "\x9b31m"
RIGHT_TO_LEFT = "\u202e"
HOSTILE = f"a{CLEAR_SCREEN}b{HIDDEN_LINK}c{TITLE_SET}d{EIGHT_BIT_CSI}e{RIGHT_TO_LEFT}f\x07g"


def has_control(text: str) -> bool:
    return any(
        (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F or ch == RIGHT_TO_LEFT
        for ch in text
    )


def test_inert_removes_escape_sequences_and_shows_other_controls() -> None:
    value = inert(HOSTILE)
    assert not has_control(value)
    assert "evil.example" not in value and "pwned" not in value
    assert value.startswith("abclickcd")
    assert "\\u202e" in value and "\u2407" in value  # visible, not acted on


def test_inert_leaves_plain_text_and_newlines_alone() -> None:
    text = "Troops [est.] crossed\n\tthe border — 1,500 of them."
    assert inert(text) == text
    assert one_line(text) == "Troops [est.] crossed the border — 1,500 of them."


def test_inert_shows_a_lone_surrogate_instead_of_failing_to_encode() -> None:
    value = inert("bad \ud800 text")
    value.encode("utf-8")
    assert "\\ud800" in value


def test_an_unterminated_osc_does_not_swallow_the_text_after_it() -> None:
    assert inert("a\x1b]8;;x b c") == "a8;;x b c"


@pytest.mark.parametrize("text", ["[/]", "[est.]", "[bold]x[/bold]", "a\\", "[link=x]y[/]"])
def test_terminal_text_prints_brackets_as_written(text: str) -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None)
    console.print(f"[bold]{terminal(text)}[/]")
    table = Table()
    table.add_column(terminal_cells([text])[0])
    table.add_row(*terminal_cells([text]))
    console.print(table)
    assert out.getvalue().count(text) == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+2", "'+1+2"),
     ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("-1.5", "-1.5"),
     ("+44", "+44"), ("plain", "plain"), ("", "")],
)  # fmt: skip
def test_csv_cell_neutralises_formulas_but_keeps_numbers(value: str, expected: str) -> None:
    assert csv_cell(value) == expected


def test_markdown_cell_can_neither_split_a_table_nor_embed_html() -> None:
    cell = markdown_cell("a | b <script>x</script> [l](http://e)\nnext")
    assert "\n" not in cell
    assert not re.search(r"(?<!\\)[|<>\[\]]", cell), cell


def test_json_line_is_lossless_and_prints_no_control_character() -> None:
    record = {"text": HOSTILE + "\ud800"}
    line = json_line(record)
    assert not has_control(line)
    line.encode("utf-8")
    assert json.loads(line)["text"] == record["text"]


# -- every command over a stored hostile document --------------------------------------

HOSTILE_ID = "ev[/]il-[est.]"
HOSTILE_DOCUMENT = f"""\
---
id: "{HOSTILE_ID}"
title: "Seoul [/] says \\e[2J troops arrived"
published: 2024-11-01
outlet: "=HYPERLINK(\\"http://evil\\") \\e]8;;http://evil\\a Wire [/]"
---
SEOUL, Nov 1 — North Korea has sent about 2,000 [est.] more troops to Russia{CLEAR_SCREEN}, \
South Korea's National Intelligence Service said on Friday.

| Unit [/] | Troops{HIDDEN_LINK} |
|---|---|
| =1+2 [/] | 2,000 |
"""


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.md").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
    db = folder / "watchfloor.db"
    result = run(db, "ingest", str(folder / "hostile.md"))
    assert result.exit_code == 0, result.output
    return db


def run(db: Path, *args: str) -> Result:
    runner = CliRunner()
    return runner.invoke(main, ["--db", str(db), *args],
                         env={"WATCHFLOOR_DB": None, "COLUMNS": "250"})  # fmt: skip


COMMANDS = [
    ["mentions"], ["mentions", "--format", "csv"], ["mentions", "--format", "jsonl"],
    ["events"], ["events", "--format", "csv"], ["events", "--format", "jsonl"],
    ["brief"], ["brief", "--format", "markdown"], ["brief", "--format", "json"],
    ["mentions", "--doc", HOSTILE_ID], ["resolve"],
]  # fmt: skip


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_command_crashes_or_prints_a_control_character(
    hostile_db: Path, args: list[str]
) -> None:
    result = run(hostile_db, *args)
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert not has_control(result.output), repr(result.output)


def test_extract_table_of_the_hostile_file_is_safe(hostile_db: Path) -> None:
    result = run(hostile_db, "extract", "--format", "table", str(hostile_db.parent / "hostile.md"))
    assert result.exit_code == 0, result.output
    assert not has_control(result.output)
    assert HOSTILE_ID in result.output.replace("\n", "")


def test_mentions_table_shows_the_id_and_the_bracketed_word(hostile_db: Path) -> None:
    result = run(hostile_db, "mentions")
    assert HOSTILE_ID in result.output.replace("\n", "")


def test_csv_cells_are_not_formulas(hostile_db: Path) -> None:
    for args in (["mentions", "--format", "csv"], ["events", "--format", "csv"]):
        rows = list(csv.reader(io.StringIO(run(hostile_db, *args).output)))
        assert len(rows) > 1
        for row in rows:
            assert not any(cell.startswith(("=", "@")) for cell in row), row


def test_each_event_page_is_safe(hostile_db: Path) -> None:
    listing = run(hostile_db, "events", "--format", "jsonl").output
    listed = [json.loads(line) for line in listing.splitlines()]
    assert listed
    for record in listed:
        result = run(hostile_db, "event", record["id"])
        assert result.exit_code == 0, result.output
        assert not has_control(result.output)
