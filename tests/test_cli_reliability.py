"""Issue 12 end to end: each input that once crashed a batch, lost a document or wrote to
someone else's database, through the real CLI over a SQLite file in tmp_path."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from watchfloor.cli import main
from watchfloor.store import open_store

CLEAN_ENV = {"WATCHFLOOR_DB": None, "WATCHFLOOR_DATA": None, "WATCHFLOOR_WORKERS": None,
             "COLUMNS": "200"}  # fmt: skip
STORY = ("North Korea has sent about 1,500 troops to Russia, South Korea's National "
         "Intelligence Service said on Friday.")  # fmt: skip
OTHER = "Japan lodged a protest with China over the incursion, Tokyo said on Monday."


def run(db: Path, *args: str | Path) -> Result:
    return CliRunner(env=CLEAN_ENV).invoke(main, ["--db", str(db), *map(str, args)])


def ok(db: Path, *args: str | Path) -> Result:
    result = run(db, *args)
    assert result.exit_code == 0, (result.output, result.exception)
    assert result.exception is None
    return result


def doc(path: Path, body: str, **meta: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = "".join(f"{key}: {value}\n" for key, value in meta.items())
    path.write_text(f"---\n{head}---\n{body}\n" if meta else body + "\n", encoding="utf-8")
    return path


def stored(db: Path) -> dict[str, str]:
    with open_store(f"sqlite:///{db}") as store:
        return {d.id: d.content_hash for d in store.documents()}


def mention_docs(db: Path) -> list[str]:
    out = ok(db, "mentions", "--format", "jsonl").stdout
    return sorted(json.loads(line)["doc"] for line in out.splitlines())


def test_a_batch_of_hostile_inputs_goes_on_and_reports_each(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    doc(tree / "good.md", STORY, id="good", published="2024-11-01")
    deep = '{"text": "x", "n": ' + "[" * 50_000 + "]" * 50_000 + "}"
    (tree / "lines.jsonl").write_text(
        deep + "\n" + json.dumps({"id": "sur\ud800", "text": "Seoul \ud800 " + STORY}) + "\n"
    )
    doc(tree / "far.md", STORY, id="far", published="9999-12-31")
    (tree / "leak.txt").symlink_to(doc(tmp_path / "secret.txt", "secret"))
    os.mkfifo(tree / "x.md")
    db = tmp_path / "w.db"
    result = ok(db, "ingest", tree)
    assert set(stored(db)) == {"good", "sur\ufffd", "far"}
    for name in ("lines.jsonl", "leak.txt", "x.md"):
        assert name in result.stderr
    assert "line 1: nested deeper than" in result.stderr
    ok(db, "resolve", "--rebuild")
    ok(db, "brief")


def test_a_document_dated_9999_never_breaks_resolution(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "far.md", STORY, id="far", published="9999-12-31"))
    ok(db, "ingest", doc(tmp_path / "next.md", STORY + " More.", id="next",
                         published="2024-11-01"))  # fmt: skip
    ok(db, "resolve", "--rebuild")
    assert set(mention_docs(db)) == {"far", "next"}


def test_an_old_database_with_a_9999_document_resolves_again(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "far.md", STORY, id="far"))
    with sqlite3.connect(db) as conn:  # as an older watchfloor stored it
        conn.execute("UPDATE documents SET published = '9999-12-31'")
    ok(db, "resolve", "--rebuild")
    ok(db, "ingest", doc(tmp_path / "next.md", STORY + " More.", id="next"))


def test_files_of_one_name_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    doc(tmp_path / "in" / "day1" / "story.md", STORY)
    doc(tmp_path / "in" / "day2" / "story.md", OTHER)
    assert "stored 2," in ok(db, "ingest", tmp_path / "in").stdout
    assert set(stored(db)) == {"day1/story", "day2/story"}


def test_a_real_collision_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "day1" / "story.md", STORY))
    before = stored(db)
    result = run(db, "ingest", doc(tmp_path / "day2" / "story.md", OTHER))
    assert result.exit_code == 1  # nothing could be stored
    assert "already stored from" in result.stderr and "watchfloor forget story" in result.stderr
    assert stored(db) == before


def test_forget_removes_a_document_and_re_resolves_its_events(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "a.md", STORY, id="a", published="2024-11-01"),
       doc(tmp_path / "b.md", STORY.replace("1,500", "2,000"), id="b", outlet="Other Wire",
           published="2024-11-01"))  # fmt: skip
    events = [json.loads(x) for x in ok(db, "events", "--format", "jsonl").stdout.splitlines()]
    assert any({m["doc"] for m in e["mentions"]} == {"a", "b"} for e in events)
    result = ok(db, "forget", "a", "--json")
    assert json.loads(result.stdout)["removed"] == ["a"]
    assert set(stored(db)) == {"b"} and set(mention_docs(db)) == {"b"}
    events = [json.loads(x) for x in ok(db, "events", "--format", "jsonl").stdout.splitlines()]
    assert events and all({m["doc"] for m in e["mentions"]} == {"b"} for e in events)
    assert "resolve" not in ok(db, "events").stderr  # nothing left unresolved
    missing = run(db, "forget", "a")
    assert missing.exit_code == 1 and "not stored" in missing.stderr


def test_a_tag_line_is_text_and_a_one_line_article_keeps_its_events(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    line = STORY + " | Tags: Korea | Russia"
    ok(db, "ingest", doc(tmp_path / "one.md", line, id="one", published="2024-11-01"))
    assert mention_docs(db) == ["one"]


def test_too_many_workers_are_capped(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = run(db, "--workers", "100000", "ingest", doc(tmp_path / "a.md", STORY, id="a"))
    assert result.exit_code == 0, result.output
    assert "100000 workers asked for" in result.stderr


@pytest.mark.parametrize("limit", ["10" + "0" * 30, "-1"])
def test_a_limit_out_of_bounds_is_a_usage_error(tmp_path: Path, limit: str) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "a.md", STORY, id="a"))
    result = run(db, "mentions", "--limit", limit)
    assert result.exit_code == 2 and "--limit" in result.output


@pytest.mark.parametrize("args", [["events"], ["mentions"], ["brief"], ["ingest", "IN"],
                                  ["resolve"], ["forget", "x"]])  # fmt: skip
def test_a_foreign_database_is_refused_and_left_as_it_was(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "theirs.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (id TEXT, body TEXT)")
    data = db.read_bytes()
    path = doc(tmp_path / "a.md", STORY, id="a")
    result = run(db, *[str(path) if a == "IN" else a for a in args])
    assert result.exit_code == 1
    assert "not a watchfloor database" in result.output
    assert db.read_bytes() == data


def test_brief_warns_when_mentions_wait_for_resolution(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    ok(db, "ingest", doc(tmp_path / "a.md", STORY, id="a", published="2024-11-01"))
    with sqlite3.connect(db) as conn:  # as a run killed before resolving left it
        conn.execute("DELETE FROM event_mentions")
    assert "in no event yet" in ok(db, "brief").stderr
    ok(db, "resolve")
    assert "in no event yet" not in ok(db, "brief").stderr
