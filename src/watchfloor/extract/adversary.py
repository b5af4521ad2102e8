"""Whom a state's own statement answers: the other state its title names ("Statement of
the Ministry of Foreign Affairs of X on the violation of X's airspace by Y's aircraft",
"Declaration ... on the new coercive measures of the Z government"). Its rejections,
condemnations, warnings and reservations of a response that name no target in their
own clause ("The Ministry categorically rejects this slanderous accusation", "X reserves
the right to respond") are aimed at that state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy.cameo import CameoTaxonomy

_STATES = frozenset({"country", "demonym", "capital", "agency", "role"})
# the voices of the state itself: its forces' readiness ("the Defence Forces are ready to
# defend the homeland") answers no one in particular
_VOICES = frozenset({"", "GOV"})


def title_adversary(home: str | None, title: Sequence[ActorMention]) -> ActorMention | None:
    """The first state other than ``home`` that a statement's title names (``title``:
    the actors found in it, its brackets left out: "(translated from French)")."""
    if home is None:
        return None
    others = (m for m in title if m.kind in _STATES and m.code and m.country != home)
    return next((m for m in others if not m.code.startswith("IGO")), None)


def aimed_at_adversary(
    records: Sequence[Mention],
    home: str | None,
    adversary: ActorMention | None,
    cameo: CameoTaxonomy,
) -> tuple[Mention, ...]:
    """``records`` with the home state's untargeted answers aimed at ``adversary``."""
    if home is None or adversary is None:
        return tuple(records)
    target = Actor(adversary.country, adversary.text)  # the state: its organ varies
    return tuple(replace(r, actor2=target) if _answers(r, home, cameo) else r for r in records)


def _answers(record: Mention, home: str, cameo: CameoTaxonomy) -> bool:
    if record.actor2 is not None or record.actor1.country != home:
        return False
    return record.actor1.code[3:] in _VOICES and cameo.in_class(record.code, "answering")
