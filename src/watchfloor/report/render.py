"""The brief as a terminal page (rich) and as Markdown."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from watchfloor.report.brief import Brief, Citation
from watchfloor.report.brief_assessment import AssessmentSection
from watchfloor.report.safety import markdown_cell, markdown_text, terminal, terminal_cells

Section = tuple[str, tuple[str, ...], list[list[str]]]

_DEPLOYMENT_HEADER = ("Event", "From", "To", "When", "Where", "Range of estimates",
                      "Denied by", "Independent sources", "Grade")  # fmt: skip
_ESTIMATE_HEADER = ("Event", "Estimate", "Unit", "Claimed by", "Certainty", "Claimed on",
                    "Cited from")  # fmt: skip
_TIMELINE_HEADER = ("Date", "Event", "Where", "Certainty", "Claimed by", "Cited from")
_THREAT_HEADER = ("Focus", "As of", "Level", "Probability", "ICD 203", "Question")
_IMPLICATION_HEADER = ("Aspect", "Implication", "Event", "Grade", "Cited from")
_MOTIVE_HEADER = ("Motive", "Posterior", "Inconsistency (Heuer)", "Consistent events",
                  "Inconsistent events", "Cited from")  # fmt: skip
_RESPONSE_HEADER = ("Response", "Immediate impact", "Long-term implications", "Indicators",
                    "Events", "Cited from", "Effects argued in")  # fmt: skip
_DYAD_HEADER = ("From", "To", "Mentions", "Cooperative", "Conflictual", "Mean Goldstein")


def brief_sections(brief: Brief) -> list[Section]:
    """(title, header, rows) of every section, shared by both renderers."""
    dyads = [[d.actor1, d.actor2, str(d.mentions), str(d.cooperative), str(d.conflictual),
              f"{d.mean_goldstein:+.1f}"] for d in brief.dyads[:10]]  # fmt: skip
    deployments = [
        [r.event_id, r.sender, r.recipient, r.event_date or "", r.location or "", r.range,
         "; ".join(r.denials) or "none reported", str(r.corroboration), r.grade]
        for r in brief.deployments
    ]  # fmt: skip
    estimates = [
        [r.event_id, f.estimate, f.unit or "", f.claimant, f.certainty,
         f.claimed_on.isoformat() if f.claimed_on else "", f.citation.short()]
        for r in brief.deployments for f in r.figures
    ]  # fmt: skip
    timeline = [
        [r.date, r.event, r.location or "", r.certainty, r.source, _cites(r.citations)]
        for r in brief.timeline
    ]
    sections: list[Section] = [
        ("Most active relations", _DYAD_HEADER, dyads),
        ("Estimated deployments and transfers", _DEPLOYMENT_HEADER, deployments),
        ("Estimates and who claims them", _ESTIMATE_HEADER, estimates),
        ("Timeline", _TIMELINE_HEADER, timeline),
    ]
    if brief.assessment is not None:
        sections += assessment_sections(brief.assessment)
    return sections


def assessment_sections(a: AssessmentSection) -> list[Section]:
    """The threat, implications, motives, ACH matrix, responses and changes."""
    t = a.threat
    threat = [[t.focus, t.as_of or "", t.level, f"{t.probability:.2f}", t.phrase, t.question]]
    implications = [[r.aspect, r.implies, f"{r.event_id} {r.event}", r.grade, _cites(r.citations)]
                    for r in a.implications]  # fmt: skip
    motives = [
        [m.motive + (" (leading)" if m.leading else ""), f"{m.posterior:.3f}",
         f"{m.inconsistency:.2f}", ", ".join(m.consistent) or "none",
         ", ".join(m.inconsistent) or "none", _cites(m.citations)]
        for m in a.motives
    ]  # fmt: skip
    matrix = [[f"{r.event_id} {r.event}", r.grade, f"{r.weight:.2f}", f"{r.diagnosticity:.2f}",
               *r.cells, _cites(r.citations)] for r in a.matrix]  # fmt: skip
    responses = [
        [r.response, r.immediate, r.long_term, ", ".join(r.indicators), ", ".join(r.event_ids),
         _cites(r.citations), "; ".join(r.sources)]
        for r in a.responses
    ]  # fmt: skip
    return [
        ("Threat level (ICD 203)", _THREAT_HEADER, threat),
        (f"Implications for {t.focus}", _IMPLICATION_HEADER, implications),
        ("Motives: competing hypotheses", _MOTIVE_HEADER, motives),
        ("ACH matrix (* = analyst override; rows whose removal would change the leading "
         f"hypothesis: {', '.join(a.sensitive_rows) or 'none'})",
         ("Evidence", "Grade", "Weight", "Diagnosticity", *a.hypotheses, "Cited from"), matrix),
        ("Response options", _RESPONSE_HEADER, responses),
        ("Changes since the last assessment", ("Change",), [[line] for line in a.changes]),
    ]  # fmt: skip


def render_brief_terminal(brief: Brief, console: Console) -> None:
    console.rule(f"[bold]{terminal(brief.title)}")
    console.print(_scope(brief))
    for title, header, rows in brief_sections(brief):
        table = Table(title=title, title_justify="left", show_lines=False, expand=True)
        for name in header:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*terminal_cells(row))
        console.print(table if rows else f"[bold]{title}[/]: none in the stored evidence.")
    for reported in brief.tables:
        title = f"Table reported in {terminal(reported.citation.short())}"
        table = Table(title=title, title_justify="left")
        for name in reported.header:
            table.add_column(terminal_cells([name])[0], overflow="fold")
        for cells in reported.rows:
            table.add_row(*terminal_cells(cells))
        console.print(table)


def render_brief_markdown(brief: Brief) -> str:
    lines = [f"# {markdown_text(brief.title)}", "", _scope(brief), ""]
    for title, header, rows in brief_sections(brief):
        lines += [f"## {title}", ""]
        lines += _markdown_table(header, rows) if rows else ["None in the stored evidence."]
        lines.append("")
    for reported in brief.tables:
        lines += [f"### Table reported in {markdown_text(reported.citation.short())}", ""]
        lines += [*_markdown_table(reported.header, [list(r) for r in reported.rows]), ""]
    return "\n".join(lines)


def _scope(brief: Brief) -> str:
    return (
        f"From {brief.documents} documents and {brief.mentions} event mentions in the store "
        "(syndicated copies counted once). Every row cites the document it comes from."
    )


def _cites(citations: tuple[Citation, ...]) -> str:
    return "; ".join(c.short() for c in citations)


def _markdown_table(header: Sequence[str], rows: list[list[str]]) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown_cell(c) for c in cells) + " |"

    return [line(header), line(["---"] * len(header))] + [line(row) for row in rows]
