"""The CLI over resolved events: `events` (table, jsonl, csv, filters), `event ID`,
`mentions` (the raw records), `resolve`, and what `ingest --json` says it resolved."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from watchfloor.cli import main

from .articles import BATCH1, BATCH2, MARCH

ISSUE_FIELDS = ["id", "code", "actor1", "actor2", "date", "location", "mentions",
                "corroboration", "estimates", "grade"]  # fmt: skip
MENTION_FIELDS = {"doc", "sentence", "source", "certainty", "quantity"}
ENV = {"WATCHFLOOR_DB": None, "WATCHFLOOR_DATA": None, "COLUMNS": "400"}


def run(db: Path, *args: str | Path) -> Result:
    return CliRunner(env=ENV).invoke(main, ["--db", str(db), *map(str, args)])


def ok(db: Path, *args: str | Path) -> str:
    result = run(db, *args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "watchfloor.db"
    ok(path, "ingest", BATCH1, BATCH2)
    return path


def deployment(db: Path) -> dict[str, Any]:
    (found,) = [e for e in jsonl(ok(db, "events", "--format", "jsonl"))
                if any(m["doc"] == "res-01" for m in e["mentions"])]  # fmt: skip
    return found


def test_ingest_json_says_which_events_it_made_and_updated(tmp_path: Path) -> None:
    first = json.loads(ok(tmp_path / "w.db", "ingest", "--json", BATCH1))
    second = json.loads(ok(tmp_path / "w.db", "ingest", "--json", BATCH2))

    assert len(first["events"]["created"]) == 1
    assert first["events"]["created"][0] in second["events"]["updated"]
    assert second["events"]["created"], "res-07 and res-08 are new events"
    assert {"stored", "updated", "unchanged", "near_duplicates", "problems", "mentions"} <= set(
        second
    )


def test_events_jsonl_has_the_fields_of_the_issue(db: Path) -> None:
    event = deployment(db)

    assert list(event)[: len(ISSUE_FIELDS)] == ISSUE_FIELDS
    assert {m["doc"] for m in event["mentions"]} == set(MARCH)
    assert all(set(m) >= MENTION_FIELDS for m in event["mentions"])
    assert set(event["date"]) >= {"earliest", "latest"}
    assert event["corroboration"] == 3
    assert {e["claimant"] for e in event["estimates"]} == {"KORSPY", "USAMIL", "UKRSPY"}
    assert event["grade"]["code"] == "B1"
    assert event["grade"]["reliability_explanation"]
    assert event["grade"]["credibility_explanation"]


def test_events_filters(db: Path) -> None:
    every = jsonl(ok(db, "events", "--format", "jsonl"))
    prk_rus = jsonl(ok(db, "events", "--dyad", "PRK-RUS", "--format", "jsonl"))
    either = jsonl(ok(db, "events", "--dyad", "PRK-RUS", "--either-way", "--format", "jsonl"))
    since = jsonl(ok(db, "events", "--since", "2026-09", "--format", "jsonl"))
    until = jsonl(ok(db, "events", "--until", "2026-03", "--format", "jsonl"))
    by_doc = jsonl(ok(db, "events", "--doc", "res-05", "--format", "jsonl"))
    by_actor = jsonl(ok(db, "events", "--actor", "RUS", "--code", "07", "--format", "jsonl"))

    assert all((e["actor1"]["code"][:3], e["actor2"]["code"][:3]) == ("PRK", "RUS")
               for e in prk_rus)  # fmt: skip
    assert len(prk_rus) == 2, "the March deployment and the September contingent"
    assert len(either) == 3, "and the air defences sent the other way"
    assert [e["date"]["earliest"][:7] for e in since] == ["2026-09"]
    assert all(e["date"]["earliest"] <= "2026-03-99" for e in until) and len(until) == 2
    assert [e["id"] for e in by_doc] == [deployment(db)["id"]]
    assert len(by_actor) == 3 and len(every) >= 3


def test_events_csv_and_table(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(db, "events", "--format", "csv"))))
    table = ok(db, "events")

    assert len(rows) == len(jsonl(ok(db, "events", "--format", "jsonl")))
    (march,) = [r for r in rows if "res-01" in r["documents"].split()]
    assert (march["actor1"], march["actor2"], march["corroboration"], march["grade"]) == (
        "PRK", "RUS", "3", "B1",
    )  # fmt: skip
    assert march["estimates"] == "2,000–6,000 troops"
    assert march["denied_by"] == "PRKGOV"
    assert f"{len(rows)} resolved events" in table


def test_mentions_lists_the_raw_records(db: Path) -> None:
    records = jsonl(ok(db, "mentions", "--dyad", "PRK-RUS", "--format", "jsonl"))

    assert {r["doc"] for r in records} >= set(MARCH) - {"res-04"} | {"res-07"}
    assert all({"doc", "span", "code", "actor1", "outlet", "published"} <= set(r) for r in records)
    assert "event mentions" in ok(db, "mentions", "--doc", "res-01")


def test_event_shows_one_event_with_its_history(db: Path) -> None:
    event_id = deployment(db)["id"]

    shown = json.loads(ok(db, "event", event_id, "--format", "json"))
    text = " ".join(ok(db, "event", event_id).split())

    assert shown["id"] == event_id
    assert shown["history"] and shown["history"][0]["change"].startswith("created from")
    assert shown["denials"][0]["denier"] == "PRKGOV"
    for words in ("Mentions", "Estimates", "Denials", "Sources", "History", "B1",
                  "res-05 (copy of res-02)", "sources.tsv:"):  # fmt: skip
        assert words in text, words


def test_an_unknown_event_is_a_clean_error(db: Path) -> None:
    result = run(db, "event", "ev-nothing")

    assert result.exit_code == 1
    assert "no event 'ev-nothing'" in result.stderr
    assert "Traceback" not in result.output


def test_resolve_rebuild_gives_the_same_events(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", BATCH1, BATCH2)
    before = {e["id"]: sorted(m["mention_id"] for m in e["mentions"])
              for e in jsonl(ok(db, "events", "--format", "jsonl"))}  # fmt: skip

    done = json.loads(ok(db, "resolve", "--rebuild", "--json"))
    after = {e["id"]: sorted(m["mention_id"] for m in e["mentions"])
             for e in jsonl(ok(db, "events", "--format", "jsonl"))}  # fmt: skip

    assert after == before
    assert sorted(done["created"]) == sorted(before)
    assert json.loads(ok(db, "resolve", "--json"))["mentions"] == 0
