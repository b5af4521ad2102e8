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
# how far after the demand word its "from" may stand: "demanding jobs and compensation from"
_FROM_REACH = 6
_FIRM = "BUS"
_CLAUSE_END = frozenset((",", ";", ".", ":"))


def crowd_target(
    tokens: tuple[Token, ...],
    after: int,
    candidates: Sequence[ActorMention],
    crowd: ActorMention,
    rules: Rules,
    firm: ActorMention | None = None,
) -> list[ActorMention]:
    """The crowd's target after token ``after`` in its sentence: the one its demand is
    made of, else a bare government word standing after the act; [] when neither."""
    country = crowd.code[:3]
    demand = rules.class_words("CROWD_DEMAND")
    later = [c for c in candidates if c.first >= after and c.code and c is not crowd]
    for k in range(after, len(tokens)):
        if tokens[k].key not in demand:
            continue
        # "demanding compensation from the authorities": what is demanded comes first,
        # then "from" and whom it is demanded of
        start = _from_addressee(tokens, k + 1)
        own = _bare_government(tokens, start, min(start + _DEMAND_REACH, len(tokens)), rules)
        if own >= 0:
            return [_own_government(tokens, own, country)]
        addressed = next((c for c in later if start <= c.first < start + _DEMAND_REACH), None)
        if addressed is not None:
            return [addressed]
        break  # what is demanded follows: a firm it names may still be the one aimed at
    own = _bare_government(tokens, after, len(tokens), rules)
    if own >= 0:
        return [_own_government(tokens, own, country)]
    # "blocked the road to the mine, demanding compensation for land they say the company
    # took": a crowd's blockade or strike at a site is aimed at the firm that runs it
    named = next((c for c in later if c.role == _FIRM), None)
    if named is not None:
        return [named]
    # "blocked the road to the mine": a site the story's firm runs, the firm it last named
    return _site_owner(tokens, rules, firm)


def _site_owner(
    tokens: tuple[Token, ...], rules: Rules, firm: ActorMention | None
) -> list[ActorMention]:
    """The story's firm, placed at the site word of the crowd's sentence ("the mine",
    "the plant"), when one stands there; else []."""
    if firm is None:
        return []
    sites = rules.class_words("FIRM_SITE")
    at = next((i for i, t in enumerate(tokens) if t.key in sites), -1)
    if at < 0:
        return []
    t = tokens[at]
    return [ActorMention(at, at + 1, firm.code, firm.role, "role", t.text, t.start, t.end)]


def _from_addressee(tokens: tuple[Token, ...], start: int) -> int:
    """Where the addressee of a demand may begin: just after "from" when one stands in
    the few words after the demand ("demanding compensation from"), else ``start``."""
    for i in range(start, min(start + _FROM_REACH, len(tokens))):
        if tokens[i].key in _CLAUSE_END:
            break
        if tokens[i].key == "from":
            return i + 1
    return start


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
