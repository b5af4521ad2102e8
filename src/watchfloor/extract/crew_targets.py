"""Targets taken from a seized boat's flag: "boarded the Taiwanese trawler Sheng Feng 27,
seized the vessel and detained its 11 crew": the boat and the crew an act is done to,
named again ("the vessel", "its crew"), are of the state whose boat the sentence named
before them."""

from __future__ import annotations

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention

_CREW_REACH = 4  # "its 11 crew", "their entire crew": words from the verb to the crew
_CRAFT_REACH = 3  # "the Taiwanese trawler", "a Vietnamese fishing boat": to the boat


def crew_target(
    s: _Sentence,
    event: Assembled,
    mention: Mention,
    rules: Rules,
    earlier: ActorMention | None = None,
) -> Actor | None:
    """The state of the boat the act is done to, named again after the verb ("its crew",
    "the vessel": "the" or a word of the class OWNER, then one of CREW or CRAFT), when the
    sentence gave no target: the last state before the verb that names a boat (a flag,
    "Chinese-flagged", or a nationality before a word of CRAFT), not the actor's own; or,
    the sentence naming none, the boat an earlier sentence named (``earlier``): "Two
    Colombian boats were spotted ... The navy seized the two vessels"."""
    if mention.actor2 is not None:
        return None
    crafts = rules.class_words("CRAFT")
    if not _boat_again(s.tokens, event.trigger.first + 1, rules, crafts):
        return None
    own = mention.actor1.code[:3]
    boats = [
        m for m in _boats(s, crafts)
        if 0 <= m.last <= event.trigger.first and m.country not in ("", own)
    ]  # fmt: skip
    if boats:
        return Actor(boats[-1].country, boats[-1].text)
    if earlier is not None and earlier.country != own and not _boat_before(s, event, crafts):
        return Actor(earlier.country, earlier.text)
    return None


def named_boat(s: _Sentence, rules: Rules) -> ActorMention | None:
    """The last boat a sentence names by a state: a flag ("Chinese-flagged") or a
    nationality before a word of CRAFT ("two Colombian fishing boats"); or None."""
    boats = [
        m for m in _boats(s, rules.class_words("CRAFT")) if m.first >= 0 and len(m.country) == 3
    ]  # fmt: skip
    return boats[-1] if boats else None


def _boats(s: _Sentence, crafts: frozenset[str]) -> list[ActorMention]:
    """The sentence's mentions that name a boat by a state: a flag ("Chinese-flagged") or
    a nationality before a word of CRAFT; never an international body."""
    return [
        m for m in s.mentions
        if m.country != "IGO" and (m.kind == "flag" or _names_a_boat(s.tokens, m, crafts))
    ]  # fmt: skip


def _boat_before(s: _Sentence, event: Assembled, crafts: frozenset[str]) -> bool:
    """Whether the sentence names a boat of its own before the verb ("a tanker sank ...
    and the navy towed the vessel"): "the vessel" is that one, not an earlier story's."""
    return any(t.key in crafts for t in s.tokens[: event.trigger.first])


def _boat_again(
    tokens: tuple[Token, ...], after: int, rules: Rules, crafts: frozenset[str]
) -> bool:
    """Whether the verb's object names a boat or crew already told of: "its 11 crew",
    "the vessel", "their entire crew"."""
    window = tokens[after : after + _CREW_REACH]
    if not window or (window[0].key != "the" and window[0].key not in rules.class_words("OWNER")):
        return False
    named = rules.class_words("CREW") | crafts
    return any(t.key in named for t in window[1:])


def _names_a_boat(tokens: tuple[Token, ...], m: ActorMention, crafts: frozenset[str]) -> bool:
    """ "the Taiwanese trawler", "a Vietnamese fishing boat": a nationality before a boat."""
    if m.kind != "demonym" or m.role:
        return False
    return any(t.key in crafts for t in tokens[m.last : m.last + _CRAFT_REACH])
