"""tests/data/gold/dev is an unchanged copy of the shared dev gold (../shared/gold/dev)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COPY = ROOT / "tests" / "data" / "gold" / "dev"
SHARED = ROOT.parent / "shared" / "gold" / "dev"

pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason=f"{SHARED} is absent: the shared gold exists only in the team's workspace, "
    "not in a clone of watchfloor",
)


def files(folder: Path) -> dict[str, Path]:
    return {
        path.relative_to(folder).as_posix(): path
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_copy_has_the_same_files() -> None:
    assert sorted(files(COPY)) == sorted(files(SHARED))


def test_every_file_is_byte_for_byte_the_same() -> None:
    ours, theirs = files(COPY), files(SHARED)
    assert ours, f"{COPY} is empty"
    shared = sorted(set(ours) & set(theirs))
    differ = [name for name in shared if ours[name].read_bytes() != theirs[name].read_bytes()]
    assert differ == [], f"changed from {SHARED}: {differ}; copy the shared gold again"
