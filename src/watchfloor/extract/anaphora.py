"""Reactions aimed at an earlier event: "Washington, Seoul and Tokyo condemned that launch"
condemns whoever launched. The target is the actor of the latest earlier event of a
family the noun names (``event_nouns.tsv``). A reaction aimed at people the story told
were held ("police detained seven Armenian citizens. The ministry accused them of ...",
"... accused the two men of spying") is aimed at the state of those people."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watchfloor.extract.denials import accuser
from watchfloor.extract.held_releases import latest_holding
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.owner_targets import after_label
from watchfloor.extract.quantities import parse_number
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy
from watchfloor.taxonomy.actors import STATE_ROLES

REACH = 8
# Verbal conflict and reduced relations react to what others did.
# Meetings and visits point back at who came: "held talks with his guest".
_POINTERS = DEFINITE | {"such"}
_PHRASE_END = frozenset({".", ",", ";", ":", "and", "but", "(", ")"})
# what opens a phrase that points back at people named before ("the two men")
_HELD_DETERMINERS = frozenset({"the", "these", "those"})
# a person let go named by a pronoun ("released him on bail"): "them" is a held pointer
_PERSON_OBJECTS = frozenset({"him", "her"})


def anaphoric_target(
    mention: Mention,
    tokens: tuple[Token, ...],
    after: int,
    rules: Rules,
    earlier: Sequence[Mention],
    cameo: CameoTaxonomy,
    before: int | None = None,
) -> Actor | None:
    """The actor a reaction without a named target is aimed at, or None. ``before``, when
    given, is where the words before the trigger that may name the act begin: a verdict
    told as a fate clause ("said the attack was unacceptable") names it as its subject."""
    if mention.actor2 is None and cameo.in_class(mention.code, "denial"):
        return accuser(mention, earlier, rules)
    if mention.actor2 is None and cameo.in_class(mention.code, "released"):
        return _latest_held(tokens, after, rules, earlier, cameo)
    reacts = cameo.in_class(mention.code, "reactive") or cameo.in_class(mention.code, "hosting")
    if mention.actor2 is not None or not reacts:
        return None
    if _bare_pointer(tokens, after, rules) or _named_by_reactor(tokens, after):
        return _latest_act_against(mention, earlier)
    if _held_pointer(tokens, after, rules):
        return _latest_target_of(mention, earlier)
    roots = _referred_roots(tokens, after, rules.event_nouns)
    if not roots and before is not None:
        roots = _referred_roots(tokens[:after], before, rules.event_nouns)
    for event in reversed(earlier):
        if event.root in roots and event.actor1.country != mention.actor1.country:
            return event.actor1
    if cameo.in_class(mention.code, "release_demand"):
        return _latest_holder(mention, earlier, cameo)
    return None


def _latest_holder(
    mention: Mention, earlier: Sequence[Mention], cameo: CameoTaxonomy
) -> Actor | None:
    """ "demanded their immediate release", "demands the return of the vessel": who holds
    them is the doer of the latest earlier seizure or arrest by another state, one of
    the demander's own people or property first."""
    home = mention.actor1.country
    held = [
        e for e in earlier
        if cameo.in_class(e.code, "holding") and e.actor1.country not in (home, "IGO")
    ]  # fmt: skip
    ours = [e for e in held if e.actor2 is not None and e.actor2.country == home]
    chosen = ours or held
    if not chosen:
        return None
    holder = chosen[-1].actor1
    # addressed to the holding state's government, whichever of its organs made the arrest
    if holder.code[3:] in STATE_ROLES:
        return Actor(holder.country + "GOV", holder.text)
    return holder


def _latest_held(
    tokens: tuple[Token, ...],
    at: int,
    rules: Rules,
    earlier: Sequence[Mention],
    cameo: CameoTaxonomy,
) -> Actor | None:
    """ "arrested six men ... and a court released them on bail": a release whose object
    points back at people named before frees whom the latest earlier arrest or seizure
    held (its target), whoever held them; a release naming its own people is not asked."""
    pointed = at < len(tokens) and tokens[at].key in _PERSON_OBJECTS
    if not pointed and not _held_pointer(tokens, at, rules):
        return None
    holding = latest_holding(earlier, lambda code: cameo.in_class(code, "holding"))
    return holding[1] if holding is not None else None


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


def _named_by_reactor(tokens: tuple[Token, ...], at: int) -> bool:
    """ "condemned what it called hostage-taking", "rejected what he described as
    interference": the reactor's own name for the act just told; a state named inside
    it ("what it called Canberra's interference") is the target already."""
    start = after_label(tokens, at, len(tokens))
    if start == at:
        return False
    for token in tokens[start : start + REACH]:
        if token.key in _PHRASE_END:
            break
        if token.text[:1].isupper() or token.key == "'s":
            return False  # a name or a possessor inside: the phrase names its own target
    return True


def _held_pointer(tokens: tuple[Token, ...], at: int, rules: Rules) -> bool:
    """ "accused them of", "accused the two men of", "charged the crew with", "accused
    the seven of": the object points back at people already named, not at a state."""
    if at >= len(tokens):
        return False
    if tokens[at].key == "them":
        return True
    if tokens[at].key not in _HELD_DETERMINERS:
        return False
    j = at + 1
    counted = j < len(tokens) and tokens[j].key != "a" and (parse_number(tokens[j].key) or 0) > 0
    j += counted
    if j >= len(tokens):
        return counted
    if tokens[j].key in rules.class_words("HELD_PEOPLE"):
        return True
    # "the seven of", "the two." : a bare number stands for the people counted before
    return counted and (tokens[j].key == "of" or tokens[j].key in rules.class_words("POINTER_END"))


def _latest_target_of(mention: Mention, earlier: Sequence[Mention]) -> Actor | None:
    """The target of the latest earlier act by the same side on another state: whom
    that side held, seized or charged."""
    home = mention.actor1.country
    for event in reversed(earlier):
        target = event.actor2
        if event.actor1.country == home and target is not None and target.country != home:
            return target
    return None


def _latest_act_against(mention: Mention, earlier: Sequence[Mention]) -> Actor | None:
    """The doer of the latest act aimed at the one who reacts, else of the latest act
    by another state."""
    home = mention.actor1.country
    foreign = [e for e in earlier if e.actor1.country != home]
    aimed = [e for e in foreign if e.actor2 is not None and e.actor2.country == home]
    chosen = aimed or foreign
    return chosen[-1].actor1 if chosen else None
