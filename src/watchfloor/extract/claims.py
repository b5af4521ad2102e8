"""Claims, questions and threats in a sentence, and the targets an act takes from them or
from a place: who claims, whose forces "its" means, where a claim was made, "warned
that it would" as a threat (targets from places: ``place_targets.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.attribution import (
    Attribution,
)
from watchfloor.extract.certainty import MODAL_REACH
from watchfloor.extract.context import (
    DocumentContext,
)
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import (
    Actor,
    Certainty,
    Mention,
)
from watchfloor.taxonomy import CameoTaxonomy


def _asked(s: _Sentence, event: Assembled) -> bool:
    """ "He asked whether Russia had promised help": a question reports nothing, up to
    the comma that ends it ("Asked whether ..., Peskov said ...")."""
    return any(
        q < event.trigger.first
        and not any(t.key in (",", ";", ":") for t in s.tokens[q : event.trigger.first])
        for q, _ in s.cues["question"]
    )


def denies_own_act(tokens: tuple[Token, ...], a: Attribution) -> bool:
    """ "X denied sending troops", "X has repeatedly denied arming the rebels": a denial
    whose object is a gerund is of the denier's own act."""
    return (
        a.kind == "deny"
        and a.np_last <= a.cue_first
        and a.cue_last < len(tokens)
        and tokens[a.cue_last].key.endswith("ing")
    )


def _owned_by_claimant(
    rules: Rules,
    tokens: tuple[Token, ...],
    found: list[ActorMention],
    claim: Attribution | None,
    claimant: ActorMention | None,
) -> list[ActorMention]:
    """ "The Israeli military said its fighter jets had struck": forces that "its",
    "their" or "our" owns in a claim, with no other actor between, are the claimant's,
    not those of the country named last."""
    if claim is None or claimant is None or not claimant.resolved or claimant.kind == "igo":
        return found
    out = []
    owners = rules.class_words("OWNER")
    for m in found:
        owned = m.kind == "role" and m.role and m.first > claim.cue_last
        owned = owned and tokens[m.first - 1].key in owners
        if owned and not any(claim.cue_last <= o.first < m.first for o in found):
            m = replace(m, code=claimant.country + m.role)
        out.append(m)
    return out


def _claimant_of(claim: Attribution | None, context: DocumentContext) -> ActorMention | None:
    if claim is None:
        return None
    if claim.claimant is not None:
        return claim.claimant
    return context.pronoun(claim.pronoun) if claim.pronoun else None


def _reporting_spans(
    tokens: tuple[Token, ...], attributions: Sequence[Attribution]
) -> list[tuple[int, int]]:
    """Character spans whose dates say when a claim was made, not when the act was:
    the claimant phrase and the few words after the cue ("said on Friday") or after a
    claimant named behind it ("according to a statement released by the White House on
    Tuesday")."""
    spans = []
    for a in attributions:
        lo = tokens[min(a.np_first, a.cue_first)].start
        hi_token = min(len(tokens) - 1, max(a.cue_last, a.np_last) + 2)
        spans.append((lo, tokens[hi_token].end))
    return spans


def _claim_spans(
    tokens: tuple[Token, ...], attributions: Sequence[Attribution]
) -> list[tuple[int, int]]:
    """Where a claim is made ("told the Security Council in New York on Wednesday that"):
    its places are the claimant's, not the event's."""
    spans = []
    for a in attributions:
        end = a.cue_last
        while end < len(tokens) and end - a.cue_last < 8 and tokens[end].key not in ("that", ","):
            end += 1
        if not any(t.key in ("that", ",") for t in tokens[end:]):
            # "said the troops in the country were": no "that" to come, the claim's
            # content starts right after the cue
            end = a.cue_last + 1
        last = tokens[min(end, len(tokens) - 1)]
        first = min(a.np_first, a.cue_first)
        if _fronted_place(tokens, first):
            first = 0  # "In Brussels, NATO said ...": where it was said
        spans.append((tokens[first].start, last.start))
    return spans


def _fronted_place(tokens: tuple[Token, ...], claim_start: int) -> bool:
    """The sentence opens with "In X," or "At X," right before the claimant."""
    return (
        claim_start >= 3
        and tokens[0].key in ("in", "at")
        and tokens[claim_start - 1].key == ","
        and not any(t.key == "," for t in tokens[1 : claim_start - 1])
    )


