"""Which mentions report the same happening: the rules, and the assignment of new
mentions to events.

A mention joins an event when all of these hold (``fits``):

- code: same CAMEO root, and one code refines the other: ``070`` (a root's generic
  code stands for the root) fits ``072``, ``062`` fits ``0621``; siblings such as
  ``071`` and ``072`` are different acts;
- actors: the same actor1 country (an IGO by its body: ``IGOUNO``, ``IGONAT``), and
  the same actor2 country unless one side has none; roles may differ (``PRK`` and
  ``PRKMIL`` are one actor);
- place: the same country, unless one side has none (seas have none);
- time: see ``windows``: the windows overlap, and a precise mention may not stretch
  the event's precise window beyond ``max_event_span_days`` (nor a vague mention an
  event known only vaguely beyond that plus ``undated_window_days``).

Denials are mentions like any other (``certainty: denied``): the accused's "we sent no
troops" has the deployment's code and actors, so it joins the deployment as a denial.

Of the events a mention fits, it joins the nearest in time, then the one whose code it
repeats exactly, then the oldest. Mentions are taken precise first
(they fix when events happened), then vague, then coarse, each in date order; so the
order in which documents arrive matters little.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from watchfloor.models import Actor
from watchfloor.resolve.windows import DEFAULT_WINDOWS, Basis, When, Window, WindowRules, when_of
from watchfloor.store import EventMember

_BASIS_ORDER = {Basis.PRECISE: 0, Basis.VAGUE: 1, Basis.COARSE: 2}


@dataclass(frozen=True, slots=True)
class Cluster:
    """An event being resolved: its id (None until first saved), its members, and
    which of them joined in this run."""

    id: str | None
    members: tuple[EventMember, ...]
    added: tuple[EventMember, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    """What a mention is compared with: the event's most specific code, its parties,
    place country and time."""

    root: str
    code: str
    party1: str
    party2: str | None
    place_country: str | None
    precise: Window | None
    vague: Window | None
    coarse_key: str | None

    @property
    def window(self) -> Window | None:
        return self.precise or self.vague


def party_of(actor: Actor) -> str:
    """The state (ISO alpha-3) or international body (``IGOUNO``) an actor belongs to."""
    return actor.code[:6] if actor.code.startswith("IGO") else actor.country


def code_family(code: str) -> str:
    """A root's generic code stands for the whole root: ``070`` -> ``07``."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def codes_fit(a: str, b: str) -> bool:
    fa, fb = code_family(a), code_family(b)
    return fa.startswith(fb) or fb.startswith(fa)


def profile_of(
    members: Sequence[EventMember],
    rules: WindowRules = DEFAULT_WINDOWS,
    known: Mapping[int, When] | None = None,
) -> Profile:
    """What ``members`` say together; ``known``: their times, by mention id, if already
    worked out."""
    mentions = [m.mention for m in members]
    code = max((m.code for m in mentions), key=lambda c: (len(code_family(c)), c))
    whens = [
        known[m.mention_id] if known and m.mention_id in known
        else when_of(m.mention, m.published, rules)
        for m in members
    ]  # fmt: skip
    return Profile(
        root=mentions[0].root,
        code=code,
        party1=_most_common(party_of(m.actor1) for m in mentions) or "",
        party2=_most_common(party_of(m.actor2) for m in mentions if m.actor2),
        place_country=_most_common(
            m.location.country for m in mentions if m.location and m.location.country
        ),
        precise=_hull(w.window for w in whens if w.basis == Basis.PRECISE),
        vague=_hull(w.window for w in whens if w.basis == Basis.VAGUE),
        coarse_key=next((w.coarse_key for w in whens if w.basis == Basis.COARSE), None),
    )


def fits(
    profile: Profile, member: EventMember, when: When, rules: WindowRules = DEFAULT_WINDOWS
) -> bool:
    """Whether ``member`` reports the happening ``profile`` describes (module docstring)."""
    m = member.mention
    if m.root != profile.root or not codes_fit(m.code, profile.code):
        return False
    if party_of(m.actor1) != profile.party1:
        return False
    second = party_of(m.actor2) if m.actor2 is not None else None
    if second is not None and profile.party2 is not None and second != profile.party2:
        return False
    country = m.location.country if m.location else None
    if country and profile.place_country and country != profile.place_country:
        return False
    return _fits_in_time(profile, when, rules)


