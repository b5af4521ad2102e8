"""Document-level attributes.

- A target left implicit ("Pyongyang has decided to deploy 12,000 personnel", after the
  article said where they go) is the one the other mentions of the same act by the same
  actor give, when they agree on one.
- A count in a sentence that makes no event ("more than 120 Chinese aircraft were
  detected around the island") is the size of the last act before it by the state whose
  force it counts, when no mention of that act has a figure of its own.
- A sentence that only places an event named by a noun ("The first engagement took place
  in Russia's Kursk region") places the last act before it of that kind, and every
  mention of that act that names no place of its own.
- An event mentioned in several sentences takes, where its own sentence is silent, the
  date, place and quantity another sentence gives it. The first mention leads: its own
  values are never overwritten (spec: "the lead sentence decides quantity and source")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from watchfloor.models import Actor, Certainty, Mention, Place, Quantity

_FILLED = ("date", "location", "quantity")
# acts done with, to or by a whole sent force: cooperation (ferried, trained), posture


@dataclass(frozen=True, slots=True)
class LooseQuantity:
    """A count no event of its own sentence took: ``after`` mentions came before it."""

    after: int
    country: str
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class LoosePlace:
    """Where an event named by a noun took place: the last act of one of ``roots``
    among the first ``after`` mentions."""

    after: int
    roots: tuple[str, ...]
    place: Place


def fill_from_document(
    mentions: Sequence[Mention],
    loose: Sequence[LooseQuantity] = (),
    counts: Callable[[str, str], bool] = lambda code, unit: True,
    places: Sequence[LoosePlace] = (),
    *,
    whole_force: tuple[str, ...],
    sending: tuple[str, ...],
) -> list[Mention]:
    """``counts(code, unit)``: whether an event of ``code`` may be counted in ``unit``;
    ``whole_force``: the codes whose size is the whole force a state sent, ``sending``
    those that send it (the taxonomy's classes "whole_force" and "troops_sent")."""
    targets = _targets(mentions)
    with_targets = [_with_implicit_target(m, targets) for m in mentions]
    for q in loose:
        with_targets = _lend(with_targets, q, counts)
    for p in places:
        with_targets = _place_at(with_targets, p)
    groups: dict[tuple[str, str, str | None], list[Mention]] = defaultdict(list)
    for m in with_targets:
        groups[_event_key(m)].append(m)
    # each group's first value of each field, found once: looking it up for every
    # mention would make a document of many mentions quadratic
    firsts = {key: _first_values(group) for key, group in groups.items()}
    filled = [_filled(m, firsts[_event_key(m)]) for m in with_targets]
    return [_with_troops(m, filled, whole_force, sending) for m in filled]


def _with_troops(
    mention: Mention,
    mentions: Sequence[Mention],
    whole_force: tuple[str, ...],
    sending: tuple[str, ...],
) -> Mention:
    """ "The soldiers were ferried to Vladivostok": forces with no figure of their own are
    the ones the document counted when their state sent them. Only where the act moves,
    trains or holds that force: the troops a state sent are not the size of a clash."""
    if mention.quantity is not None or not mention.code.startswith(whole_force):
        return mention
    forces = [a for a in (mention.actor2, mention.actor1) if a is not None and a.code[3:] == "MIL"]
    for actor in forces:
        sent = next(
            (m.quantity for m in mentions
             if m.code.startswith(sending) and m.actor1.country == actor.country
             and m.quantity is not None and m.quantity.unit == "troops"),
            None,
        )  # fmt: skip
        if sent is not None:
            return replace(mention, quantity=sent)
    return mention


def _lend(
    mentions: list[Mention], loose: LooseQuantity, counts: Callable[[str, str], bool]
) -> list[Mention]:
    unit = loose.quantity.unit or ""
    act = next(
        (m for m in reversed(mentions[: loose.after])
         if m.actor1.country == loose.country and counts(m.code, unit)),
        None,
    )  # fmt: skip
    if act is None:
        return mentions
    same = [i for i, m in enumerate(mentions)
            if m.code == act.code and m.actor1.country == act.actor1.country]  # fmt: skip
    if any(mentions[i].quantity is not None for i in same):
        return mentions
    out = list(mentions)
    for i in same:
        if i < loose.after:
            out[i] = replace(out[i], quantity=loose.quantity)
    return out


def _place_at(mentions: list[Mention], loose: LoosePlace) -> list[Mention]:
    act = next((m for m in reversed(mentions[: loose.after]) if m.root in loose.roots), None)
    if act is None:
        return mentions
    same = (act.code, _parties(act))  # either way round: a clash is coded both ways
    return [
        replace(m, location=loose.place)
        if i < loose.after and m.location is None and (m.code, _parties(m)) == same
        else m
        for i, m in enumerate(mentions)
    ]


def _parties(m: Mention) -> frozenset[str | None]:
    return frozenset((m.actor1.country, m.actor2.country if m.actor2 else None))


def _event_key(m: Mention) -> tuple[str, str, str | None]:
    return (m.code, m.actor1.country, m.actor2.country if m.actor2 else None)


def _targets(mentions: Sequence[Mention]) -> dict[tuple[str, str], dict[str, Actor]]:
    """The targets of the document's acts, by (code, actor1's country): the first actor2
    of each country, in document order."""
    found: dict[tuple[str, str], dict[str, Actor]] = defaultdict(dict)
    for other in mentions:
        # "is not sending troops to Tigray" tells nowhere the troops do go
        if other.actor2 is not None and other.certainty is not Certainty.DENIED:
            key = (other.code, other.actor1.country)
            found[key].setdefault(other.actor2.country, other.actor2)
    return found


def _with_implicit_target(
    mention: Mention, targets: Mapping[tuple[str, str], Mapping[str, Actor]]
) -> Mention:
    if mention.actor2 is not None:
        return mention
    same = targets.get((mention.code, mention.actor1.country), {})
    if len(same) != 1:
        return mention
    return replace(mention, actor2=next(iter(same.values())))


def _first_values(group: Sequence[Mention]) -> dict[str, Any]:
    """The first value of each filled field in ``group`` that is not None."""
    firsts: dict[str, Any] = {}
    for other in group:
        for name in _FILLED:
            if name not in firsts and getattr(other, name) is not None:
                firsts[name] = getattr(other, name)
    return firsts


def _filled(mention: Mention, firsts: Mapping[str, Any]) -> Mention:
    changes = {}
    for name in _FILLED:
        if getattr(mention, name) is None and name in firsts:
            changes[name] = firsts[name]
    return replace(mention, **changes) if changes else mention
