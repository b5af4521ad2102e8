"""The first-touch ledger (tests/eval/ledger.tsv, written by scripts/first_touch.py):
every blind gold document has been scored exactly once before any change was made for
it, and its row is the honest figure of generality. A new blind document must be
first-touched before it lands."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEDGER = ROOT / "tests" / "eval" / "ledger.tsv"
BLIND = ROOT / "tests" / "data" / "gold" / "blind"
COLUMNS = ["doc", "set", "added", "commit", "gold", "system", "matched", "precision",
           "recall", "f1"]  # fmt: skip


def _rows() -> list[dict[str, str]]:
    with LEDGER.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_every_blind_document_has_one_first_touch_row() -> None:
    docs = sorted(p.stem for p in BLIND.glob("*.md"))
    scored = [r["doc"] for r in _rows() if r["set"] == "blind"]
    assert len(scored) == len(set(scored)), "a document was first-touched twice"
    missing = sorted(set(docs) - set(scored))
    assert not missing, f"run scripts/first_touch.py {BLIND} before adding: {missing}"


def test_rows_are_consistent() -> None:
    for row in _rows():
        gold, system, matched = int(row["gold"]), int(row["system"]), int(row["matched"])
        assert 0 <= matched <= min(gold, system) or (matched == 0 and gold == 0)
        p = matched / system if system else 0.0
        r = matched / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        assert abs(float(row["f1"]) - f) < 0.0006, row["doc"]
        assert row["commit"] and row["added"][:2] == "20"
