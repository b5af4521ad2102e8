"""Targets taken from places: an act aimed at a place of another country than the
actor's, with no target named, is aimed at that country.

"deployed troops to the Kursk area" is aimed at Russia, "recalled its ambassador from
Baku" at Azerbaijan; a strike, an attack or a deployment is also aimed at where it lands
("bombed hideouts in Afghanistan's Paktika province", "shelled positions south of
Donetsk", "moved troops to its border with Belarus"), and so is the last of a list of
names after one preposition ("in Paktika and Khost provinces"). What a post abroad says
with no target is said to the host of the capital it sits in ("the Chinese embassy in
Buenos Aires demanded")."""

from __future__ import annotations

from collections.abc import Iterator

from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

_LIST_JOINS = frozenset({"and", ",", "or"})
_LIST_REACH = 8  # the words of a list of names before its last one


def place_target(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """The country of the first place after the trigger, in its clause, that the act is
    aimed at, when it is not the actor's own and the sentence gave no target (the words
    that aim it are the classes AIMED_AT, LANDS_IN, AIM_COMPASS, FRONTIER and FIGHTING)."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "place_target"):
        return None
    first = event.trigger.first
    if first > 0 and s.tokens[first - 1].key in ("the", "this", "that"):
        return None  # "committed to the fighting in Kursk": a known war, no new target
    lands = cameo.in_class(mention.code, "place_in_target")
    fighting = rules.class_words("FIGHTING")
    if any(t.key in fighting for t in s.tokens[first : event.trigger.last]):
        lands = False
    aims = rules.class_words("AIMED_AT")
    if lands:
        aims |= rules.class_words("LANDS_IN")
    own = mention.actor1.code[:3]
    for place_first, country, text in _places_after(s, first, event.clause[1]):
        if country != own and _aimed(s, place_first, aims, rules):
            forces = _named_forces(s, first, event.clause[1], country) if "near" in aims else None
            return forces or Actor(country, text)
    return None


def host_target(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """ "The Chinese embassy in Buenos Aires demanded the release of the crew": what a
    state's post abroad (a word of the class POSTED_IN, then "in" and a capital) says,
    asks or protests with no target named is addressed to its host."""
    actor = event.actor1
    if mention.actor2 is not None or not cameo.in_class(mention.code, "host_addressed"):
        return None
    tokens = s.tokens
    after = actor.last
    if after + 1 >= len(tokens) or tokens[after].key != "in" or actor.last < 1:
        return None
    if tokens[actor.last - 1].key not in rules.class_words("POSTED_IN"):
        return None
    host = next((m for m in s.mentions if m.first == after + 1 and m.kind == "capital"), None)
    if host is None or host.country == actor.country:
        return None
    return Actor(host.country, host.text)


def _named_forces(s: _Sentence, first: int, end: int, country: str) -> Actor | None:
    """The forces of the place's country that an attack's clause names: "violated the
    ceasefire in the Poonch sector, opening fire on Indian posts" is aimed at the posts."""
    for m in s.mentions:
        if first < m.first < end and m.code == country + "MIL":
            return Actor(m.code, m.text)
    return None


def _places_after(s: _Sentence, first: int, end: int) -> Iterator[tuple[int, str, str]]:
    """(first token, country, text) of the gazetteer's places and of the countries and
    capitals named as actors, after the trigger in its clause, in order."""
    found = [
        (p.first, p.entry.country, p.text) for p in s.places
        # a small place's name is too often a word or a name: "Ben Gurion"
        if first < p.first < end and p.entry.country and p.entry.kind != "town"
    ]  # fmt: skip
    found += [
        (m.first, m.code, m.text) for m in s.mentions
        if first < m.first < end and m.kind in ("country", "capital") and len(m.code) == 3
    ]  # fmt: skip
    yield from sorted(found)


def _aimed(s: _Sentence, place_first: int, aims: frozenset[str], rules: Rules) -> bool:
    """Whether the words before a place aim the act at it: "to the", "in", "south of",
    "to its border with"."""
    tokens = s.tokens
    determiners = rules.class_words("AIM_DETERMINER")
    j = place_first - 1
    while j > 0 and tokens[j].key in determiners:
        j -= 1
    if j < 0:
        return False
    key = tokens[j].key
    if key in _LIST_JOINS:
        j = _list_start(tokens, j, rules)
        key = tokens[j].key if j >= 0 else ""
    if key == "of" and j > 0 and tokens[j - 1].key in rules.class_words("AIM_COMPASS"):
        return "near" in aims
    if key == "in" and _own_post(tokens, j, rules):
        return True  # "recalled its ambassador in Quito": the post's host
    frontier = j > 0 and tokens[j - 1].key in rules.class_words("FRONTIER")
    if key == "with" and frontier and "near" in aims:
        # the border's own preposition aims: "deployed to its border with", "along"; a
        # force sent to a border faces the neighbour, it is no aid to it
        k = j - 2
        while k > 0 and tokens[k].key in determiners:
            k -= 1
        return k >= 0 and (tokens[k].key in aims or tokens[k].key == "along")
    return key in aims


def _list_start(tokens: tuple[Token, ...], j: int, rules: Rules) -> int:
    """The word before a list of names whose last the place is: "in Paktika and Khost
    provinces", "near Kunduz, Baghlan and Takhar" are aimed at as much as the first
    name, known to the gazetteer or not; -1 if no list of names stands there."""
    admin = rules.class_words("ADMIN_AREA")
    k, steps = j - 1, 0
    while k >= 0 and steps < _LIST_REACH:
        token = tokens[k]
        if not (token.key in _LIST_JOINS or token.is_capitalised or token.key in admin):
            break
        k, steps = k - 1, steps + 1
    named = any(tokens[i].is_capitalised for i in range(k + 1, j))
    return k if named and k >= 0 and tokens[k + 1].key not in _LIST_JOINS else -1


def _own_post(tokens: tuple[Token, ...], j: int, rules: Rules) -> bool:
    """Whether the words before the "in" at ``j`` name a post of the actor's own: "its
    ambassador", "their top envoy"; "stormed the embassy in Quito" is only where a raid
    was, not a post its actor recalls or closes."""
    if j < 2 or tokens[j - 1].key not in rules.class_words("POSTED_IN"):
        return False
    owners = rules.class_words("POST_OWNER")
    return any(t.key in owners for t in tokens[max(0, j - 4) : j - 1])
