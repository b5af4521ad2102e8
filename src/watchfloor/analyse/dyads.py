"""Relations between pairs of states: how often they act on each other, and how."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from watchfloor.models import Mention


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """Directed dyad (actor1 country -> actor2 country) over a set of mentions."""

    actor1: str
    actor2: str
    mentions: int
    cooperative: int  # quad classes 1 and 2
    conflictual: int  # quad classes 3 and 4
    mean_goldstein: float


def summarise_dyads(mentions: Iterable[Mention]) -> list[DyadSummary]:
    """Dyads by number of mentions, most first; events with no target are left out."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.actor2 is not None and m.actor2.country != m.actor1.country:
            groups[(m.actor1.country, m.actor2.country)].append(m)
    summaries = [
        DyadSummary(
            actor1=a1,
            actor2=a2,
            mentions=len(group),
            cooperative=sum(1 for m in group if m.quad_class <= 2),
            conflictual=sum(1 for m in group if m.quad_class >= 3),
            mean_goldstein=round(sum(m.goldstein for m in group) / len(group), 2),
        )
        for (a1, a2), group in groups.items()
    ]
    return sorted(summaries, key=lambda d: (-d.mentions, d.actor1, d.actor2))
