"""Document-level attributes.

- A target left implicit ("Pyongyang has decided to deploy 12,000 personnel", after the
  article said where they go) is the one the other mentions of the same act by the same
  actor give, when they agree on one.
- An event mentioned in several sentences takes, where its own sentence is silent, the
  date, place and quantity another sentence gives it. The first mention leads: its own
  values are never overwritten (spec: "the lead sentence decides quantity and source")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.models import Actor, Mention

_FILLED = ("date", "location", "quantity")


def fill_from_document(mentions: Sequence[Mention]) -> list[Mention]:
    with_targets = [_with_implicit_target(m, mentions) for m in mentions]
    groups: dict[tuple[str, str, str | None], list[Mention]] = defaultdict(list)
    for m in with_targets:
        groups[_event_key(m)].append(m)
    filled = [_filled(m, groups[_event_key(m)]) for m in with_targets]
    return [_with_troops(m, filled) for m in filled]


def _with_troops(mention: Mention, mentions: Sequence[Mention]) -> Mention:
    """ "The soldiers were ferried to Vladivostok": forces with no figure of their own are
    the ones the document counted when their state sent them."""
    if mention.quantity is not None or mention.root == "07":
        return mention
    forces = [a for a in (mention.actor2, mention.actor1) if a is not None and a.code[3:] == "MIL"]
    for actor in forces:
        sent = next(
            (m.quantity for m in mentions
             if m.root == "07" and m.actor1.country == actor.country
             and m.quantity is not None and m.quantity.unit == "troops"),
            None,
        )  # fmt: skip
        if sent is not None:
            return replace(mention, quantity=sent)
    return mention


def _event_key(m: Mention) -> tuple[str, str, str | None]:
    return (m.code, m.actor1.country, m.actor2.country if m.actor2 else None)


def _with_implicit_target(mention: Mention, mentions: Sequence[Mention]) -> Mention:
    if mention.actor2 is not None:
        return mention
    targets: dict[str, Actor] = {}
    for other in mentions:
        if (
            other.actor2 is not None
            and other.code == mention.code
            and other.actor1.country == mention.actor1.country
        ):
            targets.setdefault(other.actor2.country, other.actor2)
    if len(targets) != 1:
        return mention
    return replace(mention, actor2=next(iter(targets.values())))


def _filled(mention: Mention, group: Sequence[Mention]) -> Mention:
    changes = {}
    for name in _FILLED:
        if getattr(mention, name) is None:
            value = next((getattr(o, name) for o in group if getattr(o, name) is not None), None)
            if value is not None:
                changes[name] = value
    return replace(mention, **changes) if changes else mention
