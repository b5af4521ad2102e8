"""``watchfloor export`` and ``watchfloor import``: the field's exchange formats."""

from __future__ import annotations

from pathlib import Path

import click

from watchfloor.cli import (
    _Context,
    _dyad,
    _filters,
    _open_existing,
    _progress,
    _run,
    pass_context,
)
from watchfloor.exchange.export import EXPORT_FORMATS, export_events, write_export
from watchfloor.exchange.importer import IMPORT_FORMATS, import_files
from watchfloor.report.safety import json_line, terminal
from watchfloor.resolve import ResolveRules, load_sources
from watchfloor.store import EventQuery, open_store


@click.command("export")
@lambda command: _filters(command, with_format=False)
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="gdelt: GDELT 2.0 events (61 columns); gdelt-mentions: its mentions "
                   "table (16); acled: ACLED-style CSV (31); plover: PLOVER JSON Lines; "
                   "csv, jsonl, parquet, geojson: plain tables.")  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")  # fmt: skip
@click.option("--header", is_flag=True,
              help="gdelt formats: write a header row (GDELT's own files have none).")  # fmt: skip
@pass_context
def export(c: _Context, dyad: str | None, either_way: bool, actor: str | None,
           code: str | None, since: str | None, until: str | None, doc: str | None,
           no_duplicates: bool, limit: int | None, fmt: str, out: Path | None,
           header: bool) -> None:  # fmt: skip
    """Export resolved events (one row per happening; per mention for gdelt-mentions) in
    an exchange format, with the same filters as `watchfloor events`. What each format
    loses is in docs/exchange.md; the PLOVER export says it per record (mapping_loss).

    Example: watchfloor export --format gdelt --dyad PRK-RUS --out prk-rus.export.CSV
    """
    query = _run(lambda: EventQuery(
        dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code, since=since,
        until=until, doc=doc, include_duplicates=not no_duplicates, limit=limit,
    ))  # fmt: skip
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        found = _run(lambda: export_events(store, query, registry, drop_copies=no_duplicates))
    report = _run(lambda: write_export(found, fmt, out, header=header))
    for note in report.notes:
        c.err.print(f"[yellow]note[/]: {terminal(note)}")
    if out is not None:
        c.err.print(f"wrote {report.rows} rows ({fmt}) to {terminal(out)}")


@click.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), required=True,
              help="gdelt: GDELT 2.0 events files; gdelt-mentions: GDELT mentions files "
                   "(import their events first); acled: ACLED CSV exports.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the run's report as JSON.")
@pass_context
def import_command(c: _Context, files: tuple[Path, ...], fmt: str, as_json: bool) -> None:
    """Import GDELT 2.0 events or mentions files, or ACLED CSV exports (plain or .zip),
    as stored events with their provenance (file, row, source URL). Imported rows make
    events of their own, never merged with events extracted from reports; bad rows are
    reported with file:row and skipped.

    Example: watchfloor import 20241018.export.CSV.zip --format gdelt
    """
    rules = ResolveRules(_run(lambda: load_sources(c.settings.data_dir)))
    with _run(lambda: open_store(c.settings.db_url,
                                 busy_timeout=c.settings.busy_timeout_seconds)) as store, \
            _progress(c, len(files), "importing") as advance:  # fmt: skip
        report = _run(lambda: import_files(store, list(files), fmt, rules, progress=advance))
    for problem in report.problems:
        c.err.print(f"[yellow]skipped[/] {terminal(problem.path)}: {terminal(problem.reason)}")
    if as_json:
        click.echo(json_line(report.to_dict(), indent=2))
    else:
        done = report.resolution
        c.out.print(f"stored {report.stored} rows, unchanged {report.unchanged}, skipped "
                    f"{len(report.problems)}; events: {len(done.created)} new, "
                    f"{len(done.updated)} updated -> {terminal(c.settings.db)}")  # fmt: skip
    if report.problems and not (report.stored or report.unchanged):
        raise click.ClickException("no row could be imported; see the lines above")




# typed names for cli.py to register (the decorators' types are unknown inside the
# import cycle between cli.py and this module)
COMMANDS: tuple[click.Command, ...] = (export, import_command)
