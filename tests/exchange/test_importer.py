"""``watchfloor import``: GDELT events and mentions round-trip through export and import;
ACLED CSV comes in; imported rows keep their provenance and stay apart from extracted
events; bad rows are reported with file:row and skipped."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from watchfloor.exchange import acled, gdelt
from watchfloor.resolve import ResolveRules, describe_stored, load_sources, rebuild
from watchfloor.store import open_store

from .conftest import Cli

ACLED_HEADER = ",".join(acled.COLUMNS)


def _export(cli: Cli, db: Path, fmt: str, out: Path, *args: str) -> list[list[str]]:
    cli(db, "export", "--format", fmt, "--out", out, *args)
    return sorted(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())


def _events(cli: Cli, db: Path, *args: str) -> list[dict[str, object]]:
    out = cli(db, "events", "--format", "jsonl", *args).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _what(event: dict[str, object]) -> tuple[object, ...]:
    """What an event says, whichever store holds it."""
    place = event["location"] or {}
    assert isinstance(place, dict)
    return (event["code"], json.dumps(event["actor1"]), json.dumps(event["actor2"]),
            place.get("name"), place.get("lat"), place.get("lon"))  # fmt: skip


def test_gdelt_round_trip_keeps_every_field(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    first = _export(cli, corpus_db, "gdelt", tmp_path / "a.export.CSV")
    first_mentions = _export(cli, corpus_db, "gdelt-mentions", tmp_path / "a.mentions.CSV")
    copy = tmp_path / "copy.db"
    cli(copy, "import", tmp_path / "a.export.CSV", "--format", "gdelt")
    cli(copy, "import", tmp_path / "a.mentions.CSV", "--format", "gdelt-mentions")

    assert _export(cli, copy, "gdelt", tmp_path / "b.export.CSV") == first
    assert _export(cli, copy, "gdelt-mentions", tmp_path / "b.mentions.CSV") == first_mentions
    # and the store understood each row: same acts, actors and places as the original
    # ordered by their text: a place may have no name (None) where a same act has one
    assert sorted(map(_what, _events(cli, copy)), key=repr) == sorted(
        map(_what, _events(cli, corpus_db)), key=repr
    )


def test_what_import_reads_from_a_gdelt_row(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    rows = _export(cli, corpus_db, "gdelt", tmp_path / "a.tsv", "--code", "195", "--limit", "1")
    row = dict(zip(gdelt.EVENT_COLUMNS, rows[0], strict=True))
    archive = tmp_path / "a.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(tmp_path / "a.tsv", "a.export.CSV")
    copy = tmp_path / "copy.db"
    cli(copy, "import", archive, "--format", "gdelt")

    (event,) = _events(cli, copy)
    assert event["id"] == f"ev-gdelt-{row['GLOBALEVENTID']}"
    assert event["code"] == "195" and event["actor1"] == {"code": row["Actor1Code"],
                                                          "text": row["Actor1Name"]}  # fmt: skip
    assert event["date"] == {"earliest": "2023-11-01", "latest": "2023-11-01",
                             "basis": "event dates"}  # fmt: skip
    with open_store(f"sqlite:///{copy}") as store:
        (found,) = store.provenance([f"gdelt-{row['GLOBALEVENTID']}"]).values()
    assert (found.dataset, found.row_number, found.source_url) == ("gdelt", 1, row["SOURCEURL"])
    assert found.source_file.endswith("a.export.CSV.zip!a.export.CSV")


def test_imported_rows_are_no_second_source(cli: Cli, store_db: Path, tmp_path: Path) -> None:
    before = {e["id"]: (e["corroboration"], len(e["mentions"]))  # type: ignore[arg-type]
              for e in _events(cli, store_db)}  # fmt: skip
    _export(cli, store_db, "gdelt", tmp_path / "a.export.CSV")
    cli(store_db, "import", tmp_path / "a.export.CSV", "--format", "gdelt")

    after = _events(cli, store_db)
    extracted = {e["id"]: (e["corroboration"], len(e["mentions"]))  # type: ignore[arg-type]
                 for e in after if not str(e["id"]).startswith("ev-gdelt-")}  # fmt: skip
    assert extracted == before, "GDELT's coding of our own reports adds no source to them"
    assert len(after) == 2 * len(before)
    with open_store(f"sqlite:///{store_db}") as store:  # and a rebuild keeps them apart
        rebuild(store, ResolveRules(load_sources()))
        rebuilt = {s.id: describe_stored(s, load_sources()) for s in store.events()}
    assert {i: (e.corroboration.count, len(e.members)) for i, e in rebuilt.items()
            if not i.startswith("ev-gdelt-")} == before  # fmt: skip


def test_acled_rows_come_in(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(
        ACLED_HEADER + "\n"
        "UKR1001,2024-03-02,2024,1,Political violence,Explosions/Remote violence,"
        "Air/drone strike,Military Forces of Russia (2000-),,8,Civilians (Ukraine),,7,78,"
        "Civilian targeting,804,Europe,Ukraine,Odesa,,,Odesa,46.4857,30.7438,1,"
        "Ukrainska Pravda,National,A drone struck a block of flats.,12,,1709856000\n"
        "UKR1002,4 March 2024,2024,1,Demonstrations,Protests,Peaceful protest,"
        "Protesters (Ukraine),,6,,,0,60,,804,Europe,Ukraine,Kyiv,,,Kyiv,50.45,30.5234,1,"
        "Kyiv Post,National,,0,,1709856000\n"
        "UKR1003,not a date,2024,1,Demonstrations,Protests,Peaceful protest,"
        "Protesters (Ukraine),,6,,,0,60,,804,Europe,Ukraine,Kyiv,,,Kyiv,50.45,30.5234,1,"
        "Kyiv Post,National,,0,,1709856000\n",
        encoding="utf-8",
    )
    db = tmp_path / "acled.db"
    result = cli(db, "import", path, "--format", "acled")

    assert f"{path}:4" in " ".join(result.stderr.split()) and "not a date" in result.stderr
    events = {e["id"]: e for e in _events(cli, db)}
    strike, protest = events["ev-acled-UKR1001"], events["ev-acled-UKR1002"]
    assert strike["code"] == "195" and strike["actor1"]["code"] == "RUSMIL"  # type: ignore[index]
    assert strike["location"] == {"name": "Odesa", "country": "UKR", "lat": 46.4857,
                                  "lon": 30.7438}  # fmt: skip
    assert protest["code"] == "140" and protest["date"]["earliest"] == "2024-03-04"  # type: ignore[index]
    out = tmp_path / "back.csv"
    cli(db, "export", "--format", "acled", "--out", out)
    back = out.read_text(encoding="utf-8").splitlines()
    assert sorted(back[1:]) == sorted(path.read_text(encoding="utf-8").splitlines()[1:3]), (
        "an imported ACLED row exports as itself"
    )


def test_bad_rows_are_reported_and_skipped(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    rows = _export(cli, corpus_db, "gdelt", tmp_path / "good.tsv", "--limit", "2")
    short = "\t".join(rows[0][:20])
    no_actor = "\t".join([rows[0][0] + "1", *rows[0][1:5], "", *rows[0][6:]])
    bad_date = "\t".join([rows[0][0] + "2", "2024-13-45", *rows[0][2:]])
    lines = ["\t".join(rows[0]), short, no_actor, bad_date, "\t".join(rows[1])]
    path = tmp_path / "mixed.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "mixed.db"

    result = cli(db, "import", path, "--format", "gdelt", "--json")
    report = json.loads(result.stdout)
    assert report["stored"] == 2
    assert [p["where"] for p in report["problems"]] == [f"{path}:{n}" for n in (2, 3, 4)]
    reasons = " ".join(p["reason"] for p in report["problems"])
    assert "expected 61" in reasons and "Actor1Code" in reasons and "SQLDATE" in reasons


def test_mentions_need_their_events(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    _export(cli, corpus_db, "gdelt-mentions", tmp_path / "m.CSV", "--limit", "1")
    result = cli(tmp_path / "m.db", "import", tmp_path / "m.CSV", "--format", "gdelt-mentions",
                 fails=True)  # fmt: skip
    assert result.exit_code == 1 and "import its GDELT events file first" in result.output


def test_unreadable_files_never_crash_a_batch(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    rows = _export(cli, corpus_db, "gdelt", tmp_path / "good.tsv", "--limit", "2")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip's end record, cut short
    latin = tmp_path / "latin.tsv"  # one line in Latin-1 among UTF-8 ones
    latin.write_bytes("\t".join(rows[0]).encode() + b"\ncaf\xe9\n")
    result = cli(tmp_path / "x.db", "import", broken, latin, tmp_path / "good.tsv",
                 "--format", "gdelt", "--json")  # fmt: skip
    report = json.loads(result.stdout)
    assert (report["stored"], report["unchanged"]) == (2, 1)
    assert {p["where"] for p in report["problems"]} == {str(broken), f"{latin}:2"}
    assert "not UTF-8" in " ".join(p["reason"] for p in report["problems"])


def test_a_row_shaped_like_gdelts_own(cli: Cli, tmp_path: Path) -> None:
    row = dict.fromkeys(gdelt.EVENT_COLUMNS, "")
    row.update({
        "GLOBALEVENTID": "1187654321", "SQLDATE": "20241017", "MonthYear": "202410",
        "Year": "2024", "FractionDate": "2024.7863", "Actor1Code": "UKRMIL",
        "Actor1Name": "UKRAINE", "Actor1CountryCode": "UKR", "Actor1Type1Code": "MIL",
        "Actor2Code": "RUS", "Actor2Name": "RUSSIA", "Actor2CountryCode": "RUS",
        "IsRootEvent": "1", "EventCode": "193", "EventBaseCode": "193", "EventRootCode": "19",
        "QuadClass": "4", "GoldsteinScale": "-10.0", "NumMentions": "10", "NumSources": "2",
        "NumArticles": "10", "AvgTone": "-6.12", "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Kharkiv, Kharkivs'ka Oblast', Ukraine",
        "ActionGeo_CountryCode": "UP", "ActionGeo_ADM1Code": "UP07", "ActionGeo_Lat": "50",
        "ActionGeo_Long": "36.25", "ActionGeo_FeatureID": "-1044367",
        "DATEADDED": "20241018151500", "SOURCEURL": "https://news.example.com/kharkiv",
    })  # fmt: skip
    path = tmp_path / "20241018151500.export.CSV"
    path.write_text("\t".join(row.values()) + "\n", encoding="utf-8")
    db = tmp_path / "g.db"
    cli(db, "import", path, "--format", "gdelt")

    (event,) = _events(cli, db)
    assert (event["id"], event["code"]) == ("ev-gdelt-1187654321", "193")
    assert event["actor1"] == {"code": "UKRMIL", "text": "UKRAINE"}
    assert event["location"] == {"name": "Kharkiv, Kharkivs'ka Oblast', Ukraine",
                                 "country": "UKR", "lat": 50.0, "lon": 36.25}  # fmt: skip
    assert event["mentions"][0]["outlet"] == "news.example.com"  # type: ignore[index]
    back = _export(cli, db, "gdelt", tmp_path / "back.CSV")
    assert back == [list(row.values())], "AvgTone, counts and GDELT's feature id kept"
