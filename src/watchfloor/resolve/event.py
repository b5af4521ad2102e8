"""A resolved event as an analyst reads it: every mention, the independent
corroboration, the estimates and denials, and the grade, all worked out from the
mentions the store holds for it (``describe``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from watchfloor.models import Actor, Certainty, Mention, Place
from watchfloor.resolve.cluster import code_family, party_of
from watchfloor.resolve.corroboration import Corroboration, corroboration
from watchfloor.resolve.estimates import (
    Denial,
    Estimate,
    EstimateRange,
    denials,
    estimates,
    ranges,
)
from watchfloor.resolve.grading import DEFAULT_CREDIBILITY, CredibilityRules, Grade, grade_event
from watchfloor.resolve.registry import SourceRegistry
from watchfloor.resolve.windows import day_window
from watchfloor.store import EventMember, HistoryEntry, StoredEvent


@dataclass(frozen=True, slots=True)
class DateRange:
    """The earliest and latest dates given for the event, at their own precision.
    ``basis`` is "event dates", or "publication dates" when no report dates the event
    (then the dates are those of the reports), or "none"."""

    earliest: str | None
    latest: str | None
    basis: str
    first_day: date | None
    last_day: date | None

    def to_record(self) -> dict[str, object]:
        return {"earliest": self.earliest, "latest": self.latest, "basis": self.basis}

    @property
    def text(self) -> str:
        if self.earliest is None:
            return ""
        span = self.earliest if self.earliest == self.latest else f"{self.earliest} – {self.latest}"
        return span if self.basis == "event dates" else f"reported {span}"


@dataclass(frozen=True, slots=True)
class ResolvedEvent:
    id: str
    code: str
    actor1: Actor
    actor2: Actor | None
    dates: DateRange
    location: Place | None
    members: tuple[EventMember, ...]
    corroboration: Corroboration
    estimates: tuple[Estimate, ...]
    ranges: tuple[EstimateRange, ...]
    denials: tuple[Denial, ...]
    grade: Grade
    history: tuple[HistoryEntry, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc for m in self.members}))

    def to_record(self, *, with_history: bool = False) -> dict[str, Any]:
        """The ``watchfloor events --format jsonl`` record: the issue's fields first."""
        record: dict[str, Any] = {
            "id": self.id,
            "code": self.code,
            "actor1": self.actor1.to_record(),
            "actor2": self.actor2.to_record() if self.actor2 else None,
            "date": self.dates.to_record(),
            "location": self.location.to_record() if self.location else None,
            "mentions": [mention_record(m) for m in self.members],
            "corroboration": self.corroboration.count,
            "estimates": [e.to_record() for e in self.estimates],
            "grade": self.grade.to_record(),
            "root": self.root,
            "estimate_ranges": [r.to_record() for r in self.ranges],
            "denials": [d.to_record() for d in self.denials],
            "contradictions": len(self.corroboration.contradicting),
            "documents": list(self.documents),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }
        if with_history:
            record["history"] = [{"at": _iso(h.at), "change": h.change} for h in self.history]
        return record


def describe(
    event_id: str,
    members: Sequence[EventMember],
    registry: SourceRegistry,
    *,
    rules: CredibilityRules = DEFAULT_CREDIBILITY,
    history: Sequence[HistoryEntry] = (),
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> ResolvedEvent:
    """Everything an analyst reads about an event, from its members. Members must not
    be empty."""
    mentions = [m.mention for m in members]
    actor1 = _actor([m.actor1 for m in _affirmed(mentions)])
    assert actor1 is not None
    actor2 = _actor([m.actor2 for m in _affirmed(mentions) if m.actor2])
    parties = {party_of(actor1)} | ({party_of(actor2)} if actor2 else set())
    corr = corroboration(members, parties)
    found = estimates(members)
    return ResolvedEvent(
        id=event_id,
        code=max((m.code for m in mentions), key=lambda c: (len(code_family(c)), c)),
        actor1=actor1,
        actor2=actor2,
        dates=date_range(members),
        location=_place(mentions),
        members=tuple(members),
        corroboration=corr,
        estimates=found,
        ranges=ranges(found),
        denials=denials(members, parties),
        grade=grade_event(corr, registry, rules),
        history=tuple(history),
        created_at=created_at,
        updated_at=updated_at,
    )


def describe_stored(
    stored: StoredEvent, registry: SourceRegistry, rules: CredibilityRules = DEFAULT_CREDIBILITY
) -> ResolvedEvent:
    return describe(
        stored.id, stored.members, registry, rules=rules, history=stored.history,
        created_at=stored.created_at, updated_at=stored.updated_at,
    )  # fmt: skip


def date_range(members: Sequence[EventMember]) -> DateRange:
    dated = [
        (window, m.mention.date.value)
        for m in members
        if m.mention.date and m.mention.certainty != Certainty.DENIED
        and (window := day_window(m.mention.date.value)) is not None
    ]  # fmt: skip
    if dated:
        earliest = min(dated, key=lambda d: (d[0].start, -len(d[1])))
        latest = max(dated, key=lambda d: (d[0].start, len(d[1])))
        return DateRange(earliest[1], latest[1], "event dates",
                         min(w.start for w, _ in dated), max(w.end for w, _ in dated))  # fmt: skip
    published = sorted(m.published for m in members if m.published)
    if published:
        first, last = published[0], published[-1]
        return DateRange(first.isoformat(), last.isoformat(), "publication dates", first, last)
    return DateRange(None, None, "none", None, None)


def mention_record(member: EventMember) -> dict[str, Any]:
    m = member.mention
    return {
        "doc": m.doc,
        "sentence": m.sentence,
        "source": m.source.to_record() if m.source else None,
        "certainty": m.certainty.value,
        "quantity": m.quantity.to_record() if m.quantity else None,
        "outlet": member.outlet,
        "published": member.published.isoformat() if member.published else None,
        "code": m.code,
        "actor1": m.actor1.to_record(),
        "actor2": m.actor2.to_record() if m.actor2 else None,
        "date": m.date.to_record() if m.date else None,
        "location": m.location.to_record() if m.location else None,
        "span": [m.span[0], m.span[1]],
        "mention_id": member.mention_id,
        "copy_of": member.original_doc if member.is_copy else None,
        "added_at": _iso(member.added_at),
    }


def _affirmed(mentions: list[Mention]) -> list[Mention]:
    """The mentions that do not deny the event, or all if every one denies it."""
    return [m for m in mentions if m.certainty != Certainty.DENIED] or mentions


def _actor(actors: list[Actor]) -> Actor | None:
    """The code most mentions give (ties: the more specific, then alphabetical), with
    the first text given for it."""
    if not actors:
        return None
    counts = Counter(a.code for a in actors)
    code = min(counts, key=lambda c: (-counts[c], -len(c), c))
    return next(a for a in actors if a.code == code)


def _place(mentions: list[Mention]) -> Place | None:
    places = [m.location for m in mentions if m.location is not None]
    if not places:
        return None
    counts = Counter((p.name, p.country) for p in places)
    name, country = min(counts, key=lambda k: (-counts[k], k[1] is None, k[0]))
    return next(p for p in places if (p.name, p.country) == (name, country))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None
