"""Denials of a charge (CAMEO 016): "Moscow rejected the accusation as absurd", "the
LNA denied any involvement", "Seoul denied it".

Two readings of a denial are kept apart. A denial whose object is a told act ("denied
sending troops", "rejected claims that X sent troops") makes that act ``denied``, with
the denier as its source (``claims``). A denial whose object is the charge itself, or
that dismisses it as false, is an act of the denier's own, aimed at the accuser: the one
the phrase names ("the French accusations"), else whoever accused the denier before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watchfloor.extract.attribution import CLAUSE_PUNCT, Attribution
from watchfloor.extract.claims import denies_own_act
from watchfloor.extract.lexicon import CLAUSE_OPENERS, DEFINITE, PREPOSITIONS
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.models import Actor, Mention

# how far the charge noun may stand from the denial: "rejected the French accusations",
# "categorically rejects these fabricated and baseless allegations"
_NOUN_REACH = 6
# how far "as absurd" may stand: "rejected the army's statement on Monday as a fabrication"
_DISMISS_REACH = 10


def denials_of_acts(
    tokens: tuple[Token, ...], attributions: Sequence[Attribution], rules: Rules
) -> list[Attribution]:
    """The denial cues that deny: not those rejecting an act ("Ecuador rejected the
    decision taken by Colombia", "rejects the sanctions announced by the Treasury"),
    which are acts of their own (CAMEO 12) and leave the act rejected as it was."""
    return [a for a in attributions if a.kind == "deny" and not _rejects_an_act(tokens, a, rules)]


def _rejects_an_act(tokens: tuple[Token, ...], a: Attribution, rules: Rules) -> bool:
    classes = rules.single_words
    if a.np_last > a.cue_first or tokens[a.cue_first].key not in classes["REJECTING"]:
        return False
    for j in range(a.cue_last, min(len(tokens), a.cue_last + _NOUN_REACH)):
        key = tokens[j].key
        if key in CLAUSE_PUNCT or key in CLAUSE_OPENERS or key in classes["CHARGE"]:
            return False
        roots = rules.event_nouns.get(key)
        # a saying turned down ("rejected the American criticism") is a refusal of one's
        # own, as an act is; a charge denied ("rejected the accusations") is not
        said = key in classes["REJECTED_SAYING"]
        if said or (roots and not all(rules.in_code_class(r, "charge_said") for r in roots)):
            # the act's noun heads its phrase, unless a plural noun follows it: "the
            # strike reports" are reports
            after = _key(tokens, j + 1)
            plural = after.endswith("s") and after.isalpha()
            return not plural or after in PREPOSITIONS or after in CLAUSE_OPENERS or (
                after in DEFINITE
            )
    return False


def claimant_words(
    tokens: tuple[Token, ...], attributions: Sequence[Attribution], rules: Rules
) -> set[int]:
    """The words of the claimant phrases, which name no actor of the sentence's acts:
    not those of one who denies doing something ("The UAE denied arming either side") or
    rebuts a charge ("Kenya rejected the Somali claims"), nor a charge mistaken for a
    saying ("the Somali claims" is no "Somalia claims")."""
    classes = rules.single_words
    rebutting = [a for a in attributions if rebuts_a_charge(tokens, a, classes)]
    charges = classes.get("CHARGE", frozenset())
    out: set[int] = set()
    for a in attributions:
        if denies_own_act(tokens, a) or a in rebutting:
            continue
        if a.kind == "deny" and _rejects_an_act(tokens, a, rules):
            continue
        if a.np_last <= a.cue_first and _key(tokens, a.cue_last) == "by":
            continue  # "the sanctions announced by the Treasury": what was said, not who
        if tokens[a.cue_first].key in charges and any(
            r.cue_last <= a.cue_first < r.cue_last + _NOUN_REACH for r in rebutting
        ):
            continue
        out.update(range(a.np_first, a.np_last))
    return out


def rebuts_a_charge(
    tokens: tuple[Token, ...], a: Attribution, classes: Mapping[str, frozenset[str]]
) -> bool:
    """Whether a denial cue rebuts a charge rather than denies a told act: then the
    denier is the actor of a 016 event, not only the source of a denied one."""
    if a.kind != "deny" or a.np_last > a.cue_first:
        return False
    if _answers_a_charge(tokens, a, classes["CHARGE"]):
        return True
    if a.cue_last >= len(tokens):
        return False
    after = tokens[a.cue_last : a.cue_last + _DISMISS_REACH]
    keys = [t.key for t in after]
    content = classes["CONTENT_OPENER"]
    if keys[0] in classes["DENIED_POINTER"]:
        # "denied it." / "denied it, saying": not "denied it had sent troops"
        return len(keys) == 1 or keys[1] in CLAUSE_PUNCT or keys[1] in (".", "as")
    if keys[0] in classes["DENIED_ANY"] and len(keys) > 1 and keys[1] in classes["INVOLVEMENT"]:
        return True
    for j, key in enumerate(keys[:_NOUN_REACH]):
        if key in CLAUSE_PUNCT - {'"', "“", "”"} or key in content:
            break
        if key in classes["CHARGE"]:
            return j + 1 >= len(keys) or keys[j + 1] not in content
    return _dismissed_as_false(keys, classes["DISMISSIVE"])


def _answers_a_charge(tokens: tuple[Token, ...], a: Attribution, charges: frozenset[str]) -> bool:
    """ "a charge (that) Chad has always rejected": the charge stands before the denier."""
    start = a.claimant.first if a.claimant is not None else a.np_first
    before = [t.key for t in tokens[max(0, start - 2) : start]]
    if before and before[-1] in ("that", "which"):
        before = before[:-1]
    return bool(before) and before[-1] in charges


def _dismissed_as_false(keys: Sequence[str], dismissive: frozenset[str]) -> bool:
    """ "rejected the army's statement as an irresponsible fabrication"."""
    if "as" not in keys:
        return False
    rest = keys[keys.index("as") + 1 :]
    return any(k in dismissive for k in rest[:4])


def accuser(mention: Mention, earlier: Sequence[Mention], rules: Rules) -> Actor | None:
    """The one a denial with no named accuser answers: the actor of the latest
    accusation or criticism aimed at the denier, else the source of the latest claim
    about an act of the denier's."""
    denier = mention.actor1.country
    for event in reversed(earlier):
        aimed = event.actor2 is not None and event.actor2.country == denier
        if rules.in_code_class(event.code, "accusing") and aimed and event.actor1.country != denier:
            return _state_of(event.actor1)
    for event in reversed(earlier):
        source = event.source
        if event.actor1.country == denier and source is not None and source.country != denier:
            return _state_of(source)
    return None


def _state_of(actor: Actor) -> Actor:
    """A charge answered later is the accusing state's ("Moscow rejected the accusation"
    after Moldova's foreign ministry made it): its office was the one that spoke."""
    if actor.code.startswith("IGO") or len(actor.code) <= 3:
        return actor
    return Actor(actor.country, actor.text)


def charges_read_as_acts(
    tokens: tuple[Token, ...], triggers: Sequence[Trigger], classes: Mapping[str, frozenset[str]]
) -> list[Trigger]:
    """The triggers but those ending on a charge that a clause spells out ("rejected
    claims that troops crossed"): there the told act is what is denied, not the charge."""
    charges = classes.get("CHARGE", frozenset())
    content = classes["CONTENT_OPENER"]
    return [
        t for t in triggers
        if not (tokens[t.last - 1].key in charges and _key(tokens, t.last) in content)
    ]  # fmt: skip


def _key(tokens: tuple[Token, ...], i: int) -> str:
    return tokens[i].key if i < len(tokens) else ""
