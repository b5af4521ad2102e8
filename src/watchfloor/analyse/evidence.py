"""Resolved events as evidence for judgments: what each says, how much it weighs and
where it comes from.

An ``Evidence`` is one resolved event (one happening, however many reports) with its
NATO Admiralty grade, its independent corroboration, its strongest certainty and the
citation of every report behind it. ``evidence_as_of`` reads what was known on a day:
reports published after it are left out, and so are events left with no report.
``grade_weight`` turns a grade into the weight a row carries in a judgment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from watchfloor.models import Certainty, Citation
from watchfloor.resolve import ResolvedEvent, SourceRegistry, describe_stored
from watchfloor.resolve.grading import DEFAULT_WEIGHTS
from watchfloor.store import EventQuery, Store, StoredEvent

_CERTAINTY_RANK = {
    Certainty.ASSERTED: 3,
    Certainty.REPORTED: 2,
    Certainty.POSSIBLE: 1,
    Certainty.DENIED: 0,
}


@dataclass(frozen=True, slots=True)
class Source(Citation):
    """One report behind an event: the citation every judgment row carries, with the
    sentence that makes the claim."""

    sentence: str

    def to_record(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """A resolved event as evidence. ``certainty`` is the strongest any report gives
    (asserted > reported > possible > denied); ``units`` the units of its figures."""

    event_id: str
    code: str
    actor1: str
    actor2: str | None
    when: str
    first_day: date | None
    last_day: date | None
    grade: str
    reliability: str
    credibility: int
    corroboration: int
    certainty: Certainty
    units: tuple[str, ...]
    sources: tuple[Source, ...]

    @property
    def country1(self) -> str:
        return self.actor1[:3]

    @property
    def country2(self) -> str | None:
        return self.actor2[:3] if self.actor2 else None

    @property
    def weight(self) -> float:
        return grade_weight(self.reliability, self.credibility)

    def summary(self) -> str:
        target = f" → {self.actor2}" if self.actor2 else ""
        return f"{self.actor1}{target} {self.code}, {self.when or 'undated'}"

    def to_record(self) -> dict[str, object]:
        return {
            "id": self.event_id,
            "code": self.code,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "date": self.when or None,
            "grade": self.grade,
            "corroboration": self.corroboration,
            "certainty": self.certainty.value,
            "sources": [s.to_record() for s in self.sources],
        }


def grade_weight(reliability: str, credibility: int) -> float:
    """The weight of a report graded ``reliability``/``credibility``: the product of the
    two, so A1 weighs 1.0, B2 0.64 and F6 0.09: the table dyad series are weighted by."""
    return DEFAULT_WEIGHTS.of(reliability, credibility)


def evidence_of(event: ResolvedEvent) -> Evidence:
    mentions = [m.mention for m in event.members]
    strongest = max((m.certainty for m in mentions), key=lambda c: _CERTAINTY_RANK[c])
    units = tuple(
        dict.fromkeys(m.quantity.unit for m in mentions if m.quantity and m.quantity.unit)
    )
    seen: set[str] = set()
    sources = []
    for member in event.members:
        if member.is_copy or member.doc in seen:
            continue
        seen.add(member.doc)
        sources.append(
            Source(
                member.doc,
                member.outlet,
                member.published,
                member.title,
                member.url,
                sentence=member.mention.sentence,
            )
        )
    return Evidence(
        event_id=event.id,
        code=event.code,
        actor1=event.actor1.code,
        actor2=event.actor2.code if event.actor2 else None,
        when=event.dates.text,
        first_day=event.dates.first_day,
        last_day=event.dates.last_day,
        grade=event.grade.code,
        reliability=event.grade.reliability,
        credibility=event.grade.credibility,
        corroboration=event.corroboration.count,
        certainty=strongest,
        units=units,
        sources=tuple(sources),
    )


def evidence_as_of(store: Store, as_of: date | None, registry: SourceRegistry) -> list[Evidence]:
    """Every resolved event (about the focus or not: indicators watch third parties too)
    as it was known on ``as_of`` (None: everything stored)."""
    stored = store.events(EventQuery())
    return [evidence_of(describe_stored(s, registry)) for s in known_on(stored, as_of)]


def known_on(events: Sequence[StoredEvent], as_of: date | None) -> list[StoredEvent]:
    """The events with the reports published by ``as_of`` (undated reports are kept)."""
    if as_of is None:
        return [e for e in events if e.members]
    out = []
    for event in events:
        members = tuple(m for m in event.members if m.published is None or m.published <= as_of)
        if members:
            out.append(replace(event, members=members))
    return out
