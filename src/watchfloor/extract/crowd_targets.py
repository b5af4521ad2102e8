"""Whom a nameless crowd's act is aimed at when its verb names no one.

"Hundreds of pilgrims blocked the highway, demanding that the government let them
travel": a blockade or a march whose pattern finds no target is aimed at the one the
crowd makes its demand of; and a bare "the government" in the crowd's own sentence
("saying the government had done too little", "because they feel abandoned by this
Government") is the crowd's own state's government, not whichever state the story is
about. Read only for a crowd the sentence places (events._crowd): a named doer keeps
the targets its pattern finds.
"""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

# how far after the demand word its addressee may stand: "demanding that the
# government", "to demand that the new management"
_DEMAND_REACH = 3


def crowd_target(
    tokens: tuple[Token, ...],
    after: int,
    candidates: Sequence[ActorMention],
    crowd: ActorMention,
    rules: Rules,
) -> list[ActorMention]:
    """The crowd's target after token ``after`` in its sentence: the one its demand is
    made of, else a bare government word standing after the act; [] when neither."""
    country = crowd.code[:3]
    demand = rules.class_words("CROWD_DEMAND")
    later = [c for c in candidates if c.first >= after and c.code and c is not crowd]
    for k in range(after, len(tokens)):
        if tokens[k].key not in demand:
            continue
        own = _bare_government(tokens, k + 1, min(k + 1 + _DEMAND_REACH, len(tokens)), rules)
        if own >= 0:
            return [_own_government(tokens, own, country)]
        addressed = next((c for c in later if k < c.first <= k + _DEMAND_REACH), None)
        return [addressed] if addressed is not None else []  # what is demanded follows
    own = _bare_government(tokens, after, len(tokens), rules)
    return [_own_government(tokens, own, country)] if own >= 0 else []


def _bare_government(tokens: tuple[Token, ...], start: int, end: int, rules: Rules) -> int:
    """The first "the government", "this Government", "the authorities" in [start, end)
    that names no state (only determiners before its head), or -1."""
    heads = rules.class_words("BARE_GOVERNMENT_HEAD")
    words = rules.class_words("BARE_GOVERNMENT")
    for i in range(max(start, 1), end):
        if tokens[i].key in heads and tokens[i - 1].key in words:
            return i
    return -1


def _own_government(tokens: tuple[Token, ...], head: int, country: str) -> ActorMention:
    """A bare government word in a crowd's sentence is its own state's government."""
    t = tokens[head]
    return ActorMention(head, head + 1, country + "GOV", "GOV", "role", t.text, t.start, t.end)
