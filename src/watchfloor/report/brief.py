"""The situation brief: built only from stored evidence, every row with its citation.

The deployments table comes from resolved events (``watchfloor.resolve``): one row per
event, with the spread of the estimates, each estimate with who claims it and when,
the denials, and the event's grade. The relations and the timeline read mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from watchfloor.analyse import DyadSummary, summarise_dyads
from watchfloor.analyse.assess import Assessment, assess
from watchfloor.models import Actor
from watchfloor.report.brief_assessment import AssessmentSection, assessment_section
from watchfloor.report.citations import Citation as Citation  # re-exported: renderers use it
from watchfloor.report.labels import Labeller
from watchfloor.resolve import ResolvedEvent, SourceRegistry, describe_stored, load_sources
from watchfloor.resolve.estimates import Estimate
from watchfloor.store import (
    EventMember,
    EventQuery,
    MentionQuery,
    Store,
    StoredEvent,
    StoredMention,
)


@dataclass(frozen=True, slots=True)
class ClaimedFigure:
    """One estimate of a deployment: the figure as quoted, who claims it, and when the
    claim was published."""

    estimate: str
    value: float
    low: float | None
    high: float | None
    unit: str | None
    claimant: str
    certainty: str
    claimed_on: date | None
    citation: Citation
    sentence: str


@dataclass(frozen=True, slots=True)
class EstimateRow:
    """One resolved deployment or transfer: the spread of its estimates (``range``),
    every estimate with its claimant (``figures``), its denials and grade. ``estimate``,
    ``claimant``, ``citation`` and ``sentence`` are those of its first claim."""

    event_id: str
    sender: str
    recipient: str
    what: str
    range: str
    figures: tuple[ClaimedFigure, ...]
    denials: tuple[str, ...]
    corroboration: int
    grade: str
    grade_explanation: str
    estimate: str
    value: float
    unit: str | None
    claimant: str
    certainty: str
    event_date: str | None
    location: str | None
    citation: Citation
    sentence: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    date: str
    event: str
    code: str
    location: str | None
    certainty: str
    source: str
    citations: tuple[Citation, ...]
    sentence: str
    event_id: str | None = None  # the resolved event of its first mention
    dyad: tuple[str, str] | None = None  # countries of actor1 and actor2, when both are given


@dataclass(frozen=True, slots=True)
class ReportedTable:
    citation: Citation
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    documents: int
    mentions: int
    dyads: tuple[DyadSummary, ...]
    deployments: tuple[EstimateRow, ...]
    timeline: tuple[TimelineRow, ...]
    tables: tuple[ReportedTable, ...]
    # with a focus: the threat, implications, motives (ACH) and response options
    assessment: AssessmentSection | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _jsonable(asdict(self))
        return data


def build_brief(
    store: Store,
    *,
    focus: str | None = None,
    dyad: tuple[str, str] | None = None,
    registry: SourceRegistry | None = None,
    assessment: Assessment | None = None,
) -> Brief:
    """A brief over the stored events, narrowed to a country (``focus``) or a dyad
    (either direction). Syndicated copies are left out: they are one report, not two.
    ``registry`` grades the sources of deployments (default: the packaged one). With a
    focus, the brief carries its assessment (``assessment``, else one made with the
    packaged indicators, hypotheses and playbook; it is not stored)."""
    labels = Labeller.from_store(store)
    query = MentionQuery(dyad=dyad, undirected=True, actor=focus, include_duplicates=False)
    found = store.mentions(query)
    docs = {s.mention.doc for s in found}
    events = store.events(
        EventQuery(dyad=dyad, undirected=True, actor=focus, include_duplicates=False)
    )
    grades = registry or load_sources()
    resolved = [describe_stored(e, grades) for e in events if e.members]
    if assessment is None and focus is not None:
        assessment = assess(store, focus, registry=grades)
    return Brief(
        title=_title(labels, focus, dyad),
        documents=len(docs),
        mentions=len(found),
        dyads=tuple(summarise_dyads([s.mention for s in found])),
        deployments=tuple(_deployments(resolved, labels)),
        timeline=tuple(_timeline(found, labels, _event_of_mentions(events))),
        tables=tuple(_tables(store, docs, found)),
        assessment=assessment_section(assessment) if assessment else None,
    )


def _title(labels: Labeller, focus: str | None, dyad: tuple[str, str] | None) -> str:
    if dyad:
        return f"Situation brief: {labels.actor(dyad[0])} – {labels.actor(dyad[1])}"
    if focus:
        return f"Situation brief: {labels.actor(focus)}"
    return "Situation brief"


def _citation(s: StoredMention) -> Citation:
    return Citation(s.mention.doc, s.outlet, s.published, s.title, s.url)


def _deployments(events: Sequence[ResolvedEvent], labels: Labeller) -> list[EstimateRow]:
    """One row per resolved deployment or transfer with at least one estimate that is
    not only in a syndicated copy."""
    rows = []
    for event in events:
        if not labels.cameo.in_class(event.code, "deployment"):
            continue
        members = {m.doc: m for m in event.members}
        figures = [_figure(x, members[x.doc], labels) for x in event.estimates
                   if not members[x.doc].is_copy]  # fmt: skip
        if figures:
            rows.append(_deployment(event, figures, labels))
    return sorted(rows, key=lambda r: (r.sender, r.recipient, r.event_date or "", r.event_id))


def _deployment(
    event: ResolvedEvent, figures: list[ClaimedFigure], labels: Labeller
) -> EstimateRow:
    lead = figures[0]
    what = labels.cameo.get(event.code).description if event.code in labels.cameo else event.code
    return EstimateRow(
        event_id=event.id,
        sender=labels.actor(event.actor1.code),
        recipient=labels.actor(event.actor2.code) if event.actor2 else "—",
        what=what,
        range="; ".join(r.text for r in event.ranges),
        figures=tuple(figures),
        denials=tuple(
            f"{labels.actor(d.denier) if d.denier else 'the outlet'}"
            f"{' (a party to it)' if d.party else ''}: {d.doc}, {d.outlet or 'unknown outlet'}, "
            f"{d.date.isoformat() if d.date else 'undated'}"
            for d in event.denials
        ),
        corroboration=event.corroboration.count,
        grade=event.grade.code,
        grade_explanation=(
            f"reliability {event.grade.reliability_explanation}; "
            f"credibility {event.grade.credibility_explanation}"
        ),
        estimate=lead.estimate,
        value=lead.value,
        unit=lead.unit,
        claimant=lead.claimant,
        certainty=lead.certainty,
        event_date=event.dates.text or None,
        location=labels.place(event.location),
        citation=lead.citation,
        sentence=lead.sentence,
    )


def _figure(estimate: Estimate, member: EventMember, labels: Labeller) -> ClaimedFigure:
    source = Actor(estimate.claimant, estimate.claimant_text or "") if estimate.claimant else None
    return ClaimedFigure(
        estimate=estimate.text,
        value=estimate.value,
        low=estimate.low,
        high=estimate.high,
        unit=estimate.unit,
        claimant=labels.source(estimate.claimant, source),
        certainty=estimate.certainty,
        claimed_on=estimate.date,
        citation=Citation(member.doc, member.outlet, member.published, member.title, member.url),
        sentence=estimate.sentence,
    )


def _event_of_mentions(events: Sequence[StoredEvent]) -> dict[int, str]:
    return {m.mention_id: e.id for e in events for m in e.members}


def _timeline(
    found: Sequence[StoredMention], labels: Labeller, event_of: dict[int, str]
) -> list[TimelineRow]:
    """One row per distinct (date, event, actors); repeated reports add citations."""
    rows: dict[tuple[str, str, str, str | None], TimelineRow] = {}
    for s in found:
        m = s.mention
        when = m.date.value if m.date else f"reported {_published(_citation(s))}"
        key = (when, m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
        if key in rows:
            row = rows[key]
            if all(c.doc != m.doc for c in row.citations):
                cited = (*row.citations, _citation(s))
                rows[key] = TimelineRow(**{**_fields(row), "citations": cited})
            continue
        rows[key] = TimelineRow(
            date=when,
            event=labels.event(m),
            code=m.code,
            location=labels.place(m.location),
            certainty=m.certainty.value,
            source=labels.source(m.source.code if m.source else None, m.source),
            citations=(_citation(s),),
            sentence=m.sentence,
            event_id=event_of.get(s.id),
            dyad=(m.actor1.country, m.actor2.country) if m.actor2 else None,
        )
    return sorted(rows.values(), key=lambda r: r.date.removeprefix("reported "))


def _tables(store: Store, docs: set[str], found: Sequence[StoredMention]) -> list[ReportedTable]:
    first = {s.mention.doc: s for s in found}
    out = []
    for doc in sorted(docs):
        for table in store.tables(doc):
            out.append(ReportedTable(_citation(first[doc]), table.header, table.rows))
    return out


def _published(citation: Citation) -> str:
    return citation.published.isoformat() if citation.published else "undated"


def _fields(row: TimelineRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
