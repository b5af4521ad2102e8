"""Gold spans index into the body as this package reads it (spec EVENTS.md section 1)."""

import json
from pathlib import Path

import pytest

from watchfloor.ingest import read_file
from watchfloor.models import Document

FIXTURE_GOLD = Path(__file__).parent / "data" / "gold"
SHARED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev"


def read_document(path: Path) -> Document:
    (item,) = read_file(path)
    assert isinstance(item, Document), item
    return item


def check_gold_spans(folder: Path) -> int:
    checked = 0
    for document_path in sorted(folder.glob("*.md")):
        doc = read_document(document_path)
        for line in document_path.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            start, end = record["span"]
            assert record["doc"] == doc.id
            assert doc.text[start:end] == record["sentence"], (doc.id, record["span"])
            checked += 1
    return checked


def test_dev_kp_01_lead_sentence_starts_the_body() -> None:
    doc = read_document(FIXTURE_GOLD / "dev-kp-01.md")
    first = json.loads(
        (FIXTURE_GOLD / "dev-kp-01.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert first["span"] == [0, 259]
    assert doc.text[0:259] == first["sentence"]
    assert doc.text.startswith("SEOUL, ")


def test_gold_spans_in_fixture_copies() -> None:
    assert check_gold_spans(FIXTURE_GOLD) > 0


def test_gold_spans_in_shared_dev_set() -> None:
    if not SHARED_GOLD.is_dir():
        pytest.skip(f"shared gold set not present at {SHARED_GOLD}")
    assert check_gold_spans(SHARED_GOLD) > 0