def threat_made(
    mention: Mention, s: _Sentence, event: Assembled, rules: Rules, cameo: CameoTaxonomy
) -> Mention:
    """ "X warned that it would impose sanctions": the act is a threat, made now, by X."""
    warned = [w for w, _ in s.cues["warn"] if w < event.trigger.first]
    if not warned:
        return mention
    modal_between = any(warned[-1] < m < event.trigger.first for m, _ in s.cues["modal"])
    prefix = next((p for p in sorted(rules.threats, key=len, reverse=True)
                   if mention.code.startswith(p)), None)  # fmt: skip
    if not modal_between or prefix is None:
        return mention
    code = rules.threats[prefix]
    # "The State Department warned that Washington would impose sanctions": who warns
    # threatens
    warner = next((m for m in reversed(s.mentions) if m.last <= warned[-1]), None)
    actor = mention.actor1
    if warner is not None and warner.country == actor.country and len(actor.code) == 3:
        actor = Actor(warner.code, warner.text)
    return replace(mention, code=code, goldstein=cameo.get(code).goldstein, actor1=actor,
                   certainty=Certainty.ASSERTED, source=None)  # fmt: skip


def scoped(s: _Sentence, event: Assembled, rules: Rules) -> _Sentence:
    """The sentence's claimant and denier as far as they reach the act: "denied sending
    troops and said it had arrested 17 people" denies the first act and claims the
    second; "A and B signed a pact on Monday, and B's minister said ..." claims only what
    follows the saying. A charge told before the denial is made, not denied: "Sudan
    accused Chad of arming the RSF, a charge Chad rejects" denies the arming only."""
    first = event.trigger.first
    denials = [d for d, _ in s.cues["deny"] if d < first]
    charge = rules.in_code_class(event.code, "charging")
    if s.denier is not None and not denials and charge:
        s = replace(s, denier=None)
        if s.claim is not None and s.claim.kind == "deny":
            return replace(s, claimant=None, claim=None)
    if (
        s.denier is not None
        and denials
        and any(
            denials[-1] < c < first and _and_before(s.tokens, denials[-1], c)
            for c, _ in s.cues["say"]
        )
    ):
        s = replace(s, denier=None)
    claim = s.claim
    if claim is None or s.claimant is None or s.denier is not None:
        return s
    start = min(claim.np_first, claim.cue_first)
    between = [t.key for t in s.tokens[event.trigger.last : start]]
    joined = any(k == "," and n in ("and", "but") for k, n in pairwise(between))
    # "announced aid for Haiti and said it would send vehicles", "cancelled the visit
    # and the ministry said ...": a saying coordinated with the act claims only what
    # follows it
    joined = joined or (bool(between) and between[-1] in ("and", "but"))
    if start > event.trigger.last and (joined or ";" in between):
        return replace(s, claimant=None, claim=None)
    if _set_off_before(s.tokens, claim, start, first):
        return replace(s, claimant=None, claim=None)
    return s


def _set_off_before(tokens: tuple[Token, ...], claim: Attribution, start: int, first: int) -> bool:
    """ "Algeria shot down a drone, the ministry said, and Mali answered by closing its
    airspace": a saying set off by commas after its content claims only what came before
    it; the new clause after ", and" is the writer's."""
    end = max(claim.np_last, claim.cue_last)
    if not 0 < start < end < first or tokens[start - 1].key != ",":
        return False
    after = [t.key for t in tokens[end : end + 2]]
    return after == [",", "and"] or after == [",", "but"]


def _and_before(tokens: tuple[Token, ...], after: int, cue: int) -> bool:
    """ "and said", "but also said": a new saying, not a noun ("rejected claims that")."""
    return any(t.key in ("and", "but") for t in tokens[max(after + 1, cue - 3) : cue])


def intent_expressed(
    mention: Mention, s: _Sentence, event: Assembled, rules: Rules, cameo: CameoTaxonomy
) -> Mention:
    """ "X is willing to hold talks", "offered to train Y's troops": an offer of the act,
    made now (an 03 intent code, asserted), when an offer word governs the act in its
    clause (``MODAL_REACH`` words before it at most)."""
    head = event.head
    if not any(head - MODAL_REACH <= w < head for w, _ in s.cues["willing"]):
        return mention
    prefix = next((p for p in sorted(rules.intents, key=len, reverse=True)
                   if mention.code.startswith(p)), None)  # fmt: skip
    if prefix is None:
        return mention
    code = rules.intents[prefix]
    certainty = Certainty.REPORTED if mention.source is not None else Certainty.ASSERTED
    return replace(mention, code=code, goldstein=cameo.get(code).goldstein, certainty=certainty)


def _key_at(tokens: tuple[Token, ...], i: int) -> str:
    return tokens[i].key if i < len(tokens) else ""


def _inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= char < hi for lo, hi in spans)


def _words(tokens: tuple[Token, ...]) -> frozenset[str]:
    """The sentence's words split at hyphens ("mid-2024"): what dates and quantities
    look for before running their patterns."""
    words: set[str] = set()
    for t in tokens:
        if "-" in t.key or "‐" in t.key:
            words.update(t.key.replace("‐", "-").split("-"))
        else:
            words.add(t.key)
    return frozenset(words)
