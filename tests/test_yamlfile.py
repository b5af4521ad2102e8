"""YAML files read with line numbers: every mistake names file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.yamlfile import Fields, YList, YMap, load_yaml, read_yaml


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
        ("a: 1\n  b: 2\n", 2, "not valid YAML: mapping values are not allowed"),
        ("items:\n  - a\n  b: c\n", 3, "not valid YAML"),  # a key inside a list
        ("a: 'unclosed\n", 2, "not valid YAML"),
        ("a: *nowhere\n", 1, "undefined alias 'nowhere'"),
        ("a: !!python/object:os.system x\n", 1, "cannot read this value: could not"),
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


NESTED = """\
name: x
kinds:
  arms:
    codes:
      - 062
      - "0332"
    quad: [1, 4]
watch:
  - dyad: PRK-RUS
    kinds: [arms]
  -
    focus: KOR
"""


def test_lines_are_right_in_nested_lists_and_mappings(tmp_path: Path) -> None:
    root = read_yaml(write(tmp_path, NESTED))
    top = root.mapping("the rules", ("name", "kinds", "watch"))
    assert (root.line, top.line_of("kinds"), top["kinds"].line) == (1, 2, 3)
    arms = top["kinds"].mapping("kinds")["arms"].mapping("a kind")
    assert [code.line for code in arms["codes"].items("codes")] == [5, 6]
    assert [quad.line for quad in arms["quad"].items("quad")] == [7, 7]
    first, second = top["watch"].items("watch")
    assert (first.line, second.line) == (9, 12)  # an item starts where its first key does
    assert first.mapping("a watch entry")["kinds"].items("kinds")[0].line == 10
    with pytest.raises(DataFileError, match=r"rules.yaml:12: focus must be true or false"):
        second.mapping("a watch entry")["focus"].flag("focus")


def test_a_scalar_is_read_as_written(tmp_path: Path) -> None:
    """CAMEO codes are text: 062 (octal 50 to YAML 1.1) and 0332 stay as written."""
    path = write(tmp_path, "codes: [062, '0332', 19]\ncode: 062\nwhole: 062\nnote: 1_0\n")
    name, data = load_yaml(path)
    fields = Fields(name, data, "a pattern", None)
    assert fields.get_str_list("codes") == ("062", "0332", "19")
    assert fields.get_str("code") == "062" and fields["code"].written("a code") == "062"
    assert fields["codes"].texts("a code") == ("062", "0332", "19")
    assert fields.get_str("note") == "1_0"
    assert data["whole"] == 50  # the value YAML means is still there for numbers
    _, keys = load_yaml(write(tmp_path, "062: a\non: b\n"))
    assert list(keys) == ["062", "on"]  # keys are words, not octal 50 and True


@pytest.mark.parametrize(
    ("text", "read", "message"),
    [
        ("id: [a, b]\n", lambda f: f.get_str("id"), "1: a rule: 'id' must be text, not a list"),
        ("id: ''\n", lambda f: f.get_str("id"), "1: a rule: 'id' must not be empty"),
        ("w: true\n", lambda f: f.get_float("w"), "1: a rule: 'w' must be a number, not True"),
        ("w: 2\n", lambda f: f.get_float("w"), "'w' must be between 0 and 1, not 2"),
        ("n: 1.5\n", lambda f: f.get_int("n"), "'n' must be a whole number, not 1.5"),
        ("n: -1\n", lambda f: f.get_int("n"), "'n' must be at least 0, not -1"),
        (
            "xs:\n  - a\n  - {b: 1}\n",
            lambda f: f.get_str_list("xs"),
            "1: a rule: 'xs' must be a list of words",
        ),
        ("xs: a\n", lambda f: f.get_list("xs"), "1: a rule: 'xs' must be a list"),
        ("xs: []\n", lambda f: f.get_list("xs"), "'xs' must not be empty"),
        ("on: 'yes'\n", lambda f: f["on"].flag("on"), "1: on must be true or false, not 'yes'"),
        ("n: x\n", lambda f: f["n"].whole("n", 1, 4), "1: n must be a whole number, not 'x'"),
        ("n: 5\n", lambda f: f["n"].whole("n", 1, 4), "1: n must be between 1 and 4, not 5"),
        ("m: 3\n", lambda f: f["m"].mapping("m"), "1: m must be a mapping of keys to values"),
        ("m: {a: 1}\n", lambda f: f["m"].items("m"), "1: m must be a list"),
        ("m: {a: 1}\n", lambda f: f["m"].written("m"), "1: m must be a text value"),
    ],
)
def test_wrong_types_name_file_line_and_what(
    tmp_path: Path, text: str, read: Callable[[Fields], object], message: str
) -> None:
    path = write(tmp_path, text)
    fields = Fields(*load_yaml(path), "a rule", None)
    with pytest.raises(DataFileError) as caught:
        read(fields)
    assert f"{path}:{caught.value.line}: " in str(caught.value)
    assert message in str(caught.value)


def test_unknown_and_duplicate_keys_in_a_nested_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "kinds:\n  arms:\n    codes: [19]\n    colour: red\n")
    arms = read_yaml(path).mapping("rules")["kinds"].mapping("kinds")["arms"]
    with pytest.raises(
        DataFileError,
        match=r"rules.yaml:4: unknown key 'colour' in a kind; known keys: codes, quad",
    ):
        arms.mapping("a kind", ("codes", "quad"))
    path = write(tmp_path, "kinds:\n  arms: {codes: [19]}\n  arms: {codes: [20]}\n")
    with pytest.raises(DataFileError, match=r"rules.yaml:3: 'arms' is given twice"):
        read_yaml(path)


def test_what_cannot_be_read_is_named_as_the_caller_says(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"nowhere\.yaml: cannot read the feeds file"):
        read_yaml(tmp_path / "nowhere.yaml", what="the feeds file")
    path = write(tmp_path, "a: 1\n")
    assert read_yaml(path, shown_as="data/rules.yaml").file == "data/rules.yaml"
