"""The ``watchfloor`` command end to end: the real CLI over a SQLite file in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from watchfloor.cli import main
from watchfloor.ingest import parse_document_text
from watchfloor.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
GOLD_DEV = ROOT / "tests" / "data" / "gold" / "dev"
SPEC = ROOT.parent / "shared" / "spec" / "EVENTS.md"

# Spec section 2: the record's fields, in order, and the fields of its objects.
RECORD_FIELDS = [
    "doc", "sentence", "span", "code", "root", "quad_class", "goldstein", "actor1",
    "actor2", "date", "location", "quantity", "source", "certainty",
]  # fmt: skip
OBJECT_FIELDS = {
    "actor1": ["code", "text"],
    "actor2": ["code", "text"],
    "source": ["code", "text"],
    "date": ["value", "text"],
    "location": ["name", "country", "lat", "lon"],
    "quantity": ["value", "low", "high", "unit", "approx", "text"],
}
CERTAINTIES = {"asserted", "reported", "possible", "denied"}
# The settings a user's shell may hold must not leak into these tests.
CLEAN_ENV: Mapping[str, str | None] = {
    "WATCHFLOOR_DB": None,
    "WATCHFLOOR_DATA": None,
    "WATCHFLOOR_BACKEND": None,
    "WATCHFLOOR_EVENT_MODEL": None,
    "COLUMNS": "200",  # wide enough that tables do not fold ids
}

GOOD_DOCUMENT = """\
---
id: batch-good
title: Seoul says more North Korean troops have reached Russia
published: 2024-11-01
outlet: Test Wire
---
SEOUL, Nov 1 (Test Wire) — North Korea has sent about 2,000 more troops to Russia, \
South Korea's National Intelligence Service said on Friday.
"""
NOT_UTF8 = b"---\nid: bad-encoding\ntitle: Caf\xe9 talks\n---\nNorth Korea sent troops.\n"
BROKEN_YAML = "---\nid: [unclosed\ntitle: broken\n---\nNorth Korea sent troops to Russia.\n"


def run(db: Path, *args: str | Path) -> Result:
    return CliRunner(env=CLEAN_ENV).invoke(main, ["--db", str(db), *map(str, args)])


def ok(db: Path, *args: str | Path) -> Result:
    result = run(db, *args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def flat(text: str) -> str:
    """Text with whitespace runs as single spaces: rich wraps long lines."""
    return " ".join(text.split())


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def stored_documents(db: Path) -> dict[str, str]:
    with open_store(f"sqlite:///{db}") as store:
        return {d.id: d.content_hash for d in store.documents()}


def stored_records(db: Path, doc: str) -> list[dict[str, Any]]:
    out = ok(db, "mentions", "--doc", doc, "--format", "jsonl").stdout
    return [{name: record[name] for name in RECORD_FIELDS} for record in jsonl(out)]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding examples/corpus, shared by the read-only tests."""
    db = tmp_path_factory.mktemp("corpus") / "watchfloor.db"
    ok(db, "ingest", CORPUS)
    return db


# ingest


def test_ingest_stores_the_corpus_and_links_the_syndicated_copy(tmp_path: Path) -> None:
    db = tmp_path / "watchfloor.db"
    report = json.loads(ok(db, "ingest", "--json", CORPUS).stdout)
    assert len(report["stored"]) == 14
    assert report["problems"] == []
    assert report["near_duplicates"] == [{"doc": "kp-ru-0005", "of": "kp-ru-0004"}]
    assert report["mentions"] > 0
    assert sorted(stored_documents(db)) == sorted(p.stem for p in CORPUS.glob("*.md"))


def test_ingest_says_what_it_did_in_words(tmp_path: Path) -> None:
    out = flat(ok(tmp_path / "w.db", "ingest", CORPUS).stdout)
    assert "stored 14," in out
    assert "kp-ru-0005 is a near-duplicate of kp-ru-0004" in out


