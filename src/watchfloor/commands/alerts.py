"""``watchfloor alerts``: escalations of watched dyads and focal countries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.table import Table

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import Alert, find_alerts
from watchfloor.cli import _Context, _open_existing, _run, pass_context
from watchfloor.report.safety import json_line, terminal_cells
from watchfloor.resolve import load_sources

DAY = click.DateTime(formats=["%Y-%m-%d"])


@click.command()
@click.option("--since", type=DAY, help="Only alerts detected on or after this day.")
@click.option("--as-of", "as_of", type=DAY,
              help="Judge as on this day (default: the last day of the stored events).")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Your own alert rules and watchlist (YAML; default: the packaged ones).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)  # fmt: skip
@pass_context
def alerts(c: _Context, since: object, as_of: object, rules_file: Path | None,
           fmt: str) -> None:  # fmt: skip
    """Escalation alerts: when a watched dyad's or focal country's conflict or military
    cooperation rises above its own baseline (a negative-binomial baseline with a CUSUM
    and a spike test, and a low-count guard), with the resolved events behind each alert
    and their grades. The watchlist and thresholds are YAML (analyse/data/alerts.yaml).

    Example: watchfloor alerts --since 2024-10-01 --format jsonl
    """
    rules = _run(lambda: load_alert_rules(rules_file))
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        found = _run(lambda: find_alerts(store, rules, since=as_day(since), as_of=as_day(as_of),
                                         registry=registry))  # fmt: skip
    if fmt == "jsonl":
        for alert in found:
            click.echo(json_line(alert.to_record()))
        return
    c.out.print(alerts_table(found))


def register(group: click.Group) -> None:
    """Add the command to ``group`` (cli.py calls it: a typed hook across the import cycle)."""
    group.add_command(alerts)


def alerts_table(found: list[Alert]) -> Table:
    table = Table(title=f"{len(found)} alerts", title_justify="left")
    for name in ("dyad", "kind", "change", "start", "detected", "observed", "expected",
                 "score", "events"):  # fmt: skip
        table.add_column(name, overflow="fold")
    for a in found:
        shown = ", ".join(f"{e} ({g})" for e, g in zip(a.events[:6], a.grades, strict=False))
        more = f" +{len(a.events) - 6} more" if len(a.events) > 6 else ""
        table.add_row(*terminal_cells((
            a.dyad, a.kind, a.change, a.start.isoformat(), a.detected.isoformat(),
            f"{a.observed:g}", f"{a.expected:.2f}", f"{a.score:.2f}", shown + more,
        )))  # fmt: skip
    return table


def as_day(value: object) -> date | None:
    """The day of a --since/--until style option (click gives a datetime, or None)."""
    return value.date() if hasattr(value, "date") else None
