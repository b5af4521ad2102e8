"""Reactions aimed at an earlier event: "Washington, Seoul and Tokyo condemned that launch"
condemns whoever launched. The target is the actor of the latest earlier event of a
family the noun names (``event_nouns.tsv``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watchfloor.extract.denials import accuser
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

REACH = 8
# Verbal conflict and reduced relations react to what others did.
# Meetings and visits point back at who came: "held talks with his guest".
_POINTERS = DEFINITE | {"such"}
# a pronoun object that stands for the act told before, when nothing follows it


def anaphoric_target(
    mention: Mention,
    tokens: tuple[Token, ...],
    after: int,
    rules: Rules,
    earlier: Sequence[Mention],
    cameo: CameoTaxonomy,
) -> Actor | None:
    """The actor a reaction without a named target is aimed at, or None."""
    if mention.actor2 is None and cameo.in_class(mention.code, "denial"):
        return accuser(mention, earlier)
    reacts = cameo.in_class(mention.code, "reactive") or cameo.in_class(mention.code, "hosting")
    if mention.actor2 is not None or not reacts:
        return None
    if _bare_pointer(tokens, after, rules):
        return _latest_act_against(mention, earlier)
    roots = _referred_roots(tokens, after, rules.event_nouns)
    if not roots:
        return None
    for event in reversed(earlier):
        if event.root in roots and event.actor1.country != mention.actor1.country:
            return event.actor1
    return None


def _referred_roots(
    tokens: tuple[Token, ...], start: int, nouns: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    for j in range(start, min(len(tokens), start + REACH)):
        roots = nouns.get(tokens[j].key)
        if roots and any(t.key in _POINTERS for t in tokens[max(start, j - 3) : j]):
            return roots
    return ()


def _bare_pointer(tokens: tuple[Token, ...], at: int, rules: Rules) -> bool:
    """ "China firmly opposes and strongly condemns this, and ...", "Tokyo condemned it.":
    the reaction's object is a pronoun standing for the act just told."""
    if at >= len(tokens) or tokens[at].key not in rules.class_words("ACT_POINTER"):
        return False
    after = tokens[at + 1].key if at + 1 < len(tokens) else "."
    return after in rules.class_words("POINTER_END")


def _latest_act_against(mention: Mention, earlier: Sequence[Mention]) -> Actor | None:
    """The doer of the latest act aimed at the one who reacts, else of the latest act
    by another state."""
    home = mention.actor1.country
    foreign = [e for e in earlier if e.actor1.country != home]
    aimed = [e for e in foreign if e.actor2 is not None and e.actor2.country == home]
    chosen = aimed or foreign
    return chosen[-1].actor1 if chosen else None
