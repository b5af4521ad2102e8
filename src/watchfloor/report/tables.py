"""Rich tables for event listings and evaluation figures."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from watchfloor.models import Mention
from watchfloor.report.safety import one_line, terminal_cells
from watchfloor.scoring import EvalReport, Miss, cause_of


def events_table(mentions: Sequence[Mention]) -> Table:
    table = Table(title=f"{len(mentions)} event mentions", title_justify="left")
    for name in ("doc", "code", "actor1", "actor2", "date", "location", "quantity", "source",
                 "certainty"):  # fmt: skip
        table.add_column(name, overflow="fold")
    for m in mentions:
        table.add_row(*terminal_cells((
            m.doc, m.code, m.actor1.code, m.actor2.code if m.actor2 else "",
            m.date.value if m.date else "",
            f"{m.location.name} ({m.location.country or '-'})" if m.location else "",
            m.quantity.text if m.quantity else "", m.source.code if m.source else "",
            m.certainty.value,
        )))  # fmt: skip
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


def errors_listing(report: EvalReport) -> list[str]:
    """Each miss, false alarm and disagreement, grouped by cause, gold beside system."""
    groups: dict[str, list[Miss]] = {}
    for miss in report.errors:
        groups.setdefault(f"{miss.kind}: {cause_of(miss, report.errors)}", []).append(miss)
    lines: list[str] = []
    for cause, misses in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"== {cause} ({len(misses)})")
        for miss in misses:
            event = miss.gold or miss.system
            assert event is not None
            lines.append(f"  [{one_line(miss.doc)}] {one_line(event.sentence)}")
            if miss.fields:
                lines.append(f"    fields: {', '.join(miss.fields)}")
            lines.append(f"    gold:   {_brief(miss.gold)}")
            lines.append(f"    system: {_brief(miss.system)}")
    return lines


def _brief(m: Mention | None) -> str:
    if m is None:
        return "-"
    parts = [m.code, m.actor1.code, "->", m.actor2.code if m.actor2 else "-",
             m.date.value if m.date else "no date",
             f"@{m.location.name}/{m.location.country}" if m.location else "no place",
             f"n={m.quantity.value:g}" if m.quantity else "no qty",
             f"src={m.source.code}" if m.source else "no src", m.certainty.value]  # fmt: skip
    return " ".join(parts)
