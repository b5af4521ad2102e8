"""Demonyms two states share ("Dominican": the Dominican Republic and Dominica;
"Congolese": both Congos). The actor dictionary reads the usual state; a story datelined
in the other (ROSEAU, BRAZZAVILLE), or naming the other and never the usual one, means
the other, as a wire editor writing from there does. The pairs are a data file,
``shared_demonyms.tsv``, loaded with the rules (``Rules.shared_demonyms``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.rules import SharedDemonym


def demonym_readings(
    demonyms: Sequence[SharedDemonym], body: str, home: str | None
) -> dict[str, tuple[str, str]]:
    """For one document: demonym -> (usual code, the code it reads as here), only for
    the demonyms that read as the other state. The dateline decides first; an
    undatelined story, or one datelined elsewhere, by the states it names."""
    out: dict[str, tuple[str, str]] = {}
    for d in demonyms:
        if home == d.usual:
            continue
        if home == d.other or (
            d.other_names.search(body) is not None and d.usual_names.search(body) is None
        ):
            out[d.word] = (d.usual, d.other)
    return out


def read_demonyms(
    found: Sequence[ActorMention], readings: Mapping[str, tuple[str, str]]
) -> list[ActorMention]:
    """``found`` with each mention a shared demonym names ("Dominican navy") given the
    state the document means; its role is kept."""
    if not readings:
        return list(found)
    out: list[ActorMention] = []
    for m in found:
        if m.kind == "demonym":
            m = _read(m, readings)
        out.append(m)
    return out


def _read(m: ActorMention, readings: Mapping[str, tuple[str, str]]) -> ActorMention:
    for word in m.text.split():
        reading = readings.get(word.casefold().removesuffix("s"))
        if reading is not None and m.code[:3] == reading[0]:
            return replace(m, code=reading[1] + m.code[3:])
    return m