def _fits_in_time(profile: Profile, when: When, rules: WindowRules) -> bool:
    if when.basis == Basis.COARSE or profile.window is None:
        return profile.window is None and when.coarse_key == profile.coarse_key
    assert when.window is not None
    if not profile.window.overlaps(when.window):
        return False
    if when.basis == Basis.PRECISE:
        stretched = profile.precise.hull(when.window) if profile.precise else when.window
        return stretched.days <= rules.max_event_span_days
    if profile.precise is None:
        stretched = profile.window.hull(when.window)
        return stretched.days <= rules.max_event_span_days + rules.undated_window_days
    return True


def cost(profile: Profile, member: EventMember, when: When) -> tuple[int, int]:
    """Lower is a better match: days between the middles of the two windows, then
    whether the code differs from the event's."""
    days = 0
    if profile.window is not None and when.window is not None:
        days = abs((profile.window.middle - when.window.middle).days)
    return (days, int(member.mention.code != profile.code))


def assign(
    clusters: Sequence[Cluster],
    pending: Sequence[EventMember],
    rules: WindowRules = DEFAULT_WINDOWS,
) -> list[Cluster]:
    """``clusters`` with ``pending`` mentions added, each to the event it fits best or to
    a new one (id None); clusters come back in their order, new ones after."""
    working = list(clusters)
    members = [m for c in working for m in c.members] + list(pending)
    whens = {m.mention_id: when_of(m.mention, m.published, rules) for m in members}
    profiles = [profile_of(c.members, rules, whens) for c in working]
    shortlist = _Shortlist()
    for index, profile in enumerate(profiles):
        shortlist.add(index, profile)
    for member in sorted(pending, key=lambda m: _order(m, whens[m.mention_id])):
        when = whens[member.mention_id]
        scored = [
            (cost(profiles[i], member, when), i)
            for i in shortlist.near(when)
            if fits(profiles[i], member, when, rules)
        ]
        if scored:
            _, best = min(scored)
            cluster = working[best]
            working[best] = replace(
                cluster, members=(*cluster.members, member), added=(*cluster.added, member)
            )
            profiles[best] = profile_of(working[best].members, rules, whens)
        else:
            best = len(working)
            working.append(Cluster(id=None, members=(member,), added=(member,)))
            profiles.append(profile_of(working[best].members, rules, whens))
        shortlist.add(best, profiles[best])
    return working


class _Shortlist:
    """The events a mention could fit in time: events by the months their windows touch,
    and coarse ones by key. A shortlist only (``fits`` decides); an event's window may
    narrow when its first precise mention arrives, and its old months stay listed."""

    def __init__(self) -> None:
        self._months: dict[tuple[int, int], set[int]] = {}
        self._coarse: dict[str | None, set[int]] = {}

    def add(self, index: int, profile: Profile) -> None:
        if profile.window is None:
            self._coarse.setdefault(profile.coarse_key, set()).add(index)
            return
        for month in _months(profile.window):
            self._months.setdefault(month, set()).add(index)

    def near(self, when: When) -> list[int]:
        """Candidate indices, in order (so ties go to the oldest event)."""
        if when.window is None:
            return sorted(self._coarse.get(when.coarse_key, set()))
        found: set[int] = set()
        for month in _months(when.window):
            found |= self._months.get(month, set())
        return sorted(found)


def _months(window: Window) -> list[tuple[int, int]]:
    year, month = window.start.year, window.start.month
    months = []
    while (year, month) <= (window.end.year, window.end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def event_id_for(member: EventMember) -> str:
    """A stable id from the mention that founded the event: rebuilding from the same
    documents gives the same ids. An imported row's event is named by its external
    event: ``gdelt:123`` -> ``ev-gdelt-123``."""
    if member.import_key is not None:
        return "ev-" + member.import_key.replace(":", "-")
    m = member.mention
    key = "|".join([m.doc, str(m.span[0]), str(m.span[1]), m.code, m.actor1.code,
                    m.actor2.code if m.actor2 else ""])  # fmt: skip
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _order(member: EventMember, when: When) -> tuple[int, str, str, int, int]:
    start = when.window.start.isoformat() if when.window else (when.coarse_key or "")
    span = member.mention.span
    return (_BASIS_ORDER[when.basis], start, member.doc, span[0], member.mention_id)


def _hull(windows: Iterable[Window | None]) -> Window | None:
    result: Window | None = None
    for window in windows:
        if window is not None:
            result = window if result is None else result.hull(window)
    return result


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
