"""Compiled extractor modules give way to their sources once a source is edited."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from watchfloor import _compiled


def _package(tmp_path: Path, text: str) -> Path:
    package = tmp_path / "watchfloor"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "stage.py").write_text(text)
    return package


def _manifest(package: Path, sha: str) -> None:
    modules = {"watchfloor.extract.stage": sha}
    (package / _compiled.MANIFEST).write_text(json.dumps({"modules": modules}))


def test_an_edited_source_sends_every_listed_module_to_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    package = _package(tmp_path, "VALUE = 1\n")
    _manifest(package, "0" * 64)  # the digest of another text
    monkeypatch.setattr(_compiled, "_PACKAGE", package)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    _compiled.guard()
    finder = sys.meta_path[0]
    spec = finder.find_spec("watchfloor.extract.stage", None)
    assert spec is not None and spec.origin == str(package / "extract" / "stage.py")
    assert finder.find_spec("watchfloor.extract.other", None) is None
    assert "changed since `make compile`" in capsys.readouterr().err


def test_matching_sources_keep_the_compiled_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(tmp_path, "VALUE = 1\n")
    _manifest(package, _compiled.digest(package / "extract" / "stage.py"))
    monkeypatch.setattr(_compiled, "_PACKAGE", package)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    _compiled.guard()
    assert sys.meta_path == before


def test_no_manifest_no_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compiled, "_PACKAGE", _package(tmp_path, ""))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    _compiled.guard()
    assert sys.meta_path == before
