"""An assessment on the terminal (``watchfloor assess --format text``): the threat, the
indicators with their events, the ACH matrix, the response options and the changes."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from watchfloor.analyse.assess import Assessment
from watchfloor.report.safety import terminal as escape


def render_assessment(found: Assessment, console: Console) -> None:
    t = found.threat
    as_of = found.as_of.isoformat() if found.as_of else "all stored evidence"
    console.rule(f"[bold]Assessment: {escape(found.focus)} as of {as_of}")
    console.print(escape(f"{t.question}  Threat {t.level.upper()}: {t.text}, p = {t.probability}"))
    console.print(_indicators(found))
    console.print(_matrix(found))
    lead = found.ach.leading
    sensitive = ", ".join(found.ach.analysis.sensitive_rows) or "none"
    console.print(
        escape(
            f"Leading hypothesis: {lead.title}. Rows whose removal alone would "
            f"change it: {sensitive}."
        )
    )
    console.print(_options(found))
    console.print("[bold]Changes since the last assessment[/]")
    for line in found.changes.lines:
        console.print(escape(f"  {line}"))


def _indicators(found: Assessment) -> Table:
    table = _table("Indicators", ("indicator", "fired", "weight", "events (grade)", "implies"))
    for r in found.indicators:
        events = "; ".join(f"{h.evidence.event_id} ({h.evidence.grade})" for h in r.hits)
        table.add_row(
            *(
                escape(c)
                for c in (
                    f"{r.indicator.id}: {r.indicator.title}",
                    "yes" if r.fired else "no",
                    f"{r.indicator.weight:g}",
                    events or "—",
                    r.indicator.implies,
                )
            )
        )
    return table


def _matrix(found: Assessment) -> Table:
    ach = found.ach
    ids = [h.id for h in ach.hypotheses.hypotheses]
    table = _table(
        f"Competing hypotheses: {escape(ach.hypotheses.question)}",
        ("evidence", "grade", "weight", "diagnosticity", *ids),
    )
    for event, cells in zip(ach.evidence, ach.cells, strict=True):
        marks = [c.value + ("*" if c.override else "") for c in cells]
        table.add_row(
            *(
                escape(c)
                for c in (
                    f"{event.event_id} {event.summary()}",
                    event.grade,
                    f"{event.weight:.2f}",
                    f"{ach.analysis.diagnosticity[event.event_id]:.2f}",
                    *marks,
                )
            )
        )
    table.add_row(
        "inconsistency (Heuer)", "", "", "", *(f"{v:.2f}" for v in ach.analysis.inconsistency)
    )
    table.add_row("posterior", "", "", "", *(f"{v:.3f}" for v in ach.analysis.posteriors))
    return table


def _options(found: Assessment) -> Table:
    table = _table("Response options", ("option", "because", "immediate", "long term", "sources"))
    for o in found.options:
        table.add_row(
            *(
                escape(c)
                for c in (
                    o.option.title,
                    ", ".join(o.fired)
                    + " fired: "
                    + ", ".join(h.evidence.event_id for h in o.evidence),
                    o.option.immediate,
                    o.option.long_term,
                    "; ".join(o.option.sources),
                )
            )
        )
    return table


def _table(title: str, header: tuple[str, ...]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    for name in header:
        table.add_column(name, overflow="fold")
    return table
