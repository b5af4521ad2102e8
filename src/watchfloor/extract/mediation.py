"""The parties of a mediation the sentence does not name.

"Kuwait has offered to mediate", "after mediation by Togo", "the bloc, whose envoys have
mediated the dispute since 2013": a mediator stands between the two sides the story is
about, and the annotation gives one event toward each. With no party in its sentence,
a record of the class ``mediation`` (cameo_classes.tsv) is aimed at the two states the
story names most, the mediator's own left out; a story with fewer than two names none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.analysis import SentenceTrace
from watchfloor.extract.targets import named_states
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

_SIDES = 2  # a dispute has two sides


def mediated_parties(
    traces: Sequence[SentenceTrace], mentions: Sequence[Mention], cameo: CameoTaxonomy
) -> list[Mention]:
    """``mentions`` with each untargeted mediation record made one record per side."""
    open_ones = [m for m in mentions if m.actor2 is None and cameo.in_class(m.code, "mediation")]
    if not open_ones:
        return list(mentions)
    named = named_states(traces)
    out: list[Mention] = []
    for m in mentions:
        sides = _sides(named, m.actor1) if m in open_ones else []
        out += [replace(m, actor2=side) for side in sides] if sides else [m]
    return out


def _sides(named: Sequence[Actor], mediator: Actor) -> list[Actor]:
    others = [a for a in named if a.country != mediator.country and a.country != "IGO"]
    return others[:_SIDES] if len(others) >= _SIDES else []
