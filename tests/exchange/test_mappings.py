"""The CAMEO -> ACLED and CAMEO -> PLOVER mappings: lookups, what PLOVER loses, the
documentation generated from them, and errors in a mapping file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.exchange.mappings import (
    load_acled_mapping,
    load_plover_mapping,
    losses_of,
    plover_losses,
)
from watchfloor.taxonomy import load_cameo

ROOT = Path(__file__).resolve().parents[2]


def test_acled_takes_the_longest_listed_prefix() -> None:
    mapping = load_acled_mapping()
    assert mapping.lookup("1832").sub_event_type == "Remote explosive/landmine/IED"  # type: ignore[union-attr]
    assert mapping.lookup("1831").sub_event_type == "Suicide bomb"  # type: ignore[union-attr]
    assert mapping.lookup("195").event_type == "Explosions/Remote violence"  # type: ignore[union-attr]
    assert mapping.lookup("072") is None, "military aid is no ACLED event"
    assert mapping.cameo_of("Battles", "Government regains territory") == "190"
    assert mapping.cameo_of("Riots", "Mob violence") == "145"
    assert mapping.cameo_of("Not ACLED", "") is None


def test_every_cameo_code_has_a_plover_type_but_statements_and_appeals() -> None:
    mapping, cameo = load_plover_mapping(), load_cameo()
    missing = {code[:2] for code in cameo.codes if mapping.lookup(code) is None}
    assert missing == {"01", "02"}
    found = mapping.lookup("0841")
    assert found is not None and (found.event_type, found.mode, found.context) == (
        "RETREAT", "release", "legal")  # fmt: skip
    assert mapping.lookup("163").event_type == "COERCE"  # type: ignore[union-attr]


def test_plover_losses_are_worked_out_from_the_mapping() -> None:
    losses = plover_losses(load_plover_mapping(), load_cameo())
    unmapped = [x for x in losses if not x.plover]
    assert {x.codes[0] for x in unmapped} == {"01", "02"}
    assert "010" in unmapped[0].codes
    assert any("with 194" in x for x in losses_of("195", losses))
    assert losses_of("0841", losses) == [], "a record of its own loses nothing more"


def test_the_docs_show_the_tables_the_data_makes() -> None:
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "exchange_docs.py"),
                            "--check"], check=False)  # fmt: skip
    assert check.returncode == 0, "run python scripts/exchange_docs.py"
    docs = (ROOT / "docs" / "exchange.md").read_text(encoding="utf-8")
    assert "| 194, 195 | ASSAULT/heavy-weapons/military |" in docs


@pytest.mark.parametrize(("line", "reason"), [
    ("072\tAID\t\tmilitary\n072\tAID\t\t\n", "listed twice"),
    ("72x\tAID\t\t\n", "2 to 4 digits"),
    ("072\tHELP\t\t\n", "not a PLOVER event type"),
])  # fmt: skip
def test_a_bad_plover_file_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "plover.tsv"
    path.write_text("# comment\n" + line, encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"plover.tsv:\d: .*{reason}"):
        load_plover_mapping(path)


def test_a_bad_acled_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "acled.tsv"
    path.write_text("19\tBattles\tArmed clash\tWar\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"acled.tsv:1: .*disorder_type"):
        load_acled_mapping(path)
