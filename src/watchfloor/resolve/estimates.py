"""The disagreement kept explicit: every figure claimed for an event, by whom and when,
and every denial.

An estimate is one claim: the claimant (None when the writer gives the figure on its
own authority), the value or range, and the date of the claim, which is the date the
document was published. The same figure from the same claimant in one document is one
estimate; syndicated copies (near-duplicates) of that document are listed with it, not
as estimates of their own. Denied mentions give no estimate: they are denials.

An estimate is a figure its own sentence states. Extraction lends a mention the figure
another sentence of its document gives ("the soldiers were ferried to Vladivostok" takes
the count of the troops sent; NATO's "units have been deployed" the Pentagon's 10,000):
right for the record, but no claim of that mention's source, so no estimate.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from watchfloor.models import Certainty
from watchfloor.resolve.cluster import party_of
from watchfloor.store import EventMember


@dataclass(frozen=True, slots=True)
class Estimate:
    claimant: str | None
    claimant_text: str | None
    value: float
    low: float | None
    high: float | None
    unit: str | None
    approx: bool
    text: str
    date: date | None
    doc: str
    outlet: str | None
    certainty: str
    sentence: str
    copies: tuple[str, ...]

    @property
    def figure(self) -> str:
        """The value, or the range when the claim gives one: "4,000–5,000"."""
        low, high = self.bounds
        return figure(self.value) if low == high else f"{figure(low)}–{figure(high)}"

    @property
    def bounds(self) -> tuple[float, float]:
        """The least and most the claim allows (an open bound is the value itself)."""
        low = self.low if self.low is not None else self.value
        high = self.high if self.high is not None else self.value
        return low, high

    def to_record(self) -> dict[str, object]:
        return {
            "claimant": self.claimant, "claimant_text": self.claimant_text,
            "value": _number(self.value), "low": _number(self.low), "high": _number(self.high),
            "unit": self.unit, "approx": self.approx, "text": self.text,
            "date": self.date.isoformat() if self.date else None, "doc": self.doc,
            "outlet": self.outlet, "certainty": self.certainty, "sentence": self.sentence,
            "copies": list(self.copies),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class EstimateRange:
    """The spread of the estimates in one unit: the least low and the most high."""

    unit: str | None
    low: float
    high: float
    claims: int

    @property
    def text(self) -> str:
        spread = figure(self.low)
        if self.high != self.low:
            spread += f"–{figure(self.high)}"
        return f"{spread} {self.unit}" if self.unit else spread

    def to_record(self) -> dict[str, object]:
        return {"unit": self.unit, "low": _number(self.low), "high": _number(self.high),
                "claims": self.claims, "text": self.text}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Denial:
    """A denial of the event; ``denier`` None when the writer negates it. ``party``: the
    denier is the accused or the receiver (actor1's or actor2's state)."""

    denier: str | None
    denier_text: str | None
    party: bool
    doc: str
    outlet: str | None
    date: date | None
    sentence: str
    copies: tuple[str, ...]

    def to_record(self) -> dict[str, object]:
        return {
            "denier": self.denier, "denier_text": self.denier_text, "party": self.party,
            "doc": self.doc, "outlet": self.outlet,
            "date": self.date.isoformat() if self.date else None, "sentence": self.sentence,
            "copies": list(self.copies),
        }  # fmt: skip


def estimates(members: Sequence[EventMember]) -> tuple[Estimate, ...]:
    """One estimate per (document, claimant, figure), copies folded in, by date."""
    groups: dict[tuple[object, ...], list[EventMember]] = {}
    for member in members:
        m, q = member.mention, member.mention.quantity
        if q is None or m.certainty == Certainty.DENIED or not stated(member):
            continue
        claimant = m.source.code if m.source else None
        key = (member.original_doc, claimant, q.value, q.low, q.high, q.unit)
        groups.setdefault(key, []).append(member)
    found = [_estimate(group) for group in groups.values()]
    return tuple(sorted(found, key=lambda e: (e.date or date.max, e.doc, e.value)))


def stated(member: EventMember) -> bool:
    """Whether the mention's own sentence gives its figure (a figure with no text of its
    own is taken as given)."""
    q = member.mention.quantity
    return q is not None and (not q.text or q.text in member.mention.sentence)


def ranges(found: Sequence[Estimate]) -> tuple[EstimateRange, ...]:
    """The spread per unit, the unit with most claims first. Hedged figures ("may send
    up to 20,000") stay in the table but widen no range, unless there are only those."""
    firm = [e for e in found if e.certainty != Certainty.POSSIBLE.value] or list(found)
    units: dict[str | None, list[Estimate]] = {}
    for estimate in firm:
        units.setdefault(estimate.unit, []).append(estimate)
    spread = [
        EstimateRange(unit, min(e.bounds[0] for e in group), max(e.bounds[1] for e in group),
                      len(group))
        for unit, group in units.items()
    ]  # fmt: skip
    return tuple(sorted(spread, key=lambda r: (-r.claims, r.unit or "")))


def denials(members: Sequence[EventMember], parties: Collection[str]) -> tuple[Denial, ...]:
    groups: dict[tuple[str, str | None], list[EventMember]] = {}
    for member in members:
        if member.mention.certainty == Certainty.DENIED:
            source = member.mention.source
            groups.setdefault((member.original_doc, source.code if source else None), []).append(
                member
            )
    found = []
    for group in groups.values():
        lead = _lead(group)
        source = lead.mention.source
        found.append(Denial(
            denier=source.code if source else None,
            denier_text=source.text if source else None,
            party=source is not None and party_of(source) in parties,
            doc=lead.doc, outlet=lead.outlet, date=lead.published, sentence=lead.mention.sentence,
            copies=_copies(group, lead),
        ))  # fmt: skip
    return tuple(sorted(found, key=lambda d: (d.date or date.max, d.doc)))


def figure(value: float) -> str:
    """1500.0 -> "1,500"; 2.5 -> "2.5"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _estimate(group: list[EventMember]) -> Estimate:
    lead = _lead(group)
    m = lead.mention
    q = m.quantity
    assert q is not None
    return Estimate(
        claimant=m.source.code if m.source else None,
        claimant_text=m.source.text if m.source else None,
        value=q.value, low=q.low, high=q.high, unit=q.unit, approx=q.approx, text=q.text,
        date=lead.published, doc=lead.doc, outlet=lead.outlet, certainty=m.certainty.value,
        sentence=m.sentence, copies=_copies(group, lead),
    )  # fmt: skip


def _lead(group: list[EventMember]) -> EventMember:
    """The member from the original document if there is one, else the first."""
    return next((m for m in group if not m.is_copy), group[0])


def _copies(group: list[EventMember], lead: EventMember) -> tuple[str, ...]:
    return tuple(sorted({m.doc for m in group if m.doc != lead.doc}))


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
