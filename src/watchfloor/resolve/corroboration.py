"""How many independent sources stand behind an event, and who contradicts it.

Counting reports counts echoes. A chain is one independent line of reporting:

- a claimant, by the state or international body it speaks for: South Korea's spy
  agency relayed by five outlets is one chain, and so are the NIS and "Seoul" (one
  government's intelligence); the Pentagon and the State Department are one chain;
- an outlet, for what a writer states on its own authority. A syndicated copy or light
  edit of a report (a near-duplicate, ``EventMember.original_doc``) counts as the
  outlet of the original, so copies add nothing; and a document that attributes the
  event to a claimant adds no chain of its own for its unattributed sentences about it
  (they rest on the claimant it cites).

A chain confirms (asserted, reported), denies (denied) or only hedges (possible: "may
send", which neither confirms nor contradicts). A denial by a party to the event (its
actor1 or actor2 state: the accused, or the receiver of what was sent) is listed apart:
it is expected, and grading does not count it as a contradiction.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from watchfloor.models import Certainty
from watchfloor.resolve.cluster import party_of
from watchfloor.resolve.registry import outlet_key
from watchfloor.store import EventMember


class Stance(StrEnum):
    CONFIRMS = "confirms"
    DENIES = "denies"
    HEDGES = "hedges"


STANCES = {
    Certainty.ASSERTED: Stance.CONFIRMS,
    Certainty.REPORTED: Stance.CONFIRMS,
    Certainty.POSSIBLE: Stance.HEDGES,
    Certainty.DENIED: Stance.DENIES,
}


@dataclass(frozen=True, slots=True)
class Chain:
    """One independent line of reporting and what it says of the event. ``key`` is the
    state or body (claimant) or the normalised outlet name; ``codes`` the claimant codes
    seen; ``docs`` the original documents, ``copies`` near-duplicates folded in."""

    kind: str  # "claimant" or "outlet"
    key: str
    label: str
    stance: Stance
    codes: tuple[str, ...]
    docs: tuple[str, ...]
    copies: tuple[str, ...]
    party: bool

    def to_record(self) -> dict[str, object]:
        return {
            "kind": self.kind, "key": self.key, "label": self.label,
            "stance": self.stance.value, "codes": list(self.codes), "docs": list(self.docs),
            "copies": list(self.copies), "party": self.party,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Corroboration:
    chains: tuple[Chain, ...]

    @property
    def confirming(self) -> tuple[Chain, ...]:
        return tuple(c for c in self.chains if c.stance == Stance.CONFIRMS)

    @property
    def contradicting(self) -> tuple[Chain, ...]:
        """Denials by sources that are not parties to the event."""
        return tuple(c for c in self.chains if c.stance == Stance.DENIES and not c.party)

    @property
    def party_denials(self) -> tuple[Chain, ...]:
        return tuple(c for c in self.chains if c.stance == Stance.DENIES and c.party)

    @property
    def hedging(self) -> tuple[Chain, ...]:
        return tuple(c for c in self.chains if c.stance == Stance.HEDGES)

    @property
    def count(self) -> int:
        """The independent corroboration count: chains that confirm the event."""
        return len(self.confirming)


def corroboration(members: Sequence[EventMember], parties: Collection[str]) -> Corroboration:
    """The chains of ``members``; ``parties`` are the event's actor1 and actor2 states."""
    attributed = {
        m.original_doc for m in members
        if m.mention.source is not None and STANCES[m.mention.certainty] == Stance.CONFIRMS
    }  # fmt: skip
    groups: dict[tuple[Stance, str, str], list[EventMember]] = {}
    for member in members:
        stance = STANCES[member.mention.certainty]
        source = member.mention.source
        if source is not None:
            kind, key = "claimant", party_of(source)
        elif stance == Stance.CONFIRMS and member.original_doc in attributed:
            continue
        else:
            kind, key = "outlet", _outlet_of(member)
        groups.setdefault((stance, kind, key), []).append(member)
    chains = [_chain(stance, kind, key, group, parties)
              for (stance, kind, key), group in groups.items()]  # fmt: skip
    order = {Stance.CONFIRMS: 0, Stance.DENIES: 1, Stance.HEDGES: 2}
    return Corroboration(tuple(sorted(chains, key=lambda c: (order[c.stance], c.kind, c.key))))


def _outlet_of(member: EventMember) -> str:
    name = member.original_outlet
    return outlet_key(name) if name else f"document {member.original_doc}"


def _chain(
    stance: Stance, kind: str, key: str, group: list[EventMember], parties: Collection[str]
) -> Chain:
    codes = tuple(sorted({m.mention.source.code for m in group if m.mention.source}))
    if kind == "claimant":
        label = ", ".join(codes)
    else:
        label = group[0].original_outlet or f"document {group[0].original_doc}"
    return Chain(
        kind=kind,
        key=key,
        label=label,
        stance=stance,
        codes=codes,
        docs=tuple(sorted({m.original_doc for m in group})),
        copies=tuple(sorted({m.doc for m in group if m.is_copy})),
        party=kind == "claimant" and key in parties,
    )
