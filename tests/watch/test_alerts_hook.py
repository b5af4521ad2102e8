"""A watch cycle hands its new events to the packaged alert rules: an escalation that
they are behind is raised and logged; a quiet dyad raises nothing."""

from __future__ import annotations

from pathlib import Path

from analyse.streams import store_stream, weekly
from watchfloor.api import IngestReport
from watchfloor.settings import Settings
from watchfloor.store import EventQuery, open_store
from watchfloor.watch.alerts_hook import evaluate_alerts

QUIET = [1, 2, 1, 0, 2, 1, 1, 3, 0, 1, 2, 1] * 2 + [1, 2, 0, 1]
RISE = [6, 8, 7, 9]


def _planted(db: Path) -> dict[str, list[str]]:
    """PRK-RUS rises after 28 quiet weeks; CHN-JPN stays quiet. Event ids by dyad."""
    with open_store(f"sqlite:///{db}") as store:
        store_stream(store, [*weekly(QUIET + RISE, actor1="PRK", actor2="RUS"),
                             *weekly(QUIET + QUIET[:4], actor1="CHN", actor2="JPN")])  # fmt: skip
        return {f"{a}-{b}": [e.id for e in store.events(EventQuery(dyad=(a, b)))]
                for a, b in (("PRK", "RUS"), ("CHN", "JPN"))}  # fmt: skip


def test_a_cycle_behind_an_escalation_raises_and_logs_it(tmp_path: Path) -> None:
    db = tmp_path / "watch.db"
    ids = _planted(db)
    lines: list[str] = []
    report = IngestReport(events_created=ids["PRK-RUS"][-5:])

    raised = evaluate_alerts(Settings(db=str(db)), report, lines.append)

    assert [a.dyad for a in raised] and {a.dyad for a in raised} == {"PRK-RUS"}
    assert any(line.startswith("alert: PRK-RUS conflict") for line in lines)


def test_a_cycle_on_a_quiet_dyad_raises_nothing(tmp_path: Path) -> None:
    db = tmp_path / "watch.db"
    ids = _planted(db)
    lines: list[str] = []

    raised = evaluate_alerts(Settings(db=str(db)), IngestReport(events_updated=ids["CHN-JPN"]),
                             lines.append)  # fmt: skip

    assert raised == [] and lines == []


def test_a_cycle_that_resolved_nothing_reads_no_store(tmp_path: Path) -> None:
    missing = tmp_path / "not-there" / "watch.db"
    assert evaluate_alerts(Settings(db=str(missing)), IngestReport(), print) == []
    assert not missing.parent.exists()
