"""The README keeps up with the code (like datasette's tests/test_docs.py): every
command, environment variable and data file is named in it."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

import watchfloor.settings
from watchfloor.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "src" / "watchfloor"


def commands() -> list[str]:
    assert isinstance(main, click.Group)
    return sorted(main.commands)


def environment_variables() -> list[str]:
    source = Path(watchfloor.settings.__file__).read_text(encoding="utf-8")
    return sorted(set(re.findall(r"WATCHFLOOR_[A-Z0-9_]+", source)))


def data_files() -> list[str]:
    """Rule and dictionary files, as the README names them: ``taxonomy/data/roles.tsv``."""
    found = [path for path in PACKAGE.glob("*/data/**/*") if path.is_file()]
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in found
        if not path.name.startswith((".", "__")) and "__pycache__" not in path.parts
    )


def test_there_is_something_to_check() -> None:
    assert len(commands()) >= 5
    assert "WATCHFLOOR_DB" in environment_variables()
    assert "extract/data/event_patterns.tsv" in data_files()


@pytest.mark.parametrize("command", commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    shown = re.search(rf"\bwatchfloor {re.escape(command)}(?![\w-])", README)
    assert shown, f"README.md does not show `watchfloor {command}`"


@pytest.mark.parametrize("variable", environment_variables())
def test_every_environment_variable_is_in_the_readme(variable: str) -> None:
    assert f"`{variable}`" in README, f"README.md does not document {variable}"


@pytest.mark.parametrize("name", data_files())
def test_every_data_file_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README, f"README.md does not describe {name}"


def test_the_readme_opens_with_make_demo_and_make_test() -> None:
    opening = "\n".join(README.splitlines()[:5])
    assert "make demo" in opening
    assert "make test" in opening
