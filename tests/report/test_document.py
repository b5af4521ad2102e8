"""`watchfloor brief --format html|pdf`: the document goes to standard output or to
--out, and a bad option is a clear message, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from watchfloor import Brief
from watchfloor.cli import main
from watchfloor.report.document import brief_document
from watchfloor.store import Store


def run(db: Path, *args: str) -> tuple[int, str, bytes]:
    result = CliRunner().invoke(main, ["--db", str(db), "brief", *args])
    return result.exit_code, result.output, result.stdout_bytes


def test_html_goes_to_standard_output(evidence_db: Path) -> None:
    code, output, _ = run(evidence_db, "--format", "html", "--dyad", "PRK-RUS")
    assert code == 0, output
    assert output.startswith("<!DOCTYPE html>") and output.rstrip().endswith("</html>")
    assert "Situation brief: North Korea – Russia" in output


def test_pdf_goes_to_the_file_given(evidence_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    code, output, _ = run(evidence_db, "--format", "pdf", "--dyad", "TWN-CHN", "--out", str(out))
    assert code == 0, output
    assert out.read_bytes()[:5] == b"%PDF-"


def test_a_link_base_that_is_not_a_web_address_is_refused(evidence_db: Path) -> None:
    code, output, _ = run(evidence_db, "--format", "html", "--link-base", "file:///etc")
    assert code == 1
    assert "--link-base 'file:///etc' is not an http(s) address" in output


def test_an_unwritable_out_is_a_message(evidence_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "brief.html"
    code, output, _ = run(evidence_db, "--format", "html", "--out", str(out))
    assert code == 1 and f"cannot write {out}" in output


def test_only_documents_are_made(evidence: Store, evidence_brief: Brief) -> None:
    with pytest.raises(ValueError, match="not a document format"):
        brief_document(evidence, evidence_brief, "docx")


def test_markdown_and_json_go_to_the_file_given_too(evidence_db: Path, tmp_path: Path) -> None:
    for fmt in ("markdown", "json"):
        out = tmp_path / f"brief.{fmt}"
        code, output, _ = run(evidence_db, "--format", fmt, "--out", str(out))
        assert code == 0, output
        assert out.read_text(encoding="utf-8").startswith("# Situation brief" if fmt == "markdown"
                                                          else "{")  # fmt: skip


def test_the_terminal_page_is_not_written_to_a_file(evidence_db: Path, tmp_path: Path) -> None:
    code, output, _ = run(evidence_db, "--out", str(tmp_path / "brief.txt"))
    assert code == 2 and "give --format too" in output
    assert not (tmp_path / "brief.txt").exists()
