"""Targets named as the owner of what the act falls on: "summoned the head of the EU
delegation", "revoked the visas of 14 Honduran lawmakers", "held talks with the Deputy
Minister of Foreign Affairs of the Russian Federation". The verb's object (or the object
of its preposition) is a person, office or thing, and whose it is stands after "of": the
act falls on that owner. Only a head the rules know to stand for its owner counts (a
title, written capitalised, or a word of OWNED_HEAD), or a thing owned, run or
chartered by the owner (a word of OWNING, then "by" or "to"): "the future of Syria" or
"the killing of three soldiers" name no one acted on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.arguments import HARD_BREAK, _conjuncts_right, _only_modifiers
from watchfloor.extract.lexicon import DETERMINERS, PREPOSITIONS
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

_PREP_REACH = 8  # "held consultations by telephone on 14 April with": trigger to preposition
_HEAD_REACH = 8  # "the Acting High Commissioner of the United Republic": opening to "of"
_OWNER_REACH = 4  # "of the Federal Government": "of" to the owner's first word
# "what it called the coercive diplomacy of": the judged phrase follows the speaker's label
_LABEL_REACH = 4
_NAMING = frozenset(("called", "calls", "termed", "terms", "dubbed", "dubs"))
_DESCRIBING = frozenset(("described", "describes"))  # "... described as"


def owner_target(
    rules: Rules,
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause_end: int,
    candidates: Sequence[ActorMention],
) -> tuple[str, list[ActorMention]]:
    """(the slot, the owners) of the first of the pattern's target slots whose object is
    "the <head> of <actor>"; ("", []) when none is."""
    # a frozenset, as mypyc holds it to: minus a dict's keys would make a plain set
    boats = (rules.class_words("CREW") | rules.class_words("CRAFT")).difference(rules.event_nouns)
    # a boat's word may name an act ("the launch of"), whose doer is no owner
    heads = rules.class_words("OWNED_HEAD") | rules.class_words("ENVOY_TITLE") | boats
    if rules.in_code_class(trigger.pattern.code, "judging"):
        heads = heads | rules.class_words("CONDUCT_HEAD")
    owning = rules.class_words("OWNING")
    posts = _Posts(rules.class_words("POST_STAFF"), rules.class_words("DIPLOMATIC_POST"))
    for slot in trigger.pattern.targets:
        start = _slot_start(tokens, trigger, slot, clause_end)
        if start < 0:
            continue
        if slot == "obj":
            start = after_label(tokens, start, clause_end)
        found = _owner_after(tokens, start, clause_end, candidates, heads, owning, posts)
        if not found and slot == "obj" and trigger.last - trigger.first > 2:
            # the object may stand inside the trigger's gap: "declared a counsellor at
            # the Chinese embassy persona non grata", "ordered ... to leave"
            inner = trigger.first + 1
            found = _owner_after(tokens, inner, trigger.last, candidates, heads, owning, posts)
        if found:
            return slot, found
    return "", []


@dataclass(frozen=True, slots=True)
class _Posts:
    """A diplomat named by the post served at: the person's words (POST_STAFF) and the
    words that end a post's name (DIPLOMATIC_POST)."""

    staff: frozenset[str]
    posts: frozenset[str]


def _slot_start(tokens: tuple[Token, ...], trigger: Trigger, slot: str, end: int) -> int:
    """Where the slot's noun phrase opens: right after the verb for its object, after
    the preposition for the others; -1 when the clause has no such preposition near."""
    if slot == "obj":
        return trigger.last
    if tokens[trigger.last - 1].key == slot:
        return trigger.last
    for j in range(trigger.last, min(end, trigger.last + _PREP_REACH)):
        if tokens[j].key == slot:
            return j + 1
        if tokens[j].key in HARD_BREAK or tokens[j].key == ",":
            break
    return -1


