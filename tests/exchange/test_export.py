"""``watchfloor export``: every format opens in pandas with the right column names and
types, and the filters are those of ``watchfloor events``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from watchfloor.exchange import acled, gdelt, tabular

from .conftest import Cli

GDELT_TYPES = {"GLOBALEVENTID": "int64", "SQLDATE": "int64", "MonthYear": "int64",
               "Year": "int64", "FractionDate": "float64", "EventCode": "text",
               "QuadClass": "int64", "GoldsteinScale": "float64", "NumMentions": "int64",
               "NumSources": "int64", "NumArticles": "int64", "DATEADDED": "int64",
               "SOURCEURL": "text", "ActionGeo_Lat": "float64"}  # fmt: skip
CSV_TYPES = {"id": "text", "quad_class": "int64", "goldstein": "float64", "lat": "float64",
             "mentions": "int64", "corroboration": "int64", "credibility": "int64",
             "imported": "bool"}  # fmt: skip


def _kinds(frame: pd.DataFrame, columns: dict[str, str]) -> dict[str, str]:
    """Each column's type as pandas read it; "text" for strings (object or str dtype)."""
    return {c: "text" if pd.api.types.is_string_dtype(frame[c]) else str(frame[c].dtype)
            for c in columns}  # fmt: skip


def _export(cli: Cli, db: Path, fmt: str, out: Path, *args: str) -> Path:
    cli(db, "export", "--format", fmt, "--out", out, *args)
    return out


def _events(cli: Cli, db: Path, *args: str) -> list[dict[str, object]]:
    out = cli(db, "events", "--format", "jsonl", *args).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_gdelt_events_read_like_gdelt_files(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    path = _export(cli, corpus_db, "gdelt", tmp_path / "x.export.CSV")
    codes = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}
    frame = pd.read_csv(path, sep="\t", header=None, names=gdelt.EVENT_COLUMNS, dtype=codes)
    assert len(gdelt.EVENT_COLUMNS) == 61
    assert len(frame) == len(_events(cli, corpus_db))
    assert _kinds(frame, GDELT_TYPES) == GDELT_TYPES
    assert frame["GLOBALEVENTID"].is_unique
    assert (frame["EventRootCode"] == frame["EventCode"].str[:2]).all()
    assert frame["QuadClass"].between(1, 4).all()
    assert frame["AvgTone"].isna().all(), "tone is not ours to give"
    assert frame["SOURCEURL"].str.startswith("https://example.org/").all()
    located = frame[frame["ActionGeo_FullName"] == "Taipei"].iloc[0]
    assert (located["ActionGeo_CountryCode"], located["ActionGeo_Type"]) == ("TW", 4)
    assert located["ActionGeo_FeatureID"] == "1668341"  # its GeoNames id


