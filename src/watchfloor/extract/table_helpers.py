"""Who only assists in a row's act: a table's actor cell that names a force "with" another
("Royal Navy patrol ship with a US Coast Guard boarding team") or a body that tipped it
off ("Coast Guard, on information from Spanish police"). The row's acts are the first
force's; a helper cooperates with it (062), an informer shares intelligence (064)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.text import tokenize

Phrases = Sequence[tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Crew:
    """The actors of an actor cell by their part in the row's acts."""

    doers: list[ActorMention]
    helpers: list[ActorMention]
    informers: list[ActorMention]


def split_crew(text: str, actors: list[ActorMention], helper: Phrases, informer: Phrases) -> Crew:
    """``actors`` (the cell's, in order) as doers, helpers (named after a helper phrase)
    and informers (after an informer phrase); all doers when the first actor already
    stands after such a phrase (then it is no one's helper)."""
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    informed = _first_at(keys, informer)
    helped = _first_at(keys, helper)
    at_inform = tokens[informed].start if informed is not None else len(text) + 1
    at_help = tokens[helped].start if helped is not None else len(text) + 1
    doers = [m for m in actors if m.start < min(at_inform, at_help)]
    if not doers:
        return Crew(list(actors), [], [])
    informers = [m for m in actors if m.start >= at_inform]
    helpers = [m for m in actors if at_help <= m.start and m not in informers]
    return Crew(doers, helpers, informers)


def _first_at(keys: Sequence[str], phrases: Phrases) -> int | None:
    """The index of the first word of the earliest phrase in ``keys``."""
    found = [
        i for phrase in phrases for i in range(len(keys) - len(phrase) + 1)
        if tuple(keys[i : i + len(phrase)]) == phrase
    ]  # fmt: skip
    return min(found) if found else None
