from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.taxonomy import CameoTaxonomy, load_cameo

from .files import write

# The codes of the spec's table (shared/spec/EVENTS.md section 2) with their GDELT weights.
SPEC_CODES = [
    ("036", 4.0),
    ("0312", 5.2),
    ("040", 1.0),
    ("042", 1.9),
    ("043", 2.8),
    ("046", 7.0),
    ("057", 8.0),
    ("061", 6.4),
    ("062", 7.4),
    ("064", 7.0),
    ("070", 7.0),
    ("071", 7.4),
    ("072", 8.3),
    ("111", -2.0),
    ("112", -2.0),
    ("130", -4.4),
    ("138", -7.0),
    ("150", -7.2),
    ("152", -7.2),
    ("154", -7.2),
    ("163", -8.0),
    ("172", -5.0),
    ("190", -10.0),
    ("193", -10.0),
    ("194", -10.0),
    ("195", -10.0),
    ("016", -2.0),
    ("017", 0.0),
    ("174", -5.0),
    ("161", -4.0),
]


def test_packaged_table_has_all_311_codes(cameo: CameoTaxonomy) -> None:
    assert len(cameo.codes) == 311
    assert all(2 <= len(code) <= 4 for code in cameo.codes)


@pytest.mark.parametrize(("code", "goldstein"), SPEC_CODES)
def test_spec_codes_load_with_their_goldstein_weight(
    cameo: CameoTaxonomy, code: str, goldstein: float
) -> None:
    entry = cameo.get(code)
    assert entry.goldstein == goldstein
    assert entry.root == code[:2]
    assert entry.description


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("036", 1),
        ("057", 1),
        ("062", 2),
        ("072", 2),
        ("111", 3),
        ("138", 3),
        ("150", 4),
        ("163", 4),
        ("195", 4),
        ("20", 4),
        ("01", 1),
    ],
)
def test_quad_class_follows_the_root(cameo: CameoTaxonomy, code: str, quad: int) -> None:
    assert cameo.get(code).quad_class == quad


def test_unknown_code_raises_key_error_naming_it(cameo: CameoTaxonomy) -> None:
    with pytest.raises(KeyError, match="0999"):
        cameo.get("0999")
    assert "0999" not in cameo
    assert 72 not in cameo
    assert "072" in cameo


def test_family_lists_a_root_and_its_children_in_order(cameo: CameoTaxonomy) -> None:
    family = [entry.code for entry in cameo.family("07")]
    assert family == ["07", "070", "071", "072", "073", "074", "075"]
    assert cameo.family("99") == []


def test_codes_mapping_is_read_only(cameo: CameoTaxonomy) -> None:
    with pytest.raises(TypeError):
        cameo.codes["999"] = cameo.get("072")  # type: ignore[index]


def test_custom_file_with_header_and_comments(tmp_path: Path) -> None:
    path = write(tmp_path / "codes.tsv", "# mine\ncode\tdescription\tgoldstein\n072\tAid\t8.3\n")
    assert load_cameo(path).get("072").goldstein == 8.3


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("072\tAid\t8.3\n07\tProvide aid\t7.0\n7a\tBad\t1.0\n", 3, "2 to 4 digits"),
        ("07201\tToo long\t1.0\n", 1, "2 to 4 digits"),
        ("# comment\n\n072\tAid\t8.3\n072\tAgain\t8.3\n", 4, "duplicate CAMEO code '072'"),
        ("072\tAid\t12.5\n", 1, "outside -10 .. 10"),
        ("072\tAid\teight\n", 1, "not a number"),
        ("072\tAid\tnan\n", 1, "not a finite number"),
        ("072\tAid\n", 1, "empty 'goldstein'"),
        ("072\tAid\t8.3\textra\n", 1, "at most 3"),
        ("212\tNo such root\t1.0\n", 1, "root"),
    ],
)
def test_invalid_rows_name_file_and_line(tmp_path: Path, body: str, line: int, reason: str) -> None:
    path = write(tmp_path / "bad.tsv", body)
    with pytest.raises(DataFileError, match=reason) as caught:
        load_cameo(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_or_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="file not found"):
        load_cameo(tmp_path / "nope.tsv")
    with pytest.raises(DataFileError, match="no CAMEO codes"):
        load_cameo(write(tmp_path / "empty.tsv", "# nothing\n"))


def test_code_classes_are_data_read_by_prefix(cameo: CameoTaxonomy) -> None:
    assert cameo.in_class("0211", "speech")  # an appeal is said
    assert not cameo.in_class("017", "speech")  # a symbolic act is done
    assert cameo.in_class("042", "visit") and not cameo.in_class("043", "visit")
    assert cameo.in_class("154", "deployment")
    with pytest.raises(KeyError, match="no_such_class"):
        cameo.in_class("010", "no_such_class")


def test_a_class_naming_no_cameo_code_fails_with_its_line(tmp_path: Path) -> None:
    classes = write(tmp_path / "classes.tsv", "class\tprefixes\nspeech\t010 999\n")
    with pytest.raises(DataFileError, match=r"classes.tsv:2.*999"):
        load_cameo(classes=classes)


def test_a_classes_file_missing_a_class_the_code_reads_fails(tmp_path: Path) -> None:
    classes = write(tmp_path / "classes.tsv", "class\tprefixes\nspeech\t010\n")
    with pytest.raises(DataFileError, match="future"):
        load_cameo(classes=classes)


def test_every_class_the_code_reads_by_name_is_required_of_the_file() -> None:
    # a class read by name but not listed would load from a file that lacks it and fail
    # only on the sentence that reaches it
    import re

    import watchfloor
    from watchfloor.taxonomy.cameo import CODE_CLASSES

    call = re.compile(r"in_(?:code_)?class\([^()]*?,\s*\"([a-z_]+)\"\)")
    root = Path(watchfloor.__file__).parent
    read = {name for path in root.rglob("*.py") for name in call.findall(path.read_text())}
    assert read, "no class read by name: the pattern no longer matches the code"
    assert read <= set(CODE_CLASSES), sorted(read - set(CODE_CLASSES))
