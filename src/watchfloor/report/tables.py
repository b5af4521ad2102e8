"""Rich tables for event listings and evaluation figures."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from watchfloor.evaluate import EvalReport
from watchfloor.models import Mention


def events_table(mentions: Sequence[Mention]) -> Table:
    table = Table(title=f"{len(mentions)} event mentions", title_justify="left")
    for name in ("doc", "code", "actor1", "actor2", "date", "location", "quantity", "source",
                 "certainty"):  # fmt: skip
        table.add_column(name, overflow="fold")
    for m in mentions:
        table.add_row(
            m.doc, m.code, m.actor1.code, m.actor2.code if m.actor2 else "",
            m.date.value if m.date else "",
            f"{m.location.name} ({m.location.country or '-'})" if m.location else "",
            m.quantity.text if m.quantity else "", m.source.code if m.source else "",
            m.certainty.value,
        )  # fmt: skip
    return table


def eval_table(report: EvalReport) -> Table:
    table = Table(title=f"Evaluation over {report.documents} documents", title_justify="left")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("counts", justify="right")
    table.add_row("event-key precision", f"{report.precision:.3f}",
                  f"{report.matched}/{report.system_units}")  # fmt: skip
    table.add_row("event-key recall", f"{report.recall:.3f}",
                  f"{report.matched}/{report.gold_units}")  # fmt: skip
    table.add_row("event-key F1", f"{report.f1:.3f}", "")
    for field in report.fields:
        table.add_row(f"{field.name} accuracy", f"{field.accuracy:.3f}",
                      f"{field.correct}/{field.total}")  # fmt: skip
    return table
