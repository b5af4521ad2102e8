"""Alerts on streams built by the test and stored in a real store: a planted escalation
fires, a quiet control does not."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from click.testing import CliRunner

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import Alert, find_alerts
from watchfloor.analyse.detect import CONTINUED
from watchfloor.cli import main
from watchfloor.store import Store

from .streams import COOPERATION_CODES, MONDAY, store_stream, weekly

QUIET = [1, 2, 1, 0, 2, 1, 1, 3, 0, 1, 2, 1] * 2 + [1, 2, 0, 1]  # 28 weeks
RISE = [6, 8, 7, 9]  # weeks 28-31
ONSET = MONDAY + timedelta(weeks=28)

RULES = """\
period: week
kinds:
  conflict:
    quad_classes: [3, 4]
  military_cooperation:
    codes: ["062", "072", "074", "0312", "0332", "0334"]
watch:
  - dyad: PRK-RUS
    kinds: [conflict, military_cooperation]
  - dyad: CHN-JPN
    kinds: [conflict]
  - focus: KOR
    kinds: [military_cooperation]
"""


def first(alerts: list[Alert]) -> list[Alert]:
    """The alerts that open an episode: a four-week rise says it goes on after three."""
    return [a for a in alerts if a.change != CONTINUED]


def planted(store: Store) -> None:
    """PRK-RUS: quiet conflict, then a four-week rise; CHN-JPN: the same quiet weeks
    all along (the control); KOR-USA: steady military cooperation."""
    store_stream(store, [
        *weekly(QUIET + RISE, actor1="PRK", actor2="RUS"),
        *weekly(QUIET + QUIET[:4], actor1="CHN", actor2="JPN"),
        *weekly([1, 1, 2, 1] * 8, COOPERATION_CODES, actor1="KOR", actor2="USA"),
    ])  # fmt: skip


def rules_file(tmp_path: Path, text: str = RULES) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_fires_on_the_planted_escalation_and_not_on_the_control(
    store: Store, tmp_path: Path
) -> None:
    planted(store)
    found = find_alerts(store, load_alert_rules(rules_file(tmp_path)))
    assert {(a.dyad, a.kind) for a in found} == {("PRK-RUS", "conflict")}
    assert len(first(found)) == 1
    alert = found[0]
    assert alert.start == ONSET
    assert ONSET + timedelta(days=6) <= alert.detected <= ONSET + timedelta(days=20)
    assert alert.observed >= 6 and alert.expected < 2.5
    assert len(alert.events) == len(set(alert.events)) >= 6
    assert len(alert.grades) == len(alert.events)
    assert all(g[0] in "ABCDEF" and g[1] in "123456" for g in alert.grades)


def test_the_events_behind_an_alert_are_those_of_watchfloor_events(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    planted(store)
    runner = CliRunner()
    out = runner.invoke(main, ["--db", str(db_path), "alerts", "--rules",
                               str(rules_file(tmp_path)), "--format", "jsonl"])  # fmt: skip
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in out.output.splitlines()]
    assert len([r for r in records if r["change"] != CONTINUED]) == 1
    record = records[0]
    assert record["dyad"] == "PRK-RUS" and record["kind"] == "conflict"
    assert record["start"] == ONSET.isoformat() and record["detected"] >= record["start"]
    assert isinstance(record["score"], float) and record["score"] > 0
    events = runner.invoke(main, ["--db", str(db_path), "events", "--dyad", "PRK-RUS",
                                  "--since", ONSET.isoformat(), "--format", "jsonl"])  # fmt: skip
    listed = {json.loads(line)["id"]: json.loads(line) for line in events.output.splitlines()}
    assert set(record["events"]) <= set(listed)
    for event_id, grade in zip(record["events"], record["grades"], strict=True):
        assert listed[event_id]["grade"]["code"] == grade


def test_since_keeps_later_detections_only(store: Store, tmp_path: Path) -> None:
    planted(store)
    rules = load_alert_rules(rules_file(tmp_path))
    assert find_alerts(store, rules, since=ONSET + timedelta(days=60)) == []
    assert len(first(find_alerts(store, rules, since=ONSET))) == 1
    # judged as on the day before the rise: nothing yet
    assert find_alerts(store, rules, as_of=ONSET - timedelta(days=1)) == []


def test_focus_and_every_dyad_watches(store: Store, tmp_path: Path) -> None:
    planted(store)
    store_stream(store, weekly([0] * 20 + [5, 6], COOPERATION_CODES, actor1="KOR",
                               actor2="JPN", start=MONDAY + timedelta(weeks=12)),
                 prefix="kor")  # fmt: skip
    text = RULES.replace("  - dyad: CHN-JPN\n    kinds: [conflict]\n",
                         "  - every_dyad: true\n    kinds: [conflict]\n    min_events: 10\n")
    found = find_alerts(store, load_alert_rules(rules_file(tmp_path, text)))
    assert ("KOR-*", "military_cooperation") in {(a.dyad, a.kind) for a in found}
    conflict = {a.dyad for a in found if a.kind == "conflict"}
    assert conflict == {"PRK-RUS"}  # every dyad: CHN-JPN is watched and quiet


def test_the_packaged_rules_run_on_an_empty_store(store: Store) -> None:
    assert find_alerts(store, load_alert_rules()) == []


def test_table_output_and_a_bad_rules_file(store: Store, db_path: Path, tmp_path: Path) -> None:
    planted(store)
    runner = CliRunner()
    table = runner.invoke(main, ["--db", str(db_path), "alerts", "--rules",
                                 str(rules_file(tmp_path))])  # fmt: skip
    assert table.exit_code == 0 and "PRK-RUS" in table.output and " alerts" in table.output
    bad = rules_file(tmp_path, RULES.replace("kinds: [conflict]\n", "kinds: [conflcit]\n"))
    out = runner.invoke(main, ["--db", str(db_path), "alerts", "--rules", str(bad)])
    assert out.exit_code == 1
    assert f"{bad}:11: unknown kind 'conflcit'" in out.output


def test_a_first_conflict_in_a_quiet_dyad_is_an_alert(store: Store, tmp_path: Path) -> None:
    """Weeks of cooperation only, then conflict: the silence before is its baseline."""
    store_stream(store, [
        *weekly([1] * 20, COOPERATION_CODES),
        *weekly([0] * 20 + [4, 5], start=MONDAY),
    ])  # fmt: skip
    found = first(find_alerts(store, load_alert_rules(rules_file(tmp_path))))
    assert [(a.kind, a.start) for a in found] == [("conflict", MONDAY + timedelta(weeks=20))]
    assert date(2024, 1, 1) == MONDAY
