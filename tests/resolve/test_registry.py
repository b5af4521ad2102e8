"""registry: the source registry loads, merges the analyst's file over the packaged one,
and names file and line for every malformed row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.resolve import load_sources
from watchfloor.resolve.registry import read_sources


def _registry(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_registry_loads() -> None:
    registry = load_sources()

    entry = registry.claimant("KORSPY")
    assert entry is not None and entry.reliability == "B"
    assert re.fullmatch(r"resolve/data/sources\.tsv:\d+", entry.where), entry.where
    state = registry.claimant("KORGOV")
    assert state is not None and state.source == "KOR", "a state row grades its claimants"
    outlet = registry.outlet("  reuters ")
    assert outlet is not None and outlet.reliability == "B"
    assert registry.claimant("MNGMIL") is None


def test_the_analysts_rows_replace_and_add(tmp_path: Path) -> None:
    _registry(tmp_path, "source\tkind\treliability\tnote\n"
                        "KORSPY\tclaimant\tC\trevised\nHarbor Wire\toutlet\tB\n")  # fmt: skip
    registry = load_sources(tmp_path)

    korspy = registry.claimant("KORSPY")
    assert korspy is not None and (korspy.reliability, korspy.note) == ("C", "revised")
    assert korspy.where == f"{tmp_path / 'sources.tsv'}:2"
    harbor = registry.outlet("Harbor Wire")
    assert harbor is not None and harbor.reliability == "B"
    usa = registry.claimant("USAMIL")
    assert usa is not None and usa.reliability == "B", "packaged rows stay"


def test_no_file_in_the_data_folder_is_fine(tmp_path: Path) -> None:
    assert load_sources(tmp_path).claimant("KORSPY") is not None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("KORSPY\tspy\tB\tx", "kind 'spy' is not one of claimant, outlet"),
        ("KORSPY\tclaimant\tG\tx", "reliability 'G' is not one of A, B, C, D, E, F"),
        ("KORSPY\tclaimant\tb\tx", "reliability 'b' is not one of A, B, C, D, E, F"),
        ("South Korea\tclaimant\tB\tx", "claimant 'South Korea' is not a CAMEO actor code"),
        ("KORSPY\tclaimant", "expected 3 or 4 tab-separated fields"),
        ("KORSPY\tclaimant\tB\tx\textra", "expected 3 or 4 tab-separated fields"),
        ("\tclaimant\tB\tx", "empty 'source' field"),
    ],
)
def test_a_bad_row_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = _registry(tmp_path, f"# my grades\nUSA\tclaimant\tB\tfine\n{line}\n")

    with pytest.raises(DataFileError, match=reason) as caught:
        read_sources(path)

    assert caught.value.path == str(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}:3: ")


def test_a_source_graded_twice_names_both_lines(tmp_path: Path) -> None:
    path = _registry(tmp_path, "KCNA\toutlet\tE\n\nkcna\toutlet\tD\n")

    with pytest.raises(DataFileError, match=r"already graded at .*sources.tsv:1") as caught:
        read_sources(path)

    assert caught.value.line == 3


def test_a_bad_registry_stops_ingest_before_anything_is_stored(tmp_path: Path) -> None:
    from watchfloor import Settings, ingest
    from watchfloor.store import open_store

    _registry(tmp_path, "KORSPY\tclaimant\tZ\n")
    settings = Settings(db=str(tmp_path / "w.db"), data_dir=tmp_path)

    with pytest.raises(DataFileError, match=r"sources.tsv:1: reliability 'Z'"):
        ingest([Path(__file__).parent / "data" / "batch1"], settings)

    with open_store(settings.db_url) as store:
        assert store.counts()["documents"] == 0