def test_gdelt_header_is_offered(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    path = _export(cli, corpus_db, "gdelt", tmp_path / "x.tsv", "--header", "--limit", "3")
    frame = pd.read_csv(path, sep="\t")
    assert list(frame.columns) == list(gdelt.EVENT_COLUMNS) and len(frame) == 3


def test_gdelt_mentions_one_row_per_mention(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    path = _export(cli, corpus_db, "gdelt-mentions", tmp_path / "x.mentions.CSV")
    frame = pd.read_csv(path, sep="\t", header=None, names=gdelt.MENTION_COLUMNS)
    events = _events(cli, corpus_db)
    assert len(gdelt.MENTION_COLUMNS) == 16
    assert len(frame) == sum(len(e["mentions"]) for e in events)  # type: ignore[arg-type]
    assert str(frame["GLOBALEVENTID"].dtype) == "int64"
    assert str(frame["MentionTimeDate"].dtype) == "int64"
    assert (frame["MentionSourceName"] == "example.org").all()


def test_acled_csv_has_its_31_columns(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    result = cli(corpus_db, "export", "--format", "acled", "--out", tmp_path / "x.csv")
    frame = pd.read_csv(tmp_path / "x.csv")
    assert list(frame.columns) == list(acled.COLUMNS) and len(acled.COLUMNS) == 31
    assert str(frame["year"].dtype) == "int64" and str(frame["iso"].dtype) == "int64"
    assert str(frame["latitude"].dtype) == "float64"
    assert set(frame["event_type"]) <= {"Battles", "Explosions/Remote violence", "Protests",
                                        "Violence against civilians", "Riots",
                                        "Strategic developments"}  # fmt: skip
    assert "Explosions/Remote violence" in set(frame["event_type"])
    assert "no ACLED type" in result.stderr  # diplomacy and statements are left out, said so


def test_plover_records_name_their_losses(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    result = cli(corpus_db, "export", "--format", "plover", "--out", tmp_path / "x.jsonl")
    frame = pd.read_json(tmp_path / "x.jsonl", lines=True, dtype={"cameo_code": str})
    assert {"event_type", "mode", "context", "cameo_code", "mapping_loss"} <= set(frame.columns)
    assert not frame["cameo_code"].str.startswith(("01", "02")).any()
    assert frame["mapping_loss"].map(lambda losses: any("Goldstein" in x for x in losses)).all()
    strikes = frame[frame["cameo_code"] == "195"].iloc[0]
    assert (strikes["event_type"], strikes["mode"]) == ("ASSAULT", "heavy-weapons")
    assert any("194" in loss for loss in strikes["mapping_loss"])  # artillery and air, one record
    assert "mapping_loss" in result.stderr and "left out" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_plain_tables_keep_their_types(cli: Cli, corpus_db: Path, tmp_path: Path,
                                       fmt: str) -> None:  # fmt: skip
    path = _export(cli, corpus_db, fmt, tmp_path / f"x.{fmt}")
    frame = {"csv": lambda: pd.read_csv(path, dtype={"code": str, "root": str}),
             "jsonl": lambda: pd.read_json(path, lines=True, dtype={"code": str, "root": str}),
             "parquet": lambda: pd.read_parquet(path)}[fmt]()  # fmt: skip
    assert list(frame.columns) == list(tabular.COLUMNS)
    assert _kinds(frame, CSV_TYPES) == CSV_TYPES
    assert (frame["root"] == frame["code"].str[:2]).all()
    if fmt == "parquet":
        assert str(frame["created_at"].dtype).startswith("datetime64") and "UTC" in str(
            frame["created_at"].dtype
        )
        assert str(frame["first_day"].dtype) in ("object", "date32[day][pyarrow]")


def test_geojson_points_are_lon_lat(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    path = _export(cli, corpus_db, "geojson", tmp_path / "x.geojson")
    collection = json.loads(path.read_text(encoding="utf-8"))
    frame = pd.json_normalize(collection["features"])
    assert collection["type"] == "FeatureCollection"
    assert "properties.code" in frame.columns and "properties.grade" in frame.columns
    taipei = next(f for f in collection["features"] if f["properties"]["location"] == "Taipei")
    lon, lat = taipei["geometry"]["coordinates"]
    assert 120 < lon < 122 and 24 < lat < 26


def test_filters_are_those_of_events(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    listed = {e["id"] for e in _events(cli, corpus_db, "--dyad", "PRK-RUS", "--code", "07")}
    path = _export(cli, corpus_db, "jsonl", tmp_path / "x.jsonl", "--dyad", "PRK-RUS",
                   "--code", "07")  # fmt: skip
    exported = pd.read_json(path, lines=True)
    assert listed and set(exported["id"]) == listed
    assert (exported["actor1_country"] == "PRK").all()


def test_standard_output_by_default(cli: Cli, corpus_db: Path) -> None:
    out = cli(corpus_db, "export", "--format", "gdelt", "--limit", "2").stdout
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 2 and all(len(r) == 61 for r in rows)


def test_unwritable_output_is_a_clear_error(cli: Cli, corpus_db: Path, tmp_path: Path) -> None:
    result = cli(corpus_db, "export", "--format", "csv", "--out", tmp_path / "no" / "x.csv",
                 fails=True)  # fmt: skip
    assert result.exit_code == 1 and "cannot write" in result.output
