"""A tracker's response cell written as a sentence ("Chinese embassy in Bissau asked for
the crews' release", "Venezuela's foreign ministry called the seizure 'an act of piracy'",
"High Court in Honiara fined the owner"): read with the prose extractor, and aimed, when
the clause names no one, at the row's state (another state's reaction) or at the row's
target (the row's own state following up its act)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from watchfloor.extract.rules import Rules
from watchfloor.models import Actor, EventDate, Mention

# "All 84 repatriated to Havana", "132 returned to Cap-Haitien": a count and the act, the
# people counted left to the row's target cell
_BARE_COUNT = re.compile(r"(?i)^(?:all\s+(?:the\s+)?)?\d[\d,]*\s+(?:\w+ed|flown|sent|taken|held)\b")


def bare_count(part: str) -> bool:
    """The part counts people it does not name ("all 84 repatriated")."""
    return _BARE_COUNT.match(part.strip()) is not None


def follows_up(rules: Rules, code: str, unnamed: bool = False) -> bool:
    """A release, a return or a penalty (the class "follow_up"): aimed at whom the row's
    act seized or held. With ``unnamed`` (the part names no one who did it), only a
    release or a return ("holder_follow_up"), which no one but the holder does ("crew
    released in October"); "owner fined" leaves unsaid who fined."""
    return rules.in_code_class(code, "holder_follow_up" if unnamed else "follow_up")


def written(date: EventDate | None) -> EventDate | None:
    """``date`` when the words write it out ("released 2026-03-01", "on 9 March"); None
    for the day the prose gives a verb in the present ("condemns": publication)."""
    return date if date is not None and any(c.isdigit() for c in date.text) else None


def reactions(
    readings: Sequence[Mention],
    doer: Actor,
    target: Actor | None,
    follow_up: Callable[[Mention], Mention],
    when: EventDate | None,
    home: str | None = None,
    foreign_only: bool = False,
) -> list[Mention]:
    """The acts the prose read in a response part (``readings``). Another state's
    reaction to the row's act by ``doer`` is aimed at ``doer``'s state and told as the
    clause tells it (a speech act is done by saying it: asserted); the row's own state
    following up its act (a fine, a release) is aimed at ``target`` and told as the row
    is (``follow_up``: its source and certainty). Each is dated by ``when`` (the part's
    own date) or the clause, never by the row's date. With ``foreign_only``, only the
    reactions of a state other than ``doer``'s and ``home`` (where the row happened):
    its own follow-ups the row's cells tell better (whom an arrest caught)."""
    out: list[Mention] = []
    state = doer.code[:3]
    for told in readings:
        own = told.actor1.code[:3] == state
        if foreign_only and (own or told.actor1.code[:3] == home):
            continue
        aim = told.actor2 or (target if own else Actor(state, doer.text))
        if aim is not None and aim.code[:3] == told.actor1.code[:3]:
            continue  # a state's own body acting on another of its bodies: no reaction
        told = replace(told, actor2=aim, date=when or written(told.date))
        if own:
            row = follow_up(told)
            told = replace(row, date=told.date, location=told.location, quantity=told.quantity)
        out.append(told)
    return out
