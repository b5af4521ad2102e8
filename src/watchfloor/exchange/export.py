"""Export resolved events in an exchange format, one row per happening (per mention for
``gdelt-mentions``), to a file or standard output."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.exchange import acled, gdelt, plover, tabular
from watchfloor.exchange.context import ExportEvent, Reference
from watchfloor.report.safety import csv_cell, json_line, one_line, tsv_field
from watchfloor.resolve import SourceRegistry, describe_stored
from watchfloor.store import EventQuery, Store

EXPORT_FORMATS = ("gdelt", "gdelt-mentions", "acled", "plover", "csv", "jsonl", "parquet",
                  "geojson")  # fmt: skip


@dataclass
class ExportReport:
    """How many rows were written, and the events a format could not carry, with why."""

    rows: int = 0
    left_out: int = 0
    notes: list[str] = field(default_factory=list)


def export_events(
    store: Store, query: EventQuery, registry: SourceRegistry, *, drop_copies: bool = False
) -> list[ExportEvent]:
    """The events ``query`` selects, described, with their imported rows' provenance;
    ``drop_copies``: without the mentions of near-duplicate documents."""
    stored = store.events(query)
    if drop_copies:  # copies add nothing to an event but their own mentions
        stored = [replace(s, members=tuple(m for m in s.members if not m.is_copy)) for s in stored]
    provenance = store.provenance([m.doc for s in stored for m in s.members])
    return [ExportEvent(describe_stored(s, registry),
                        {m.doc: provenance[m.doc] for m in s.members if m.doc in provenance})
            for s in stored]  # fmt: skip


def write_export(
    events: list[ExportEvent], fmt: str, out: Path | None, *, header: bool = False,
    ref: Reference | None = None,
) -> ExportReport:  # fmt: skip
    """Write ``events`` as ``fmt`` to ``out`` (standard output when None)."""
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: use {', '.join(EXPORT_FORMATS)}")
    ref = ref or Reference()
    report = ExportReport()
    if fmt == "parquet":
        _write_parquet(events, out, report)
        return report
    with _text_out(out) as stream:
        if fmt in ("gdelt", "gdelt-mentions", "acled", "csv"):
            _write_delimited(events, fmt, stream, header, ref, report)
        elif fmt in ("jsonl", "plover"):
            for record in _json_records(events, fmt, ref, report):
                stream.write(json_line(record) + "\n")
                report.rows += 1
        else:  # geojson
            features = [tabular.geojson_feature(tabular.flat_record(e)) for e in events]
            stream.write(json_line({"type": "FeatureCollection", "features": features}))
            stream.write("\n")
            report.rows = len(features)
    return report


def _write_delimited(
    events: list[ExportEvent], fmt: str, stream: IO[str], header: bool, ref: Reference,
    report: ExportReport,
) -> None:  # fmt: skip
    clean = tsv_field if fmt.startswith("gdelt") else _csv_field
    if fmt.startswith("gdelt"):
        # GDELT's files: tab-separated, unquoted, no header (unless asked for)
        writer = csv.writer(stream, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                            lineterminator="\n")  # fmt: skip
        columns = gdelt.EVENT_COLUMNS if fmt == "gdelt" else gdelt.MENTION_COLUMNS
    else:
        writer = csv.writer(stream, lineterminator="\n")
        columns = acled.COLUMNS if fmt == "acled" else tuple(tabular.COLUMNS)
        header = True  # a CSV names its columns
    if header:
        writer.writerow(columns)
    for item in events:
        rows = _rows(item, fmt, ref)
        if rows is None:
            report.left_out += 1
            continue
        writer.writerows([[clean(v) for v in r] for r in rows])
        report.rows += len(rows)
    if fmt == "acled" and report.left_out:
        report.notes.append(f"{report.left_out} events have a CAMEO code with no ACLED type "
                            "(cameo_acled.tsv) and were left out")  # fmt: skip


def _rows(item: ExportEvent, fmt: str, ref: Reference) -> list[list[str]] | None:
    if fmt == "gdelt":
        return [gdelt.event_row(item, ref)]
    if fmt == "gdelt-mentions":
        return gdelt.mention_rows(item)
    if fmt == "acled":
        found = acled.row(item, ref)
        return [found] if found is not None else None
    record = tabular.flat_record(item)
    return [[tabular.text_value(record[c]) for c in tabular.COLUMNS]]


def _csv_field(value: str) -> str:
    # one line: a quoted line break is valid CSV, but many readers split the row there
    return csv_cell(one_line(value)) if value else value


def _json_records(
    events: list[ExportEvent], fmt: str, ref: Reference, report: ExportReport
) -> Iterator[dict[str, Any]]:
    if fmt == "jsonl":
        for item in events:
            yield {k: tabular.json_value(v) for k, v in tabular.flat_record(item).items()}
        return
    for item in events:
        found = plover.record(item, ref)
        if found is None:
            report.left_out += 1
            continue
        yield found
    report.notes.append(
        f"PLOVER: {report.left_out} events left out (CAMEO roots 01 and 02 have no PLOVER "
        "type); each record's mapping_loss says what its CAMEO code loses, and every record "
        "loses quad class and Goldstein weight (table in docs/exchange.md)"
    )


def _write_parquet(events: list[ExportEvent], out: Path | None, report: ExportReport) -> None:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise WatchfloorError(
            "Parquet export needs pyarrow: pip install 'watchfloor[data]'"
        ) from None
    if out is None and sys.stdout.isatty():
        raise ConfigError("Parquet is binary: give --out FILE, or redirect standard output")
    table = tabular.parquet_table([tabular.flat_record(e) for e in events])
    target: Any = str(out) if out is not None else sys.stdout.buffer
    pq.write_table(table, target)
    report.rows = table.num_rows


@contextmanager
def _text_out(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    try:
        with out.open("w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc.strerror}; check the folder exists") from exc
