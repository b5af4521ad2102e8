"""``watchfloor series``: a dyad's events per day, week or month, with a sparkline."""

from __future__ import annotations

import csv
import sys

import click
from rich.table import Table

from watchfloor.analyse.series import COLUMNS, PERIODS, DyadSeries, dyad_series
from watchfloor.cli import _Context, _open_existing, _run, pass_context
from watchfloor.commands.alerts import DAY, as_day
from watchfloor.report.safety import csv_row, json_line, terminal
from watchfloor.resolve import load_sources

_BARS = "▁▂▃▄▅▆▇█"


@click.command()
@click.argument("dyad")
@click.option("--by", type=click.Choice(PERIODS), default="week", show_default=True)
@click.option(
    "--directed",
    is_flag=True,
    help="Only events of the first country on the second (default: both ways).",
)
@click.option("--since", type=DAY, help="First day: 2024-10-01.")
@click.option("--until", type=DAY, help="Last day: 2024-12-31.")
@click.option("--min-grade", help="Keep events graded this well or better: B, B3.")
@click.option("--weighted", is_flag=True, help="Count each event by its Admiralty grade.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)  # fmt: skip
@pass_context
def series(c: _Context, dyad: str, by: str, directed: bool, since: object, until: object,
           min_grade: str | None, weighted: bool, fmt: str) -> None:  # fmt: skip
    """A dyad's resolved events per day, week or month: how many, their Goldstein sum and
    mean, and the mix of quad classes (verbal/material cooperation, verbal/material
    conflict), empty periods shown as zeros, with a sparkline of the counts.

    Example: watchfloor series PRK-RUS --by week --min-grade C3 --format csv
    """
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        found = _run(lambda: dyad_series(
            store, dyad, by=by, directed=directed, since=as_day(since), until=as_day(until),
            min_grade=min_grade, weighted=weighted, registry=registry,
            with_ids=fmt != "table",  # the table shows no ids: none are read
        ))  # fmt: skip
    if fmt == "json":
        record = {"dyad": found.dyad, "directed": found.directed, "by": found.by,
                  "points": found.to_records()}  # fmt: skip
        click.echo(json_line(record, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(COLUMNS)
        for p in found.points:
            record = p.to_record()
            writer.writerow(csv_row([*(record[k] for k in COLUMNS[:-1]), " ".join(p.event_ids)]))
    else:
        c.out.print(series_table(found))
        c.out.print(f"events {sparkline([p.weight for p in found.points])}")


def register(group: click.Group) -> None:
    """Add the command to ``group`` (cli.py calls it: a typed hook across the import cycle)."""
    group.add_command(series)


def series_table(found: DyadSeries) -> Table:
    arrow = "→" if found.directed else "↔"
    table = Table(title=f"{terminal(found.dyad).replace('-', f' {arrow} ')} by {found.by}",
                  title_justify="left")  # fmt: skip
    for name in ("period", "events", "weight", "goldstein sum", "mean", "quad 1/2/3/4", ""):
        table.add_column(name, justify="left" if name in ("period", "") else "right")
    top = max((p.weight for p in found.points), default=0.0)
    for p in found.points:
        table.add_row(
            p.period.isoformat(), str(p.events), f"{p.weight:.2f}", f"{p.goldstein_sum:.1f}",
            "" if p.goldstein_mean is None else f"{p.goldstein_mean:.2f}",
            "/".join(str(q) for q in p.quad), "█" * round(20 * p.weight / top) if top else "",
        )  # fmt: skip
    return table


def sparkline(values: list[float]) -> str:
    """One block per value, from ▁ (zero) to █ (the largest)."""
    top = max(values, default=0.0)
    if top <= 0:
        return _BARS[0] * len(values)
    return "".join(_BARS[min(7, int(v / top * 7 + 0.5))] for v in values)