def test_ingesting_again_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "watchfloor.db"
    ok(db, "ingest", CORPUS)
    before = stored_documents(db), stored_records(db, "kp-ru-0001")
    out = flat(ok(db, "ingest", CORPUS).stdout)
    assert "stored 0, updated 0, unchanged 14," in out
    assert (stored_documents(db), stored_records(db, "kp-ru-0001")) == before


def test_ingest_reports_bad_files_on_stderr_and_keeps_the_good_one(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.md").write_text(GOOD_DOCUMENT, encoding="utf-8")
    (batch / "not-utf8.md").write_bytes(NOT_UTF8)
    (batch / "broken-yaml.md").write_text(BROKEN_YAML, encoding="utf-8")
    db = tmp_path / "watchfloor.db"

    result = ok(db, "ingest", batch)

    stderr = "".join(result.stderr.split())  # rich may fold a long path across lines
    for bad in ("not-utf8.md", "broken-yaml.md"):
        assert "".join(str(batch / bad).split()) in stderr, result.stderr
    assert "good.md" not in result.stderr
    assert "skipped 2" in flat(result.stdout)
    assert list(stored_documents(db)) == ["batch-good"]
    good = stored_records(db, "batch-good")
    assert good, "the good document's events were not stored"

    ok(db, "ingest", CORPUS, batch)  # a later batch, bad files included

    assert len(stored_documents(db)) == 15
    assert stored_records(db, "batch-good") == good


def test_ingest_of_a_missing_path_is_reported_not_fatal(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = ok(tmp_path / "w.db", "ingest", missing, CORPUS / "kp-ru-0001.md")
    assert str(missing) in "".join(result.stderr.split())
    assert "stored 1," in flat(result.stdout)


# extract


def test_extract_jsonl_gives_the_spec_records_with_exact_spans(tmp_path: Path) -> None:
    path = CORPUS / "kp-ru-0001.md"
    body = parse_document_text(path.read_text(encoding="utf-8"), str(path)).text

    records = jsonl(ok(tmp_path / "unused.db", "extract", path, "--format", "jsonl").stdout)

    assert records
    for record in records:
        assert list(record) == RECORD_FIELDS
        for name, fields in OBJECT_FIELDS.items():
            if record[name] is not None:
                assert list(record[name]) == fields, (name, record[name])
        start, end = record["span"]
        assert body[start:end] == record["sentence"]
        assert record["doc"] == "kp-ru-0001"
        assert record["root"] == record["code"][:2]
        assert record["certainty"] in CERTAINTIES
    assert not (tmp_path / "unused.db").exists(), "extract must not touch the database"


def test_extract_table_lists_the_same_mentions(tmp_path: Path) -> None:
    path = CORPUS / "kp-ru-0001.md"
    count = len(jsonl(ok(tmp_path / "w.db", "extract", path).stdout))
    out = ok(tmp_path / "w.db", "extract", path, "--format", "table").stdout
    assert f"{count} event mentions" in out
    assert "kp-ru-" in out and "072" in out


@pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is absent (only in the shared workspace)")
def test_record_fields_here_are_the_spec_table() -> None:
    section = SPEC.read_text(encoding="utf-8").split("## 2.")[1].split("## 3.")[0]
    assert re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE) == RECORD_FIELDS


# events (resolved events) and mentions (the raw records)

LISTINGS = ("events", "mentions")


def listing(db: Path, command: str, *args: str) -> list[dict[str, Any]]:
    return jsonl(ok(db, command, *args, "--format", "jsonl").stdout)


def countries(row: Mapping[str, Any]) -> tuple[str, str | None]:
    actor2 = row["actor2"]["code"][:3] if row["actor2"] else None
    return row["actor1"]["code"][:3], actor2


def covers_since(row: Mapping[str, Any], command: str, since: str) -> bool:
    """A resolved event is kept when its dates reach ``since`` (store.event_queries); a
    mention when its date, else its document's published date, does (store.queries).
    Dates compare at the coarser of the two precisions."""
    if command == "events":
        when = row["date"]["latest"] if row["date"] else None
    else:
        when = row["date"]["value"] if row["date"] else row["published"]
    return when is not None and when[: len(since)] >= since[: len(when)]


@pytest.mark.parametrize("command", LISTINGS)
def test_dyad_jsonl_is_directed(corpus_db: Path, command: str) -> None:
    rows = listing(corpus_db, command, "--dyad", "PRK-RUS")
    assert rows
    assert all(countries(row) == ("PRK", "RUS") for row in rows)


def test_mentions_jsonl_are_spec_records_with_their_document(corpus_db: Path) -> None:
    rows = listing(corpus_db, "mentions", "--dyad", "PRK-RUS")
    assert rows
    for row in rows:
        assert list(row) == [*RECORD_FIELDS, "outlet", "published"]


def test_events_jsonl_list_their_mentions(corpus_db: Path) -> None:
    rows = listing(corpus_db, "events", "--dyad", "PRK-RUS")
    assert rows
    for row in rows:
        assert row["id"] and row["mentions"], row
        assert all(m["code"][:2] == row["code"][:2] for m in row["mentions"])


@pytest.mark.parametrize("command", LISTINGS)
def test_dyad_csv(corpus_db: Path, command: str) -> None:
    out = ok(corpus_db, command, "--dyad", "PRK-RUS", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(listing(corpus_db, command, "--dyad", "PRK-RUS"))
    for row in rows:
        assert row["actor1"][:3] == "PRK" and row["actor2"][:3] == "RUS"


def test_events_dyad_table(corpus_db: Path) -> None:
    ids = [row["id"] for row in listing(corpus_db, "events", "--dyad", "PRK-RUS")]
    out = ok(corpus_db, "events", "--dyad", "PRK-RUS", "--format", "table").stdout
    assert ids
    assert all(event_id in out for event_id in ids), out


def test_mentions_dyad_table(corpus_db: Path) -> None:
    count = len(listing(corpus_db, "mentions", "--dyad", "PRK-RUS"))
    out = ok(corpus_db, "mentions", "--dyad", "PRK-RUS", "--format", "table").stdout
    assert f"{count} event mentions" in out


@pytest.mark.parametrize("command", LISTINGS)
def test_code_is_a_prefix_filter(corpus_db: Path, command: str) -> None:
    rows = listing(corpus_db, command, "--code", "072")
    assert rows
    assert all(row["code"].startswith("072") for row in rows)
    assert len(rows) < len(listing(corpus_db, command))


@pytest.mark.parametrize("command", LISTINGS)
def test_since_keeps_what_is_dated_from_then(corpus_db: Path, command: str) -> None:
    rows = listing(corpus_db, command, "--since", "2024-10")
    assert rows
    for row in rows:
        assert covers_since(row, command, "2024-10"), row
    assert len(rows) < len(listing(corpus_db, command))


@pytest.mark.parametrize("command", LISTINGS)
def test_filters_combine(corpus_db: Path, command: str) -> None:
    rows = listing(corpus_db, command, "--dyad", "PRK-RUS", "--code", "072", "--since", "2024-10")
    assert rows
    for row in rows:
        assert countries(row) == ("PRK", "RUS")
        assert row["code"].startswith("072")
        assert covers_since(row, command, "2024-10")


@pytest.mark.parametrize("command", LISTINGS)
def test_a_bad_dyad_is_a_usage_error(corpus_db: Path, command: str) -> None:
    result = run(corpus_db, command, "--dyad", "PRK")
    assert result.exit_code == 2
    assert "--dyad" in result.stderr


# brief


def test_brief_json(corpus_db: Path) -> None:
    brief = json.loads(ok(corpus_db, "brief", "--dyad", "PRK-RUS", "--format", "json").stdout)
    assert "North Korea" in brief["title"]
    assert brief["deployments"] and brief["timeline"]
    cited = [row["citation"]["doc"] for row in brief["deployments"]]
    cited += [c["doc"] for row in brief["timeline"] for c in row["citations"]]
    assert "kp-ru-0005" not in cited


def test_brief_markdown(corpus_db: Path) -> None:
    out = ok(corpus_db, "brief", "--dyad", "PRK-RUS", "--format", "markdown").stdout
    assert out.startswith("# ")
    for title in ("## Estimated deployments and transfers", "## Timeline"):
        assert title in out
    assert "kp-ru-0001" in out


def test_brief_terminal(corpus_db: Path) -> None:
    out = ok(corpus_db, "brief", "--dyad", "PRK-RUS").stdout
    assert "Situation brief" in out
    assert "Timeline" in out
    assert "kp-ru-0001" in "".join(out.split())


# eval


def test_eval_json_prints_figures(tmp_path: Path) -> None:
    figures = json.loads(ok(tmp_path / "w.db", "eval", GOLD_DEV, "--json").stdout)
    assert {"precision", "recall", "f1"} <= set(figures)
    assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in figures.values()), figures


def test_eval_table(tmp_path: Path) -> None:
    out = ok(tmp_path / "w.db", "eval", GOLD_DEV).stdout
    assert "precision" in out and "recall" in out


def test_eval_of_a_missing_folder_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-gold"
    result = run(tmp_path / "w.db", "eval", missing)
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert str(missing) in result.stderr
    assert "Traceback" not in result.output


# errors and help


@pytest.mark.parametrize(
    "args",
    [("ingest", str(CORPUS / "kp-ru-0001.md")), ("events",), ("brief",)],
    ids=lambda args: args[0],
)
def test_an_unusable_db_path_is_a_clean_error(tmp_path: Path, args: Sequence[str]) -> None:
    regular_file = tmp_path / "a-file"
    regular_file.write_text("not a folder\n", encoding="utf-8")
    db = regular_file / "sub" / "watchfloor.db"

    result = run(db, *args)

    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error:")
    assert str(regular_file) in result.stderr


def command_names() -> list[str]:
    assert isinstance(main, click.Group)
    return sorted(main.commands)


@pytest.mark.parametrize("command", [None, *command_names()])
def test_every_help_shows_an_example(tmp_path: Path, command: str | None) -> None:
    args = ["--help"] if command is None else [command, "--help"]
    out = ok(tmp_path / "w.db", *args).stdout
    assert re.search(r"^\s*Example:\s+watchfloor ", out, flags=re.MULTILINE), out


@pytest.mark.parametrize("command", ["events", "mentions", "brief", "resolve"])
def test_queries_on_a_missing_database_say_so_and_create_nothing(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "mistyped.db"
    result = run(db, command)
    assert result.exit_code == 1
    assert "no database at" in result.output and str(db) in flat(result.output)
    assert not db.exists()


def test_an_impossible_date_keeps_the_document_with_its_date_unknown(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.md").write_text(
        "---\nid: bad\npublished: 2024-13-45\n---\nNorth Korea sent troops to Russia.\n"
    )
    db = tmp_path / "w.db"
    ok(db, "ingest", folder)
    with open_store(f"sqlite:///{db}") as store:
        stored = store.document("bad")
    assert stored is not None and stored.published is None


@pytest.mark.parametrize(
    "args",
    [
        ("--code", "abc"),
        ("--since", "yesterday"),
        ("--until", "2024/10/01"),
        ("--since", "2024-13"),
    ],
)
def test_bad_filters_are_plain_errors(tmp_path: Path, args: tuple[str, str]) -> None:
    for command in ("events", "mentions"):
        result = run(tmp_path / "w.db", command, *args)
        assert result.exit_code == 1
        assert "Error:" in result.output and "Traceback" not in result.output


def test_explain_refuses_nothing_and_missing_files(tmp_path: Path) -> None:
    empty = run(tmp_path / "w.db", "explain", "  ")
    assert empty.exit_code == 1 and "nothing to explain" in empty.output
    missing = run(tmp_path / "w.db", "explain", str(tmp_path / "nope.md"))
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_reading_nothing_at_all_is_a_failure(tmp_path: Path) -> None:
    ingested = run(tmp_path / "w.db", "ingest", tmp_path / "no-such-folder")
    assert ingested.exit_code == 1 and "no document could be read" in ingested.output
    extracted = run(tmp_path / "w.db", "extract", tmp_path / "no-such-file.md")
    assert extracted.exit_code == 1
