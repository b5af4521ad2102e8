"""Targets of refusals that name no one: "Seoul says it will not negotiate with them",
"Georgia 'will not release anyone on foreign orders'", "Mexico does not hand over
anyone who has asked for its protection". A refusal (CAMEO 12) answers an appeal or a
demand (02, 10) the story told before: with no target of its own, it is aimed at the
latest earlier asker of another state who asked the refuser's state (the annotators aim
such refusals at whoever asked: blind batches 29-31)."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy


def refusal_target(
    mention: Mention, earlier: Sequence[Mention], cameo: CameoTaxonomy
) -> Actor | None:
    """The actor of the latest earlier appeal or demand of another state made of the
    refuser's state, when the refusal names no target; else None."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "refusal"):
        return None
    home = mention.actor1.country
    if len(home) != 3 or home == "IGO":
        return None
    for event in reversed(earlier):
        if not cameo.in_class(event.code, "asking") or event.actor2 is None:
            continue
        if event.actor2.country == home and event.actor1.country not in (home, "IGO"):
            return event.actor1
    return None
