"""``watchfloor forget``: remove documents and everything extracted from them."""

from __future__ import annotations

import click

from watchfloor import api
from watchfloor.cli import _Context, _run, pass_context
from watchfloor.report.safety import json_line, terminal


@click.argument("doc_ids", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print what was removed as JSON.")
@pass_context
def _forget(c: _Context, doc_ids: tuple[str, ...], as_json: bool) -> None:
    """Remove stored documents by id, with their sentences, tables and event mentions,
    and resolve again the events they were part of (an event left with no mention is
    removed). Use it to take back a document, or before ingesting a different document
    under an id already stored. An id that is not stored is reported; exit status 1 if
    none was.

    Example: watchfloor forget kp-ru-0005 day1/story
    """
    db = c.settings.db
    if c.settings.db_missing:
        raise click.ClickException(f"no database at {db}: nothing to forget")
    report = _run(lambda: api.forget(list(doc_ids), c.settings))
    if as_json:
        click.echo(json_line(report.to_dict(), indent=2))
    else:
        for doc_id in report.missing:
            c.err.print(f"[yellow]not stored[/]: {terminal(doc_id)}")
        c.out.print(
            f"removed {len(report.removed)} documents; events: "
            f"{len(report.events_updated)} updated, {len(report.events_removed)} removed"
        )
    if not report.removed:
        raise SystemExit(1)


forget: click.Command = click.command("forget")(_forget)
