"""Resolved events as tables and pages: the listing (``watchfloor events``), its CSV
rows, and one event in full (``watchfloor event ID``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from watchfloor.report.labels import Labeller
from watchfloor.report.safety import csv_row, terminal, terminal_cells
from watchfloor.resolve import ResolvedEvent

CSV_HEADER = (
    "id", "code", "actor1", "actor2", "date_earliest", "date_latest", "date_basis",
    "location", "country", "mentions", "documents", "corroboration", "contradictions",
    "estimates", "denied_by", "grade", "reliability", "credibility",
)  # fmt: skip


def events_listing(events: Sequence[ResolvedEvent]) -> Table:
    table = Table(title=f"{len(events)} resolved events", title_justify="left")
    for name in ("id", "code", "actors", "when", "where", "mentions", "sources", "estimates",
                 "denied by", "grade"):  # fmt: skip
        table.add_column(name, overflow="fold")
    for e in events:
        _add(table,
            e.id, e.code, _actors(e), e.dates.text, _place(e),
            f"{len(e.members)} in {len(e.documents)} docs", _sources(e),
            "; ".join(r.text for r in e.ranges), _deniers(e), e.grade.code,
        )  # fmt: skip
    return table


def event_csv_row(e: ResolvedEvent) -> list[str]:
    return csv_row([
        e.id, e.code, e.actor1.code, e.actor2.code if e.actor2 else "",
        e.dates.earliest or "", e.dates.latest or "", e.dates.basis,
        e.location.name if e.location else "",
        (e.location.country or "") if e.location else "",
        str(len(e.members)), " ".join(e.documents), str(e.corroboration.count),
        str(len(e.corroboration.contradicting)), "; ".join(r.text for r in e.ranges),
        _deniers(e), e.grade.code, e.grade.reliability, str(e.grade.credibility),
    ])  # fmt: skip


def render_event(e: ResolvedEvent, labels: Labeller, console: Console) -> None:
    """One event in full: what, when, where, grade with its reasons, every mention,
    the estimates, the denials, the sources and the history."""
    console.rule(f"[bold]{terminal(e.id)}")
    what = labels.cameo.get(e.code).description if e.code in labels.cameo else e.code
    target = f" → {labels.actor(e.actor2.code)}" if e.actor2 else ""
    console.print(f"[bold]{terminal(labels.actor(e.actor1.code) + target)}[/]: "
                  f"{terminal(what)} ({e.code})")  # fmt: skip
    when, where = e.dates.text or "undated", _place(e) or "not given"
    console.print(terminal(f"When: {when}   Where: {where}"))
    console.print(f"Grade [bold]{e.grade.code}[/]: " + terminal(
        f"reliability {e.grade.reliability_explanation}. "
        f"Credibility {e.grade.credibility_explanation}."
    ))  # fmt: skip
    console.print(
        f"{len(e.members)} mentions in {len(e.documents)} documents; independent "
        f"corroboration {e.corroboration.count}, contradictions "
        f"{len(e.corroboration.contradicting)}."
    )
    for table in _detail_tables(e):
        console.print(table)


def _detail_tables(e: ResolvedEvent) -> list[Table]:
    mentions = _table("Mentions", ("doc", "outlet", "published", "claimant", "certainty",
                                   "quantity", "sentence"))  # fmt: skip
    for m in e.members:
        mm = m.mention
        doc = f"{m.doc} (copy of {m.original_doc})" if m.is_copy else m.doc
        _add(mentions,
            doc, m.outlet or "", m.published.isoformat() if m.published else "",
            mm.source.code if mm.source else "the outlet", mm.certainty.value,
            mm.quantity.text if mm.quantity else "", mm.sentence,
        )  # fmt: skip
    estimates = _table("Estimates", ("claimant", "estimate", "unit", "claimed on", "doc", "outlet"))
    for x in e.estimates:
        doc = x.doc + (f" (+ copies {', '.join(x.copies)})" if x.copies else "")
        _add(estimates,
            x.claimant or "the outlet", x.text, x.unit or "",
            x.date.isoformat() if x.date else "", doc, x.outlet or "",
        )  # fmt: skip
    denials = _table("Denials", ("denied by", "party to it", "on", "doc", "sentence"))
    for d in e.denials:
        _add(denials, d.denier or "the outlet", "yes" if d.party else "no",
                        d.date.isoformat() if d.date else "", d.doc, d.sentence)  # fmt: skip
    sources = _table("Sources", ("source", "says", "reliability", "why"))
    for s in e.grade.sources:
        _add(sources, s.chain.label, s.chain.stance.value, s.reliability, s.explanation)
    history = _table("History", ("at", "change"))
    for h in e.history:
        _add(history, h.at.isoformat(timespec="seconds"), h.change)
    return [t for t in (mentions, estimates, denials, sources, history) if t.row_count]


def _add(table: Table, *cells: str) -> None:
    """A row of plain text: brackets in sentences are not rich markup."""
    table.add_row(*terminal_cells(cells))


def _table(title: str, header: tuple[str, ...]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    for name in header:
        table.add_column(name, overflow="fold")
    return table


def _actors(e: ResolvedEvent) -> str:
    return f"{e.actor1.code} → {e.actor2.code if e.actor2 else '—'}"


def _place(e: ResolvedEvent) -> str:
    if e.location is None:
        return ""
    return f"{e.location.name} ({e.location.country or '-'})"


def _sources(e: ResolvedEvent) -> str:
    contra = len(e.corroboration.contradicting)
    return f"{e.corroboration.count}" + (f", {contra} against" if contra else "")


def _deniers(e: ResolvedEvent) -> str:
    return "; ".join(dict.fromkeys(d.denier or "the outlet" for d in e.denials))
