"""Names the dictionaries lack, tied by an apposition to an actor they do know.

"Baykar, the Turkish drone maker", "the Tamu Front, an armed group in Chad", "Ana
Ruiz, the president of the ECOWAS Commission": the unknown name before the comma is the
actor the apposition names (TURBUS, TCDREB, IGOWAS), here and, by its last word, later
in the document. Only an apposition that names a role, a body or a group counts: "X, a
Turkish citizen" names a nationality, no actor."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.lexicon import words
from watchfloor.extract.text import Token

# the longest name and apposition read: a name is a few words, an apposition a phrase
_NAME_WORDS = 5
_APPOSITION_WORDS = 8
_OPENERS = words("the a an")
# capitalised words that open a sentence or a clause, no part of a name
_NOT_NAMES = words("the a an in on at after before when while but and as on by for")
# words that open a sentence before a comma and name no one: "Meanwhile, the ..."
_OPENING_WORDS = words(
    "meanwhile however separately earlier later instead still yesterday today tonight also "
    "elsewhere overall last first second third finally nonetheless nevertheless moreover "
    "furthermore indeed similarly likewise again then now here there thus"
) | frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)
_KINDS = frozenset(("igo", "agency", "group", "leader"))
_ENDS = words(", . ; : ) — –")


def apposed_names(tokens: tuple[Token, ...], found: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions for the unknown names that an apposition right after them ties to an
    actor of ``found``."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for comma, token in enumerate(tokens):
        if token.key != "," or comma + 1 >= len(tokens) or tokens[comma + 1].key not in _OPENERS:
            continue
        actor = _apposed_actor(tokens, comma + 1, found)
        if actor is None:
            continue
        first = _name_start(tokens, comma, taken)
        if first is None:
            continue
        last = tokens[comma - 1]
        out.append(replace(
            actor, first=first, last=comma, kind="apposed", start=tokens[first].start,
            end=last.end, text=" ".join(t.text for t in tokens[first:comma]),
        ))  # fmt: skip
    return out


def _apposed_actor(
    tokens: tuple[Token, ...], start: int, found: Sequence[ActorMention]
) -> ActorMention | None:
    """The first actor with a role, or a body, within the apposition that opens at
    ``start`` and runs to the next comma or the end of the sentence."""
    end = start
    while end < len(tokens) and end - start < _APPOSITION_WORDS and tokens[end].key not in _ENDS:
        end += 1
    if end < len(tokens) and tokens[end].key not in _ENDS:
        return None  # too long for an apposition
    inside = [m for m in found if start <= m.first and m.last <= end and m.resolved]
    return next((m for m in inside if m.role or m.kind in _KINDS or len(m.code) > 3), None)


def _name_start(tokens: tuple[Token, ...], comma: int, taken: set[int]) -> int | None:
    """The first word of the capitalised name that ends right before the comma, if it is
    no actor already and a few words long."""
    first = comma
    while (
        first > 0
        and comma - first < _NAME_WORDS
        and _name_word(tokens[first - 1])
        and first - 1 not in taken
    ):
        first -= 1
    if first == comma or (first > 0 and first - 1 in taken):
        return None
    if first > 0 and _name_word(tokens[first - 1]):
        return None  # longer than a name: a title or a heading
    while first < comma and tokens[first].key in _NOT_NAMES:
        first += 1  # "The Tamu Front": the article is no part of the name
    if first == comma or any(t.key in _OPENING_WORDS for t in tokens[first:comma]):
        return None
    if comma - first == 1 and tokens[first].key.endswith("ly"):
        return None  # "Separately, the ..."
    return first


def _name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and (text.replace("-", "").replace("'", "").isalnum())


def alias_of(mention: ActorMention, tokens: tuple[Token, ...]) -> tuple[str, ActorMention] | None:
    """How later sentences name an apposed actor: its name's last word ("Baykar",
    "Touray")."""
    if mention.kind != "apposed":
        return None
    return tokens[mention.last - 1].text, mention
