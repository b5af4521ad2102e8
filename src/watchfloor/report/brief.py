"""The situation brief: built only from stored evidence, every row with its citation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from watchfloor.analyse import DyadSummary, summarise_dyads
from watchfloor.report.labels import Labeller
from watchfloor.store import MentionQuery, Store, StoredMention

DEPLOYMENT_CODES = ("072", "154", "062")


@dataclass(frozen=True, slots=True)
class Citation:
    doc: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None

    def short(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        return f"{self.doc}, {self.outlet or 'unknown outlet'}, {when}"


@dataclass(frozen=True, slots=True)
class EstimateRow:
    """One claimed figure for a deployment or transfer, and who claims it."""

    sender: str
    recipient: str
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

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def build_brief(
    store: Store, *, focus: str | None = None, dyad: tuple[str, str] | None = None
) -> Brief:
    """A brief over the stored events, narrowed to a country (``focus``) or a dyad
    (either direction). Syndicated copies are left out: they are one report, not two."""
    labels = Labeller.from_store(store)
    query = MentionQuery(dyad=dyad, undirected=True, actor=focus, include_duplicates=False)
    found = store.mentions(query)
    docs = {s.mention.doc for s in found}
    return Brief(
        title=_title(labels, focus, dyad),
        documents=len(docs),
        mentions=len(found),
        dyads=tuple(summarise_dyads([s.mention for s in found])),
        deployments=tuple(_deployments(found, labels)),
        timeline=tuple(_timeline(found, labels)),
        tables=tuple(_tables(store, docs, found)),
    )


def _title(labels: Labeller, focus: str | None, dyad: tuple[str, str] | None) -> str:
    if dyad:
        return f"Situation brief: {labels.actor(dyad[0])} – {labels.actor(dyad[1])}"
    if focus:
        return f"Situation brief: {labels.actor(focus)}"
    return "Situation brief"


def _citation(s: StoredMention) -> Citation:
    return Citation(s.mention.doc, s.outlet, s.published, s.title, s.url)


def _deployments(found: Sequence[StoredMention], labels: Labeller) -> list[EstimateRow]:
    """One row per claimed figure: a document repeating its own figure gives one row."""
    rows = []
    seen: set[tuple[str, str, str | None, float, str | None]] = set()
    for s in found:
        m = s.mention
        if not m.code.startswith(DEPLOYMENT_CODES) or m.quantity is None:
            continue
        key = (m.doc, m.actor1.country, m.actor2.country if m.actor2 else None,
               m.quantity.value, m.source.country if m.source else None)  # fmt: skip
        if key in seen:
            continue
        seen.add(key)
        rows.append(EstimateRow(
            sender=labels.actor(m.actor1.code),
            recipient=labels.actor(m.actor2.code) if m.actor2 else "—",
            estimate=m.quantity.text,
            value=m.quantity.value,
            unit=m.quantity.unit,
            claimant=labels.source(m.source.code if m.source else None, m.source),
            certainty=m.certainty.value,
            event_date=m.date.value if m.date else None,
            location=labels.place(m.location),
            citation=_citation(s),
            sentence=m.sentence,
        ))  # fmt: skip
    return sorted(rows, key=lambda r: (r.sender, r.recipient, _published(r.citation)))


def _timeline(found: Sequence[StoredMention], labels: Labeller) -> list[TimelineRow]:
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
        )
    return sorted(rows.values(), key=lambda r: r.date.removeprefix("reported "))


def _tables(
    store: Store, docs: set[str], found: Sequence[StoredMention]
) -> list[ReportedTable]:
    first = {s.mention.doc: s for s in found}
    out = []
    for doc in sorted(docs):
        for table in store.tables(doc):
            out.append(ReportedTable(_citation(first[doc]), table.header, table.rows))
    return out


def _published(citation: Citation) -> str:
    return citation.published.isoformat() if citation.published else "undated"


def _fields(row: TimelineRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__}  # type: ignore[attr-defined]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
