"""``watchfloor assess`` and ``watchfloor ach`` end to end, on the sample corpus and the
dev gold, over SQLite files in tmp_path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from watchfloor.cli import main
from watchfloor.commands.notify import read_notices

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD_DEV = ROOT / "tests" / "data" / "gold" / "dev"
ENV = {"WATCHFLOOR_DB": None, "WATCHFLOOR_DATA": None, "COLUMNS": "200"}


def run(db: Path, *args: str | Path) -> Result:
    return CliRunner(env=ENV).invoke(main, ["--db", str(db), *map(str, args)])


def ok(db: Path, *args: str | Path) -> Result:
    result = run(db, *args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def assessment(db: Path, *args: str | Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(
        ok(db, "assess", "--focus", "KOR", "--format", "json", *args).stdout
    )
    return found


def event_ids(db: Path) -> set[str]:
    out = ok(db, "events", "--format", "jsonl").stdout
    return {json.loads(line)["id"] for line in out.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "watchfloor.db"
    ok(db, "ingest", CORPUS)
    return db


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("gold") / "watchfloor.db"
    ok(db, "ingest", *sorted(GOLD_DEV.glob("*.md")))
    return db


@pytest.fixture
def own_db(corpus_db: Path, tmp_path: Path) -> Path:
    """A copy of the corpus database that a test may write assessments to."""
    db = tmp_path / "watchfloor.db"
    shutil.copy(corpus_db, db)
    return db


def check_shape(found: dict[str, Any], known_ids: set[str]) -> None:
    threat = found["threat"]
    assert set(threat) >= {"level", "probability", "phrase"}
    low, high = threat["range"]
    assert low <= threat["probability"] <= high
    assert threat["phrase"].startswith(threat["words"]) and "%" in threat["phrase"]
    cited: set[str] = set()
    for indicator in found["indicators"]:
        assert set(indicator) >= {"id", "fired", "events"}
        assert indicator["fired"] == bool(indicator["events"])
        for event in indicator["events"]:
            assert event["why"] and event["sources"]
            cited.add(event["id"])
    posteriors = [h["posterior"] for h in found["hypotheses"]]
    assert sum(posteriors) == pytest.approx(1.0, abs=1e-3)
    assert [h["id"] for h in found["hypotheses"]] == [
        "economic-gain",
        "combat-training",
        "solidarity-treaty",
        "technology-transfer",
    ]
    cited |= {row["event"] for row in found["ach"]["rows"]}
    for option in found["options"]:
        assert option["indicators"] and option["evidence"] and option["sources"]
        cited |= {e["id"] for e in option["evidence"]}
    assert cited and cited <= known_ids


def test_assess_json_on_the_sample_corpus(corpus_db: Path) -> None:
    found = assessment(corpus_db, "--no-save")
    check_shape(found, event_ids(corpus_db))
    fired = {i["id"]: i for i in found["indicators"] if i["fired"]}
    assert {"forces-abroad", "foreign-training", "defence-treaty"} <= set(fired)
    deployment = fired["forces-abroad"]["events"][0]
    assert (deployment["actor1"], deployment["actor2"], deployment["code"]) == ("PRK", "RUS", "072")
    assert found["threat"]["probability"] > 0.10  # above the seed set's baseline
    assert {o["id"] for o in found["options"]} >= {"sanctions", "intelligence-sharing"}
    assert found["changes"]["since"] is None


def test_assess_json_on_the_dev_gold(gold_db: Path) -> None:
    found = assessment(gold_db, "--no-save")
    check_shape(found, event_ids(gold_db))
    fired = {i["id"] for i in found["indicators"] if i["fired"]}
    assert {"forces-abroad", "foreign-training", "defence-treaty", "arms-transfers"} <= fired


def test_assess_text_shows_every_part(corpus_db: Path) -> None:
    out = " ".join(ok(corpus_db, "assess", "--focus", "KOR", "--no-save").stdout.split())
    for part in (
        "Threat HIGH",
        "Indicators",
        "Competing hypotheses",
        "posterior",
        "inconsistency (Heuer)",
        "Response options",
        "Changes since",
    ):
        assert part in out


def test_what_changed_since_the_last_assessment(own_db: Path) -> None:
    early = assessment(own_db, "--as-of", "2024-06-30")
    assert not any(i["fired"] for i in early["indicators"] if i["id"] == "forces-abroad")
    later = assessment(own_db)
    changes = later["changes"]
    assert changes["since"] is not None
    assert "forces-abroad" in changes["indicators_fired"]
    assert changes["threat"]["was"]["probability"] == early["threat"]["probability"]
    assert any(line.startswith("threat ") for line in changes["summary"])
    again = assessment(own_db)
    assert again["changes"]["summary"] == ["nothing changed"]


def test_a_threat_level_change_is_written_as_a_notice_once(own_db: Path, tmp_path: Path) -> None:
    notices = tmp_path / "threat.jsonl"
    early = assessment(own_db, "--as-of", "2024-06-30", "--notices", notices)
    assert not notices.exists()  # a first assessment changes nothing
    later = assessment(own_db, "--notices", notices)
    assert early["threat"]["level"] != later["threat"]["level"]
    (notice,) = read_notices(notices)
    assert notice.kind == "threat-level"
    assert notice.data["focus"] == "KOR"
    assert (notice.data["previous"], notice.data["level"]) == (
        early["threat"]["level"], later["threat"]["level"])  # fmt: skip
    assert notice.data["probability"] == later["threat"]["probability"]
    assessment(own_db, "--notices", notices)  # same level again: nothing more to tell
    assert len(read_notices(notices)) == 1


def test_as_of_leaves_out_later_reports(corpus_db: Path) -> None:
    found = assessment(corpus_db, "--no-save", "--as-of", "2023-01-01")
    assert found["as_of"] == "2023-01-01"
    assert not any(i["fired"] for i in found["indicators"])
    assert found["ach"]["rows"] == []
    assert found["threat"]["probability"] == 0.1  # the seed set's baseline


def test_an_analyst_override_is_kept_with_who_and_when(own_db: Path) -> None:
    before = assessment(own_db)  # stored: the next run compares with it
    row = max(before["ach"]["rows"], key=lambda r: r["weight"])
    event = row["event"]
    ok(own_db, "ach", "override", event, "economic-gain", "II", "--by", "kim",
       "--reason", "no payment reported")  # fmt: skip
    found = assessment(own_db)
    changed = next(r for r in found["ach"]["rows"] if r["event"] == event)
    assert changed["cells"]["economic-gain"] == "II"
    assert changed["overrides"]["economic-gain"]["by"] == "kim"
    assert changed["overrides"]["economic-gain"]["was"] == row["cells"]["economic-gain"]
    moved = found["changes"]["posteriors"]["economic-gain"]
    assert moved["now"] < moved["was"]
    assert any(line.startswith("hypothesis economic-gain") for line in found["changes"]["summary"])
    listed = [json.loads(line) for line in
              ok(own_db, "ach", "overrides", "--format", "jsonl").stdout.splitlines()]  # fmt: skip
    assert listed[0]["by"] == "kim" and listed[0]["cell"] == "II" and listed[0]["at"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ev-nosuchevent", "economic-gain", "C"), "no event 'ev-nosuchevent'"),
        (("EVENT", "greed", "C"), "no hypothesis 'greed'"),
        (("EVENT", "economic-gain", "X"), "'X' is not one of"),
    ],
)
def test_bad_overrides_are_refused(own_db: Path, args: tuple[str, ...], message: str) -> None:
    event = assessment(own_db, "--no-save")["ach"]["rows"][0]["event"]
    result = run(
        own_db, "ach", "override", *(event if a == "EVENT" else a for a in args), "--by", "kim"
    )
    assert result.exit_code != 0 and message in result.output
    assert ok(own_db, "ach", "overrides", "--format", "jsonl").stdout == ""


BAD_FILES = {
    "indicators": (
        "name: x\nquestion: q\nindicators:\n  - id: a\n    title: t\n"
        '    implies: i\n    weight: lots\n    match: {codes: ["072"]}\n',
        7,
    ),
    "hypotheses": (
        "name: x\nquestion: q\nhypotheses:\n  - id: a\n    title: t\n"
        '    description: d\n    predicts: [{codes: ["072"], actor1: [ally]}]\n'
        "  - id: b\n    title: t\n    description: d\n"
        '    predicts: [{codes: ["057"]}]\n',
        7,
    ),
    "playbook": (
        "name: x\noptions:\n  - id: a\n    title: t\n    indicators: [no-such]\n"
        "    immediate: i\n    long_term: l\n    sources: [s]\n",
        5,
    ),
    "broken": ("name: x\nindicators: [\n", 3),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_yaml_mistakes_name_file_and_line(corpus_db: Path, tmp_path: Path, kind: str) -> None:
    text, line = BAD_FILES[kind]
    path = tmp_path / f"{kind}.yaml"
    path.write_text(text, encoding="utf-8")
    option = "--indicators" if kind == "broken" else f"--{kind}"
    result = run(corpus_db, "assess", "--focus", "KOR", "--no-save", option, path)
    assert result.exit_code == 1
    assert f"{path}:{line}: " in result.output
    assert "Traceback" not in result.output


def test_a_focus_with_no_evidence_and_a_bad_focus(corpus_db: Path) -> None:
    quiet = json.loads(
        ok(corpus_db, "assess", "--focus", "fra", "--no-save", "--format", "json").stdout
    )
    assert quiet["focus"] == "FRA" and quiet["indicator_sets"] == ["Generic"]
    assert not any(i["fired"] for i in quiet["indicators"]) and quiet["options"] == []
    result = run(corpus_db, "assess", "--focus", "Korea", "--no-save")
    assert result.exit_code == 1 and "three-letter country code" in result.output


def test_the_brief_of_a_focus_shows_the_assessment_on_the_terminal(corpus_db: Path) -> None:
    out = " ".join(ok(corpus_db, "brief", "--focus", "KOR").stdout.split())
    titles = ("Threat level (ICD 203)", "Implications for KOR", "Motives: competing",
              "ACH matrix", "Response options")  # fmt: skip
    for title in titles:
        assert title in out
    assert "no earlier assessment" in out  # the brief stores no assessment of its own
