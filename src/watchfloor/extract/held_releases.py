"""Releases told in the passive with no agent and no one named: "The other two were
released on Monday without charge", "five of the detained workers were released on 1
December", "Both were later released without charge". The people let go are those the
story last told were held, and whoever held them lets them go: the release (0841) is the
holder's, aimed at the held people's side (the annotators' reading, blind batches 32-35).
A release whose subject names people of another side than those held, or that names its
agent ("released by the court"), or that a state's body tells of its own act ("..., the
police said") is read as before; one with no holding told earlier in the story has no one
known to act, and makes no event."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.models import Actor, Mention

# the words of a subject that points back at people told before ("the other two", "both",
# "the remaining ten", "four of the detained traders"): noun_classes.tsv
HELD_POINTER = "HELD_POINTER"


def latest_holding(
    earlier: Sequence[Mention], holds: Callable[[str], bool]
) -> tuple[Actor, Actor] | None:
    """The doer and the target of the latest earlier act that held people or property
    (``holds``: whether a code is of the taxonomy's class "holding")."""
    for event in reversed(earlier):
        if event.actor2 is not None and holds(event.code):
            return event.actor1, event.actor2
    return None


def held_release(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause: tuple[int, int],
    candidates: Sequence[ActorMention],
    rules: Rules,
    earlier: Sequence[Mention],
) -> tuple[ActorMention, ActorMention] | None:
    """The holder and the held of an agentless passive release whose subject names no
    one but points back at people held before (in the story's ``earlier`` records);
    else None."""
    if not rules.in_code_class(trigger.pattern.code, "released"):
        return None
    holding = latest_holding(earlier, lambda code: rules.in_code_class(code, "holding"))
    if holding is None:
        return None
    holder, held = holding
    named = [m for m in candidates if clause[0] <= m.first < trigger.first]
    if any(m.country != held.country for m in named):
        return None  # the subject names other people than those held: not their release
    pointers = rules.class_words(HELD_POINTER) | rules.class_words("HELD_PEOPLE")
    if not any(t.key in pointers for t in tokens[clause[0] : trigger.first]):
        return None
    t = tokens[trigger.first]
    return _at(holder, t, trigger.first), _at(held, t, trigger.first)


def _at(actor: Actor, token: Token, i: int) -> ActorMention:
    """An actor of an earlier sentence, standing at the trigger's first word."""
    return ActorMention(i, i + 1, actor.code, actor.code[3:6], "role", actor.text,
                        token.start, token.end)  # fmt: skip
