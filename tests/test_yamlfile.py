"""YAML files read with line numbers: every mistake names file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.yamlfile import Fields, YList, YMap, load_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_lines_of_keys_and_items(tmp_path: Path) -> None:
    _, data = load_yaml(write(tmp_path, "name: x\nitems:\n  - a: 1\n  - a: 2\n"))
    assert isinstance(data, YMap) and data.key_lines == {"name": 1, "items": 2}
    assert isinstance(data["items"], YList) and data["items"].item_lines == [3, 4]
    assert data["items"][1] == {"a": 2}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("name: x\nitems: [a, b\n", 3, "not valid YAML"),
        ("name: x\nname: y\n", 2, "'name' is given twice"),
        ("", 1, "the file is empty"),
        ("name: x\n? [1, 2]\n: y\n", 2, "keys must be words"),
    ],
)
def test_syntax_mistakes_name_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError, match=message) as caught:
        load_yaml(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_fields_name_the_line_of_a_bad_value(tmp_path: Path) -> None:
    path = write(tmp_path, "id: a\nweight: heavy\nextra: 1\n")
    name, data = load_yaml(path)
    with pytest.raises(DataFileError, match=r"rules.yaml:3: unknown key 'extra'"):
        Fields(name, data, "an indicator", ("id", "weight"))
    fields = Fields(name, data, "an indicator", ("id", "weight", "extra"))
    with pytest.raises(DataFileError, match=r"rules.yaml:2: an indicator: 'weight' must be a"):
        fields.get_float("weight")
    with pytest.raises(DataFileError, match=r"rules.yaml:1: an indicator: 'title' is required"):
        fields.get_str("title")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read the file"):
        load_yaml(tmp_path / "nowhere.yaml")
