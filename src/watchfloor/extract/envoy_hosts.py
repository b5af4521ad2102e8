"""A host's acts on a foreign envoy, told in the passive.

"The French ambassador in Moroni was summoned to the foreign ministry", "two Russian
diplomats were expelled from Estonia": the envoy is acted upon, never the actor. With no
"by" agent, the host acts: the state named after "to" or "from" ("summoned to the
Swedish foreign ministry", "expelled from Estonia"), else the envoy's post ("the
ambassador in Moroni"), else whoever the sentence speaks for ("..., a Comorian diplomat
said"). Patterns flagged ``host`` in event_patterns.tsv are read so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.arguments import _after_preposition
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

_HOST_PREPOSITIONS = ("to", "from")
# "the ambassador in Moroni", "the Chargé d'Affaires of Ukraine in Georgia": the post
# follows the envoy's words at once, or after a determiner
_POST_REACH = 2


@dataclass(frozen=True, slots=True)
class HostedEnvoys:
    hosts: list[ActorMention]  # empty when the sentence names no host
    envoys: list[ActorMention]


def hosted_envoys(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    subjects: Sequence[ActorMention],
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    claimant: ActorMention | None,
    rules: Rules,
) -> HostedEnvoys | None:
    """The host and the envoys of a passive act whose subjects, before the trigger, are
    all envoys of a known state; None when the act is not told so (an agent after "by"
    acts as usual)."""
    titles = rules.class_words("ENVOY_TITLE")
    if not subjects or any(s.first >= trigger.first or not s.code for s in subjects):
        return None
    if not all(any(t.key in titles for t in tokens[s.first : s.last]) for s in subjects):
        return None
    own = {s.country for s in subjects}
    envoys = list(subjects)
    for prep in _HOST_PREPOSITIONS:
        named = _after_preposition(tokens, prep, trigger.last, clause[1], candidates)
        hosts = [m for m in named if m.code and m.country not in own]
        if hosts:
            return HostedEnvoys(hosts, envoys)
    post = _post(tokens, subjects[-1], candidates)
    if post is not None and post.country not in own:
        return HostedEnvoys([post], envoys)
    if claimant is not None and claimant.code and claimant.country not in own:
        return HostedEnvoys([claimant], envoys)
    return HostedEnvoys([], envoys)


def recalled_envoy(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    subjects: Sequence[ActorMention],
    candidates: Sequence[ActorMention],
    rules: Rules,
) -> tuple[ActorMention, ActorMention] | None:
    """A state's own envoy called home, told in the passive ("the Ambassador of X to Y
    has been recalled to <X's capital> for consultations", "X's ambassador in <Y's
    capital> was called home"): the envoy's state and the post it leaves; None unless the
    one subject is an envoy whose post the sentence names."""
    titles = rules.class_words("ENVOY_TITLE")
    if len(subjects) != 1 or subjects[0].first >= trigger.first or not subjects[0].code:
        return None
    envoy = subjects[0]
    if not any(t.key in titles for t in tokens[envoy.first : envoy.last]):
        return None
    post = _post(tokens, envoy, candidates, ("in", "to"))
    if post is None or post.country == envoy.country:
        return None
    return envoy, post


def _post(
    tokens: tuple[Token, ...],
    envoy: ActorMention,
    candidates: Sequence[ActorMention],
    words: tuple[str, ...] = ("in",),
) -> ActorMention | None:
    """The state of the place after "in" (or another of ``words``) right after the
    envoy's words."""
    if envoy.last >= len(tokens) or tokens[envoy.last].key not in words:
        return None
    return next(
        (m for m in candidates
         if envoy.last < m.first <= envoy.last + _POST_REACH
         and m.code and m.kind in ("country", "capital")),
        None,
    )  # fmt: skip
