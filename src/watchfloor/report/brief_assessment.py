"""The assessment's part of the brief, as plain data any renderer can show: the threat
level, what each fired indicator implies for the focal country (with the events and
their citations), the motives weighed by competing hypotheses, the ACH matrix, and the
response options with their immediate and long-term effects and the evidence behind
them. Every row cites document, outlet and date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from watchfloor.analyse.assess import Assessment
from watchfloor.analyse.evidence import Evidence
from watchfloor.report.citations import Citation


@dataclass(frozen=True, slots=True)
class ThreatSummary:
    focus: str
    as_of: str | None
    level: str
    probability: float
    phrase: str  # the ICD 203 words with their range: "likely (55%–80%)"
    question: str
    words: str  # the ICD 203 words alone: "likely"
    low: float
    high: float

    @property
    def band(self) -> str:
        """The range of the ICD 203 band, as the key judgments write it: "55–80%"."""
        return f"{round(self.low * 100)}–{round(self.high * 100)}%"


@dataclass(frozen=True, slots=True)
class ImplicationRow:
    """One event behind a fired indicator: the aspect, what it implies, the evidence."""

    indicator: str
    aspect: str
    implies: str
    event_id: str
    event: str
    grade: str
    why: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class MotiveRow:
    """A hypothesis (a motive) with its posterior and Heuer inconsistency score, and
    the events consistent with it and against it."""

    hypothesis: str
    motive: str
    description: str
    posterior: float
    inconsistency: float
    leading: bool
    consistent: tuple[str, ...]
    inconsistent: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    event_id: str
    event: str
    grade: str
    weight: float
    diagnosticity: float
    cells: tuple[str, ...]  # in the order of AssessmentSection.hypotheses; * = overridden
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class ResponseRow:
    option: str
    response: str
    immediate: str
    long_term: str
    indicators: tuple[str, ...]
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]  # where the playbook argues the effects
    citations: tuple[Citation, ...]  # the reports behind the events


@dataclass(frozen=True, slots=True)
class AssessmentSection:
    threat: ThreatSummary
    hypotheses: tuple[str, ...]
    implications: tuple[ImplicationRow, ...]
    motives: tuple[MotiveRow, ...]
    matrix: tuple[MatrixRow, ...]
    sensitive_rows: tuple[str, ...]
    responses: tuple[ResponseRow, ...]
    changes: tuple[str, ...]


def assessment_section(found: Assessment) -> AssessmentSection:
    t = found.threat
    ach = found.ach
    ids = tuple(h.id for h in ach.hypotheses.hypotheses)
    return AssessmentSection(
        threat=ThreatSummary(
            found.focus,
            found.as_of.isoformat() if found.as_of else None,
            t.level,
            t.probability,
            t.text,
            t.question,
            t.phrase,
            t.low,
            t.high,
        ),
        hypotheses=ids,
        implications=tuple(
            ImplicationRow(
                r.indicator.id,
                r.indicator.title,
                r.indicator.implies,
                h.evidence.event_id,
                h.evidence.summary(),
                h.evidence.grade,
                h.why,
                cite(h.evidence),
            )
            for r in found.indicators
            if r.fired
            for h in r.hits
        ),
        motives=tuple(_motives(found)),
        matrix=tuple(
            MatrixRow(
                e.event_id,
                e.summary(),
                e.grade,
                round(e.weight, 3),
                round(ach.analysis.diagnosticity[e.event_id], 3),
                tuple(c.value + ("*" if c.override else "") for c in cells),
                cite(e),
            )
            for e, cells in zip(ach.evidence, ach.cells, strict=True)
        ),
        sensitive_rows=ach.analysis.sensitive_rows,
        responses=tuple(
            ResponseRow(
                o.option.id,
                o.option.title,
                o.option.immediate,
                o.option.long_term,
                o.fired,
                tuple(h.evidence.event_id for h in o.evidence),
                o.option.sources,
                _cite_all(h.evidence for h in o.evidence),
            )
            for o in found.options
        ),
        changes=found.changes.lines,
    )


def _motives(found: Assessment) -> list[MotiveRow]:
    ach = found.ach
    rows = []
    for h, hypothesis in enumerate(ach.hypotheses.hypotheses):
        column = [(e, cells[h].value) for e, cells in zip(ach.evidence, ach.cells, strict=True)]
        consistent = [e for e, cell in column if cell in ("C", "CC")]
        against = [e for e, cell in column if cell in ("I", "II")]
        rows.append(
            MotiveRow(
                hypothesis.id,
                hypothesis.title,
                hypothesis.description,
                round(ach.analysis.posteriors[h], 3),
                round(ach.analysis.inconsistency[h], 3),
                h == ach.analysis.leading,
                tuple(e.event_id for e in consistent),
                tuple(e.event_id for e in against),
                _cite_all([*consistent, *against]),
            )
        )
    return rows


def cite(event: Evidence) -> tuple[Citation, ...]:
    # plain citations: they are merged and compared with the brief's own
    return tuple(Citation(s.doc, s.outlet, s.published, s.title, s.url) for s in event.sources)


def _cite_all(events: Iterable[Evidence]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for event in events:
        for citation in cite(event):
            seen.setdefault(citation.doc, citation)
    return tuple(seen.values())
