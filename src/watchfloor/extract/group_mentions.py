"""Phrases that name several actors at once: "the three leaders", "both governments",
"all sides" after an appeal, "its ally", "the group"; and role words inside a group's
name, which are no actors of their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from watchfloor.extract.actors import COUNTRYISH, ActorMention
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

# how many a group phrase counts: "the two countries", "both sides"
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def group_mentions(
    rules: Rules,
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """ "the three leaders", "both governments", "the two countries": every party of the
    last act with several parties (mentions sharing one span); after an appeal word
    (ADDRESS: "urged all sides"), the story's two sides."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    everyone = rules.class_words("EVERYONE")
    heads = rules.class_words("GROUP_HEAD") | everyone
    groups = rules.class_words("GROUP_NOUN")
    for i in range(len(tokens) - 1):
        if i in taken or tokens[i].key not in heads:
            continue
        j = i + 1 if tokens[i].key not in everyone else i
        if tokens[j].key in _NUMBERS and j + 1 < len(tokens):
            j += 1
        appeal = _appealed(tokens, i, rules.class_words("ADDRESS"))
        inside = _inside(tokens, found, j, groups | everyone) if appeal else None
        if inside is not None:  # "urged everyone in Bosnia", "all parties in South Sudan"
            out.append(replace(inside, first=i, last=j + 1, text=" ".join(
                t.text for t in tokens[i : j + 1]), start=tokens[i].start, end=tokens[j].end))
            continue  # fmt: skip
        bare = _bare_pair(rules, tokens, i)
        if bare:  # the phrase is "the two" alone, the verb after it no group noun
            j = i + 1
        if not bare and (tokens[j].key not in groups or (tokens[i].key == "the" and j == i + 1)):
            continue
        start, end = tokens[i].start, tokens[j].end
        states = tokens[j].key in rules.class_words("STATE_NOUN")
        # "urged both governments", then "the two neighbours": fewer than the act's
        # parties are those it was aimed at, named after its actor
        count = 2 if bare else _NUMBERS.get(tokens[j - 1].key if j > i + 1 else tokens[i].key, 0)
        group = _sentence_parties(found, i, count) or context.group
        members = group[-count:] if 0 < count < len(group) else group
        sides = _named_pair(tokens, found, i) or context.dyad
        if tokens[j].key in rules.class_words("APPEALED_GROUP") and appeal and sides:
            # the sides as states, whatever organ of theirs led the story; their
            # governments when the appeal says so
            role = "GOV" if tokens[j].key == "governments" else ""
            members = [replace(m, code=m.country + role, role=role) if m.country != "IGO"
                       else m for m in sides]  # fmt: skip
        governments = tokens[j].key in rules.class_words("GOVERNMENT_NOUN")
        militaries = tokens[j].key in rules.class_words("MILITARY_GROUP_NOUN")
        for member in members:
            if states and member.country != "IGO":
                member = replace(member, code=member.country, role="")
            elif governments and member.country != "IGO":
                # "both governments" after "Niger and Benin": the states' governments
                member = replace(member, code=member.country + "GOV", role="GOV")
            elif militaries and member.country != "IGO":
                member = replace(member, code=member.country + "MIL", role="MIL")
            out.append(replace(member, first=i, last=j + 1, text=" ".join(
                t.text for t in tokens[i : j + 1]), start=start, end=end))  # fmt: skip
    return out


def _bare_pair(rules: Rules, tokens: tuple[Token, ...], i: int) -> bool:
    """ "... spoke with his Malawian counterpart, and the two agreed": a bare "the two"
    right before a verb of BARE_PAIR_NEXT names the pair, as "the two leaders" does; "the
    two men" or "the two sides" are read as a group noun or a reference back elsewhere."""
    return (
        tokens[i].key == "the"
        and i + 2 < len(tokens)
        and tokens[i + 1].key == "two"
        and tokens[i + 2].key in rules.class_words("BARE_PAIR_NEXT")
    )


