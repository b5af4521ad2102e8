"""Targets that are groups named by where they are based: "accused smuggling
networks in Banjul of ...", "accuse a smuggling network run from Montego Bay", "accused
networks protected in Bissau". An accusation or criticism whose object is a nameless
group (the class BASED_GROUP) that a phrase after it places in another country (a
preposition of the class BASED_AT, then a place or a capital) is aimed at that
country's non-state group (REB), as a table's "Syrian smuggling network" is."""

from __future__ import annotations

from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

_OBJECT_REACH = 4  # words from the verb to the group: "accused organised smuggling networks"
_PLACE_REACH = 3  # words from the group to its place: "networks run from", "gang based in the"


def based_group_target(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """The REB of the country the accused group is placed in, when no target was found."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "based_group"):
        return None
    groups = rules.class_words("BASED_GROUP")
    first, end = event.trigger.first, min(event.clause[1], len(s.tokens))
    group = next(
        (i for i in range(first + 1, min(first + 1 + _OBJECT_REACH, end))
         if s.tokens[i].key in groups),
        None,
    )  # fmt: skip
    if group is None:
        return None
    country = _placed_in(s, group, end, rules)
    if country is None or country[0] == mention.actor1.code[:3]:
        return None
    return Actor(country[0] + "REB", country[1])


def _placed_in(s: _Sentence, group: int, end: int, rules: Rules) -> tuple[str, str] | None:
    """(country, text) of the place that a BASED_AT word right after the group names."""
    at = rules.class_words("BASED_AT")
    tokens = s.tokens
    reach = min(group + 1 + _PLACE_REACH, end)
    prep = next((i for i in range(group + 1, reach) if tokens[i].key in at), None)
    if prep is None or any(tokens[i].key not in rules.class_words("BASED_LINK")
                           for i in range(group + 1, prep)):  # fmt: skip
        return None
    start = prep + 1 + (prep + 1 < end and tokens[prep + 1].key == "the")
    for m in s.mentions:
        if m.first == start and m.kind in ("country", "capital") and len(m.code) == 3:
            return m.code, m.text
    for p in s.places:
        if p.first == start and p.entry.country:
            return p.entry.country, p.text
    return None