def after_label(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Past the speaker's own label, "what it called" or "what Moscow described as",
    opening a phrase at ``start``: where the labelled phrase begins; ``start`` when the
    phrase opens otherwise."""
    if start >= end or tokens[start].key != "what":
        return start
    for j in range(start + 1, min(end, start + 1 + _LABEL_REACH)):
        if tokens[j].key in _NAMING:
            return j + 1
        if tokens[j].key == "as" and tokens[j - 1].key in _DESCRIBING:
            return j + 1
    return start


def _owner_after(
    tokens: tuple[Token, ...],
    start: int,
    end: int,
    candidates: Sequence[ActorMention],
    heads: frozenset[str],
    owning: frozenset[str],
    posts: _Posts,
) -> list[ActorMention]:
    """The owner of the phrase opening at ``start`` with a determiner ("the head of the
    EU delegation", "his counterpart of the Federal Government of Somalia"), or after
    a word of OWNING ("a tanker owned by a Greek company"); a title may hold its own "of"
    ("Minister of Foreign Affairs of the Russian Federation"); the state whose post a
    diplomat serves at ("a counsellor at the Chinese embassy")."""
    if start >= end:
        return []
    # the trigger may hold the thing: "revoked the visas of", "seized a tanker owned by"
    if tokens[start].key == "of" and _owned(tokens[start - 1], heads):
        return _owners(tokens, start, candidates)
    if tokens[start].key in owning and start + 1 < end and tokens[start + 1].key in ("by", "to"):
        return _owners(tokens, start + 1, candidates)
    if tokens[start].key not in DETERMINERS and not tokens[start].text[:1].isdigit():
        return []
    if any(start <= m.first < start + 2 for m in candidates):
        return []  # "the Russian ambassador": the object is an actor already
    j = start + 1
    while j < min(end, start + 1 + _HEAD_REACH):
        token = tokens[j]
        after = tokens[j + 1].key if j + 1 < end else "."
        if token.key in owning and after in ("by", "to") and j > start + 1:
            # "a vessel belonging to a Georgian company", "shops owned by Nigerian traders"
            return _owners(tokens, j + 1, candidates)
        if token.key in ("at", "of") and j > start + 1 and tokens[j - 1].key in posts.staff:
            served = _post_owners(tokens, j, candidates, posts.posts)
            if served:
                return served
        if token.key == "of" and j > start + 1 and _owned(tokens[j - 1], heads):
            owners = _owners(tokens, j, candidates)
            if owners:
                return owners
        elif not _phrase_word(token):
            return []
        j += 1
    return []


def _owners(
    tokens: tuple[Token, ...], of: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The actors right after the "of" at ``of``, a list of them joined."""
    for m in candidates:
        if of < m.first <= of + _OWNER_REACH and _only_modifiers(tokens, of + 1, m.first):
            return _conjuncts_right(tokens, m, candidates)
    return []


def _post_owners(
    tokens: tuple[Token, ...], at: int, candidates: Sequence[ActorMention], posts: frozenset[str]
) -> list[ActorMention]:
    """The state of the post right after the "at" (or "of") at ``at``: "at the Chinese
    embassy"; none for an actor that is no post ("at the Chinese border")."""
    owners = _owners(tokens, at, candidates)
    if owners and tokens[owners[0].last - 1].key in posts:
        return owners[:1]
    return []


def _owned(head: Token, heads: frozenset[str]) -> bool:
    """A title ("Chargé d'Affaires", "High Commissioner", "Foreign Affairs") or a word of
    OWNED_HEAD ("head", "visas", "assets") stands for, or belongs to, its owner."""
    return head.key in heads or (head.is_capitalised and head.text.isalpha())


def _phrase_word(token: Token) -> bool:
    """A word the noun phrase may hold before its "of": no punctuation, no other
    preposition ("the crew of the vessel from Chile"), no break."""
    if token.key in HARD_BREAK or token.key in PREPOSITIONS - {"of"}:
        return False
    return any(c.isalnum() for c in token.text) or token.key in ("'s", "'", "-")
