"""Resolution runs against the store: put every mention that is in no event yet into
the event it reports, or a new one, and write what changed.

Incremental: a run reads only the new mentions and, for each CAMEO root and actor1
state among them, the stored events that could match in time (``EventSession.
candidates``); the rest of the database is not read. ``rebuild`` starts again from
every stored mention (ids come out the same; history restarts).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from watchfloor.resolve.cluster import Cluster, Profile, assign, event_id_for, profile_of
from watchfloor.resolve.event import ResolvedEvent, describe
from watchfloor.resolve.grading import DEFAULT_CREDIBILITY, CredibilityRules
from watchfloor.resolve.history import changes, snapshot
from watchfloor.resolve.registry import SourceRegistry
from watchfloor.resolve.windows import DEFAULT_WINDOWS, WindowRules, when_of
from watchfloor.store import EventColumns, EventMember, EventSession, EventWrite, Store


@dataclass(frozen=True, slots=True)
class ResolveRules:
    """Everything resolution depends on besides the data: the source registry and the
    thresholds of ``windows`` and ``grading``."""

    registry: SourceRegistry
    windows: WindowRules = DEFAULT_WINDOWS
    credibility: CredibilityRules = DEFAULT_CREDIBILITY


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a run did: events made, events that changed, events removed (all their
    mentions withdrawn), and how many mentions it placed."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"created": list(self.created), "updated": list(self.updated),
                "removed": list(self.removed), "mentions": self.mentions}  # fmt: skip


def resolve_pending(
    store: Store,
    rules: ResolveRules,
    *,
    touched: Collection[str] = (),
    check_stale: bool = False,
    now: datetime | None = None,
) -> Resolution:
    """Resolve every mention in no event yet. ``touched``: events that lost mentions
    (their document was replaced) and need working out again; ``check_stale`` finds
    such events by itself (slower: it looks at every event)."""
    with store.event_session() as session:
        stale = set(touched) | (set(session.stale()) if check_stale else set())
        return _run(session, rules, stale, now or datetime.now(UTC))


def rebuild(store: Store, rules: ResolveRules, *, now: datetime | None = None) -> Resolution:
    """Forget every event and resolve all stored mentions again, in one transaction."""
    with store.event_session() as session:
        session.clear()
        return _run(session, rules, set(), now or datetime.now(UTC))


def _run(session: EventSession, rules: ResolveRules, stale: set[str], at: datetime) -> Resolution:
    pending = session.unresolved()
    extracted = [m for m in pending if not m.is_imported]
    touched = _imported_events(session, [m for m in pending if m.is_imported])
    for (root, country), members in _groups(extracted).items():
        touched += _resolve_group(session, rules, root, country, members)
    seen = {c.id for c, _ in touched}
    for stored in session.events(sorted(stale - seen)):
        touched.append((Cluster(stored.id, stored.members), stored.snapshot_dict()))
    removed = [c.id for c, _ in touched if c.id is not None and not c.members]
    for event_id in removed:
        session.delete(event_id)
    kept = [(c, before) for c, before in touched if c.members]
    ids = _ids(session, [c for c, _ in kept])
    writes = [_write(cluster, event_id, before, rules)
              for (cluster, before), event_id in zip(kept, ids, strict=True)]  # fmt: skip
    session.write(writes, at)
    created = tuple(w.id for w in writes if w.new)
    updated = tuple(w.id for w in writes if not w.new)
    return Resolution(created, updated, tuple(removed), len(pending))


def _write(
    cluster: Cluster, event_id: str, before: dict[str, Any] | None, rules: ResolveRules
) -> EventWrite:
    event = describe(event_id, cluster.members, rules.registry, rules=rules.credibility)
    return EventWrite(
        id=event_id,
        columns=columns_of(event, profile_of(cluster.members, rules.windows)),
        added=tuple(m.mention_id for m in cluster.added),
        changes=tuple(changes(before, event, cluster.added)),
        new=cluster.id is None,
    )


def _resolve_group(
    session: EventSession, rules: ResolveRules, root: str, country: str, members: list[EventMember]
) -> list[tuple[Cluster, dict[str, Any] | None]]:
    """The events that ``members`` (one root, one actor1 state) join or make."""
    whens = [when_of(m.mention, m.published, rules.windows) for m in members]
    windows = [w.window for w in whens if w.window is not None]
    start = min((w.start for w in windows), default=None)
    end = max((w.end for w in windows), default=None)
    margin = rules.windows.max_event_span_days + rules.windows.undated_window_days
    # an imported row is its dataset's own event: extracted mentions never join it, so
    # GDELT's coding of a report is never a second independent source for that report;
    # an event whose every mention went (its documents forgotten or replaced by a run
    # that was killed before recounting) takes no new ones: the stale pass removes it
    stored = [s for s in session.candidates(root, country, start, end, margin)
              if s.members and not any(m.is_imported for m in s.members)]  # fmt: skip
    before = {s.id: s.snapshot_dict() for s in stored}
    clusters = assign([Cluster(s.id, s.members) for s in stored], members, rules.windows)
    return [(c, before.get(c.id) if c.id else None) for c in clusters if c.added]


def _imported_events(
    session: EventSession, members: list[EventMember]
) -> list[tuple[Cluster, dict[str, Any] | None]]:
    """Imported rows make one event per external event (``import_key``), joining the
    stored one when an earlier import made it."""
    by_key: dict[str, list[EventMember]] = {}
    for member in members:
        by_key.setdefault(member.import_key or "", []).append(member)
    ids = {key: event_id_for(group[0]) for key, group in by_key.items()}
    stored = {s.id: s for s in session.events(sorted(session.taken(list(ids.values()))))}
    touched: list[tuple[Cluster, dict[str, Any] | None]] = []
    for key, group in by_key.items():
        found = stored.get(ids[key])
        if found is not None:
            cluster = Cluster(found.id, found.members + tuple(group), tuple(group))
            touched.append((cluster, found.snapshot_dict()))
        else:
            touched.append((Cluster(None, tuple(group), tuple(group)), None))
    return touched


def columns_of(event: ResolvedEvent, profile: Profile) -> EventColumns:
    window = profile.window
    return EventColumns(
        code=event.code,
        root=event.root,
        actor1_code=event.actor1.code,
        actor1_country=event.actor1.country,
        actor2_code=event.actor2.code if event.actor2 else None,
        actor2_country=event.actor2.country if event.actor2 else None,
        location_name=event.location.name if event.location else None,
        location_country=event.location.country if event.location else None,
        date_start=event.dates.earliest,
        date_end=event.dates.latest,
        sort_start=event.dates.first_day.isoformat() if event.dates.first_day else None,
        sort_end=event.dates.last_day.isoformat() if event.dates.last_day else None,
        window_start=window.start.isoformat() if window else None,
        window_end=window.end.isoformat() if window else None,
        mentions=len(event.members),
        snapshot=json.dumps(snapshot(event), ensure_ascii=False, sort_keys=True),
    )


def _groups(pending: Sequence[EventMember]) -> dict[tuple[str, str], list[EventMember]]:
    groups: dict[tuple[str, str], list[EventMember]] = {}
    for member in pending:
        key = (member.mention.root, member.mention.actor1.country)
        groups.setdefault(key, []).append(member)
    return groups


def _ids(session: EventSession, clusters: Sequence[Cluster]) -> list[str]:
    """The id of each cluster: its own, or one made from its founding mention, with a
    suffix in the unlikely case that another event has it already."""
    bases = {i: event_id_for(c.members[0]) for i, c in enumerate(clusters) if c.id is None}
    used = session.taken(list(bases.values())) | {c.id for c in clusters if c.id}
    ids = []
    for i, cluster in enumerate(clusters):
        if cluster.id is not None:
            ids.append(cluster.id)
            continue
        candidate, n = bases[i], 1
        while candidate in used or (n > 1 and session.taken([candidate])):
            n += 1
            candidate = f"{bases[i]}-{n}"
        used.add(candidate)
        ids.append(candidate)
    return ids
