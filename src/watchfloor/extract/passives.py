"""Passives that name no agent: "Nine men were arrested in raids", "the ambassador was
summoned this morning", "two trawlers were seized off the coast". Their grammatical
subject is the one acted on, never the one who acts. Who acts goes unnamed in the
clause; where the sentence has a claimant that is a state's body ("..., the interior
ministry said", a transcript's speaker), it tells of its own state's act, and acts; with
none, no one is known to act and no event is made.

Only verbs whose passive subject is plainly the one acted on count (``ACTED_ON`` in
``noun_classes.tsv``: arrested, summoned, expelled ...): "troops were deployed" or "aid
was sent" move the subject itself, and stay with the windows' reading."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.taxonomy.actors import STATE_ROLES

ACTED_ON = "ACTED_ON"
# the organs that act on their own people: a claimant of these tells of its own act
_FORCE_ROLES = frozenset(("MIL", "COP", "SPY", "JUD"))
# "seized by", "were arrested on Sunday by": how far after the participle its agent opens
_BY_REACH = 6


def acted_on(rules: Rules, tokens: tuple[Token, ...], trigger: Trigger, end: int) -> bool:
    """Whether ``trigger``, a passive, names no agent (no "by" soon after it, resolved or
    not: "arrested by plain-clothes officers" has one) and its verb acts on its subject:
    its participle is a word of ``ACTED_ON``."""
    pattern = trigger.pattern
    if "obj" not in pattern.targets or pattern.reverse:
        return False
    if any(t.key == "by" for t in tokens[trigger.last : min(end, trigger.last + _BY_REACH)]):
        return False
    words = rules.class_words(ACTED_ON)
    return any(t.key in words for t in tokens[trigger.first : trigger.last])


def unnamed_agent(
    claimant: ActorMention | None, patients: Sequence[ActorMention]
) -> list[ActorMention]:
    """Who does an agentless passive's act: the sentence's claimant when it is a state's
    body ("Four citizens were arrested, the security service said"), else no one. A
    civil body speaking of its own people tells of another's act ("three nationals were
    detained, the embassy said"); its forces, police or courts tell of their own."""
    if not patients or claimant is None:
        return []
    role = claimant.code[3:6]
    if role not in STATE_ROLES or any(p.code == claimant.code for p in patients):
        return []
    if role not in _FORCE_ROLES and any(p.country == claimant.country for p in patients):
        return []
    return [claimant]