def _sentence_parties(found: Sequence[ActorMention], i: int, count: int) -> list[ActorMention]:
    """ "The Japan Coast Guard and its Philippine counterpart will drill ..., officials
    from both countries said": the sentence's own states before the phrase, when they
    are as many as it counts (at least two), stand before the story's last group."""
    states: dict[str, ActorMention] = {}
    for m in found:
        # a capital is mostly a place here: "visited Niamey and offered to mediate
        # between the two neighbours" names no neighbour
        if m.last <= i and m.resolved and m.country != "IGO" and m.kind != "capital":
            states.setdefault(m.country, m)
    parties = list(states.values())
    return parties if count >= 2 and len(parties) == count else []


def _inside(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], j: int, groups: frozenset[str]
) -> ActorMention | None:
    """The state of "all sides in Libya", "everyone in Bosnia and Herzegovina" (a word
    of ``groups`` before "in")."""
    if j + 2 >= len(tokens) or tokens[j + 1].key != "in":
        return None
    if tokens[j].key not in groups:
        return None
    state = next((m for m in found if m.first == j + 2 and m.kind in COUNTRYISH), None)
    return replace(state, code=state.country, role="") if state is not None else None


def _named_pair(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], i: int
) -> list[ActorMention]:
    """ "a matter between Nepal and India ... called on the two countries": the last two
    states joined by "and" before the group in its own sentence."""
    before = [m for m in found if m.last <= i and m.kind in COUNTRYISH]
    for a, b in reversed(list(pairwise(before))):
        if a.last + 1 == b.first and tokens[a.last].key == "and" and a.country != b.country:
            return [a, b]
    return []


def _appealed(tokens: tuple[Token, ...], i: int, appeals: frozenset[str]) -> bool:
    """ "called on both sides", "urged \"all parties\"": an appeal word right before."""
    skipped = ('"', "“", "on", "upon", "to")
    before = [t.key for t in tokens[max(0, i - 3) : i] if t.key not in skipped]
    return bool(before) and before[-1] in appeals


def within_groups(found: Sequence[ActorMention]) -> list[ActorMention]:
    """ "The three governments" stands for the group's members; the role word inside it
    is no actor of its own. Nor is a role word right after a named group ("Wagner
    mercenaries"): it is that group's head noun."""
    groups = [(m.first, m.last) for m in found if m.kind == "group" and m.last - m.first > 1]
    named = {m.last for m in found if m.kind in ("group", "agency") and m.resolved}
    return [
        m for m in found
        if not (m.kind == "role" and any(lo <= m.first and m.last <= hi and (lo, hi) != (
            m.first, m.last) for lo, hi in groups))
        and not (m.kind == "role" and m.first in named and m.text[:1].islower())
    ]  # fmt: skip


def partner_mentions(
    rules: Rules,
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """ "Russia is not handing the weapons to its ally": the possessor's partner is the
    other state the story last named; "accused the group of spying": the plural actors
    the story last named."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    partners = rules.class_words("PARTNER_NOUN")
    collectives = rules.class_words("COLLECTIVE_NOUN")
    for i in range(1, len(tokens)):
        key, before = tokens[i].key, tokens[i - 1].key
        if i in taken or before not in ("its", "their", "the"):
            continue
        if key in partners and before != "the":
            owners = [m for m in found if m.last <= i - 1]
            owner = owners[-1].country if owners else None
            referent = next((m for m in reversed(context.history)
                             if m.kind in COUNTRYISH and owner and m.country != owner),
                            None)  # fmt: skip
        elif key in collectives and before == "the":
            referent = next((m for m in reversed(context.history)
                             if (m.kind == "group" or m.role) and m.text.endswith("s")
                             and not m.code.startswith("IGO")), None)  # fmt: skip
        else:
            continue
        if referent is not None:
            t = tokens[i]
            out.append(replace(referent, first=i - 1, last=i + 1, kind="context",
                               text=f"{tokens[i - 1].text} {t.text}",
                               start=tokens[i - 1].start, end=t.end))  # fmt: skip
    return out
