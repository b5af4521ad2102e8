from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.errors import DataFileError

GOOD = """\
period: week
min_grade: C4
detector:
  threshold: 5
  baseline_periods: 26
kinds:
  arms:
    description: arms transfers
    codes: [072, "0332"]
watch:
  - dyad: prk-rus
    directed: true
    kinds: arms
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_rules_load() -> None:
    rules = load_alert_rules()
    assert rules.source == "analyse/data/alerts.yaml"
    assert {"conflict", "military_cooperation"} <= set(rules.kinds)
    assert "PRK-RUS" in {w.subject for w in rules.watches}
    assert "072" in rules.kinds["military_cooperation"].codes


def test_a_file_of_ones_own(tmp_path: Path) -> None:
    rules = load_alert_rules(write(tmp_path, GOOD))
    assert rules.min_grade == "C4" and rules.period == "week"
    assert rules.detector.threshold == 5.0 and rules.detector.baseline_periods == 26
    assert rules.kinds["arms"].codes == ("072", "0332")  # 072 unquoted stays a code
    (watch,) = rules.watches
    assert (watch.subject, watch.directed, watch.kinds, watch.scope) == (
        "PRK-RUS", True, ("arms",), "dyad"
    )  # fmt: skip
    assert watch.where.endswith("rules.yaml:11")


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("period: week", "period: year", 1, "period 'year'"),
        ("min_grade: C4", "min_grade: Z9", 2, "reliability letter"),
        ("  threshold: 5", "  threshold: -1", 4, "detector threshold must be between"),
        ("  threshold: 5", "  treshold: 5", 4, "unknown key 'treshold'"),
        ("  baseline_periods: 26", "  baseline_periods: 2.5", 5, "whole number"),
        ('[072, "0332"]', '[072, "arms"]', 9, "'arms' is not a CAMEO code"),
        ("    codes: [072, \"0332\"]", "    colour: red", 9, "unknown key 'colour'"),
        ("  - dyad: prk-rus", "  - dyad: prk", 11, "PRK-RUS"),
        ("    kinds: arms", "    kinds: guns", 13, "unknown kind 'guns'"),
        ("    directed: true", "    directed: yes please", 12, "true or false"),
        ("  - dyad: prk-rus", "  - focus: korea", 11, "country code"),
        ("kinds:\n  arms:", "kinds:\n  arms:\n  arms:", 8, "given twice"),
        ("watch:", "watch: [", 11, "not valid YAML"),
    ],
)
def test_mistakes_name_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(DataFileError) as caught:
        load_alert_rules(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line, str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("period: week\n", "need a 'kinds' section"),
        ("kinds: {}\nwatch: []\n", "at least one kind"),
        ("kinds:\n  k: {description: x}\nwatch: []\n", "needs quad_classes or codes"),
        ("kinds:\n  k: {codes: ['19']}\nwatch:\n  - {kinds: [k]}\n", "one of dyad, focus"),
    ],
)
def test_incomplete_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        load_alert_rules(write(tmp_path, text))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_alert_rules(tmp_path / "nope.yaml")
