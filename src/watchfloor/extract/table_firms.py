"""A company cell that names its home state in brackets ("Krka (Slovenia)", "Sahel Iron
Ltd (Australia)"): the act is aimed at that state's firm (BUS), not at the state."""

from __future__ import annotations

import re
from dataclasses import replace

from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.text import tokenize

_LAST_BRACKET = re.compile(r"\(([^()]+)\)\s*$")


def as_firm(text: str, found: list[ActorMention], actors: ActorMatcher) -> list[ActorMention]:
    """The firm of the state the cell's closing bracket names, alone, when the bracket
    holds nothing but the state's name and the name before it is no state body's (a
    firm's name may hold a state's: "Guinea Alumina Corp., owned by ... (UAE)"); else
    ``found`` unchanged."""
    bracket = _LAST_BRACKET.search(text)
    if bracket is None:
        return found
    inside = bracket.group(1).strip()
    named = actors.find(tokenize(inside), inside)
    if len(named) != 1 or named[0].kind != "country" or named[0].text != inside:
        return found  # "(mostly Malian nationals)": people, not a firm's home
    home = [m for m in found if m.country == named[0].country and m.start >= bracket.start()]
    before = [m for m in found if m.start < bracket.start() and m.resolved]
    if not home or any(len(m.code) > 3 for m in before):
        return found  # "Russia (FSB)", a state body named before the bracket
    firm = replace(home[0], code=home[0].country + "BUS", role="BUS")
    return [firm]
