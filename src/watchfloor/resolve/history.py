"""An event's history: what each resolution run changed, in words.

When an event is written, a snapshot of what an analyst would look at (its code,
actors, dates, place, documents, corroboration, estimate ranges, denials and grade) is
kept with it. The next run that touches the event compares its new state with that
snapshot and records one line per change, beside the arrival of each new claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from watchfloor.resolve.event import ResolvedEvent
from watchfloor.store import EventMember

_FIELDS = (
    ("code", "code"),
    ("actors", "actors"),
    ("dates", "dates"),
    ("location", "place"),
    ("estimates", "estimates"),
    ("grade", "grade"),
)


def snapshot(event: ResolvedEvent) -> dict[str, Any]:
    corr = event.corroboration
    return {
        "code": event.code,
        "actors": _actors(event),
        "dates": event.dates.text,
        "location": event.location.name if event.location else "",
        "mentions": len(event.members),
        "documents": list(event.documents),
        "corroboration": corr.count,
        "confirming": [c.label for c in corr.confirming],
        "contradictions": [c.label for c in corr.contradicting],
        "party_denials": [c.label for c in corr.party_denials],
        "estimates": "; ".join(r.text for r in event.ranges),
        "grade": event.grade.code,
    }


def changes(
    before: dict[str, Any] | None, event: ResolvedEvent, added: Sequence[EventMember]
) -> list[str]:
    """The history lines for ``event``, now that ``added`` joined it; ``before`` is its
    last snapshot, None for a new event."""
    after = snapshot(event)
    if before is None:
        return [_created(event, after)]
    lines = [_arrival(group) for group in _by_document(added)]
    gone = sorted(set(before.get("documents", [])) - set(after["documents"]))
    withdrawn = int(before.get("mentions", 0)) + len(added) - after["mentions"]
    if withdrawn > 0:
        where = f" (documents no longer holding them: {', '.join(gone)})" if gone else ""
        lines.append(f"withdrew {_n(withdrawn, 'mention')} whose documents were replaced{where}")
    for key, name in _FIELDS:
        old, new = before.get(key, ""), after[key]
        if old != new:
            lines.append(f"{name}: {old or 'none'} → {new or 'none'}" + _why(key, event))
    lines += _sources(before, after)
    return lines


def _created(event: ResolvedEvent, after: dict[str, Any]) -> str:
    docs = "; ".join(_document(g[0]) for g in _by_document(event.members))
    parts = [
        f"created from {_n(len(event.members), 'mention')} in {docs}",
        f"{event.code} {after['actors']}",
        after["dates"] or "undated",
        f"corroboration {after['corroboration']}",
    ]
    if after["estimates"]:
        parts.append(f"estimates {after['estimates']}")
    if event.denials:
        parts.append(f"denials {len(event.denials)}")
    parts.append(f"grade {after['grade']}")
    return "; ".join(parts)


def _arrival(group: list[EventMember]) -> str:
    """One document's new mentions: who claims what, how sure."""
    claims = []
    for member in group:
        m = member.mention
        who = m.source.code if m.source else "the outlet"
        figure_text = f", {m.quantity.text}" if m.quantity else ""
        claims.append(f"{who}{figure_text} ({m.certainty.value})")
    unique = list(dict.fromkeys(claims))
    return f"added {_n(len(group), 'mention')} from {_document(group[0])}: {'; '.join(unique)}"


def _sources(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    lines = []
    if before.get("corroboration") != after["corroboration"]:
        lines.append(
            f"independent corroboration {before.get('corroboration', 0)} → "
            f"{after['corroboration']} ({'; '.join(after['confirming']) or 'none'})"
        )
    for key, what in (("contradictions", "contradicted by"), ("party_denials", "denied by party")):
        new = sorted(set(after[key]) - set(before.get(key, [])))
        if new:
            lines.append(f"{what}: {'; '.join(new)}")
    return lines


def _why(key: str, event: ResolvedEvent) -> str:
    if key == "grade":
        return f" ({event.grade.credibility_explanation})"
    if key == "estimates" and event.estimates:
        spread = [f"{e.figure} by {e.claimant or e.outlet or 'the outlet'}"
                  for e in event.estimates]  # fmt: skip
        return f" ({'; '.join(spread)})"
    return ""


def _actors(event: ResolvedEvent) -> str:
    second = event.actor2.code if event.actor2 else "—"
    return f"{event.actor1.code} → {second}"


def _document(member: EventMember) -> str:
    when = member.published.isoformat() if member.published else "undated"
    copy = f", a copy of {member.original_doc}" if member.is_copy else ""
    return f"{member.doc} ({member.outlet or 'unknown outlet'}, {when}{copy})"


def _by_document(members: Sequence[EventMember]) -> list[list[EventMember]]:
    groups: dict[str, list[EventMember]] = {}
    for member in members:
        groups.setdefault(member.doc, []).append(member)
    return list(groups.values())


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
